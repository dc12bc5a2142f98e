"""The organisation card's QR code holds the exact card bytes; the printable page is saved
privately and never over an existing file.

No QR decoder is installed (and none is added for this), so the code is checked three ways:
segno's own choice of mode and version holds every byte of the card; the PNG's pixels are
exactly the module matrix of that code; and the matrix is read back to bytes by the small
reader in this file (format information, unmasking, the zigzag walk, de-interleaving and the
byte-mode segment), which is enough for an undamaged, computer-drawn code.
"""

from __future__ import annotations

import stat
import struct
import zlib
from pathlib import Path

import pytest
import segno

from app.messages import explain
from app.services import cardqr, organisations
from app.services.errors import CardTooLargeForQr
from crypto.kdf import FLOOR
from crypto.orgcard import MAX_CARD_BYTES
from storage.devicekeyring import DeviceKeyring
from storage.errors import OutputExists
from storage.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture(scope="module")
def card(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    tmp = tmp_path_factory.mktemp("org")
    vault, _ = Vault.create(tmp / "c", PASSPHRASE, FLOOR, DeviceKeyring.none(),
                            role="coordinator")
    with vault:
        # A name outside ASCII: the code must carry UTF-8 bytes, not Latin-1 guesses.
        organisations.create_organisation(vault, "Мемориал – Ташкент", tmp / "org.card")
    return (tmp / "org.card").read_bytes()


def test_segno_encodes_every_byte_of_the_card_in_byte_mode(card: bytes) -> None:
    qr = cardqr.card_qr(card)
    assert 400 < len(card) < 1000
    assert qr.mode == "byte"
    assert qr.error == "M"
    assert not qr.is_micro
    assert qr.designator == f"{qr.version}-M"
    # The same data built independently gives the same code, module for module.
    again = segno.make(card, mode="byte", error="m", boost_error=False, micro=False)
    assert again.designator == qr.designator
    assert [bytes(r) for r in again.matrix] == [bytes(r) for r in qr.matrix]
    assert cardqr.card_qr_matrix(card) == tuple(
        tuple(bool(m) for m in row) for row in again.matrix)


def test_the_code_reads_back_to_the_exact_card_bytes(card: bytes) -> None:
    assert read_qr(cardqr.card_qr_matrix(card)) == card


def test_the_png_shows_exactly_the_code(card: bytes) -> None:
    scale, border = 3, 4
    png = cardqr.card_qr_png(card, scale=scale, border=border)
    pixels = png_dark_pixels(png)
    matrix = cardqr.card_qr_matrix(card)
    size = len(matrix)
    assert len(pixels) == (size + 2 * border) * scale
    modules = tuple(
        tuple(pixels[(border + r) * scale + 1][(border + c) * scale + 1] for c in range(size))
        for r in range(size)
    )
    assert modules == matrix
    assert not any(pixels[0])
    assert not any(pixels[-1])


def test_a_card_too_large_for_any_qr_code_is_a_typed_error() -> None:
    with pytest.raises(CardTooLargeForQr) as caught:
        cardqr.card_qr(b"x" * MAX_CARD_BYTES)
    assert caught.value.size == MAX_CARD_BYTES
    with pytest.raises(ValueError, match="scale"):
        cardqr.card_qr_png(b"card", scale=0)


def test_save_png_is_private_and_never_overwrites(tmp_path: Path, card: bytes) -> None:
    png = cardqr.card_qr_png(card)
    out = tmp_path / cardqr.QR_FILE_NAME
    assert cardqr.save_png(out, png) == out
    assert out.read_bytes() == png
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with pytest.raises(OutputExists) as caught:
        cardqr.save_png(out, b"other")
    assert out.read_bytes() == png
    explanation = explain(caught.value)
    assert explanation is not None
    assert "already exists" in explanation.text
    assert explanation.text.count(".") == 2  # one sentence to say it, one for what to do
    assert sorted(p.name for p in tmp_path.iterdir()) == [cardqr.QR_FILE_NAME]


# -- a PNG reader (segno's PNGs: 8-bit chunks, greyscale or palette, 1 bit per pixel) ------


def png_dark_pixels(png: bytes) -> list[list[bool]]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, palette = 8, b"", None
    width = height = depth = colour = 0
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos:pos + 4])
        kind, body = png[pos + 4:pos + 8], png[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
        elif kind == b"PLTE":
            palette = [body[i:i + 3] for i in range(0, len(body), 3)]
        elif kind == b"IDAT":
            idat += body
    assert depth == 1
    assert colour in (0, 3)
    raw = zlib.decompress(idat)
    stride = (width + 7) // 8
    rows, previous = [], bytes(stride)
    for y in range(height):
        line = raw[y * (stride + 1):(y + 1) * (stride + 1)]
        current = _unfilter(line[0], bytearray(line[1:]), previous)
        previous = bytes(current)
        bits = [(current[x // 8] >> (7 - x % 8)) & 1 for x in range(width)]
        if colour == 3:
            assert palette is not None
            rows.append([palette[b] == b"\x00\x00\x00" for b in bits])
        else:
            rows.append([b == 0 for b in bits])
    return rows


def _unfilter(kind: int, line: bytearray, prev: bytes) -> bytearray:
    for i in range(len(line)):
        left = line[i - 1] if i else 0
        up, up_left = prev[i], (prev[i - 1] if i else 0)
        if kind == 1:
            line[i] = (line[i] + left) & 0xFF
        elif kind == 2:
            line[i] = (line[i] + up) & 0xFF
        elif kind == 3:
            line[i] = (line[i] + (left + up) // 2) & 0xFF
        elif kind == 4:
            p = left + up - up_left
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
            pred = left if pa <= pb and pa <= pc else up if pb <= pc else up_left
            line[i] = (line[i] + pred) & 0xFF
    return line


# -- a QR reader for undamaged codes (ISO/IEC 18004, model 2, level M, byte mode) -----------
# segno's tables give the block structure and the alignment pattern positions; the reading
# itself (and the Reed-Solomon check that proves each block was read right) is written here.

_MASKS = (
    lambda i, j: (i + j) % 2 == 0,
    lambda i, j: i % 2 == 0,
    lambda i, j: j % 3 == 0,
    lambda i, j: (i + j) % 3 == 0,
    lambda i, j: (i // 2 + j // 3) % 2 == 0,
    lambda i, j: (i * j) % 2 + (i * j) % 3 == 0,
    lambda i, j: ((i * j) % 2 + (i * j) % 3) % 2 == 0,
    lambda i, j: ((i + j) % 2 + (i * j) % 3) % 2 == 0,
)


def read_qr(matrix: tuple[tuple[bool, ...], ...]) -> bytes:
    size = len(matrix)
    version = (size - 17) // 4
    function = _function_modules(size, version)
    found = []
    for mask in _MASKS:  # the one mask whose reading passes every Reed-Solomon check
        bits = _zigzag(matrix, function, mask)
        data = _deinterleave(bits, version)
        if data is not None:
            found.append(_byte_segment(data, version))
    assert len(found) == 1
    return found[0]


def _function_modules(size: int, version: int) -> set[tuple[int, int]]:
    cells: set[tuple[int, int]] = set()

    def block(rows: range, cols: range) -> None:
        cells.update((r, c) for r in rows for c in cols)

    block(range(9), range(9))  # finders, separators, format information, dark module
    block(range(9), range(size - 8, size))
    block(range(size - 8, size), range(9))
    block(range(size), range(6, 7))  # timing patterns
    block(range(6, 7), range(size))
    if version >= 2:
        positions = segno.consts.ALIGNMENT_POS[version - 2]
        corners = {(positions[0], positions[0]), (positions[0], positions[-1]),
                   (positions[-1], positions[0])}
        for r in positions:
            for c in positions:
                if (r, c) not in corners:
                    block(range(r - 2, r + 3), range(c - 2, c + 3))
    if version >= 7:  # version information
        block(range(6), range(size - 11, size - 8))
        block(range(size - 11, size - 8), range(6))
    return cells


def _zigzag(matrix: tuple[tuple[bool, ...], ...], function: set[tuple[int, int]],
            mask: object) -> list[int]:
    size, bits, upward, col = len(matrix), [], True, len(matrix) - 1
    while col > 0:
        if col == 6:
            col -= 1
        for row in (range(size - 1, -1, -1) if upward else range(size)):
            for c in (col, col - 1):
                if (row, c) not in function:
                    bits.append(int(matrix[row][c] ^ mask(row, c)))  # type: ignore[operator]
        upward = not upward
        col -= 2
    return bits


def _deinterleave(bits: list[int], version: int) -> bytes | None:
    groups = segno.consts.ECC[version][segno.consts.ERROR_LEVEL_M]
    total = sum(g.num_blocks * g.num_total for g in groups)
    words = [int("".join(map(str, bits[i * 8:i * 8 + 8])), 2) for i in range(total)]
    sizes = [g.num_data for g in groups for _ in range(g.num_blocks)]
    ec_len = groups[0].num_total - groups[0].num_data
    blocks: list[list[int]] = [[] for _ in sizes]
    pos = 0
    for i in range(max(sizes)):
        for b, n in enumerate(sizes):
            if i < n:
                blocks[b].append(words[pos])
                pos += 1
    ecc: list[list[int]] = [[] for _ in sizes]
    for _ in range(ec_len):
        for b in range(len(sizes)):
            ecc[b].append(words[pos])
            pos += 1
    if any(_rs_remainder(data, ec_len) != ec for data, ec in zip(blocks, ecc, strict=True)):
        return None
    return bytes(w for data in blocks for w in data)


def _gf_tables() -> tuple[list[int], list[int]]:
    exp, log, x = [0] * 512, [0] * 256, 1
    for i in range(255):
        exp[i], log[x] = x, i
        x <<= 1
        if x & 0x100:
            x ^= 0x11D
    for i in range(255, 512):
        exp[i] = exp[i - 255]
    return exp, log


_EXP, _LOG = _gf_tables()


def _gf_mul(a: int, b: int) -> int:
    return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]


def _rs_remainder(data: list[int], n: int) -> list[int]:
    generator = [1]
    for i in range(n):  # (x - a^0)(x - a^1)...(x - a^(n-1))
        nxt = [0] * (len(generator) + 1)
        for k, coef in enumerate(generator):
            nxt[k] ^= coef
            nxt[k + 1] ^= _gf_mul(coef, _EXP[i])
        generator = nxt
    rest = list(data) + [0] * n
    for i in range(len(data)):
        factor = rest[i]
        if factor:
            for k, coef in enumerate(generator):
                rest[i + k] ^= _gf_mul(coef, factor)
    return rest[len(data):]


def _byte_segment(data: bytes, version: int) -> bytes:
    bits = "".join(f"{b:08b}" for b in data)
    assert bits[:4] == "0100", "a single byte-mode segment"
    count_bits = 8 if version < 10 else 16
    count = int(bits[4:4 + count_bits], 2)
    start = 4 + count_bits
    payload = bytes(int(bits[start + 8 * i:start + 8 * i + 8], 2) for i in range(count))
    end = start + 8 * count
    assert set(bits[end:end + 4]) <= {"0"}, "terminator"
    pads = data[(end + 4 + 7) // 8:].lstrip(b"\0")  # segno may add a zero byte
    assert all(p == (0xEC, 0x11)[i % 2] for i, p in enumerate(pads)), "padding"
    return payload
