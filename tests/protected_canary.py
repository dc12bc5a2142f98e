"""A case whose person's protected real name is a unique token (the canary): a search for it
finds the case, and no output of the search may carry it (issue 16 items 2 and 6)."""

from __future__ import annotations

from typing import Any

CANARY = "Qzvarnik7canary"
CONTACT = "+998 71 555 0199"
TOWN = "Yunusobodkent"
PSEUDONYM = "Lolaxon"


def canary_case() -> dict[str, Any]:
    return {
        "schema_version": 1,
        "title": "Onasi so'roq qilindi",
        "consent": {"given": True},
        # Free text that repeats the protected name: it must be masked in a snippet too.
        "narrative": f"{PSEUDONYM} told us that {CANARY} was taken from the market.",
        "persons": [
            {"id": "p1", "role": "victim", "real_name": f"{CANARY} Tokenov",
             "pseudonym": PSEUDONYM, "contact": CONTACT,
             "location": {"country": "UZ", "city": TOWN},
             "protected": ["real_name", "location", "contact"]},
        ],
    }


def canary_only_in_name() -> dict[str, Any]:
    """The canary only in the protected field, next to the pseudonym (the people column)."""
    return {
        "schema_version": 1,
        "title": "Pasport berilmadi",
        "consent": {"given": True},
        "persons": [
            {"id": "p1", "role": "victim", "real_name": f"Karimov {CANARY}",
             "pseudonym": "Botirjon", "protected": ["real_name"]},
        ],
    }


def leaks(text: str) -> list[str]:
    """The protected values found in `text` (case-insensitive)."""
    low = text.casefold()
    return [v for v in (CANARY, "Tokenov", CONTACT, "0199", TOWN) if v.casefold() in low]
