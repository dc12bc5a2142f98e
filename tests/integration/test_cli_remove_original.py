"""`guvoh attach CASE FILE --remove-original`: the file is stored, then its original removed
only if it still holds the same bytes; a link is refused with its sentence and exit status,
and the vault's copy is there either way."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

from app.messages import ExitCode
from tests.casedata import sample
from tests.conftest import run_guvoh

PHOTO = b"\xff\xd8\xff\xe0 a photo with its place in it " * 4000


def g(vault: Path, pw: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_guvoh("--vault", str(vault), *args, "--passphrase-file", str(pw))


def new_case(vault: Path, pw: Path, tmp_path: Path) -> str:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(sample("uz"), ensure_ascii=False), encoding="utf-8")
    result = g(vault, pw, "case", "add", str(path))
    assert result.returncode == 0, result.stderr
    return result.stdout.split()[0]


def exported(vault: Path, pw: Path, blob_id: str, out: Path) -> bytes:
    result = g(vault, pw, "attachment", "export", blob_id, "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out.read_bytes()


def test_remove_original_removes_the_stored_file(cli_vault: Path, pw_file: Path,
                                                 tmp_path: Path) -> None:
    case_id = new_case(cli_vault, pw_file, tmp_path)
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    original = downloads / "IMG_0042.jpg"
    original.write_bytes(PHOTO)
    result = g(cli_vault, pw_file, "attach", case_id, str(original), "--remove-original",
               "--json")
    assert result.returncode == 0, result.stderr
    blob = json.loads(result.stdout)
    assert blob["sha256"] == hashlib.sha256(PHOTO).hexdigest()
    assert not original.exists()
    assert f"The original {original} was overwritten once with zeros and deleted." in (
        result.stderr)
    assert "not a secure erase" in result.stderr
    assert exported(cli_vault, pw_file, blob["id"], tmp_path / "copy.jpg") == PHOTO


def test_without_the_flag_the_original_stays(cli_vault: Path, pw_file: Path,
                                             tmp_path: Path) -> None:
    case_id = new_case(cli_vault, pw_file, tmp_path)
    original = tmp_path / "IMG_0043.jpg"
    original.write_bytes(PHOTO)
    result = g(cli_vault, pw_file, "attach", case_id, str(original))
    assert result.returncode == 0, result.stderr
    assert original.read_bytes() == PHOTO
    assert "original" not in result.stderr


def test_a_link_is_stored_but_never_followed_to_remove(cli_vault: Path, pw_file: Path,
                                                       tmp_path: Path) -> None:
    case_id = new_case(cli_vault, pw_file, tmp_path)
    target = tmp_path / "real.jpg"
    target.write_bytes(PHOTO)
    link = tmp_path / "link.jpg"
    link.symlink_to(target)
    result = g(cli_vault, pw_file, "attach", case_id, str(link), "--remove-original")
    assert result.returncode == ExitCode.SOURCE_CHANGED, result.stderr
    assert f"The original {link} is a link to another place" in result.stderr
    assert link.is_symlink()
    assert target.read_bytes() == PHOTO
    blob_id = result.stdout.split()[0]  # stored all the same
    assert exported(cli_vault, pw_file, blob_id, tmp_path / "copy.jpg") == PHOTO
