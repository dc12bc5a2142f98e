"""Desks converge whatever order, timing and duplicates the journal's files arrive with
(issue 19 point 3), tested without Syncthing: the test copies the files itself."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from app.services import team
from tests.casedata import sample
from tests.team import world


@pytest.fixture
def trio(tmp_path: Path):
    desk, a = world.found(tmp_path, tmp_path / "fa", "Alice")
    b = world.join(tmp_path, a, "Bob", tmp_path / "fb")
    c = world.join(tmp_path, a, "Chen", tmp_path / "fc")
    r = desk.researcher("r1")
    bundle, ids = desk.export(r, [sample("uz"), sample("ru"), sample("tj")])
    shutil.copy(bundle, a.folder / "inbox" / bundle.name)
    a.sync()
    for other in (b, c):
        world.copy_all(a.folder, other.folder)
        report = other.sync()
        assert report.imported == 1
    try:
        yield desk, (a, b, c), ids
    finally:
        b.vault.close()
        c.vault.close()
        desk.close()


def _work(desks, ids) -> None:
    """Each desk decides things about the same cases without seeing the others' work."""
    a, b, c = desks
    team.triage(a.vault, ids[0], status="reviewing", tags=["detention"])
    team.triage(b.vault, ids[0], status="verified", assign="Bob", note="Called the sister.")
    team.triage(c.vault, ids[0], status="follow_up", untags=["detention"])
    team.triage(a.vault, ids[1], assign="Alice", tags=["border", "phone"])
    team.triage(b.vault, ids[1], assign="Chen")
    team.triage(c.vault, ids[2], note="Second interview in March.", tags=["border"])
    team.triage(a.vault, ids[2], status="closed")


def _journal(folder: Path) -> list[Path]:
    return sorted((folder / "journal").iterdir())


def test_desks_end_identical_whatever_order_and_duplicates(trio, tmp_path: Path) -> None:
    _, desks, ids = trio
    _work(desks, ids)
    everything = {f.name: f for d in desks for f in _journal(d.folder)}
    rng = random.Random(19)
    for desk in desks:
        names = list(everything)
        rng.shuffle(names)
        # arrive in three rounds, each a random slice, some files twice
        for part in (names[: len(names) // 3], names[len(names) // 3:], names[:5]):
            for name in part:
                target = desk.folder / "journal" / name
                if not target.exists():
                    shutil.copy2(everything[name], target)
            desk.sync()
    dumps = [team.canonical_dump(d.vault) for d in desks]
    assert dumps[0] == dumps[1] == dumps[2]
    assert any(row[0] == "field" for row in dumps[0])


def test_conflicts_have_one_winner_everywhere_and_the_loser_stays_in_history(trio) -> None:
    _, desks, ids = trio
    _work(desks, ids)
    for src in desks:
        for dst in desks:
            if src is not dst:
                world.copy_all(src.folder, dst.folder)
    for desk in desks:
        desk.sync()
    states = [team.case_triage(d.vault, ids[0]) for d in desks]
    assert states[0] == states[1] == states[2]
    statuses = [c for c in states[0].history if c.field == "status"]
    assert {c.value for c in statuses} == {"reviewing", "verified", "follow_up"}
    assert sum(c.current for c in statuses) == 1
    assert states[0].status == next(c.value for c in statuses if c.current)
    assert all(c.conflict for c in statuses)  # made at the same time: flagged
    assert [n.value for n in states[0].notes] == ["Called the sister."]
    # a later change, made after seeing the conflict, wins on every desk
    team.triage(desks[1].vault, ids[0], status="closed")
    world.copy_all(desks[1].folder, desks[0].folder)
    desks[0].sync()
    assert team.case_triage(desks[0].vault, ids[0]).status == "closed"


def test_a_half_copied_event_is_ignored_until_whole(trio) -> None:
    _, (a, b, _), ids = trio
    team.triage(a.vault, ids[0], status="verified")
    newest = max(_journal(a.folder), key=lambda f: f.stat().st_mtime_ns)
    partial = b.folder / "journal" / newest.name
    partial.write_bytes(newest.read_bytes()[:100])
    report = b.sync()
    assert report.incomplete == 1
    assert team.case_triage(b.vault, ids[0]).status == "new"
    shutil.copy2(newest, partial)
    report = b.sync()
    assert report.incomplete == 0
    assert team.case_triage(b.vault, ids[0]).status == "verified"


def test_a_late_event_that_sorts_first_rebuilds_to_the_same_state(trio) -> None:
    _, (a, b, c), ids = trio
    team.triage(a.vault, ids[0], status="reviewing")  # lamport n
    team.triage(c.vault, ids[0], status="verified")  # lamport n too, concurrent
    world.copy_all(c.folder, b.folder)
    b.sync()
    world.copy_all(a.folder, b.folder)  # arrives later; may sort before c's
    b.sync()
    world.copy_all(c.folder, a.folder)
    a.sync()
    assert team.canonical_dump(a.vault) == team.canonical_dump(b.vault)


def test_sync_twice_applies_nothing_twice(trio) -> None:
    _, (a, b, _), ids = trio
    team.triage(a.vault, ids[1], note="One note.")
    world.copy_all(a.folder, b.folder)
    b.sync()
    again = b.sync()
    assert again.events_read == 0
    assert again.imported == 0
    notes = team.case_triage(b.vault, ids[1]).notes
    assert [n.value for n in notes] == ["One note."]
