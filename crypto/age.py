"""A restricted age v1 (https://c2sp.org/age) on `cryptography`.

Supported: X25519 recipients (write and read), scrypt (read only), binary files only.
Not supported: ASCII armor (refused with `AgeArmorUnsupported`), plugins, and the
post-quantum mlkem768x25519 type (its stanzas are ignored like any unknown type).

The payload layer is public as `PayloadWriter`/`PayloadReader`: a 16-byte nonce followed by
STREAM (64 KiB ChaCha20-Poly1305 chunks, 11-byte big-endian counter, last-chunk flag) under
a random 16-byte file key. Attachment blobs use it directly; age files add the header.

Limits on hostile input: the header may not exceed `MAX_HEADER_SIZE` bytes nor hold more
than `MAX_STANZAS` stanzas; scrypt work factors above the identity's maximum (at most
`MAX_SCRYPT_WORK_FACTOR`) are refused before any work. Readers hold at most two chunk
buffers plus a few KiB; no read is unbounded.

Every problem with the input surfaces as a subclass of `AgeError` (crypto.errors), a cancel
as `Cancelled`; `OSError` from the underlying files propagates unchanged. Wrong argument types
or key sizes raise `ValueError`.
"""

from __future__ import annotations

import binascii
import io
import os
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from types import TracebackType
from typing import BinaryIO, Final, Protocol, Self

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from crypto import bech32
from crypto.errors import (
    AgeArmorUnsupported,
    AgeError,
    AgeHeaderError,
    AgeHeaderMacError,
    AgeKeyError,
    AgeNoMatch,
    AgePayloadError,
    Bech32Error,
    Cancelled,
    HeaderFailure,
    PayloadFailure,
)

__all__ = [
    "CHUNK_SIZE",
    "MAX_HEADER_SIZE",
    "MAX_SCRYPT_WORK_FACTOR",
    "MAX_STANZAS",
    "AgeReader",
    "AgeWriter",
    "Identity",
    "PayloadReader",
    "PayloadWriter",
    "ScryptIdentity",
    "Stanza",
    "X25519Identity",
    "X25519Recipient",
    "decrypt",
    "decrypt_payload",
    "encrypt",
    "encrypt_payload",
]

VERSION_LINE: Final = b"age-encryption.org/v1\n"
CHUNK_SIZE: Final = 64 * 1024
TAG_SIZE: Final = 16
ENC_CHUNK_SIZE: Final = CHUNK_SIZE + TAG_SIZE
NONCE_SIZE: Final = 16
FILE_KEY_SIZE: Final = 16
MAC_SIZE: Final = 32
#: Largest header we parse (a header with 1,000 X25519 stanzas is about 100 KiB).
MAX_HEADER_SIZE: Final = 1024 * 1024
#: Most stanzas we accept in a header (and write: more recipients are refused).
MAX_STANZAS: Final = 1024
#: Hard ceiling for scrypt: 2**22 costs 4 GiB of memory and about 20 s here.
MAX_SCRYPT_WORK_FACTOR: Final = 22

_MAX_COUNTER: Final = 1 << 88
_COLUMNS: Final = 64
_ZERO_NONCE: Final = bytes(12)
_BATCH: Final = 16  # chunks per read or write call on the underlying file
_IO_BLOCK: Final = _BATCH * CHUNK_SIZE
_PROGRESS_STEP: Final = 1024 * 1024
_X25519_LABEL: Final = b"age-encryption.org/v1/X25519"
_SCRYPT_LABEL: Final = b"age-encryption.org/v1/scrypt"
_ARG_RE: Final = re.compile(rb"[\x21-\x7e]+")
_B64_RE: Final = re.compile(rb"[A-Za-z0-9+/]*")
_DECIMAL_RE: Final = re.compile(r"[1-9][0-9]{0,8}")
_ARMOR_RE: Final = re.compile(rb"^[ \t\r]*-----", re.MULTILINE)
_ARMOR_PEEK: Final = 1024

Progress = Callable[[int, int], None]


# --- primitives -------------------------------------------------------------------------------


