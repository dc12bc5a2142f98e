"""Placeholders filled in one pass.

Replacing %1, then %2, one after the other substitutes inside arguments: a path
``/home/u/100%2 done.json`` given as %1 then loses its ``%2`` to the second argument. ``fill``
reads the template once, so an argument is never read again.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d{1,2})")


def fill(template: str, *args: object) -> str:
    """Replace %1..%99 in ``template`` with ``args`` in one pass (Qt's ``arg()`` numbering).

    A placeholder without an argument is left as written; ``%%`` is not special (as in Qt).
    """

    def sub(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        if 0 <= index < len(args):
            return str(args[index])
        return match.group(0)

    return _PLACEHOLDER.sub(sub, template)
