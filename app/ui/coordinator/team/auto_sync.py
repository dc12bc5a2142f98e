"""Automatic sync of the shared folder while the vault is unlocked (docs/team.md).

`AutoSync` watches the folder's inbox/ and journal/ (QFileSystemWatcher) and, as a fallback
for file systems that do not report changes, looks every `FALLBACK_MS`; a burst of changes
(Syncthing writes many files at once) waits `DEBOUNCE_MS` after the last one. `team.sync`
runs through the one job runner, never two at once: a change during a sync makes one more
sync after it. `stop()` (on lock) cancels the sync under way and waits for it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from app.services import team
from app.services.vaults import Vault
from app.ui.common import jobs

DEBOUNCE_MS = 1000
FALLBACK_MS = 60_000
STOP_WAIT_SECONDS = 10.0


class AutoSync(QObject):
    """See the module. `started` when a sync begins; `synced(SyncReport)` or
    `failed(error)` when it ends."""

    started = Signal()
    synced = Signal(object)  # team.SyncReport
    failed = Signal(object)  # the error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.folder: Path | None = None
        self.job: jobs.Job[team.SyncReport] | None = None
        self._again = False
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self.request())
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.sync_now)
        self.fallback = QTimer(self)
        self.fallback.setInterval(FALLBACK_MS)
        self.fallback.timeout.connect(self._on_fallback)

    @property
    def busy(self) -> bool:
        return self.job is not None

    @property
    def watching(self) -> bool:
        return self.folder is not None

    def start(self, vault: Vault | None) -> None:
        """Watch `vault`'s shared folder, if it is a coordinator's desk in a team with one,
        and sync soon; otherwise (or None) stop."""
        if vault is not self.vault:
            self.stop()
        self.vault = vault
        folder = None
        if vault is not None and vault.role == "coordinator" and team.in_team(vault):
            folder = team.folder_of(vault)
        self._unwatch()
        self.folder = folder
        if folder is None:
            self.fallback.stop()
            return
        self._watch()
        self.fallback.start()
        self.request()

    def stop(self) -> None:
        """Stop watching; cancel the sync under way and wait until it let go of the vault."""
        self.debounce.stop()
        self.fallback.stop()
        self._unwatch()
        self.folder = None
        self._again = False
        jobs.cancel_and_wait(self, STOP_WAIT_SECONDS)
        self.job = None
        self.vault = None

    def request(self) -> None:
        """Something changed: sync once things are quiet for DEBOUNCE_MS."""
        if self.folder is not None:
            self.debounce.start()

    def sync_now(self) -> bool:
        """Sync at once (or right after the sync under way). False if there is no folder."""
        vault = self.vault
        if vault is None or self.folder is None:
            return False
        self.debounce.stop()
        if self.job is not None:
            self._again = True
            return True
        self._again = False
        self.job = jobs.run(self, lambda ctx: team.sync(vault, cancel=ctx.cancel),
                            on_done=self._on_done, on_failed=self._on_failed)
        self.started.emit()
        return True

    def _on_done(self, report: team.SyncReport) -> None:
        self.job = None
        self._watch()  # a folder that came back (a disk plugged in again)
        self.synced.emit(report)
        if self._again:
            self.request()

    def _on_failed(self, err: BaseException) -> None:
        self.job = None
        self.failed.emit(err)
        if self._again:
            self.request()

    def _on_fallback(self) -> None:
        self._watch()
        self.sync_now()

    def _watch(self) -> None:
        if self.folder is None:
            return
        wanted = [str(self.folder / sub) for sub in (team.INBOX, team.JOURNAL)
                  if (self.folder / sub).is_dir()]
        missing = [p for p in wanted if p not in self.watcher.directories()]
        if missing:
            self.watcher.addPaths(missing)

    def _unwatch(self) -> None:
        watched = self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)
