"""Use cases for cases: read and validate a case file, add, edit, show, list, delete,
history, search; attachments in and out. The CLI and the UI call these."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import re
import threading
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, validators
from jsonschema import _keywords as keywords
from jsonschema.exceptions import ValidationError, best_match

from app.domain.protected import with_default_protection
from app.domain.redaction import REDACTED_KEY
from app.services import attachment_metadata
from app.services import settings as prefs
from app.services.case_text import check_text
from app.services.errors import CaseFileMalformed, CaseFileUnreadable, CaseInvalid
from storage import audit, blobs, cases, search
from storage.blobs import Attachment
from storage.cases import STATUSES, Case, CaseSummary, Revision, date_span
from storage.db import transaction
from storage.errors import CaseNotFound
from storage.ids import BlobId, CaseId
from storage.search import SearchFilters, SearchHit
from storage.vault import Vault

MAX_CASE_FILE = 32 * 1000 * 1000  # 32 MB as the message says (app.domain.sizes: powers of 1000)
Progress = Callable[[int, int], None]


@functools.cache
def _search(pattern: str) -> Callable[[str], re.Match[str] | None]:
    return re.compile(pattern).search


def _not(validator: Any, not_schema: Any, instance: Any, schema: Any) -> Any:
    """jsonschema's `not`, with the schema's negative patterns ("no control characters",
    on every text field) checked by one regex search: the stock keyword validates the inner
    {"pattern": ...} and builds an error object for every valid string (a third of a small
    bundle's import). Same result and the same error as the stock keyword."""
    if (isinstance(instance, str) and isinstance(not_schema, dict) and len(not_schema) == 1
            and isinstance(not_schema.get("pattern"), str)):
        if _search(not_schema["pattern"])(instance) is not None:
            yield ValidationError(f"{instance!r} should not be valid under {not_schema!r}")
        return
    yield from keywords.not_(validator, not_schema, instance, schema)


_STRING_ENUMS: dict[int, tuple[list[Any], frozenset[str]]] = {}


def _enum(validator: Any, enums: Any, instance: Any, schema: Any) -> Any:
    """jsonschema's `enum`, with a string looked up in a set of the vocabulary's strings
    (jsonschema compares a string with each member by ==: the HURIDOCS vocabularies have
    hundreds). Other instances go to the stock keyword."""
    if isinstance(instance, str) and isinstance(enums, list):
        known = _STRING_ENUMS.get(id(enums))
        if known is None or known[0] is not enums:
            known = (enums, frozenset(e for e in enums if isinstance(e, str)))
            _STRING_ENUMS[id(enums)] = known
        if instance not in known[1]:
            yield ValidationError(f"{instance!r} is not one of {enums!r}")
        return
    yield from keywords.enum(validator, enums, instance, schema)


_CaseValidator = validators.extend(Draft202012Validator, {"not": _not, "enum": _enum})


@functools.cache
def validator() -> Any:
    """The case schema's validator, built (and the schema checked) once per process."""
    text = (resources.files("resources") / "schema" / "case-v1.schema.json").read_text("utf-8")
    schema = json.loads(text)
    Draft202012Validator.check_schema(schema)
    return _CaseValidator(schema)


def read_case_file(path: Path) -> dict[str, Any]:
    """Parse a case JSON file (bounded in size); typed errors, never a traceback."""
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_CASE_FILE + 1)
    except FileNotFoundError:
        raise CaseFileUnreadable(path, "missing") from None
    except OSError as err:
        raise CaseFileUnreadable(path, "unreadable") from err
    if len(data) > MAX_CASE_FILE:
        raise CaseFileUnreadable(path, "too_large")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CaseFileUnreadable(path, "not_utf8") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as err:
        raise CaseFileMalformed(path, err.lineno, err.colno, err.msg) from None
    except RecursionError:
        raise CaseFileMalformed(path, 1, 1, "nested too deeply") from None
    if not isinstance(document, dict):
        raise CaseInvalid("(top)", "type", "object")
    return document


def _json_path(error: ValidationError) -> str:
    out = ""
    for part in error.absolute_path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top)"


