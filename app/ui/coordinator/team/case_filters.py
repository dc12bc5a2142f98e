"""The case list's triage filters for coordinators: the triage status (instead of the
researcher's workflow status) and who a case is assigned to (me, nobody). They become
SearchFilters.triage and .assignees, searched in the database like the other filters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from app.domain.team import STATUSES
from app.services import team
from app.services.vaults import Vault
from app.ui.coordinator.team.triage import status_label as triage_label
from app.ui.researcher.case_model import status_label

WORKFLOW = ("draft", "ready", "exported", "delivered")


def assigned_combo() -> QComboBox:
    """Any assignment / Assigned to me / Assigned to nobody."""
    combo = QComboBox()
    combo.setAccessibleName(QCoreApplication.translate("CaseList", "Assigned to"))
    combo.addItem(QCoreApplication.translate("CaseList", "Any assignment"), None)
    combo.addItem(QCoreApplication.translate("CaseList", "Assigned to me"), "me")
    combo.addItem(QCoreApplication.translate("CaseList", "Assigned to nobody"), "nobody")
    combo.setMinimumContentsLength(8)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.hide()
    return combo


def fill_status_filter(combo: QComboBox, coordinator: bool) -> None:
    """A coordinator filters by triage status, a researcher by the case's workflow status."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(QCoreApplication.translate("CaseListView", "Any status"), None)
    for code in (STATUSES if coordinator else WORKFLOW):
        combo.addItem(triage_label(code) if coordinator else status_label(code), code)
    combo.blockSignals(False)


def triage_filters(vault: Vault | None, status: Any,
                   assigned: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """SearchFilters' (triage, assignees) for a coordinator's choice in the two combos."""
    assignees: tuple[str, ...] = ()
    if assigned == "me" and vault is not None:
        assignees = (team.my_name(vault),)
    elif assigned == "nobody":
        assignees = ("",)
    return ((str(status),) if status else ()), assignees
