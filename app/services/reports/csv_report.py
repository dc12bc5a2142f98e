"""The CSV report: one row per event (codes and their labels in a chosen language), in
UTF-8 with a byte order mark for spreadsheets, every cell safe from formula injection."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from app.services.reports.gather import ReportCase, gather, person_names, redact, write_report
from app.services.reports.labels import label, label_list
from storage.vault import Vault

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = (
    "case_reference", "case_id", "case_title", "case_status", "publication_consent",
    "consent_given", "consent_withdrawn", "consent_uses", "consent_uses_labels", "anonymity",
    "host_country", "host_country_label", "event_id", "date_value", "date_precision",
    "date_precision_label", "country", "country_label", "region", "city", "acts",
    "acts_labels", "perpetrator_types", "perpetrator_types_labels", "victims",
)


def safe_cell(value: str) -> str:
    """A cell a spreadsheet will not run as a formula: text starting with = + - @ or a
    tab or carriage return gets a leading apostrophe."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def csv_rows(chosen: Sequence[ReportCase], *, lang: str = "en",
             include_protected: bool = False) -> list[dict[str, str]]:
    """One row per event (a case without events gets one row with empty event columns),
    keyed by CSV_COLUMNS; values not yet made formula-safe."""
    rows = []
    for c in chosen:
        record = redact(c.record, include_protected)
        consent = record.get("consent") or {}
        uses = [str(u) for u in consent.get("uses") or []]
        host = str(record.get("host_country") or "")
        names = person_names(record, include_protected)
        base = {
            "case_reference": str(record.get("reference", "")),
            "case_id": str(record.get("id", "")),
            "case_title": str(record.get("title", "")),
            "case_status": str(record.get("status", "")),
            "publication_consent": "yes" if c.publication_consent else "no",
            "consent_given": "yes" if consent.get("given") else "no",
            "consent_withdrawn": "yes" if consent.get("withdrawn") else "no",
            "consent_uses": "; ".join(uses),
            "consent_uses_labels": label_list("consent_uses", uses, lang),
            "anonymity": str(consent.get("anonymity", "")),
            "host_country": host,
            "host_country_label": label("countries", host, lang) if host else "",
        }
        events = record.get("events") or [{}]
        for event in events:
            date = event.get("date") or {}
            place = event.get("place") or {}
            country = str(place.get("country", ""))
            acts = [str(a) for a in event.get("acts") or []]
            perpetrators = [str(p) for p in event.get("perpetrator_types") or []]
            precision = str(date.get("precision", ""))
            rows.append({
                **base,
                "event_id": str(event.get("id", "")),
                "date_value": str(date.get("value", "")),
                "date_precision": precision,
                "date_precision_label": label("date_precision", precision, lang)
                if precision else "",
                "country": country,
                "country_label": label("countries", country, lang) if country else "",
                "region": str(place.get("region", "")),
                "city": str(place.get("city", "")),
                "acts": "; ".join(acts),
                "acts_labels": label_list("acts", acts, lang),
                "perpetrator_types": "; ".join(perpetrators),
                "perpetrator_types_labels": label_list("perpetrator_types", perpetrators, lang),
                "victims": "; ".join(names.get(str(v), str(v)) for v in event.get("victims")
                                     or []),
            })
    return rows


def csv_bytes(rows: Sequence[dict[str, str]]) -> bytes:
    """UTF-8 with a byte order mark (Excel reads it as UTF-8), CRLF line ends, every cell
    formula-safe."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([safe_cell(row[column]) for column in CSV_COLUMNS])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def export_csv(vault: Vault, case_ids: Sequence[str], out: Path, *, lang: str = "en",
               include_protected: bool = False, replace: bool = False) -> Path:
    """The chosen cases as CSV, one row per event, codes and labels in `lang`."""
    rows = csv_rows(gather(vault, case_ids), lang=lang, include_protected=include_protected)
    return write_report(out, csv_bytes(rows), replace)
