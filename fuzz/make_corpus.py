"""Write the seed corpus, fuzz/corpus/<target>/: real files made by Guvoh's own writers with
the fixed fuzz keys of fuzz.targets, plus a few files of the C2SP age testkit.

    .venv/bin/python -m fuzz.make_corpus

Deterministic: while a file is written, the age layer's randomness (file keys, nonces,
ephemeral X25519 keys) comes from a SHAKE-256 stream seeded with the file's name, and
Ed25519 signatures are deterministic, so a rerun writes the same bytes and git sees no
change. Files of a target folder that this script no longer writes are removed.
Everything here is public test data encrypted to published test keys.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import uuid
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from unittest import mock

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

import crypto.age as age_mod
import crypto.bundle as bundle_mod
from app.services.render import render_text
from crypto.age import AgeWriter, X25519Recipient, decrypt
from crypto.bundle import (
    RECEIPT_FORMAT,
    RECEIPT_NAMESPACE,
    BundleInfo,
    BundleWriter,
)
from crypto.identity import SigningKey
from crypto.orgcard import MAX_NAME_CHARS, make_card
from fuzz.targets import ORG, ORG_SIGNER, OTHER_ORG, RESEARCHER

ROOT = Path(__file__).resolve().parent
REPO = ROOT.parent
CORPUS = ROOT / "corpus"
VECTORS = REPO / "tests" / "vectors" / "age"
EXAMPLES = REPO / "docs" / "examples"
CREATED = "2026-04-18T09:30:00Z"
CHUNK = age_mod.CHUNK_SIZE

#: Testkit files copied into the age corpus (only their age file, decompressed).
TESTKIT = (
    "x25519",
    "x25519_grease",
    "x25519_low_order",
    "scrypt",
    "stanza_valid_characters",
    "stream_two_chunks",
    "stream_last_chunk_full",
    "stream_no_final",
    "stream_trailing_garbage_short",
    "hmac_bad",
    "header_crlf",
    "armor_x25519",
)


# -- determinism -----------------------------------------------------------------------------


class _Stream:
    """Bytes from SHAKE-256(seed || counter): reproducible, not random."""

    def __init__(self, seed: str) -> None:
        self._seed = hashlib.sha256(b"guvoh-fuzz-corpus/1 " + seed.encode()).digest()
        self._count = 0

    def bytes(self, n: int) -> bytes:
        self._count += 1
        return hashlib.shake_256(self._seed + self._count.to_bytes(8, "big")).digest(n)


@contextmanager
def deterministic(seed: str) -> Iterator[_Stream]:
    """Make crypto.age draw its randomness from a stream seeded with `seed`."""
    stream = _Stream(seed)

    class _X25519:
        @staticmethod
        def generate() -> X25519PrivateKey:
            return X25519PrivateKey.from_private_bytes(stream.bytes(32))

        from_private_bytes = staticmethod(X25519PrivateKey.from_private_bytes)

    with (
        mock.patch.object(age_mod, "os", SimpleNamespace(urandom=stream.bytes)),
        mock.patch.object(age_mod, "X25519PrivateKey", _X25519),
    ):
        yield stream


# -- content ---------------------------------------------------------------------------------


def _text(n: int, salt: str) -> bytes:
    """n bytes of multilingual testimony-like text (UTF-8, cut at a byte boundary)."""
    line = (
        "Меня задержали на границе и три часа спрашивали о родственниках. "
        "Meni chegarada ushlab, qarindoshlarim haqida so'rashdi. "
        "Маро дар сарҳад боздошт карданд. مرا در مرز بازداشت کردند. "
        f"[{salt}]\n"
    ).encode()
    return (line * (n // len(line) + 1))[:n]


def _noise(n: int, seed: str) -> bytes:
    """n bytes that look like a photo or a recording (incompressible)."""
    return hashlib.shake_256(seed.encode()).digest(n) if n else b""


def _case_id(n: int) -> str:
    return str(uuid.UUID(bytes=hashlib.sha256(b"fuzz case %d" % n).digest()[:16], version=4))


def _blob_id(n: int) -> str:
    return hashlib.sha256(b"fuzz blob %d" % n).hexdigest()[:32]


def _bundle_id(n: int) -> str:
    return str(uuid.UUID(bytes=hashlib.sha256(b"fuzz bundle %d" % n).digest()[:16], version=4))


def _example_cases() -> list[tuple[str, bytes, bytes]]:
    """The three example cases of docs/examples, as a bundle carries them."""
    cases = []
    for n, path in enumerate(sorted(EXAMPLES.glob("case-*.json"))):
        record: dict[str, Any] = json.loads(path.read_text("utf-8"))
        record["id"] = _case_id(100 + n)
        cases.append(
            (
                record["id"],
                json.dumps(record, ensure_ascii=False, sort_keys=True).encode(),
                render_text(record, "en").encode(),
            )
        )
    return cases


def _small_case(n: int, text_size: int) -> tuple[str, bytes, bytes]:
    cid = _case_id(n)
    narrative = _text(text_size, f"case {n}").decode("utf-8", "ignore")
    record = {"schema_version": 1, "id": cid, "title": f"Свидетельство {n}",
              "status": "draft", "narrative": narrative}  # fmt: skip
    return cid, json.dumps(record, ensure_ascii=False).encode(), render_text(record).encode()


# -- writers ---------------------------------------------------------------------------------


def _age(plain: bytes, recipients: Sequence[X25519Recipient]) -> bytes:
    out = io.BytesIO()
    with AgeWriter(out, recipients) as writer:
        writer.write(plain)
    return out.getvalue()


def _bundle(
    n: int,
    cases: Sequence[tuple[str, bytes, bytes]] = (),
    attachments: Sequence[tuple[str, bytes]] = (),
    files: Sequence[tuple[str, bytes]] = (),
    *,
    recipients: Sequence[X25519Recipient] = (ORG.recipient,),
    key: SigningKey = RESEARCHER,
    fmt: str = bundle_mod.BUNDLE_FORMAT,
    namespace: str = bundle_mod.BUNDLE_NAMESPACE,
    extra: dict[str, str] | None = None,
) -> bytes:
    out = io.BytesIO()
    info = BundleInfo(
        bundle_id=_bundle_id(n),
        created=CREATED,
        recipients=tuple(sorted(r.to_string() for r in recipients)),
        signer_fingerprint=key.public_key().fingerprint(),
        software_agent="Guvoh 0.1.0",
        bundle_format=fmt,
        extra=extra or {},
    )
    writer = BundleWriter(out, recipients, key, info, namespace=namespace)
    for cid, record, text in sorted(cases):
        writer.add_case(cid, record, text)
    for bid, data in sorted(attachments):
        writer.add_attachment(bid, len(data), io.BytesIO(data))
    for name, data in sorted(files):
        writer.add_payload_file(name, data)
    writer.finish()
    return out.getvalue()


def age_files() -> Iterator[tuple[str, Callable[[], bytes]]]:
    to_org = (ORG.recipient,)
    for size in (0, 1, 1000, CHUNK, CHUNK + 1, 2 * CHUNK + 100):
        yield f"x25519-{size}B.age", lambda size=size: _age(_text(size, "age"), to_org)
    two = (OTHER_ORG.recipient, ORG.recipient)
    yield "x25519-two-recipients.age", lambda: _age(_text(300, "two"), two)
    yield "x25519-not-for-us.age", lambda: _age(_text(300, "other"), (OTHER_ORG.recipient,))
    yield "x25519-binary-20000B.age", lambda: _age(_noise(20_000, "photo"), to_org)


def bundle_files() -> Iterator[tuple[str, Callable[[], bytes]]]:
    photo = (_blob_id(0), _noise(70_000, "photo.jpg"))
    note = (_blob_id(1), _text(10, "note"))
    empty = (_blob_id(2), b"")
    yield "empty.bundle", lambda: _bundle(0)
    yield "one-case.bundle", lambda: _bundle(1, [_small_case(1, 400)])
    extra = {"Contact-Name": "Исследователь Т.", "Source-Organization": "Guvoh"}
    yield "examples-three-cases.bundle", lambda: _bundle(2, _example_cases(), extra=extra)
    yield (
        "cases-and-attachments.bundle",
        lambda: _bundle(3, [_small_case(2, 200), _small_case(3, 2000)], [photo, note, empty]),
    )
    yield (
        "two-recipients.bundle",
        lambda: _bundle(
            4, [_small_case(4, 100)], [note], recipients=(ORG.recipient, OTHER_ORG.recipient)
        ),
    )
    yield "pax-headers.bundle", _pax_bundle
    yield (
        "receipt.bundle",
        lambda: _bundle(
            6,
            files=[("receipt.json", json.dumps({"bundle": _bundle_id(3), "cases": 2}).encode())],
            key=ORG_SIGNER,
            fmt=RECEIPT_FORMAT,
            namespace=RECEIPT_NAMESPACE,
        ),
    )
    yield "unpinned-signer.bundle", lambda: _bundle(7, [_small_case(7, 100)], key=ORG_SIGNER)
    yield (
        "not-for-us.bundle",
        lambda: _bundle(8, [_small_case(8, 100)], recipients=(OTHER_ORG.recipient,)),
    )


def _pax_bundle() -> bytes:
    """Entries over a (lowered) ustar size limit get pax `size` records, as >8 GiB do."""
    with mock.patch.object(bundle_mod, "_USTAR_MAX_SIZE", 64):
        return _bundle(5, [_small_case(5, 300)], [(_blob_id(3), _text(1000, "pax"))])


def bag_files() -> Iterator[tuple[str, Callable[[], bytes]]]:
    """The plaintext tars of the bundles we can open."""
    for name, make in bundle_files():
        if name == "not-for-us.bundle":
            continue

        def plain(make: Callable[[], bytes] = make) -> bytes:
            out = io.BytesIO()
            decrypt(io.BytesIO(make()), out, [ORG])
            return out.getvalue()

        yield name.replace(".bundle", ".tar"), plain


def card_files() -> Iterator[tuple[str, Callable[[], bytes]]]:
    names = {
        "ru": "Центр документации «Свидетель»",
        "uz": "Guvohlik hujjatlari markazi",
        "tg": "Маркази ҳуҷҷатгузории шаҳодатҳо",
        "fa": "مرکز مستندسازی\u200cها",
        "one-char": "G",
        "longest": ("Правозащитный центр " * 20)[: MAX_NAME_CHARS - 1] + "!",
    }
    for label, name in names.items():
        yield (
            f"card-{label}.txt",
            lambda name=name: make_card(name, ORG.recipient, ORG_SIGNER, CREATED),
        )
    yield (
        "card-other-org.txt",
        lambda: make_card(
            "Another organisation", OTHER_ORG.recipient, RESEARCHER, "2030-12-31T23:59:59Z"
        ),
    )


def testkit_files() -> Iterator[tuple[str, Callable[[], bytes]]]:
    for name in TESTKIT:

        def read(name: str = name) -> bytes:
            head, _, body = (VECTORS / name).read_bytes().partition(b"\n\n")
            return zlib.decompress(body) if b"\ncompressed: zlib" in b"\n" + head else body

        yield f"testkit-{name}.age", read


TARGET_FILES: dict[str, Callable[[], Iterator[tuple[str, Callable[[], bytes]]]]] = {
    "age": lambda: iter([*age_files(), *testkit_files()]),
    "bundle": bundle_files,
    "bag": bag_files,
    "orgcard": card_files,
}


def write_corpus(out: Path = CORPUS) -> dict[str, int]:
    """Write every target's seed files under `out`; return bytes written per target."""
    sizes: dict[str, int] = {}
    for target, files in TARGET_FILES.items():
        folder = out / target
        folder.mkdir(parents=True, exist_ok=True)
        wanted = set()
        sizes[target] = 0
        for name, make in files():
            with deterministic(f"{target}/{name}"):
                data = make()
            path = folder / name
            if not path.exists() or path.read_bytes() != data:
                path.write_bytes(data)
            wanted.add(name)
            sizes[target] += len(data)
        for old in folder.iterdir():
            if old.name not in wanted:
                old.unlink()
    return sizes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fuzz.make_corpus", description=__doc__)
    parser.add_argument("--out", type=Path, default=CORPUS, help="corpus folder")
    args = parser.parse_args(argv)
    sizes = write_corpus(args.out)
    for target, size in sizes.items():
        count = len(list((args.out / target).iterdir()))
        print(f"{target:8} {count:3} files {size:9,} bytes")
    print(f"{'total':8}     {sum(sizes.values()):15,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