def _short(value: object) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def _schema_violation(error: ValidationError) -> CaseInvalid:
    where = _json_path(error)
    kind = str(error.validator)
    if kind == "required":
        missing = next(
            (f for f in error.validator_value if isinstance(error.instance, dict)
             and f not in error.instance),
            "",
        )
        return CaseInvalid(f"{where}.{missing}" if where != "(top)" else missing, "required")
    if kind == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set((error.schema.get("properties") or {}).keys())
        extra = next((k for k in error.instance if k not in allowed), "")
        return CaseInvalid(where, "unknown_field", str(extra))
    if kind == "enum":
        vocabulary = str(error.schema.get("x-guvoh-vocabulary", ""))
        return CaseInvalid(where, "unknown_code", _short(error.instance), vocabulary)
    if kind == "const":
        return CaseInvalid(where, "unsupported_version", _short(error.instance))
    if kind == "type":
        return CaseInvalid(where, "type", str(error.validator_value))
    if kind in ("maxLength", "maxItems", "maximum"):
        return CaseInvalid(where, "too_long", str(error.validator_value))
    if kind in ("minLength", "minItems", "minimum"):
        return CaseInvalid(where, "too_short", str(error.validator_value))
    if kind in ("pattern", "format"):
        return CaseInvalid(where, "format", _short(error.instance))
    return CaseInvalid(where, "schema", _short(error.message))


def validate_record(
    record: dict[str, Any], *, for_add: bool, attachment_ids: set[str] | None = None,
    case_id: str | None = None,
) -> dict[str, Any]:
    """Check a record against the schema and the rules a schema cannot state; raise the
    first violation as CaseInvalid. Returns the record without bundle-only fields."""
    check_text(record)  # before the schema: its messages quote values
    error = best_match(validator().iter_errors(record))
    if error is not None:
        raise _schema_violation(error)
    if for_add:
        for field in ("id", "revision"):
            if field in record:
                raise CaseInvalid(field, "not_allowed_on_add", field)
    elif case_id is not None and record.get("id") not in (None, case_id):
        raise CaseInvalid("id", "id_mismatch", _short(record.get("id")))
    if record.get("status") not in (None, "draft", "ready"):
        raise CaseInvalid("status", "status_not_allowed", str(record["status"]))
    persons = record.get("persons") or []
    person_ids = [p["id"] for p in persons]
    _unique(person_ids, "persons")
    _unique([e["id"] for e in record.get("events") or []], "events")
    known_persons = set(person_ids)
    for i, person in enumerate(persons):
        related = person.get("related_victim")
        if related is not None and related not in known_persons:
            raise CaseInvalid(f"persons[{i}].related_victim", "unknown_person", related)
    attachments = attachment_ids or set()
    for i, event in enumerate(record.get("events") or []):
        for j, victim in enumerate(event.get("victims") or []):
            if victim not in known_persons:
                raise CaseInvalid(f"events[{i}].victims[{j}]", "unknown_person", victim)
        for j, blob in enumerate(event.get("attachments") or []):
            if blob not in attachments:
                raise CaseInvalid(f"events[{i}].attachments[{j}]", "unknown_attachment", blob)
        value = (event.get("date") or {}).get("value")
        if value:
            _real_date(value, f"events[{i}].date.value")
    interview = record.get("interview") or {}
    if interview.get("date"):
        _real_date(interview["date"], "interview.date")
    withdrawn_on = (record.get("consent") or {}).get("withdrawn_on")
    if withdrawn_on:
        _real_date(withdrawn_on, "consent.withdrawn_on")
    return {k: v for k, v in record.items() if k not in ("attachments", REDACTED_KEY, "revision")}


def _unique(ids: list[str], where: str) -> None:
    seen: set[str] = set()
    for i, ident in enumerate(ids):
        if ident in seen:
            raise CaseInvalid(f"{where}[{i}].id", "duplicate_id", ident)
        seen.add(ident)


def _real_date(value: str, where: str) -> None:
    parts = value.split("-")
    try:
        if len(parts) == 3:
            dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        elif len(parts) == 2:
            dt.date(int(parts[0]), int(parts[1]), 1)
        else:
            dt.date(int(parts[0]), 1, 1)
    except ValueError:
        raise CaseInvalid(where, "bad_date", value) from None


# -- use cases ------------------------------------------------------------------------


def add_case(vault: Vault, record: dict[str, Any]) -> CaseSummary:
    return cases.add(vault.conn, validate_record(record, for_add=True))


