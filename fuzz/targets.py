"""Fuzz targets: one pure function per parser of hostile input, `target(data: bytes)`.

Each target calls the parser with fixed keys derived from fixed seeds (so any finding
reproduces on any machine) and lets through only that parser's typed errors. Anything
else propagates, for atheris or Hypothesis to report: an unexpected exception type, or
`BrokenPromise` when the parser returned or called back in a way its docstring rules out
(an id the format forbids, more attachment bytes than announced, a sink call after an
error...). Hangs and memory are bounded by the runner (libFuzzer -timeout, -rss_limit_mb;
a clock in the tests); the targets themselves keep only digests and sizes of what they
are given, never the content, so their own memory does not grow with the input.

Targets:
    age      crypto.age.AgeReader over the bytes, plaintext drained in 64 KiB reads.
    bundle   crypto.bundle.read_bundle over the bytes (an encrypted bundle).
    bag      read_bundle over the bytes encrypted here to the organisation: `data` is the
             plaintext tar, so mutations reach the tar, BagIt and signature layers, as
             they would for anyone who holds the organisation's public recipient.
    orgcard  crypto.orgcard.parse_card over the bytes.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from typing import Final

from crypto.age import CHUNK_SIZE, AgeReader, Identity, ScryptIdentity, X25519Identity, encrypt
from crypto.bundle import (
    BLOB_ID_RE,
    CASE_ID_RE,
    PAYLOAD_NAME_RE,
    ReadLimits,
    VerifiedBundle,
    read_bundle,
)
from crypto.errors import AgeError, BundleError, CardError
from crypto.identity import PublicKey, SigningKey
from crypto.orgcard import MAX_CARD_BYTES, parse_card

__all__ = [
    "ORG",
    "ORG_SIGNER",
    "OTHER_ORG",
    "RESEARCHER",
    "TARGETS",
    "TESTKIT_IDENTITY",
    "BoundedSink",
    "BrokenPromise",
    "UnpinnedSigner",
    "fuzz_age",
    "fuzz_bag",
    "fuzz_bundle",
    "fuzz_orgcard",
    "small_order",
]


def _seed(label: str) -> bytes:
    """32 fixed bytes for a key: not secret, only reproducible."""
    return hashlib.sha256(b"guvoh-fuzz/1 " + label.encode("ascii")).digest()


#: The organisation's age identity: corpus bundles are encrypted to it, `bag` encrypts to it.
ORG: Final = X25519Identity.from_bytes(_seed("org age identity"))
#: A second organisation, named as another recipient in some corpus bundles.
OTHER_ORG: Final = X25519Identity.from_bytes(_seed("other org age identity"))
#: The researcher who signs corpus bundles: the only key the signer check accepts.
RESEARCHER: Final = SigningKey.from_bytes(_seed("researcher signing key"))
#: The organisation's signing key: it signs the corpus cards (and receipts).
ORG_SIGNER: Final = SigningKey.from_bytes(_seed("org signing key"))
#: The published identity of the C2SP age testkit (tests/vectors/age), so its files open.
TESTKIT_IDENTITY: Final = X25519Identity.from_string(
    "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0"
)
#: The testkit's scrypt passphrase. The work factor cap is the caller's choice in
#: ScryptIdentity; a low one keeps an execution fast (2**12 is 4 MiB and a few ms).
TESTKIT_PASSPHRASE: Final = b"password"
SCRYPT_MAX_WORK_FACTOR: Final = 12

AGE_IDENTITIES: Final[tuple[Identity, ...]] = (
    ORG,
    TESTKIT_IDENTITY,
    ScryptIdentity(TESTKIT_PASSPHRASE, max_work_factor=SCRYPT_MAX_WORK_FACTOR),
)
OUR_RECIPIENTS: Final = (ORG.recipient.to_string(),)
#: The reader's limits are production's own: fuzzing checks what ships.
LIMITS: Final = ReadLimits()


class BrokenPromise(Exception):
    """A parser broke a documented promise without raising: reported like a crash."""


class UnpinnedSigner(Exception):
    """What a service's signer check raises for a key it has not pinned (typed, expected)."""

    def __init__(self, key: PublicKey) -> None:
        super().__init__(key.fingerprint())
        self.key = key


#: Encodings of the Ed25519 points of small order (libsodium's `has_small_order` list; the
#: sign bit of the last byte is ignored). Anyone can make signatures that verify under such
#: a key: under the identity point (01 00..00), R = identity and S = 0 verifies for every
#: message.
_SMALL_ORDER: Final = tuple(
    bytes.fromhex(h)
    for h in (
        "00" * 32,
        "01" + "00" * 31,
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
        "ec" + "ff" * 30 + "7f",
        "ed" + "ff" * 30 + "7f",
        "ee" + "ff" * 30 + "7f",
    )
)


def small_order(key: PublicKey) -> bool:
    """Whether an Ed25519 public key is a point of small order (a key nobody holds)."""
    raw = key.raw[:31] + bytes([key.raw[31] & 0x7F])
    return raw in _SMALL_ORDER


def _require(condition: bool, what: str) -> None:
    if not condition:
        raise BrokenPromise(what)


def _pinned(key: PublicKey) -> None:
    if key != RESEARCHER.public_key():
        raise UnpinnedSigner(key)


# -- age -------------------------------------------------------------------------------------


def fuzz_age(data: bytes) -> None:
    """AgeReader: only AgeError subclasses; plaintext never longer than the input."""
    buffer = memoryview(bytearray(CHUNK_SIZE))
    total = 0
    try:
        reader = AgeReader(io.BytesIO(data), AGE_IDENTITIES)
        try:
            while n := reader.readinto(buffer):
                total += n
                _require(0 < n <= len(buffer), "readinto returned a bad count")
        finally:
            reader.close()
    except AgeError:
        return
    _require(total <= len(data), "more plaintext than ciphertext")
    _require(reader.released == total, "released does not count what was read")


