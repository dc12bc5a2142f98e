"""The Organisations section: the organisations this vault trusts (a table), the safety
code and technical details of the one selected, adding one from its card file (CardCheck)
and, in a coordinator's vault, its own organisation (OwnOrganisationPanel).

No cryptography words on screen; the technical details sit behind "Details" expanders.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHeaderView,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import fill
from app.services import organisations
from app.services.organisations import Organisation
from app.services.vaults import Vault
from app.ui.common import i18n
from app.ui.common.fields import Details, SafetyCodeLabel, heading, read_only_line
from app.ui.common.table import Column, RecordRole, RecordTable, SortRole
from app.ui.common.widgets import plain_label
from app.ui.coordinator.team.panel import TeamPanel
from app.ui.keys.card_check import CardCheck
from app.ui.keys.own_organisation import OwnOrganisationPanel

# -- the trusted organisations table ----------------------------------------------------

CONTEXT = "Organisations"  # the translation context of the headers and kinds


class OrgColumn(IntEnum):
    NAME = 0
    KIND = 1
    TRUSTED = 2


def _kind(org: Organisation) -> str:
    return (QCoreApplication.translate("Organisations", "Your organisation") if org.own
            else QCoreApplication.translate("Organisations", "Trusted"))


ORGANISATION_COLUMNS: tuple[Column[Organisation], ...] = (
    Column(str(QT_TRANSLATE_NOOP("Organisations", "Organisation")), lambda o: o.name,
           sort=lambda o: o.name.casefold()),
    Column(str(QT_TRANSLATE_NOOP("Organisations", "Kind")), _kind, sort=lambda o: int(o.own)),
    Column(str(QT_TRANSLATE_NOOP("Organisations", "Trusted since")),
           lambda o: i18n.stamp_text(o.trusted_at, day_only=True),
           sort=lambda o: o.trusted_at),
)


def organisation_table(parent: QObject | None = None) -> RecordTable[Organisation]:
    """The organisations this vault trusts; RecordRole gives the Organisation, SortRole raw
    values."""
    return RecordTable(CONTEXT, ORGANISATION_COLUMNS, parent)


# -- the Organisations section ----------------------------------------------------------


class OrganisationsSection(QWidget):
    organisations_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.model = organisation_table(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Trusted organisations"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(OrgColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            OrgColumn.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (OrgColumn.KIND, OrgColumn.TRUSTED):  # "Your organisation" uncut
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.empty = plain_label(self.tr(
            "You trust no organisation yet. Ask the organisation for its card file, then "
            "add it below."
        ))

        self.detail_code = SafetyCodeLabel()
        self.detail_fingerprint = read_only_line(self.tr("Key fingerprint"))
        self.detail_recipient = read_only_line(self.tr("Encryption key"))
        tech = QWidget()
        tech_form = QFormLayout(tech)
        tech_form.setContentsMargins(0, 0, 0, 0)
        tech_form.addRow(self.tr("Fingerprint (SHA256)"), self.detail_fingerprint)
        tech_form.addRow(self.tr("Encryption key (age)"), self.detail_recipient)
        self.details = Details(tech)
        self.selected = QWidget()
        selected = QVBoxLayout(self.selected)
        selected.setContentsMargins(0, 0, 0, 0)
        self.selected_text = plain_label()
        selected.addWidget(self.selected_text)
        selected.addWidget(self.detail_code)
        selected.addWidget(self.details)
        self.selected.hide()

        self.card_check = CardCheck()
        self.own = OwnOrganisationPanel()
        self.team = TeamPanel()  # a coordinator's team of desks (docs/team.md)
        body = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.table.setMinimumHeight(140)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.own)
        layout.addWidget(self.team)
        layout.addWidget(heading(self.tr("Organisations")))
        layout.addWidget(plain_label(self.tr(
            "The organisations you send testimonies to. Only an organisation's own "
            "coordinators can open what you send to it."
        )))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.selected)
        layout.addWidget(heading(self.tr("Add an organisation")))
        layout.addWidget(plain_label(self.tr(
            "Choose the card file the organisation gave you (on a USB stick or through a "
            "messenger). You will then compare its safety code with them."
        )))
        layout.addWidget(self.card_check)

        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self.card_check.trusted.connect(self.on_trusted)
        self.own.created.connect(self.on_trusted)
        self.own.created.connect(lambda _org: self.team.refresh())
        self.team.team_changed.connect(self.on_team_changed)

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.card_check.show_vault(vault)
        self.own.show_vault(vault)
        self.own.setVisible(vault is not None and vault.role == "coordinator")
        self.team.show_vault(vault)
        self.team.setVisible(vault is not None and vault.role == "coordinator")
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows([] if self.vault is None else organisations.organisations(self.vault))
        self.empty.setVisible(self.vault is not None and self.model.rowCount() == 0)
        self.selected.hide()
        self.details.toggle.setChecked(False)

    # For tests and for the story flow: the same path as the buttons.
    def load_card(self, path: Path) -> bool:
        return self.card_check.load_card(path)

    def on_trusted(self, _org: Organisation) -> None:
        self.refresh()
        self.organisations_changed.emit()

    def on_team_changed(self) -> None:
        """Joined (this vault now holds the organisation) or a new card after a removal."""
        self.own.refresh()
        self.refresh()
        self.organisations_changed.emit()

    def on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        org = current.data(RecordRole) if current.isValid() else None
        if not isinstance(org, Organisation):
            self.selected.hide()
            return
        self.selected_text.setText(fill(self.tr("Safety code of %1:"), org.name))
        self.detail_code.show_code(org.signing_key.safety_code())
        self.detail_fingerprint.setText(org.fingerprint)
        self.detail_recipient.setText(org.recipient.to_string())
        self.selected.show()
