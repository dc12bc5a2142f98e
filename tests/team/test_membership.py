"""Joining and leaving the team (issue 19 point 1): the key transfer, what a newcomer
receives, removal with a new organisation key, and refused events and files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.domain.team import Event, Kind, encode
from app.services import organisations, team
from app.services.errors import NotACoordinator, TeamError
from crypto import teamevent
from crypto.age import X25519Identity
from crypto.identity import SigningKey
from crypto.kdf import FLOOR
from storage import keys
from storage.devicekeyring import DeviceKeyring
from storage.timeutil import now_utc
from storage.vault import Vault
from tests.casedata import sample
from tests.conftest import PASSPHRASE
from tests.team import world


def _drop(desk_folder: Path, bundle: Path) -> None:
    shutil.copy(bundle, desk_folder / "inbox" / bundle.name)


def test_newcomer_receives_pins_made_before_the_folder_existed(tmp_path: Path) -> None:
    from tests.desk import make_desk

    desk = make_desk(tmp_path)
    early = desk.researcher("early")  # pinned before any team
    team.set_folder(desk.coordinator, tmp_path / "fa", "Alice")
    a = world.Coordinator("Alice", desk.coordinator, tmp_path / "fa")
    bundle, _ = desk.export(early, [sample("uz")])
    _drop(a.folder, bundle)
    b = world.join(tmp_path, a, "Bob", tmp_path / "fb")
    try:
        world.copy_all(a.folder, b.folder)
        report = b.sync()
        assert report.imported == 1
        assert report.waiting == 0
        assert [s.name for s in keys.signers(b.vault.conn)] == ["Researcher early"]
        st = team.status(b.vault)
        assert st is not None
        assert {m.name for m in st.members} == {"Alice", "Bob"}
        assert organisations.own_organisation(b.vault).name == "Memorial"
    finally:
        b.vault.close()
        desk.close()


def test_an_unknown_sender_waits_for_a_pin_then_imports(tmp_path: Path) -> None:
    desk, a = world.found(tmp_path, tmp_path / "fa")
    b = world.join(tmp_path, a, "Bob", tmp_path / "fb")
    try:
        stranger = desk.researcher("late", pin=False)
        bundle, _ = desk.export(stranger, [sample("ru")])
        _drop(b.folder, bundle)
        assert b.sync().waiting == 1
        team.sync(a.vault)
        from app.services import signers

        signers.trust_signer(a.vault, stranger.key_line, "Researcher late")
        world.copy_all(a.folder, b.folder)
        report = b.sync()
        assert report.imported == 1
        assert report.waiting == 0
    finally:
        b.vault.close()
        desk.close()


def test_key_transfer_refusals(tmp_path: Path, make_vault) -> None:
    desk, a = world.found(tmp_path, tmp_path / "fa")
    try:
        b_vault = make_vault("b", role="coordinator")
        c_vault = make_vault("c", role="coordinator")
        line = team.my_line(b_vault, "Bob")
        transfer = tmp_path / "bob.age"
        team.invite(a.vault, team.parse_member_line(line.line), transfer)
        with pytest.raises(TeamError) as err:  # made for Bob, opened by Chen
            team.read_invite(c_vault, transfer)
        assert err.value.reason == "bad_invite"
        damaged = tmp_path / "damaged.age"
        data = bytearray(transfer.read_bytes())
        data[-20] ^= 1
        damaged.write_bytes(bytes(data))
        with pytest.raises(TeamError) as err:
            team.read_invite(b_vault, damaged)
        assert err.value.reason == "bad_invite"
        with pytest.raises(TeamError) as err:
            team.invite(a.vault, team.parse_member_line(line.line), transfer)
        assert err.value.reason == "exists"
        invitation = team.read_invite(b_vault, transfer)
        assert invitation.inviter == "Alice"
        assert invitation.organisation == "Memorial"
        assert invitation.inviter_code == team.my_line(a.vault).safety_code
        team.join(b_vault, invitation)
        with pytest.raises(TeamError) as err:
            team.join(b_vault, invitation)
        assert err.value.reason == "already_joined"
        with pytest.raises(TeamError) as err:
            team.parse_member_line("guvoh-team-member/1 age1nope ssh-ed25519 AAAA Bob")
        assert err.value.reason == "bad_line"
        researcher = make_vault("r")
        with pytest.raises(NotACoordinator):
            team.my_line(researcher, "Eve")
    finally:
        desk.close()


def test_a_vault_of_another_organisation_cannot_join(tmp_path: Path) -> None:
    from tests.desk import make_desk

    desk, a = world.found(tmp_path / "one", tmp_path / "fa")
    other = make_desk(tmp_path / "two")
    try:
        line = team.my_line(other.coordinator, "Mallory")
        transfer = tmp_path / "m.age"
        team.invite(a.vault, team.parse_member_line(line.line), transfer)
        with pytest.raises(TeamError) as err:
            team.join(other.coordinator, team.read_invite(other.coordinator, transfer))
        assert err.value.reason == "has_organisation"
    finally:
        other.close()
        desk.close()


def test_removal_rotates_the_key_and_refuses_the_removed_desks_later_events(
        tmp_path: Path) -> None:
    desk, a = world.found(tmp_path, tmp_path / "fa")
    b = world.join(tmp_path, a, "Bob", tmp_path / "fb")
    c = world.join(tmp_path, a, "Chen", tmp_path / "fc")
    try:
        r = desk.researcher("r1")
        old_bundle, ids = desk.export(r, [sample("uz")])
        _drop(a.folder, old_bundle)
        a.sync()
        for d in (b, c):
            world.copy_all(a.folder, d.folder)
            d.sync()
        team.triage(c.vault, ids[0], note="Before removal.")  # seen by Alice first
        world.copy_all(c.folder, a.folder)
        a.sync()
        old_recipient = keys.identity(a.vault.conn).recipient.to_string()
        removed = team.remove_member(a.vault, "Chen", tmp_path / "new.card")
        assert removed.recipient != old_recipient
        assert (tmp_path / "new.card").stat().st_mode & 0o777 == 0o600
        # Chen, not yet aware, keeps working; its events travel everywhere
        team.triage(c.vault, ids[0], status="closed", note="After removal.")
        for src in (a, c):
            for dst in (a, b, c):
                if src is not dst:
                    world.copy_all(src.folder, dst.folder)
        for d in (a, b, c):
            d.sync()
        for d in (a, b):
            state = team.case_triage(d.vault, ids[0])
            assert state.status == "new"
            assert [n.value for n in state.notes] == ["Before removal."]
        assert team.canonical_dump(a.vault) == team.canonical_dump(b.vault)
        assert keys.identity(b.vault.conn).recipient.to_string() == removed.recipient
        assert keys.identity(c.vault.conn).recipient.to_string() == old_recipient
        # researchers trust the new card; bundles to the old and the new card import
        card, raw = organisations.read_card(tmp_path / "new.card")
        organisations.trust_organisation(r.vault, card, raw, replace=True)
        new_bundle, new_ids = desk.export(r, [sample("ru")])
        old_again, old_ids = desk.export(
            world_researcher_old_card(desk, tmp_path), [sample("tj")])
        _drop(b.folder, new_bundle)
        _drop(b.folder, old_again)
        world.copy_all(a.folder, b.folder)  # Alice's pin of the second researcher
        report = b.sync()
        assert report.imported == 2
        # Chen cannot read what the team writes now, nor bundles to the new card
        team.triage(b.vault, new_ids[0], status="reviewing")
        world.copy_all(b.folder, c.folder)
        report = c.sync()
        assert report.unreadable >= 1
        assert report.imported == 0
        kinds = {item.path.name: str(item.kind) for item in report.items}
        assert kinds[new_bundle.name] == "not_for_us"  # sent to the new card
        assert kinds[old_again.name] == "unknown_signer"  # its pin is unreadable to Chen
        with pytest.raises(TeamError) as err:
            team.remove_member(a.vault, "Alice", tmp_path / "x.card")
        assert err.value.reason == "remove_self"
        with pytest.raises(TeamError) as err:
            team.remove_member(a.vault, "Nobody", tmp_path / "y.card")
        assert err.value.reason == "no_member"
        del old_ids
    finally:
        b.vault.close()
        c.vault.close()
        desk.close()


def world_researcher_old_card(desk, tmp_path: Path):
    """A researcher who still trusts the organisation's old card (desk.card)."""
    return desk.researcher("still-old")


