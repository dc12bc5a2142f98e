"""Bundle format v1 (crypto.bundle): round trips, determinism, progress and cancel, and a
table of tamperings, each with its own expected error, plus Hypothesis fuzzing of the
reader over mutated real bundles. Tampering of the plaintext is done the way an attacker
would: decrypt (or build) a bag, change it, and encrypt it to the organisation's public
recipient, which anyone can do."""

from __future__ import annotations

import hashlib
import io
import re
import tarfile
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import crypto.bundle as bundle_mod
from crypto import sshsig
from crypto.age import CHUNK_SIZE, X25519Identity, X25519Recipient, decrypt, encrypt
from crypto.bundle import (
    BAGIT_TXT,
    BLOB_ID_RE,
    BUNDLE_FORMAT,
    BUNDLE_NAMESPACE,
    CASE_ID_RE,
    PAYLOAD_NAME_RE,
    RECEIPT_FORMAT,
    RECEIPT_NAMESPACE,
    BundleInfo,
    BundleWriter,
    ReadLimits,
    SignerCheck,
    VerifiedBundle,
    WrittenBundle,
    read_bundle,
)
from crypto.errors import (
    AgePayloadError,
    BundleError,
    BundleMalformed,
    BundleNotForUs,
    BundleTampered,
    BundleTruncated,
    BundleUnreadable,
    Cancelled,
    InvalidNamespace,
    UnsupportedBundleFormat,
)
from crypto.identity import PublicKey, SigningKey

ENC_CHUNK = CHUNK_SIZE + 16
CREATED = "2025-03-04T05:06:07Z"
ORG = X25519Identity.generate()
OTHER_ORG = X25519Identity.generate()
RESEARCHER = SigningKey.generate()
MALLORY = SigningKey.generate()
ORG_R = ORG.recipient.to_string()
OTHER_R = OTHER_ORG.recipient.to_string()


def case_id(n: int) -> str:
    return str(uuid.UUID(hashlib.sha256(b"case %d" % n).hexdigest()[:32]))


def blob_id(n: int) -> str:
    return hashlib.sha256(b"blob %d" % n).hexdigest()[:32]


def bundle_id(n: int = 0) -> str:
    return str(uuid.UUID(int=(n + 7) * 0x0123_4567_89AB_4DEF_8123_4567_89AB_CDEF % (1 << 128)))


# -- trust and sink ----------------------------------------------------------------------


class UnknownSigner(Exception):
    """What a service's signer_check raises for a key it has not pinned."""

    def __init__(self, key: PublicKey) -> None:
        super().__init__(key.fingerprint())
        self.key = key


def pinned(*keys: SigningKey) -> SignerCheck:
    allowed = {k.public_key() for k in keys}

    def check(key: PublicKey) -> None:
        if key not in allowed:
            raise UnknownSigner(key)

    return check


PIN = pinned(RESEARCHER)


class MemoryAttachment:
    def __init__(self, size: int) -> None:
        self.size = size
        self.data = bytearray()
        self.closed = False

    def write(self, data: memoryview) -> None:
        assert not self.closed
        assert isinstance(data, memoryview)
        self.data += data
        assert len(self.data) <= self.size

    def close(self) -> None:
        assert len(self.data) == self.size
        self.closed = True


class MemorySink:
    """An in-memory PayloadSink that also checks every id it is given."""

    def __init__(self) -> None:
        self.cases: dict[str, bytes] = {}
        self.files: dict[str, bytes] = {}
        self.attachments: dict[str, MemoryAttachment] = {}
        self.calls = 0

    def case_file(self, case_id: str, record_json: bytes) -> None:
        assert CASE_ID_RE.fullmatch(case_id)
        assert case_id not in self.cases
        self.cases[case_id] = record_json
        self.calls += 1

    def payload_file(self, name: str, data: bytes) -> None:
        assert PAYLOAD_NAME_RE.fullmatch(name)
        assert name not in self.files
        self.files[name] = data
        self.calls += 1

    def open_attachment(self, blob_id: str, size: int) -> MemoryAttachment:
        assert BLOB_ID_RE.fullmatch(blob_id)
        assert blob_id not in self.attachments
        self.attachments[blob_id] = MemoryAttachment(size)
        self.calls += 1
        return self.attachments[blob_id]


# -- writing and reading helpers ---------------------------------------------------------


Case = tuple[str, bytes, bytes]


def make_case(n: int, size: int = 0) -> Case:
    record = b'{"schema": 1, "n": %d, "text": "%s"}' % (n, b"x" * size)
    text = f"Дело {n}: свидетельство\n"
    return case_id(n), record, text.encode("utf-8")