def _hkdf(ikm: bytes, salt: bytes | None, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def _b64encode(data: bytes) -> bytes:
    return binascii.b2a_base64(data, newline=False).rstrip(b"=")


def _b64decode(s: bytes) -> bytes:
    """Decode canonical, unpadded standard base64 or raise AgeHeaderError."""
    if len(s) % 4 == 1 or not _B64_RE.fullmatch(s):
        raise AgeHeaderError(HeaderFailure.MALFORMED)
    try:
        out = binascii.a2b_base64(s + b"=" * (-len(s) % 4), strict_mode=True)
    except binascii.Error:
        raise AgeHeaderError(HeaderFailure.MALFORMED) from None
    if _b64encode(out) != s:
        raise AgeHeaderError(HeaderFailure.MALFORMED)
    return out


def _check_file_key(file_key: bytes) -> bytes:
    if not isinstance(file_key, bytes | bytearray) or len(file_key) != FILE_KEY_SIZE:
        raise ValueError("file key must be 16 bytes")
    return bytes(file_key)


# --- recipients and identities ----------------------------------------------------------------


class Stanza:
    """One recipient stanza: its arguments (the first is the type) and its decoded body."""

    __slots__ = ("args", "body")

    def __init__(self, args: Sequence[str], body: bytes) -> None:
        self.args = tuple(args)
        self.body = body

    @property
    def type(self) -> str:
        """The stanza type, its first argument."""
        return self.args[0]

    def encode(self) -> bytes:
        """The stanza as it appears in a header."""
        b64 = _b64encode(self.body)
        lines = [b"-> " + " ".join(self.args).encode("ascii")]
        lines += [b64[i : i + _COLUMNS] for i in range(0, len(b64), _COLUMNS)]
        if len(b64) % _COLUMNS == 0:
            lines.append(b"")
        return b"\n".join(lines) + b"\n"


class X25519Recipient:
    """An age X25519 recipient (`age1...`)."""

    __slots__ = ("_key", "_raw")

    def __init__(self, public_key: X25519PublicKey) -> None:
        self._key = public_key
        self._raw = public_key.public_bytes_raw()

    @classmethod
    def from_bytes(cls, raw: bytes) -> X25519Recipient:
        """Build from the 32-byte public key."""
        if len(raw) != 32:
            raise AgeKeyError("X25519 recipient must be 32 bytes")
        key = X25519PublicKey.from_public_bytes(bytes(raw))
        try:  # refuse low-order points now rather than at the first encryption
            X25519PrivateKey.generate().exchange(key)
        except ValueError:
            raise AgeKeyError("low-order X25519 recipient") from None
        return cls(key)

    @classmethod
    def from_string(cls, s: str) -> X25519Recipient:
        """Parse `age1...` (lowercase Bech32, strict)."""
        try:
            hrp, data = bech32.decode(s)
        except Bech32Error as e:
            raise AgeKeyError(f"malformed recipient: {e}") from None
        if hrp != "age" or len(data) != 32:
            raise AgeKeyError("not an age X25519 recipient")
        return cls.from_bytes(data)

    def to_string(self) -> str:
        """The `age1...` encoding."""
        return bech32.encode("age", self._raw)

    def public_bytes(self) -> bytes:
        """The raw 32-byte public key."""
        return self._raw

    def wrap(self, file_key: bytes) -> Stanza:
        """Wrap a file key in a fresh X25519 stanza."""
        ephemeral = X25519PrivateKey.generate()
        share = ephemeral.public_key().public_bytes_raw()
        try:
            secret = ephemeral.exchange(self._key)
        except ValueError:
            raise AgeKeyError("low-order X25519 recipient") from None
        key = _hkdf(secret, share + self._raw, _X25519_LABEL)
        body = ChaCha20Poly1305(key).encrypt(_ZERO_NONCE, _check_file_key(file_key), None)
        return Stanza(("X25519", _b64encode(share).decode("ascii")), body)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, X25519Recipient) and other._raw == self._raw

    def __hash__(self) -> int:
        return hash(self._raw)

    def __repr__(self) -> str:
        return f"X25519Recipient({self.to_string()!r})"

    __str__ = to_string


