"""What coordinators decide about received cases, as events; what a case's triage is now."""


from __future__ import annotations

import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from app.domain import team as rules
from app.domain.team import EventInvalid, Kind
from app.services.errors import TeamError
from app.services.team.apply import _new_event, _write, flush
from app.services.team.desk import DEFAULT_NAME, INBOX, _desk, in_team
from app.services.team.syncing import _remove_cases
from storage import cases as case_store
from storage import fsio
from storage import team as store
from storage.db import transaction
from storage.errors import VaultError
from storage.vault import Vault


def triage(vault: Vault, case_key: str, *, status: str | None = None,
           assign: str | None = None, tags: Iterable[str] = (), untags: Iterable[str] = (),
           note: str | None = None) -> list[str]:
    """Record what a coordinator decided about a received case, as events (shared with
    the team when this desk has one); returns their ids."""
    case_id = case_store.resolve(vault.conn, case_key)
    desk = _desk(vault)
    wanted: list[tuple[Kind, dict[str, Any]]] = []
    if status is not None:
        wanted.append((Kind.STATUS, {"case": case_id, "value": status}))
    if assign is not None:
        wanted.append((Kind.ASSIGN, {"case": case_id, "value": " ".join(assign.split())}))
    for tag in tags:
        wanted.append((Kind.TAG, {"case": case_id, "tag": _tag(tag), "on": True}))
    for tag in untags:
        wanted.append((Kind.TAG, {"case": case_id, "tag": _tag(tag), "on": False}))
    if note is not None:
        if not note.strip():
            raise TeamError("bad_value", "data.text")
        wanted.append((Kind.NOTE, {"case": case_id, "text": note}))
    if not wanted:
        raise TeamError("nothing_to_do")
    with transaction(vault.conn) as conn:
        made = [_new_event(conn, desk, kind, data) for kind, data in wanted]
    flush(vault)
    return made


def read_note(source: Path | BinaryIO) -> str:
    """A note from a UTF-8 text file or stream (the CLI's --note-file, `-` for standard
    input, so a note need never be a plaintext file on disk)."""
    try:
        if isinstance(source, Path):
            with source.open("rb") as fh:
                raw = fh.read(rules.MAX_NOTE_CHARS * 4 + 1)
        else:
            raw = source.read(rules.MAX_NOTE_CHARS * 4 + 1)
    except OSError as err:
        raise TeamError("unreadable", str(source)) from err
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise TeamError("bad_value", "data.text") from None
    if len(raw) > rules.MAX_NOTE_CHARS * 4 or len(text) > rules.MAX_NOTE_CHARS:
        raise TeamError("bad_value", "data.text")
    return text


def _tag(tag: str) -> str:
    try:
        return rules.clean_tag(tag)
    except EventInvalid:
        raise TeamError("bad_value", "data.tag") from None


def remove_case(vault: Vault, case_key: str) -> str:
    """Remove a case from the archive on every desk (and here, now)."""
    case_id = case_store.resolve(vault.conn, case_key)
    event_id = _write(vault, Kind.REMOVE_CASE, {"case": case_id})
    _remove_cases(vault)
    return event_id


def receipt_issued(vault: Vault, bundle_id: str) -> str | None:
    """Tell the team a receipt was issued for `bundle_id` (nothing without a team)."""
    if not in_team(vault):
        return None
    return _write(vault, Kind.RECEIPT, {"bundle": bundle_id})


def sender_pinned(vault: Vault, key_line: str, name: str, valid_after: str | None) -> None:
    if in_team(vault):
        _write(vault, Kind.PIN, {"key": key_line, "name": name, "valid_after": valid_after})


