"""Bundle format v1: a signed BagIt bag in a deterministic pax tar, inside age.

This module is the contract between the services (which choose what goes in and what to
do with what comes out) and the format. The normative description is
docs/bundle-format.md. Pure: no storage, no Qt; all I/O goes through the streams given.

    B-<uuid>.age = age v1 (X25519 recipients, binary) of
        pax tar of the bag, in this order:
            data/cases/<case-id>.json       one per case, sorted by case id
            data/cases/<case-id>.txt        its plain-text rendering, right after it
            data/attachments/<blob-id>      original bytes, sorted by blob id
            data/<name>                     other payload files (receipt.json), sorted
            bagit.txt
            bag-info.txt
            manifest-sha256.txt
            tagmanifest-sha256.txt           (bagit.txt, bag-info.txt, manifest, README.txt)
            README.txt                       how to verify with stock tools
            signatures/tagmanifest-sha256.txt.sig   SSHSIG over tagmanifest-sha256.txt

Ids (ASCII, checked on write and on read; nothing else from a bundle ever names anything):
case ids are UUIDs in canonical lowercase text (`CASE_ID_RE`), blob ids are 32 lowercase
hex digits (`BLOB_ID_RE`), other payload files are `data/<name>` with `PAYLOAD_NAME_RE`.
"""

from __future__ import annotations

import hashlib
import re
import threading
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import MappingProxyType, TracebackType
from typing import BinaryIO, Final, Protocol, runtime_checkable

from crypto import sshsig
from crypto.age import AgeReader, AgeWriter, X25519Identity, X25519Recipient
from crypto.errors import (
    AgeArmorUnsupported,
    AgeError,
    AgeHeaderError,
    AgeHeaderMacError,
    AgeNoMatch,
    AgePayloadError,
    BundleError,
    BundleMalformed,
    BundleNotForUs,
    BundleTampered,
    BundleTruncated,
    BundleUnreadable,
    Cancelled,
    HeaderFailure,
    PayloadFailure,
    SignatureInvalid,
    SignatureNamespaceMismatch,
    SshSigError,
    UnsupportedBundleFormat,
)
from crypto.identity import PublicKey, SigningKey

BUNDLE_FORMAT = "guvoh-bundle/1"
RECEIPT_FORMAT = "guvoh-receipt/1"
BUNDLE_NAMESPACE = "guvoh-bundle-v1"
RECEIPT_NAMESPACE = "guvoh-receipt-v1"

Progress = Callable[[int, int], None]

#: A case id: a UUID in canonical lowercase text (any version).
CASE_ID_RE: Final = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
#: A blob (attachment) id: 32 lowercase hex digits (uuid4().hex).
BLOB_ID_RE: Final = re.compile(r"[0-9a-f]{32}")
#: Another payload file directly under data/: lowercase ASCII words joined by . _ -
#: (at most 64 characters; "cases" and "attachments" are taken).
PAYLOAD_NAME_RE: Final = re.compile(r"(?=.{1,64}\Z)[a-z0-9]+(?:[._-][a-z0-9]+)*")
#: Bytes streamed per piece when writing or reading attachments.
PIECE: Final = 1 << 20


# -- format constants --------------------------------------------------------------------

_BLOCK: Final = 512
_RECORD: Final = 20 * _BLOCK  # tar pads the archive to whole records, as GNU tar does
_ZEROS: Final = bytes(PIECE)
_ZERO_BLOCK: Final = bytes(_BLOCK)
#: Largest size a ustar header holds (11 octal digits); larger files get a pax `size`.
#: A module variable (not Final) so tests can lower it to exercise the pax path.
_USTAR_MAX_SIZE = 0o77777777777
#: Latest `Created` (= every entry's mtime, 11 octal digits): 2242-03-16T12:56:31Z.
_MAX_MTIME: Final = 0o77777777777
_MAX_PAX_HEADER: Final = 64 * 1024
_MAX_TAIL: Final = PIECE  # zero padding accepted after the end-of-archive blocks
_MAX_BAG_INFO_VALUE: Final = 4096
#: Mode bits a regular entry may not have (stock `tar -x` as root would apply them).
_FORBIDDEN_MODE: Final = 0o7111

BAGIT_TXT: Final = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
_BAGIT: Final = "bagit.txt"
_BAG_INFO: Final = "bag-info.txt"
_MANIFEST: Final = "manifest-sha256.txt"
_TAGMANIFEST: Final = "tagmanifest-sha256.txt"
_README: Final = "README.txt"
_SIGNATURE: Final = "signatures/tagmanifest-sha256.txt.sig"
#: Tag files the tag manifest lists, all required in v1.
_LISTED_TAGS: Final = frozenset({_BAGIT, _BAG_INFO, _MANIFEST, _README})
_TAG_FILES: Final = _LISTED_TAGS | {_TAGMANIFEST}

# bag-info labels written by v1, in the order written
_EXTERNAL_ID: Final = "External-Identifier"
_BAGGING_DATE: Final = "Bagging-Date"
_OXUM: Final = "Payload-Oxum"
_AGENT: Final = "Bag-Software-Agent"
_FORMAT: Final = "Bundle-Format"
_RECIPIENT: Final = "Recipient"
_SIGNER: Final = "Signer-Fingerprint"
_CREATED: Final = "Created"
_RESERVED_LABELS: Final = frozenset(
    s.lower()
    for s in (_EXTERNAL_ID, _BAGGING_DATE, _OXUM, _AGENT, _FORMAT, _RECIPIENT, _SIGNER, _CREATED)
)
_SINGLE_LABELS: Final = (_EXTERNAL_ID, _BAGGING_DATE, _OXUM, _AGENT, _SIGNER, _CREATED)
_KNOWN_NAMESPACES: Final = {BUNDLE_FORMAT: BUNDLE_NAMESPACE, RECEIPT_FORMAT: RECEIPT_NAMESPACE}