class X25519Identity:
    """An age X25519 identity (`AGE-SECRET-KEY-1...`)."""

    __slots__ = ("_key", "_recipient")

    def __init__(self, private_key: X25519PrivateKey) -> None:
        self._key = private_key
        self._recipient = X25519Recipient(private_key.public_key())

    @classmethod
    def generate(cls) -> X25519Identity:
        """A new random identity."""
        return cls(X25519PrivateKey.generate())

    @classmethod
    def from_bytes(cls, raw: bytes) -> X25519Identity:
        """Build from the 32-byte secret scalar."""
        if len(raw) != 32:
            raise AgeKeyError("X25519 identity must be 32 bytes")
        return cls(X25519PrivateKey.from_private_bytes(bytes(raw)))

    @classmethod
    def from_string(cls, s: str) -> X25519Identity:
        """Parse `AGE-SECRET-KEY-1...` (uppercase Bech32, strict)."""
        try:
            hrp, data = bech32.decode(s)
        except Bech32Error:
            raise AgeKeyError("malformed identity") from None  # never echo secrets
        if hrp != "AGE-SECRET-KEY-" or len(data) != 32:
            raise AgeKeyError("not an age X25519 identity")
        return cls.from_bytes(data)

    def to_string(self) -> str:
        """The `AGE-SECRET-KEY-1...` encoding (a secret)."""
        return bech32.encode("age-secret-key-", self.private_bytes()).upper()

    def private_bytes(self) -> bytes:
        """The raw 32-byte secret (handle with care)."""
        return self._key.private_bytes_raw()

    @property
    def recipient(self) -> X25519Recipient:
        """The matching public recipient."""
        return self._recipient

    def unwrap(self, stanza: Stanza) -> bytes | None:
        """The file key if the stanza is ours, None if not; AgeHeaderError if malformed."""
        if stanza.type != "X25519":
            return None
        if len(stanza.args) != 2:
            raise AgeHeaderError(HeaderFailure.BAD_STANZA)
        share = _b64decode(stanza.args[1].encode("ascii"))
        if len(share) != 32 or len(stanza.body) != FILE_KEY_SIZE + TAG_SIZE:
            raise AgeHeaderError(HeaderFailure.BAD_STANZA)
        try:
            secret = self._key.exchange(X25519PublicKey.from_public_bytes(share))
        except ValueError:  # all-zero shared secret: low-order or identity point
            raise AgeHeaderError(HeaderFailure.LOW_ORDER_POINT) from None
        if secret == bytes(32):  # cryptography refuses these already; keep the spec's check
            raise AgeHeaderError(HeaderFailure.LOW_ORDER_POINT)
        key = _hkdf(secret, share + self._recipient.public_bytes(), _X25519_LABEL)
        try:
            return ChaCha20Poly1305(key).decrypt(_ZERO_NONCE, stanza.body, None)
        except InvalidTag:
            return None

    def __repr__(self) -> str:
        return f"X25519Identity(recipient={self._recipient.to_string()!r})"


class ScryptIdentity:
    """A passphrase, for reading scrypt-encrypted age files only."""

    __slots__ = ("_max_work_factor", "_passphrase")

    def __init__(self, passphrase: bytes, max_work_factor: int = MAX_SCRYPT_WORK_FACTOR) -> None:
        if not 1 <= max_work_factor <= MAX_SCRYPT_WORK_FACTOR:
            raise ValueError("max_work_factor must be in 1..22")
        self._passphrase = bytes(passphrase)
        self._max_work_factor = max_work_factor

    def unwrap(self, stanza: Stanza) -> bytes | None:
        """The file key if the passphrase opens the stanza, None if not."""
        if stanza.type != "scrypt":
            return None
        if len(stanza.args) != 3:
            raise AgeHeaderError(HeaderFailure.BAD_STANZA)
        salt = _b64decode(stanza.args[1].encode("ascii"))
        if len(salt) != 16 or not _DECIMAL_RE.fullmatch(stanza.args[2]):
            raise AgeHeaderError(HeaderFailure.BAD_STANZA)
        log_n = int(stanza.args[2])
        if log_n > self._max_work_factor:
            raise AgeHeaderError(HeaderFailure.WORK_FACTOR_TOO_HIGH)
        if len(stanza.body) != FILE_KEY_SIZE + TAG_SIZE:
            raise AgeHeaderError(HeaderFailure.BAD_STANZA)
        try:
            key = Scrypt(salt=_SCRYPT_LABEL + salt, length=32, n=1 << log_n, r=8, p=1).derive(
                self._passphrase
            )
        except (ValueError, MemoryError):
            raise AgeHeaderError(HeaderFailure.WORK_FACTOR_TOO_HIGH) from None
        try:
            return ChaCha20Poly1305(key).decrypt(_ZERO_NONCE, stanza.body, None)
        except InvalidTag:
            return None

    def __repr__(self) -> str:
        return f"ScryptIdentity(max_work_factor={self._max_work_factor})"


class Identity(Protocol):
    """Anything that can try to unwrap a stanza (X25519Identity, ScryptIdentity)."""

    def unwrap(self, stanza: Stanza) -> bytes | None:
        """The file key, None if the stanza is not for us, or AgeHeaderError."""
        ...


# --- low-level I/O ----------------------------------------------------------------------------


