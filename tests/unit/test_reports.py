"""Reports from imported cases: JSON and CSV files checked for content and consent rules,
protected fields left out unless included, CSV safe against formula injection and read by
Excel as UTF-8, files private and never overwritten; the printable report's HTML escapes
hostile text and carries the consent banner."""

from __future__ import annotations

import csv
import io
import json
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app import vocabularies
from app.domain.consent import consent_state, publication_allowed
from app.services import bundle_import
from app.services.reports import csv_report, gather, json_report, labels, printable
from storage.errors import CaseNotFound, FileSystemError, OutputExists
from tests.casedata import sample
from tests.desk import Desk, make_desk

HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>"


def hostile() -> dict[str, Any]:
    """Publication consent, a protected real name and contact, and text that attacks a
    spreadsheet and an HTML renderer."""
    return {
        "schema_version": 1,
        "title": "=HYPERLINK(\"http://evil\",\"click\") " + HOSTILE,
        "host_country": "DE",
        "consent": {"given": True, "uses": ["documentation", "publication"],
                    "anonymity": "pseudonym_only"},
        "summary": "Summary " + HOSTILE,
        "narrative": "First part.\n\nSecond part " + HOSTILE,
        "persons": [
            {"id": "p1", "role": "victim", "real_name": "Aziza Karimova",
             "pseudonym": "Lola", "contact": "+49 170 0000000", "birth_year": 1990,
             "protected": ["real_name", "contact"]},
            {"id": "p2", "role": "witness", "real_name": "Timur Secret",
             "pseudonym": "Hidden-Name", "protected": ["real_name", "pseudonym"]},
        ],
        "events": [
            {"id": "e1", "date": {"value": "2023-10-03", "precision": "day"},
             "place": {"country": "DE", "region": "-Berlin", "city": "@Berlin"},
             "acts": ["threats_online", "digital_surveillance_spyware"],
             "perpetrator_types": ["origin_security_service"], "victims": ["p1", "p2"],
             "description": "+1 called " + HOSTILE},
        ],
    }


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Desk, list[str]]]:
    desk = make_desk(tmp_path)
    try:
        r = desk.researcher("R-07")
        # uz: documentation + advocacy (no publication); kz: publication
        path, ids = desk.export(r, [sample("uz"), sample("kz"), hostile()],
                                {2: b"recording bytes"})
        outcome = bundle_import.import_bundle(desk.coordinator, path)
        assert outcome.outcome == "imported", outcome.error
        yield desk, [str(i) for i in ids]
    finally:
        desk.close()


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def test_consent_rules() -> None:
    assert consent_state(sample("kz")) == "publication"
    assert consent_state(sample("uz")) == "no_publication"
    assert consent_state({"consent": {"given": False}}) == "no_consent"
    withdrawn = {"consent": {"given": True, "uses": ["publication"], "withdrawn": True}}
    assert consent_state(withdrawn) == "withdrawn"
    assert not publication_allowed(withdrawn)


def test_csv(world: tuple[Desk, list[str]], tmp_path: Path) -> None:
    desk, ids = world
    out = csv_report.export_csv(desk.coordinator, ids, tmp_path / "cases.csv", lang="ru")
    assert private(out)
    rows = read_csv(out)
    assert list(rows[0]) == list(csv_report.CSV_COLUMNS)
    # One row per event: uz has 2, kz 1, hostile 1.
    assert [r["event_id"] for r in rows] == ["e1", "e2", "e1", "e1"]
    uz1, uz2, kz, bad = rows
    assert uz1["case_title"] == sample("uz")["title"]
    assert (uz1["date_value"], uz1["date_precision"]) == ("2023-06", "month")
    assert uz1["date_precision_label"] == "Только месяц"
    assert (uz1["country"], uz1["country_label"]) == ("UZ", "Узбекистан")
    assert uz1["acts"] == "pressure_on_relatives"
    assert uz1["acts_labels"] == "Давление на родственников"
    assert uz1["perpetrator_types"] == "origin_police"
    assert uz1["victims"] == "p2"  # no pseudonym: the person id, never the real name
    assert uz2["victims"] == "Botir"
    assert uz1["publication_consent"] == "no"
    assert uz1["consent_uses"] == "documentation; advocacy"
    assert kz["publication_consent"] == "yes"
    assert bad["acts"] == "threats_online; digital_surveillance_spyware"
    # Protected fields stay out: Lola's pseudonym is not protected, Hidden-Name's is.
    assert bad["victims"] == "Lola; p2"
    text = out.read_text(encoding="utf-8-sig")
    for secret in ("Aziza", "Karimova", "Timur", "Hidden-Name", "+49 170"):
        assert secret not in text
    # Formula injection: every dangerous first character is neutralised.
    assert bad["case_title"].startswith("'=HYPERLINK")
    assert bad["region"] == "'-Berlin"
    assert bad["city"] == "'@Berlin"
    for row in rows:
        for value in row.values():
            assert not value.startswith(csv_report.FORMULA_STARTS)


