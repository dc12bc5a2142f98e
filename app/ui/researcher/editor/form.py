"""What the case editor's tabs share.

Each tab (interview.py, story.py, people.py, events.py, history.py) is one widget with
``load(record)``, ``collect(record)`` and ``clear()``: it shows some keys of the case record
(its ``FIELDS``) and writes back only those, so every other key of the record survives a
save. Adding a field touches one tab module.

Translations: the tabs' texts were written when the editor was one ``CaseEditor`` class and
are translated in the "CaseEditor" context. The tabs keep that context by calling
``translate("CaseEditor", ...)`` with the context written out: pyside6-lupdate reads only a
literal context (a helper that supplies it would hide the texts from lupdate, and the next
refresh of the .ts files would drop their translations).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

translate = QCoreApplication.translate


def put(target: dict[str, Any], key: str, value: Any) -> None:
    """Set `key`, or leave it out when the value is empty (the schema accepts no nulls)."""
    if value is None or value == "" or value == [] or value == {}:
        target.pop(key, None)
    else:
        target[key] = value


def next_id(prefix: str, taken: Iterable[str]) -> str:
    """The first of prefix1, prefix2... not taken ("p3" for a third person)."""
    used = set(taken)
    n = 1
    while f"{prefix}{n}" in used:
        n += 1
    return f"{prefix}{n}"


def scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