_LABEL_RE: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
_CREATED_RE: Final = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})Z"
)
_DATE_RE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_OXUM_RE: Final = re.compile(r"(0|[1-9][0-9]{0,19})\.(0|[1-9][0-9]{0,19})")
_FINGERPRINT_RE: Final = re.compile(r"SHA256:[A-Za-z0-9+/]{43}")
_MANIFEST_LINE_RE: Final = re.compile(rb"([0-9a-f]{64})  ([\x21-\x7e]+)")
_OCTAL_RE: Final = re.compile(rb"[0-7]{1,12}")
_DECIMAL_RE: Final = re.compile(rb"0|[1-9][0-9]{0,19}")
_CASE_PATH_RE: Final = re.compile(r"data/cases/(" + CASE_ID_RE.pattern + r")\.(json|txt)")
_BLOB_PATH_RE: Final = re.compile(r"data/attachments/(" + BLOB_ID_RE.pattern + ")")
_PAYLOAD_PATH_RE: Final = re.compile(r"data/(" + PAYLOAD_NAME_RE.pattern + ")")
_TAKEN_NAMES: Final = frozenset({"cases", "attachments"})
_ALLOWED_FORMAT_CHARS: Final = frozenset("\u200c\u200d")  # ZWNJ/ZWJ, needed in Persian


def _is_case_id(value: object) -> bool:
    return isinstance(value, str) and CASE_ID_RE.fullmatch(value) is not None


def _is_blob_id(value: object) -> bool:
    return isinstance(value, str) and BLOB_ID_RE.fullmatch(value) is not None


def _is_payload_name(value: object) -> bool:
    return (
        isinstance(value, str)
        and PAYLOAD_NAME_RE.fullmatch(value) is not None
        and value not in _TAKEN_NAMES
    )


def _parse_created(value: str) -> int | None:
    """Seconds since the epoch of "YYYY-MM-DDTHH:MM:SSZ", or None if not that form."""
    match = _CREATED_RE.fullmatch(value)
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(g) for g in match.groups())
    try:
        when = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError:
        return None
    seconds = int(when.timestamp())
    return seconds if 0 <= seconds <= _MAX_MTIME else None


def _clean_text(value: str, max_chars: int) -> bool:
    """A one-line value: no control, format (bar ZWNJ/ZWJ) or separator characters, no
    surrounding whitespace, non-empty, at most max_chars."""
    if not 0 < len(value) <= max_chars or value != value.strip():
        return False
    for char in value:
        category = unicodedata.category(char)
        if category in ("Cc", "Cs", "Co", "Cn", "Zl", "Zp"):
            return False
        if category == "Cf" and char not in _ALLOWED_FORMAT_CHARS:
            return False
    return True


# -- writing -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BundleInfo:
    """What bag-info.txt says about a bundle (all fields are signed)."""

    bundle_id: str  # a UUID (lowercase, with dashes); also External-Identifier
    created: str  # UTC, "YYYY-MM-DDTHH:MM:SSZ"; also the tar entries' mtime
    recipients: tuple[str, ...]  # "age1..." strings, as written to bag-info (sorted)
    signer_fingerprint: str  # "SHA256:..." of the signing key
    software_agent: str  # e.g. "Guvoh 0.1.0"
    bundle_format: str = BUNDLE_FORMAT  # or RECEIPT_FORMAT
    extra: Mapping[str, str] = field(default_factory=dict)  # more bag-info fields


@dataclass(frozen=True, slots=True)
class WrittenBundle:
    bundle_id: str
    cases: tuple[str, ...]
    attachments: tuple[tuple[str, int, str], ...]  # (blob id, size, sha256 hex)
    payload_bytes: int
    payload_files: int


def _ustar_header(name: str, size: int, mtime: int, typeflag: bytes = b"0") -> bytes:
    """One POSIX ustar header block: mode 0644, uid/gid 0, no user or group names."""
    raw = name.encode("ascii")
    if len(raw) > 100:
        raise ValueError("tar entry name longer than 100 bytes")
    header = bytearray(_BLOCK)
    header[0 : len(raw)] = raw
    header[100:108] = b"0000644\0"
    header[108:116] = b"0000000\0"
    header[116:124] = b"0000000\0"
    header[124:136] = b"%011o\0" % (size if size <= _USTAR_MAX_SIZE else 0)
    header[136:148] = b"%011o\0" % mtime
    header[148:156] = b" " * 8
    header[156:157] = typeflag
    header[257:265] = b"ustar\x0000"
    header[329:337] = b"0000000\0"
    header[337:345] = b"0000000\0"
    header[148:156] = b"%06o\0 " % sum(header)
    return bytes(header)


def _pax_record(key: str, value: str) -> bytes:
    """A pax extended-header record "<len> key=value\\n" (len counts itself)."""
    body = f" {key}={value}\n".encode()
    length = len(body) + 1
    while len(str(length)) + len(body) != length:
        length = len(str(length)) + len(body)
    return str(length).encode("ascii") + body


