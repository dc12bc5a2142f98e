"""The rules of the shared desk (docs/team.md), without Qt, storage or keys: what an event
says, how its body is written and read back, the order every desk applies events in, and
the triage vocabulary.

An event body is canonical JSON (sorted keys, no spaces, UTF-8): the bytes that are signed,
and whose SHA-256 is the event's id::

    {"at": "2026-12-06T10:00:00Z", "data": {...}, "kind": "status", "lamport": 7,
     "prev": "<id of the author's previous event>" | null, "team": "<team id>" | "", "v": 1}

Order: by Lamport number, then by id. A desk writes each event with a Lamport number one
above the highest it has seen, so an event made after another was seen always sorts after
it; two made at the same time (the same number) are ordered by id, which nobody chooses.
Applied in that order, the last value of a field wins: that is the rule for conflicts.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final

VERSION: Final = 1
MAX_BODY_BYTES: Final = 64 * 1024
MAX_NOTE_CHARS: Final = 20_000
MAX_TAG_CHARS: Final = 64
MAX_NAME_CHARS: Final = 200
MAX_LAMPORT: Final = 2**53

_ID_RE: Final = re.compile(r"[0-9a-f]{64}")
_CASE_RE: Final = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_AT_RE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
_BUNDLE_RE: Final = re.compile(r"[0-9A-Za-z._-]{1,128}")


class Kind(StrEnum):
    TEAM = "team"  # founds the team: its id is the team's id; its author the first member
    MEMBER_ADD = "member_add"
    MEMBER_REMOVE = "member_remove"
    ORG_KEY = "org_key"  # a new organisation key, encrypted to the remaining members only
    STATUS = "status"
    ASSIGN = "assign"
    TAG = "tag"
    NOTE = "note"
    RECEIPT = "receipt"
    REMOVE_CASE = "remove_case"
    PIN = "pin"
    END_SENDER = "end_sender"


MEMBERSHIP: Final = frozenset({Kind.TEAM, Kind.MEMBER_ADD, Kind.MEMBER_REMOVE, Kind.ORG_KEY})
CASE_KINDS: Final = frozenset({Kind.STATUS, Kind.ASSIGN, Kind.TAG, Kind.NOTE,
                               Kind.REMOVE_CASE})


class Status(StrEnum):
    """Where a received case is in the organisation's work."""

    NEW = "new"
    REVIEWING = "reviewing"
    FOLLOW_UP = "follow_up"
    VERIFIED = "verified"
    CLOSED = "closed"


STATUSES: Final = tuple(s.value for s in Status)


class EventInvalid(ValueError):
    """A body that is not a valid event; `where` names the part."""

    def __init__(self, where: str) -> None:
        super().__init__(where)
        self.where = where


@dataclass(frozen=True, slots=True)
class Event:
    team: str
    kind: Kind
    lamport: int
    prev: str | None
    at: str
    data: dict[str, Any]

    def order(self, event_id: str) -> tuple[int, str]:
        return (self.lamport, event_id)


def encode(event: Event) -> bytes:
    """The canonical body of `event`: the bytes signed and hashed."""
    if not 0 <= event.lamport < MAX_LAMPORT:
        raise EventInvalid("lamport")
    check_data(event.kind, event.data)
    body = {"v": VERSION, "team": event.team, "kind": event.kind.value,
            "lamport": event.lamport, "prev": event.prev, "at": event.at, "data": event.data}
    raw = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                     allow_nan=False).encode("utf-8")
    if len(raw) > MAX_BODY_BYTES:
        raise EventInvalid("size")
    return raw


def decode(raw: bytes) -> Event:
    """Read a body back; EventInvalid unless it is exactly what `encode` writes."""
    if len(raw) > MAX_BODY_BYTES:
        raise EventInvalid("size")
    try:
        body = json.loads(raw.decode("utf-8"), parse_constant=_refuse)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise EventInvalid("json") from None
    if not isinstance(body, dict) or set(body) != {"v", "team", "kind", "lamport", "prev",
                                                    "at", "data"}:
        raise EventInvalid("fields")
    if body["v"] != VERSION:
        raise EventInvalid("version")
    team, kind, lamport, prev, at, data = (body["team"], body["kind"], body["lamport"],
                                           body["prev"], body["at"], body["data"])
    if not (team == "" or (isinstance(team, str) and _ID_RE.fullmatch(team))):
        raise EventInvalid("team")
    try:
        kind = Kind(kind)
    except ValueError:
        raise EventInvalid("kind") from None
    if type(lamport) is not int or not 0 <= lamport < MAX_LAMPORT:
        raise EventInvalid("lamport")
    if prev is not None and not (isinstance(prev, str) and _ID_RE.fullmatch(prev)):
        raise EventInvalid("prev")
    if not (isinstance(at, str) and _AT_RE.fullmatch(at)):
        raise EventInvalid("at")
    if not isinstance(data, dict):
        raise EventInvalid("data")
    event = Event(team, kind, lamport, prev, at, data)
    if encode(event) != raw:
        raise EventInvalid("canonical")
    return event


