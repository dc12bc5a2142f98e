"""Protected details through the command line (issue 16 items 1, 2, 6): `guvoh search`
finds the case by a protected real name (the canary) but neither its text nor its --json
output carries it; `guvoh case add` gives a person without a `protected` list the vault's
default, which `guvoh protect-by-default on|off` shows and sets."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.test_cli_cases import add, g
from tests.protected_canary import CANARY, canary_case, canary_only_in_name, leaks


def test_search_output_never_carries_the_canary(cli_vault: Path, pw_file: Path,
                                                tmp_path: Path) -> None:
    both, ref_both = add(cli_vault, pw_file, tmp_path, canary_case())
    named, ref_named = add(cli_vault, pw_file, tmp_path, canary_only_in_name())
    for query in (CANARY, CANARY.upper(), CANARY[:6] + "*"):
        text = g(cli_vault, pw_file, "search", query)
        assert text.returncode == 0, text.stderr
        assert ref_both in text.stdout
        assert ref_named in text.stdout
        assert "a protected detail matched: real name" in text.stdout
        assert leaks(text.stdout + text.stderr) == []
        raw = g(cli_vault, pw_file, "search", query, "--json")
        assert raw.returncode == 0, raw.stderr
        assert leaks(raw.stdout + raw.stderr) == []
        hits = json.loads(raw.stdout)
        assert {h["id"] for h in hits} == {both, named}
        assert all(h["protected_matches"] == ["real_name"] for h in hits)
    shown = g(cli_vault, pw_file, "case", "show", named, "--reveal")
    assert CANARY in shown.stdout  # the value is there, only search never shows it


def test_case_add_gives_the_default_and_the_command_changes_it(cli_vault: Path, pw_file: Path,
                                                               tmp_path: Path) -> None:
    out = g(cli_vault, pw_file, "protect-by-default")
    assert out.returncode == 0, out.stderr
    assert "start protected" in out.stdout
    record = canary_case()
    del record["persons"][0]["protected"]
    record["persons"].append({"id": "p2", "role": "witness", "real_name": "Named Openly",
                              "protected": []})
    case_id, _ = add(cli_vault, pw_file, tmp_path, record)
    persons = json.loads(g(cli_vault, pw_file, "case", "show", case_id, "--json").stdout)[
        "persons"]
    assert persons[0]["protected"] == ["real_name", "location", "contact"]
    assert persons[1]["protected"] == []  # an explicit list is kept

    off = g(cli_vault, pw_file, "protect-by-default", "off", "--json")
    assert json.loads(off.stdout) == {"protect_by_default": False, "fields": []}
    assert "unprotected" in g(cli_vault, pw_file, "protect-by-default").stdout
    case_id, _ = add(cli_vault, pw_file, tmp_path, record)
    persons = json.loads(g(cli_vault, pw_file, "case", "show", case_id, "--json").stdout)[
        "persons"]
    assert "protected" not in persons[0]
    assert g(cli_vault, pw_file, "protect-by-default", "maybe").returncode != 0
    on = json.loads(g(cli_vault, pw_file, "protect-by-default", "on", "--json").stdout)
    assert on == {"protect_by_default": True, "fields": ["real_name", "location", "contact"]}