def _readme(info: BundleInfo, namespace: str) -> bytes:
    receipt = info.bundle_format == RECEIPT_FORMAT
    what = "receipt" if receipt else "bundle"
    file_name = "R-<bundle id>.age" if receipt else f"B-{info.bundle_id}.age"
    key_file = "researcher.key" if receipt else "org.key"
    if receipt:
        intro = (
            "This is a Guvoh receipt: an organisation's signed statement that it received\n"
            "and imported a bundle (data/receipt.json), encrypted to the researcher who\n"
            "sent it. bag-info.txt names the recipients (Recipient lines), the signing\n"
            "key (Signer-Fingerprint) and the receipt id (External-Identifier).\n"
        )
        payload = "  data/receipt.json      what was received: bundle id, cases, attachments\n"
    else:
        intro = (
            "This is a Guvoh bundle: testimonies and their attachments, signed by the\n"
            "person who sent them and encrypted to the organisation(s) named in\n"
            "bag-info.txt (Recipient lines). bag-info.txt also names the signing key\n"
            "(Signer-Fingerprint) and the bundle id (External-Identifier).\n"
        )
        payload = (
            "  data/cases/ID.json     one case record (JSON, UTF-8); ID.txt is the same\n"
            "                         case as plain text\n"
            "  data/attachments/ID    an attachment's original bytes; its name and type\n"
            "                         are in the case record. Treat them as hostile: do\n"
            "                         not open them on a computer that holds secrets.\n"
        )
    text = (
        f"{intro}\n"
        "It is a BagIt 1.0 bag (RFC 8493) in a POSIX tar file, encrypted with age:\n\n"
        f"{payload}"
        "  bagit.txt, bag-info.txt    BagIt declaration and metadata\n"
        "  manifest-sha256.txt    SHA-256 of every file under data/\n"
        "  tagmanifest-sha256.txt SHA-256 of bagit.txt, bag-info.txt,\n"
        "                         manifest-sha256.txt and README.txt\n"
        "  signatures/tagmanifest-sha256.txt.sig\n"
        "                         SSH signature (Ed25519) over tagmanifest-sha256.txt,\n"
        f'                         namespace "{namespace}"\n\n'
        "To check it with standard tools only (age, GNU tar, OpenSSH, coreutils), work\n"
        f"as an ordinary user (not root) in a new folder holding only {file_name}\n"
        f"and {key_file}, in bash after set -o pipefail (so that a pipe fails when age\n"
        "fails). Nothing under data/ is unpacked before the signature and the tag files\n"
        "have been checked.\n\n"
        "1. Decrypt and unpack only the tag files and the signature:\n"
        f"     age -d -i {key_file} {file_name} | tar -x bagit.txt bag-info.txt \\\n"
        "       manifest-sha256.txt tagmanifest-sha256.txt README.txt \\\n"
        "       signatures/tagmanifest-sha256.txt.sig\n"
        "2. Write the signer's public key, compared out of band (read its safety code or\n"
        "   fingerprint aloud), as one line of a file named allowed_signers:\n"
        f'     NAME namespaces="{namespace}" ssh-ed25519 AAAA...\n'
        "   then check the signature; it must say Good signature for NAME:\n"
        f"     ssh-keygen -Y verify -f allowed_signers -I NAME -n {namespace} \\\n"
        "       -s signatures/tagmanifest-sha256.txt.sig < tagmanifest-sha256.txt\n"
        "3. Check the tag files; each line must say OK:\n"
        "     sha256sum -c tagmanifest-sha256.txt\n"
        "   Check that a Recipient line in bag-info.txt is your own age1... recipient\n"
        "   and that Signer-Fingerprint is the key you pinned (ssh-keygen -lf KEY.pub).\n"
        "4. Only now unpack the payload, and check every payload file; each line must\n"
        "   say OK:\n"
        f"     age -d -i {key_file} {file_name} | tar -x data\n"
        "     sha256sum -c manifest-sha256.txt\n"
        "   and check that every file under data/ is listed in manifest-sha256.txt.\n"
        "5. Payload-Oxum in bag-info.txt is BYTES.FILES for everything under data/:\n"
        "     find data -type f -exec cat {} + | wc -c\n"
        "     find data -type f | wc -l\n\n"
        f"Any failure means the {what} was altered or damaged: do not use it.\n"
        "The full specification is docs/bundle-format.md in Guvoh's source code.\n"
    )
    return text.encode("ascii")


