"""The pseudo-language: every interface string 40 % longer than English and accented, so
that layouts are tried with translations longer than any real one (tests/app/
test_translations.py offscreen, tests/window in a real window)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
I18N = REPO / "resources" / "i18n"
BIN = Path(sys.executable).parent


def refreshed_ts(code: str, tmp: Path) -> Path:
    """A copy of the language's .ts brought up to date with the code, as lupdate would."""
    copy = tmp / ("guvoh_" + code.replace("-", "_") + ".ts")
    shutil.copyfile(I18N / copy.name, copy)
    extra = ["-pluralonly"] if code == "en" else []
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-silent", "-extensions", "py", "-no-obsolete",
         "-locations", "none", *extra, str(REPO / "app"),
         "-target-language", code.replace("-", "_"), "-ts", str(copy)],
        check=True, capture_output=True, timeout=120,
    )
    return copy


def pseudo(text: str) -> str:
    """Longer, accented English that still shows where each string comes from."""
    accents = str.maketrans("aeiouAEIOUcnsy", "àéîõüÀÉÎÕÜçñšý")
    out = []
    for part in re.split(r"(%\d+|%n|&)", text):
        if re.fullmatch(r"%\d+|%n|&", part):
            out.append(part)
        else:
            out.append(part.translate(accents))
    body = "".join(out)
    extra = max(1, int(len(text) * 0.4))
    # Padding in short words, so long sentences can still wrap where English would.
    padding = " ".join("~" * 5 for _ in range(extra // 6)) + "~" * (extra % 6)
    return "[" + body + padding + "]"


def pseudo_qm(tmp: Path) -> Path:
    """Compile the pseudo-language (every message of the code) to tmp/pseudo.qm."""
    ts = refreshed_ts("ru", tmp)  # all messages; their translations are replaced below
    tree = ET.parse(ts)  # noqa: S314 - our own file
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                form.text = pseudo(source)
        else:
            translation.text = pseudo(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp / "pseudo.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True, timeout=60)
    return qm
