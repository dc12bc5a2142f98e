"""The coordinator's Researchers section: the researchers whose keys this organisation has
pinned, with when each key is valid and how many bundles came from it; pinning a new one
from the key line on their Identity screen after comparing the safety code ("They match" /
"They do not match"); setting or ending a key's validity; the bundles of the selected
researcher.

Rules live in app.services.bundles and storage; this module shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import bundles
from app.ui.common.fields import Details, SafetyCodeLabel, heading, read_only_line
from app.ui.common.table import Index as _Index
from app.ui.common.table import RecordRole, SortRole
from app.ui.common.widgets import error_text, plain_label
from crypto.identity import IdentityError, PublicKey
from storage import keys, provenance
from storage.errors import VaultError
from storage.provenance import BundleSummary
from storage.timeutil import now_utc
from storage.vault import Vault

_STAMP = "%Y-%m-%dT%H:%M:%SZ"


# -- times: a chosen day <-> the UTC stamps the key's validity is stored as -----------------


def day_start(day: date) -> str:
    """ "Valid from" a day: from its start (UTC)."""
    return f"{day:%Y-%m-%d}T00:00:00Z"


def day_after(day: date) -> str:
    """ "Valid until" a day, that day included: the stored end is the next day's start."""
    return day_start(day + timedelta(days=1))


def _parse(stamp: str) -> datetime | None:
    try:
        return datetime.strptime(stamp, _STAMP)
    except ValueError:
        return None


def shown_from(stamp: str | None) -> str:
    if stamp is None:
        return ""
    when = _parse(stamp)
    if when is None:
        return stamp
    return (
        f"{when:%Y-%m-%d}" if when.time() == datetime.min.time() else (f"{when:%Y-%m-%d %H:%M} UTC")
    )


def shown_until(stamp: str | None) -> str:
    """The last valid day for an end at a day's start, else the moment it ended."""
    if stamp is None:
        return ""
    when = _parse(stamp)
    if when is None:
        return stamp
    if when.time() == datetime.min.time():
        return f"{when - timedelta(days=1):%Y-%m-%d}"
    return f"{when:%Y-%m-%d %H:%M} UTC"


def until_day(stamp: str) -> date | None:
    when = _parse(stamp)
    if when is None:
        return None
    return (
        (when - timedelta(days=1)).date() if when.time() == datetime.min.time() else (when.date())
    )


def short_code(code: str) -> str:
    groups = code.split()
    return " ".join(groups[:2]) + (" ..." if len(groups) > 2 else "")


# -- the researchers model ------------------------------------------------------------------


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


@dataclass(frozen=True, slots=True)
class ResearcherRow:
    fingerprint: str
    name: str
    signer: keys.Signer | None  # None: bundles came from this key, but it is not pinned now
    bundles: tuple[BundleSummary, ...]

    @property
    def status(self) -> str:
        if self.signer is None:
            return "not_pinned"
        now = now_utc()
        if self.signer.valid_at(now):
            return "active"
        if self.signer.valid_after is not None and now < self.signer.valid_after:
            return "not_yet"
        return "ended"


class ResearcherColumn(IntEnum):
    NAME = 0
    CODE = 1
    VALID_FROM = 2
    VALID_UNTIL = 3
    STATUS = 4
    BUNDLES = 5


