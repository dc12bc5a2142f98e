"""The Team panel of Organisations, in a coordinator's vault (docs/team.md): this desk's
name, safety code and line; the shared folder (choosing it founds the team on the
organisation's desk); the team's coordinators, with "Invite a coordinator" and "Remove";
"Join a team" for a new coordinator vault; "Sync now" and the last sync in one sentence.

Everything goes through app.services.team. The sync itself runs in auto_sync.py; this panel
asks for it (`sync_requested`) and shows what came back (`show_synced`, `show_sync_failed`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import fill
from app.messages import explain
from app.services import organisations, team
from app.services.vaults import Vault
from app.ui.common import look
from app.ui.common.fields import SafetyCodeLabel, heading, read_only_line
from app.ui.common.i18n import clock_text
from app.ui.common.table import RecordRole
from app.ui.common.widgets import error_text, open_file_dialog, plain_label
from app.ui.coordinator.team.compare import InviteBox, JoinBox, bold
from app.ui.coordinator.team.members import MemberRow, member_table

NEW_CARD_FILE_NAME = "organisation-new.card"


class TeamPanel(QWidget):
    """See the module. `team_changed` after founding, joining, inviting or removing (the
    organisation's card may have changed); `sync_requested` for "Sync now"."""

    team_changed = Signal()
    sync_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.status: team.TeamStatus | None = None
        self._question: QMessageBox | None = None

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name in the team"))
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("Your name, as the other coordinators will see it"))
        self.name_label = bold(self.tr("Your name in the team"))
        self.name_label.setBuddy(self.name)
        self.code = SafetyCodeLabel()
        self.code.setAccessibleName(self.tr("Your safety code in the team"))
        self.line = read_only_line(self.tr("Your line"))
        self.copy_button = QPushButton(self.tr("Copy the line"))
        look.with_icon(self.copy_button, "copy")
        self.copy_button.setAccessibleName(self.tr("Copy your line"))
        self.folder = read_only_line(self.tr("Shared folder"))
        self.folder_button = QPushButton(self.tr("Choose the shared folder..."))
        look.with_icon(self.folder_button, "folder-open")
        self.folder_button.setAccessibleName(self.tr("Choose the shared folder"))
        self.folder_hint = plain_label()
        self.model = member_table(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Coordinators in the team"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(120)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.invite_button = QPushButton(self.tr("Invite a coordinator..."))
        look.with_icon(self.invite_button, "user-plus")
        self.invite_button.setAccessibleName(self.tr("Invite a coordinator"))
        self.remove_button = QPushButton(self.tr("Remove..."))
        look.with_icon(self.remove_button, "trash-2")
        self.remove_button.setAccessibleName(self.tr("Remove the selected coordinator"))
        self.sync_button = QPushButton(self.tr("Sync now"))
        look.with_icon(self.sync_button, "refresh-cw")
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.last_sync = plain_label()
        self.last_sync.setAccessibleName(self.tr("Last sync"))
        self.invite = InviteBox()
        self.join = JoinBox()
        self.join.name_missing = self.name_missing
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Message"))

        desk = QFormLayout()
        desk.setContentsMargins(0, 0, 0, 0)
        desk.addRow(self.name_label, self.name)
        line_row = QHBoxLayout()
        line_row.addWidget(self.line, 1)
        line_row.addWidget(self.copy_button)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.folder_button)
        self.folder_box = QWidget()
        folder_layout = QVBoxLayout(self.folder_box)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        folder_layout.addWidget(bold(self.tr("Shared folder")))
        folder_layout.addLayout(folder_row)
        folder_layout.addWidget(self.folder_hint)
        self.members_box = QWidget()
        members = QVBoxLayout(self.members_box)
        members.setContentsMargins(0, 0, 0, 0)
        members.addWidget(bold(self.tr("Coordinators in the team")))
        members.addWidget(self.table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.invite_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sync_button)
        members.addLayout(buttons)
        members.addWidget(self.last_sync)
        members.addWidget(self.invite)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Team")))
        layout.addWidget(plain_label(self.tr(
            "Several coordinators of your organisation can share the work. Each keeps their "
            "own vault; a shared folder, kept in step by Syncthing, carries only encrypted "
            "files between them.")))
        layout.addLayout(desk)
        layout.addWidget(plain_label(self.tr("Your safety code in the team:")))
        layout.addWidget(self.code)
        layout.addWidget(plain_label(self.tr(
            "Your line, for the coordinator who invites you. Compare the safety code with "
            "them by phone or in person.")))
        layout.addLayout(line_row)
        layout.addWidget(self.folder_box)
        layout.addWidget(self.members_box)
        layout.addWidget(self.join)
        layout.addWidget(self.message)

        self.name.editingFinished.connect(self.on_name_edited)
        self.copy_button.clicked.connect(self.on_copy_clicked)
        self.folder_button.clicked.connect(self.on_folder_clicked)
        self.invite_button.clicked.connect(self.on_invite_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.sync_button.clicked.connect(self.sync_requested)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        for box in (self.invite, self.join):
            box.message.connect(self.message.setText)
        self.invite.invited.connect(lambda _written: self._changed())
        self.join.joined.connect(self._on_joined)

    # -- the interface Organisations uses --------------------------------------------------

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.message.clear()
        self.last_sync.clear()
        self.invite.reset()
        self.invite.hide()
        self.join.show_vault(vault)
        if self._question is not None:
            self._question.close()
            self._question = None
        self.refresh()

    def refresh(self) -> None:
        vault = self.vault
        self.status = None
        if vault is None or vault.role != "coordinator":
            self.name.clear()
            self.code.show_code("")
            self.line.clear()
            self.folder.clear()
            self.model.set_rows([])
            return
        try:
            mine = team.my_line(vault)
            self.status = team.status(vault)
        except Exception as err:
            if explain(err) is None:
                raise
            self.message.setText(error_text(err))
            return
        status = self.status
        assert status is not None
        own = organisations.own_organisation(vault)
        # Before founding or joining, a name nobody gave (the default) shows empty: the
        # coordinator writes the name the others will see next to everything decided here.
        unnamed = not status.joined and status.member_name == team.DEFAULT_NAME
        self.name.setText("" if unnamed else status.member_name)
        self.name.setReadOnly(status.joined)
        look_name = self.name_label.font()
        look_name.setBold(not status.joined)
        self.name_label.setFont(look_name)
        self.code.show_code(mine.safety_code)
        self.line.setText(mine.line)
        self.line.setCursorPosition(0)
        self.folder.setText(status.folder or "")
        self.folder_box.setVisible(status.joined or own is not None)
        if status.joined:
            self.folder_hint.setText(self.tr(
                "Guvoh reads this folder on its own while the vault is unlocked."))
        else:
            self.folder_hint.setText(self.tr(
                "Choosing the shared folder starts the team, with you as its first "
                "coordinator."))
        self.members_box.setVisible(status.joined)
        self.join.setVisible(not status.joined)
        self.sync_button.setEnabled(status.joined and status.folder is not None)
        self.invite_button.setEnabled(status.joined and status.folder is not None)
        chosen = self.selected_member()  # kept across a refresh (a sync every minute)
        self.model.set_rows([MemberRow.of(m, status.fingerprint) for m in status.members])
        for n, row in enumerate(self.model.rows):
            if chosen is not None and row.fingerprint == chosen.fingerprint:
                self.table.selectRow(n)
        self._on_current_changed(self.table.currentIndex(), QModelIndex())

    def on_invite_clicked(self) -> None:
        self.message.clear()
        self.invite.start(self.vault)

    # -- this desk -------------------------------------------------------------------------

    def on_name_edited(self) -> None:
        vault = self.vault
        if vault is None or self.name.isReadOnly() or self.status is None:
            return
        name = " ".join(self.name.text().split())
        if not name or name == self.status.member_name:
            return
        try:
            team.my_line(vault, name)
        except Exception as err:
            if explain(err) is None:
                raise
            self.message.setText(error_text(err))
            return
        self.refresh()

    def name_missing(self) -> str | None:
        """The sentence refusing to found or join while this desk has no name, else None."""
        if self.name.isReadOnly() or " ".join(self.name.text().split()):
            return None
        self.name.setFocus()
        return self.tr("Write your name in the team first: the other coordinators see it "
                       "next to everything you decide.")

    def on_copy_clicked(self) -> None:
        missing = self.name_missing()  # the line carries the name to the team
        if missing is not None:
            self.message.setText(missing)
            return
        if self.line.text():
            QGuiApplication.clipboard().setText(self.line.text())
            self.message.setText(self.tr("Your line was copied."))

    # -- the shared folder -----------------------------------------------------------------

    def on_folder_clicked(self) -> None:
        missing = self.name_missing()
        if missing is not None:
            self.message.setText(missing)
            return
        start = self.folder.text() or str(Path.home())
        open_file_dialog(self, self.tr("Choose the shared folder"), start,
                         self._on_folder_chosen, mode=QFileDialog.FileMode.Directory)

    def _on_folder_chosen(self, chosen: list[str]) -> None:
        if chosen:
            self.choose_folder(Path(chosen[0]))

    def choose_folder(self, folder: Path) -> bool:
        """Name the shared folder (on the organisation's first desk: found the team)."""
        vault = self.vault
        if vault is None:
            return False
        missing = self.name_missing()
        if missing is not None:
            self.message.setText(missing)
            return False
        name = None if self.name.isReadOnly() else " ".join(self.name.text().split()) or None
        try:
            found = team.set_folder(vault, folder, name)
        except Exception as err:
            if explain(err) is None:
                raise
            self.message.setText(error_text(err))
            return False
        self.message.setText(fill(self.tr(
            "The shared folder is %1. Guvoh reads it on its own while the vault is "
            "unlocked."), found.folder or folder))
        self._changed()
        return True

    def _on_joined(self) -> None:
        self._changed()
        self.on_folder_clicked()

    # -- members ---------------------------------------------------------------------------

    def selected_member(self) -> MemberRow | None:
        row = self.table.currentIndex().data(RecordRole)
        return row if isinstance(row, MemberRow) else None

    def select_member(self, name: str) -> bool:
        for n, row in enumerate(self.model.rows):
            if row.name == name:
                self.table.selectRow(n)
                return True
        return False

    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.selected_member()
        self.remove_button.setEnabled(row is not None and row.active and not row.me)

    def on_remove_clicked(self) -> None:
        row = self.selected_member()
        if row is None or not row.active or row.me:
            return
        box = QMessageBox(QMessageBox.Icon.Warning,
                          fill(self.tr("Remove %1 from the team?"), row.name),
                          fill(self.tr(
                              "Changes %1 makes from now on will be refused on every desk. "
                              "Your organisation gets a new card, which you save next: your "
                              "researchers must trust the new card before they send again."),
                              row.name), parent=self)
        remove = box.addButton(fill(self.tr("Remove %1"), row.name),
                               QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def on_finished(_result: int) -> None:
            self._question = None
            if box.clickedButton() is remove:
                self._ask_card_file(row)

        box.finished.connect(on_finished)
        self._question = box
        box.open()

    def _ask_card_file(self, row: MemberRow) -> None:
        open_file_dialog(self, self.tr("Save the new card"),
                         str(Path.home() / NEW_CARD_FILE_NAME),
                         lambda chosen: self._on_card_chosen(row, chosen),
                         mode=QFileDialog.FileMode.AnyFile, save=True)

    def _on_card_chosen(self, row: MemberRow, chosen: list[str]) -> None:
        if chosen:
            self.remove_member(row, Path(chosen[0]))

    def remove_member(self, row: MemberRow, card_out: Path) -> bool:
        """End `row`'s membership and save the organisation's new card to `card_out`."""
        vault = self.vault
        if vault is None:
            return False
        try:
            removed = team.remove_member(vault, row.fingerprint, card_out)
        except Exception as err:
            if explain(err) is None:
                raise
            self.message.setText(error_text(err))
            return False
        self.message.setText(fill(self.tr(
            "%1 was removed from the team. The new card was saved as %2. Your researchers "
            "must trust the new card, and compare its new safety code with you, before "
            "they send again."), removed.member.name, removed.card))
        self._changed()
        return True

    def _changed(self) -> None:
        self.refresh()
        self.team_changed.emit()

    # -- sync ------------------------------------------------------------------------------

    def set_syncing(self, syncing: bool) -> None:
        self.sync_button.setEnabled(not syncing and self.status is not None
                                    and self.status.joined and self.status.folder is not None)
        if syncing:
            self.last_sync.setText(self.tr("Syncing..."))

    def show_synced(self, report: team.SyncReport) -> None:
        self.set_syncing(False)
        sentence = sync_sentence(report)
        if report.unreadable > 0:  # events sealed to a key this desk does not hold (yet)
            sentence += " " + self.tr("%n team files cannot be read by this desk yet.", "",
                                      report.unreadable)
        self.last_sync.setText(sentence)
        self.refresh()

    def show_sync_failed(self, err: BaseException) -> None:
        self.set_syncing(False)
        self.last_sync.setText(fill(self.tr("The last sync at %1 failed: %2"),
                                    clock_text(), error_text(err)))


def sync_sentence(report: team.SyncReport) -> str:
    """The last sync's result in one plain sentence."""
    from PySide6.QtCore import QCoreApplication

    at = clock_text()
    if not (report.imported or report.events_applied or report.waiting
            or report.refused_bundles or report.cases_removed):
        sentence = fill(QCoreApplication.translate(
            "TeamPanel", "Last sync at %1: nothing new."), at)
    else:
        sentence = fill(QCoreApplication.translate(
            "TeamPanel",
            "Last sync at %1: bundles imported %2, team changes applied %3, bundles waiting "
            "for their sender %4, bundles refused %5."),
            at, report.imported, report.events_applied, report.waiting, report.refused_bundles)
    return sentence
