"""`sync`: read the shared folder's journal/ and inbox/, apply and import what is new."""


from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain import team as rules
from app.domain.outcomes import Outcome
from app.domain.team import EventInvalid
from app.services.errors import TeamError
from app.services.team.apply import _apply_new, flush
from app.services.team.desk import (
    _EVENT_NAME,
    EVENT_SUFFIX,
    INBOX,
    JOURNAL,
    MAX_BUNDLES_PER_SYNC,
    _desk,
)
from crypto import teamevent
from crypto.age import X25519Identity
from crypto.errors import TeamEventError
from storage import blobs, keys
from storage import cases as case_store
from storage import team as store
from storage.db import Connection, transaction
from storage.vault import Vault


@dataclass(slots=True)
class SyncReport:
    events_read: int = 0
    events_applied: int = 0
    events_refused: int = 0
    incomplete: int = 0  # files whose bytes do not match their name yet (still copying)
    unreadable: int = 0  # not for this desk's keys (e.g. a key sent to other members)
    bad_files: int = 0
    imported: int = 0
    waiting: int = 0  # bundles from senders not pinned yet: imported once a pin arrives
    refused_bundles: int = 0
    cases_removed: int = 0
    written: int = 0
    items: list[Any] = field(default_factory=list)


SyncProgress = Callable[[str, int, int], None]


def sync(vault: Vault, *, progress: SyncProgress | None = None,
         cancel: threading.Event | None = None) -> SyncReport:
    """Apply every new event of journal/, import every new bundle of inbox/, apply the
    events again (a pin may have let bundles in), remove the cases the team removed."""
    desk = _desk(vault)
    if desk.team_id is None or desk.folder is None:
        raise TeamError("no_folder")
    folder = Path(desk.folder)
    if not (folder / JOURNAL).is_dir():
        raise TeamError("folder_missing", str(folder))
    report = SyncReport()
    report.written = flush(vault)
    _read_journal(vault, folder, report, progress)
    _import_inbox(vault, folder, report, progress, cancel)
    report.cases_removed = _remove_cases(vault)
    report.events_refused = store.event_count(vault.conn).get("refused", 0)
    return report


def _read_journal(vault: Vault, folder: Path, report: SyncReport,
                  progress: SyncProgress | None) -> None:
    seen = store.files_seen(vault.conn, JOURNAL + "/")
    todo: list[tuple[str, Path, os.stat_result]] = []
    with os.scandir(folder / JOURNAL) as entries:
        for entry in entries:
            if not _EVENT_NAME.fullmatch(entry.name) or not entry.is_file(follow_symlinks=False):
                continue
            st = entry.stat(follow_symlinks=False)
            key = f"{JOURNAL}/{entry.name}"
            if key in seen and seen[key][0] == st.st_size:
                continue
            todo.append((key, Path(entry.path), st))
    desk = store.desk(vault.conn)
    assert desk is not None
    identities = _identities(vault.conn, desk)
    with transaction(vault.conn) as conn:
        for n, (key, path, st) in enumerate(todo):
            if progress is not None and n % 200 == 0:
                progress("journal", n, len(todo))
            outcome = _read_event(conn, path, identities, report)
            if outcome is not None:
                store.file_seen(conn, key, st.st_size, st.st_mtime_ns, outcome)
        applied = _apply_new(conn, desk)
        report.events_applied += applied
        # a rotation applied above gives keys that open events read before it
        if applied and len(_identities(conn, desk)) != len(identities):
            identities = _identities(conn, desk)
            for key, path, st in todo:
                if key not in store.files_seen(conn, key):
                    outcome = _read_event(conn, path, identities, report)
                    if outcome is not None:
                        store.file_seen(conn, key, st.st_size, st.st_mtime_ns, outcome)
            report.events_applied += _apply_new(conn, desk)


