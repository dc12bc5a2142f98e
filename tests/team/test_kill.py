"""SIGKILL of a desk while it applies events loses nothing and applies nothing twice (issue
19 point 4). Without Syncthing: the test copies the journal itself, then runs the real CLI
(`guvoh team sync`) on a desk, kills it part way with SIGKILL, runs it again, and compares
the desk with one that applied the same events without interruption."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import time
from pathlib import Path
from unittest import mock

import pytest

from app.services import team
from storage import cases as case_store
from storage import fsio
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.casedata import sample
from tests.conftest import PASSPHRASE, guvoh_bin, write_secret
from tests.team import world

pytestmark = pytest.mark.slow

CASES = 10
ROUNDS = 500  # four events each (status, assignment, tag, note): 2,000 events


def _sync_argv(vault: Path, pw: Path) -> list[str]:
    return [guvoh_bin(), "--vault", str(vault), "team", "sync", "--json",
            "--passphrase-file", str(pw)]


def _run(argv: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


Rows = list[tuple[object, ...]]


def _dump(path: Path) -> tuple[Rows, Rows, Rows]:
    """(canonical dump, events in the history more than once, every event's state) of a
    closed vault."""
    with Vault.unlock(path, PASSPHRASE, DeviceKeyring.none()) as vault:
        twice = [tuple(r) for r in vault.conn.execute(
            "SELECT event, count(*) FROM triage_history GROUP BY event HAVING count(*) > 1")]
        states = [tuple(r) for r in vault.conn.execute(
            "SELECT id, state FROM team_events ORDER BY id")]
        return team.canonical_dump(vault), twice, states


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _cpu(pid: int) -> float:
    """CPU seconds a running process has used so far (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _applied(path: Path) -> int:
    with Vault.unlock(path, PASSPHRASE, DeviceKeyring.none()) as vault:
        row = vault.conn.execute(
            "SELECT count(*) FROM team_events WHERE state = 'applied'").fetchone()
        return int(row[0])


def test_sigkill_during_sync_loses_nothing_and_applies_nothing_twice(tmp_path: Path) -> None:
    desk, a = world.found(tmp_path, tmp_path / "fa", "Alice")
    b = world.join(tmp_path, a, "Bob", tmp_path / "fb")
    c = world.join(tmp_path, a, "Chen", tmp_path / "fc")
    paths = {d.name: d.vault.path for d in (b, c)}
    try:
        r = desk.researcher("r1")
        bundle, ids = desk.export(r, [sample("uz") for _ in range(CASES)])
        shutil.copy2(bundle, a.folder / team.INBOX / bundle.name)
        assert a.sync().imported == 1
        # Alice's work, made quickly: her durability is not what is tested here
        a.vault.conn.execute("PRAGMA synchronous = OFF")
        with mock.patch("os.fsync"), mock.patch.object(fsio, "fsync_dir"):
            for n in range(ROUNDS):
                team.triage(a.vault, ids[n % CASES],
                            status=("reviewing", "follow_up", "verified")[n % 3],
                            assign=f"Person {n % 4}", tags=[f"tag{n % 5}"], note=f"Note {n}.")
        made = team.status(a.vault)
        assert made is not None
        assert sum(made.events.values()) >= 4 * ROUNDS, made.events
        for d in (b, c):
            world.copy_all(a.folder, d.folder)
    finally:
        b.vault.close()
        c.vault.close()
    pw = write_secret(tmp_path / "pw", PASSPHRASE)
    try:
        # Chen applies everything in one run: the reference, and the CPU time a run takes
        # (CPU time, not wall time: other work on the machine barely changes it)
        before = _children_cpu()
        whole = _run(_sync_argv(paths["Chen"], pw))
        out, err = whole.communicate(timeout=120)
        cpu = _children_cpu() - before
        assert whole.returncode == 0, err
        assert json.loads(out)["imported"] == 1
        total = _applied(paths["Chen"])
        # Bob is killed twice part way, then runs to the end
        for part in (0.3, 0.6):
            killed = _run(_sync_argv(paths["Bob"], pw))
            while _cpu(killed.pid) < cpu * part and killed.poll() is None:
                time.sleep(0.01)
            os.killpg(killed.pid, signal.SIGKILL)
            killed.communicate(timeout=30)
            assert killed.returncode == -signal.SIGKILL, (
                f"the sync ended before the kill at {part:.0%} of {cpu:.1f} s of CPU")
            # killed while applying: none of the events of that run was kept
            assert _applied(paths["Bob"]) < total
        again = _run(_sync_argv(paths["Bob"], pw))
        out, err = again.communicate(timeout=120)
        assert again.returncode == 0, err
        report = json.loads(out)
        assert report["events_refused"] == 0
        ref, ref_twice, ref_states = _dump(paths["Chen"])
        got, got_twice, got_states = _dump(paths["Bob"])
        assert ref_twice == []
        assert got_twice == []
        assert got == ref
        assert got_states == ref_states
        assert total >= 4 * ROUNDS
        assert _applied(paths["Bob"]) == total
        with Vault.unlock(paths["Bob"], PASSPHRASE, DeviceKeyring.none()) as bob:
            assert all(case_store.exists(bob.conn, i) for i in ids)
            assert team.case_triage(bob, ids[0]).notes
    finally:
        desk.close()