def share_imported(vault: Vault, paths: Iterable[Path]) -> int:
    """Bundles imported from elsewhere (a USB stick, a messenger) go into the shared inbox/,
    so every desk of the team imports them too; returns how many were copied."""
    desk = store.desk(vault.conn)
    if desk is None or desk.team_id is None or desk.folder is None:
        return 0
    inbox_dir = Path(desk.folder) / INBOX
    copied = 0
    for path in paths:
        try:
            if path.resolve().parent == inbox_dir.resolve():
                continue
            target = inbox_dir / path.name
            n = 1
            while target.exists():
                if target.stat().st_size == path.stat().st_size and _same(target, path):
                    break
                target = inbox_dir / f"{path.stem}-{n}{path.suffix}"
                n += 1
            else:
                with path.open("rb") as src, fsio.atomic_writer(target, replace=False) as dst:
                    shutil.copyfileobj(src, dst, 1024 * 1024)
                copied += 1
        except (OSError, VaultError) as err:
            raise TeamError("folder_unwritable", str(inbox_dir)) from err
    return copied


def _same(a: Path, b: Path) -> bool:
    with a.open("rb") as fa, b.open("rb") as fb:
        while True:
            x, y = fa.read(1024 * 1024), fb.read(1024 * 1024)
            if x != y:
                return False
            if not x:
                return True


def sender_ended(vault: Vault, key_line: str, at: str | None) -> None:
    if in_team(vault):
        _write(vault, Kind.END_SENDER, {"key": key_line, "at": at})


@dataclass(frozen=True, slots=True)
class Change:
    event_id: str
    field: str  # status, assignee, tag, untag, note, removed
    value: str
    author: str  # the member's name (or fingerprint when unknown)
    at: str
    current: bool  # the value the case has now (False: overridden, e.g. a lost conflict)
    conflict: bool  # made at the same time as another change of the same field


@dataclass(frozen=True, slots=True)
class CaseTriage:
    case_id: str
    status: str
    assignee: str
    tags: tuple[str, ...]
    notes: tuple[Change, ...]
    history: tuple[Change, ...]
    receipts: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        def change(c: Change) -> dict[str, Any]:
            return {"field": c.field, "value": c.value, "by": c.author, "at": c.at,
                    "current": c.current, "conflict": c.conflict, "event": c.event_id}
        return {"status": self.status, "assignee": self.assignee, "tags": list(self.tags),
                "notes": [{"text": n.value, "by": n.author, "at": n.at} for n in self.notes],
                "history": [change(c) for c in self.history]}


def case_triage(vault: Vault, case_id: str) -> CaseTriage:
    conn = vault.conn
    names = {m.fingerprint: m.name for m in store.members(conn)}
    desk = store.desk(conn)
    if desk is not None:
        names.setdefault(desk.signing_key.public_key().fingerprint(), desk.member_name)
    current = store.fields(conn, case_id)
    rows = store.history(conn, case_id)
    lamports: dict[tuple[str, int], int] = {}
    for _, fld, _, _, _, lamport in rows:
        lamports[(fld, lamport)] = lamports.get((fld, lamport), 0) + 1
    history = []
    for event_id, fld, value, author, at, lamport in rows:
        key = "assignee" if fld == "assignee" else fld
        is_current = (current.get(key, ("", ""))[1] == event_id) if key in (
            "status", "assignee") else True
        history.append(Change(event_id, fld, value, names.get(author, author), at, is_current,
                              fld in ("status", "assignee") and lamports[(fld, lamport)] > 1))
    return CaseTriage(
        case_id, current.get("status", (rules.Status.NEW.value, ""))[0],
        current.get("assignee", ("", ""))[0], tuple(store.tags(conn, case_id)),
        tuple(c for c in history if c.field == "note"), tuple(history))


def triage_for(vault: Vault, case_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """(status, assignee) of each of `case_ids` in one query: a case nobody triaged yet is
    ("new", ""), as on its 'Status and notes' tab. A desk alone has triage too."""
    ids = list(case_ids)
    found = store.triage_of(vault.conn, ids)
    return {case_id: (found.get(case_id, {}).get("status", rules.Status.NEW.value),
                      found.get(case_id, {}).get("assignee", "")) for case_id in ids}


def my_name(vault: Vault) -> str:
    """The name this desk records as its coordinator's (what 'assigned to me' means): the
    desk's member name, or the name its first triage will give it."""
    return store.desk_name(vault.conn) or DEFAULT_NAME


def canonical_dump(vault: Vault) -> list[tuple[object, ...]]:
    """What the team's events decided here, for comparing desks (tests, `team check`)."""
    return store.canonical_dump(vault.conn)
