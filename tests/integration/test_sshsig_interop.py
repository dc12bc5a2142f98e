"""Interoperability of crypto.sshsig and crypto.identity with the real OpenSSH ssh-keygen."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_ssh_private_key,
)

from crypto.errors import SignatureInvalid, SignatureNamespaceMismatch
from crypto.identity import PublicKey, SigningKey
from crypto.sshsig import BUNDLE_NAMESPACE, allowed_signers_line, sign, verify

pytestmark = pytest.mark.interop

SSH_KEYGEN = "ssh-keygen"
MESSAGE = b"Bag-Software-Agent: guvoh 0.1\nBundle-Format: guvoh-bundle/1\n"
PRINCIPAL = "researcher@guvoh"


def run(args: list[str], stdin_path: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    if stdin_path is None:
        return subprocess.run([SSH_KEYGEN, *args], capture_output=True, timeout=60, check=False)
    with stdin_path.open("rb") as stdin:
        return subprocess.run(
            [SSH_KEYGEN, *args], stdin=stdin, capture_output=True, timeout=60, check=False
        )


def keygen(tmp_path: Path, comment: str = "field researcher") -> Path:
    """A fresh key from ssh-keygen itself; returns the private key path."""
    path = tmp_path / "id_ed25519"
    result = run(["-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", str(path)])
    assert result.returncode == 0, result.stderr
    return path


def ssh_verify(
    tmp_path: Path,
    allowed_line: str,
    signature: bytes,
    message_path: Path,
    namespace: str = BUNDLE_NAMESPACE,
    principal: str = PRINCIPAL,
) -> subprocess.CompletedProcess[bytes]:
    allowed = tmp_path / "allowed_signers"
    allowed.write_text(allowed_line + "\n", encoding="utf-8")
    sig_path = message_path.with_name(message_path.name + ".sig")
    sig_path.write_bytes(signature)
    args = ["-Y", "verify", "-f", str(allowed), "-I", principal, "-n", namespace]
    return run([*args, "-s", str(sig_path)], stdin_path=message_path)


def write_message(tmp_path: Path, data: bytes = MESSAGE) -> Path:
    path = tmp_path / "tagmanifest-sha256.txt"
    path.write_bytes(data)
    return path


# --- our signatures, ssh-keygen verifies ------------------------------------------------------


@pytest.mark.parametrize("hash_alg", ["sha512", "sha256"])
def test_ssh_keygen_verifies_our_signature(tmp_path: Path, hash_alg: str) -> None:
    key = SigningKey.generate()
    message = write_message(tmp_path)
    signature = sign(MESSAGE, key, BUNDLE_NAMESPACE, hash_alg=hash_alg)
    line = allowed_signers_line(PRINCIPAL, key.public_key())
    result = ssh_verify(tmp_path, line, signature, message)
    assert result.returncode == 0, result.stderr
    assert key.public_key().fingerprint().encode() in result.stdout


def test_ssh_keygen_refuses_wrong_namespace(tmp_path: Path) -> None:
    key = SigningKey.generate()
    message = write_message(tmp_path)
    signature = sign(MESSAGE, key, BUNDLE_NAMESPACE)
    line = allowed_signers_line(PRINCIPAL, key.public_key(), ["guvoh-bundle-v1", "file"])
    assert ssh_verify(tmp_path, line, signature, message, namespace="file").returncode == 255
    # signed for "file", presented as a bundle signature
    other = sign(MESSAGE, key, "file")
    assert ssh_verify(tmp_path, line, other, message).returncode == 255
    # the allowed_signers line limits the key to the bundle namespace
    bundle_only = allowed_signers_line(PRINCIPAL, key.public_key())
    assert ssh_verify(tmp_path, bundle_only, other, message, namespace="file").returncode == 255


def test_ssh_keygen_refuses_tampered_message(tmp_path: Path) -> None:
    key = SigningKey.generate()
    signature = sign(MESSAGE, key, BUNDLE_NAMESPACE)
    message = write_message(tmp_path, MESSAGE + b"x")
    line = allowed_signers_line(PRINCIPAL, key.public_key())
    assert ssh_verify(tmp_path, line, signature, message).returncode == 255


def test_ssh_keygen_verifies_large_streamed_file(tmp_path: Path) -> None:
    key = SigningKey.generate()
    message = write_message(tmp_path, bytes(range(256)) * 40_000)  # 10 MiB
    with message.open("rb") as stream:
        signature = sign(stream, key, BUNDLE_NAMESPACE)
    line = allowed_signers_line(PRINCIPAL, key.public_key())
    assert ssh_verify(tmp_path, line, signature, message).returncode == 0


def test_ssh_keygen_honours_our_validity_window(tmp_path: Path) -> None:
    key = SigningKey.generate()
    message = write_message(tmp_path)
    signature = sign(MESSAGE, key, BUNDLE_NAMESPACE)
    now = datetime.now(UTC)
    current = allowed_signers_line(
        PRINCIPAL,
        key.public_key(),
        valid_after=now - timedelta(days=1),
        valid_before=now + timedelta(days=1),
    )
    assert ssh_verify(tmp_path, current, signature, message).returncode == 0
    expired = allowed_signers_line(
        PRINCIPAL,
        key.public_key(),
        valid_after=now - timedelta(days=10),
        valid_before=now - timedelta(days=1),
    )
    assert ssh_verify(tmp_path, expired, signature, message).returncode == 255
    future = allowed_signers_line(PRINCIPAL, key.public_key(), valid_after=now + timedelta(days=1))
    assert ssh_verify(tmp_path, future, signature, message).returncode == 255


def test_ssh_keygen_matches_non_ascii_principal(tmp_path: Path) -> None:
    key = SigningKey.generate()
    message = write_message(tmp_path)
    signature = sign(MESSAGE, key, BUNDLE_NAMESPACE)
    line = allowed_signers_line("Алишер@guvoh", key.public_key())
    result = ssh_verify(tmp_path, line, signature, message, principal="Алишер@guvoh")
    assert result.returncode == 0, result.stderr
    other = ssh_verify(tmp_path, line, signature, message, principal="someone@guvoh")
    assert other.returncode == 255


def test_same_key_gives_byte_identical_signature(tmp_path: Path) -> None:
    """Ed25519 is deterministic: with the same key, our armored text is ssh-keygen's."""
    private = keygen(tmp_path)
    loaded = load_ssh_private_key(private.read_bytes(), password=None)
    assert isinstance(loaded, Ed25519PrivateKey)
    seed = loaded.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    key = SigningKey.from_bytes(seed)
    message = write_message(tmp_path)
    result = run(["-Y", "sign", "-f", str(private), "-n", BUNDLE_NAMESPACE, str(message)])
    assert result.returncode == 0, result.stderr
    theirs = message.with_name(message.name + ".sig").read_bytes()
    assert sign(MESSAGE, key, BUNDLE_NAMESPACE) == theirs


