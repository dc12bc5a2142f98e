"""Fill a Qt Linguist .ts file from a JSON file of translations, and list what is missing.

    python tools/ts_fill.py resources/i18n/guvoh_ru.ts translations.json
    python tools/ts_fill.py resources/i18n/guvoh_ru.ts --missing > todo.json

The JSON maps "<context>\\u0004<source>" (or just "<source>", for every context) to the
translation, or to a list of plural forms for a %n message. Filled messages lose their
"unfinished" mark; messages the JSON does not name are left as they are. --missing prints
the untranslated messages in the same form, with "" (or ["", ...]) to fill in.

The file is written in ElementTree's layout; `make i18n-update` (lupdate) puts it back in
Qt Linguist's own layout, so run it before committing to keep the diff to what changed.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

SEP = "\u0004"


def _messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        out.extend((name, message) for message in context.iter("message"))
    return out


def _is_done(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
        return False
    forms = translation.findall("numerusform")
    if message.get("numerus") == "yes":
        return bool(forms) and all((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())


def missing(path: Path) -> dict[str, object]:
    root = ET.parse(path).getroot()  # noqa: S314
    todo: dict[str, object] = {}
    for context, message in _messages(root):
        if _is_done(message):
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if message.get("numerus") == "yes" and translation is not None:
            todo[context + SEP + source] = [""] * max(1, len(translation.findall("numerusform")))
        else:
            todo[context + SEP + source] = ""
    return todo


def fill(path: Path, translations: dict[str, object]) -> int:
    tree = ET.parse(path)  # noqa: S314
    filled = 0
    for context, message in _messages(tree.getroot()):
        source = message.findtext("source") or ""
        value = translations.get(context + SEP + source, translations.get(source))
        if value in (None, "", []):
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value]
            existing = translation.findall("numerusform") or [None] * len(forms)
            for element in translation.findall("numerusform"):
                translation.remove(element)
            count = max(len(existing), 1)
            for i in range(count):
                element = ET.SubElement(translation, "numerusform")
                element.text = str(forms[min(i, len(forms) - 1)])
        else:
            translation.text = str(value)
        filled += 1
    ET.indent(tree, space="    ")
    with path.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return filled


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ts", type=Path)
    parser.add_argument("json", type=Path, nargs="?")
    parser.add_argument("--missing", action="store_true")
    args = parser.parse_args()
    if args.missing:
        json.dump(missing(args.ts), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if args.json is None:
        parser.error("give the JSON file of translations, or --missing")
    data = json.loads(args.json.read_text(encoding="utf-8"))
    print(f"{fill(args.ts, data)} messages filled; {len(missing(args.ts))} still missing")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