def write_bundle(
    cases: Iterable[Case] = (),
    attachments: Iterable[tuple[str, bytes]] = (),
    files: Iterable[tuple[str, bytes]] = (),
    *,
    recipients: Sequence[X25519Recipient] = (ORG.recipient,),
    key: SigningKey = RESEARCHER,
    bid: str | None = None,
    created: str = CREATED,
    fmt: str = BUNDLE_FORMAT,
    namespace: str = BUNDLE_NAMESPACE,
    extra: dict[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> tuple[bytes, WrittenBundle]:
    out = io.BytesIO()
    info = BundleInfo(
        bundle_id=bid or bundle_id(),
        created=created,
        recipients=tuple(sorted(r.to_string() for r in recipients)),
        signer_fingerprint=key.public_key().fingerprint(),
        software_agent="Guvoh 0.1.0 (tests)",
        bundle_format=fmt,
        extra=extra or {},
    )
    writer = BundleWriter(
        out, recipients, key, info, namespace=namespace, progress=progress, cancel=cancel
    )
    for cid, record, text in sorted(cases):
        writer.add_case(cid, record, text)
    for bid_, data in sorted(attachments):
        assert writer.add_attachment(bid_, len(data), io.BytesIO(data)) == sha(data)
    for name, data in sorted(files):
        writer.add_payload_file(name, data)
    written = writer.finish()
    return out.getvalue(), written


def read(
    data: bytes,
    *,
    identities: Sequence[X25519Identity] = (ORG,),
    our: Sequence[str] = (ORG_R,),
    check: SignerCheck = PIN,
    sink: MemorySink | None = None,
    **kwargs: Any,
) -> tuple[VerifiedBundle, MemorySink]:
    sink = sink if sink is not None else MemorySink()
    verified = read_bundle(io.BytesIO(data), identities, our, check, sink, **kwargs)
    return verified, sink


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def plaintext(bundle: bytes, identity: X25519Identity = ORG) -> bytes:
    out = io.BytesIO()
    decrypt(io.BytesIO(bundle), out, [identity])
    return out.getvalue()


def encrypt_to(plain: bytes, *recipients: X25519Recipient) -> bytes:
    out = io.BytesIO()
    encrypt(io.BytesIO(plain), out, list(recipients or (ORG.recipient,)))
    return out.getvalue()


def members(plain: bytes) -> dict[str, bytes]:
    """name -> data of a (trusted) tar, in order."""
    out: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
        for member in tar:
            extracted = tar.extractfile(member)
            assert extracted is not None
            out[member.name] = extracted.read()
    return out


def tar_of(
    files: dict[str, bytes],
    special: Sequence[tuple[tarfile.TarInfo, bytes]] = (),
    *,
    special_first: bool = True,
    fmt: int = tarfile.PAX_FORMAT,
) -> bytes:
    """A tar of regular files (and special members first or last), written by tarfile."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tar:

        def add_special() -> None:
            for info, data in special:
                tar.addfile(info, io.BytesIO(data) if data else None)

        if special_first:
            add_special()
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(data), 1741064767, 0o644
            tar.addfile(info, io.BytesIO(data))
        if not special_first:
            add_special()
    return buf.getvalue()


def member(
    name: str, kind: bytes = tarfile.REGTYPE, size: int = 0, **attrs: Any
) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type, info.size, info.mtime = kind, size, 1741064767
    for key, value in attrs.items():
        setattr(info, key, value)
    return info


def set_field(files: dict[str, bytes], label: str, value: str | None) -> dict[str, bytes]:
    """Replace (or drop, for None) a bag-info field's line(s); returns a copy."""
    lines = files["bag-info.txt"].decode("utf-8").splitlines()
    out, done = [], False
    for line in lines:
        if line.startswith(label + ": "):
            if value is not None and not done:
                out.append(f"{label}: {value}")
            done = True
        else:
            out.append(line)
    if not done and value is not None:
        out.append(f"{label}: {value}")
    return {**files, "bag-info.txt": ("\n".join(out) + "\n").encode("utf-8")}


def manifest_of(files: dict[str, bytes], names: Iterable[str]) -> bytes:
    return "".join(f"{sha(files[n])}  {n}\n" for n in sorted(names)).encode()


def resign(
    files: dict[str, bytes],
    key: SigningKey = RESEARCHER,
    namespace: str = BUNDLE_NAMESPACE,
    *,
    fix_manifest: bool = True,
    fix_oxum: bool = True,
) -> dict[str, bytes]:
    """Recompute what a signer would (manifest, Payload-Oxum, tag manifest, signature)."""
    files = dict(files)
    payload = [n for n in files if n.startswith("data/")]
    if fix_manifest:
        files["manifest-sha256.txt"] = manifest_of(files, payload)
    if fix_oxum:
        oxum = f"{sum(len(files[n]) for n in payload)}.{len(payload)}"
        files = set_field(files, "Payload-Oxum", oxum)
    tags = ["bagit.txt", "bag-info.txt", "manifest-sha256.txt", "README.txt"]
    files["tagmanifest-sha256.txt"] = manifest_of(files, [t for t in tags if t in files])
    files["signatures/tagmanifest-sha256.txt.sig"] = sshsig.sign(
        files["tagmanifest-sha256.txt"], key, namespace
    )
    return files


def chunk_layout(ct: bytes) -> tuple[int, list[tuple[int, int]]]:
    """(end of header, [(start, end) of each encrypted chunk])."""
    header_end = ct.index(b"\n", ct.index(b"\n---") + 1) + 1
    start = header_end + 16
    return header_end, [(i, min(i + ENC_CHUNK, len(ct))) for i in range(start, len(ct), ENC_CHUNK)]


def flip(data: bytes, pos: int, mask: int = 0x01) -> bytes:
    out = bytearray(data)
    out[pos] ^= mask
    return bytes(out)


def swap_b64(data: bytes, pos: int) -> bytes:
    """Replace a base64 character by another one (keeps the text canonical)."""
    out = bytearray(data)
    out[pos] = ord("A") if out[pos] != ord("A") else ord("B")
    return bytes(out)


# -- shared bundles ----------------------------------------------------------------------

CASES = [make_case(n) for n in range(3)]
ATTACHMENTS = [(blob_id(0), bytes(range(256)) * 1200), (blob_id(1), b"photo bytes")]


@dataclass(frozen=True)
class Base:
    bundle: bytes
    plain: bytes
    files: dict[str, bytes]
    other_bundle: bytes  # another bundle by the same researcher
    to_other_org: bytes  # a bundle whose signed bag-info names OTHER_ORG only


@pytest.fixture(scope="module")
def base() -> Base:
    bundle, _ = write_bundle(CASES, ATTACHMENTS)
    plain = plaintext(bundle)
    other, _ = write_bundle(CASES[:1], bid=bundle_id(1))
    to_other, _ = write_bundle(CASES, ATTACHMENTS, recipients=(OTHER_ORG.recipient,))
    return Base(bundle, plain, members(plain), other, to_other)


# -- round trips -------------------------------------------------------------------------


def check_round_trip(
    cases: Sequence[Case], attachments: Sequence[tuple[str, bytes]], **kwargs: Any
) -> VerifiedBundle:
    data, written = write_bundle(cases, attachments, **kwargs)
    verified, sink = read(data)
    assert verified.bundle_id == written.bundle_id == bundle_id()
    assert verified.bundle_format == BUNDLE_FORMAT
    assert verified.created == CREATED
    assert verified.signer == RESEARCHER.public_key()
    assert verified.software_agent == "Guvoh 0.1.0 (tests)"
    assert verified.cases == written.cases == tuple(sorted(c[0] for c in cases))
    assert sink.cases == {cid: record for cid, record, _ in cases}
    expected = tuple(sorted((b, len(d), sha(d)) for b, d in attachments))
    assert verified.attachments == written.attachments == expected
    assert {b: bytes(a.data) for b, a in sink.attachments.items()} == dict(attachments)
    assert all(a.closed for a in sink.attachments.values())
    payload = sum(len(r) + len(t) for _, r, t in cases) + sum(len(d) for _, d in attachments)
    assert verified.payload_bytes == written.payload_bytes == payload
    assert verified.payload_files == written.payload_files == 2 * len(cases) + len(attachments)
    assert verified.bag_info["Payload-Oxum"] == (f"{payload}.{verified.payload_files}",)
    return verified


def test_round_trip_no_cases() -> None:
    verified = check_round_trip([], [])
    assert verified.payload_files == 0


def test_round_trip_several_cases() -> None:
    check_round_trip([make_case(n, size=n * 1000) for n in range(5)], [])


@pytest.mark.parametrize("size", [0, 1, 65536, 3 * 1024 * 1024 + 1])
def test_round_trip_attachment_sizes(size: int) -> None:
    data = bytes((i * 7 + size) % 251 for i in range(min(size, 4096))) * (size // 4096 + 1)
    check_round_trip([make_case(0)], [(blob_id(0), data[:size])])


def test_round_trip_many_attachments_and_cases() -> None:
    attachments = [(blob_id(n), bytes([n]) * (n * 997)) for n in range(12)]
    check_round_trip([make_case(n) for n in range(4)], attachments)


def test_multiple_recipients_each_can_read() -> None:
    data, _ = write_bundle(CASES, ATTACHMENTS, recipients=(ORG.recipient, OTHER_ORG.recipient))
    for identity in (ORG, OTHER_ORG):
        verified, _ = read(data, identities=[identity], our=[identity.recipient.to_string()])
        assert verified.recipients == tuple(sorted((ORG_R, OTHER_R)))
    lines = members(plaintext(data))["bag-info.txt"].decode().splitlines()
    assert [ln for ln in lines if ln.startswith("Recipient: ")] == [
        f"Recipient: {r}" for r in sorted((ORG_R, OTHER_R))
    ]


def test_extra_and_unknown_bag_info_fields_are_returned(base: Base) -> None:
    data, _ = write_bundle(CASES, extra={"Contact-Name": "Координатор", "Source-Organization": "X"})
    verified, _ = read(data)
    assert verified.bag_info["Contact-Name"] == ("Координатор",)
    files = resign(set_field(base.files, "X-Future-Field", "something new"))
    verified, _ = read(encrypt_to(tar_of(files)))
    assert verified.bag_info["X-Future-Field"] == ("something new",)


def test_receipt_variant() -> None:
    receipt = b'{"format": "guvoh-receipt/1", "bundle_id": "x", "cases": []}'
    data, written = write_bundle(
        files=[("receipt.json", receipt)], fmt=RECEIPT_FORMAT, namespace=RECEIPT_NAMESPACE
    )
    assert written.payload_files == 1
    verified, sink = read(data, namespace=RECEIPT_NAMESPACE, formats=(RECEIPT_FORMAT,))
    assert verified.bundle_format == RECEIPT_FORMAT
    assert sink.files == {"receipt.json": receipt}
    readme = members(plaintext(data))["README.txt"].decode()
    assert "guvoh-receipt-v1" in readme
    assert "guvoh-bundle-v1" not in readme
    # a receipt is not a bundle, and a bundle reader does not take one
    with pytest.raises(BundleTampered) as exc:
        read(data)
    assert exc.value.reason == "signature"
    with pytest.raises(UnsupportedBundleFormat) as unsupported:
        read(data, namespace=RECEIPT_NAMESPACE)
    assert unsupported.value.found == RECEIPT_FORMAT


def test_layout_and_tar_headers(base: Base) -> None:
    names = list(base.files)
    cases = sorted(c[0] for c in CASES)
    assert names == [
        *(f"data/cases/{c}.{ext}" for c in cases for ext in ("json", "txt")),
        *(f"data/attachments/{b}" for b in sorted(b for b, _ in ATTACHMENTS)),
        "bagit.txt",
        "bag-info.txt",
        "manifest-sha256.txt",
        "tagmanifest-sha256.txt",
        "README.txt",
        "signatures/tagmanifest-sha256.txt.sig",
    ]
    with tarfile.open(fileobj=io.BytesIO(base.plain), mode="r:") as tar:
        for entry in tar:
            assert entry.isreg()
            assert entry.mode == 0o644
            assert entry.uid == entry.gid == 0
            assert entry.uname == entry.gname == ""
            assert entry.pax_headers == {}
            assert entry.mtime == 1741064767  # CREATED
    assert len(base.plain) % 10240 == 0
    assert base.files["bagit.txt"] == BAGIT_TXT
    info = base.files["bag-info.txt"].decode()
    assert re.fullmatch(
        r"External-Identifier: [0-9a-f-]{36}\nBagging-Date: 2025-03-04\n"
        r"Payload-Oxum: \d+\.8\nBag-Software-Agent: Guvoh 0\.1\.0 \(tests\)\n"
        r"Bundle-Format: guvoh-bundle/1\nRecipient: age1[0-9a-z]+\n"
        r"Signer-Fingerprint: SHA256:[A-Za-z0-9+/]{43}\nCreated: 2025-03-04T05:06:07Z\n",
        info,
    )
    manifest = base.files["manifest-sha256.txt"].decode().splitlines()
    assert [ln.split("  ")[1] for ln in manifest] == sorted(n for n in names if n[:5] == "data/")
    assert all(sha(base.files[p]) == h for h, p in (ln.split("  ") for ln in manifest))
    tags = base.files["tagmanifest-sha256.txt"].decode().splitlines()
    assert [ln.split("  ")[1] for ln in tags] == sorted(
        ["README.txt", "bag-info.txt", "bagit.txt", "manifest-sha256.txt"]
    )
    signer = sshsig.verify(
        base.files["signatures/tagmanifest-sha256.txt.sig"],
        base.files["tagmanifest-sha256.txt"],
        BUNDLE_NAMESPACE,
        RESEARCHER.public_key(),
    )
    assert signer == RESEARCHER.public_key()


def test_same_inputs_same_plaintext() -> None:
    one, _ = write_bundle(CASES, ATTACHMENTS)
    two, _ = write_bundle(CASES, ATTACHMENTS)
    assert one != two  # a fresh file key and nonce every time
    assert plaintext(one) == plaintext(two)
    three, _ = write_bundle(CASES, ATTACHMENTS, created="2025-03-04T05:06:08Z")
    assert plaintext(three) != plaintext(one)


def test_large_attachment_uses_a_pax_size_record(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files of 8 GiB and more get a pax `size` record; lowered threshold to test it."""
    monkeypatch.setattr(bundle_mod, "_USTAR_MAX_SIZE", 1000)
    data = bytes(range(256)) * 20
    bundle, _ = write_bundle(CASES[:1], [(blob_id(0), data)])
    _verified, sink = read(bundle)
    assert bytes(sink.attachments[blob_id(0)].data) == data
    with tarfile.open(fileobj=io.BytesIO(plaintext(bundle)), mode="r:") as tar:
        info = tar.getmember(f"data/attachments/{blob_id(0)}")
        assert info.pax_headers == {"size": str(len(data))}
        assert info.size == len(data)


# -- progress, cancel, failures while writing -------------------------------------------


def test_progress_reports_payload_bytes() -> None:
    seen: list[tuple[int, int]] = []
    data, written = write_bundle(
        CASES, [(blob_id(0), bytes(3 * 1024 * 1024 + 5))], progress=lambda d, t: seen.append((d, t))
    )
    dones = [d for d, _ in seen]
    assert dones == sorted(dones)
    assert len(seen) >= 4
    assert all(t == -1 for _, t in seen[:-1])
    assert seen[-1] == (written.payload_bytes, written.payload_bytes)
    read_seen: list[tuple[int, int]] = []
    read(data, progress=lambda d, t: read_seen.append((d, t)))
    assert read_seen[-1] == (len(data), len(data))
    assert [d for d, _ in read_seen] == sorted(d for d, _ in read_seen)


def test_cancel_while_writing_leaves_no_final_chunk() -> None:
    cancel = threading.Event()
    out = io.BytesIO()
    info = BundleInfo(bundle_id(), CREATED, (ORG_R,), RESEARCHER.public_key().fingerprint(), "t")
    writer = BundleWriter(
        out, [ORG.recipient], RESEARCHER, info, progress=lambda d, t: cancel.set(), cancel=cancel
    )
    with pytest.raises(Cancelled):
        writer.add_attachment(blob_id(0), 5 * 1024 * 1024, io.BytesIO(bytes(5 * 1024 * 1024)))
    assert len(out.getvalue()) < 2 * 1024 * 1024  # stopped at the first piece
    with pytest.raises(ValueError, match="failed"):
        writer.finish()
    with pytest.raises(BundleTruncated):
        read(out.getvalue())


def test_cancel_set_before_finish() -> None:
    cancel = threading.Event()
    out = io.BytesIO()
    info = BundleInfo(bundle_id(), CREATED, (ORG_R,), RESEARCHER.public_key().fingerprint(), "t")
    writer = BundleWriter(out, [ORG.recipient], RESEARCHER, info, cancel=cancel)
    writer.add_case(*CASES[0])
    cancel.set()
    with pytest.raises(Cancelled):
        writer.finish()
    with pytest.raises((BundleTruncated, BundleTampered)):
        read(out.getvalue())


def test_cancel_while_reading(base: Base) -> None:
    cancel = threading.Event()
    cancel.set()
    sink = MemorySink()
    with pytest.raises(Cancelled):
        read(base.bundle, cancel=cancel, sink=sink)
    assert sink.calls == 0


class FailAfter(io.RawIOBase):
    """A destination that fails after `limit` bytes (a full disk, a pulled USB stick)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        room = self.limit - len(self.data)
        if room <= 0:
            raise OSError(28, "No space left on device")
        chunk = bytes(b)[:room]
        self.data += chunk
        return len(chunk)


@pytest.mark.parametrize("limit", [100, 70_000, 400_000, -600, -10])
def test_failing_destination_never_gets_a_final_chunk(limit: int) -> None:
    """Fails at a byte count, or that many bytes before the end (negative)."""
    full = 522_552  # the size of this bundle, checked below
    dst = FailAfter(limit if limit > 0 else full + limit)
    info = BundleInfo(bundle_id(), CREATED, (ORG_R,), RESEARCHER.public_key().fingerprint(), "t")
    with pytest.raises(OSError, match="No space"):
        writer = BundleWriter(dst, [ORG.recipient], RESEARCHER, info)  # type: ignore[arg-type]
        for cid, record, text in sorted(CASES):
            writer.add_case(cid, record, text)
        writer.add_attachment(blob_id(0), 500_000, io.BytesIO(bytes(500_000)))
        writer.finish()
    with pytest.raises((BundleTruncated, BundleUnreadable, BundleTampered)):
        read(bytes(dst.data))
    complete = FailAfter(10**9)
    writer = BundleWriter(complete, [ORG.recipient], RESEARCHER, info)  # type: ignore[arg-type]
    for cid, record, text in sorted(CASES):
        writer.add_case(cid, record, text)
    writer.add_attachment(blob_id(0), 500_000, io.BytesIO(bytes(500_000)))
    writer.finish()
    assert len(complete.data) == full


@pytest.mark.parametrize(("given", "message"), [(10, "early"), (12, "more")])
def test_attachment_source_of_the_wrong_size(given: int, message: str) -> None:
    out = io.BytesIO()
    info = BundleInfo(bundle_id(), CREATED, (ORG_R,), RESEARCHER.public_key().fingerprint(), "t")
    writer = BundleWriter(out, [ORG.recipient], RESEARCHER, info)
    with pytest.raises(ValueError, match=message):
        writer.add_attachment(blob_id(0), 11, io.BytesIO(bytes(given)))
    with pytest.raises(ValueError, match="failed"):
        writer.add_attachment(blob_id(1), 0, io.BytesIO())
    with pytest.raises(BundleTruncated):
        read(out.getvalue())


def test_abort_and_context_manager() -> None:
    out = io.BytesIO()
    info = BundleInfo(bundle_id(), CREATED, (ORG_R,), RESEARCHER.public_key().fingerprint(), "t")
    with pytest.raises(RuntimeError), BundleWriter(out, [ORG.recipient], RESEARCHER, info) as w:
        w.add_case(*CASES[0])
        raise RuntimeError("export interrupted")
    with pytest.raises(BundleTruncated):
        read(out.getvalue())
    writer = BundleWriter(io.BytesIO(), [ORG.recipient], RESEARCHER, info)
    writer.abort()
    writer.abort()
    with pytest.raises(ValueError, match="failed"):
        writer.finish()


def test_calls_out_of_order_are_refused() -> None:
    info = BundleInfo(bundle_id(), CREATED, (ORG_R,), RESEARCHER.public_key().fingerprint(), "t")
    a, b = sorted(CASES)[:2]
    for calls in (
        [("case", b), ("case", a)],
        [("case", a), ("case", a)],
        [("att", blob_id(0)), ("case", a)],
        [("file", "receipt.json"), ("att", blob_id(0))],
    ):
        writer = BundleWriter(io.BytesIO(), [ORG.recipient], RESEARCHER, info)
        with pytest.raises(ValueError, match=r"order|first"):
            for kind, arg in calls:
                if kind == "case":
                    assert isinstance(arg, tuple)
                    writer.add_case(*arg)
                elif kind == "att":
                    writer.add_attachment(str(arg), 0, io.BytesIO())
                else:
                    writer.add_payload_file(str(arg), b"{}")


@pytest.mark.parametrize(
    "call",
    [
        lambda w: w.add_case("not-a-uuid", b"{}", b""),
        lambda w: w.add_case(case_id(0).upper(), b"{}", b""),
        lambda w: w.add_attachment("../../etc/passwd", 0, io.BytesIO()),
        lambda w: w.add_attachment(blob_id(0).upper(), 0, io.BytesIO()),
        lambda w: w.add_attachment(blob_id(0), -1, io.BytesIO()),
        lambda w: w.add_payload_file("data/receipt.json", b""),
        lambda w: w.add_payload_file("cases", b""),
        lambda w: w.add_payload_file("../x", b""),
        lambda w: w.add_payload_file("Receipt.json", b""),
    ],
)
def test_bad_names_are_refused(call: Callable[[BundleWriter], object]) -> None:
    info = BundleInfo(bundle_id(), CREATED, (ORG_R,), RESEARCHER.public_key().fingerprint(), "t")
    out = io.BytesIO()
    writer = BundleWriter(out, [ORG.recipient], RESEARCHER, info)
    with pytest.raises(ValueError, match=r"must|size"):
        call(writer)
    with pytest.raises(BundleTruncated):  # a refused call kills the bundle
        read(out.getvalue())


FP = RESEARCHER.public_key().fingerprint()


@pytest.mark.parametrize(
    ("info", "namespace"),
    [
        (BundleInfo("nope", CREATED, (ORG_R,), FP, "t"), BUNDLE_NAMESPACE),
        (BundleInfo(bundle_id(), "2025-03-04 05:06:07", (ORG_R,), FP, "t"), BUNDLE_NAMESPACE),
        (BundleInfo(bundle_id(), "2025-02-30T05:06:07Z", (ORG_R,), FP, "t"), BUNDLE_NAMESPACE),
        (BundleInfo(bundle_id(), CREATED, (OTHER_R,), FP, "t"), BUNDLE_NAMESPACE),
        (BundleInfo(bundle_id(), CREATED, (ORG_R, ORG_R), FP, "t"), BUNDLE_NAMESPACE),
        (
            BundleInfo(bundle_id(), CREATED, (ORG_R,), MALLORY.public_key().fingerprint(), "t"),
            BUNDLE_NAMESPACE,
        ),
        (BundleInfo(bundle_id(), CREATED, (ORG_R,), FP, "two\nlines"), BUNDLE_NAMESPACE),
        (BundleInfo(bundle_id(), CREATED, (ORG_R,), FP, "t"), RECEIPT_NAMESPACE),
        (BundleInfo(bundle_id(), CREATED, (ORG_R,), FP, "t", RECEIPT_FORMAT), BUNDLE_NAMESPACE),
        (
            BundleInfo(bundle_id(), CREATED, (ORG_R,), FP, "t", extra={"Recipient": "x"}),
            BUNDLE_NAMESPACE,
        ),
        (
            BundleInfo(bundle_id(), CREATED, (ORG_R,), FP, "t", extra={"payload-oxum": "1.1"}),
            BUNDLE_NAMESPACE,
        ),
        (
            BundleInfo(bundle_id(), CREATED, (ORG_R,), FP, "t", extra={"Bad Label": "x"}),
            BUNDLE_NAMESPACE,
        ),
        (
            BundleInfo(bundle_id(), CREATED, (ORG_R,), FP, "t", extra={"Note": "a\u202eb"}),
            BUNDLE_NAMESPACE,
        ),
    ],
)
def test_bad_bundle_info_is_refused_before_writing(info: BundleInfo, namespace: str) -> None:
    out = io.BytesIO()
    with pytest.raises((ValueError, InvalidNamespace)):
        BundleWriter(out, [ORG.recipient], RESEARCHER, info, namespace=namespace)
    assert out.getvalue() == b""


# -- tampering: the ciphertext ------------------------------------------------------------

Expect = tuple[type[BaseException], str | None]


def header_flip(ct: bytes, marker: bytes, offset: int) -> bytes:
    return swap_b64(ct, ct.index(marker) + len(marker) + offset)


def chunk(ct: bytes, k: int) -> tuple[int, int]:
    return chunk_layout(ct)[1][k]


def drop_chunk(ct: bytes, k: int) -> bytes:
    start, end = chunk(ct, k)
    return ct[:start] + ct[end:]


def swap_chunks(ct: bytes, k: int) -> bytes:
    (a, b), (c, d) = chunk(ct, k), chunk(ct, k + 1)
    return ct[:a] + ct[c:d] + ct[a:b] + ct[d:]


CIPHERTEXT_CASES: dict[str, tuple[Callable[[Base], bytes], Expect]] = {
    "version line": (lambda b: flip(b.bundle, 3), (BundleUnreadable, "not_age")),
    "not age at all": (lambda b: b"PK\x03\x04" + bytes(100), (BundleUnreadable, "not_age")),
    "empty file": (lambda b: b"", (BundleUnreadable, "header")),
    "armored": (
        lambda b: b"-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n",
        (BundleUnreadable, "armor"),
    ),
    "header MAC": (lambda b: header_flip(b.bundle, b"\n--- ", 5), (BundleUnreadable, "header_mac")),
    "header stanza share": (
        lambda b: header_flip(b.bundle, b"X25519 ", 5),
        (BundleNotForUs, "no_identity"),
    ),
    "header stanza body": (
        lambda b: swap_b64(b.bundle, b.bundle.index(b"\n", b.bundle.index(b"X25519 ")) + 3),
        (BundleNotForUs, "no_identity"),
    ),
    "header cut": (lambda b: b.bundle[:40], (BundleUnreadable, "header")),
    "payload nonce": (
        lambda b: flip(b.bundle, chunk_layout(b.bundle)[0] + 3),
        (BundleTampered, "payload"),
    ),
    "first chunk": (
        lambda b: flip(b.bundle, chunk(b.bundle, 0)[0] + 10),
        (BundleTampered, "payload"),
    ),
    "middle chunk": (
        lambda b: flip(b.bundle, chunk(b.bundle, 2)[0] + 1000),
        (BundleTampered, "payload"),
    ),
    "last chunk": (lambda b: flip(b.bundle, len(b.bundle) - 20), (BundleTampered, "payload")),
    "last chunk tag": (lambda b: flip(b.bundle, len(b.bundle) - 1), (BundleTampered, "payload")),
    "cut at a chunk boundary": (
        lambda b: b.bundle[: chunk(b.bundle, 2)[1]],
        (BundleTruncated, None),
    ),
    "final chunk dropped": (
        lambda b: b.bundle[: chunk_layout(b.bundle)[1][-1][0]],
        (BundleTruncated, None),
    ),
    "cut after the nonce": (
        lambda b: b.bundle[: chunk_layout(b.bundle)[0] + 16],
        (BundleTruncated, None),
    ),
    # A cut inside a chunk leaves a short chunk that fails as the final one: age cannot
    # tell it from tampering.
    "cut inside a chunk": (
        lambda b: b.bundle[: chunk(b.bundle, 2)[0] + 5000],
        (BundleTampered, "payload"),
    ),
    "cut inside the nonce": (
        lambda b: b.bundle[: chunk_layout(b.bundle)[0] + 5],
        (BundleUnreadable, "header"),
    ),
    "trailing garbage": (lambda b: b.bundle + b"\x00", (BundleTampered, "trailing_data")),
    "trailing chunk copy": (
        lambda b: b.bundle + b.bundle[slice(*chunk(b.bundle, 0))],
        (BundleTampered, "trailing_data"),
    ),
    "dropped chunk": (lambda b: drop_chunk(b.bundle, 1), (BundleTampered, "payload")),
    "reordered chunks": (lambda b: swap_chunks(b.bundle, 1), (BundleTampered, "payload")),
    "duplicated chunk": (
        lambda b: (
            b.bundle[: chunk(b.bundle, 2)[0]]
            + b.bundle[slice(*chunk(b.bundle, 1))]
            + b.bundle[chunk(b.bundle, 2)[0] :]
        ),
        (BundleTampered, "payload"),
    ),
    "for another organisation": (lambda b: b.to_other_org, (BundleNotForUs, "no_identity")),
}


def check_expect(make: Callable[[], object], expect: Expect) -> BaseException:
    kind, reason = expect
    with pytest.raises(kind) as exc:
        make()
    assert type(exc.value) is kind
    if reason is not None:
        assert exc.value.reason == reason, exc.value  # type: ignore[attr-defined]
    return exc.value


def test_base_bundle_spans_several_chunks(base: Base) -> None:
    assert len(chunk_layout(base.bundle)[1]) >= 5
    read(base.bundle)


@pytest.mark.parametrize("name", sorted(CIPHERTEXT_CASES))
def test_tampered_ciphertext(base: Base, name: str) -> None:
    tamper, expect = CIPHERTEXT_CASES[name]
    data = tamper(base)
    assert data != base.bundle
    check_expect(lambda: read(data), expect)


# -- tampering: the plaintext, re-encrypted to us ----------------------------------------


def without(files: dict[str, bytes], *names: str) -> dict[str, bytes]:
    return {n: d for n, d in files.items() if n not in names}


def replaced(files: dict[str, bytes], name: str, data: bytes) -> dict[str, bytes]:
    return {**files, name: data}


def rebuilt(files: dict[str, bytes], **kwargs: Any) -> bytes:
    return encrypt_to(tar_of(files, **kwargs))


CASE0 = f"data/cases/{sorted(CASES)[0][0]}"
ATT0 = f"data/attachments/{blob_id(0)}"
SIG = "signatures/tagmanifest-sha256.txt.sig"


def unknown_signer_bundle(b: Base) -> bytes:
    return write_bundle(CASES, ATTACHMENTS, key=MALLORY)[0]


def raw_plain(b: Base, edit: Callable[[bytearray], None]) -> bytes:
    plain = bytearray(b.plain)
    edit(plain)
    return encrypt_to(bytes(plain))


def fix_checksum(plain: bytearray, at: int) -> None:
    header = plain[at : at + 512]
    header[148:156] = b" " * 8
    plain[at + 148 : at + 156] = b"%06o\0 " % sum(header)


def archive_end(plain: bytes) -> int:
    """Where the end-of-archive marker starts (after the last entry's padding)."""
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
        last = tar.getmembers()[-1]
    return last.offset_data + last.size + (-last.size % 512)


def set_header_field(
    offset: int, value: bytes, *, checksum: bool = True
) -> Callable[[bytearray], None]:
    def edit(plain: bytearray) -> None:
        plain[offset : offset + len(value)] = value
        if checksum:
            fix_checksum(plain, 0)

    return edit


def hostile_tar(special: Sequence[tuple[tarfile.TarInfo, bytes]], first: bool = True):  # type: ignore[no-untyped-def]
    def make(b: Base) -> bytes:
        return rebuilt(b.files, special=special, special_first=first)

    return make


PLAINTEXT_CASES: dict[str, tuple[Callable[[Base], bytes], Expect]] = {
    # signature
    "signature from another bundle": (
        lambda b: rebuilt(replaced(b.files, SIG, members(plaintext(b.other_bundle))[SIG])),
        (BundleTampered, "signature"),
    ),
    "signature for another namespace": (
        lambda b: rebuilt(resign(b.files, namespace=RECEIPT_NAMESPACE)),
        (BundleTampered, "signature"),
    ),
    "signature by an unknown key": (unknown_signer_bundle, (UnknownSigner, None)),
    "bundle re-signed by an unknown key": (
        lambda b: rebuilt(resign(b.files, key=MALLORY)),
        (UnknownSigner, None),
    ),
    "signature missing": (
        lambda b: rebuilt(without(b.files, SIG)),
        (BundleMalformed, "signature_missing"),
    ),
    "tag manifest missing": (
        lambda b: rebuilt(without(b.files, "tagmanifest-sha256.txt")),
        (BundleMalformed, "signature_missing"),
    ),
    "signature garbage": (
        lambda b: rebuilt(replaced(b.files, SIG, b"-----BEGIN SSH SIGNATURE-----\nAAAA\n")),
        (BundleMalformed, "not_signed_by_sshsig"),
    ),
    "signer fingerprint of another key": (
        lambda b: rebuilt(
            resign(set_field(b.files, "Signer-Fingerprint", MALLORY.public_key().fingerprint()))
        ),
        (BundleTampered, "signature"),
    ),
    # tag files
    "bag-info recipient changed, not re-signed": (
        lambda b: rebuilt(set_field(b.files, "Recipient", OTHER_R)),
        (BundleTampered, "tag_manifest"),
    ),
    "bag-info field added, not re-signed": (
        lambda b: rebuilt(set_field(b.files, "Recipient-2", OTHER_R)),
        (BundleTampered, "tag_manifest"),
    ),
    "README edited": (
        lambda b: rebuilt(replaced(b.files, "README.txt", b"Trust me.\n")),
        (BundleTampered, "tag_manifest"),
    ),
    "manifest edited": (
        lambda b: rebuilt(replaced(b.files, "manifest-sha256.txt", b"")),
        (BundleTampered, "tag_manifest"),
    ),
    "bagit.txt missing": (
        lambda b: rebuilt(without(b.files, "bagit.txt")),
        (BundleTampered, "tag_manifest"),
    ),
    "tag manifest without README, re-signed": (
        lambda b: rebuilt(resign(without(b.files, "README.txt"))),
        (BundleMalformed, "manifest_syntax"),
    ),
    # payload
    "case record edited": (
        lambda b: rebuilt(replaced(b.files, CASE0 + ".json", b'{"schema": 1, "forged": true}')),
        (BundleTampered, "manifest"),
    ),
    "attachment edited": (
        lambda b: rebuilt(replaced(b.files, ATT0, b"x" + b.files[ATT0][1:])),
        (BundleTampered, "manifest"),
    ),
    "payload file added": (
        lambda b: rebuilt({f"data/attachments/{blob_id(9)}": b"malware", **b.files}),
        (BundleTampered, "extra_file"),
    ),
    "payload file removed": (
        lambda b: rebuilt(without(b.files, ATT0)),
        (BundleTampered, "missing_file"),
    ),
    "rendering removed": (
        lambda b: rebuilt(without(b.files, CASE0 + ".txt")),
        (BundleTampered, "missing_file"),
    ),
    "manifest line for a missing file, re-signed": (
        lambda b: rebuilt(resign(without(b.files, ATT0), fix_manifest=False)),
        (BundleTampered, "missing_file"),
    ),
    "Payload-Oxum wrong, re-signed": (
        lambda b: rebuilt(resign(set_field(b.files, "Payload-Oxum", "1.7"), fix_oxum=False)),
        (BundleTampered, "oxum"),
    ),
    "case without its rendering, re-signed": (
        lambda b: rebuilt(resign(without(b.files, CASE0 + ".txt"))),
        (BundleMalformed, "path"),
    ),
    # declaration and bag-info
    "bagit.txt of another version, re-signed": (
        lambda b: rebuilt(resign(replaced(b.files, "bagit.txt", b"BagIt-Version: 0.97\n"))),
        (BundleMalformed, "bagit_declaration"),
    ),
    "bag-info with CRLF, re-signed": (
        lambda b: rebuilt(
            resign(
                replaced(b.files, "bag-info.txt", b.files["bag-info.txt"].replace(b"\n", b"\r\n")),
                fix_oxum=False,
            )
        ),
        (BundleMalformed, "bag_info"),
    ),
    "unknown Bundle-Format, re-signed": (
        lambda b: rebuilt(resign(set_field(b.files, "Bundle-Format", "guvoh-bundle/2"))),
        (UnsupportedBundleFormat, None),
    ),
    "signed bag-info names another recipient": (
        lambda b: encrypt_to(plaintext(b.to_other_org, OTHER_ORG)),
        (BundleNotForUs, "recipient"),
    ),
    "Recipient removed, re-signed": (
        lambda b: rebuilt(resign(set_field(b.files, "Recipient", None))),
        (BundleMalformed, "bag_info"),
    ),
    "External-Identifier not a UUID, re-signed": (
        lambda b: rebuilt(resign(set_field(b.files, "External-Identifier", "../../x"))),
        (BundleMalformed, "bag_info"),
    ),
    "Created missing, re-signed": (
        lambda b: rebuilt(resign(set_field(b.files, "Created", None))),
        (BundleMalformed, "bag_info"),
    ),
    "label spelt two ways, re-signed": (
        lambda b: rebuilt(resign(set_field(b.files, "recipient", OTHER_R))),
        (BundleMalformed, "bag_info"),
    ),
    # tar structure
    "symlink": (
        hostile_tar(
            [
                (
                    member(
                        f"data/attachments/{blob_id(5)}", tarfile.SYMTYPE, linkname="/etc/passwd"
                    ),
                    b"",
                )
            ]
        ),
        (BundleMalformed, "link"),
    ),
    "hard link": (
        hostile_tar(
            [(member(f"data/attachments/{blob_id(5)}", tarfile.LNKTYPE, linkname=ATT0), b"")], False
        ),
        (BundleMalformed, "link"),
    ),
    "pax linkpath": (
        hostile_tar(
            [(member(f"data/attachments/{blob_id(5)}", pax_headers={"linkpath": "/x"}), b"")]
        ),
        (BundleMalformed, "link"),
    ),
    "absolute path": (
        hostile_tar([(member("/etc/cron.d/x", size=3), b"abc")]),
        (BundleMalformed, "path"),
    ),
    "dot-dot": (
        hostile_tar([(member("data/attachments/../../../.bashrc", size=3), b"abc")]),
        (BundleMalformed, "path"),
    ),
    "backslash": (
        hostile_tar([(member("data\\attachments\\x", size=3), b"abc")]),
        (BundleMalformed, "path"),
    ),
    "NUL in a name": (
        hostile_tar([(member(f"data/attachments/{blob_id(5)}\0/../x", size=3), b"abc")]),
        (BundleMalformed, "path"),
    ),
    "pax path with dot-dot": (
        hostile_tar([(member("x", size=3, pax_headers={"path": "../../x"}), b"abc")]),
        (BundleMalformed, "path"),
    ),
    "name outside the layout": (
        hostile_tar([(member("data/cases/evil.sh", size=3), b"abc")]),
        (BundleMalformed, "path"),
    ),
    "uppercase blob id": (
        hostile_tar([(member(f"data/attachments/{blob_id(5).upper()}", size=3), b"abc")]),
        (BundleMalformed, "path"),
    ),
    "dot-slash prefix": (
        hostile_tar([(member(f"./data/attachments/{blob_id(5)}", size=3), b"abc")]),
        (BundleMalformed, "path"),
    ),
    "non-ASCII name": (
        hostile_tar([(member("data/дело.json", size=3), b"abc")]),
        (BundleMalformed, "path"),
    ),
    "another manifest algorithm": (
        hostile_tar([(member("manifest-md5.txt", size=3), b"abc")], False),
        (BundleMalformed, "path"),
    ),
    "directory entry": (
        hostile_tar([(member("data", tarfile.DIRTYPE), b"")]),
        (BundleMalformed, "file_type"),
    ),
    "character device": (
        hostile_tar(
            [
                (
                    member(
                        f"data/attachments/{blob_id(5)}", tarfile.CHRTYPE, devmajor=1, devminor=3
                    ),
                    b"",
                )
            ]
        ),
        (BundleMalformed, "file_type"),
    ),
    "FIFO": (
        hostile_tar([(member(f"data/attachments/{blob_id(5)}", tarfile.FIFOTYPE), b"")]),
        (BundleMalformed, "file_type"),
    ),
    "duplicate name": (
        hostile_tar([(member(ATT0, size=3), b"abc")], False),
        (BundleMalformed, "duplicate"),
    ),
    "GNU sparse file": (
        hostile_tar(
            [
                (
                    member(
                        f"data/attachments/{blob_id(5)}",
                        size=3,
                        pax_headers={"GNU.sparse.size": "9"},
                    ),
                    b"abc",
                )
            ]
        ),
        (BundleMalformed, "tar"),
    ),
    "GNU tar format": (
        lambda b: encrypt_to(tar_of(b.files, fmt=tarfile.GNU_FORMAT)),
        (BundleMalformed, "tar"),
    ),
    "header checksum": (
        lambda b: raw_plain(b, set_header_field(136, b"7", checksum=False)),
        (BundleMalformed, "tar"),
    ),
    "size not octal": (
        lambda b: raw_plain(b, set_header_field(124, b"9")),
        (BundleMalformed, "tar"),
    ),
    "unknown entry type": (
        lambda b: raw_plain(b, set_header_field(156, b"Z")),
        (BundleMalformed, "tar"),
    ),
    "GNU long name": (
        lambda b: raw_plain(b, set_header_field(156, b"L")),
        (BundleMalformed, "tar"),
    ),
    "global pax header": (
        lambda b: encrypt_to(tar_of_global(b.files)),
        (BundleMalformed, "tar"),
    ),
    "no end-of-archive marker": (
        lambda b: encrypt_to(b.plain[: archive_end(b.plain)]),
        (BundleMalformed, "tar"),
    ),
    "archive cut inside an entry": (
        lambda b: encrypt_to(b.plain[:5000]),
        (BundleMalformed, "tar"),
    ),
    "data after the end-of-archive marker": (
        lambda b: encrypt_to(b.plain + b"\0" * 1024 + b"#!/bin/sh\n"),
        (BundleMalformed, "tar"),
    ),
    "a lone zero block": (
        lambda b: encrypt_to(b.plain[: archive_end(b.plain)] + bytes(512)),
        (BundleMalformed, "tar"),
    ),
    "non-zero padding": (
        lambda b: raw_plain(b, set_header_field(512 + len(b.files[CASE0 + ".json"]), b"X")),
        (BundleMalformed, "tar"),
    ),
    "plaintext that is not a tar": (
        lambda b: encrypt_to(b"hello\n" * 1000),
        (BundleMalformed, "tar"),
    ),
    "empty plaintext": (lambda b: encrypt_to(b""), (BundleMalformed, "tar")),
}


def tar_of_global(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(
        fileobj=buf, mode="w", format=tarfile.PAX_FORMAT, pax_headers={"comment": "g"}
    ) as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


@pytest.mark.parametrize("name", sorted(PLAINTEXT_CASES))
def test_tampered_plaintext(base: Base, name: str) -> None:
    tamper, expect = PLAINTEXT_CASES[name]
    data = tamper(base)
    sink = MemorySink()
    check_expect(lambda: read(data, sink=sink), expect)
    if name in ("symlink", "absolute path", "dot-dot", "directory entry", "pax linkpath"):
        assert sink.calls == 0  # refused before anything reached the sink


def test_rebuilt_but_unchanged_bag_still_verifies(base: Base) -> None:
    """The helpers themselves change nothing that matters: a faithful rebuild verifies."""
    verified, _ = read(rebuilt(base.files))
    assert verified.cases == tuple(sorted(c[0] for c in CASES))
    verified, _ = read(rebuilt(resign(base.files)))
    assert verified.bundle_id == bundle_id()


@pytest.mark.parametrize(
    ("limits", "detail"),
    [
        (ReadLimits(max_case_json=10), "case"),
        (ReadLimits(max_attachment=1000), "attachments"),
        (ReadLimits(max_small_file=100), "txt"),
        (ReadLimits(max_total=50_000), "total"),
    ],
)
def test_size_limits(base: Base, limits: ReadLimits, detail: str) -> None:
    exc = check_expect(lambda: read(base.bundle, limits=limits), (BundleMalformed, "too_large"))
    assert detail in str(exc)


def test_file_count_limit(base: Base) -> None:
    check_expect(
        lambda: read(base.bundle, limits=ReadLimits(max_files=5)),
        (BundleMalformed, "too_many_files"),
    )
    read(base.bundle, limits=ReadLimits(max_files=len(base.files)))


def test_huge_declared_size_is_refused_before_reading(base: Base) -> None:
    """A header that claims 1 PiB is refused from the header, not after reading."""
    fake = {f"data/attachments/{blob_id(5)}": b""}
    plain = bytearray(tar_of(fake))
    plain[124:136] = b"%011o\0" % 0o77777777777
    fix_checksum(plain, 0)
    sink = MemorySink()
    start = time.monotonic()
    check_expect(
        lambda: read(
            encrypt_to(bytes(plain)), sink=sink, limits=ReadLimits(max_attachment=1 << 30)
        ),
        (BundleMalformed, "too_large"),
    )
    assert time.monotonic() - start < 5
    assert sink.calls == 0


def test_ignored_tar_metadata_does_not_matter(base: Base) -> None:
    """mtime, uid and names of users are not signed, and nothing reads them."""
    for offset, value in ((136, b"00000000000\0"), (108, b"0001750\0"), (265, b"root\0")):
        verified, _ = read(raw_plain(base, set_header_field(offset, value)))
        assert verified.bundle_id == bundle_id()
    read(raw_plain(base, set_header_field(100, b"0000600\0")))


@pytest.mark.parametrize("mode", [b"0004644\0", b"0002644\0", b"0001644\0", b"0000755\0"])
def test_dangerous_modes_are_refused(base: Base, mode: bytes) -> None:
    """Modes are not signed, and `tar -x` as root applies them: refuse set-id and x bits."""
    check_expect(
        lambda: read(raw_plain(base, set_header_field(100, mode))), (BundleMalformed, "tar")
    )


# -- fuzzing -------------------------------------------------------------------------------

SMALL_CASES = [make_case(0), make_case(1)]
SMALL_ATTACHMENTS = [(blob_id(0), b"a" * 70_000), (blob_id(1), b"b" * 10)]
SMALL, _ = write_bundle(SMALL_CASES, SMALL_ATTACHMENTS)
SMALL_PLAIN = plaintext(SMALL)


def header_offsets(plain: bytes) -> list[int]:
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
        return [m.offset for m in tar.getmembers()]


SMALL_HEADERS = header_offsets(SMALL_PLAIN)


def position(draw: Any, size: int, hot: Sequence[int]) -> int:
    """Anywhere, near the start or the end, or inside one of the `hot` 512-byte blocks."""
    last = max(size - 1, 0)
    region = draw(st.sampled_from(["any", "start", "end", "hot"]))
    if region == "start":
        return int(draw(st.integers(0, min(last, 300))))
    if region == "end":
        return int(draw(st.integers(max(0, last - 20_000), last)))
    if region == "hot" and hot:
        return min(last, int(draw(st.sampled_from(hot))) + int(draw(st.integers(0, 511))))
    return int(draw(st.integers(0, last)))


def mutate(data: bytes, draw: Any, hot: Sequence[int] = ()) -> bytes:
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "set", "cut", "insert", "delete", "dup"]))
        pos = position(draw, len(out), hot)
        if kind == "flip" and out:
            out[pos] ^= draw(st.integers(1, 255))
        elif kind == "set" and out:
            out[pos] = draw(st.sampled_from([0, 0x0A, 0x0D, 0x20, 0x2F, 0x30, 0x37, 0x3A, 0xFF]))
        elif kind == "cut":
            del out[pos:]
        elif kind == "insert":
            out[pos:pos] = draw(st.binary(min_size=1, max_size=600))
        elif kind == "delete":
            del out[pos : pos + draw(st.integers(1, 1024))]
        elif kind == "dup":
            n = draw(st.sampled_from([1, 16, 512, 1024, ENC_CHUNK]))
            out[pos:pos] = out[pos : pos + n]
    return bytes(out)


def read_fuzzed(data: bytes) -> VerifiedBundle | None:
    start = time.monotonic()
    try:
        verified, sink = read(data, limits=ReadLimits(max_attachment=1 << 20, max_total=1 << 22))
    except (BundleError, UnknownSigner) as exc:
        event(f"{type(exc).__name__}:{getattr(exc, 'reason', '')}")
        return None
    finally:
        assert time.monotonic() - start < 10
    assert sink.cases == {c: r for c, r, _ in SMALL_CASES}
    assert {b: bytes(a.data) for b, a in sink.attachments.items()} == dict(SMALL_ATTACHMENTS)
    event("accepted")
    return verified


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fuzz_ciphertext(data: st.DataObject) -> None:
    mutated = mutate(SMALL, data.draw)
    if read_fuzzed(mutated) is not None:
        assert mutated == SMALL  # any change to the ciphertext is refused


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fuzz_plaintext(data: st.DataObject) -> None:
    """Mutated bags encrypted to us: only typed errors, or exactly the original content."""
    read_fuzzed(encrypt_to(mutate(SMALL_PLAIN, data.draw, SMALL_HEADERS)))


SMALL_FILES = members(SMALL_PLAIN)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.data(), st.sampled_from(["bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt"])
)
def test_fuzz_signed_tag_files(data: st.DataObject, name: str) -> None:
    """Mutated tag files, re-signed by the real researcher: the parsers past the signature."""
    files = dict(SMALL_FILES)
    files[name] = mutate(files[name], data.draw)
    if name == "tagmanifest-sha256.txt":
        files[SIG] = sshsig.sign(files[name], RESEARCHER, BUNDLE_NAMESPACE)
    else:
        files = resign(files, fix_manifest=False, fix_oxum=False)
    read_fuzzed(encrypt_to(tar_of(files)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096))
def test_fuzz_arbitrary_plaintext(plain: bytes) -> None:
    read_fuzzed(encrypt_to(plain))


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.tuples(st.binary(max_size=300), st.text(max_size=50)), max_size=4),
    st.lists(st.binary(max_size=3000), max_size=4),
)
def test_round_trip_property(cases: list[tuple[bytes, str]], blobs: list[bytes]) -> None:
    case_list = [(case_id(i), r, t.encode("utf-8")) for i, (r, t) in enumerate(cases)]
    attachments = [(blob_id(i), d) for i, d in enumerate(blobs)]
    data, _ = write_bundle(case_list, attachments)
    verified, sink = read(data)
    assert sink.cases == {c: r for c, r, _ in case_list}
    assert {b: bytes(a.data) for b, a in sink.attachments.items()} == dict(attachments)
    assert verified.payload_files == 2 * len(case_list) + len(attachments)


def test_age_layer_rejects_our_truncated_output() -> None:
    """Sanity: the age layer itself sees an aborted bundle as truncated."""
    out = io.BytesIO()
    info = BundleInfo(bundle_id(), CREATED, (ORG_R,), RESEARCHER.public_key().fingerprint(), "t")
    writer = BundleWriter(out, [ORG.recipient], RESEARCHER, info)
    writer.add_case(*CASES[0])
    writer.abort()
    with pytest.raises(AgePayloadError):
        decrypt(io.BytesIO(out.getvalue()), io.BytesIO(), [ORG])