def _identities(conn: Connection, desk: store.Desk) -> list[X25519Identity]:
    return [keys.identity(conn).age_identity, *store.retired_identities(conn),
            desk.age_identity]


def _read_event(conn: Connection, path: Path, identities: Sequence[X25519Identity],
                report: SyncReport) -> str | None:
    """Read one journal file; the outcome to remember, or None to look again next time."""
    try:
        with path.open("rb") as fh:
            data = fh.read(teamevent.MAX_FILE_BYTES + 1)
    except OSError:
        report.incomplete += 1
        return None
    if len(data) > teamevent.MAX_FILE_BYTES:  # no event is this large: never read again
        report.bad_files += 1
        return "refused:too_large"
    if hashlib.sha256(data).hexdigest() + EVENT_SUFFIX != path.name:
        report.incomplete += 1  # still being copied, or damaged: looked at again later
        return None
    try:
        opened = teamevent.open_event(data, identities)
        parsed = rules.decode(opened.body)
    except TeamEventError as err:
        if err.reason == "not_for_us":
            report.unreadable += 1
            return None
        report.bad_files += 1
        return f"refused:{err.reason}"
    except EventInvalid as err:
        report.bad_files += 1
        return f"refused:{err.where}"
    if not store.has_event(conn, opened.id):
        store.add_event(conn, store.StoredEvent(
            opened.id, parsed.lamport, opened.signer.fingerprint(),
            opened.signer.to_openssh_line(), parsed.prev, parsed.kind.value, parsed.at,
            opened.body.decode("utf-8"), "new", True))
        report.events_read += 1
    return "read"


def _import_inbox(vault: Vault, folder: Path, report: SyncReport,
                  progress: SyncProgress | None, cancel: threading.Event | None) -> None:
    from app.services import coordinator, inbox

    inbox_dir = folder / INBOX
    if not inbox_dir.is_dir():
        return
    seen = store.files_seen(vault.conn, INBOX + "/")
    todo: list[tuple[str, Path, os.stat_result]] = []
    with os.scandir(inbox_dir) as entries:
        for entry in entries:
            if not entry.name.endswith(coordinator.BUNDLE_SUFFIX) or entry.name.startswith(
                    ".") or not entry.is_file(follow_symlinks=False):
                continue
            st = entry.stat(follow_symlinks=False)
            key = f"{INBOX}/{entry.name}"
            old = seen.get(key)
            if old is not None and old[:2] == (st.st_size, st.st_mtime_ns):
                continue
            todo.append((key, Path(entry.path), st))
    todo.sort()
    for n, (key, path, st) in enumerate(todo[:MAX_BUNDLES_PER_SYNC]):
        if cancel is not None and cancel.is_set():
            break
        if progress is not None:
            progress("inbox", n, len(todo))
        item = coordinator.import_one(vault, path, cancel=cancel)
        report.items.append(item)
        kind = str(item.kind)
        if item.kind is Outcome.IMPORTED:
            report.imported += 1
        elif item.kind is Outcome.UNKNOWN_SIGNER:
            report.waiting += 1
        elif kind not in ("duplicate",):
            report.refused_bundles += 1
        if item.kind in (Outcome.UNKNOWN_SIGNER, Outcome.CANCELLED,
                         Outcome.UNREADABLE, Outcome.FAILED):
            continue  # looked at again at the next sync
        with transaction(vault.conn) as conn:
            store.file_seen(conn, key, st.st_size, st.st_mtime_ns, kind)
    if report.items:
        inbox.record_batch(vault, [i for i in report.items
                                   if i.kind is not Outcome.UNKNOWN_SIGNER])


def _remove_cases(vault: Vault) -> int:
    gone = 0
    for case_id in sorted(store.removed_cases(vault.conn)):
        if case_store.exists(vault.conn, case_id):
            removed = case_store.delete(vault.conn, case_id)  # type: ignore[arg-type]
            blobs.remove_files(vault.blobs_dir, removed)
            gone += 1
    return gone
