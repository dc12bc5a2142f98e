"""Uzbek Latin (1995 alphabet) to Uzbek Cyrillic, for the interface translations.

    python tools/uz_cyrl.py < latin.txt > cyrillic.txt
    python tools/uz_cyrl.py --json done_uz_Latn.json > done_uz_Cyrl.json

latin_to_cyrillic(text) converts letter by letter with the standard rules: sh ш, ch ч,
oʻ ў, gʻ ғ, yo ё, yu ю, ya я, ye е, q қ, x х, h ҳ, j ж, ʼ (tutuq belgisi) ъ; ng stays нг;
e is э at the start of a word and after a vowel, е elsewhere; ts is тс except in the short
list of Russian loanwords below (politsiya полиция). Upper case follows the Latin (Sh Ш,
SH Ш, Oʻ Ў). Kept as they are: Qt placeholders (%1, %n), the "&" of keyboard accelerators
(moved onto the same letter), the product name Guvoh and other names and formats written
in Latin letters in every language (Signal, USB, PDF, SHA-256...), file name patterns
(*.age, R-....age) and key names (Ctrl+S). Curly quotes become «guillemets».
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

# Kept in Latin letters (product names, formats, units, key names).
KEEP = {
    "Guvoh",
    "Signal",
    "Telegram",
    "WhatsApp",
    "USB",
    "PDF",
    "CSV",
    "JSON",
    "SHA",
    "SHA256",
    "OpenSSH",
    "UTC",
    "QR",
    "WAV",
    "MB",
    "kB",
    "GB",
    "age",
    "Ctrl",
}

# Russian loanwords whose Cyrillic spelling the letter rules get wrong (ц, ь), as word
# beginnings in lower case; the longest match wins and the rest of the word (its suffixes)
# follows the rules.
LOANWORDS = {
    "politsiya": "полиция",
    "militsiya": "милиция",
    "konstitutsiya": "конституция",
    "federatsiya": "федерация",
    "organizatsiya": "организация",
    "informatsiya": "информация",
    "deportatsiya": "депортация",
    "ekstraditsiya": "экстрадиция",
    "emigratsiya": "эмиграция",
    "migratsiya": "миграция",
    "revolyutsiya": "революция",
    "sotsial": "социал",
    "protsess": "процесс",
    "tsentr": "центр",
    "tsenzura": "цензура",
    "ofitser": "офицер",
    "kompyuter": "компьютер",
    "intervyu": "интервью",
    "yanvar": "январь",
    "fevral": "февраль",
    "aprel": "апрель",
    "iyun": "июнь",
    "iyul": "июль",
    "sentabr": "сентябрь",
    "oktabr": "октябрь",
    "noyabr": "ноябрь",
    "dekabr": "декабрь",
}

OKINA = "ʻ"  # U+02BB, in oʻ gʻ
TUTUQ = "ʼ"  # U+02BC, tutuq belgisi

DIGRAPHS = {
    "o" + OKINA: "ў",
    "g" + OKINA: "ғ",
    "sh": "ш",
    "ch": "ч",
    "yo": "ё",
    "yu": "ю",
    "ya": "я",
    "ye": "е",
}
LETTERS = dict(zip("abdfghijklmnopqrstuvxyz" + TUTUQ, "абдфгҳижклмнопқрстувхйзъ", strict=True))
VOWELS = set("aeiou")

# Pieces of text never converted: placeholders, key names, file patterns and extensions.
PROTECTED = re.compile(r"%\d+|%n|Ctrl\+\w+|\b[A-Z]-[\w%.*]*|\*\.\w+|(?<=\w)\.\w+|\(\*\)")
WORD = re.compile(r"[A-Za-z&" + OKINA + TUTUQ + r"']+")


def _normalise(text: str) -> str:
    """Typewriter and curly apostrophes as the 1995 alphabet writes them."""
    text = re.sub(r"(?<=[oOgG])['‘’`]", OKINA, text)
    return re.sub(r"(?<=\w)['’]", TUTUQ, text)


def _pieces(word: str) -> list[tuple[int, str]]:
    """(index in the Latin word, Cyrillic letters) for each letter or digraph of the word."""
    lower = word.lower()
    out: list[tuple[int, str]] = []
    i = 0
    for stem in sorted(LOANWORDS, key=len, reverse=True):
        if lower.startswith(stem):
            cyr = LOANWORDS[stem]
            if word.isupper() and len(word) > 1:
                cyr = cyr.upper()
            elif word[:1].isupper():
                cyr = cyr[:1].upper() + cyr[1:]
            out.append((0, cyr))
            i = len(stem)
            break
    while i < len(lower):
        pair = lower[i : i + 2]
        if pair in DIGRAPHS and not (pair == "yo" and lower[i + 2 : i + 3] == OKINA):
            cyr, size = DIGRAPHS[pair], 2  # but yoʻ is y + oʻ: yoʻq йўқ
        elif lower[i] == "e":
            previous = lower[i - 1] if i else ""
            cyr, size = ("э" if not previous or previous in VOWELS else "е"), 1
        elif lower[i] == TUTUQ and i and lower[i - 1] in "sc" and lower[i + 1 : i + 2] == "h":
            cyr, size = "", 1  # sʼh: s and h said apart (Isʼhoq Исҳоқ), no ъ in Cyrillic
        else:
            cyr, size = LETTERS.get(lower[i], lower[i]), 1
        source = word[i : i + size]
        if source.isupper() or (source[:1].isupper() and not word.isupper()):
            cyr = cyr[:1].upper() + cyr[1:]
        if word.isupper() and len(word) > 1:
            cyr = cyr.upper()
        out.append((i, cyr))
        i += size
    return out


def _word(word: str) -> str:
    bare = word.replace("&", "")
    if not bare or bare in KEEP:
        return word
    marks = []  # positions in the bare word that carry an accelerator
    count = 0
    for ch in word:
        if ch == "&":
            marks.append(count)
        else:
            count += 1
    out = ""
    for index, cyr in _pieces(bare):
        while marks and marks[0] <= index:
            out += "&"
            marks.pop(0)
        out += cyr
    return out + "&" * len(marks)


def _plain(text: str) -> str:
    text = text.replace("“", "«").replace("”", "»")
    return WORD.sub(lambda m: _word(m.group(0)), text)


def latin_to_cyrillic(text: str) -> str:
    """Uzbek Latin text in Uzbek Cyrillic, keeping placeholders, accelerators and names."""
    text = _normalise(text)
    out = []
    last = 0
    for match in PROTECTED.finditer(text):
        out.append(_plain(text[last : match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append(_plain(text[last:]))
    return "".join(out)


def _convert(value: object) -> object:
    if isinstance(value, list):
        return [_convert(v) for v in value]
    return latin_to_cyrillic(str(value)) if value else value


def main(argv: list[str]) -> int:
    if argv[:1] == ["--json"] and len(argv) == 2:
        data = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        json.dump(
            {k: _convert(v) for k, v in data.items()}, sys.stdout, ensure_ascii=False, indent=1
        )
        sys.stdout.write("\n")
        return 0
    sys.stdout.write(latin_to_cyrillic(sys.stdin.read()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
