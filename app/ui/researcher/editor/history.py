"""The editor's "History" tab: every saved version of the case, oldest first, and any one of
them shown read-only as plain text with its protected details hidden; "Restore this version"
asks the editor to save it again as a new version (history is never rewritten). Shows no
record key: the versions are read through the case services.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import fill
from app.messages import explain
from app.services import cases as case_service
from app.services.cases import Revision
from app.services.render import render_text
from app.services.vaults import Vault
from app.ui.common import look
from app.ui.common.table import Column, RecordTable
from app.ui.common.widgets import local_time, plain_label, ui_language
from app.ui.researcher.editor.form import translate


def _exported(revision: Revision) -> str:
    if not revision.sealed_at:
        return ""
    return fill(translate("CaseEditor", "Exported %1 (sealed)"), local_time(revision.sealed_at))


HISTORY_COLUMNS: tuple[Column[Revision], ...] = (
    Column(str(QT_TRANSLATE_NOOP("CaseEditor", "Version")), lambda r: str(r.revision),
           sort=lambda r: r.revision),
    Column(str(QT_TRANSLATE_NOOP("CaseEditor", "Saved")), lambda r: local_time(r.saved_at),
           sort=lambda r: r.saved_at),
    Column(str(QT_TRANSLATE_NOOP("CaseEditor", "Exported")), _exported,
           sort=lambda r: r.sealed_at or ""),
)


class HistoryModel(RecordTable[Revision]):
    """Every saved version of the case, oldest first; read-only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__("CaseEditor", HISTORY_COLUMNS, parent)

    def set_revisions(self, revisions: list[Revision]) -> None:
        self.set_rows(revisions)


class HistoryTab(QWidget):
    """The versions of the case open in the editor. `failed(error)` when one cannot be
    read (the editor shows the error)."""

    failed = Signal(object)
    restore_requested = Signal(int)  # the version to save again as the newest
    FIELDS: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.case_id: str | None = None
        layout = QVBoxLayout(self)
        self.history_model = HistoryModel(self)
        self.history_view = QTableView()
        self.history_view.setModel(self.history_model)
        self.history_view.setAccessibleName(translate("CaseEditor", "Saved versions"))
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.history_view.horizontalHeader().setStretchLastSection(True)
        self.history_view.verticalHeader().hide()
        self.history_view.doubleClicked.connect(lambda _i: self.view_revision())
        self.view_revision_button = QPushButton(translate("CaseEditor", "&View this version"))
        look.with_icon(self.view_revision_button, "eye")
        self.view_revision_button.setAccessibleName(
            translate("CaseEditor", "View the selected version"))
        self.view_revision_button.clicked.connect(self.view_revision)
        self.restore_button = QPushButton(translate("CaseEditor", "&Restore this version"))
        look.with_icon(self.restore_button, "history")
        self.restore_button.setAccessibleName(
            translate("CaseEditor", "Restore the selected version as a new version"))
        self.restore_button.setToolTip(translate(
            "CaseEditor",
            "Saves the content of this version again as the newest version. Every version "
            "stays as it was."))
        self.restore_button.clicked.connect(self.request_restore)
        self.history_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.view_revision_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        self.revision_title = plain_label()
        self.revision_view = QPlainTextEdit()
        self.revision_view.setReadOnly(True)
        self.revision_view.setAccessibleName(
            translate("CaseEditor", "The selected version, read-only"))
        layout.addWidget(plain_label(translate(
            "CaseEditor",
            "Every save is kept as a version. An exported version is sealed and never "
            "changes.")))
        layout.addWidget(self.history_view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.revision_title)
        layout.addWidget(self.revision_view, 2)

    def show_case(self, vault: Vault, case_id: str, revisions: list[Revision]) -> None:
        """The versions of a saved case (read by the caller, who shows its errors)."""
        self.vault, self.case_id = vault, case_id
        self.history_model.set_revisions(revisions)
        self._update_buttons()

    def reload(self) -> None:
        """Read the versions again (after a save, or a change to the case's files)."""
        if self.vault is not None and self.case_id is not None:
            self.history_model.set_revisions(case_service.case_history(self.vault, self.case_id))
        self._update_buttons()

    def clear(self) -> None:
        self.vault, self.case_id = None, None
        self.history_model.set_revisions([])
        self.revision_title.clear()
        self.revision_view.clear()
        self._update_buttons()

    def _chosen(self) -> Revision | None:
        return self.history_model.record(self.history_view.currentIndex().row())

    def _update_buttons(self) -> None:
        """Restore only an earlier version: the newest one is what the case is now."""
        chosen = self._chosen()
        newest = max((r.revision for r in self.history_model.rows), default=None)
        self.restore_button.setEnabled(chosen is not None and chosen.revision != newest)

    def request_restore(self) -> None:
        chosen = self._chosen()
        if chosen is not None and self.restore_button.isEnabled():
            self.restore_requested.emit(chosen.revision)

    def view_revision(self) -> None:
        vault, case_id = self.vault, self.case_id
        revision = self._chosen()
        if vault is None or case_id is None or revision is None:
            return
        try:
            case = case_service.show_case(vault, case_id, revision.revision)
        except Exception as err:
            if explain(err) is None:
                raise
            self.failed.emit(err)
            return
        self.revision_title.setText(fill(
            translate("CaseEditor", "Version %1, saved %2 (read-only; protected details hidden)"),
            revision.revision, local_time(revision.saved_at)))
        self.revision_view.setPlainText(
            render_text(case.record, ui_language(), reveal_protected=False)
        )
