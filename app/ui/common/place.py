"""A coarse place: country, region, city (never an address), as a case record stores it
(``{"country": "UZ", "region": ..., "city": ...}``, each key only when filled).

The texts keep the translation context they had in the case editor ("CaseEditor").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from app.ui.common.pickers import VocabCombo


class PlaceEditor(QWidget):
    """A coarse place: country, region, city (never an address)."""

    changed = Signal()

    def __init__(self, accessible: str) -> None:
        super().__init__()
        self.country = VocabCombo(
            "countries",
            accessible + " - " + QCoreApplication.translate("CaseEditor", "country"),
            QCoreApplication.translate("CaseEditor", "Country not stated"),
            min_chars=10,
        )
        self.region = QLineEdit()
        self.region.setPlaceholderText(QCoreApplication.translate("CaseEditor", "Region"))
        self.region.setAccessibleName(
            accessible + " - " + QCoreApplication.translate("CaseEditor", "region")
        )
        self.city = QLineEdit()
        self.city.setPlaceholderText(QCoreApplication.translate("CaseEditor", "City or town"))
        self.city.setAccessibleName(
            accessible + " - " + QCoreApplication.translate("CaseEditor", "city")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = Qt.AlignmentFlag.AlignTop  # level with the country, above its message line
        layout.addWidget(self.country.field(), 3)
        layout.addWidget(self.region, 2, top)
        layout.addWidget(self.city, 2, top)
        self.country.changed.connect(self.changed)
        self.region.textEdited.connect(lambda _t: self.changed.emit())
        self.city.textEdited.connect(lambda _t: self.changed.emit())
        self.setAccessibleName(accessible)

    def value(self, keep: dict[str, Any] | None = None) -> dict[str, Any]:
        """The place shown, over `keep` (the stored place: keys this editor does not show
        survive)."""
        place = dict(keep or {})
        for key, value in (("country", self.country.code()),
                           ("region", self.region.text().strip()),
                           ("city", self.city.text().strip())):
            if value:
                place[key] = value
            else:
                place.pop(key, None)
        return place

    def set_value(self, place: dict[str, Any] | None) -> None:
        place = place or {}
        self.country.set_code(place.get("country"))
        self.region.setText(str(place.get("region", "")))
        self.city.setText(str(place.get("city", "")))

    def clear(self) -> None:
        self.set_value(None)
