"""Rules for the text of a case record that JSON Schema cannot state, shared by every path
a record comes in on (a case file, an edit, a bundle's verify and import).

- No string anywhere in a record (value or field name) may hold a lone surrogate
  (U+D800..U+DFFF). JSON's `\\ud800` escape parses to one, but it is not a Unicode
  character: it cannot be written as UTF-8, so it could never be stored, searched or shown.
  Other control characters follow the schema (`line`: none; `text`: tab and line breaks).
  Text-direction marks (U+200E, U+200F, U+061C, U+202A..U+202E, U+2066..U+2069) are allowed in
  free text, where right-to-left scripts need them.
- An attachment's file name in a received bundle is the sender's choice and is shown to the
  coordinator: it may not hold `/`, `\\`, a control character (Unicode category Cc) or a
  text-direction control, which can fake a path or reverse an extension on screen
  ("photo\\u202egpj.exe" shows as "photoexe.jpg").
"""

from __future__ import annotations

import re
from typing import Any

from app.services.errors import CaseInvalid

#: Bidirectional formatting characters: embeddings and overrides, isolates, marks.
BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_surrogate(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def check_text(value: object, where: str = "(top)") -> None:
    """Raise CaseInvalid(where, "bad_text") at the first string in `value` (a parsed JSON
    document) that holds a lone surrogate. `where` never contains the bad string itself."""
    if isinstance(value, str):
        if _has_surrogate(value):
            raise CaseInvalid(where, "bad_text")
    elif isinstance(value, dict):
        for key, item in value.items():
            if _has_surrogate(str(key)):
                raise CaseInvalid(where, "bad_text")
            check_text(item, f"{where}.{key}" if where != "(top)" else str(key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            check_text(item, f"{where}[{i}]")


def bad_file_name(name: str) -> bool:
    """True if `name` holds `/`, `\\`, a control character or a bidi control."""
    return any(
        char in "/\\" or char in BIDI_CONTROLS or ord(char) < 0x20 or 0x7F <= ord(char) <= 0x9F
        for char in name
    )


def check_attachment_names(record: dict[str, Any]) -> None:
    """Raise CaseInvalid(attachments[i].filename, "bad_filename") for the first attachment
    whose file name bad_file_name refuses."""
    for i, attachment in enumerate(record.get("attachments") or []):
        if not isinstance(attachment, dict):
            continue
        name = attachment.get("filename")
        if isinstance(name, str) and bad_file_name(name):
            raise CaseInvalid(f"attachments[{i}].filename", "bad_filename")
