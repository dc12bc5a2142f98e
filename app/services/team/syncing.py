"""`sync`: read the shared folder's journal/ and inbox/, apply and import what is new."""


from __future__ import annotations

import hashlib
import os
import stat
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain import team as rules
from app.domain.outcomes import Outcome
from app.domain.team import Event, EventInvalid
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
    repaired: str | None = None  # rotated | shared: this desk repaired the org key
    items: list[Any] = field(default_factory=list)


SyncProgress = Callable[[str, int, int], None]


def sync(vault: Vault, *, progress: SyncProgress | None = None,
         cancel: threading.Event | None = None) -> SyncReport:
    """Apply every new event of journal/, import every new bundle of inbox/, remove the
    cases the team removed (once no coordinator can undo it), and repair the organisation
    key when a removed coordinator holds it or an active one lacks it."""
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
    if report.unreadable == 0 and report.incomplete == 0 and not any(  # only a desk that
            seen[2].startswith("unreadable:")  # sees it all, including files read before
            for seen in store.files_seen(vault.conn, JOURNAL + "/").values()):
        report.repaired = _repair(vault)
    report.written += flush(vault)
    report.events_refused = store.event_count(vault.conn).get("refused", 0)
    return report


def _keyset(conn: Connection, desk: store.Desk) -> tuple[str, list[X25519Identity]]:
    identities = [keys.identity(conn).age_identity, *store.retired_identities(conn),
                  desk.age_identity]
    digest = hashlib.sha256(" ".join(sorted(
        i.recipient.to_string() for i in identities)).encode()).hexdigest()[:16]
    return digest, identities


def _read_journal(vault: Vault, folder: Path, report: SyncReport,
                  progress: SyncProgress | None) -> None:
    desk = store.desk(vault.conn)
    assert desk is not None
    for _ in range(4):  # a rotation applied below opens files read before it
        keyset, identities = _keyset(vault.conn, desk)
        seen = store.files_seen(vault.conn, JOURNAL + "/")
        todo: list[tuple[str, Path, int, int]] = []
        with os.scandir(folder / JOURNAL) as entries:
            for entry in entries:
                if not _EVENT_NAME.fullmatch(entry.name) or not entry.is_file(
                        follow_symlinks=False):
                    continue
                st = entry.stat(follow_symlinks=False)
                key = f"{JOURNAL}/{entry.name}"
                old = seen.get(key)
                if old is not None and old[0] == st.st_size and (
                        not old[2].startswith("unreadable:") or old[2] == f"unreadable:{keyset}"):
                    continue
                todo.append((key, Path(entry.path), st.st_size, st.st_mtime_ns))
        if not todo:
            return
        report.unreadable = 0
        decoded: dict[str, Event] = {}  # decoded once here, not again when applied
        seen_rows: list[tuple[str, int, int, str]] = []
        with transaction(vault.conn) as conn:
            for n, (key, path, size, mtime) in enumerate(todo):
                if progress is not None and n % 200 == 0:
                    progress("journal", n, len(todo))
                outcome = _read_event(conn, path, identities, report, decoded)
                if outcome == "unreadable":
                    outcome = f"unreadable:{keyset}"
                if outcome is not None:
                    seen_rows.append((key, size, mtime, outcome))
            store.files_seen_many(conn, seen_rows)
            report.events_applied += _apply_new(conn, desk, decoded)
        if _keyset(vault.conn, desk)[0] == keyset:
            return


