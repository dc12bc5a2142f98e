"""What a command hands back and how it is printed: JSON made from the result dataclasses in
one place (ids, paths, dates, errors serialised here), text for a person, progress on a
terminal."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import json
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.sizes import human_size
from app.messages import ExitCode, explain
from app.services.bundle_export import ExportResult
from app.services.cases import Revision, SearchHit
from app.services.coordinator import BatchItem, BatchProgress
from app.services.organisations import Organisation
from app.services.signers import Signer
from app.services.vaults import CheckReport, VaultStatus


@dataclass(frozen=True, slots=True)
class Reply:
    """A command's result. `data` is printed as JSON with --json (a result dataclass, a list
    of them, or a mapping; nothing when None); otherwise `lines` go to stdout. `notes` are
    hints for a person, on stderr in both modes."""

    data: object = None
    lines: Sequence[str] = ()
    notes: Sequence[str] = ()
    status: int = ExitCode.OK


@dataclass(frozen=True, slots=True)
class Written:
    """A file a command wrote outside the vault."""

    file: Path


def emit(reply: Reply, as_json: bool) -> None:
    if as_json:
        if reply.data is not None:
            print(json.dumps(to_json(reply.data), ensure_ascii=False, indent=2, sort_keys=True))
    else:
        for line in reply.lines:
            print(line)
    sys.stdout.flush()
    for note in reply.notes:
        print(note, file=sys.stderr)


def sentence(err: BaseException) -> str | None:
    """The one sentence app.messages has for an expected error; None for a bug."""
    explanation = explain(err)
    return explanation.render() if explanation is not None else None


# -- JSON ---------------------------------------------------------------------------------


@functools.singledispatch
def to_json(value: object) -> Any:
    """A value as JSON data: dataclasses field by field, NewType ids as the strings they
    are, paths as text, dates in ISO 8601, enums by value, errors as their sentence. A type
    with no JSON form is a bug (TypeError), never silently printed."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if value is None or isinstance(value, str | int | float):  # bool is an int
        return value
    raise TypeError(f"no JSON form for {type(value).__name__}")


@to_json.register
def _path(value: Path) -> str:
    return str(value)


@to_json.register
def _date(value: dt.date) -> str:  # datetime is a date
    return value.isoformat()


@to_json.register
def _enum(value: enum.Enum) -> Any:
    return to_json(value.value)


@to_json.register
def _error(value: BaseException) -> str:
    return sentence(value) or type(value).__name__


# Result types whose JSON keeps the field names scripts and tests already read.


@to_json.register
def _status(st: VaultStatus) -> dict[str, Any]:
    def params(p: Any) -> dict[str, Any]:
        return {"algorithm": "argon2id", "memory_kib": p.memory_kib, "time_cost": p.time_cost,
                "parallelism": p.parallelism}

    return {
        "vault": str(st.path), "vault_id": st.vault_id, "role": st.role,
        "created_at": st.created_at,
        "keyring": {"protects_vault": st.keyring_protected, "available": st.keyring_available,
                    "backend": st.keyring_backend},
        "kdf": {"passphrase": params(st.passphrase_params),
                "recovery": params(st.recovery_params)},
        "schema": {"version": st.schema_version, "latest": st.schema_head},
    }


@to_json.register
def _check(report: CheckReport) -> dict[str, Any]:
    data = _fields(report)
    for old, new in (("schema_head", "schema_latest"), ("stale_temp_files",
                     "stale_temp_files_removed"), ("orphans_removed", "orphan_files_removed")):
        data[new] = data.pop(old)
    return {**data, "ok": report.ok}


@to_json.register
def _revision(r: Revision) -> dict[str, Any]:
    return {**_fields(r), "sealed": r.sealed_at is not None}


@to_json.register
def _hit(h: SearchHit) -> dict[str, Any]:
    return {**to_json(h.case), "score": h.score, "snippet": h.snippet.text,
            "highlights": to_json(h.snippet.highlights),
            "protected_matches": list(h.protected_matches)}  # names, never the values


@to_json.register
def _organisation(o: Organisation) -> dict[str, Any]:
    return {"name": o.name, "fingerprint": o.fingerprint,
            "safety_code": o.signing_key.safety_code(),
            "age_recipient": o.recipient.to_string(), "own": o.own, "trusted_at": o.trusted_at}


@to_json.register
def _signer(s: Signer) -> dict[str, Any]:
    return {"name": s.name, "public_key": s.public_key.to_openssh_line(),
            "fingerprint": s.fingerprint, "safety_code": s.public_key.safety_code(),
            "valid_after": s.valid_after, "valid_before": s.valid_before,
            "trusted_at": s.trusted_at}


@to_json.register
def _export(r: ExportResult) -> dict[str, Any]:
    data = _fields(r)
    data["file"] = data.pop("path")
    return data


@to_json.register
def _batch_item(item: BatchItem) -> dict[str, Any]:
    data = _fields(item)
    for old, new in (("path", "file"), ("kind", "outcome"), ("signer_name", "signer"),
                     ("signer_key_line", "signer_key"), ("error", "message")):
        data[new] = data.pop(old)
    return data


def _fields(value: Any) -> dict[str, Any]:
    return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}


# -- progress -----------------------------------------------------------------------------


@dataclass
class TerminalProgress:
    """Percent done on stderr, only on a terminal, at most a few times a second."""

    label: str
    enabled: bool = field(default_factory=sys.stderr.isatty)
    last: float = 0.0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < 0.2 and done != total:
            return
        self.last = now
        if total > 0:
            text = f"\r{self.label}: {done * 100 // total:3d}% of {human_size(total)}"
        else:
            text = f"\r{self.label}: {human_size(done)}"
        print(text, end="", file=sys.stderr, flush=True)

    def batch(self, where: BatchProgress) -> None:
        """For the batch importer: the whole batch's bytes, and which file of how many."""
        self.label = f"{self.label.split(' (')[0]} ({where.index + 1} of {where.count})"
        self(where.overall_done, where.overall_total)

    def finish(self) -> None:
        if self.enabled:
            print(file=sys.stderr)
