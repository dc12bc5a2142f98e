"""The cases a report covers, as every report sees them (full record with attachment
metadata, provenance, what may be shown of each person), and how a report file is written."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.consent import publication_allowed
from app.domain.people import name_or_id
from app.domain.redaction import for_disclosure
from app.services import cases as case_service
from storage import cases, fsio, provenance
from storage.errors import OutputExists
from storage.ids import CaseId
from storage.provenance import CaseProvenance
from storage.vault import Vault

# -- consent and redaction: app.domain.consent and app.domain.redaction -----------------


def redact(record: dict[str, Any], include_protected: bool = False) -> dict[str, Any]:
    """A copy of `record` without each person's protected fields (unless included)."""
    return for_disclosure(record, include_protected=include_protected)


def person_names(record: dict[str, Any], include_protected: bool) -> dict[str, str]:
    """Person id -> the name a report may show (app.domain.people: the pseudonym unless it
    is protected and not included, else the person id; never the real name)."""
    return {
        str(person.get("id")): name_or_id(person, reveal=include_protected)
        for person in record.get("persons") or []
    }


# -- gathering --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReportCase:
    """One case as the reports see it: its full record (with attachment metadata) and its
    provenance."""

    record: dict[str, Any]
    provenance: CaseProvenance

    @property
    def publication_consent(self) -> bool:
        return publication_allowed(self.record)


def gather(vault: Vault, case_ids: Sequence[str]) -> list[ReportCase]:
    """The chosen cases in the order given (each once); ids, references or unique id
    prefixes. Raises CaseNotFound for an unknown one."""
    chosen: list[ReportCase] = []
    seen: set[CaseId] = set()
    for key in case_ids:
        case_id = cases.resolve(vault.conn, key)
        if case_id in seen:
            continue
        seen.add(case_id)
        case = cases.get(vault.conn, case_id)
        chosen.append(ReportCase(case_service.full_record(vault, case),
                                 provenance.case_provenance(vault.conn, case_id)))
    return chosen


def write_report(out: Path, data: bytes, replace: bool) -> Path:
    """Write a report file privately and atomically; OutputExists unless `replace`."""
    if not replace and out.exists():
        raise OutputExists(out)
    fsio.write_atomic(out, data, replace=replace)
    return out
