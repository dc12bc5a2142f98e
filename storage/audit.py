"""The audit log: append-only, hash-chained rows of (time, action, object id), never content.

hash_n = SHA-256("guvoh-audit-v1" || prev_hash || seq || at || action || object_id), each
field length-prefixed; the first row's prev_hash is 32 zero bytes. `verify` recomputes the
chain and names the first row that does not fit. The log lives inside the encrypted
database; triggers refuse UPDATE and DELETE, so an edit needs a deliberate, visible effort.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass

from storage.db import Connection
from storage.timeutil import now_utc

GENESIS = bytes(32)

ACTIONS = frozenset(
    {
        "vault_created",
        "passphrase_changed",
        "vault_recovered",
        "vault_rekeyed",
        "case_added",
        "case_copied",  # a working copy: "<new case id> from <original case id>"
        "case_edited",
        "case_deleted",
        "revision_sealed",
        "attachment_added",
        "attachment_exported",
        "attachment_deleted",
        "bundle_exported",
        "bundle_imported",
        "bundle_refused",
        "receipt_created",
        "receipt_imported",
        "signer_trusted",
        "organisation_trusted",
        "organisation_replaced",
        "case_purged",
        "delivered_removed",  # delete on receipt: counts only, never an id
        "setting_changed",  # a vault setting: "<name>=<value>"
        "vault_sealed",  # sealed for travel: the seal id (storage/seal.py)
        "vault_unsealed",
        "seal_released",  # on the organisation's vault: the seal id
        "team_member_key_created",  # this desk's member key (docs/team.md): its fingerprint
        "team_founded",  # the team id
        "team_joined",
        "team_member_invited",  # the newcomer's fingerprint
        "team_member_removed",
        "organisation_key_rotated",  # the new card's fingerprint
    }
)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: str
    action: str
    object_id: str


@dataclass(frozen=True, slots=True)
class AuditVerdict:
    ok: bool
    entries: int
    first_broken: int | None = None  # seq of the first row that does not fit
    reason: str | None = None  # hash_mismatch, link_mismatch, gap


def _field(value: str) -> bytes:
    raw = value.encode("utf-8")
    return struct.pack(">I", len(raw)) + raw


def entry_hash(prev: bytes, seq: int, at: str, action: str, object_id: str) -> bytes:
    h = hashlib.sha256(b"guvoh-audit-v1")
    h.update(prev)
    h.update(struct.pack(">Q", seq))
    h.update(_field(at) + _field(action) + _field(object_id))
    return h.digest()


def append(conn: Connection, action: str, object_id: str = "") -> None:
    """Append one row; call inside the transaction that performs the action."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (1, GENESIS) if row is None else (int(row[0]) + 1, bytes(row[1]))
    at = now_utc()
    conn.execute(
        "INSERT INTO audit_log (seq, at, action, object_id, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (seq, at, action, object_id, prev, entry_hash(prev, seq, at, action, object_id)),
    )


def entries(conn: Connection, limit: int = 1000) -> list[AuditEntry]:
    rows = conn.execute(
        "SELECT seq, at, action, object_id FROM audit_log ORDER BY seq DESC LIMIT ?", (limit,)
    )
    return [AuditEntry(int(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]


def objects(conn: Connection, action: str) -> list[str]:
    """The object ids of every entry of `action`, oldest first (e.g. the working copies
    made: "case_copied")."""
    rows = conn.execute(
        "SELECT object_id FROM audit_log WHERE action = ? ORDER BY seq", (action,))
    return [str(r[0]) for r in rows]


def verify(conn: Connection) -> AuditVerdict:
    prev = GENESIS
    expected_seq = 1
    count = 0
    for seq, at, action, object_id, prev_hash, stored in conn.execute(
        "SELECT seq, at, action, object_id, prev_hash, hash FROM audit_log ORDER BY seq"
    ):
        count += 1
        if seq != expected_seq:
            return AuditVerdict(False, count, int(seq), "gap")
        if bytes(prev_hash) != prev:
            return AuditVerdict(False, count, int(seq), "link_mismatch")
        computed = entry_hash(prev, int(seq), str(at), str(action), str(object_id))
        if computed != bytes(stored):
            return AuditVerdict(False, count, int(seq), "hash_mismatch")
        prev = computed
        expected_seq += 1
    return AuditVerdict(True, count)
