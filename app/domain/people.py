"""How a person is named and masked, everywhere: the editor's lists, reports, the plain-text
rendering of a case (``case show``, the bundle's .txt copy).

A person is named by their pseudonym, and never by their real name: the real name appears
only in its own field (masked while protected). A protected pseudonym is not shown unless
the user asked to see protected details. Without a name that may be shown, the person is
named by their id inside the case ("p2"); the Qt layer words that as "Person p2".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from app.domain.protected import is_masked

# What a masked field shows instead of its value: always the same length, so the mask does
# not tell how long the hidden value is.
MASK: Final = "••••••••"


def display_name(person: Mapping[str, Any], *, reveal: bool = False) -> str | None:
    """The name a person may be shown by: their pseudonym, unless it is protected and
    `reveal` is False. None when there is no such name (never the real name)."""
    pseudonym = str(person.get("pseudonym") or "").strip()
    if not pseudonym or is_masked(person, "pseudonym", reveal=reveal):
        return None
    return pseudonym


def name_or_id(person: Mapping[str, Any], *, reveal: bool = False) -> str:
    """display_name, or the person's id inside the case when they have no name to show."""
    return display_name(person, reveal=reveal) or str(person.get("id") or "")


def shown(person: Mapping[str, Any], field: str, text: str, *, reveal: bool = False) -> str:
    """`text` (the field's value, formatted) or MASK when the field is protected and not
    revealed."""
    return MASK if is_masked(person, field, reveal=reveal) else text
