"""Strict Bech32 (BIP173, not Bech32m) as age uses it: no length limit, no mixed case."""

from __future__ import annotations

from collections.abc import Iterable

from crypto.errors import Bech32Error

__all__ = ["decode", "encode"]

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_CHARSET_REV = {c: i for i, c in enumerate(_CHARSET)}
_GENERATORS = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_BECH32_CONST = 1  # Bech32m would be 0x2BC830A3; age uses plain Bech32.
_CHECKSUM_LEN = 6
# No limit in age's variant; this only bounds work on hostile input (age keys are < 100 chars,
# post-quantum recipients about 2,000).
MAX_LENGTH = 8192


def _polymod(values: Iterable[int]) -> int:
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i, g in enumerate(_GENERATORS):
            if (top >> i) & 1:
                chk ^= g
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data: Iterable[int], frombits: int, tobits: int, pad: bool) -> list[int]:
    acc = 0
    bits = 0
    out: list[int] = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & maxv)
    if pad:
        if bits:
            out.append((acc << (tobits - bits)) & maxv)
    elif bits >= frombits or ((acc << (tobits - bits)) & maxv):
        raise Bech32Error("invalid padding")
    return out


def encode(hrp: str, data: bytes) -> str:
    """Encode data under a human-readable part, in lowercase."""
    hrp = hrp.lower()
    if not hrp or any(not 33 <= ord(c) <= 126 for c in hrp):
        raise Bech32Error("invalid human-readable part")
    values = _convert_bits(data, 8, 5, pad=True)
    polymod = _polymod([*_hrp_expand(hrp), *values, *([0] * _CHECKSUM_LEN)]) ^ _BECH32_CONST
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(_CHECKSUM_LEN)]
    return hrp + "1" + "".join(_CHARSET[v] for v in values + checksum)


def decode(s: str) -> tuple[str, bytes]:
    """Decode a Bech32 string; return the human-readable part in its original case and data."""
    if len(s) > MAX_LENGTH:
        raise Bech32Error("too long")
    if any(not 33 <= ord(c) <= 126 for c in s):
        raise Bech32Error("invalid character")
    if s.lower() != s and s.upper() != s:
        raise Bech32Error("mixed case")
    pos = s.rfind("1")
    if pos < 1 or pos + 1 + _CHECKSUM_LEN > len(s):
        raise Bech32Error("separator misplaced")
    hrp = s[:pos]
    try:
        values = [_CHARSET_REV[c] for c in s[pos + 1 :].lower()]
    except KeyError:
        raise Bech32Error("invalid data character") from None
    if _polymod([*_hrp_expand(hrp.lower()), *values]) != _BECH32_CONST:
        raise Bech32Error("invalid checksum")
    return hrp, bytes(_convert_bits(values[:-_CHECKSUM_LEN], 5, 8, pad=False))