def _refuse(name: str) -> None:
    raise ValueError(name)


def _text(data: dict[str, Any], key: str, limit: int, *, empty: bool = False) -> str:
    value = data.get(key)
    if not isinstance(value, str) or len(value) > limit or (not value and not empty):
        raise EventInvalid(f"data.{key}")
    if any(ord(c) < 32 and c not in "\n\t" for c in value) or any(
            0xD800 <= ord(c) <= 0xDFFF for c in value):
        raise EventInvalid(f"data.{key}")
    return value


def _match(data: dict[str, Any], key: str, pattern: re.Pattern[str]) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise EventInvalid(f"data.{key}")
    return value


_KEYS: Final[dict[Kind, frozenset[str]]] = {
    Kind.TEAM: frozenset({"name", "key", "recipient", "org"}),
    Kind.MEMBER_ADD: frozenset({"name", "key", "recipient", "org"}),
    Kind.MEMBER_REMOVE: frozenset({"member", "head"}),
    Kind.ORG_KEY: frozenset({"recipient", "card", "age_identity", "signing_seed", "to"}),
    Kind.STATUS: frozenset({"case", "value"}),
    Kind.ASSIGN: frozenset({"case", "value"}),
    Kind.TAG: frozenset({"case", "tag", "on"}),
    Kind.NOTE: frozenset({"case", "text"}),
    Kind.RECEIPT: frozenset({"bundle"}),
    Kind.REMOVE_CASE: frozenset({"case"}),
    Kind.PIN: frozenset({"key", "name", "valid_after"}),
    Kind.END_SENDER: frozenset({"key", "at"}),
}


def check_data(kind: Kind, data: dict[str, Any]) -> None:
    """EventInvalid unless `data` has exactly the fields of `kind`, each well formed.
    Keys and recipients are checked by whoever uses them (they are parsed there)."""
    if set(data) != _KEYS[kind]:
        raise EventInvalid("data")
    if kind in CASE_KINDS:
        _match(data, "case", _CASE_RE)
    match kind:
        case Kind.TEAM | Kind.MEMBER_ADD:
            _text(data, "name", MAX_NAME_CHARS)
            _text(data, "key", 200)
            _text(data, "recipient", 100)
            _text(data, "org", 100)
        case Kind.MEMBER_REMOVE:
            _text(data, "member", 100)
            if data["head"] is not None:
                _match(data, "head", _ID_RE)
        case Kind.ORG_KEY:
            for key in ("recipient", "age_identity", "signing_seed"):
                _text(data, key, 200)
            _text(data, "card", 90_000)
            to = data["to"]
            if not isinstance(to, list) or not 0 < len(to) <= 100 or to != sorted(set(to)):
                raise EventInvalid("data.to")
            for member in to:
                if not isinstance(member, str) or len(member) > 100:
                    raise EventInvalid("data.to")
        case Kind.STATUS:
            if data["value"] not in STATUSES:
                raise EventInvalid("data.value")
        case Kind.ASSIGN:
            _text(data, "value", MAX_NAME_CHARS, empty=True)
        case Kind.TAG:
            tag = _text(data, "tag", MAX_TAG_CHARS)
            if tag != tag.strip() or "\n" in tag:
                raise EventInvalid("data.tag")
            if type(data["on"]) is not bool:
                raise EventInvalid("data.on")
        case Kind.NOTE:
            _text(data, "text", MAX_NOTE_CHARS)
        case Kind.RECEIPT:
            _match(data, "bundle", _BUNDLE_RE)
        case Kind.PIN:
            _text(data, "key", 200)
            _text(data, "name", MAX_NAME_CHARS)
            if data["valid_after"] is not None:
                _match(data, "valid_after", _AT_RE)
        case Kind.END_SENDER:
            _text(data, "key", 200)
            if data["at"] is not None:  # None: no end any more
                _match(data, "at", _AT_RE)


def clean_tag(tag: str) -> str:
    """A tag as stored: surrounding spaces removed; EventInvalid when empty or too long."""
    tag = " ".join(tag.split())
    if not tag or len(tag) > MAX_TAG_CHARS:
        raise EventInvalid("data.tag")
    return tag