def _forge(folder: Path, body_event: Event, key: SigningKey, recipient) -> Path:
    body = encode(body_event)
    data = teamevent.seal_event(body, key, [recipient])
    import hashlib

    path = folder / "journal" / (hashlib.sha256(data).hexdigest() + ".evt")
    path.write_bytes(data)
    return path


def test_hostile_journal_files_are_refused_and_change_nothing(tmp_path: Path) -> None:
    desk, a = world.found(tmp_path, tmp_path / "fa")
    try:
        r = desk.researcher("r1")
        bundle, ids = desk.export(r, [sample("uz")])
        _drop(a.folder, bundle)
        a.sync()
        before = team.canonical_dump(a.vault)
        org = keys.identity(a.vault.conn).recipient
        st = team.status(a.vault)
        assert st is not None
        assert st.team_id
        stranger = SigningKey.generate()
        # 1. a well-formed event by a key that is no member
        _forge(a.folder, Event(st.team_id, Kind.STATUS, 50, None, now_utc(),
                               {"case": ids[0], "value": "closed"}), stranger, org)
        # 2. a stranger who adds itself
        _forge(a.folder, Event(st.team_id, Kind.MEMBER_ADD, 51, None, now_utc(),
                               {"name": "Eve", "key": stranger.public_key().to_openssh_line(),
                                "recipient": X25519Identity.generate().recipient.to_string(),
                                "org": org.to_string()}),
               stranger, org)
        # 3. a second founding event
        _forge(a.folder, Event("", Kind.TEAM, 0, None, now_utc(),
                               {"name": "Eve", "key": stranger.public_key().to_openssh_line(),
                                "recipient": org.to_string(), "org": "x"}), stranger, org)
        # 4. garbage named by its hash, a wrong name, an oversized file, a symlink
        import hashlib

        junk = b"not an age file"
        (a.folder / "journal" / (hashlib.sha256(junk).hexdigest() + ".evt")).write_bytes(junk)
        (a.folder / "journal" / ("0" * 64 + ".evt")).write_bytes(b"x")
        big = bytes(teamevent.MAX_FILE_BYTES + 10)
        (a.folder / "journal" / (hashlib.sha256(big).hexdigest() + ".evt")).write_bytes(big)
        (a.folder / "journal" / ("1" * 64 + ".evt")).symlink_to("/etc/passwd")
        report = a.sync()
        assert report.events_refused == 3
        assert report.bad_files == 2
        assert report.incomplete == 1
        after = [row for row in team.canonical_dump(a.vault) if row[0] != "event"]
        assert after == [row for row in before if row[0] != "event"]
        assert team.case_triage(a.vault, ids[0]).status == "new"
    finally:
        desk.close()


