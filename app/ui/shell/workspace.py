"""The unlocked window: a left rail of sections (Cases, Organisations, Identity, Settings;
for someone telling their own story, "Tell your story" first) and a status line that says
what is safe, with the lock button always visible."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import duress as duress_service
from app.services import team as team_service
from app.services.vaults import Vault
from app.ui.common import jobs, look
from app.ui.common.widgets import plain_label
from app.ui.coordinator.inbox.section import InboxSection
from app.ui.coordinator.overview import OverviewSection
from app.ui.coordinator.researchers.section import ResearchersSection
from app.ui.coordinator.team.auto_sync import AutoSync
from app.ui.keys.identity import IdentitySection
from app.ui.keys.organisations import OrganisationsSection
from app.ui.researcher.case_list import CasesSection
from app.ui.shell.settings import SettingsSection
from app.ui.shell.shortcuts import with_key
from app.ui.submitter.story import StorySection

RAIL_WIDTH = 190  # the rail's width, widened to its longest label up to RAIL_MAX
RAIL_MAX = 300


def rail_width(rail: QListWidget) -> int:
    """Wide enough for its longest label ("Ҳикояи худро нақл кунед" with its icon), as
    narrow as RAIL_WIDTH, never wider than RAIL_MAX (beyond that a label wraps)."""
    needed = rail.sizeHintForColumn(0) + 2 * rail.frameWidth() + 2 * rail.spacing() + 4
    return max(RAIL_WIDTH, min(RAIL_MAX, needed))

SECTION_LABELS = {
    "story": QT_TRANSLATE_NOOP("Workspace", "Tell your story"),
    "inbox": QT_TRANSLATE_NOOP("Workspace", "Inbox"),
    "cases": QT_TRANSLATE_NOOP("Workspace", "Cases"),
    "researchers": QT_TRANSLATE_NOOP("Workspace", "Researchers"),
    "overview": QT_TRANSLATE_NOOP("Workspace", "Overview"),
    "organisations": QT_TRANSLATE_NOOP("Workspace", "Organisations"),
    "identity": QT_TRANSLATE_NOOP("Workspace", "Identity"),
    "settings": QT_TRANSLATE_NOOP("Workspace", "Settings"),
}
ROLE_SECTIONS = {
    "researcher": ("cases", "organisations", "identity", "settings"),
    "submitter": ("story", "cases", "organisations", "identity", "settings"),
    "coordinator": ("inbox", "cases", "researchers", "overview", "organisations", "identity",
                    "settings"),
}


# How long locking waits for cancelled jobs to let go of the vault (reading stops at the next
# block; a commit under way finishes).
STOP_WAIT_SECONDS = 10.0


class Section(Protocol):
    def show_vault(self, vault: Vault | None) -> None: ...


class Workspace(QWidget):
    lock_requested = Signal()

    def __init__(self, vault_dir: Path, settings_path: Path | None = None) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self._loaded: set[str] = set()  # sections that have read the vault since the unlock
        self.cases = CasesSection()
        self.story = StorySection()
        self.organisations = OrganisationsSection()
        self.identity = IdentitySection()
        self.settings = SettingsSection(vault_dir, settings_path)
        self.inbox = InboxSection()
        self.researchers = ResearchersSection()
        self.overview = OverviewSection()
        self.sections: dict[str, QWidget] = {
            "story": self.story,
            "inbox": self.inbox,
            "cases": self.cases,
            "researchers": self.researchers,
            "overview": self.overview,
            "organisations": self.organisations,
            "identity": self.identity,
            "settings": self.settings,
        }
        self.rail = QListWidget()
        self.rail.setAccessibleName(self.tr("Sections"))
        self.rail.setFixedWidth(RAIL_WIDTH)
        self.rail.setSpacing(2)
        self.rail.setWordWrap(True)  # a label longer than the widest rail wraps, never scrolls
        self.rail.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        for widget in self.sections.values():
            self.pages.addWidget(widget)
        self.status = plain_label(wrap=False)
        self.status.setAccessibleName(self.tr("Vault status"))
        self.lock_button = QPushButton(self.tr("Lock"))
        look.with_icon(self.lock_button, "lock")
        self.lock_button.setToolTip(self.tr("Lock the vault (Ctrl+L)"))
        self.lock_button.setAccessibleName(self.tr("Lock the vault"))
        # Only on the decoy opened from Settings to fill it (never on one the duress
        # passphrase opened, which must look like any vault).
        self.decoy_banner = plain_label(self.tr(
            "This is the decoy, not your vault. Add ordinary cases and files so that it looks "
            "used, then lock: your passphrase opens your vault again."))
        self.decoy_banner.setAccessibleName(self.tr("Decoy"))
        look.error_words(self.decoy_banner)
        bold = self.decoy_banner.font()
        bold.setBold(True)
        self.decoy_banner.setFont(bold)
        self.decoy_banner.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.lock_button)
        right = QVBoxLayout()
        right.addLayout(top)
        right.addWidget(self.decoy_banner)
        right.addWidget(self.pages, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.rail)
        layout.addLayout(right, 1)
        self.lock_button.clicked.connect(self.lock_requested)
        lock_shortcut = QShortcut(QKeySequence("Ctrl+L"), self)
        lock_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        lock_shortcut.activated.connect(self.lock_requested)
        # Esc goes back where the section shows a Back button (keyPressEvent below).
        for button in self._back_buttons():
            button.setToolTip(with_key(button.text().replace("&", ""), "Esc"))
        self.rail.currentRowChanged.connect(self._on_rail_changed)
        self.story.cases_changed.connect(self.cases.list.refresh)
        self.story.story_exported.connect(lambda _result: self.cases.list.refresh())
        self.cases.list.search_changed.connect(self.overview.set_filter)
        self.inbox.cases_changed.connect(self.on_imported)
        self.inbox.signers_changed.connect(lambda: self.researchers.refresh())
        self.researchers.signers_changed.connect(self.cases.list.refresh_filters)
        # The team's shared folder, synced on its own while the vault is unlocked.
        self.auto_sync = AutoSync(self)
        team_panel = self.organisations.team
        team_panel.sync_requested.connect(self.auto_sync.sync_now)
        team_panel.team_changed.connect(lambda: self.auto_sync.start(self.vault))
        self.auto_sync.started.connect(lambda: team_panel.set_syncing(True))
        self.auto_sync.synced.connect(self.on_synced)
        self.auto_sync.failed.connect(team_panel.show_sync_failed)

    def _back_buttons(self) -> list[QPushButton]:
        return [self.cases.editor.header.back_button, self.story.back_button]

    def go_back(self) -> bool:
        """Esc: press the Back button of the section shown, if it has one; True if so."""
        section = self.pages.currentWidget()
        if section is self.cases and self.cases.stack.currentWidget() is self.cases.editor:
            button = self.cases.editor.header.back_button
        elif section is self.story:
            button = self.story.back_button
        else:
            return False
        if not (button.isVisible() and button.isEnabled()):
            return False
        button.click()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Esc that no field or section used (an open list closes first; the story goes
        back a question itself) presses the shown section's Back button."""
        if event.key() == Qt.Key.Key_Escape and self.go_back():
            event.accept()
            return
        super().keyPressEvent(event)

    def show_vault(self, vault: Vault | None, auto_lock_minutes: int = 5) -> None:
        """Show what `vault` holds, or (None) clear every section and view. A section reads
        the vault when it is first chosen, so unlocking shows the first one at once."""
        self.vault = vault
        self._loaded.clear()
        if vault is None:
            for widget in self.sections.values():
                section: Section = widget  # type: ignore[assignment]
                section.show_vault(None)
        self.rail.clear()
        self.decoy_banner.setVisible(vault is not None and duress_service.is_decoy(vault))
        if vault is None:
            self.auto_sync.stop()
            self.status.setText(self.tr("Locked"))
            return
        role = vault.meta("role") or "researcher"
        for key in ROLE_SECTIONS.get(role, ROLE_SECTIONS["researcher"]):
            item = QListWidgetItem(
                QCoreApplication.translate("Workspace", str(SECTION_LABELS[key]))
            )
            item.setData(Qt.ItemDataRole.UserRole, key)
            look.item_icon(item, look.SECTION_ICONS[key])
            self.rail.addItem(item)
        self.rail.setFixedWidth(rail_width(self.rail))
        self.rail.setCurrentRow(0)
        self.show_auto_lock(auto_lock_minutes)
        self.auto_sync.start(vault)

    def stop_jobs(self, timeout: float = STOP_WAIT_SECONDS) -> bool:
        """Cancel the jobs of every section (any job whose owner is in this workspace) and
        wait until they have let go of the vault, so that it can be closed; their results
        are dropped. False if one is still running after `timeout` seconds."""
        owners = [o for o in (self, *self.findChildren(QObject)) if jobs.running(o)]
        for owner in owners:  # all at once, then wait for each
            for job in jobs.running(owner):
                job.cancel()
        return all([jobs.cancel_and_wait(owner, timeout) for owner in owners])

    def on_imported(self) -> None:
        """Bundles were imported: new cases, researchers and bundles everywhere."""
        self.cases.list.refresh_filters()
        self.cases.list.refresh()
        self.researchers.refresh()

    def on_synced(self, report: team_service.SyncReport) -> None:
        """The shared folder was synced: what it brought, everywhere it shows."""
        self.organisations.team.show_synced(report)
        if report.items:
            self.inbox.reload_history()
        if report.imported or report.cases_removed or report.events_applied:
            self.on_imported()
        if report.events_applied:
            self.cases.editor.triage.reload()

    def show_auto_lock(self, minutes: int) -> None:
        if self.vault is not None:
            self.status.setText(
                self.tr("Unlocked - locks after %n minutes of no activity", "", minutes)
            )

    def select(self, key: str) -> None:
        for row in range(self.rail.count()):
            if self.rail.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.rail.setCurrentRow(row)
                return

    def current_section(self) -> str | None:
        item = self.rail.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def ensure_loaded(self, key: str) -> None:
        """Let section `key` read the vault, if it has not yet since the unlock."""
        if self.vault is not None and key not in self._loaded:
            self._loaded.add(key)
            section: Section = self.sections[key]  # type: ignore[assignment]
            section.show_vault(self.vault)

    def _on_rail_changed(self, row: int) -> None:
        item = self.rail.item(row)
        if item is not None:
            key = str(item.data(Qt.ItemDataRole.UserRole))
            self.ensure_loaded(key)
            self.pages.setCurrentWidget(self.sections[key])