class _Source:
    """A binary source with a small read-ahead buffer, bounded reads only."""

    __slots__ = ("_buf", "_raw", "_readinto")

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._buf = bytearray()
        self._readinto: Callable[[memoryview], int | None] | None = getattr(raw, "readinto", None)

    def _read_raw(self, n: int) -> bytes:
        data = self._raw.read(n)
        return bytes(data[:n]) if data else b""

    def readline(self, limit: int) -> bytes:
        """Up to and including the next LF within `limit` bytes; without LF if none."""
        start = 0
        while True:
            i = self._buf.find(b"\n", start, limit)
            if i >= 0:
                line = bytes(self._buf[: i + 1])
                del self._buf[: i + 1]
                return line
            if len(self._buf) >= limit:
                return bytes(self._buf[:limit])
            start = len(self._buf)
            more = self._read_raw(4096)
            if not more:
                line = bytes(self._buf)
                self._buf.clear()
                return line
            self._buf += more

    def peek(self, n: int) -> bytes:
        """Up to n bytes without consuming them."""
        while len(self._buf) < n:
            more = self._read_raw(n - len(self._buf))
            if not more:
                break
            self._buf += more
        return bytes(self._buf[:n])

    def take(self, n: int) -> bytes:
        """Up to n bytes, consumed."""
        data = self.peek(n)
        del self._buf[: len(data)]
        return data

    def remaining(self) -> int:
        """Bytes left (read-ahead included) when the source can tell, else -1."""
        rest = _remaining(self._raw)
        return -1 if rest < 0 else rest + len(self._buf)

    def readfull(self, mv: memoryview) -> int:
        """Fill mv until full or end of input; return the count."""
        n = 0
        if self._buf:
            n = min(len(self._buf), len(mv))
            mv[:n] = self._buf[:n]
            del self._buf[:n]
        want = len(mv)
        while n < want:
            if self._readinto is not None:
                got = self._readinto(mv[n:]) or 0
            else:
                data = self._read_raw(want - n)
                got = len(data)
                mv[n : n + got] = data
            if got <= 0:
                break
            n += got
        return n


def _write_all(dst: BinaryIO, data: memoryview) -> None:
    """Write everything, also to raw files that accept short writes (not non-blocking ones)."""
    while data:
        n = dst.write(data)
        if n is None or n >= len(data):  # None: a legacy file-like that wrote it all
            return
        if n <= 0:
            raise OSError("destination accepted no bytes")
        data = data[n:]


def _readinto(src: BinaryIO, mv: memoryview) -> int:
    readinto = getattr(src, "readinto", None)
    if readinto is not None:
        return int(readinto(mv) or 0)
    data = src.read(len(mv))
    mv[: len(data)] = data
    return len(data)


def _remaining(src: BinaryIO) -> int:
    """Bytes left in a seekable source, or -1 when unknown."""
    try:
        if src.seekable():
            pos = src.tell()
            end = src.seek(0, io.SEEK_END)
            src.seek(pos)
            return max(end - pos, 0)
    except (OSError, ValueError, AttributeError):
        pass
    return -1


def _set_nonce(nonce: bytearray, counter: int, final: bool) -> None:
    if counter >= _MAX_COUNTER:
        raise AgeError("STREAM counter overflow")
    nonce[:11] = counter.to_bytes(11, "big")
    nonce[11] = 1 if final else 0


# --- payload (STREAM) -------------------------------------------------------------------------