class BundleWriter:
    """Streams a bundle into `dst` in one pass with bounded memory: the tar is built while
    hashing, then the tag files are written and signed, and the age stream is closed with
    its final chunk. Add cases in case-id order first, then attachments in blob-id order,
    then other payload files in name order (ValueError otherwise).

    On any exception or `abort()` the age stream is left without its final chunk (it
    never decrypts); the caller removes the temporary file. After any exception the writer
    is dead: every later call raises ValueError.

    `progress(done, -1)` reports payload bytes written so far (the writer cannot know the
    total: the caller adds up what it will write); `finish()` reports (total, total).
    Usable as a context manager that aborts unless `finish()` was called.
    """

    def __init__(
        self,
        dst: BinaryIO,
        recipients: Sequence[X25519Recipient],
        signing_key: SigningKey,
        info: BundleInfo,
        *,
        namespace: str = BUNDLE_NAMESPACE,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        mtime = self._check_info(recipients, signing_key, info, namespace)
        self._key = signing_key
        self._info = info
        self._namespace = namespace
        self._progress = progress
        self._cancel = cancel
        self._mtime = mtime
        self._manifest: list[tuple[str, str]] = []  # (path, sha256 hex) of payload files
        self._cases: list[str] = []
        self._attachments: list[tuple[str, int, str]] = []
        self._phase = 0  # 0: cases, 1: attachments, 2: other payload files
        self._last = ""  # last id or name added in this phase
        self._payload_bytes = 0
        self._tar_bytes = 0
        self._state = "open"  # open, finished, failed
        self._piece: memoryview | None = None
        self._age = AgeWriter(dst, list(recipients))

    @staticmethod
    def _check_info(
        recipients: Sequence[X25519Recipient],
        signing_key: SigningKey,
        info: BundleInfo,
        namespace: str,
    ) -> int:
        if not recipients or not all(isinstance(r, X25519Recipient) for r in recipients):
            raise ValueError("at least one X25519Recipient is required")
        names = sorted(r.to_string() for r in recipients)
        if len(set(names)) != len(names):
            raise ValueError("a recipient is given twice")
        if tuple(info.recipients) != tuple(names):
            raise ValueError("info.recipients must be the recipients' age1 strings, sorted")
        if not _is_case_id(info.bundle_id):
            raise ValueError("bundle_id must be a lowercase UUID")
        mtime = _parse_created(info.created) if isinstance(info.created, str) else None
        if mtime is None:
            raise ValueError(
                "created must be UTC YYYY-MM-DDTHH:MM:SSZ, from 1970-01-01T00:00:00Z to "
                "2242-03-16T12:56:31Z (the largest tar mtime, 11 octal digits)"
            )
        if info.signer_fingerprint != signing_key.public_key().fingerprint():
            raise ValueError("signer_fingerprint is not the signing key's fingerprint")
        if not isinstance(info.software_agent, str) or not _clean_text(info.software_agent, 200):
            raise ValueError("software_agent must be one line of printable text")
        if not isinstance(info.bundle_format, str) or not _clean_text(info.bundle_format, 64):
            raise ValueError("bundle_format must be printable text")
        expected = _KNOWN_NAMESPACES.get(info.bundle_format)
        if expected is not None and namespace != expected:
            raise ValueError(f"{info.bundle_format} is signed with namespace {expected}")
        sshsig._check_namespace(namespace)  # InvalidNamespace if unusable
        for label, value in info.extra.items():
            if not isinstance(label, str) or _LABEL_RE.fullmatch(label) is None:
                raise ValueError(f"bad bag-info label {label!r}")
            if label.lower() in _RESERVED_LABELS:
                raise ValueError(f"bag-info label {label} is written by the bundle itself")
            if not isinstance(value, str) or not _clean_text(value, _MAX_BAG_INFO_VALUE):
                raise ValueError(f"bad bag-info value for {label}")
        return mtime

    # -- plumbing ------------------------------------------------------------------------

    def _check_open(self) -> None:
        if self._state != "open":
            raise ValueError(f"bundle writer is {self._state}")

    def _check_cancel(self) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise Cancelled()

    def _fail(self) -> None:
        if self._state == "open":
            self._state = "failed"
            self._age.abort()
        self._piece = None

    def _emit(self, data: bytes | memoryview) -> None:
        self._age.write(data)
        self._tar_bytes += len(data)

    def _entry_header(self, path: str, size: int) -> None:
        if size > _USTAR_MAX_SIZE:
            slash = path.rfind("/")
            pax_name = f"{path[: slash + 1]}PaxHeaders/{path[slash + 1 :]}"
            records = _pax_record("size", str(size))
            self._emit(_ustar_header(pax_name, len(records), self._mtime, b"x"))
            self._emit(records + bytes(-len(records) % _BLOCK))
        self._emit(_ustar_header(path, size, self._mtime))

    def _small_file(self, path: str, data: bytes) -> str:
        """Write a whole entry from memory; return its SHA-256 hex."""
        data = bytes(data)
        self._entry_header(path, len(data))
        self._emit(data)
        self._emit(bytes(-len(data) % _BLOCK))
        return hashlib.sha256(data).hexdigest()

    def _payload_done(self, path: str, digest: str, size: int) -> None:
        self._manifest.append((path, digest))
        self._payload_bytes += size
        if self._progress is not None:
            self._progress(self._payload_bytes, -1)

    def _order(self, phase: int, key: str, what: str) -> None:
        if phase < self._phase:
            raise ValueError("add cases first, then attachments, then other payload files")
        if phase == self._phase and key <= self._last:
            raise ValueError(f"{what} must be added once each, in increasing order")
        self._phase, self._last = phase, key

    # -- public API ------------------------------------------------------------------------

    def add_case(self, case_id: str, record_json: bytes, text: bytes) -> None:
        """data/cases/<case_id>.json and .txt (small: held in memory)."""
        self._check_open()
        try:
            self._check_cancel()
            if not _is_case_id(case_id):
                raise ValueError("case_id must be a lowercase UUID")
            self._order(0, case_id, "cases")
            for suffix, data in ((".json", record_json), (".txt", text)):
                path = f"data/cases/{case_id}{suffix}"
                self._payload_done(path, self._small_file(path, data), len(data))
            self._cases.append(case_id)
        except BaseException:
            self._fail()
            raise

    def add_attachment(self, blob_id: str, size: int, src: BinaryIO,
                       sha256: str | None = None) -> str:
        """data/attachments/<blob_id>: exactly `size` bytes streamed from `src`; returns the
        SHA-256 hex. Raises ValueError if `src` gives fewer or more bytes.

        With `sha256` the bytes are not hashed again: the caller vouches that `src` gives
        exactly the bytes of that hash (a vault attachment, whose every chunk is
        authenticated as it is decrypted, under the hash recorded when it came in)."""
        self._check_open()
        try:
            self._check_cancel()
            if not _is_blob_id(blob_id):
                raise ValueError("blob_id must be 32 lowercase hex digits")
            if not isinstance(size, int) or size < 0:
                raise ValueError("size must be a non-negative int")
            self._order(1, blob_id, "attachments")
            path = f"data/attachments/{blob_id}"
            if sha256 is not None and (len(sha256) != 64
                                       or sha256.strip("0123456789abcdef")):
                raise ValueError("sha256 must be 64 lowercase hex digits")
            self._entry_header(path, size)
            computed = self._stream(src, size, hashing=sha256 is None)
            digest = computed if sha256 is None else sha256
            self._emit(bytes(-size % _BLOCK))
            self._attachments.append((blob_id, size, digest))
            self._manifest.append((path, digest))
            return digest
        except BaseException:
            self._fail()
            raise

    def _stream(self, src: BinaryIO, size: int, *, hashing: bool = True) -> str:
        if self._piece is None:
            self._piece = memoryview(bytearray(PIECE))
        piece = self._piece
        readinto = getattr(src, "readinto", None)
        hasher = hashlib.sha256()
        left = size
        while left:
            self._check_cancel()
            want = piece[: min(left, PIECE)]
            if readinto is not None:
                n = readinto(want) or 0
            else:
                data = src.read(len(want))
                n = len(data)
                want[:n] = data
            if n <= 0:
                raise ValueError(f"attachment source ended {left} bytes early")
            chunk = want[:n]
            if hashing:
                hasher.update(chunk)
            self._emit(chunk)
            left -= n
            self._payload_bytes += n
            if self._progress is not None:
                self._progress(self._payload_bytes, -1)
        if src.read(1):
            raise ValueError("attachment source holds more than size bytes")
        return hasher.hexdigest()

    def add_payload_file(self, name: str, data: bytes) -> None:
        """Another small payload file under data/ (e.g. data/receipt.json for receipts).
        `name` is the part after data/ ("receipt.json"), matching PAYLOAD_NAME_RE."""
        self._check_open()
        try:
            self._check_cancel()
            if not _is_payload_name(name):
                raise ValueError("name must match PAYLOAD_NAME_RE (e.g. 'receipt.json')")
            self._order(2, name, "payload files")
            path = f"data/{name}"
            self._payload_done(path, self._small_file(path, data), len(data))
        except BaseException:
            self._fail()
            raise

    def finish(self) -> WrittenBundle:
        """Write the tag files and the signature, then the age stream's final chunk."""
        self._check_open()
        try:
            self._check_cancel()
            info = self._info
            files = len(self._manifest)
            lines = [
                f"{_EXTERNAL_ID}: {info.bundle_id}",
                f"{_BAGGING_DATE}: {info.created[:10]}",
                f"{_OXUM}: {self._payload_bytes}.{files}",
                f"{_AGENT}: {info.software_agent}",
                f"{_FORMAT}: {info.bundle_format}",
                *(f"{_RECIPIENT}: {r}" for r in info.recipients),
                f"{_SIGNER}: {info.signer_fingerprint}",
                f"{_CREATED}: {info.created}",
                *(f"{label}: {info.extra[label]}" for label in sorted(info.extra)),
            ]
            bag_info = "".join(line + "\n" for line in lines).encode("utf-8")
            manifest = _manifest_text(self._manifest)
            readme = _readme(info, self._namespace)
            tags = {_BAGIT: BAGIT_TXT, _BAG_INFO: bag_info, _MANIFEST: manifest, _README: readme}
            tagmanifest = _manifest_text(
                [(name, hashlib.sha256(data).hexdigest()) for name, data in tags.items()]
            )
            signature = sshsig.sign(tagmanifest, self._key, self._namespace)
            for name, data in (
                (_BAGIT, BAGIT_TXT),
                (_BAG_INFO, bag_info),
                (_MANIFEST, manifest),
                (_TAGMANIFEST, tagmanifest),
                (_README, readme),
                (_SIGNATURE, signature),
            ):
                self._small_file(name, data)
            end = 2 * _BLOCK
            end += -(self._tar_bytes + end) % _RECORD
            self._emit(bytes(end))
            self._check_cancel()
            self._age.close()
            self._state = "finished"
            self._piece = None
        except BaseException:
            self._fail()
            raise
        if self._progress is not None:
            self._progress(self._payload_bytes, self._payload_bytes)
        return WrittenBundle(
            bundle_id=info.bundle_id,
            cases=tuple(self._cases),
            attachments=tuple(self._attachments),
            payload_bytes=self._payload_bytes,
            payload_files=files,
        )

    def abort(self) -> None:
        """Stop without the final chunk (idempotent; does nothing after finish())."""
        self._fail()

    def __enter__(self) -> BundleWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._fail()  # no-op after finish()


def _manifest_text(entries: Sequence[tuple[str, str]]) -> bytes:
    """ "<sha256 hex>  <path>\\n" lines sorted by path (byte order)."""
    ordered = sorted(entries, key=lambda e: e[0].encode("ascii"))
    return "".join(f"{digest}  {path}\n" for path, digest in ordered).encode("ascii")


# -- reading -------------------------------------------------------------------------


class AttachmentSink(Protocol):
    def write(self, data: memoryview) -> None: ...

    def close(self) -> None: ...


class PayloadSink(Protocol):
    """Where the reader puts payload while it streams, before anything is verified. The
    caller keeps it in quarantine (encrypted) and commits only after `read_bundle`
    returns; on any error it discards everything.

    `case_file` gets each data/cases/<id>.json (the .txt renderings are hashed and
    checked but not passed on); `payload_file` gets other data/<name> files with `name`
    the part after data/ (e.g. "receipt.json"); `open_attachment` is called once per
    data/attachments/<id> before its bytes, and the sink's `close()` after the last of
    them (not on error: the caller's discard must release an open sink). The memoryview
    given to `write` is valid only during the call."""

    def case_file(self, case_id: str, record_json: bytes) -> None: ...

    def payload_file(self, name: str, data: bytes) -> None: ...

    def open_attachment(self, blob_id: str, size: int) -> AttachmentSink: ...


@runtime_checkable
class StreamingPayloadSink(PayloadSink, Protocol):
    """A sink that also takes case JSON and other payload files a piece at a time, like
    attachments: the reader then never holds them whole. Everything before the signature
    is checked comes from whoever knows the organisation's public recipient, so the
    coordinator's quarantine spills these to encrypted files instead of keeping them in
    memory. `case_file` and `payload_file` are then not called."""

    def open_case_file(self, case_id: str, size: int) -> AttachmentSink: ...

    def open_payload_file(self, name: str, size: int) -> AttachmentSink: ...


class _Held:
    """For a sink that is not streaming: collects one file (size already bounded) and hands
    it to `case_file` or `payload_file` whole when it ends."""

    def __init__(self, deliver: Callable[[bytes], None]) -> None:
        self._deliver = deliver
        self._buf = bytearray()

    def write(self, data: memoryview) -> None:
        self._buf += data

    def close(self) -> None:
        self._deliver(bytes(self._buf))
        self._buf = bytearray()


SignerCheck = Callable[[PublicKey], None]
"""Called with the key that made a cryptographically valid signature; raises the caller's
own error if that key is not pinned or is outside its validity window."""


@dataclass(frozen=True, slots=True)
class ReadLimits:
    max_case_json: int = 32 * 1024 * 1024
    max_small_file: int = 1024 * 1024  # tag files, the signature, other payload files
    # (case .txt renderings are bounded by max_case_json, like the JSON they render)
    max_attachment: int = 1 << 40
    max_files: int = 100_000
    max_total: int = 1 << 42


@dataclass(frozen=True, slots=True)
class VerifiedBundle:
    bundle_id: str
    bundle_format: str
    created: str
    recipients: tuple[str, ...]
    signer: PublicKey
    software_agent: str
    bag_info: Mapping[str, tuple[str, ...]]  # every field, including unknown ones
    cases: tuple[str, ...]
    attachments: tuple[tuple[str, int, str], ...]  # (blob id, size, sha256 hex)
    payload_bytes: int
    payload_files: int


def _age_error(exc: AgeError) -> BundleError:
    """The bundle error for an error from the age layer."""
    if isinstance(exc, AgeNoMatch):
        return BundleNotForUs("no_identity")
    if isinstance(exc, AgeArmorUnsupported):
        return BundleUnreadable("armor")
    if isinstance(exc, AgeHeaderMacError):
        return BundleUnreadable("header_mac")
    if isinstance(exc, AgeHeaderError):
        return BundleUnreadable("not_age" if exc.reason == HeaderFailure.VERSION else "header")
    if isinstance(exc, AgePayloadError):
        if exc.reason == PayloadFailure.TRUNCATED:
            return BundleTruncated(f"at chunk {exc.chunk}")
        if exc.reason == PayloadFailure.TRAILING_DATA:
            return BundleTampered("trailing_data", f"after chunk {exc.chunk}")
        return BundleTampered("payload", f"{exc.reason.value} at chunk {exc.chunk}")
    return BundleTampered("payload", type(exc).__name__)


def _remaining(src: BinaryIO) -> tuple[int, int]:
    """(position, bytes left) of a seekable source, or (0, -1)."""
    try:
        if src.seekable():
            pos = src.tell()
            end = src.seek(0, 2)
            src.seek(pos)
            return pos, max(end - pos, 0)
    except (OSError, ValueError, AttributeError):
        pass
    return 0, -1


class _Plain:
    """The authenticated plaintext, read in order; age errors become bundle errors."""

    def __init__(
        self,
        reader: AgeReader,
        src: BinaryIO,
        start: int,
        total: int,
        progress: Progress | None,
        cancel: threading.Event | None,
    ) -> None:
        self._reader = reader
        self._src = src
        self._start = start
        self._total = total
        self._progress = progress
        self._cancel = cancel
        self.pos = 0
        self._next_report = PIECE

    def fill(self, mv: memoryview) -> int:
        """Fill mv; fewer bytes only at the clean end of the age stream."""
        if self._cancel is not None and self._cancel.is_set():
            raise Cancelled()
        n = 0
        while n < len(mv):
            try:
                got = self._reader.readinto(mv[n:])
            except AgeError as exc:
                raise _age_error(exc) from None
            if not got:
                break
            n += got
        self.pos += n
        if self._progress is not None and self.pos >= self._next_report:
            self._next_report = self.pos + PIECE
            self.report()
        return n

    def exact(self, mv: memoryview, what: str) -> None:
        if self.fill(mv) != len(mv):
            raise BundleMalformed("tar", f"archive ends inside {what}")

    def report(self, final: bool = False) -> None:
        """progress(bundle bytes read, bundle size) or (plaintext bytes, -1) if unknown."""
        if self._progress is None:
            return
        if self._total < 0:
            self._progress(self.pos, -1)
            return
        if final:
            self._progress(self._total, self._total)
            return
        try:
            done = min(max(self._src.tell() - self._start, 0), self._total)
        except (OSError, ValueError):
            done = 0
        self._progress(done, self._total)


def _octal(field_bytes: bytes, what: str) -> int:
    digits = field_bytes.rstrip(b"\0 ").lstrip(b" ")
    if _OCTAL_RE.fullmatch(digits) is None:
        raise BundleMalformed("tar", f"bad {what} field")
    return int(digits, 8)


def _c_string(field_bytes: bytes) -> bytes:
    end = field_bytes.find(0)
    if end < 0:
        return field_bytes
    if field_bytes[end:].count(0) != len(field_bytes) - end:
        raise BundleMalformed("path", "NUL in a name")
    return field_bytes[:end]


def _parse_pax(data: bytes) -> dict[bytes, bytes]:
    """Strictly parse pax extended-header records; a key twice is refused."""
    records: dict[bytes, bytes] = {}
    pos = 0
    while pos < len(data):
        space = data.find(b" ", pos, pos + 21)
        if space < 0 or _DECIMAL_RE.fullmatch(data[pos:space]) is None:
            raise BundleMalformed("tar", "bad pax record")
        end = pos + int(data[pos:space])
        if end > len(data) or end <= space + 2 or data[end - 1] != 0x0A:
            raise BundleMalformed("tar", "bad pax record")
        key, eq, value = data[space + 1 : end - 1].partition(b"=")
        if not eq or not key or key in records:
            raise BundleMalformed("tar", "bad pax record")
        records[key] = value
        pos = end
    return records


def _check_name(raw: bytes) -> str:
    """The entry name if it is safe ASCII and relative; raises BundleMalformed("path")."""
    if not raw:
        raise BundleMalformed("path", "empty name")
    if 0 in raw:
        raise BundleMalformed("path", "NUL in a name")
    if b"\\" in raw:
        raise BundleMalformed("path", "backslash in a name")
    if raw.startswith(b"/"):
        raise BundleMalformed("path", "absolute name")
    if b".." in raw.split(b"/"):
        raise BundleMalformed("path", "'..' in a name")
    if any(b < 0x21 or b > 0x7E for b in raw):
        raise BundleMalformed("path", "name is not printable ASCII")
    return raw.decode("ascii")


def _classify(name: str) -> tuple[str, str]:
    """(kind, id) for a name in the v1 layout; BundleMalformed("path") otherwise."""
    if name.startswith("data/"):
        if match := _CASE_PATH_RE.fullmatch(name):
            return ("case_json" if match.group(2) == "json" else "case_txt"), match.group(1)
        if match := _BLOB_PATH_RE.fullmatch(name):
            return "attachment", match.group(1)
        if (match := _PAYLOAD_PATH_RE.fullmatch(name)) and _is_payload_name(match.group(1)):
            return "payload", match.group(1)
    elif name in _TAG_FILES:
        return "tag", name
    elif name == _SIGNATURE:
        return "signature", name
    raise BundleMalformed("path", "not in the v1 layout")


class _BagReader:
    """Streams the tar, hands payload to the sink, keeps tag files (small) in memory."""

    def __init__(self, plain: _Plain, sink: PayloadSink, limits: ReadLimits) -> None:
        self._plain = plain
        self._sink = sink
        self._limits = limits
        self._block = memoryview(bytearray(_BLOCK))
        self._piece: memoryview | None = None
        self.seen: set[str] = set()
        self.payload: dict[str, tuple[int, str]] = {}  # path -> (size, sha256 hex)
        self.tags: dict[str, bytes] = {}
        self.signature: bytes | None = None
        self.cases: set[str] = set()
        self.renderings: set[str] = set()
        self.attachments: list[tuple[str, int, str]] = []
        self._files = 0
        self._total = 0

    def run(self) -> None:
        pax: dict[bytes, bytes] | None = None
        while True:
            block = self._read_block("a header")
            if block == _ZERO_BLOCK:
                if pax is not None:
                    raise BundleMalformed("tar", "pax header without an entry")
                self._end()
                return
            typeflag, name, size = self._header(block)
            if typeflag == b"x":
                if pax is not None:
                    raise BundleMalformed("tar", "two pax headers in a row")
                if size > _MAX_PAX_HEADER:
                    raise BundleMalformed("too_large", "pax header")
                self._count(size)
                pax = _parse_pax(self._read_bytes(size))
                continue
            if typeflag in (b"1", b"2"):
                raise BundleMalformed("link", "link entry")
            if typeflag in (b"3", b"4", b"5", b"6", b"7"):
                raise BundleMalformed("file_type", f"type {typeflag.decode('ascii')}")
            if typeflag not in (b"0", b"\0"):
                raise BundleMalformed("tar", "unsupported entry type")
            if _octal(block[100:108], "mode") & _FORBIDDEN_MODE:
                raise BundleMalformed("tar", "set-id, sticky or execute mode bits")
            if pax is not None:
                name, size = self._apply_pax(pax, name, size)
                pax = None
            self._entry(_check_name(name), size)

    def _read_block(self, what: str) -> bytes:
        self._plain.exact(self._block, what)
        return bytes(self._block)

    def _header(self, block: bytes) -> tuple[bytes, bytes, int]:
        checksum = _octal(block[148:156], "checksum")
        if checksum != sum(block) - sum(block[148:156]) + 8 * 0x20:
            raise BundleMalformed("tar", "header checksum")
        if block[257:265] != b"ustar\x0000":
            raise BundleMalformed("tar", "not a POSIX ustar header")
        size = _octal(block[124:136], "size")
        name = _c_string(block[0:100])
        prefix = _c_string(block[345:500])
        if prefix:
            name = prefix + b"/" + name
        return block[156:157], name, size

    @staticmethod
    def _apply_pax(pax: dict[bytes, bytes], name: bytes, size: int) -> tuple[bytes, int]:
        if b"linkpath" in pax:
            raise BundleMalformed("link", "pax linkpath")
        for key in pax:
            if key.startswith(b"GNU.sparse") or key == b"hdrcharset":
                raise BundleMalformed("tar", "unsupported pax keyword")
        if b"path" in pax:
            name = pax[b"path"]
        if b"size" in pax:
            if _DECIMAL_RE.fullmatch(pax[b"size"]) is None:
                raise BundleMalformed("tar", "bad pax size")
            size = int(pax[b"size"])
        return name, size

    def _count(self, size: int) -> None:
        self._total += size
        if self._total > self._limits.max_total:
            raise BundleMalformed("too_large", "total")

    def _entry(self, name: str, size: int) -> None:
        kind, ident = _classify(name)
        if name in self.seen:
            raise BundleMalformed("duplicate", name)
        self.seen.add(name)
        self._files += 1
        if self._files > self._limits.max_files:
            raise BundleMalformed("too_many_files")
        limit = {
            "case_json": self._limits.max_case_json,
            "case_txt": self._limits.max_case_json,
            "attachment": self._limits.max_attachment,
        }.get(kind, self._limits.max_small_file)
        if size > limit:
            raise BundleMalformed("too_large", name)
        self._count(size)
        if kind == "attachment":
            digest = self._stream(size, self._sink.open_attachment(ident, size))
            self.attachments.append((ident, size, digest))
            self.payload[name] = (size, digest)
            return
        if kind == "case_txt":
            self.renderings.add(ident)
            self.payload[name] = (size, self._stream(size, None))
            return
        if kind in ("case_json", "payload"):
            # Streamed into the sink as it comes: nothing of it is held here.
            self.payload[name] = (size, self._stream(size, self._open_file(kind, ident, size)))
            if kind == "case_json":
                self.cases.add(ident)
            return
        data = self._read_bytes(size)
        if kind == "tag":
            self.tags[name] = data
        else:
            self.signature = data

    def _open_file(self, kind: str, ident: str, size: int) -> AttachmentSink:
        sink = self._sink
        if isinstance(sink, StreamingPayloadSink):
            if kind == "case_json":
                return sink.open_case_file(ident, size)
            return sink.open_payload_file(ident, size)
        if kind == "case_json":
            return _Held(lambda data: sink.case_file(ident, data))
        return _Held(lambda data: sink.payload_file(ident, data))

    def _read_bytes(self, size: int) -> bytes:
        """An entry's data (size already bounded) and its zero padding."""
        buf = bytearray(size)
        self._plain.exact(memoryview(buf), "an entry")
        self._padding(size)
        return bytes(buf)

    def _padding(self, size: int) -> None:
        pad = -size % _BLOCK
        if pad:
            mv = self._block[:pad]
            self._plain.exact(mv, "padding")
            if mv != _ZEROS[:pad]:
                raise BundleMalformed("tar", "non-zero padding")

    def _stream(self, size: int, out: AttachmentSink | None) -> str:
        """Hash an entry's data a piece at a time, passing it to `out`; return the hex."""
        if self._piece is None:
            self._piece = memoryview(bytearray(PIECE))
        hasher = hashlib.sha256()
        left = size
        while left:
            chunk = self._piece[: min(left, PIECE)]
            self._plain.exact(chunk, "an entry")
            hasher.update(chunk)
            if out is not None:
                out.write(chunk)
            left -= len(chunk)
        if out is not None:
            out.close()
        self._padding(size)
        return hasher.hexdigest()

    def _end(self) -> None:
        """Second zero block, then only zeros (bounded) to the clean end of the stream."""
        if self._read_block("the end-of-archive marker") != _ZERO_BLOCK:
            raise BundleMalformed("tar", "single zero block")
        if self._piece is None:
            self._piece = memoryview(bytearray(PIECE))
        tail = 0
        while True:
            n = self._plain.fill(self._piece)
            if not n:
                return
            tail += n
            if tail > _MAX_TAIL or self._piece[:n] != _ZEROS[:n]:
                raise BundleMalformed("tar", "data after the end-of-archive marker")


def _parse_manifest(data: bytes, name: str) -> dict[str, str]:
    """path -> sha256 hex from canonical "<hex>  <path>\\n" lines, sorted, no repeats."""
    if not data.endswith(b"\n") and data:
        raise BundleMalformed("manifest_syntax", name)
    entries: dict[str, str] = {}
    last = b""
    for line in data.split(b"\n")[:-1]:
        match = _MANIFEST_LINE_RE.fullmatch(line)
        if match is None or match.group(2) <= last:
            raise BundleMalformed("manifest_syntax", name)
        last = match.group(2)
        entries[last.decode("ascii")] = match.group(1).decode("ascii")
    return entries


def _parse_bag_info(data: bytes) -> dict[str, list[str]]:
    """label -> values in order. LF lines "Label: value", UTF-8, no folding."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleMalformed("bag_info", "not UTF-8") from None
    if not text.endswith("\n") or text.startswith("\ufeff"):
        raise BundleMalformed("bag_info", "syntax")
    fields: dict[str, list[str]] = {}
    canonical: dict[str, str] = {}
    for line in text[:-1].split("\n"):
        label, sep, value = line.partition(": ")
        if not sep or _LABEL_RE.fullmatch(label) is None:
            raise BundleMalformed("bag_info", "syntax")
        if value and not _clean_text(value, _MAX_BAG_INFO_VALUE):
            raise BundleMalformed("bag_info", f"value of {label}")
        folded = label.lower()
        if canonical.setdefault(folded, label) != label:
            raise BundleMalformed("bag_info", f"{label} spelt two ways")
        fields.setdefault(label, []).append(value)
    return fields


def _verify(
    bag: _BagReader,
    our_recipients: Sequence[str],
    signer_check: SignerCheck,
    namespace: str,
    formats: Sequence[str],
) -> VerifiedBundle:
    # 1. the signature: present, parseable, valid for the namespace, by a key we accept
    if bag.signature is None:
        raise BundleMalformed("signature_missing")
    tagmanifest = bag.tags.get(_TAGMANIFEST)
    if tagmanifest is None:
        raise BundleMalformed("signature_missing", _TAGMANIFEST)
    try:
        parsed = sshsig.parse_signature(bag.signature)
    except SshSigError as exc:
        raise BundleMalformed("not_signed_by_sshsig", type(exc).__name__) from None
    try:
        signer = sshsig.verify(bag.signature, tagmanifest, namespace, parsed.public_key)
    except SignatureNamespaceMismatch:
        raise BundleTampered("signature", "namespace") from None
    except SignatureInvalid:
        raise BundleTampered("signature", "invalid") from None
    except SshSigError as exc:
        raise BundleMalformed("not_signed_by_sshsig", type(exc).__name__) from None
    signer_check(signer)

    # 2. the tag manifest: exactly the four v1 tag files, each hash right
    listed = _parse_manifest(tagmanifest, _TAGMANIFEST)
    if set(listed) != _LISTED_TAGS:
        raise BundleMalformed("manifest_syntax", f"{_TAGMANIFEST} must list the v1 tag files")
    for name in sorted(listed):
        data = bag.tags.get(name)
        if data is None:
            raise BundleTampered("tag_manifest", f"missing {name}")
        if hashlib.sha256(data).hexdigest() != listed[name]:
            raise BundleTampered("tag_manifest", name)

    # 3. the manifest against what was streamed, both ways
    manifest = _parse_manifest(bag.tags[_MANIFEST], _MANIFEST)
    for path in manifest:
        if not path.startswith("data/"):
            raise BundleMalformed("manifest_syntax", f"{_MANIFEST} lists a tag file")
    for path in sorted(bag.payload):
        if path not in manifest:
            raise BundleTampered("extra_file", path)
    for path in sorted(manifest):
        if path not in bag.payload:
            raise BundleTampered("missing_file", path)
    for path, (_, digest) in sorted(bag.payload.items()):
        if manifest[path] != digest:
            raise BundleTampered("manifest", path)

    # 4. Payload-Oxum
    fields = _parse_bag_info(bag.tags[_BAG_INFO])
    oxum = fields.get(_OXUM, [])
    if len(oxum) != 1 or (match := _OXUM_RE.fullmatch(oxum[0])) is None:
        raise BundleMalformed("bag_info", _OXUM)
    payload_bytes = sum(size for size, _ in bag.payload.values())
    if (int(match.group(1)), int(match.group(2))) != (payload_bytes, len(bag.payload)):
        raise BundleTampered("oxum", f"{payload_bytes}.{len(bag.payload)} != {oxum[0]}")

    # 5. bagit.txt
    if bag.tags[_BAGIT] != BAGIT_TXT:
        raise BundleMalformed("bagit_declaration")

    # 6. bag-info: format, then the v1 fields, our recipient, id, signer
    found = fields.get(_FORMAT, [])
    if len(found) != 1:
        raise BundleMalformed("bag_info", _FORMAT)
    if found[0] not in formats:
        raise UnsupportedBundleFormat(found[0])
    for label in _SINGLE_LABELS:
        if len(fields.get(label, [])) != 1 or not fields[label][0]:
            raise BundleMalformed("bag_info", label)
    recipients = tuple(fields.get(_RECIPIENT, []))
    if not recipients or not all(recipients):
        raise BundleMalformed("bag_info", _RECIPIENT)
    created = fields[_CREATED][0]
    if _parse_created(created) is None:
        raise BundleMalformed("bag_info", _CREATED)
    if _DATE_RE.fullmatch(fields[_BAGGING_DATE][0]) is None:
        raise BundleMalformed("bag_info", _BAGGING_DATE)
    if _FINGERPRINT_RE.fullmatch(fields[_SIGNER][0]) is None:
        raise BundleMalformed("bag_info", _SIGNER)
    if not set(recipients) & set(our_recipients):
        raise BundleNotForUs("recipient")
    bundle_id = fields[_EXTERNAL_ID][0]
    if not _is_case_id(bundle_id):
        raise BundleMalformed("bag_info", _EXTERNAL_ID)
    if fields[_SIGNER][0] != signer.fingerprint():
        raise BundleTampered("signature", "signer_fingerprint")

    # 7. layout: every case has its rendering and every rendering its case
    if bag.cases != bag.renderings:
        raise BundleMalformed("path", "a case without its rendering")

    return VerifiedBundle(
        bundle_id=bundle_id,
        bundle_format=found[0],
        created=created,
        recipients=recipients,
        signer=signer,
        software_agent=fields[_AGENT][0],
        bag_info=MappingProxyType({k: tuple(v) for k, v in fields.items()}),
        cases=tuple(sorted(bag.cases)),
        attachments=tuple(sorted(bag.attachments)),
        payload_bytes=payload_bytes,
        payload_files=len(bag.payload),
    )


def read_bundle(
    src: BinaryIO,
    identities: Sequence[X25519Identity],
    our_recipients: Sequence[str],
    signer_check: SignerCheck,
    sink: PayloadSink,
    *,
    namespace: str = BUNDLE_NAMESPACE,
    formats: Sequence[str] = (BUNDLE_FORMAT,),
    limits: ReadLimits = ReadLimits(),  # immutable
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> VerifiedBundle:
    """Decrypt and check a bundle, streaming payload into `sink`. Checks, in this order,
    once the stream has ended cleanly: the signature over tagmanifest-sha256.txt (then
    `signer_check`), the tag manifest, the manifest against what was streamed (and no file
    more or less), bagit.txt, bag-info (format supported, our recipient named). Raises the
    first failure; returns only if everything verified.

    Structural problems (tar, link, path, duplicate, limits) are raised while streaming,
    before anything of the entry reaches the sink. Only BundleError subclasses come from
    the bundle's bytes; OSError from `src`, and whatever `sink` or `signer_check` raise,
    propagate unchanged. `progress(done, total)` reports bytes of `src` read and its size
    when `src` is seekable, else plaintext bytes and -1.
    """
    sshsig._check_namespace(namespace)
    start, total = _remaining(src)
    try:
        reader = AgeReader(src, identities)
    except AgeError as exc:
        raise _age_error(exc) from None
    try:
        plain = _Plain(reader, src, start, total, progress, cancel)
        bag = _BagReader(plain, sink, limits)
        bag.run()
    finally:
        reader.close()
    verified = _verify(bag, our_recipients, signer_check, namespace, formats)
    plain.report(final=True)
    return verified
