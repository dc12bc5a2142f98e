"""What an import and a verify cost, without giving up a check (issue 18 item 3).

- A verify keeps nothing, so it fsyncs nothing and stores no attachment (the reader still
  hashes every byte against the signed manifest); it reads the file a second time only for
  a bundle id seen before, to tell a duplicate from a replay, and then says what import says.
- An import fsyncs each attachment once and the blob folder once (plus SQLite's commit):
  spilled case JSON is scratch, read back in this process and removed.
- The conflict check looks up only this bundle's attachment and case rows: its cost does
  not grow with the vault.
- The case schema's validator (negative patterns and vocabularies checked without
  jsonschema's error objects) gives the same first error as the stock validator.
"""

from __future__ import annotations

import copy
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from app.domain.outcomes import Outcome
from app.services import bundle_import
from app.services import cases as case_service
from storage import bundles as records
from tests.casedata import minimal, sample
from tests.desk import Desk


def _fsyncs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = os.fsync

    def counted(fd: int) -> None:
        calls.append(fd)
        real(fd)

    monkeypatch.setattr(os, "fsync", counted)
    return calls


def _blob_files(desk: Desk) -> set[str]:
    return {p.name for p in desk.coordinator.blobs_dir.iterdir()}


def test_verify_fsyncs_and_keeps_nothing_and_import_fsyncs_once_per_file(
        desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    who = desk.researcher("V")
    bundle, _ = desk.export(who, [minimal("One"), minimal("Two")],
                            attachments={0: os.urandom(300_000), 1: os.urandom(1000)})
    before = _blob_files(desk)
    calls = _fsyncs(monkeypatch)
    checked = bundle_import.verify_bundle(desk.coordinator, bundle)
    assert checked.outcome is Outcome.VERIFIED, checked.error
    assert checked.attachments == 2
    assert checked.payload_bytes > 301_000
    assert calls == []
    assert _blob_files(desk) == before

    done = bundle_import.import_bundle(desk.coordinator, bundle)
    assert done.outcome is Outcome.IMPORTED, done.error
    assert len(calls) == 3  # two attachments, the blob folder (SQLite's own are not os.fsync)
    stored = {str(r[0]): str(r[1]) for r in desk.coordinator.conn.execute(
        "SELECT id, sha256 FROM attachments")}
    assert sorted(stored.values()) == sorted(h for _, h in records.bundle_attachments(
        desk.coordinator.conn, done.bundle_id or ""))
    assert len(_blob_files(desk)) == len(before) + 2  # no spill left behind


def test_verify_of_a_seen_id_says_what_import_says(desk: Desk, tmp_path: Path) -> None:
    who = desk.researcher("D")
    bundle, _ = desk.export(who, [minimal("Once")])
    assert bundle_import.import_bundle(desk.coordinator, bundle).outcome is Outcome.IMPORTED
    copy_of_it = tmp_path / "copy.age"
    shutil.copyfile(bundle, copy_of_it)
    for path in (bundle, copy_of_it):
        assert bundle_import.verify_bundle(desk.coordinator, path).outcome is Outcome.DUPLICATE
        assert bundle_import.import_bundle(desk.coordinator, path).outcome is Outcome.DUPLICATE


def test_conflict_check_looks_up_only_this_bundles_rows(desk: Desk) -> None:
    who = desk.researcher("C")
    for n in range(3):
        first, _ = desk.export(who, [minimal(f"Earlier {n}")], attachments={0: b"x" * (n + 1)})
        assert bundle_import.import_bundle(desk.coordinator, first).outcome is Outcome.IMPORTED
    bundle, _ = desk.export(who, [minimal("Now")], attachments={0: b"new bytes"})
    statements: list[str] = []
    raw = desk.coordinator.conn._raw  # the test watches the SQL sent
    raw.set_trace_callback(statements.append)
    try:
        done = bundle_import.import_bundle(desk.coordinator, bundle)
    finally:
        raw.set_trace_callback(None)
    assert done.outcome is Outcome.IMPORTED, done.error
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")
             and ("FROM attachments" in s or "FROM bundle_cases" in s)]
    assert reads, statements
    assert all(" WHERE " in s for s in reads), reads


def _stock() -> Draft202012Validator:
    return Draft202012Validator(case_service.validator().schema)


def _broken(change: str) -> dict[str, Any]:
    record = sample(next(iter(_samples())))
    if change == "control_in_line":
        record["title"] = "A title\x07 with a bell"
    elif change == "control_in_text":
        record["narrative"] = "Text with\x00 a nul"
    elif change == "line_break_in_line":
        record["title"] = "Two\nlines"
    elif change == "unknown_code":
        record["host_country"] = "XX"
    elif change == "code_not_a_string":
        record["host_country"] = 7
    elif change == "unknown_language":
        record["languages"] = ["uz-Latn", "zz-Fake"]
    elif change == "not_text":
        record["narrative"] = ["a list"]
    return record


def _samples() -> list[str]:
    from tests import casedata

    return list(casedata.SAMPLES)


@pytest.mark.parametrize("change", ["control_in_line", "control_in_text",
                                    "line_break_in_line", "unknown_code", "code_not_a_string",
                                    "unknown_language", "not_text", "valid"])
def test_case_validator_agrees_with_the_stock_validator(change: str) -> None:
    record = _broken(change) if change != "valid" else sample(_samples()[0])
    ours = best_match(case_service.validator().iter_errors(copy.deepcopy(record)))
    stock = best_match(_stock().iter_errors(copy.deepcopy(record)))
    if change == "valid":
        assert ours is None
        assert stock is None
        return
    assert ours is not None
    assert stock is not None
    assert (ours.message, ours.validator, list(ours.absolute_path)) == (
        stock.message, stock.validator, list(stock.absolute_path))