class PayloadWriter:
    """Streaming STREAM encryption: writes the nonce, then 64 KiB chunks.

    Each write() hands every chunk it completes to dst before returning, except the last
    full one, held until more data shows it is not the final chunk. `close()` writes the
    final chunk (and never closes dst). Leaving a `with` block by an exception, or calling
    `abort()`, writes no final chunk, so no reader will accept the output.
    """

    def __init__(self, dst: BinaryIO, file_key: bytes) -> None:
        file_key = _check_file_key(file_key)
        self._dst = dst
        nonce = os.urandom(NONCE_SIZE)
        self._aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
        self._buf = memoryview(bytearray(CHUNK_SIZE))  # plaintext of the pending chunk
        self._fill = 0
        self._out = memoryview(bytearray(_BATCH * ENC_CHUNK_SIZE))  # ciphertext batch
        self._out_fill = 0
        self._nonce = bytearray(12)
        self._counter = 0
        self._closed = False
        self._broken = False
        self._written = 0
        _write_all(dst, memoryview(nonce))

    @property
    def closed(self) -> bool:
        """True after close() or abort()."""
        return self._closed

    def writable(self) -> bool:
        """True while open."""
        return not self._closed

    def tell(self) -> int:
        """Plaintext bytes accepted so far."""
        return self._written

    def _seal(self, data: memoryview, final: bool) -> None:
        end = self._out_fill + len(data) + TAG_SIZE
        if end > len(self._out):
            self._flush_out()
            end = len(data) + TAG_SIZE
        _set_nonce(self._nonce, self._counter, final)
        self._aead.encrypt_into(self._nonce, data, None, self._out[self._out_fill : end])
        self._counter += 1
        self._out_fill = end

    def _flush_out(self) -> None:
        if self._out_fill:
            try:
                _write_all(self._dst, self._out[: self._out_fill])
            except BaseException:
                self._broken = True
                raise
            self._out_fill = 0

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """Encrypt and write whole chunks as soon as more data follows them."""
        if self._closed or self._broken:
            raise ValueError("write to a closed or failed writer")
        with memoryview(data) as outer, outer.cast("B") as mv:
            n = len(mv)
            pos = 0
            if n and self._fill:
                if self._fill == CHUNK_SIZE:
                    self._seal(self._buf, final=False)
                    self._fill = 0
                else:
                    pos = min(CHUNK_SIZE - self._fill, n)
                    self._buf[self._fill : self._fill + pos] = mv[:pos]
                    self._fill += pos
                    if self._fill == CHUNK_SIZE and pos < n:
                        self._seal(self._buf, final=False)
                        self._fill = 0
            while n - pos > CHUNK_SIZE:  # whole chunks straight from the caller's buffer
                self._seal(mv[pos : pos + CHUNK_SIZE], final=False)
                pos += CHUNK_SIZE
            if pos < n:
                self._buf[: n - pos] = mv[pos:]
                self._fill = n - pos
            self._flush_out()
            self._written += n
            return n

    def flush(self) -> None:
        """Flush dst (plaintext of an incomplete chunk stays here)."""
        self._dst.flush()

    def close(self) -> None:
        """Write the final chunk. Does not close dst."""
        if self._closed:
            return
        if self._broken:
            raise ValueError("writer failed earlier; output is incomplete")
        self._seal(self._buf[: self._fill], final=True)
        self._flush_out()
        self._closed = True
        self._wipe()

    def abort(self) -> None:
        """Stop without a final chunk: the output will never decrypt cleanly."""
        self._closed = True
        self._wipe()

    def _wipe(self) -> None:
        self._buf[:] = bytes(CHUNK_SIZE)
        self._fill = 0
        self._out_fill = 0

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