def test_csv_with_protected_fields_and_english(world: tuple[Desk, list[str]],
                                               tmp_path: Path) -> None:
    desk, ids = world
    out = csv_report.export_csv(desk.coordinator, [ids[2]], tmp_path / "full.csv",
                                include_protected=True)
    (row,) = read_csv(out)
    assert row["victims"] == "Lola; Hidden-Name"
    assert row["country_label"] == "Germany"
    assert row["acts_labels"].count("; ") == 1



@pytest.mark.parametrize("lang", vocabularies.LANGUAGES)
def test_report_labels_in_every_language(lang: str) -> None:
    en = labels.TEXT["en"]
    text = labels.TEXT[lang]
    assert set(text) == set(en)
    for key, value in text.items():
        assert value.strip(), key
        assert re.findall(r"%\d", value) == re.findall(r"%\d", en[key]), key
        for kept in ("SHA-256", "UTC"):
            assert (kept in value) == (kept in en[key]), key
    assert "ʻ" in "".join(labels.TEXT["uz-Latn"].values())  # oʻ, gʻ with U+02BB
    assert not re.search(r"[A-Za-z]", "".join(labels.TEXT["uz-Cyrl"].values())
                         .replace("SHA", "").replace("UTC", ""))


def test_missing_label_falls_back_to_english() -> None:
    assert labels.text("kk", "report_title") == "Іс бойынша есеп"
    assert labels.text("xx", "report_title") == "Case report"
    saved = labels.TEXT["kk"].pop("summary")
    try:
        assert labels.text("kk", "summary") == "Summary"
    finally:
        labels.TEXT["kk"]["summary"] = saved


def test_csv_and_report_in_kazakh(world: tuple[Desk, list[str]], tmp_path: Path) -> None:
    desk, ids = world
    out = csv_report.export_csv(desk.coordinator, ids, tmp_path / "kk.csv", lang="kk")
    rows = read_csv(out)
    assert list(rows[0]) == list(csv_report.CSV_COLUMNS)  # column names stay machine-readable
    uz1, _uz2, _kz, bad = rows
    assert uz1["date_precision_label"] == "Тек ай"
    assert (uz1["country"], uz1["country_label"]) == ("UZ", "Өзбекстан")
    assert uz1["acts_labels"] == "Туыстарға қысым"
    assert bad["country_label"] == "Германия"
    assert bad["acts_labels"].startswith("Интернеттегі қорқыту; ")
    page = printable.render_html(printable.build_report(desk.coordinator, ids, lang="kk"))
    assert 'lang="kk"' in page
    for kazakh in ("Іс бойынша есеп", "Оқиға", "Бұзушылық түрлері", "Жәбірленушілер",
                   "Келісім берілді", "ЖАРИЯЛАУҒА БОЛМАЙДЫ", "Бума", "Түбіртек"):
        assert kazakh in page, kazakh
    assert "Case report" not in page

def test_safe_cell() -> None:
    for bad in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert csv_report.safe_cell(bad) == "'" + bad
    assert csv_report.safe_cell("plain =") == "plain ="
    assert csv_report.safe_cell("") == ""


