"""The JSON report: the chosen cases' records and their provenance in one UTF-8 file."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.domain.consent import consent_state
from app.services.reports.gather import ReportCase, gather, redact, write_report
from storage.timeutil import now_utc
from storage.vault import Vault

REPORT_FORMAT = "guvoh-report/1"


def json_report(chosen: Sequence[ReportCase], *, include_protected: bool = False) -> dict[
    str, Any
]:
    return {
        "format": REPORT_FORMAT,
        "generated_at": now_utc(),
        "include_protected": include_protected,
        "cases": [
            {
                "publication_consent": c.publication_consent,
                "consent_state": consent_state(c.record),
                "record": redact(c.record, include_protected),
                "provenance": dataclasses.asdict(c.provenance),
            }
            for c in chosen
        ],
    }


def export_json(vault: Vault, case_ids: Sequence[str], out: Path, *,
                include_protected: bool = False, replace: bool = False) -> Path:
    """The chosen cases' records (as stored, with attachment metadata; protected person
    fields left out unless included) and their provenance, as one UTF-8 JSON file."""
    report = json_report(gather(vault, case_ids), include_protected=include_protected)
    data = json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return write_report(out, data.encode("utf-8"), replace)
