"""Coordinator desks kept in step by real Syncthing (issue 19 point 4): Debian's syncthing,
three instances on loopback, each with its own home, ports and API key, introduced to each
other and sharing one folder per test through their REST API (tests/team/syncthing.py).
Nothing is copied by the test: every file a desk reads was carried by Syncthing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from app.services import team
from storage import cases as case_store
from tests.casedata import sample
from tests.desk import Desk
from tests.team import world
from tests.team.syncthing import Cluster

pytestmark = pytest.mark.slow

NAMES = ("Alice", "Bob", "Chen")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """Three Syncthing instances for the module (each test shares its own folder)."""
    found = Cluster.start(tmp_path_factory.mktemp("syncthing"), 3, NAMES)
    try:
        found.wait_connected()
        yield found
    finally:
        found.stop()


def _events(folder: Path) -> set[str]:
    return {p.name for p in (folder / team.JOURNAL).glob("*" + team.EVENT_SUFFIX)}


def _carry(cluster: Cluster, fid: str, desks: Sequence[world.Coordinator],
           inbox: Sequence[str] = ()) -> None:
    """Wait until Syncthing has given every desk's folder every event any of them holds
    now (and the inbox files named)."""
    events = set().union(*(_events(d.folder) for d in desks))

    def there(folder: Path) -> bool:
        return events <= _events(folder) and all(
            (folder / team.INBOX / name).is_file() for name in inbox)

    cluster.wait_synced(there, 30, folder_id=fid)


def _settle(cluster: Cluster, fid: str, desks: Sequence[world.Coordinator]) -> None:
    """Sync every desk and let Syncthing carry what the syncs wrote, until nothing new."""
    for _ in range(5):
        before = [_events(d.folder) for d in desks]
        for d in desks:
            d.sync()
        _carry(cluster, fid, desks)
        if [_events(d.folder) for d in desks] == before:
            for d in desks:
                d.sync()
            return
    raise AssertionError("the desks kept writing events")


def _team(tmp_path: Path, cluster: Cluster, fid: str, n: int
          ) -> tuple[Desk, list[world.Coordinator]]:
    desk, first = world.found(tmp_path, tmp_path / f"{fid}-{NAMES[0]}", NAMES[0])
    desks = [first] + [world.join(tmp_path, first, name, tmp_path / f"{fid}-{name}")
                       for name in NAMES[1:n]]
    cluster.share(fid, [d.folder for d in desks])
    _carry(cluster, fid, desks)
    return desk, desks


def _close(desk: Desk, desks: Sequence[world.Coordinator]) -> None:
    for d in desks[1:]:
        d.vault.close()
    desk.close()


Made = list[tuple[Desk, list[world.Coordinator]]]


@pytest.fixture
def closing() -> Iterator[Made]:
    """Desks a test made, closed when it ends."""
    made: Made = []
    yield made
    for desk, desks in made:
        _close(desk, desks)


def _state(desk: world.Coordinator, event_id: str) -> str | None:
    row = desk.vault.conn.execute("SELECT state FROM team_events WHERE id = ?",
                                  (event_id,)).fetchone()
    return None if row is None else str(row[0])


def _drop(desk: Desk, bundle: Path, into: world.Coordinator) -> str:
    shutil.copy2(bundle, into.folder / team.INBOX / bundle.name)
    return bundle.name


def test_a_bundle_dropped_on_one_desk_is_imported_on_the_other(
        tmp_path: Path, cluster: Cluster, closing: Made) -> None:
    desk, desks = _team(tmp_path, cluster, "two-desks", 2)
    closing.append((desk, desks))
    a, b = desks
    r = desk.researcher("r1")  # pinned on A: an event Syncthing carries to B
    bundle, ids = desk.export(r, [sample("uz"), sample("ru")])
    name = _drop(desk, bundle, a)
    _carry(cluster, "two-desks", desks, inbox=[name])
    assert (b.folder / team.INBOX / name).read_bytes() == bundle.read_bytes()
    report = b.sync()
    assert report.imported == 1, report
    assert a.sync().imported == 1
    for d in desks:
        assert all(case_store.exists(d.vault.conn, i) for i in ids)
    _settle(cluster, "two-desks", desks)
    assert team.canonical_dump(a.vault) == team.canonical_dump(b.vault)


def test_conflicting_triage_converges_on_three_desks(
        tmp_path: Path, cluster: Cluster, closing: Made) -> None:
    fid = "three-desks"
    desk, desks = _team(tmp_path, cluster, fid, 3)
    closing.append((desk, desks))
    _, b, c = desks
    r = desk.researcher("r1")
    bundle, ids = desk.export(r, [sample("uz")])
    name = _drop(desk, bundle, c)
    _carry(cluster, fid, desks, inbox=[name])
    _settle(cluster, fid, desks)
    assert all(case_store.exists(d.vault.conn, ids[0]) for d in desks)
    # two desks change the same case's status at once, each without seeing the other
    made = team.triage(b.vault, ids[0], status="verified")
    made += team.triage(c.vault, ids[0], status="follow_up", note="Her brother confirms the date.")
    _settle(cluster, fid, desks)
    states = [team.case_triage(d.vault, ids[0]) for d in desks]
    assert states[0] == states[1] == states[2]
    statuses = [ch for ch in states[0].history if ch.field == "status"]
    assert {ch.value for ch in statuses} == {"verified", "follow_up"}
    winner = [ch for ch in statuses if ch.current]
    assert len(winner) == 1
    assert states[0].status == winner[0].value
    # the rule (docs/team.md): same Lamport number, so the greater event id wins
    assert winner[0].event_id == max(made[0], made[1])
    assert all(ch.conflict for ch in statuses)  # same time: flagged on every desk
    loser = next(ch for ch in statuses if not ch.current)
    for state in states:  # the loser's value stays in the history everywhere
        assert loser.event_id in {ch.event_id for ch in state.history}
    assert [n.value for n in states[2].notes] == ["Her brother confirms the date."]
    dumps = [team.canonical_dump(d.vault) for d in desks]
    assert dumps[0] == dumps[1] == dumps[2]


def test_a_removed_coordinators_later_events_are_refused_everywhere(
        tmp_path: Path, cluster: Cluster, closing: Made) -> None:
    fid = "removal"
    desk, desks = _team(tmp_path, cluster, fid, 3)
    closing.append((desk, desks))
    a, b, c = desks
    r = desk.researcher("r1")
    first, ids = desk.export(r, [sample("uz"), sample("ru")])
    _carry(cluster, fid, desks, inbox=[_drop(desk, first, a)])
    _settle(cluster, fid, desks)
    # Chen stops syncing; Alice works on, then removes Chen (a new organisation card)
    team.triage(a.vault, ids[0], status="reviewing", tags=["border"])
    removed = team.remove_member(a.vault, "Chen", tmp_path / "new.card")
    assert removed.member.removed_by is not None
    # Chen, not knowing, decides things afterwards; Syncthing carries them to everyone
    late = team.triage(c.vault, ids[1], status="closed", assign="Chen")
    late += team.triage(c.vault, ids[0], status="verified")
    # a researcher who still trusts the OLD card sends another bundle
    second, more = desk.export(r, [sample("tj")])
    _carry(cluster, fid, desks, inbox=[_drop(desk, second, b)])
    _settle(cluster, fid, desks)
    # Chen cannot read what Alice wrote after the rotation (the new key went to the others
    # only), so "everywhere" is every remaining desk
    for d in (a, b):
        assert [_state(d, e) for e in late] == ["refused"] * len(late), d.name
        assert team.case_triage(d.vault, ids[1]).status == "new", d.name
        assert team.case_triage(d.vault, ids[0]).status == "reviewing", d.name
        assert not [m for m in team.members(d.vault) if m.name == "Chen" and m.active]
    for d in (a, b):  # the remaining desks import bundles made for the old card
        assert case_store.exists(d.vault.conn, more[0]), d.name
    assert team.canonical_dump(a.vault) == team.canonical_dump(b.vault)


def test_a_desk_that_syncs_while_syncthing_delivers_ends_equal(
        tmp_path: Path, cluster: Cluster, closing: Made) -> None:
    fid = "during-delivery"
    desk, desks = _team(tmp_path, cluster, fid, 2)
    closing.append((desk, desks))
    a, b = desks
    r = desk.researcher("r1")
    bundle, ids = desk.export(r, [sample("uz"), sample("ru"), sample("tj")])
    _carry(cluster, fid, desks, inbox=[_drop(desk, bundle, a)])
    _settle(cluster, fid, desks)
    a.vault.conn.execute("PRAGMA synchronous = OFF")  # Alice's durability is not tested
    pieces: list[int] = []  # how many new events each of Bob's syncs read
    for chunk in range(10):  # Alice keeps writing; Syncthing delivers as she goes
        for n in range(chunk * 10, chunk * 10 + 10):
            team.triage(a.vault, ids[n % 3], status=("reviewing", "verified")[n % 2],
                        tags=[f"t{n % 4}"], note=f"Call {n}.")
        written = _events(a.folder)

        def delivered(folder: Path, written: set[str] = written) -> bool:
            return written <= _events(folder)

        cluster.instances[0].scan(fid)
        pieces.append(b.sync().events_read)  # at once: during the delivery, or before it
        cluster.wait_synced(delivered, 30, folder_id=fid, writers=[cluster.instances[0]])
        pieces.append(b.sync().events_read)
    _settle(cluster, fid, desks)
    assert sum(pieces) >= 300
    assert len([n for n in pieces if n]) >= 10, pieces  # read in pieces, as they came
    assert team.canonical_dump(a.vault) == team.canonical_dump(b.vault)
    twice = b.vault.conn.execute("SELECT event FROM triage_history GROUP BY event "
                                 "HAVING count(*) > 1").fetchall()
    assert twice == []