def test_ssh_keygen_signs_with_our_stored_key(tmp_path: Path) -> None:
    """A seed from our vault, written as an OpenSSH private key, signs as we do."""
    key = SigningKey.generate()
    private = tmp_path / "ours"
    pem = Ed25519PrivateKey.from_private_bytes(key.to_bytes()).private_bytes(
        Encoding.PEM, PrivateFormat.OpenSSH, NoEncryption()
    )
    private.write_bytes(pem)
    private.chmod(0o600)
    message = write_message(tmp_path)
    args = ["-Y", "sign", "-f", str(private), "-n", BUNDLE_NAMESPACE, "-O", "hashalg=sha256"]
    result = run([*args, str(message)])
    assert result.returncode == 0, result.stderr
    theirs = message.with_name(message.name + ".sig").read_bytes()
    assert theirs == sign(MESSAGE, key, BUNDLE_NAMESPACE, hash_alg="sha256")


# --- ssh-keygen's signatures, we verify ---------------------------------------------------------


@pytest.mark.parametrize("hash_alg", ["sha512", "sha256"])
def test_we_verify_ssh_keygen_signature(tmp_path: Path, hash_alg: str) -> None:
    private = keygen(tmp_path)
    public = PublicKey.from_openssh_line(private.with_suffix(".pub").read_text())
    message = write_message(tmp_path)
    args = ["-Y", "sign", "-f", str(private), "-n", BUNDLE_NAMESPACE, "-O", f"hashalg={hash_alg}"]
    result = run([*args, str(message)])
    assert result.returncode == 0, result.stderr
    signature = message.with_name(message.name + ".sig").read_bytes()
    assert verify(signature, MESSAGE, BUNDLE_NAMESPACE, public) == public
    with message.open("rb") as stream:
        assert verify(signature, stream, BUNDLE_NAMESPACE, [public]) == public
    with pytest.raises(SignatureNamespaceMismatch):
        verify(signature, MESSAGE, "file", public)
    with pytest.raises(SignatureInvalid):
        verify(signature, MESSAGE + b"\n", BUNDLE_NAMESPACE, public)


# --- fingerprints and public lines ---------------------------------------------------------------


def test_fingerprint_matches_ssh_keygen(tmp_path: Path) -> None:
    private = keygen(tmp_path, comment="probe")
    pub_path = private.with_suffix(".pub")
    line = pub_path.read_text()
    result = run(["-lf", str(pub_path)])
    assert result.returncode == 0, result.stderr
    bits, fingerprint, rest = result.stdout.decode().split(" ", 2)
    assert (bits, rest.strip()) == ("256", "probe (ED25519)")
    key, comment = PublicKey.parse_openssh_line(line)
    assert key.fingerprint() == fingerprint
    assert comment == "probe"
    assert key.to_openssh_line(comment) + "\n" == line


def test_ssh_keygen_reads_our_public_line(tmp_path: Path) -> None:
    key = SigningKey.generate().public_key()
    pub_path = tmp_path / "ours.pub"
    pub_path.write_text(key.to_openssh_line("Алишер Каримов") + "\n", encoding="utf-8")
    result = run(["-lf", str(pub_path)])
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().split(" ")[1] == key.fingerprint()


def test_ssh_keygen_derives_our_public_key(tmp_path: Path) -> None:
    key = SigningKey.generate()
    private = tmp_path / "ours"
    private.write_bytes(
        Ed25519PrivateKey.from_private_bytes(key.to_bytes()).private_bytes(
            Encoding.PEM, PrivateFormat.OpenSSH, NoEncryption()
        )
    )
    private.chmod(0o600)
    derived = run(["-y", "-f", str(private)])
    assert derived.returncode == 0, derived.stderr
    assert PublicKey.from_openssh_line(derived.stdout.decode()) == key.public_key()
