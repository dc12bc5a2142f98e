"""Text folding for search: the index and every query pass through `fold`.

`fold` turns text in any of the scripts Central Asian names are written in (Uzbek Latin
and Cyrillic, Tajik, Kazakh Cyrillic and its 2018/2021 Latin alphabets, Kyrgyz, Turkmen,
Russian and its usual Latin transliterations) into one Latin skeleton, so that
"Toshkent" and "Тошкент", "G'iyosov" and "Ғиёсов", "Qo'qon", "Qoʻqon" and "Кўқон" are
the same word. Steps, each a C-level pass (str.translate, str.replace, compiled regex):

1. NFKC (compatibility forms), Unicode case folding.
2. One translation table (str.translate): every Cyrillic letter to its Latin skeleton
   (ш sh, ж j, х ҳ h, қ k, ғ g, ў o, я ia, ...), the Latin letters that spell one
   Cyrillic letter (ş sh, ç ch, ž zh, ñ ń ň ng, ı i, ə a), the blurred Latin letters
   (q k, x h, y i); the apostrophe variants (' ʻ ʼ ‘ ’ ` ...), ъ and ь are dropped.
   Uzbek oʻ and gʻ therefore fold to plain o and g, as do ў and ғ: with or without the
   apostrophe, every spelling meets.
3. In the same pass, every other character loses its diacritics and combining marks
   (worked out once per character and remembered in the table: é -> e, ý -> y -> i).
4. Latin digraphs to one letter: shch sh, zh dj j, kh h, gh g.
5. ie -> e at the start of a word or after a vowel (Yergash Ergash, Abdullayev
   Abdullaev), then doubled letters collapsed (Abdullaev Abdulaev, Iuliia Yuliya).

The decisions and the known limits are in docs/search.md. FOLD_VERSION changes whenever
the output of `fold`, or what the index holds, changes: storage/reindex.py rebuilds an
index built by another.
"""

from __future__ import annotations

import re
import unicodedata

FOLD_VERSION = 3  # 1: case, diacritics and apostrophes only; 2: one skeleton for scripts;
# 3: the same fold, the index also holds the countries' other names (storage.placenames)

APOSTROPHES = "'ʻʼ‘’`´ʹ′ʽ‛"

# Cyrillic (lower case: the table runs after case folding) to the Latin skeleton.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "j",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu",
    "я": "ia",
    # Uzbek
    "ў": "o", "қ": "k", "ғ": "g", "ҳ": "h",
    # Tajik
    "ӣ": "i", "ӯ": "u", "ҷ": "j",
    # Kazakh, Kyrgyz
    "ә": "a", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    # Ukrainian, Belarusian (ў is Uzbek above), Serbian, Macedonian
    "є": "e", "ї": "i", "ґ": "g", "ј": "i", "љ": "l", "њ": "n", "џ": "j", "ћ": "ch",
    "ђ": "j", "ѓ": "g", "ќ": "k", "ѕ": "z",
}
# Latin letters that stand for one Cyrillic letter, and the letters the skeleton blurs.
_LATIN = {
    "ş": "sh", "ș": "sh", "ç": "ch", "ž": "zh", "ñ": "ng", "ń": "ng", "ň": "ng",
    "ı": "i", "ə": "a", "ǝ": "a", "q": "k", "x": "h", "y": "i",
}


class _Table(dict[int, "str | None"]):
    """The translation table, extended on first sight of any other character: a mark
    with a combining class is dropped; another character loses its diacritics (NFD,
    marks dropped, NFC) and goes through the table (ý -> y -> i). Each character is
    worked out once, so str.translate does all the folding of letters in C."""

    def __missing__(self, key: int) -> str | None:
        char = chr(key)
        if unicodedata.combining(char):
            value = None
        else:
            bare = "".join(
                c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)
            )
            value = unicodedata.normalize("NFC", bare).translate(_BASE)
        self[key] = value
        return value


_BASE: dict[int, str | None] = {ord(k): v for k, v in (_CYRILLIC | _LATIN).items()}
_BASE.update(dict.fromkeys(map(ord, APOSTROPHES), None))
_TABLE = _Table(_BASE)
_TABLE.update((c, chr(c)) for c in range(128) if c not in _BASE)

_DIGRAPHS = (("shch", "sh"), ("zh", "j"), ("dj", "j"), ("kh", "h"), ("gh", "g"))
# ie -> e unless a consonant letter comes before (the lookbehind checks "?ie" once "ie"
# is found: much faster than a lookbehind in front).
_IE = re.compile(r"ie(?<![^\W_aeiou]ie)")
_DOUBLE = re.compile(r"([a-z])\1+")
# Combining marks (stress marks in Cyrillic dictionaries, decomposed diacritics) belong to
# the word they sit on: fold drops them, so "Ду́шанбе" is one word, as in the index.
_MARKS = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_WORD = re.compile(rf"[\w{APOSTROPHES}{_MARKS}]+")
_QUERY_WORD = re.compile(rf"[\w{APOSTROPHES}{_MARKS}]+\*?")


def fold(text: str) -> str:
    """Fold `text` for matching: the same function for indexed text and queries."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_TABLE)
    for digraph, letter in _DIGRAPHS:
        if digraph in text:
            text = text.replace(digraph, letter)
    if "ie" in text:
        text = _IE.sub("e", text)
    return _DOUBLE.sub(r"\1", text)


def words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) for each word of the original text, for snippets."""
    return [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]


def query_terms(query: str) -> list[tuple[str, bool]]:
    """The folded words of a user's query, each with whether it ends in * (prefix)."""
    terms: list[tuple[str, bool]] = []
    for match in _QUERY_WORD.finditer(query):
        raw = match.group()
        prefix = raw.endswith("*")
        folded = fold(raw.rstrip("*"))
        if folded:
            terms.append((folded, prefix))
    return terms
