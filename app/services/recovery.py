"""What the screens need to know of a recovery code: how a typed one reads (any case,
spaces and dashes, 0/1/8 for O/I/B, Cyrillic look-alikes such as В for B)."""

from __future__ import annotations

from crypto.keyslots import normalize_recovery_text


def normalized(text: str) -> str:
    """`text` (a recovery code, or a group of one) in the code's own letters."""
    return normalize_recovery_text(text)
