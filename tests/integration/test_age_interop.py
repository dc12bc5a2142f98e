"""Our age against Debian's real `age` and `age-keygen`, both ways (make test installs them)."""

from __future__ import annotations

import io
import os
import subprocess
import threading
from pathlib import Path
from typing import BinaryIO, cast

import pytest

from crypto.age import (
    CHUNK_SIZE,
    AgeReader,
    AgeWriter,
    X25519Identity,
    X25519Recipient,
    decrypt,
    encrypt,
)
from crypto.errors import AgeArmorUnsupported, AgeNoMatch

pytestmark = pytest.mark.interop

SIZES = [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE, 5 * CHUNK_SIZE + 77]


def run(args: list[str], data: bytes = b"") -> bytes:
    result = subprocess.run(args, input=data, capture_output=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    return result.stdout


def keygen(path: Path) -> tuple[X25519Identity, str]:
    """A key made by age-keygen, parsed by us; returns our identity and age's recipient."""
    run(["age-keygen", "-o", str(path)])
    lines = path.read_text().splitlines()
    secret = next(line for line in lines if line.startswith("AGE-SECRET-KEY-1"))
    public = next(line for line in lines if line.startswith("# public key: "))
    return X25519Identity.from_string(secret), public.removeprefix("# public key: ")


def write_key(path: Path, identity: X25519Identity) -> Path:
    path.touch(mode=0o600)
    path.write_text(f"# made by Guvoh's tests\n{identity.to_string()}\n")
    return path


def test_keys_agree(tmp_path: Path) -> None:
    identity, recipient = keygen(tmp_path / "age.key")
    assert identity.recipient.to_string() == recipient
    assert run(["age-keygen", "-y", str(tmp_path / "age.key")]).decode().strip() == recipient
    ours = X25519Identity.generate()
    key = write_key(tmp_path / "ours.key", ours)
    assert run(["age-keygen", "-y", str(key)]).decode().strip() == ours.recipient.to_string()


@pytest.mark.parametrize("size", SIZES)
def test_we_encrypt_age_decrypts(size: int, tmp_path: Path) -> None:
    ours = X25519Identity.generate()
    _, their_recipient = keygen(tmp_path / "age.key")
    data = os.urandom(size)
    out = io.BytesIO()
    encrypt(io.BytesIO(data), out, [ours.recipient, X25519Recipient.from_string(their_recipient)])
    ct = tmp_path / "file.age"
    ct.write_bytes(out.getvalue())
    assert run(["age", "-d", "-i", str(tmp_path / "age.key"), str(ct)]) == data
    key = write_key(tmp_path / "ours.key", ours)
    assert run(["age", "-d", "-i", str(key), str(ct)]) == data


@pytest.mark.parametrize("size", SIZES)
def test_age_encrypts_we_decrypt(size: int, tmp_path: Path) -> None:
    ours = X25519Identity.generate()
    _, their_recipient = keygen(tmp_path / "age.key")
    data = os.urandom(size)
    src = tmp_path / "plain"
    src.write_bytes(data)
    ct = run(["age", "-r", their_recipient, "-r", ours.recipient.to_string(), str(src)])
    assert AgeReader(io.BytesIO(ct), [ours]).read() == data
    out = io.BytesIO()
    assert decrypt(io.BytesIO(ct), out, [X25519Identity.generate(), ours]) == size
    assert out.getvalue() == data
    with pytest.raises(AgeNoMatch):
        AgeReader(io.BytesIO(ct), [X25519Identity.generate()])


def test_streaming_through_pipes(tmp_path: Path) -> None:
    """age writes into a pipe we read from, and we write into a pipe age reads from."""
    ours = X25519Identity.generate()
    key = write_key(tmp_path / "ours.key", ours)
    data = os.urandom(3 * CHUNK_SIZE + 999)
    with subprocess.Popen(
        ["age", "-r", ours.recipient.to_string()],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    ) as enc:
        assert enc.stdin is not None
        assert enc.stdout is not None
        stdin = enc.stdin

        def feed() -> None:
            stdin.write(data)
            stdin.close()

        feeder = threading.Thread(target=feed)  # age streams: feed and read at once
        feeder.start()
        got = AgeReader(cast(BinaryIO, enc.stdout), [ours]).read()
        feeder.join()
    assert enc.returncode == 0
    assert got == data
    out_path = tmp_path / "out"
    with (
        out_path.open("wb") as sink,
        subprocess.Popen(["age", "-d", "-i", str(key)], stdin=subprocess.PIPE, stdout=sink) as dec,
    ):
        assert dec.stdin is not None
        with AgeWriter(cast(BinaryIO, dec.stdin), [ours.recipient]) as w:
            for i in range(0, len(data), 10_000):
                w.write(data[i : i + 10_000])
        dec.stdin.close()
    assert dec.returncode == 0
    assert out_path.read_bytes() == data


def test_age_refuses_what_we_refuse(tmp_path: Path) -> None:
    """A truncated file of ours (no final chunk) is refused by age too."""
    ours = X25519Identity.generate()
    key = write_key(tmp_path / "ours.key", ours)
    out = io.BytesIO()
    with pytest.raises(RuntimeError), AgeWriter(out, [ours.recipient]) as w:
        w.write(os.urandom(3 * CHUNK_SIZE))
        raise RuntimeError("interrupted")
    ct = tmp_path / "cut.age"
    ct.write_bytes(out.getvalue())
    result = subprocess.run(
        ["age", "-d", "-i", str(key), str(ct)], capture_output=True, check=False, timeout=60
    )
    assert result.returncode != 0


def test_armored_age_output_is_refused(tmp_path: Path) -> None:
    ours = X25519Identity.generate()
    armored = run(["age", "-a", "-r", ours.recipient.to_string()], b"hello")
    assert armored.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    with pytest.raises(AgeArmorUnsupported):
        AgeReader(io.BytesIO(armored), [ours])