def test_an_event_of_another_team_is_refused(tmp_path: Path) -> None:
    """Signed by a member and encrypted to the organisation, but naming another team (a
    replay from another team's journal): refused."""
    from storage import team as team_store

    one, a = world.found(tmp_path / "one", tmp_path / "fa")
    try:
        r = one.researcher("r1")
        bundle, ids = one.export(r, [sample("uz")])
        _drop(a.folder, bundle)
        a.sync()
        member = team_store.desk(a.vault.conn)
        assert member is not None
        org = keys.identity(a.vault.conn).recipient
        _forge(a.folder, Event("f" * 64, Kind.STATUS, 90, None, now_utc(),
                               {"case": ids[0], "value": "closed"}), member.signing_key, org)
        report = a.sync()
        assert report.events_read == 1
        assert report.events_refused == 1
        assert team.case_triage(a.vault, ids[0]).status == "new"
    finally:
        one.close()


def test_triage_alone_then_founding_carries_the_work(tmp_path: Path) -> None:
    from tests.desk import make_desk

    desk = make_desk(tmp_path)
    try:
        r = desk.researcher("r1")
        bundle, ids = desk.export(r, [sample("uz")])
        from app.services import coordinator

        assert coordinator.import_one(desk.coordinator, bundle).ok
        team.triage(desk.coordinator, ids[0], status="reviewing", tags=["detention"])
        assert team.case_triage(desk.coordinator, ids[0]).tags == ("detention",)
        team.set_folder(desk.coordinator, tmp_path / "fa", "Alice")
        a = world.Coordinator("Alice", desk.coordinator, tmp_path / "fa")
        _drop(a.folder, bundle)
        b = world.join(tmp_path, a, "Bob", tmp_path / "fb")
        world.copy_all(a.folder, b.folder)
        b.sync()
        state = team.case_triage(b.vault, ids[0])
        assert (state.status, state.tags) == ("reviewing", ("detention",))
        assert team.canonical_dump(a.vault) == team.canonical_dump(b.vault)
        b.vault.close()
    finally:
        desk.close()


def test_a_researcher_vault_cannot_found(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "r", PASSPHRASE, FLOOR, DeviceKeyring.none(),
                            role="researcher")
    try:
        with pytest.raises(NotACoordinator):
            team.set_folder(vault, tmp_path / "f")
    finally:
        vault.close()


def test_deleting_a_received_case_removes_it_on_every_desk(tmp_path: Path) -> None:
    from app.services import cases as case_service
    from storage import cases as case_store

    desk, a = world.found(tmp_path, tmp_path / "fa")
    b = world.join(tmp_path, a, "Bob", tmp_path / "fb")
    try:
        r = desk.researcher("r1")
        bundle, ids = desk.export(r, [sample("uz"), sample("ru")])
        _drop(a.folder, bundle)
        a.sync()
        world.copy_all(a.folder, b.folder)
        b.sync()
        case_service.delete_case(a.vault, ids[0])
        assert not case_store.exists(a.vault.conn, ids[0])
        world.copy_all(a.folder, b.folder)
        report = b.sync()
        assert report.cases_removed == 1
        assert not case_store.exists(b.vault.conn, ids[0])
        assert case_store.exists(b.vault.conn, ids[1])
        assert [c.field for c in team.case_triage(b.vault, ids[0]).history] == ["removed"]
        assert team.canonical_dump(a.vault) == team.canonical_dump(b.vault)
    finally:
        b.vault.close()
        desk.close()
