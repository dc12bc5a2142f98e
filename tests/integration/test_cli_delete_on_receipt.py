"""Delete on receipt through the command line: `guvoh receipt-import` destroys what the
receipt confirms (at once by default), `guvoh delete-on-receipt` shows and sets the grace
period kept in the vault, and `guvoh case delete` needs a confirmation."""

from __future__ import annotations

import json
from pathlib import Path

from tests.casedata import sample
from tests.integration.test_cli_bundles import Party, _add_case_with_file, world

__all__ = ["world"]  # the fixture, shared with test_cli_bundles


def _deliver(c: Party, r: Party, tmp: Path, cases: list[str], name: str) -> Path:
    """Export `cases`, import at the coordinator; returns the receipt file."""
    out = tmp / f"out-{name}"
    out.mkdir()
    exported = json.loads(r.ok("export", "--to", "Memorial", "--out", str(out), *cases,
                               "--json"))
    key_line = json.loads(r.ok("identity", "--json"))["public_key"]
    c("signer", "trust", key_line, "--name", "Researcher 7")  # once is enough
    assert json.loads(c.ok("import", exported["file"], "--json"))[0]["outcome"] == "imported"
    back = tmp / f"back-{name}"
    back.mkdir()
    return Path(c.ok("receipt", exported["bundle_id"], "--out", str(back)).strip())


def test_receipt_import_deletes_at_once_and_keeps_later_edits(world: dict[str, object]) -> None:
    c: Party = world["c"]  # type: ignore[assignment]
    r: Party = world["r"]  # type: ignore[assignment]
    tmp: Path = world["tmp"]  # type: ignore[assignment]
    assert r.ok("delete-on-receipt").strip() == (
        "Delivered cases are deleted from this computer at once.")
    delivered, _ = _add_case_with_file(r, tmp, "uz")
    edited, _ = _add_case_with_file(r, tmp, "ru")
    receipt = _deliver(c, r, tmp, [delivered, edited], "one")
    later = sample("ru") | {"title": "Changed after the export"}
    changed = tmp / "changed.json"
    changed.write_text(json.dumps(later, ensure_ascii=False), encoding="utf-8")
    r.ok("case", "edit", edited, str(changed))

    done = json.loads(r.ok("receipt-import", str(receipt), "--json"))
    assert len(done["delivered"]) == 1
    assert len(done["edited"]) == 1
    assert (done["removed_cases"], done["removed_versions"], done["removed_files"]) == (1, 1, 1)
    left = json.loads(r.ok("case", "list", "--json"))
    assert [case["title"] for case in left] == ["Changed after the export"]
    shown = json.loads(r.ok("case", "show", edited, "--json"))
    assert shown["status"] == "draft"  # the later edits: not delivered
    assert r("case", "show", delivered).returncode != 0
    history = json.loads(r.ok("case", "history", edited, "--json"))
    assert [v["revision"] for v in history] == [2]  # the delivered revision 1 is gone
    assert r.ok("audit", "verify")


def test_grace_period_and_never(world: dict[str, object]) -> None:
    c: Party = world["c"]  # type: ignore[assignment]
    r: Party = world["r"]  # type: ignore[assignment]
    tmp: Path = world["tmp"]  # type: ignore[assignment]
    assert "one day after the receipt" in r.ok("delete-on-receipt", "1d")
    assert "one day after the receipt" in r.ok("delete-on-receipt")
    assert r("delete-on-receipt", "soon").returncode != 0  # not a choice
    case, _ = _add_case_with_file(r, tmp, "uz")
    done = r("receipt-import", str(_deliver(c, r, tmp, [case], "two")))
    assert "1 case(s) delivered" in done.stdout
    assert "one day after the receipt" in done.stderr  # a note
    assert json.loads(r.ok("case", "show", case, "--json"))["status"] == "delivered"
    assert "kept" in r.ok("delete-on-receipt", "never")
    # "at once" again: the next unlock (any command) deletes what is due.
    r.ok("delete-on-receipt", "now")
    assert json.loads(r.ok("case", "list", "--json")) == []


def test_case_delete_needs_a_confirmation(world: dict[str, object]) -> None:
    """Any case, delivered or not: without a terminal to type the reference on, only
    --yes deletes."""
    r: Party = world["r"]  # type: ignore[assignment]
    tmp: Path = world["tmp"]  # type: ignore[assignment]
    case, _ = _add_case_with_file(r, tmp, "uz")
    refused = r("case", "delete", case, stdin="no\n")
    assert refused.returncode != 0
    assert "--yes" in refused.stderr
    assert len(json.loads(r.ok("case", "list", "--json"))) == 1
    assert "Deleted case" in r("case", "delete", case, "--yes").stderr
    assert json.loads(r.ok("case", "list", "--json")) == []