def test_files_are_never_overwritten(world: tuple[Desk, list[str]], tmp_path: Path) -> None:
    desk, ids = world
    target = tmp_path / "exists.csv"
    target.write_bytes(b"keep me")
    with pytest.raises(OutputExists):
        csv_report.export_csv(desk.coordinator, ids, target)
    with pytest.raises(OutputExists):
        json_report.export_json(desk.coordinator, ids, target)
    assert target.read_bytes() == b"keep me"
    csv_report.export_csv(desk.coordinator, ids, target, replace=True)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert private(target)
    with pytest.raises(CaseNotFound):
        csv_report.export_csv(desk.coordinator, ["no-such-case"], tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()


def test_json(world: tuple[Desk, list[str]], tmp_path: Path) -> None:
    desk, ids = world
    out = json_report.export_json(desk.coordinator, ids, tmp_path / "cases.json")
    assert private(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == json_report.REPORT_FORMAT
    assert data["include_protected"] is False
    assert [c["record"]["id"] for c in data["cases"]] == ids
    assert [c["publication_consent"] for c in data["cases"]] == [False, True, True]
    bad = data["cases"][2]
    assert bad["record"]["redacted"] is True
    p1, p2 = bad["record"]["persons"]
    assert "real_name" not in p1
    assert "contact" not in p1
    assert p1["pseudonym"] == "Lola"
    assert "pseudonym" not in p2
    assert bad["record"]["attachments"][0]["size"] == len(b"recording bytes")
    (travelled,) = bad["provenance"]["bundles"]
    assert travelled["bundle"]["signer_name"] == "Researcher R-07"
    assert travelled["attachments"][0]["sha256"] == bad["record"]["attachments"][0]["sha256"]
    assert "Aziza" not in out.read_text(encoding="utf-8")

    full = json_report.export_json(desk.coordinator, [ids[2]], tmp_path / "full.json",
                                   include_protected=True)
    record = json.loads(full.read_text(encoding="utf-8"))["cases"][0]["record"]
    assert record["persons"][0]["real_name"] == "Aziza Karimova"


def test_printable_report(world: tuple[Desk, list[str]], tmp_path: Path) -> None:
    desk, ids = world
    doc = printable.build_report(desk.coordinator, ids)
    page = printable.render_html(doc)
    # Hostile text is shown, never interpreted.
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    # Consent: the uz case (no publication consent) has the banner, the others do not.
    sections = [b for b in doc.blocks if isinstance(b, printable.Section)]
    assert len(sections) == 3
    banners = [[b.text for b in s.blocks if isinstance(b, printable.Banner)] for s in sections]
    assert banners[0]
    assert banners[0][0].startswith("NOT FOR PUBLICATION")
    assert banners[1] == []
    assert banners[2] == []
    assert page.count("NOT FOR PUBLICATION") == 1
    assert page.count("page-break-before: always") == 3
    # Protected fields are absent unless included (then a warning says so).
    for secret in ("Aziza", "+49 170", "Hidden-Name", "Timur"):
        assert secret not in page
    assert "Lola" in page
    full = printable.render_html(printable.build_report(desk.coordinator, [ids[2]],
                                                        include_protected=True, lang="ru"))
    assert "Aziza Karimova" in full
    assert "Hidden-Name" in full
    assert "защищённые личные данные" in full
    assert 'lang="ru"' in full
    # Labels in the chosen language; provenance included.
    assert "Германия" in full
    assert "Researcher R-07" in full
    out = printable.export_html(desk.coordinator, ids, tmp_path / "report.html")
    assert private(out)
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_withdrawn_consent_banner() -> None:
    from storage.ids import CaseId
    from storage.provenance import CaseProvenance

    record = sample("kz")
    record["consent"] = {"given": True, "uses": ["publication"], "withdrawn": True}
    record.update(id="c1", reference="KZ-1", status="delivered")
    case = gather.ReportCase(record, CaseProvenance(CaseId("c1"), "KZ-1", "t", "delivered",
                                                    ()))
    section = printable.case_section(case)
    banner = next(b for b in section.blocks if isinstance(b, printable.Banner))
    assert banner.text.startswith("CONSENT WITHDRAWN")
    assert "Not received in a bundle" in printable.render_html(
        printable.ReportDocument("T", "en", (section,)))


def test_failed_write_leaves_nothing(world: tuple[Desk, list[str]], tmp_path: Path) -> None:
    desk, ids = world
    with pytest.raises(FileSystemError):
        csv_report.export_csv(desk.coordinator, ids, tmp_path / "missing-folder" / "x.csv")
    assert not (tmp_path / "missing-folder").exists()