_HEADERS = {
    ResearcherColumn.NAME: QT_TRANSLATE_NOOP("Researchers", "Researcher"),
    ResearcherColumn.CODE: QT_TRANSLATE_NOOP("Researchers", "Safety code"),
    ResearcherColumn.VALID_FROM: QT_TRANSLATE_NOOP("Researchers", "Valid from"),
    ResearcherColumn.VALID_UNTIL: QT_TRANSLATE_NOOP("Researchers", "Valid until"),
    ResearcherColumn.STATUS: QT_TRANSLATE_NOOP("Researchers", "Status"),
    ResearcherColumn.BUNDLES: QT_TRANSLATE_NOOP("Researchers", "Bundles"),
}
STATUS_LABELS = {
    "active": QT_TRANSLATE_NOOP("Researchers", "Accepted"),
    "ended": QT_TRANSLATE_NOOP("Researchers", "Ended"),
    "not_yet": QT_TRANSLATE_NOOP("Researchers", "Not valid yet"),
    "not_pinned": QT_TRANSLATE_NOOP("Researchers", "Not pinned"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Researchers", text)


class ResearcherModel(QAbstractTableModel):
    """Pinned researchers (and keys bundles came from that are not pinned any more), by
    name. RecordRole gives the ResearcherRow; SortRole raw values."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ResearcherRow] = []

    def load(self, vault: Vault | None) -> None:
        rows: list[ResearcherRow] = []
        if vault is not None:
            pinned = {s.fingerprint: s for s in keys.signers(vault.conn)}
            for entry in provenance.signers_with_bundles(vault.conn):
                rows.append(
                    ResearcherRow(
                        entry.fingerprint, entry.name, pinned.get(entry.fingerprint), entry.bundles
                    )
                )
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, fingerprint: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.fingerprint == fingerprint), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(ResearcherColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = ResearcherColumn(index.column())
        signer = row.signer
        if role == RecordRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column is ResearcherColumn.NAME:
                return row.name
            if column is ResearcherColumn.CODE:
                return short_code(signer.public_key.safety_code()) if signer else ""
            if column is ResearcherColumn.VALID_FROM:
                return shown_from(signer.valid_after) if signer else ""
            if column is ResearcherColumn.VALID_UNTIL:
                return shown_until(signer.valid_before) if signer else ""
            if column is ResearcherColumn.STATUS:
                return _tr(str(STATUS_LABELS[row.status]))
            return str(len(row.bundles))
        if role == SortRole:
            if column is ResearcherColumn.NAME:
                return row.name.casefold()
            if column is ResearcherColumn.CODE:
                return signer.public_key.safety_code() if signer else ""
            if column is ResearcherColumn.VALID_FROM:
                return (signer.valid_after or "") if signer else ""
            if column is ResearcherColumn.VALID_UNTIL:
                return (signer.valid_before or "9999") if signer else ""
            if column is ResearcherColumn.STATUS:
                return row.status
            return len(row.bundles)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is ResearcherColumn.BUNDLES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(ResearcherColumn)
        ):
            return _tr(str(_HEADERS[ResearcherColumn(section)]))
        return None


# -- one researcher's bundles ---------------------------------------------------------------


class BundleColumn(IntEnum):
    BUNDLE = 0
    CREATED = 1
    IMPORTED = 2
    CASES = 3
    RECEIPT = 4


_BUNDLE_HEADERS = {
    BundleColumn.BUNDLE: QT_TRANSLATE_NOOP("Researchers", "Bundle"),
    BundleColumn.CREATED: QT_TRANSLATE_NOOP("Researchers", "Created"),
    BundleColumn.IMPORTED: QT_TRANSLATE_NOOP("Researchers", "Imported"),
    BundleColumn.CASES: QT_TRANSLATE_NOOP("Researchers", "Cases"),
    BundleColumn.RECEIPT: QT_TRANSLATE_NOOP("Researchers", "Receipt"),
}


def _stamp_text(stamp: str | None) -> str:
    if stamp is None:
        return ""
    when = _parse(stamp)
    return f"{when:%Y-%m-%d %H:%M}" if when is not None else stamp


class BundleModel(QAbstractTableModel):
    """The bundles received from one researcher, newest import first. RecordRole gives
    the BundleSummary; SortRole raw values."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[BundleSummary] = []

    def set_bundles(self, found: list[BundleSummary]) -> None:
        self.beginResetModel()
        self.rows = list(found)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(BundleColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        b = self.rows[index.row()]
        column = BundleColumn(index.column())
        if role == RecordRole:
            return b
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column is BundleColumn.BUNDLE:
                return b.bundle_id[:8]
            if column is BundleColumn.CREATED:
                return _stamp_text(b.created_at)
            if column is BundleColumn.IMPORTED:
                return _stamp_text(b.imported_at)
            if column is BundleColumn.CASES:
                return str(b.cases)
            if b.receipt.created:
                return QCoreApplication.translate("Researchers", "Receipt made %1").replace(
                    "%1", _stamp_text(b.receipt.at)
                )
            return QCoreApplication.translate("Researchers", "No receipt yet")
        if role == Qt.ItemDataRole.ToolTipRole and column is BundleColumn.BUNDLE:
            return b.bundle_id
        if role == SortRole:
            if column is BundleColumn.BUNDLE:
                return b.bundle_id
            if column is BundleColumn.CREATED:
                return b.created_at
            if column is BundleColumn.IMPORTED:
                return b.imported_at or ""
            if column is BundleColumn.CASES:
                return b.cases
            return b.receipt.at or ""
        return None

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(BundleColumn)
        ):
            return _tr(str(_BUNDLE_HEADERS[BundleColumn(section)]))
        return None


def _table(
    model: QAbstractTableModel, accessible: str, parent: QWidget
) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    view = QTableView()
    view.setModel(proxy)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    view.setMinimumHeight(130)
    return view, proxy


# -- the section ------------------------------------------------------------------------------


class ResearchersSection(QWidget):
    """Pinned researchers, adding one after comparing the safety code, their validity and
    their bundles. `signers_changed` after a pin or a validity change."""

    signers_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.candidate: PublicKey | None = None

        self.model = ResearcherModel(self)
        self.table, self.proxy = _table(self.model, self.tr("Pinned researchers"), self)
        self.empty = plain_label(
            self.tr(
                "No researcher is pinned yet. Add one below, or import a bundle in the Inbox "
                "and pin its sender there."
            )
        )

        # The selected researcher.
        self.selected = QWidget()
        self.selected_title = heading("")
        self.selected_title.setAccessibleName(self.tr("Selected researcher"))
        self.code_label = SafetyCodeLabel()
        self.detail_fingerprint = read_only_line(self.tr("Key fingerprint"))
        self.detail_key = read_only_line(self.tr("Public key"))
        tech = QWidget()
        tech_form = QFormLayout(tech)
        tech_form.setContentsMargins(0, 0, 0, 0)
        tech_form.addRow(self.tr("Fingerprint (SHA256)"), self.detail_fingerprint)
        tech_form.addRow(self.tr("Public key (OpenSSH)"), self.detail_key)
        self.details = Details(tech)
        self.from_check = QCheckBox(self.tr("Valid from"))
        self.from_check.setAccessibleName(self.tr("Limit when the key becomes valid"))
        self.from_date = QDateEdit()
        self.from_date.setCalendarPopup(True)
        self.from_date.setDisplayFormat("yyyy-MM-dd")
        self.from_date.setAccessibleName(self.tr("Valid from (date)"))
        self.until_check = QCheckBox(self.tr("Valid until"))
        self.until_check.setAccessibleName(self.tr("Limit until when the key is valid"))
        self.until_date = QDateEdit()
        self.until_date.setCalendarPopup(True)
        self.until_date.setDisplayFormat("yyyy-MM-dd")
        self.until_date.setAccessibleName(self.tr("Valid until (date, included)"))
        self.save_validity_button = QPushButton(self.tr("Save the dates"))
        self.save_validity_button.setAccessibleName(self.tr("Save when the key is valid"))
        self.end_button = QPushButton(self.tr("End now"))
        self.end_button.setAccessibleName(self.tr("End this researcher's key now"))
        for button in (self.save_validity_button, self.end_button):
            button.setAutoDefault(False)
        self.validity_message = plain_label()
        self.validity_message.setAccessibleName(self.tr("Message about validity"))
        self.bundle_model = BundleModel(self)
        self.bundle_table, self.bundle_proxy = _table(
            self.bundle_model, self.tr("Bundles from this researcher"), self
        )
        self.no_bundles = plain_label(self.tr("No bundle from this researcher yet."))

        validity = QFormLayout()
        from_row = QHBoxLayout()
        from_row.addWidget(self.from_check)
        from_row.addWidget(self.from_date)
        from_row.addStretch(1)
        until_row = QHBoxLayout()
        until_row.addWidget(self.until_check)
        until_row.addWidget(self.until_date)
        until_row.addStretch(1)
        validity.addRow(from_row)
        validity.addRow(until_row)
        validity_buttons = QHBoxLayout()
        validity_buttons.addWidget(self.save_validity_button)
        validity_buttons.addWidget(self.end_button)
        validity_buttons.addStretch(1)
        selected = QVBoxLayout(self.selected)
        selected.setContentsMargins(0, 0, 0, 0)
        selected.addWidget(self.selected_title)
        selected.addWidget(plain_label(self.tr("Safety code:")))
        selected.addWidget(self.code_label)
        selected.addWidget(self.details)
        selected.addWidget(heading(self.tr("When their files are accepted")))
        selected.addWidget(
            plain_label(
                self.tr(
                    "Bundles this researcher signs are accepted only within these dates. End the "
                    "key now if their laptop was lost or taken, or they stopped working with you: "
                    "bundles they sign from now on are refused; those already imported stay."
                )
            )
        )
        selected.addLayout(validity)
        selected.addLayout(validity_buttons)
        selected.addWidget(self.validity_message)
        selected.addWidget(heading(self.tr("Their bundles")))
        selected.addWidget(self.bundle_table)
        selected.addWidget(self.no_bundles)
        self.selected.hide()

        # Adding a researcher.
        self.key_line = QLineEdit()
        self.key_line.setAccessibleName(self.tr("The researcher's public key"))
        self.key_line.setPlaceholderText("ssh-ed25519 AAAA...")
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name for this researcher"))
        self.name.setMaxLength(200)
        self.show_code_button = QPushButton(self.tr("Show the safety code"))
        self.show_code_button.setAccessibleName(self.tr("Show the safety code"))
        self.compare = QFrame()
        self.compare.setFrameShape(QFrame.Shape.StyledPanel)
        self.compare_code = SafetyCodeLabel()
        self.instruction = plain_label(
            self.tr(
                "Compare these digits with the researcher by phone or in person: ask them to "
                "read the safety code on their Identity screen aloud, group by group. Do not "
                "use a message for this: someone who could change the key could change the "
                "message too."
            )
        )
        self.match_button = QPushButton(self.tr("They match"))
        self.match_button.setAccessibleName(self.tr("They match"))
        self.mismatch_button = QPushButton(self.tr("They do not match"))
        self.mismatch_button.setAccessibleName(self.tr("They do not match"))
        for button in (self.match_button, self.mismatch_button, self.show_code_button):
            button.setAutoDefault(False)
        self.add_message = plain_label()
        self.add_message.setAccessibleName(self.tr("Message about adding a researcher"))
        compare = QVBoxLayout(self.compare)
        compare.addWidget(plain_label(self.tr("Safety code of this key:")))
        compare.addWidget(self.compare_code)
        compare.addWidget(self.instruction)
        compare_buttons = QHBoxLayout()
        compare_buttons.addWidget(self.match_button)
        compare_buttons.addWidget(self.mismatch_button)
        compare_buttons.addStretch(1)
        compare.addLayout(compare_buttons)
        self.compare.hide()
        add_form = QFormLayout()
        add_form.addRow(self.tr("Public key"), self.key_line)
        add_form.addRow(self.tr("Name"), self.name)

        body = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Researchers")))
        layout.addWidget(
            plain_label(
                self.tr(
                    "Bundles are imported only from researchers you have pinned here, after "
                    "comparing their safety code with them."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.selected)
        layout.addWidget(heading(self.tr("Add a researcher")))
        layout.addWidget(
            plain_label(
                self.tr(
                    "Paste the public key from the researcher's Identity screen (it is not secret; "
                    "they can send it by messenger) and the name you know them by."
                )
            )
        )
        layout.addLayout(add_form)
        show_row = QHBoxLayout()
        show_row.addWidget(self.show_code_button)
        show_row.addStretch(1)
        layout.addLayout(show_row)
        layout.addWidget(self.compare)
        layout.addWidget(self.add_message)
        layout.addStretch(1)

        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self.show_code_button.clicked.connect(self.on_show_code_clicked)
        self.key_line.returnPressed.connect(self.on_show_code_clicked)
        self.key_line.textEdited.connect(self.on_key_edited)
        self.match_button.clicked.connect(self.on_match_clicked)
        self.mismatch_button.clicked.connect(self.on_mismatch_clicked)
        self.from_check.toggled.connect(self.from_date.setEnabled)
        self.until_check.toggled.connect(self.until_date.setEnabled)
        self.save_validity_button.clicked.connect(self.on_save_validity_clicked)
        self.end_button.clicked.connect(self.on_end_clicked)

    # -- the interface the window uses --------------------------------------------------

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.key_line.clear()
        self.name.clear()
        self._reset_compare()
        self.add_message.clear()
        self.validity_message.clear()
        self.refresh()
        enabled = vault is not None and vault.role == "coordinator"
        for control in (self.key_line, self.name, self.show_code_button):
            control.setEnabled(enabled)

    def refresh(self, keep: str | None = None) -> None:
        """Reload the list; select the researcher with fingerprint `keep` if given."""
        try:
            self.model.load(self.vault)
        except VaultError as err:
            self.model.load(None)
            self.add_message.setText(error_text(err))
        self.empty.setVisible(self.vault is not None and self.model.rowCount() == 0)
        self.selected.hide()
        self.bundle_model.set_bundles([])
        if keep is not None:
            row = self.model.row_of(keep)
            if row >= 0:
                self.select_row(row)

    def select_row(self, row: int) -> None:
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)

    def current(self) -> ResearcherRow | None:
        index = self.table.currentIndex()
        row = index.data(RecordRole) if index.isValid() else None
        return row if isinstance(row, ResearcherRow) else None

    # -- the selected researcher --------------------------------------------------------

    def on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(RecordRole) if current.isValid() else None
        self.validity_message.clear()
        if not isinstance(row, ResearcherRow):
            self.selected.hide()
            self.bundle_model.set_bundles([])
            return
        self.selected_title.setText(row.name)
        signer = row.signer
        self.details.toggle.setChecked(False)
        self.detail_fingerprint.setText(row.fingerprint)
        if signer is not None:
            self.code_label.show_code(signer.public_key.safety_code())
            self.detail_key.setText(signer.public_key.to_openssh_line())
        else:
            self.code_label.show_code("")
            self.detail_key.clear()
        self._load_validity(signer)
        for control in (
            self.from_check,
            self.until_check,
            self.save_validity_button,
            self.end_button,
        ):
            control.setEnabled(signer is not None)
        self.bundle_model.set_bundles(list(row.bundles))
        self.no_bundles.setVisible(not row.bundles)
        self.selected.show()

    def _load_validity(self, signer: keys.Signer | None) -> None:
        today = QDate.currentDate()
        after = signer.valid_after if signer is not None else None
        before = signer.valid_before if signer is not None else None
        after_when = _parse(after) if after else None
        self.from_check.setChecked(after_when is not None)
        self.from_date.setDate(_qdate(after_when.date()) if after_when else today)
        self.from_date.setEnabled(after_when is not None)
        last = until_day(before) if before else None
        self.until_check.setChecked(last is not None)
        self.until_date.setDate(_qdate(last) if last else today.addYears(1))
        self.until_date.setEnabled(last is not None)

    def set_validity(self, valid_from: date | None, valid_until: date | None) -> None:
        """Fill in the dates as a person would (None: no limit)."""
        self.from_check.setChecked(valid_from is not None)
        if valid_from is not None:
            self.from_date.setDate(_qdate(valid_from))
        self.until_check.setChecked(valid_until is not None)
        if valid_until is not None:
            self.until_date.setDate(_qdate(valid_until))

    def on_save_validity_clicked(self) -> None:
        row = self.current()
        if self.vault is None or row is None or row.signer is None:
            return
        after = day_start(_pydate(self.from_date.date())) if (self.from_check.isChecked()) else None
        before = (
            day_after(_pydate(self.until_date.date())) if (self.until_check.isChecked()) else None
        )
        try:
            signer = bundles.set_signer_validity(self.vault, row.fingerprint, after, before)
        except (VaultError, bundles.ServiceError) as err:
            self.validity_message.setText(error_text(err))
            return
        self._changed(
            signer.fingerprint, self.tr("The dates for %1 were saved.").replace("%1", signer.name)
        )

    def on_end_clicked(self) -> None:
        row = self.current()
        if self.vault is None or row is None or row.signer is None:
            return
        try:
            signer = bundles.end_signer(self.vault, row.fingerprint)
        except (VaultError, bundles.ServiceError) as err:
            self.validity_message.setText(error_text(err))
            return
        self._changed(
            signer.fingerprint,
            self.tr(
                "The key of %1 has ended. Bundles they sign from now on are refused; bundles "
                "already imported stay."
            ).replace("%1", signer.name),
        )

    def _changed(self, fingerprint: str, message: str) -> None:
        self.refresh(keep=fingerprint)
        self.validity_message.setText(message)
        self.signers_changed.emit()

    # -- adding a researcher --------------------------------------------------------------

    def on_key_edited(self, _text: str) -> None:
        self._reset_compare()

    def on_show_code_clicked(self) -> None:
        self._reset_compare()
        self.add_message.clear()
        if self.vault is None:
            return
        text = self.key_line.text().strip()
        if not text:
            self.add_message.setText(
                self.tr("Paste the public key from the researcher's Identity screen first.")
            )
            return
        try:
            key, comment = PublicKey.parse_openssh_line(text)
        except IdentityError as err:
            self.add_message.setText(error_text(err))
            return
        existing = keys.signer_by_key(self.vault.conn, key)
        if existing is not None:
            self.add_message.setText(
                self.tr("This key is already pinned as %1.").replace("%1", existing.name)
            )
            self.refresh(keep=existing.fingerprint)
            return
        if not self.name.text().strip() and comment:
            self.name.setText(comment)
        self.candidate = key
        self.compare_code.show_code(key.safety_code())
        self.compare.show()
        self.mismatch_button.setFocus()

    def on_match_clicked(self) -> None:
        if self.vault is None or self.candidate is None:
            return
        name = " ".join(self.name.text().split())
        if not name:
            self.add_message.setText(
                self.tr("Type a name for this researcher, so you can recognise their files.")
            )
            self.name.setFocus()
            return
        try:
            signer = bundles.trust_signer(self.vault, self.candidate.to_openssh_line(), name)
        except (VaultError, bundles.ServiceError, IdentityError) as err:
            self.add_message.setText(error_text(err))
            return
        self.key_line.clear()
        self.name.clear()
        self._reset_compare()
        self.refresh(keep=signer.fingerprint)
        self.add_message.setText(
            self.tr("%1 is pinned. Bundles they sign are now accepted.").replace("%1", signer.name)
        )
        self.signers_changed.emit()

    def on_mismatch_clicked(self) -> None:
        self._reset_compare()
        self.key_line.clear()
        self.add_message.setText(
            self.tr(
                "Nothing was pinned. Do not use this key: someone may have changed it on the "
                "way. Ask the researcher for it again, in person if you can."
            )
        )

    def _reset_compare(self) -> None:
        self.candidate = None
        self.compare.hide()
        self.compare_code.show_code("")
