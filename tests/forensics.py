"""What a forensic examiner holding the data key reads in a vault's files: every page of
vault.db and of vault.db-wal, decrypted here independently of SQLCipher.

SQLCipher 4 page format (defaults, raw key): pages of 4096 bytes, 80 reserved bytes at the
end of each = a 16-byte IV and a 64-byte HMAC-SHA512; AES-256-CBC without padding under the
raw key itself; the HMAC key is PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2 iterations,
32 bytes), and the HMAC covers the ciphertext, the IV and the page number (4 bytes, little
endian). Page 1 begins with the 16-byte salt instead of "SQLite format 3\\0", and its
ciphertext begins after it. The WAL is a 32-byte header, then frames: a 24-byte frame header
(page number, big endian, first) and one encrypted page.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
IV_LEN = 16
SALT_LEN = 16
HMAC_LEN = 64
WAL_HEADER = 32
FRAME_HEADER = 24
SQLITE_MAGIC = b"SQLite format 3\x00"


class PageHmacMismatch(AssertionError):
    """A page whose HMAC does not verify: the key or the page format is wrong."""


@dataclass(frozen=True)
class Page:
    source: str  # "db" or "wal"
    number: int  # the database page number
    plain: bytes  # the decrypted page (page 1 with SQLite's magic in place of the salt)


def salt_of(db_path: Path) -> bytes:
    with db_path.open("rb") as fh:
        salt = fh.read(SALT_LEN)
    assert len(salt) == SALT_LEN, "no database file"
    return salt


def hmac_key(data_key: bytes, salt: bytes) -> bytes:
    hmac_salt = bytes(b ^ 0x3A for b in salt)
    return hashlib.pbkdf2_hmac("sha512", data_key, hmac_salt, 2, 32)


def decrypt_page(data_key: bytes, mac_key: bytes, number: int, raw: bytes) -> bytes:
    """One page, its HMAC checked first (PageHmacMismatch if it fails)."""
    assert len(raw) == PAGE
    offset = SALT_LEN if number == 1 else 0
    end = PAGE - RESERVE
    ciphertext = raw[offset:end]
    iv = raw[end:end + IV_LEN]
    tag = raw[end + IV_LEN:end + IV_LEN + HMAC_LEN]
    expected = hmac.new(mac_key, ciphertext + iv + number.to_bytes(4, "little"),
                        hashlib.sha512).digest()
    if not hmac.compare_digest(expected, tag):
        raise PageHmacMismatch(f"page {number}")
    decryptor = Cipher(algorithms.AES(data_key), modes.CBC(iv)).decryptor()
    plain = decryptor.update(ciphertext) + decryptor.finalize()
    head = SQLITE_MAGIC if number == 1 else b""
    return head + plain + bytes(RESERVE)


def _is_unused(raw: bytes) -> bool:
    """A page slot SQLite never wrote (all zero): nothing to decrypt."""
    return not any(raw)


def db_pages(db_path: Path, data_key: bytes) -> list[Page]:
    data = db_path.read_bytes()
    assert len(data) % PAGE == 0, "vault.db is not a whole number of pages"
    mac_key = hmac_key(data_key, data[:SALT_LEN])
    pages = []
    for index in range(len(data) // PAGE):
        raw = data[index * PAGE:(index + 1) * PAGE]
        if _is_unused(raw):
            continue
        pages.append(Page("db", index + 1, decrypt_page(data_key, mac_key, index + 1, raw)))
    return pages


def wal_pages(wal_path: Path, salt: bytes, data_key: bytes) -> list[Page]:
    """Every frame in the WAL file, the old ones too (a WAL is reused from its start, so
    frames after the last commit may still hold pages of earlier transactions)."""
    if not wal_path.exists():
        return []
    data = wal_path.read_bytes()
    if len(data) < WAL_HEADER:
        return []
    mac_key = hmac_key(data_key, salt)
    pages = []
    pos = WAL_HEADER
    while pos + FRAME_HEADER + PAGE <= len(data):
        number = int.from_bytes(data[pos:pos + 4], "big")
        raw = data[pos + FRAME_HEADER:pos + FRAME_HEADER + PAGE]
        pos += FRAME_HEADER + PAGE
        if number == 0 or _is_unused(raw):
            continue
        pages.append(Page("wal", number, decrypt_page(data_key, mac_key, number, raw)))
    return pages


def all_pages(vault_dir: Path, data_key: bytes) -> list[Page]:
    db_path = vault_dir / "vault.db"
    salt = salt_of(db_path)
    return db_pages(db_path, data_key) + wal_pages(vault_dir / "vault.db-wal", salt, data_key)


def check_first_page(page: Page) -> None:
    """Known plaintext of page 1: SQLite's header fields after the salt (page size 4096 big
    endian at 16, file format versions 2/2 for WAL at 18-19, 80 reserved bytes at 20, the
    payload fractions 64/32/32 at 21-23) and the schema table's b-tree page at 100."""
    assert page.number == 1
    plain = page.plain
    assert int.from_bytes(plain[16:18], "big") == PAGE
    assert plain[18:20] == b"\x02\x02"
    assert plain[20] == RESERVE
    assert plain[21:24] == bytes([64, 32, 32])
    assert plain[100] in (0x05, 0x0D)  # interior or leaf table b-tree


def pages_holding(pages: list[Page], needle: str) -> list[tuple[str, int]]:
    """(source, page number) of every page whose bytes hold `needle` in UTF-8."""
    raw = needle.encode("utf-8")
    return [(p.source, p.number) for p in pages if raw in p.plain]