def add_case_file(vault: Vault, path: Path) -> CaseSummary:
    return add_case_from_file(vault, read_case_file(path))


def add_case_from_file(vault: Vault, record: dict[str, Any]) -> CaseSummary:
    """Add a case read from a case file: a person without a ``protected`` list gets the
    vault's default (app.services.settings.default_protected); an explicit list, even an
    empty one, is kept. (Bundles received keep what the sender sent: not through here.)"""
    return add_case(vault, with_default_protection(record, prefs.default_protected(vault)))


def edit_case(vault: Vault, key: str, record: dict[str, Any]) -> CaseSummary:
    case_id = cases.resolve(vault.conn, key)
    attachment_ids = {a.id for a in blobs.list_for_case(vault.conn, case_id)}
    clean = validate_record(
        record, for_add=False, attachment_ids=set(attachment_ids), case_id=case_id
    )
    clean.pop("id", None)
    return cases.update(vault.conn, case_id, clean)


def show_case(vault: Vault, key: str, revision: int | None = None) -> Case:
    return cases.get(vault.conn, cases.resolve(vault.conn, key), revision)


def full_record(vault: Vault, case: Case) -> dict[str, Any]:
    """The record as `case show --json` prints it: with its attachments' metadata."""
    record = dict(case.record)
    record["attachments"] = [
        {
            "id": a.id, "filename": a.filename, "media_type": a.media_type, "size": a.size,
            "sha256": a.sha256, **({"description": a.description} if a.description else {}),
        }
        for a in blobs.list_for_case(vault.conn, case.summary.id)
    ]
    return record


def list_cases(
    vault: Vault, limit: int = 1000, statuses: tuple[str, ...] = (), *, offset: int = 0,
    order: str = "updated", descending: bool = True,
) -> list[CaseSummary]:
    """Cases by `order` (one of storage.cases.ORDERS), a page of `limit` from `offset`."""
    return cases.list_cases(vault.conn, limit=limit, offset=offset, statuses=statuses,
                            order=order, descending=descending)


def case_history(vault: Vault, key: str) -> list[Revision]:
    return cases.history(vault.conn, cases.resolve(vault.conn, key))


def _content(record: dict[str, Any], attachment_ids: set[str]) -> dict[str, Any]:
    """A stored record's content, to be saved again: without its identity, workflow status
    and bundle-only fields, and with events pointing only at `attachment_ids`."""
    content: dict[str, Any] = json.loads(json.dumps(record))  # a deep copy
    for field in ("id", "reference", "revision", "status", "attachments", REDACTED_KEY):
        content.pop(field, None)
    for event in content.get("events") or []:
        kept = [a for a in event.get("attachments") or [] if a in attachment_ids]
        if kept:
            event["attachments"] = kept
        else:
            event.pop("attachments", None)
    return content


def working_copy(vault: Vault, key: str, title: str | None = None) -> CaseSummary:
    """A new, editable case in this vault with the content of `key`'s current version
    (received testimony stays as it arrived). It gets its own id and reference, status
    draft, and no attached files (they stay with the original). The audit log links the
    two: "case_copied", "<new id> from <original id>"."""
    original_id = cases.resolve(vault.conn, key)
    record = _content(cases.get(vault.conn, original_id).record, set())
    if title:
        record["title"] = title[:300]
    clean = validate_record(record, for_add=True)
    with transaction(vault.conn):
        summary = cases.add_in_transaction(vault.conn, clean)
        audit.append(vault.conn, "case_copied", f"{summary.id} from {original_id}")
    return summary


def _copy_links(vault: Vault) -> list[tuple[str, str]]:
    """(copy id, original id) of every working copy made, oldest first."""
    links = []
    for entry in audit.objects(vault.conn, "case_copied"):
        copy_id, _, original_id = entry.partition(" from ")
        if original_id:
            links.append((copy_id, original_id))
    return links


def copied_from(vault: Vault, key: str) -> CaseSummary | None:
    """The case this one is a working copy of, if it is one and that case is still here."""
    case_id = cases.resolve(vault.conn, key)
    for copy_id, original_id in _copy_links(vault):
        if copy_id == case_id:
            with contextlib.suppress(CaseNotFound):
                return cases.get_summary(vault.conn, CaseId(original_id))
    return None