def _read_bounded(path: Path) -> bytes | None:
    """At most MAX_FILE_BYTES + 1 bytes of a regular file, never following a link (one
    swapped in since the folder was listed) nor blocking on a pipe; None if it cannot be."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        chunks, left = [], teamevent.MAX_FILE_BYTES + 1
        while left > 0:
            chunk = os.read(fd, left)
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(fd)


def _read_event(conn: Connection, path: Path, identities: Sequence[X25519Identity],
                report: SyncReport, decoded: dict[str, Event]) -> str | None:
    """Read one journal file; the outcome to remember, or None to look again next time."""
    data = _read_bounded(path)
    if data is None:
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
            return "unreadable"
        report.bad_files += 1
        return f"refused:{err.reason}"
    except EventInvalid as err:
        report.bad_files += 1
        return f"refused:{err.where}"
    if store.add_event(conn, store.StoredEvent(  # False: stored already (a duplicate)
            opened.id, parsed.lamport, opened.signer.fingerprint(),
            opened.signer.to_openssh_line(), parsed.prev, parsed.kind.value, parsed.at,
            opened.body.decode("utf-8"), "new", True)):
        decoded[opened.id] = parsed
        report.events_read += 1
    return "read"


def _senders_key(conn: Connection) -> str:
    """Changes when the pinned researchers or the organisation keys change: a bundle that
    waited for a pin is read again only then."""
    rows = store.signer_times(conn)
    rows += [i.recipient.to_string() for i in keys.decryption_identities(conn)]
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]


def _import_inbox(vault: Vault, folder: Path, report: SyncReport,
                  progress: SyncProgress | None, cancel: threading.Event | None) -> None:
    from app.services import coordinator, inbox

    inbox_dir = folder / INBOX
    if not inbox_dir.is_dir():
        return
    seen = store.files_seen(vault.conn, INBOX + "/")
    waiting = f"{Outcome.UNKNOWN_SIGNER}:{_senders_key(vault.conn)}"
    todo: list[tuple[int, str, Path, int]] = []
    with os.scandir(inbox_dir) as entries:
        for entry in entries:
            if not entry.name.endswith(coordinator.BUNDLE_SUFFIX) or entry.name.startswith(
                    ".") or not entry.is_file(follow_symlinks=False):
                continue
            st = entry.stat(follow_symlinks=False)
            key = f"{INBOX}/{entry.name}"
            old = seen.get(key)
            if old is not None and old[:2] == (st.st_size, st.st_mtime_ns) and (
                    not old[2].startswith(f"{Outcome.UNKNOWN_SIGNER}:") or old[2] == waiting):
                if old[2] == waiting:
                    report.waiting += 1
                continue
            todo.append((st.st_mtime_ns, key, Path(entry.path), st.st_size))
    todo.sort()  # oldest first: files dropped later never starve earlier ones
    for n, (mtime, key, path, size) in enumerate(todo[:MAX_BUNDLES_PER_SYNC]):
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
            kind = waiting
        elif kind != Outcome.DUPLICATE:
            report.refused_bundles += 1
        if item.kind in (Outcome.CANCELLED, Outcome.UNREADABLE, Outcome.FAILED):
            continue  # looked at again at the next sync
        with transaction(vault.conn) as conn:
            store.file_seen(conn, key, size, mtime, kind)
    if report.items:
        inbox.record_batch(vault, [i for i in report.items
                                   if i.kind is not Outcome.UNKNOWN_SIGNER])


def _chain_past(events: dict[str, tuple[int, str | None]], lamport: int) -> bool:
    """Whether this desk holds a member's events without a gap, back from one whose
    Lamport number is above `lamport`: then any removal that member made before is here."""
    if not events:
        return False
    newest = max(events, key=lambda e: events[e])
    if events[newest][0] <= lamport:
        return False
    at: str | None = newest
    while at is not None:
        if at not in events:
            return False
        at = events[at][1]
    return True


def _remove_cases(vault: Vault) -> int:
    """Delete the cases the team removed, once nothing can undo the removal: it was made
    here, or every other active coordinator's events are here, without a gap, from after
    it (so no removal of its author that sorts before it can still arrive). Until then the
    case stays, marked removed in its history."""
    conn = vault.conn
    desk = store.desk(conn)
    assert desk is not None
    own = desk.signing_key.public_key().fingerprint()
    active = [m.fingerprint for m in store.members(conn) if m.active]
    by_author: dict[str, dict[str, tuple[int, str | None]]] = {}
    for event in store.events(conn, state="applied"):
        by_author.setdefault(event.author, {})[event.id] = (event.lamport, event.prev)
    gone = 0
    for case_id, author, lamport in store.removed_case_events(conn):
        if not case_store.exists(conn, case_id):
            continue
        others = [m for m in active if m not in (author, own)]
        if author != own and not all(_chain_past(by_author.get(m, {}), lamport)
                                     for m in others):
            continue
        removed = case_store.delete(conn, case_id)  # type: ignore[arg-type]
        blobs.remove_files(vault.blobs_dir, removed)
        gone += 1
    return gone


def _repair(vault: Vault) -> str | None:
    """When a removed coordinator holds the current organisation key (two removals at
    once), give the organisation new keys; when an active one lacks it (invited with an
    older key while another desk rotated), send it the current key. Returns "rotated",
    "shared" or None. Several desks doing it at once is harmless: one event wins."""
    from app.services.team.joining import rotate

    desk = store.desk(vault.conn)
    assert desk is not None
    with transaction(vault.conn) as conn:
        own = desk.signing_key.public_key().fingerprint()
        members = store.members(conn)
        active = {m.fingerprint for m in members if m.active}
        removed = {m.fingerprint for m in members if not m.active}
        if own not in active or store.base(conn) is None:
            return None
        held = store.holders(conn, keys.identity(conn).recipient.to_string())
        if held & removed:
            rotate(conn, desk)
            return "rotated"
        if active - held:
            rotate(conn, desk, same=True)
            return "shared"
    return None
