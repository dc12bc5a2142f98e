"""Search never shows a protected value, and protected by default (issue 16 items 1, 2, 6):
the canary in a protected real name finds its case through the service, but no snippet
holds it; a case file's person without a `protected` list gets the vault's default."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.domain.protected import DEFAULT_PROTECTED, with_default_protection
from app.services import cases as svc
from app.services import settings as prefs
from storage import search
from storage.textnorm import query_terms
from storage.vault import Vault
from tests.casedata import sample
from tests.protected_canary import (
    CANARY,
    CONTACT,
    TOWN,
    canary_case,
    canary_only_in_name,
    leaks,
)


def _hit_text(hit: search.SearchHit) -> str:
    return " ".join([hit.snippet.text, hit.snippet.marked(), hit.case.title,
                     *hit.protected_matches])


def test_canary_found_but_never_shown(vault: Vault) -> None:
    both = svc.add_case(vault, canary_case())
    named = svc.add_case(vault, canary_only_in_name())
    svc.add_case(vault, sample("uz"))
    for query in (CANARY, CANARY.lower(), CANARY[:8] + "*", f"{CANARY} Tokenov"):
        hits = svc.find(vault, query)
        assert {h.case.id for h in hits} >= {both.id}, query
        for hit in hits:
            assert leaks(_hit_text(hit)) == [], (query, hit.snippet)
            assert "real_name" in hit.protected_matches
    hit = {h.case.id: h for h in svc.find(vault, CANARY)}[named.id]
    assert hit.protected_matches == ("real_name",)
    assert hit.snippet.highlights == []  # nothing unprotected matched


def test_a_snippet_next_to_a_protected_value_leaves_it_out(vault: Vault) -> None:
    """Before: a match on the pseudonym cut the snippet from the people column, where the
    protected real name stands next to it."""
    case = svc.add_case(vault, canary_only_in_name())
    (hit,) = svc.find(vault, "Botirjon")
    assert hit.case.id == case.id
    assert "[Botirjon]" in hit.snippet.marked()
    assert leaks(hit.snippet.text) == []
    assert "Karimov" not in hit.snippet.text
    assert hit.protected_matches == ()


def test_free_text_repeating_a_protected_name_is_masked(vault: Vault) -> None:
    svc.add_case(vault, canary_case())
    (hit,) = svc.find(vault, "market")
    assert "[market]" in hit.snippet.marked()
    assert search.MASK in hit.snippet.text
    assert "told us that" in hit.snippet.text  # the free text around it stays
    assert leaks(hit.snippet.text) == []


def test_protected_contact_and_place_match_by_name_only(vault: Vault) -> None:
    svc.add_case(vault, canary_case())
    (hit,) = svc.find(vault, TOWN)
    assert hit.protected_matches == ("location",)
    assert leaks(_hit_text(hit)) == []
    (hit,) = svc.find(vault, "0199")
    assert hit.protected_matches == ("contact",)
    assert leaks(_hit_text(hit)) == []


def test_unprotected_values_still_show(vault: Vault) -> None:
    record = canary_only_in_name()
    record["persons"][0]["protected"] = []
    svc.add_case(vault, record)
    (hit,) = svc.find(vault, CANARY)
    assert f"[{CANARY}]" in hit.snippet.marked()
    assert hit.protected_matches == ()


def test_make_snippet_masks_whatever_field_it_cuts() -> None:
    record = canary_case()
    record["tags"] = [CANARY]  # free text in the `other` column, like the contact
    snippet = search.make_snippet(record, query_terms(CANARY))
    assert leaks(snippet.text) == []
    assert search.MASK in snippet.text
    assert search.protected_matches(record, query_terms("uzbekistan")) == ("location",)
    assert search.protected_matches(record, query_terms("told")) == ()


def test_with_default_protection_keeps_explicit_lists() -> None:
    record: dict[str, Any] = {"persons": [{"id": "p1"}, {"id": "p2", "protected": []},
                          {"id": "p3", "protected": ["pseudonym"]}]}
    out = with_default_protection(record, DEFAULT_PROTECTED)
    assert [p.get("protected") for p in out["persons"]] == [
        ["real_name", "location", "contact"], [], ["pseudonym"]]
    assert "protected" not in record["persons"][0]  # the input is not changed
    assert with_default_protection(record, []) == record


def test_case_file_gets_the_vault_default(vault: Vault, tmp_path: Path) -> None:
    record = canary_case()
    del record["persons"][0]["protected"]
    path = tmp_path / "case.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    assert prefs.protect_by_default(vault)  # on when never set
    case = svc.add_case_file(vault, path)
    person = svc.show_case(vault, case.id).record["persons"][0]
    assert person["protected"] == ["real_name", "location", "contact"]
    (hit,) = svc.find(vault, CONTACT)
    assert leaks(_hit_text(hit)) == []

    prefs.set_protect_by_default(vault, False)
    assert not prefs.protect_by_default(vault)
    assert prefs.default_protected(vault) == []
    off = svc.add_case_file(vault, path)
    assert "protected" not in svc.show_case(vault, off.id).record["persons"][0]
    prefs.set_protect_by_default(vault, True)
    assert prefs.default_protected(vault) == list(DEFAULT_PROTECTED)


def test_add_case_itself_keeps_the_record(vault: Vault) -> None:
    """Only a case file gets the default; what the editor or an import hands over is kept."""
    record = canary_case()
    del record["persons"][0]["protected"]
    case = svc.add_case(vault, record)
    assert "protected" not in svc.show_case(vault, case.id).record["persons"][0]
