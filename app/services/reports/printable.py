"""The printable case report: a document model (banners, key-value rows, paragraphs,
sections, one section and page per case) built from the chosen cases, and its rendering
as self-contained, escaped HTML, which the desktop app prints to PDF."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.consent import consent_state
from app.domain.protected import PROTECTABLE_FIELDS
from app.domain.text import fill
from app.services.reports.gather import ReportCase, gather, person_names, redact, write_report
from app.services.reports.labels import label, label_list, text, yes_no
from storage.provenance import CaseProvenance
from storage.timeutil import now_utc
from storage.vault import Vault

# The person fields a report shows, names first (each one protectable, app.domain.protected).
PERSON_FIELDS = ("pseudonym", "real_name",
                 *(f for f in PROTECTABLE_FIELDS if f not in ("pseudonym", "real_name")))


@dataclass(frozen=True, slots=True)
class Banner:
    """A boxed warning printed above a case (consent, protected data)."""

    text: str
    kind: str = "warning"  # warning, info


@dataclass(frozen=True, slots=True)
class Row:
    key: str
    value: str


@dataclass(frozen=True, slots=True)
class Rows:
    """A two-column table of keys and values."""

    rows: tuple[Row, ...]


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str  # plain text; line breaks kept


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    blocks: tuple[Block, ...]
    page_break: bool = False  # start on a new page (each case)


Block = Banner | Rows | Paragraph | Section


@dataclass(frozen=True, slots=True)
class ReportDocument:
    title: str
    lang: str
    blocks: tuple[Block, ...]


def _rows(pairs: Sequence[tuple[str, str]]) -> Rows:
    return Rows(tuple(Row(k, v) for k, v in pairs if v))


def _place(place: dict[str, Any] | None, lang: str) -> str:
    if not place:
        return ""
    parts = [str(place[k]) for k in ("city", "region") if place.get(k)]
    if place.get("country"):
        parts.append(label("countries", str(place["country"]), lang))
    return ", ".join(parts)


def _person_section(person: dict[str, Any], lang: str) -> Section:
    pairs = [(text(lang, "role"), label("roles", str(person.get("role", "")), lang))]
    for name in PERSON_FIELDS:
        if name not in person:
            continue
        value = person[name]
        if name == "sex":
            shown = label("sex", str(value), lang)
        elif name == "nationality":
            shown = label_list("countries", [str(v) for v in value], lang)
        elif name == "location":
            shown = _place(value, lang)
        elif name == "relation_to_victim":
            shown = label("relations", str(value), lang)
        else:
            shown = str(value)
        pairs.append((text(lang, name), shown))
    return Section(f"{text(lang, 'person')} {person.get('id', '')}", (_rows(pairs),))


def _event_section(event: dict[str, Any], names: dict[str, str], lang: str) -> Section:
    date = event.get("date") or {}
    when = str(date.get("value", ""))
    if date.get("precision"):
        precision = label("date_precision", str(date["precision"]), lang)
        when = f"{when} ({precision})" if when else precision
    blocks: list[Block] = [_rows([
        (text(lang, "date"), when),
        (text(lang, "place"), _place(event.get("place"), lang)),
        (text(lang, "acts"), label_list("acts", event.get("acts") or [], lang)),
        (text(lang, "perpetrators"),
         label_list("perpetrator_types", event.get("perpetrator_types") or [], lang)),
        (text(lang, "victims"), "; ".join(names.get(str(v), str(v))
                                          for v in event.get("victims") or [])),
    ])]
    if event.get("description"):
        blocks.append(Paragraph(str(event["description"])))
    return Section(f"{text(lang, 'event')} {event.get('id', '')}", tuple(blocks))


def _provenance_rows(prov: CaseProvenance, lang: str) -> list[Block]:
    if not prov.bundles:
        return [Paragraph(text(lang, "no_bundle"))]
    out: list[Block] = []
    for travelled in prov.bundles:
        b = travelled.bundle
        receipt = (fill(text(lang, "receipt_yes"), b.receipt.at or "")
                   if b.receipt.created else text(lang, "receipt_no"))
        out.append(_rows([
            (text(lang, "bundle"), str(b.bundle_id)),
            (text(lang, "signer"), b.signer_name),
            (text(lang, "fingerprint"), b.signer_fingerprint),
            (text(lang, "created"), b.created_at),
            (text(lang, "imported"), b.imported_at or ""),
            (text(lang, "file_sha256"), b.file_sha256),
            (text(lang, "receipt"), receipt),
        ]))
    return out


def case_section(c: ReportCase, *, lang: str = "en", include_protected: bool = False) -> Section:
    """One case of the printable report."""
    record = redact(c.record, include_protected)
    consent = record.get("consent") or {}
    blocks: list[Block] = []
    state = consent_state(record)
    if state != "publication":
        blocks.append(Banner(text(lang, f"banner_{state}")))
    if include_protected:
        blocks.append(Banner(text(lang, "banner_protected")))
    interview = record.get("interview") or {}
    host = str(record.get("host_country") or "")
    blocks.append(_rows([
        (text(lang, "reference"), str(record.get("reference", ""))),
        (text(lang, "status"), label("case_status", str(record.get("status", "")), lang)),
        (text(lang, "host_country"), label("countries", host, lang) if host else ""),
        (text(lang, "languages"), label_list("languages", record.get("languages") or [], lang)),
        (text(lang, "interview_date"), str(interview.get("date", ""))),
        (text(lang, "interview_place"), _place(interview.get("place"), lang)),
        (text(lang, "consent_given"), yes_no(consent.get("given"), lang)),
        (text(lang, "consent_uses"), label_list("consent_uses", consent.get("uses") or [], lang)
         or text(lang, "none")),
        (text(lang, "anonymity"), label("anonymity", str(consent["anonymity"]), lang)
         if consent.get("anonymity") else ""),
        (text(lang, "may_contact"), yes_no(consent["may_contact"], lang)
         if "may_contact" in consent else ""),
        (text(lang, "withdrawn"), yes_no(True, lang) if consent.get("withdrawn") else ""),
        (text(lang, "withdrawn_on"), str(consent.get("withdrawn_on", ""))),
        (text(lang, "consent_notes"), str(consent.get("notes", ""))),
    ]))
    if record.get("summary"):
        blocks.append(Section(text(lang, "summary"), (Paragraph(str(record["summary"])),)))
    if record.get("narrative"):
        blocks.append(Section(text(lang, "narrative"), tuple(
            Paragraph(part.strip()) for part in str(record["narrative"]).split("\n\n")
            if part.strip())))
    persons = record.get("persons") or []
    if persons:
        blocks.append(Section(text(lang, "persons"),
                              tuple(_person_section(p, lang) for p in persons)))
    names = person_names(record, include_protected)
    events = record.get("events") or []
    if events:
        blocks.append(Section(text(lang, "events"),
                              tuple(_event_section(e, names, lang) for e in events)))
    attachments = record.get("attachments") or []
    if attachments:
        blocks.append(Section(text(lang, "attachments"), tuple(
            _rows([(text(lang, "file"), str(a.get("filename") or a.get("id", ""))),
                   (text(lang, "size"), str(a.get("size", ""))),
                   (text(lang, "sha256"), str(a.get("sha256", "")))])
            for a in attachments)))
    blocks.append(Section(text(lang, "provenance"), tuple(_provenance_rows(c.provenance, lang))))
    title = f"{record.get('reference', '')} — {record.get('title', '')}"
    return Section(title, tuple(blocks), page_break=True)


def build_report(vault: Vault, case_ids: Sequence[str], *, lang: str = "en",
                 include_protected: bool = False) -> ReportDocument:
    """The printable report of the chosen cases, one section (and page) per case."""
    chosen = gather(vault, case_ids)
    head = _rows([(text(lang, "generated"), now_utc()), (text(lang, "cases"), str(len(chosen)))])
    sections = [case_section(c, lang=lang, include_protected=include_protected)
                for c in chosen]
    return ReportDocument(text(lang, "report_title"), lang, (head, *sections))


_STYLE = (
    "body { font-family: sans-serif; font-size: 10pt; } "
    "h1 { font-size: 16pt; } h2 { font-size: 13pt; } h3 { font-size: 11pt; } "
    "table.fields th { text-align: left; padding-right: 12px; font-weight: bold; } "
    "table.banner td { padding: 6px; font-weight: bold; }"
)


def _escape(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br>")


def _render(block: Block, depth: int, out: list[str]) -> None:
    if isinstance(block, Banner):
        color = "#fde2e1" if block.kind == "warning" else "#e1effd"
        out.append(f'<table class="banner {_escape(block.kind)}" width="100%" '
                   f'bgcolor="{color}" border="1" cellspacing="0"><tr><td>'
                   f"{_escape(block.text)}</td></tr></table>")
    elif isinstance(block, Rows):
        if not block.rows:
            return
        out.append('<table class="fields" cellspacing="0">')
        out.extend(f"<tr><th>{_escape(r.key)}</th><td>{_escape(r.value)}</td></tr>"
                   for r in block.rows)
        out.append("</table>")
    elif isinstance(block, Paragraph):
        out.append(f"<p>{_escape(block.text)}</p>")
    else:
        level = min(depth, 6)
        style = ' style="page-break-before: always"' if block.page_break else ""
        out.append(f"<h{level}{style}>{_escape(block.title)}</h{level}>")
        for inner in block.blocks:
            _render(inner, depth + 1, out)


def render_html(doc: ReportDocument) -> str:
    """The document as a self-contained HTML page (no scripts, no external resources);
    every text is escaped, so testimony can never become markup."""
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_escape(doc.lang)}"><head><meta charset="utf-8">',
        f"<title>{_escape(doc.title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{_escape(doc.title)}</h1>",
    ]
    for block in doc.blocks:
        _render(block, 2, out)
    out.append("</body></html>")
    return "\n".join(out)


def export_html(vault: Vault, case_ids: Sequence[str], out: Path, *, lang: str = "en",
                include_protected: bool = False, replace: bool = False) -> Path:
    """The printable report as an HTML file (for a browser or an archive; the desktop app
    prints the same HTML to PDF)."""
    doc = build_report(vault, case_ids, lang=lang, include_protected=include_protected)
    return write_report(out, render_html(doc).encode("utf-8"), replace)


def write_pdf(out: Path, data: bytes) -> Path:
    """Write a PDF report the desktop app laid out, privately and atomically; never over an
    existing file (OutputExists, also when one appears while the report was being made)."""
    return write_report(out, data, replace=False)
