"""The coordinator's Researchers section: the researchers whose keys this organisation has
pinned, with when each key is valid and how many bundles came from it; pinning a new one
from the key line on their Identity screen after comparing the safety code ("They match" /
"They do not match"); setting or ending a key's validity; the bundles of the selected
researcher.

Rules live in app.services.signers; this module shows them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QSortFilterProxyModel, Qt, Signal
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

from app.domain.text import fill
from app.services import signers
from app.services.errors import IdentityError, ServiceError, VaultError
from app.services.signers import PublicKey, Signer
from app.services.vaults import Vault
from app.ui.common import i18n, look
from app.ui.common.code_gate import WholeCodeGate
from app.ui.common.fields import Details, SafetyCodeLabel, heading, read_only_line
from app.ui.common.table import RecordRole, SortRole
from app.ui.common.widgets import error_text, plain_label
from app.ui.coordinator.researchers.dates import (
    day_after,
    day_start,
    parse_stamp,
    pydate,
    qdate,
    until_day,
)
from app.ui.coordinator.researchers.models import (
    ResearcherRow,
    bundle_table,
    researcher_rows,
    researcher_table,
)


def _table(
    model: QAbstractItemModel, accessible: str, parent: QWidget
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

        self.model = researcher_table(self)
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
        self.from_date.setDisplayFormat(i18n.date_format())
        self.from_date.setAccessibleName(self.tr("Valid from (date)"))
        self.until_check = QCheckBox(self.tr("Valid until"))
        self.until_check.setAccessibleName(self.tr("Limit until when the key is valid"))
        self.until_date = QDateEdit()
        self.until_date.setCalendarPopup(True)
        self.until_date.setDisplayFormat(i18n.date_format())
        self.until_date.setAccessibleName(self.tr("Valid until (date, included)"))
        self.save_validity_button = QPushButton(self.tr("Save the dates"))
        self.save_validity_button.setAccessibleName(self.tr("Save when the key is valid"))
        self.end_button = QPushButton(self.tr("End now"))
        self.end_button.setAccessibleName(self.tr("End this researcher's key now"))
        for button in (self.save_validity_button, self.end_button):
            button.setAutoDefault(False)
        self.validity_message = plain_label()
        self.validity_message.setAccessibleName(self.tr("Message about validity"))
        self.bundle_model = bundle_table(self)
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
        look.with_icon(self.match_button, "check")
        self.match_button.setAccessibleName(self.tr("They match"))
        self.mismatch_button = QPushButton(self.tr("They do not match"))
        look.with_icon(self.mismatch_button, "x")
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
        self.gate = WholeCodeGate(self.compare_code, self.match_button)  # the whole code
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
            self.model.set_rows(researcher_rows(self.vault) if self.vault is not None else [])
        except VaultError as err:
            self.model.set_rows([])
            self.add_message.setText(error_text(err))
        self.empty.setVisible(self.vault is not None and self.model.rowCount() == 0)
        self.selected.hide()
        self.bundle_model.set_rows([])
        if keep is not None:
            row = next((i for i, r in enumerate(self.model.rows) if r.fingerprint == keep), -1)
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
            self.bundle_model.set_rows([])
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
        self.bundle_model.set_rows(row.bundles)
        self.no_bundles.setVisible(not row.bundles)
        self.selected.show()

    def _load_validity(self, signer: Signer | None) -> None:
        today = QDate.currentDate()
        after = signer.valid_after if signer is not None else None
        before = signer.valid_before if signer is not None else None
        after_when = parse_stamp(after) if after else None
        self.from_check.setChecked(after_when is not None)
        self.from_date.setDate(qdate(after_when.date()) if after_when else today)
        self.from_date.setEnabled(after_when is not None)
        last = until_day(before) if before else None
        self.until_check.setChecked(last is not None)
        self.until_date.setDate(qdate(last) if last else today.addYears(1))
        self.until_date.setEnabled(last is not None)

    def set_validity(self, valid_from: date | None, valid_until: date | None) -> None:
        """Fill in the dates as a person would (None: no limit)."""
        self.from_check.setChecked(valid_from is not None)
        if valid_from is not None:
            self.from_date.setDate(qdate(valid_from))
        self.until_check.setChecked(valid_until is not None)
        if valid_until is not None:
            self.until_date.setDate(qdate(valid_until))

    def on_save_validity_clicked(self) -> None:
        row = self.current()
        if self.vault is None or row is None or row.signer is None:
            return
        after = day_start(pydate(self.from_date.date())) if (self.from_check.isChecked()) else None
        before = (
            day_after(pydate(self.until_date.date())) if (self.until_check.isChecked()) else None
        )
        try:
            signer = signers.set_signer_validity(self.vault, row.fingerprint, after, before)
        except (VaultError, ServiceError) as err:
            self.validity_message.setText(error_text(err))
            return
        self._changed(signer.fingerprint,
                      fill(self.tr("The dates for %1 were saved."), signer.name))

    def on_end_clicked(self) -> None:
        row = self.current()
        if self.vault is None or row is None or row.signer is None:
            return
        try:
            signer = signers.end_signer(self.vault, row.fingerprint)
        except (VaultError, ServiceError) as err:
            self.validity_message.setText(error_text(err))
            return
        self._changed(
            signer.fingerprint,
            fill(self.tr(
                "The key of %1 has ended. Bundles they sign from now on are refused; bundles "
                "already imported stay."
            ), signer.name),
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
        existing = signers.signer_by_key(self.vault, key)
        if existing is not None:
            self.add_message.setText(
                fill(self.tr("This key is already pinned as %1."), existing.name)
            )
            self.refresh(keep=existing.fingerprint)
            return
        if not self.name.text().strip() and comment:
            self.name.setText(comment)
        self.candidate = key
        self.compare_code.show_code(key.safety_code())
        self.compare.show()
        self.mismatch_button.setFocus()
        self.gate.reveal()

    def on_match_clicked(self) -> None:
        if self.vault is None or self.candidate is None or not self.match_button.isEnabled():
            return
        name = " ".join(self.name.text().split())
        if not name:
            self.add_message.setText(
                self.tr("Type a name for this researcher, so you can recognise their files.")
            )
            self.name.setFocus()
            return
        try:
            signer = signers.trust_signer(self.vault, self.candidate.to_openssh_line(), name)
        except (VaultError, ServiceError, IdentityError) as err:
            self.add_message.setText(error_text(err))
            return
        self.key_line.clear()
        self.name.clear()
        self._reset_compare()
        self.refresh(keep=signer.fingerprint)
        self.add_message.setText(
            fill(self.tr("%1 is pinned. Bundles they sign are now accepted."), signer.name)
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