def working_copies(vault: Vault, key: str) -> list[CaseSummary]:
    """The working copies made of this case that are still here, oldest first."""
    case_id = cases.resolve(vault.conn, key)
    found = []
    for copy_id, original_id in _copy_links(vault):
        if original_id == case_id:
            with contextlib.suppress(CaseNotFound):
                found.append(cases.get_summary(vault.conn, CaseId(copy_id)))
    return found


def restore_revision(vault: Vault, key: str, revision: int) -> CaseSummary:
    """Save the content of an earlier version as a new version (status draft). History is
    never rewritten: every version, the restored one included, stays as it was. Events
    keep only the attached files still in the case."""
    case_id = cases.resolve(vault.conn, key)
    old = cases.get(vault.conn, case_id, revision)
    attachment_ids = {a.id for a in blobs.list_for_case(vault.conn, case_id)}
    record = _content(old.record, set(attachment_ids))
    record["status"] = "draft"
    clean = validate_record(record, for_add=False, attachment_ids=set(attachment_ids),
                            case_id=case_id)
    return cases.update(vault.conn, case_id, clean)


def delete_case(vault: Vault, key: str) -> CaseSummary:
    """Delete a case, no word of it left in the vault. On a coordinator's desk in a team the
    case is removed from the team's archive: a removal event, so every desk removes it."""
    case_id = cases.resolve(vault.conn, key)
    summary = cases.get_summary(vault.conn, case_id)
    if vault.role == "coordinator":
        from app.services import team

        if team.in_team(vault):
            team.remove_case(vault, case_id)
            return summary
    removed = cases.delete(vault.conn, case_id)
    blobs.remove_files(vault.blobs_dir, removed)
    return summary


def find(
    vault: Vault, query: str, filters: SearchFilters | None = None, limit: int = 50, *,
    offset: int = 0, order: str | None = None, descending: bool = True,
) -> list[SearchHit]:
    """What `query` and `filters` find, best match first (or by `order`), a page of `limit`
    from `offset`, each hit with a snippet."""
    return search.search(vault.conn, query, filters, limit=limit, offset=offset, order=order,
                         descending=descending)


def attach_file(
    vault: Vault, key: str, source: Path, *, filename: str | None = None,
    media_type: str | None = None, description: str = "",
    progress: Progress | None = None, cancel: threading.Event | None = None,
) -> Attachment:
    """Encrypt `source` into the case, then read what it reveals (location, device,
    author...) in the limited child process and keep that reading in the vault
    (app.services.attachment_metadata). The original stays as it came, with its intake
    SHA-256; a reader that fails leaves the file attached, its reading marked failed."""
    case_id = cases.resolve(vault.conn, key)
    attachment = blobs.attach(
        vault.conn, vault.blobs_dir, case_id, source, filename=filename,
        media_type=media_type, description=description, progress=progress, cancel=cancel,
    )
    attachment_metadata.inspect(vault, attachment.id)
    return attachment


def list_attachments(vault: Vault, key: str) -> list[Attachment]:
    return blobs.list_for_case(vault.conn, cases.resolve(vault.conn, key))


def export_attachment(
    vault: Vault, blob_id: str, out: Path, progress: Progress | None = None,
    cancel: threading.Event | None = None, *, cleaned: bool = False,
) -> Attachment:
    """Write the original bytes to `out`, verified; with `cleaned`, a copy without the
    metadata instead, recorded with its own and its original's SHA-256 (the original in
    the vault is untouched)."""
    if cleaned:
        attachment_metadata.save_cleaned_copy(vault, blob_id, out)
        return blobs.get(vault.conn, blob_id)
    return blobs.export(vault.conn, vault.blobs_dir, BlobId(blob_id), out, progress, cancel)


def read_attachment(vault: Vault, blob_id: str, max_size: int = 256 * 1024 * 1024) -> bytes:
    return blobs.read_bytes(vault.conn, vault.blobs_dir, blob_id, max_size)


def delete_attachment(vault: Vault, blob_id: str) -> None:
    blobs.delete(vault.conn, vault.blobs_dir, blob_id)


# Types and rules the command line and the UI use with these functions (mypy strict:
# named here to be re-exported).
__all__ = [
    "STATUSES", "Attachment", "Case", "CaseId", "CaseSummary", "Revision", "SearchFilters",
    "SearchHit", "date_span",
]
