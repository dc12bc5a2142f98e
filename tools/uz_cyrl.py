"""Uzbek Latin (1995 alphabet) to Uzbek Cyrillic: the one transliterator of the project.

    python tools/uz_cyrl.py < latin.txt > cyrillic.txt
    python tools/uz_cyrl.py --json done_uz_Latn.json > done_uz_Cyrl.json
    python tools/uz_cyrl.py --ts resources/i18n/guvoh_uz_Latn.ts resources/i18n/guvoh_uz_Cyrl.ts

The interface translations (``--ts``) and the vocabularies (``tools/vocab_cldr.py uz-cyrl``)
both go through :func:`latin_to_cyrillic`, so a word reads the same in both.

Letters. sh ш, ch ч, oʻ ў, gʻ ғ, yo ё, yu ю, ya я, ye е, q қ, x х, h ҳ, j ж, ʼ (tutuq
belgisi) ъ, and yoʻ йў (y + oʻ); ng stays нг; sʼh is сҳ (the tutuq only keeps s and h apart:
Isʼhoq Исҳоқ). e is э at the start of a word and after a vowel (eshik эшик, poet поэт), е
elsewhere. Upper case follows the Latin (Sh Ш, SH Ш, Oʻ Ў; BMTga БМТга).

Russian and international loanwords. Uzbek Cyrillic spells them as Russian does (1956
orthography), while the 1995 Latin alphabet drops the soft and hard signs and writes ц as ts
or s. What can be recovered by rule is:

- ts is ц at the start of a word (tsenzura цензура, tsentr центр) and before i and a vowel
  (politsiya полиция, deportatsiya депортация, sotsial социал); elsewhere it is т + с, as
  Uzbek joins a stem in t to a suffix in s (koʻrsatsa кўрсатса, ruxsatsiz рухсатсиз).
- s is ц in -siya/-sion after k, p or n, where Latin writes Russian -кция, -пция, -нция with s
  (sanksiya санкция, aksiya акция, korrupsiya коррупция, kvitansiya квитанция,
  funksional функционал); after other letters -siya is -сия (versiya версия).

Everything else (the soft sign: parol пароль, rol роль, filtr фильтр, dekabr декабрь; ь, ъ,
я, ю after a consonant; words that break the rules above: pensiya пенсия) cannot be seen in
the Latin spelling and is listed in LOANWORDS, by stem. A stem counts only when the rest of
the word is Uzbek inflection (-lar, -i, -ni, -ga, -da, -dan, -ingiz, -lash...), so rol
matches rollar and rolini but not rolik. The stem keeps its Russian spelling and the suffixes
follow the letter rules; a final ь is left out before a suffix that begins with a vowel, as
Russian itself writes it there (роль, рольлар, роли; январь, январида).

Kept in Latin letters: Qt placeholders (%1, %n) and the "&" of keyboard accelerators (moved
onto the same letter); names and formats written in Latin in every language (NAMES: Signal,
USB, PDF, SHA-256, Caps Lock...); in the interface also the product name Guvoh (in the
vocabularies "guvoh" is the word for a witness); commands and literal values: a command line
in quotes or brackets (“guvoh case list”, (guvoh init --role coordinator)), options
(--force-undelivered), paths and file names (resources/vocab/%3.json, R-....age, *.age,
.wav), key names (Ctrl+S), SSH key text (ssh-ed25519 AAAA...), web addresses, and LITERALS,
the values a user types or a file holds as they are (draft, ready, abcd). Curly quotes
become «guillemets».
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Collection
from pathlib import Path

# Names, formats, units and key names written in Latin letters in every language.
NAMES = frozenset(
    {
        "Signal",
        "Syncthing",
        "Telegram",
        "WhatsApp",
        "Pegasus",
        "SIM",
        "USB",
        "PDF",
        "CSV",
        "JSON",
        "SHA",
        "SHA256",
        "OpenSSH",
        "UTC",
        "UTF",
        "QR",
        "WAV",
        "PNG",
        "JPEG",
        "kB",
        "MB",
        "GB",
        "KiB",
        "MiB",
        "GiB",
        "age",
        "Ctrl",
        "Caps",
        "Lock",
    }
)
# Values a user types or a case file holds, quoted in a sentence as they are: the status codes
# a case file may give (draft, ready) and the typed example of an easy sequence (abcd).
LITERALS = frozenset({"draft", "ready", "abcd"})
PRODUCT = "Guvoh"
INTERFACE_KEEP = NAMES | LITERALS | {PRODUCT}
"""What the interface keeps in Latin. The vocabularies use ``NAMES | LITERALS``."""

# Russian and international loanwords whose Cyrillic spelling the rules cannot see in the
# Latin one (ь, ъ, я/ю/ё after a consonant, ц written s, and the words the ц rules get wrong),
# as Latin stem -> Russian spelling, lower case. The longest stem wins.
LOANWORDS = {
    # soft sign at the end or inside the stem
    "parol": "пароль",
    "piksel": "пиксель",
    "megapiksel": "мегапиксель",
    "rol": "роль",
    "filtr": "фильтр",
    "film": "фильм",
    "profil": "профиль",
    "model": "модель",
    "modul": "модуль",
    "kontrol": "контроль",
    "stil": "стиль",
    "albom": "альбом",
    "portfel": "портфель",
    "mebel": "мебель",
    "avtomobil": "автомобиль",
    "kalendar": "календарь",
    "fakultet": "факультет",
    "kompyuter": "компьютер",
    "intervyu": "интервью",
    "pochtalyon": "почтальон",
    "yanvar": "январь",
    "fevral": "февраль",
    "aprel": "апрель",
    "iyun": "июнь",
    "iyul": "июль",
    "sentabr": "сентябрь",
    "oktabr": "октябрь",
    "noyabr": "ноябрь",
    "dekabr": "декабрь",
    # hard sign, or я/ю/е after a consonant written without y
    "obyekt": "объект",
    "obyektiv": "объектив",
    "subyekt": "субъект",
    "budjet": "бюджет",
    "pleyer": "плеер",
    # ц where the rules give с or тс
    "sentr": "центр",
    "protsess": "процесс",
    "protsessual": "процессуал",
    "protsedura": "процедура",
    "protsent": "процент",
    "ofitser": "офицер",
    "litsenziya": "лицензия",
    # с where the -siya rule would give ц
    "pensiya": "пенсия",
    "pensioner": "пенсионер",
    "ekspansiya": "экспансия",
}

# Uzbek inflection that may follow a loanword's stem (plural, possessive, case, a few
# derivational and verb-forming suffixes), in any sequence.
_INFLECTION = re.compile(
    r"(?:lar|i|si|im|ing|imiz|ingiz|miz|ngiz|m|ng|ni|ning|ga|ka|qa|da|ta|dan|tan|dagi|gi|ki"
    r"|day|dek|gacha|cha|chi|li|lik|siz|lash|lan|tir|ish|gan|moq|di|mi|u|yu|oq|dir|ku|sh)*"
)

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
VOWELS = frozenset("aeiou")
CYRILLIC_VOWELS = frozenset("аеёиоуўэюя")
_TS_C = re.compile(r"tsi[aeouy]")  # ц before i + vowel: politsiya, sotsial
_S_C = re.compile(r"(?<=[kpn])si(?:ya|on)")  # ц in -ksiya, -psiya, -nsiya, -ksion...

# Pieces of text never converted: placeholders, key names, file names, paths, options,
# command lines, SSH key text and web addresses.
PROTECTED = re.compile(
    "|".join(
        (
            r"%\d+|%n",  # Qt placeholders
            r"Ctrl\+\w+",  # key names
            r"https?://\S+",  # web addresses
            r"(?<=[“\"«(])guvoh\b[^”\"»)]*",  # a command line in quotes or brackets
            r"(?<![\w-])--[a-z][\w-]*",  # command-line options
            r"[\w.%-]+(?:/[\w.%*-]+)*/[\w%*-]*\.\w+",  # relative paths to a file
            r"(?<![\w.])[~.]?/[\w.%*-]+(?:/[\w.%*-]+)*",  # absolute and home paths
            r"\b[A-Z]-[\w%.*]*",  # file name patterns: R-....age, B-%1.age
            r"\*\.\w+",  # *.age
            r"(?<=[\w)])\.[a-z0-9]+\b",  # file extensions: %1.json, (part 2).wav
            r"\(\*\)",  # "all files"
            r"\bssh-[\w-]+|\bAAAA\w*",  # SSH public key text
        )
    )
)
WORD = re.compile(r"[A-Za-z&" + OKINA + TUTUQ + r"']+")


def _normalise(text: str) -> str:
    """Typewriter and curly apostrophes as the 1995 alphabet writes them."""
    text = re.sub(r"(?<=[oOgG])['‘’`]", OKINA, text)
    return re.sub(r"(?<=\w)['’]", TUTUQ, text)


def _loanword(lower: str) -> tuple[int, str] | None:
    """(length of the Latin stem, Cyrillic stem) when the word is a listed loanword."""
    for stem in sorted(LOANWORDS, key=len, reverse=True):
        rest = lower[len(stem) :]
        if lower.startswith(stem) and _INFLECTION.fullmatch(rest):
            cyrillic = LOANWORDS[stem]
            if cyrillic.endswith("ь") and rest[:1] in VOWELS:
                cyrillic = cyrillic[:-1]  # роль + и: роли
            return len(stem), cyrillic
    return None


def _letter(lower: str, i: int, previous: str) -> tuple[str, int]:
    """Cyrillic for the letter or digraph at ``i`` and how many Latin letters it took."""
    pair = lower[i : i + 2]
    if pair == "ts" and (i == 0 or _TS_C.match(lower, i)):
        return "ц", 2
    if lower[i] == "s" and _S_C.match(lower, i):
        return "ц", 1
    if pair in DIGRAPHS and not (pair == "yo" and lower[i + 2 : i + 3] == OKINA):
        return DIGRAPHS[pair], 2  # but yoʻ is y + oʻ: yoʻq йўқ
    if lower[i] == "e":
        return ("э" if not previous or previous in CYRILLIC_VOWELS else "е"), 1
    if lower[i] == TUTUQ and i and lower[i - 1] in "sc" and lower[i + 1 : i + 2] == "h":
        return "", 1  # sʼh: s and h said apart (Isʼhoq Исҳоқ), no ъ in Cyrillic
    return LETTERS.get(lower[i], lower[i]), 1


def _pieces(word: str) -> list[tuple[int, str]]:
    """(index in the Latin word, Cyrillic letters) for each letter or digraph of the word."""
    lower = word.lower()
    out: list[tuple[int, str]] = []
    i = 0
    found = _loanword(lower)
    if found:
        i, cyrillic = found
        position = 0  # letter by letter, so that an accelerator stays on its letter
        for letter in cyrillic:
            out.append((min(position, i - 1), letter))
            position += letter not in "ьъ"
    while i < len(lower):
        previous = out[-1][1][-1:] if out else ""
        cyrillic, size = _letter(lower, i, previous)
        out.append((i, cyrillic))
        i += size
    cased = []
    for index, cyrillic in out:
        source = word[index : index + 1]
        if word.isupper() and len(word) > 1:
            cyrillic = cyrillic.upper()
        elif source.isupper():
            cyrillic = cyrillic[:1].upper() + cyrillic[1:]
        cased.append((index, cyrillic))
    return cased


def _word(word: str, keep: Collection[str]) -> str:
    bare = word.replace("&", "")
    if not bare or bare in keep:
        return word
    marks = []  # positions in the bare word that carry an accelerator
    count = 0
    for ch in word:
        if ch == "&":
            marks.append(count)
        else:
            count += 1
    out = ""
    for index, cyrillic in _pieces(bare):
        while marks and marks[0] <= index:
            out += "&"
            marks.pop(0)
        out += cyrillic
    return out + "&" * len(marks)


def _plain(text: str, keep: Collection[str]) -> str:
    text = text.replace("“", "«").replace("”", "»")
    return WORD.sub(lambda m: _word(m.group(0), keep), text)


def latin_to_cyrillic(text: str, keep: Collection[str] = INTERFACE_KEEP) -> str:
    """Uzbek Latin text in Uzbek Cyrillic, keeping placeholders, accelerators, names
    (``keep``), commands, paths and literal values in Latin."""
    text = _normalise(text)
    out = []
    last = 0
    for match in PROTECTED.finditer(text):
        out.append(_plain(text[last : match.start()], keep))
        out.append(match.group(0))
        last = match.end()
    out.append(_plain(text[last:], keep))
    return "".join(out)


# --- Qt Linguist files ------------------------------------------------------------------------

_CONTEXT = re.compile(r"<context>.*?</context>", re.S)
_MESSAGE = re.compile(r"<message\b[^>]*>.*?</message>", re.S)
_TEXT = re.compile(r"(<(translation|numerusform)\b[^>]*>)([^<]*)(</\2>)")
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}


def _unescape(text: str) -> str:
    return ET.fromstring(f"<x>{text}</x>").text or ""  # noqa: S314 - our own file


def _escape(text: str) -> str:
    return "".join(_ESCAPES.get(ch, ch) for ch in text)


def _latin_messages(path: Path) -> dict[tuple[str, str, str], list[str]]:
    """(context, source, comment) -> translation texts (plural forms) of a .ts file."""
    out: dict[tuple[str, str, str], list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 - our own file
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "vanished"}:
                continue
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            out[key] = texts
    return out


def convert_ts(latin: Path, cyrillic: Path) -> int:
    """Rewrite the translations of ``cyrillic`` from the finished ones of ``latin``.

    Only the text between <translation> (or <numerusform>) tags changes, and only where the
    new text differs, so the file keeps Qt Linguist's layout and order. Returns the number of
    texts changed.
    """
    source_texts = _latin_messages(latin)
    changed = 0

    def message(match: re.Match[str], context: str) -> str:
        nonlocal changed
        block = match.group(0)
        element = ET.fromstring(block)  # noqa: S314 - our own file
        key = (context, element.findtext("source") or "", element.findtext("comment") or "")
        texts = source_texts.get(key)
        if texts is None:
            return block
        forms = iter(texts)
        last = texts[-1]

        def text(m: re.Match[str]) -> str:
            nonlocal changed
            if m.group(2) == "translation" and "<numerusform" in block:
                return m.group(0)
            new = latin_to_cyrillic(next(forms, last))
            if new == _unescape(m.group(3)):
                return m.group(0)
            changed += 1
            return m.group(1) + _escape(new) + m.group(4)

        return _TEXT.sub(text, block)

    def context(match: re.Match[str]) -> str:
        block = match.group(0)
        name = _unescape(block.split("<name>", 1)[1].split("</name>", 1)[0])
        return _MESSAGE.sub(lambda m: message(m, name), block)

    original = cyrillic.read_text(encoding="utf-8")
    updated = _CONTEXT.sub(context, original)
    if updated != original:
        cyrillic.write_text(updated, encoding="utf-8")
    return changed


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
    if argv[:1] == ["--ts"] and len(argv) == 3:
        count = convert_ts(Path(argv[1]), Path(argv[2]))
        sys.stdout.write(f"{count} translations changed in {argv[2]}\n")
        return 0
    sys.stdout.write(latin_to_cyrillic(sys.stdin.read()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
