"""Cases, search, attachments and the audit log through the `guvoh` command line."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from pathlib import Path

import pytest

from app.messages import ExitCode
from tests.casedata import sample
from tests.conftest import guvoh_bin, run_guvoh

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((REPO / "docs" / "examples").glob("case-*.json"))


def g(vault: Path, pw: Path, *args: str, stdin: str | None = None
      ) -> subprocess.CompletedProcess[str]:
    return run_guvoh("--vault", str(vault), *args, "--passphrase-file", str(pw), stdin=stdin)


def add(vault: Path, pw: Path, tmp_path: Path, record: dict[str, object]) -> tuple[str, str]:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    result = g(vault, pw, "case", "add", str(path))
    assert result.returncode == 0, result.stderr
    case_id, reference = result.stdout.split()
    return case_id, reference


def test_examples_are_accepted_as_they_are(cli_vault: Path, pw_file: Path) -> None:
    assert {p.name for p in EXAMPLES} == {"case-ru.json", "case-tg.json", "case-uz.json"}
    for example in EXAMPLES:
        result = g(cli_vault, pw_file, "case", "add", str(example))
        assert result.returncode == 0, f"{example.name}: {result.stderr}"
        case_id = result.stdout.split()[0]
        shown = json.loads(g(cli_vault, pw_file, "case", "show", case_id, "--json").stdout)
        original = json.loads(example.read_text(encoding="utf-8"))
        for key, value in original.items():
            if key != "status":
                assert shown[key] == value, key
    listed = json.loads(g(cli_vault, pw_file, "case", "list", "--json").stdout)
    assert len(listed) == 3


def test_case_lifecycle(cli_vault: Path, pw_file: Path, tmp_path: Path) -> None:
    case_id, reference = add(cli_vault, pw_file, tmp_path, sample("uz"))
    text = g(cli_vault, pw_file, "case", "show", reference)
    assert "Gʻiyosov" not in text.stdout.split("People")[1].split("\n")[1]  # protected, masked
    assert "••••••" in text.stdout
    revealed = g(cli_vault, pw_file, "case", "show", reference, "--reveal")
    assert "Shavkat Gʻiyosov" in revealed.stdout

    edited = sample("uz") | {"title": "Yangi sarlavha"}
    path = tmp_path / "edit.json"
    path.write_text(json.dumps(edited, ensure_ascii=False), encoding="utf-8")
    assert g(cli_vault, pw_file, "case", "edit", case_id, str(path)).returncode == 0
    history = json.loads(g(cli_vault, pw_file, "case", "history", case_id, "--json").stdout)
    assert [h["revision"] for h in history] == [1, 2]
    assert history[1]["title"] == "Yangi sarlavha"
    old = json.loads(g(cli_vault, pw_file, "case", "show", case_id, "--revision", "1",
                       "--json").stdout)
    assert old["title"] == sample("uz")["title"]

    refused = g(cli_vault, pw_file, "case", "delete", case_id)  # no terminal, no --yes
    assert refused.returncode == ExitCode.USAGE
    assert g(cli_vault, pw_file, "case", "delete", case_id, "--yes").returncode == 0
    missing = g(cli_vault, pw_file, "case", "show", case_id)
    assert missing.returncode == ExitCode.NOT_FOUND
    assert "No case" in missing.stderr


def test_json_output_of_case_add_list_show(cli_vault: Path, pw_file: Path,
                                          tmp_path: Path) -> None:
    """--json is machine output on case add too (the case file is an argument now)."""
    path = tmp_path / "case.json"
    path.write_text(json.dumps(sample("tj"), ensure_ascii=False), encoding="utf-8")
    added = g(cli_vault, pw_file, "case", "add", str(path), "--json")
    assert added.returncode == 0, added.stderr
    summary = json.loads(added.stdout)
    assert set(summary) == {"id", "reference", "title", "status", "host_country", "revision",
                            "created_at", "updated_at"}
    assert (summary["title"], summary["revision"]) == (sample("tj")["title"], 1)

    listed = json.loads(g(cli_vault, pw_file, "case", "list", "--json").stdout)
    assert listed == [summary]
    shown = json.loads(g(cli_vault, pw_file, "case", "show", summary["reference"],
                         "--json").stdout)
    assert shown["id"] == summary["id"]
    assert shown["attachments"] == []
    edited = g(cli_vault, pw_file, "case", "edit", summary["id"], str(path), "--json")
    assert json.loads(edited.stdout)["revision"] == 2
    deleted = g(cli_vault, pw_file, "case", "delete", summary["id"], "--yes", "--json")
    assert json.loads(deleted.stdout)["reference"] == summary["reference"]


def test_search_command(cli_vault: Path, pw_file: Path, tmp_path: Path) -> None:
    for name in ("uz", "tj", "kz", "ru"):
        add(cli_vault, pw_file, tmp_path, sample(name))
    out = g(cli_vault, pw_file, "search", "Qo'qonda")
    assert out.returncode == 0
    assert "[Qo'qonda]" in out.stdout
    hits = json.loads(g(cli_vault, pw_file, "search", "--json", "--country", "tj").stdout)
    assert [h["title"] for h in hits] == [sample("tj")["title"]]
    hits = json.loads(g(cli_vault, pw_file, "search", "--json", "--act", "account_compromise",
                        "--from", "2023-10", "--to", "2023-10").stdout)
    assert len(hits) == 1
    bad = g(cli_vault, pw_file, "search", "--from", "2023-13")
    assert bad.returncode == ExitCode.USAGE


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('{"title": ', "is not valid JSON"),
        ('{"schema_version": 1, "title": "t", "consent": {"given": true}, "events": '
         '[{"id": "e1", "acts": ["flying"]}]}', "events[0].acts[0]"),
        ('{"schema_version": 1, "consent": {"given": true}}', "missing the field title"),
    ],
)
def test_bad_case_files_one_line(cli_vault: Path, pw_file: Path, tmp_path: Path,
                                 content: str, words: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    result = g(cli_vault, pw_file, "case", "add", str(path))
    assert result.returncode == ExitCode.BAD_INPUT
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert json.loads(g(cli_vault, pw_file, "case", "list", "--json").stdout) == []


def test_attach_list_export_and_tamper(cli_vault: Path, pw_file: Path, tmp_path: Path) -> None:
    case_id, _ = add(cli_vault, pw_file, tmp_path, sample("kz"))
    source = tmp_path / "voice.ogg"
    source.write_bytes(os.urandom(200_000))
    result = g(cli_vault, pw_file, "attach", case_id, str(source), "--json")
    assert result.returncode == 0, result.stderr
    blob = json.loads(result.stdout)
    assert blob["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
    listed = json.loads(g(cli_vault, pw_file, "attachment", "list", case_id, "--json").stdout)
    assert [a["id"] for a in listed] == [blob["id"]]
    out = tmp_path / "copy.ogg"
    assert g(cli_vault, pw_file, "attachment", "export", blob["id"], "--out",
             str(out)).returncode == 0
    assert out.read_bytes() == source.read_bytes()
    again = g(cli_vault, pw_file, "attachment", "export", blob["id"], "--out", str(out))
    assert again.returncode == ExitCode.EXISTS

    stored = cli_vault / "blobs" / blob["id"]
    data = bytearray(stored.read_bytes())
    data[1000] ^= 0x40
    stored.write_bytes(bytes(data))
    out2 = tmp_path / "copy2.ogg"
    bad = g(cli_vault, pw_file, "attachment", "export", blob["id"], "--out", str(out2))
    assert bad.returncode == ExitCode.CORRUPT_ATTACHMENT
    assert "damaged or was altered" in bad.stderr
    assert not out2.exists()
    check = g(cli_vault, pw_file, "check", "--deep")
    assert check.returncode == ExitCode.CHECK_FAILED


def test_audit_verify_names_the_broken_link(cli_vault: Path, pw_file: Path,
                                            tmp_path: Path) -> None:
    for _ in range(3):
        add(cli_vault, pw_file, tmp_path, sample("ru"))
    ok = g(cli_vault, pw_file, "audit", "verify")
    assert ok.returncode == 0
    assert "chain intact" in ok.stdout
    from storage.devicekeyring import DeviceKeyring
    from storage.vault import Vault
    from tests.conftest import PASSPHRASE

    with Vault.unlock(cli_vault, PASSPHRASE, DeviceKeyring.detect()) as vault:
        vault.conn.execute("DROP TRIGGER audit_log_no_update")
        vault.conn.execute("UPDATE audit_log SET object_id = 'someone-else' WHERE seq = 3")
    broken = g(cli_vault, pw_file, "audit", "verify")
    assert broken.returncode == ExitCode.CHECK_FAILED
    assert "BROKEN at entry 3" in broken.stdout


GIB = 1024 * 1024 * 1024
GENERATOR = (
    "import hashlib, sys\n"
    "block = hashlib.sha256(b'guvoh').digest() * 32768\n"  # 1 MiB, incompressible enough
    "n = int(sys.argv[1])\n"
    "out = sys.stdout.buffer\n"
    "for i in range(n // len(block)):\n"
    "    out.write(i.to_bytes(8, 'big') + block[8:])\n"
)


def _expected_sha256(size: int) -> str:
    block = hashlib.sha256(b"guvoh").digest() * 32768
    h = hashlib.sha256()
    for i in range(size // len(block)):
        h.update(i.to_bytes(8, "big") + block[8:])
    return h.hexdigest()


# Linux carries a forked child's memory high-water mark over from its parent (pytest, with
# hundreds of MiB), so the child is started from a small Python intermediary that forks it
# afresh and reports its own peak RSS (ru_maxrss from wait4) into a file.
_MEASURE = (
    "import os, subprocess, sys\n"
    "child = subprocess.Popen(sys.argv[2:])\n"
    "_, status, usage = os.wait4(child.pid, 0)\n"
    "with open(sys.argv[1], 'w') as fh:\n"
    "    fh.write(f'{usage.ru_maxrss}')\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)


def run_measured(args: list[str], stdin: object = subprocess.DEVNULL) -> tuple[int, str, str, int]:
    """Run a child; return (exit status, stdout, stderr, the child's own peak RSS in KiB)."""
    import sys
    import tempfile

    with tempfile.NamedTemporaryFile("r", suffix=".rss") as report:
        result = subprocess.run(
            [sys.executable, "-c", _MEASURE, report.name, *args], stdin=stdin,
            capture_output=True, text=True, check=False, timeout=900,
        )
        peak = int(report.read() or 0)
    return result.returncode, result.stdout, result.stderr, peak


@pytest.mark.slow
def test_two_gib_from_a_pipe_in_bounded_memory(cli_vault: Path, pw_file: Path,
                                               tmp_path: Path) -> None:
    """2 GiB generated on the fly, piped into `guvoh attach /dev/stdin`; the child's peak
    memory stays under 150 MiB; exported back, byte-identical (by SHA-256)."""
    import sys

    case_id, _ = add(cli_vault, pw_file, tmp_path, sample("ru"))
    size = 2 * GIB
    generator = subprocess.Popen([sys.executable, "-c", GENERATOR, str(size)],
                                 stdout=subprocess.PIPE)
    code, stdout, stderr, peak_kib = run_measured(
        [guvoh_bin(), "--vault", str(cli_vault), "attach", case_id, "/dev/stdin",
         "--name", "big.bin", "--json", "--passphrase-file", str(pw_file)],
        stdin=generator.stdout,
    )
    generator.wait()
    assert code == 0, stderr
    blob = json.loads(stdout)
    assert blob["size"] == size
    assert blob["sha256"] == _expected_sha256(size)
    print(f"attach peak {peak_kib} KiB")
    assert peak_kib < 150 * 1024, f"attach peak {peak_kib} KiB"

    out = tmp_path / "big.out"
    code, _, stderr, peak_kib = run_measured(
        [guvoh_bin(), "--vault", str(cli_vault), "attachment", "export", blob["id"], "--out",
         str(out), "--passphrase-file", str(pw_file)])
    assert code == 0, stderr
    assert peak_kib < 150 * 1024, f"export peak {peak_kib} KiB"
    h = hashlib.sha256()
    with out.open("rb") as fh:
        while chunk := fh.read(8 * 1024 * 1024):
            h.update(chunk)
    out.unlink()
    assert h.hexdigest() == blob["sha256"]
