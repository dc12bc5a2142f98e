"""The case editor's draft: the record being edited kept in the vault every few seconds
and when leaving the case (keep_draft), and the calm offer to continue with a draft found
when a case is opened (restore or discard).

A mixin of CaseEditor (case_editor.py), which owns the widgets and the record; the texts
are in the "CaseEditor" translation context, written out for pyside6-lupdate.
"""

from __future__ import annotations

import contextlib
import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.domain.text import fill
from app.messages import explain
from app.services import drafts as draft_svc
from app.services.drafts import Draft, encode
from app.services.vaults import Vault
from app.ui.common.widgets import error_text, local_time

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFrame, QLabel, QPushButton

    from app.ui.researcher.editor.header import CaseHeader

translate = QCoreApplication.translate


class DraftKeeping:
    """Keeping the draft and offering it back (see the module)."""

    vault: Vault | None
    case_id: str | None
    _record: dict[str, Any]
    _draft_key: str | None
    _base_revision: int | None
    _dirty: bool
    _last_draft: str | None
    _offered: Draft | None
    autosave: QTimer
    status_line: QLabel
    restore_bar: QFrame
    restore_label: QLabel
    restore_button: QPushButton
    header: CaseHeader

    if TYPE_CHECKING:  # CaseEditor's own
        def collect(self) -> dict[str, Any]: ...
        def _load_form(self, record: dict[str, Any]) -> None: ...
        def _set_enabled(self, enabled: bool) -> None: ...
        def _show_error(self, err: BaseException) -> None: ...

    def keep_draft(self) -> bool:
        """Keep the record being edited as a draft in the vault (one small write)."""
        self.autosave.stop()
        vault, key = self.vault, self._draft_key
        if vault is None or key is None or not self._dirty:
            return False
        record = self.collect()
        text = encode(record)
        if text == self._last_draft:
            return False
        try:
            draft_svc.keep_draft(vault, key, record, self._base_revision, encoded=text)
        except Exception as err:
            if explain(err) is None and not isinstance(err, ValueError):
                raise
            self.status_line.setText(
                fill(translate("CaseEditor", "Your changes could not be kept as a draft: %1"),
                     error_text(err))
            )
            return False
        self._last_draft = text
        self.status_line.setText(translate("CaseEditor", "Draft kept in your encrypted vault."))
        return True

    def _keep_draft_quietly(self) -> None:
        """Best effort, on lock and when leaving the case: the vault may be closing."""
        if self.vault is None or not self._dirty:
            return
        with contextlib.suppress(Exception):
            self.keep_draft()

    # -- the restore offer -------------------------------------------------------------

    def _offer(self, draft: Draft) -> None:
        self._offered = draft
        if self.case_id is None:
            text = translate(
                "CaseEditor",
                "A new case you started (last changed %1) was not saved yet. It is kept as a "
                "draft in your encrypted vault. Continue with it, or discard it and start "
                "afresh.")
        else:
            text = translate(
                "CaseEditor",
                "You have changes to this case that were not saved yet (last changed %1). "
                "They are kept as a draft in your encrypted vault. Continue with them, or "
                "discard them and see the last saved version.")
        self.restore_label.setText(fill(text, local_time(draft.saved_at)))
        self.restore_bar.show()
        # One decision first: nothing is typed over the draft before it is restored or
        # discarded.
        self._set_enabled(False)
        self.restore_button.setFocus()

    def restore_draft(self) -> None:
        draft, vault = self._offered, self.vault
        if draft is None or vault is None:
            return
        self._offered = None
        self.restore_bar.hide()
        self._draft_key = draft.key
        record = copy.deepcopy(draft.record)
        if self.case_id is None:
            record.pop("id", None)
        self._record = record
        self._load_form(record)
        self._dirty = True
        self._last_draft = encode(self.collect())
        self._set_enabled(True)
        self.status_line.setText(
            translate(
                "CaseEditor",
                "Your unsaved changes are back. Draft kept in your encrypted vault; save to keep "
                "them as a new version."
            )
        )
        self.header.title_edit.setFocus()

    def discard_draft(self) -> None:
        draft, vault = self._offered, self.vault
        self._offered = None
        self.restore_bar.hide()
        if draft is not None and vault is not None:
            try:
                draft_svc.discard_draft(vault, draft.key)
            except Exception as err:
                if explain(err) is None:
                    raise
                self._show_error(err)
        self._set_enabled(vault is not None)
        self.header.title_edit.setFocus()
