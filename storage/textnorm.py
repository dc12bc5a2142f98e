"""Text folding for search: the index and every query pass through `fold`.

Case-insensitive (Unicode case folding), diacritics and combining marks removed, the
apostrophe variants Uzbek Latin uses for oʻ and gʻ (' ʻ ʼ ‘ ’ `) dropped so that
"Qo'qon", "Qoʻqon" and "Qo‘qon" are one word, and compatibility forms (NFKC) unified.
Cross-script transliteration (Toshkent / Тошкент) belongs here too, for both sides alike.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = dict.fromkeys(map(ord, "'ʻʼ‘’`´ʹ′"), None)
_WORD = re.compile(r"[\w'ʻʼ‘’`´ʹ′]+", re.UNICODE)


def fold(text: str) -> str:
    """Fold `text` for matching: the same function for indexed text and queries."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_APOSTROPHES)
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


def words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) for each word of the original text, for snippets."""
    return [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]


def query_terms(query: str) -> list[tuple[str, bool]]:
    """The folded words of a user's query, each with whether it ends in * (prefix)."""
    terms: list[tuple[str, bool]] = []
    for match in re.finditer(r"[\w'ʻʼ‘’`´ʹ′]+\*?", query):
        raw = match.group()
        prefix = raw.endswith("*")
        folded = fold(raw.rstrip("*"))
        if folded:
            terms.append((folded, prefix))
    return terms
