"""`guvoh attachment list` says what each file reveals, one short line per kind, and
`guvoh attachment export --cleaned` writes a copy without it (issue 16 item 4); the
reference tool, exiftool, checks the copy."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

from tests.attachment_files import jpeg
from tests.casedata import sample
from tests.conftest import run_guvoh
from tests.metadata_tools import exiftool_tags, exiftool_write


def g(vault: Path, pw: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_guvoh("--vault", str(vault), *args, "--passphrase-file", str(pw))


def test_list_shows_the_findings_and_export_cleans(cli_vault: Path, pw_file: Path,
                                                   tmp_path: Path) -> None:
    record = tmp_path / "case.json"
    record.write_text(json.dumps(sample("uz"), ensure_ascii=False), encoding="utf-8")
    case_id = g(cli_vault, pw_file, "case", "add", str(record)).stdout.split()[0]
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg())
    exiftool_write(photo, "-GPSLatitude=41.3111", "-GPSLatitudeRef=N", "-GPSLongitude=69.2797",
                   "-GPSLongitudeRef=E", "-Model=iPhone 12")
    notes = tmp_path / "notes.txt"
    notes.write_text("words")
    blob = json.loads(g(cli_vault, pw_file, "attach", case_id, str(photo), "--json").stdout)
    assert g(cli_vault, pw_file, "attach", case_id, str(notes)).returncode == 0

    listed = g(cli_vault, pw_file, "attachment", "list", case_id)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert "    place: 41.3111 N 69.2797 E" in lines
    assert any(line.startswith("    device: ") and "iPhone 12" in line for line in lines)
    assert "    hidden details: Guvoh cannot check this kind of file" in lines
    # --json stays the list of attachments, as before
    as_json = json.loads(g(cli_vault, pw_file, "attachment", "list", case_id, "--json").stdout)
    assert {a["id"] for a in as_json} >= {blob["id"]}

    out = tmp_path / "clean.jpg"
    done = g(cli_vault, pw_file, "attachment", "export", blob["id"], "--out", str(out),
             "--cleaned")
    assert done.returncode == 0, done.stderr
    assert not any("GPS" in key for key in exiftool_tags(out))
    cleaned = hashlib.sha256(out.read_bytes()).hexdigest()
    original = hashlib.sha256(photo.read_bytes()).hexdigest()
    after = g(cli_vault, pw_file, "attachment", "list", case_id).stdout
    assert f"    cleaned copy sha256 {cleaned} of original {original}" in after
    assert blob["sha256"] == original