# -- bundles ---------------------------------------------------------------------------------


class _Attachment:
    """One attachment: hashed as it streams, never kept."""

    __slots__ = ("closed", "digest", "hasher", "size", "written")

    def __init__(self, size: int) -> None:
        self.size = size
        self.written = 0
        self.hasher = hashlib.sha256()
        self.digest = ""
        self.closed = False

    def write(self, data: memoryview) -> None:
        _require(isinstance(data, memoryview), "attachment bytes not given as a memoryview")
        _require(not self.closed, "attachment written after close")
        self.written += len(data)
        _require(self.written <= self.size, "attachment longer than announced")
        self.hasher.update(data)

    def close(self) -> None:
        _require(not self.closed, "attachment closed twice")
        _require(self.written == self.size, "attachment shorter than announced")
        self.closed = True
        self.digest = self.hasher.hexdigest()


class BoundedSink:
    """A PayloadSink that keeps only the size and SHA-256 of what it is given (memory stays
    bounded however large the bundle claims to be), and checks that the reader keeps its
    side of the PayloadSink contract: ids and names in the v1 forms, each once, case
    records within the limit, attachments exactly as long as announced, no more files than
    `limits.max_files`."""

    def __init__(self, limits: ReadLimits = LIMITS) -> None:
        self._limits = limits
        self.cases: dict[str, tuple[int, str]] = {}
        self.files: dict[str, tuple[int, str]] = {}
        self.attachments: dict[str, _Attachment] = {}

    def _one_more(self) -> None:
        count = len(self.cases) + len(self.files) + len(self.attachments)
        _require(count < self._limits.max_files, "more payload files than max_files")
        _require(
            all(a.closed for a in self.attachments.values()),
            "a sink call while an attachment is open",
        )

    def case_file(self, case_id: str, record_json: bytes) -> None:
        self._one_more()
        _require(CASE_ID_RE.fullmatch(case_id) is not None, "case id not a lowercase UUID")
        _require(case_id not in self.cases, "case given twice")
        _require(isinstance(record_json, bytes), "case record not bytes")
        _require(len(record_json) <= self._limits.max_case_json, "case record over the limit")
        self.cases[case_id] = (len(record_json), hashlib.sha256(record_json).hexdigest())

    def payload_file(self, name: str, data: bytes) -> None:
        self._one_more()
        _require(PAYLOAD_NAME_RE.fullmatch(name) is not None, "payload name not in v1 form")
        _require(name not in ("cases", "attachments"), "payload name is a reserved folder")
        _require(name not in self.files, "payload file given twice")
        _require(isinstance(data, bytes), "payload file not bytes")
        _require(len(data) <= self._limits.max_small_file, "payload file over the limit")
        self.files[name] = (len(data), hashlib.sha256(data).hexdigest())

    def open_attachment(self, blob_id: str, size: int) -> _Attachment:
        self._one_more()
        _require(BLOB_ID_RE.fullmatch(blob_id) is not None, "blob id not 32 lowercase hex")
        _require(blob_id not in self.attachments, "attachment opened twice")
        _require(0 <= size <= self._limits.max_attachment, "attachment size over the limit")
        self.attachments[blob_id] = _Attachment(size)
        return self.attachments[blob_id]

    def check_matches(self, verified: VerifiedBundle) -> None:
        """After success: the verified bundle describes exactly what the sink was given."""
        _require(tuple(sorted(self.cases)) == verified.cases, "verified cases differ")
        _require(all(a.closed for a in self.attachments.values()), "attachment left open")
        given = tuple(sorted((b, a.size, a.digest) for b, a in self.attachments.items()))
        _require(given == verified.attachments, "verified attachments differ")
        _require(verified.signer == RESEARCHER.public_key(), "accepted an unpinned signer")
        _require(set(verified.recipients) & set(OUR_RECIPIENTS) != set(), "not for us")


def _read_bundle(src: io.BytesIO) -> None:
    sink = BoundedSink()
    try:
        verified = read_bundle(src, [ORG], OUR_RECIPIENTS, _pinned, sink, limits=LIMITS)
    except (BundleError, UnpinnedSigner):
        return
    sink.check_matches(verified)


def fuzz_bundle(data: bytes) -> None:
    """read_bundle over an encrypted bundle: only BundleError (or the signer check's own
    error); on success the sink got exactly what was verified."""
    _read_bundle(io.BytesIO(data))


def fuzz_bag(data: bytes) -> None:
    """read_bundle over `data` as the plaintext tar, encrypted here to the organisation."""
    sealed = io.BytesIO()
    encrypt(io.BytesIO(data), sealed, [ORG.recipient])
    sealed.seek(0)
    _read_bundle(sealed)


# -- organisation cards ----------------------------------------------------------------------


def fuzz_orgcard(data: bytes) -> None:
    """parse_card: only CardError subclasses; an accepted card is within the size limit,
    names the key that signed it, and that key is not of small order (its self-signature
    would prove nothing)."""
    try:
        card = parse_card(data)
    except CardError:
        return
    _require(len(data) <= MAX_CARD_BYTES, "accepted a card over the size limit")
    line = card.signing_key.to_openssh_line().encode("ascii")
    _require(b"\nSigning-Key: " + line + b"\n" in data, "accepted key is not the card's")
    _require(not small_order(card.signing_key), "accepted a card signed by a small-order key")


TARGETS: Final[dict[str, Callable[[bytes], None]]] = {
    "age": fuzz_age,
    "bundle": fuzz_bundle,
    "bag": fuzz_bag,
    "orgcard": fuzz_orgcard,
}