class _ChunkDecryptor:
    """Decrypts STREAM a batch of chunks at a time; errors come only after released data."""

    def __init__(self, src: _Source, payload_key: bytes) -> None:
        self._src = src
        self._aead = ChaCha20Poly1305(payload_key)
        # Buffers for a batch of chunks, or only as many as a shorter input needs: a small
        # file (a team event, a receipt) then costs 128 KiB of buffers, not 2 MiB to
        # allocate and wipe. The input is still read until it ends, whatever it said.
        rest = src.remaining()
        batch = _BATCH if rest < 0 else max(1, min(_BATCH, rest // ENC_CHUNK_SIZE + 1))
        self._in = memoryview(bytearray(batch * ENC_CHUNK_SIZE))
        self._avail = 0  # ciphertext bytes in _in
        self._pos = 0  # next chunk starts here
        self._eof = False  # _in holds the end of the input
        self._out = memoryview(bytearray(batch * CHUNK_SIZE))
        self._nonce = bytearray(12)
        self._counter = 0
        self._done = False
        self._error: tuple[PayloadFailure, int, int] | None = None
        self.released = 0
        self.consumed = 0  # ciphertext bytes taken from the source

    def _fail(self, reason: PayloadFailure) -> AgePayloadError:
        # Keep the data, not the exception: a stored exception would pin its frames.
        self._error = (reason, self._counter, self.released)
        return AgePayloadError(*self._error)

    def _open(self, ct: memoryview, out: memoryview, final: bool) -> bool:
        _set_nonce(self._nonce, self._counter, final)
        try:
            self._aead.decrypt_into(self._nonce, ct, None, out)
        except InvalidTag:
            return False
        return True

    def _chunk(self, out: memoryview) -> int:
        """Decrypt the chunk at _pos into out; return its plaintext size, or raise."""
        n = min(ENC_CHUNK_SIZE, self._avail - self._pos)
        if n < TAG_SIZE:  # nothing, or not even a tag: the stream was cut
            raise self._fail(PayloadFailure.TRUNCATED)
        ct = self._in[self._pos : self._pos + n]
        size = n - TAG_SIZE
        pt = out[:size]
        final = n < ENC_CHUNK_SIZE
        if not final and not self._open(ct, pt, final=False):
            final = True  # a full chunk may be the final one
            if not self._open(ct, pt, final=True):
                raise self._fail(PayloadFailure.TAG)
        elif final:
            if not self._open(ct, pt, final=True):
                raise self._fail(PayloadFailure.TAG)
            if not size and self._counter:
                raise self._fail(PayloadFailure.EMPTY_FINAL_CHUNK)
        self._counter += 1
        self._pos += n
        self.released += size
        if final:
            self._done = True
            if self._pos < self._avail or (not self._eof and self._src.peek(1)):
                self._fail(PayloadFailure.TRAILING_DATA)  # raised on the next call
        return size

    def next_block(self) -> memoryview | None:
        """Plaintext of the next chunks (valid until the next call), None at the clean end."""
        if self._error is not None:
            raise AgePayloadError(*self._error)
        if self._done:
            return None
        if self._pos >= self._avail:
            self._avail = self._src.readfull(self._in)
            self._pos = 0
            self._eof = self._avail < len(self._in)
            self.consumed += self._avail
        done = 0
        while True:
            try:
                size = self._chunk(self._out[done:])
            except AgePayloadError:
                if done:
                    return self._out[:done]  # the error is raised by the next call
                raise
            done += size
            if self._done or self._pos >= self._avail:
                return self._out[:done]

    def wipe(self) -> None:
        """Overwrite the plaintext buffer."""
        self._out[:] = bytes(len(self._out))


class _PlaintextReader(io.BufferedIOBase):
    """File-like plaintext view of a STREAM payload (read, readinto, read1)."""

    _chunks: _ChunkDecryptor

    def _start(self, src: _Source, file_key: bytes, nonce: bytes) -> None:
        self._chunks = _ChunkDecryptor(src, _hkdf(file_key, nonce, b"payload"))
        self._cur = memoryview(b"")
        self._pos = 0

    def readable(self) -> bool:
        """True."""
        return True

    def _fill(self) -> bool:
        """Make the current chunk non-empty; False at the clean end."""
        while self._pos >= len(self._cur):
            chunk = self._chunks.next_block()
            if chunk is None:
                return False
            self._cur, self._pos = chunk, 0
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        """Fill buffer as far as the plaintext goes; errors come after released data."""
        if self.closed:
            raise ValueError("read from a closed reader")
        with memoryview(buffer) as outer, outer.cast("B") as mv:
            done = 0
            while done < len(mv):
                try:
                    if not self._fill():
                        break
                except AgeError:
                    if done:
                        return done  # the decryptor raises the same error on the next call
                    raise
                k = min(len(mv) - done, len(self._cur) - self._pos)
                mv[done : done + k] = self._cur[self._pos : self._pos + k]
                self._pos += k
                done += k
            return done

    def readinto1(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        """Like readinto, but from at most one chunk."""
        if self.closed:
            raise ValueError("read from a closed reader")
        with memoryview(buffer) as outer, outer.cast("B") as mv:
            if not mv or not self._fill():
                return 0
            k = min(len(mv), len(self._cur) - self._pos)
            mv[:k] = self._cur[self._pos : self._pos + k]
            self._pos += k
            return k

    def read(self, size: int | None = -1) -> bytes:
        """Up to size bytes (all remaining if negative); short only at the end."""
        if size is None or size < 0:
            return self.readall()
        if self.closed:
            raise ValueError("read from a closed reader")
        if self._pos + size <= len(self._cur):
            out = bytes(self._cur[self._pos : self._pos + size])
            self._pos += size
            return out
        buf = bytearray(size)
        n = self.readinto(buf)
        del buf[n:]
        return bytes(buf)

    def read1(self, size: int = -1) -> bytes:
        """Up to size bytes from at most one chunk."""
        if self.closed:
            raise ValueError("read from a closed reader")
        if not self._fill():
            return b""
        end = len(self._cur) if size < 0 else min(len(self._cur), self._pos + size)
        out = bytes(self._cur[self._pos : end])
        self._pos = end
        return out

    def readall(self) -> bytes:
        """All remaining plaintext, or the error (memory grows with the file: prefer read(n))."""
        if self.closed:
            raise ValueError("read from a closed reader")
        parts: list[bytes] = []
        while self._fill():  # unlike read(n), an error here discards what came before
            parts.append(bytes(self._cur[self._pos :]))
            self._pos = len(self._cur)
        return b"".join(parts)

    @property
    def released(self) -> int:
        """Plaintext bytes authenticated so far."""
        return self._chunks.released

    def close(self) -> None:
        """Drop buffered plaintext. Does not close src."""
        if not self.closed and hasattr(self, "_chunks"):
            self._cur = memoryview(b"")
            self._chunks.wipe()
        super().close()

    def _copy_to(
        self, dst: BinaryIO, on_block: Callable[[int], None] | None, cancel: threading.Event | None
    ) -> int:
        """Write the remaining plaintext to dst a block at a time; return bytes written."""
        written = len(self._cur) - self._pos
        if written:
            _write_all(dst, self._cur[self._pos :])
            self._pos = len(self._cur)
        while True:
            if cancel is not None and cancel.is_set():
                raise Cancelled(self._chunks.consumed)
            block = self._chunks.next_block()
            if block is None:
                return written
            _write_all(dst, block)
            written += len(block)
            if on_block is not None:
                on_block(self._chunks.consumed)


class PayloadReader(_PlaintextReader):
    """Streaming decryption of nonce + STREAM under a 16-byte file key. Never closes src."""

    def __init__(self, src: BinaryIO, file_key: bytes) -> None:
        super().__init__()
        file_key = _check_file_key(file_key)
        source = _Source(src)
        nonce = source.take(NONCE_SIZE)
        if len(nonce) != NONCE_SIZE:
            raise AgePayloadError(PayloadFailure.TRUNCATED, 0, 0)
        self._start(source, file_key, nonce)


# --- header -----------------------------------------------------------------------------------


def _header_mac(file_key: bytes, header: bytes) -> hmac.HMAC:
    mac = hmac.HMAC(_hkdf(file_key, None, b"header"), hashes.SHA256())
    mac.update(header)
    return mac


def _split_args(line: bytes) -> list[bytes]:
    return line[:-1].split(b" ")


def _parse_header(src: _Source) -> tuple[list[Stanza], bytes, bytes]:
    """Parse a header: the stanzas, the MAC'd bytes (through `---`) and the MAC."""
    first = src.readline(len(VERSION_LINE))
    if first != VERSION_LINE:
        if _ARMOR_RE.search(first + src.peek(_ARMOR_PEEK)):
            raise AgeArmorUnsupported()
        if not first:
            raise AgeHeaderError(HeaderFailure.TRUNCATED)
        raise AgeHeaderError(HeaderFailure.VERSION)
    covered = bytearray(first)
    stanzas: list[Stanza] = []

    def next_line() -> bytes:
        room = MAX_HEADER_SIZE - len(covered)
        line = src.readline(room)
        if not line.endswith(b"\n"):
            reason = HeaderFailure.TOO_LARGE if len(line) >= room else HeaderFailure.TRUNCATED
            raise AgeHeaderError(reason)
        return line

    while True:
        line = next_line()
        if line.startswith(b"---"):
            parts = _split_args(line)
            if parts[0] != b"---" or len(parts) != 2:
                raise AgeHeaderError(HeaderFailure.MALFORMED)
            mac = _b64decode(parts[1])
            if len(mac) != MAC_SIZE:
                raise AgeHeaderError(HeaderFailure.MALFORMED)
            covered += b"---"
            break
        if not line.startswith(b"->"):
            raise AgeHeaderError(HeaderFailure.MALFORMED)
        parts = _split_args(line)
        if parts[0] != b"->" or len(parts) < 2 or not all(map(_ARG_RE.fullmatch, parts[1:])):
            raise AgeHeaderError(HeaderFailure.MALFORMED)
        covered += line
        body = bytearray()
        while True:
            body_line = next_line()
            covered += body_line
            text = body_line[:-1]
            if len(text) > _COLUMNS:
                raise AgeHeaderError(HeaderFailure.MALFORMED)
            body += _b64decode(text)
            if len(text) < _COLUMNS:
                break
        if len(stanzas) == MAX_STANZAS:
            raise AgeHeaderError(HeaderFailure.TOO_MANY_STANZAS)
        stanzas.append(Stanza([a.decode("ascii") for a in parts[1:]], bytes(body)))
    if not stanzas:
        raise AgeHeaderError(HeaderFailure.NO_STANZAS)
    return stanzas, bytes(covered), mac


def _unwrap(stanzas: Sequence[Stanza], identities: Iterable[Identity]) -> bytes:
    if len(stanzas) > 1 and any(s.type == "scrypt" for s in stanzas):
        raise AgeHeaderError(HeaderFailure.SCRYPT_NOT_ALONE)
    for identity in identities:
        for stanza in stanzas:
            file_key = identity.unwrap(stanza)
            if file_key is not None:
                if len(file_key) != FILE_KEY_SIZE:
                    raise AgeHeaderError(HeaderFailure.BAD_STANZA)
                return file_key
    raise AgeNoMatch(tuple(s.type for s in stanzas))


class AgeReader(_PlaintextReader):
    """Streaming age decryption; the header is checked in the constructor. Never closes src.

    Plaintext is released chunk by chunk as each authenticates; a payload error is raised
    only once the data before it has been read, so treat any error as fatal for the file.
    """

    def __init__(self, src: BinaryIO, identities: Iterable[Identity]) -> None:
        super().__init__()
        source = _Source(src)
        stanzas, covered, mac = _parse_header(source)
        file_key = _unwrap(stanzas, identities)
        try:
            _header_mac(file_key, covered).verify(mac)
        except InvalidSignature:
            raise AgeHeaderMacError() from None
        nonce = source.take(NONCE_SIZE)
        if len(nonce) != NONCE_SIZE:
            raise AgeHeaderError(HeaderFailure.NONCE)
        self.stanza_types = tuple(s.type for s in stanzas)
        self._start(source, file_key, nonce)


class AgeWriter(PayloadWriter):
    """Streaming age encryption to X25519 recipients (header written at construction)."""

    def __init__(self, dst: BinaryIO, recipients: Sequence[X25519Recipient]) -> None:
        if not recipients:
            raise ValueError("at least one recipient is required")
        if len(recipients) > MAX_STANZAS:
            raise ValueError("too many recipients")
        if not all(isinstance(r, X25519Recipient) for r in recipients):
            raise ValueError("only X25519 recipients are supported for writing")
        file_key = os.urandom(FILE_KEY_SIZE)
        header = VERSION_LINE + b"".join(r.wrap(file_key).encode() for r in recipients) + b"---"
        mac = _header_mac(file_key, header).finalize()
        _write_all(dst, memoryview(header + b" " + _b64encode(mac) + b"\n"))
        super().__init__(dst, file_key)


# --- one-shot helpers -------------------------------------------------------------------------


def _pump(
    src: BinaryIO,
    writer: PayloadWriter,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> int:
    total = _remaining(src)
    block = memoryview(bytearray(_IO_BLOCK))
    done = 0
    try:
        while True:
            if cancel is not None and cancel.is_set():
                raise Cancelled(done)
            n = _readinto(src, block)
            if n <= 0:
                break
            writer.write(block[:n])
            done += n
            if progress is not None:
                progress(done, total)
        writer.close()
    except BaseException:
        writer.abort()
        raise
    if progress is not None:
        progress(done, done)
    return done


def encrypt(
    src: BinaryIO,
    dst: BinaryIO,
    recipients: Sequence[X25519Recipient],
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Encrypt src to an age file on dst; return plaintext bytes.

    progress gets (bytes read, total or -1). On cancel (Cancelled) or any error dst holds
    no final chunk, so it never decrypts; the caller deletes it.
    """
    return _pump(src, AgeWriter(dst, recipients), progress, cancel)


def encrypt_payload(
    src: BinaryIO,
    dst: BinaryIO,
    file_key: bytes,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Like encrypt, but writes only nonce + STREAM under file_key (attachment blobs)."""
    return _pump(src, PayloadWriter(dst, file_key), progress, cancel)


def decrypt(
    src: BinaryIO,
    dst: BinaryIO,
    identities: Iterable[Identity],
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Decrypt an age file from src to dst; return plaintext bytes.

    progress gets (ciphertext bytes read, total or -1) after the header. Authenticated
    plaintext is written before an error is raised: on any AgeError the caller must
    discard dst.
    """
    total = _remaining(src)
    start = src.tell() if total >= 0 else 0
    reader = AgeReader(src, identities)
    return _drain_from(reader, src, dst, progress, cancel, total, start)


def decrypt_payload(
    src: BinaryIO,
    dst: BinaryIO,
    file_key: bytes,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Like decrypt, for nonce + STREAM under file_key (attachment blobs)."""
    total = _remaining(src)
    start = src.tell() if total >= 0 else 0
    reader = PayloadReader(src, file_key)
    return _drain_from(reader, src, dst, progress, cancel, total, start)


def _drain_from(
    reader: _PlaintextReader,
    src: BinaryIO,
    dst: BinaryIO,
    progress: Progress | None,
    cancel: threading.Event | None,
    total: int,
    start: int,
) -> int:
    on_block: Callable[[int], None] | None = None
    if progress is not None:
        report = progress

        def on_block(consumed: int) -> None:
            report(src.tell() - start if total >= 0 else consumed, total)

    try:
        written = reader._copy_to(dst, on_block, cancel)
    finally:
        reader.close()
    if progress is not None:
        end = total if total >= 0 else reader._chunks.consumed
        progress(end, end)
    return written
