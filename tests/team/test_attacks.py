"""The attacks of the team desk's security review (notes/team-review.md, issue 19), each
asserting the fixed behaviour: C1 a removed member back-dating a puppet member and a
rotation, C2 a swapped recipient in a member line, C3 a stranger's huge Lamport number,
H1 two removals at once, H2 an invite at the same time as a rotation, H3 a removed
member's pin and case removal arriving before its removal."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path

from app.domain.team import MAX_LAMPORT, Event, Kind, decode, encode
from app.services import signers, team
from crypto import teamevent
from crypto.age import X25519Identity, X25519Recipient
from crypto.errors import TeamEventError
from crypto.identity import SigningKey
from crypto.kdf import FLOOR
from crypto.orgcard import make_card
from storage import cases as case_store
from storage import keys
from storage import team as store
from storage.devicekeyring import DeviceKeyring
from storage.timeutil import now_utc
from storage.vault import Vault
from tests.casedata import sample
from tests.conftest import PASSPHRASE
from tests.team import world


def _drop(folder: Path, bundle: Path) -> None:
    shutil.copy(bundle, folder / "inbox" / bundle.name)


def _forge(folder: Path, event: Event, key: SigningKey,
           recipients: Sequence[X25519Recipient]) -> str:
    """Write an event signed by `key` into folder's journal/, as a desk would; its id."""
    body = encode(event)
    data = teamevent.seal_event(body, key, list(recipients))
    (folder / "journal" / (hashlib.sha256(data).hexdigest() + ".evt")).write_bytes(data)
    return teamevent.event_id(body)


def _spread(desks: Iterable[world.Coordinator]) -> None:
    """Every desk's folder gets every file of every other desk's folder."""
    found = list(desks)
    for src in found:
        for dst in found:
            if src is not dst:
                world.copy_all(src.folder, dst.folder)


def _rounds(desks: Sequence[world.Coordinator], n: int) -> None:
    for _ in range(n):
        _spread(desks)
        for d in desks:
            d.sync()
    _spread(desks)


def _fp(c: world.Coordinator) -> str:
    desk = store.desk(c.vault.conn)
    assert desk is not None
    return desk.signing_key.public_key().fingerprint()


def _identities(c: world.Coordinator) -> list[X25519Identity]:
    """Every age identity a desk holds: its member key, the org key, retired org keys."""
    desk = store.desk(c.vault.conn)
    assert desk is not None
    return [desk.age_identity, keys.identity(c.vault.conn).age_identity,
            *store.retired_identities(c.vault.conn)]


def _readable_by(folders: Iterable[Path], identities: Sequence[X25519Identity]) -> set[str]:
    """The ids of the journal events in `folders` that `identities` can open."""
    ids: set[str] = set()
    for folder in folders:
        for f in sorted((folder / "journal").iterdir()):
            with contextlib.suppress(TeamEventError):
                ids.add(teamevent.open_event(f.read_bytes(), identities).id)
    return ids


def _org_key_file(c: world.Coordinator) -> Path:
    """The journal file of the one org_key event `c` wrote."""
    found = []
    for f in sorted((c.folder / "journal").iterdir()):
        try:
            opened = teamevent.open_event(f.read_bytes(), _identities(c))
        except TeamEventError:
            continue
        if opened.signer.fingerprint() == _fp(c) and decode(opened.body).kind is Kind.ORG_KEY:
            found.append(f)
    assert len(found) == 1
    return found[0]


def _close(*desks: world.Coordinator) -> None:
    for d in desks:
        d.vault.close()


def test_c1_removed_member_cannot_backdate_a_puppet_and_a_rotation(tmp_path: Path) -> None:
    desk, a = world.found(tmp_path, tmp_path / "fa")
    b = world.join(tmp_path, a, "Bob", tmp_path / "fb")
    c = world.join(tmp_path, a, "Chen", tmp_path / "fc")
    try:
        _rounds([a, b, c], 1)
        old_org = keys.identity(c.vault.conn).recipient  # Chen holds it, it is on the card
        chen = store.desk(c.vault.conn)
        assert chen is not None
        team.remove_member(a.vault, "Chen", tmp_path / "new.card")
        world.copy_all(a.folder, b.folder)
        b.sync()
        current = keys.identity(b.vault.conn).recipient
        assert current != old_org
        assert current == keys.identity(a.vault.conn).recipient
        st = team.status(b.vault)
        assert st is not None
        assert st.team_id is not None
        chen_fp = _fp(c)
        member = store.member(b.vault.conn, chen_fp)
        assert member is not None
        assert member.removed_by is not None
        added = store.get_event(b.vault.conn, member.added_by)
        assert added is not None
        # Chen, removed, adds a puppet key it controls with a Lamport number that sorts
        # before its removal (once without prev, once continuing its own chain)
        puppet, puppet_age = SigningKey.generate(), X25519Identity.generate()
        forged = []
        for n, prev in enumerate((None, member.head)):
            forged.append(_forge(b.folder, Event(
                st.team_id, Kind.MEMBER_ADD, added.lamport + 1, prev, now_utc(),
                {"name": f"Puppet {n}", "key": puppet.public_key().to_openssh_line(),
                 "recipient": puppet_age.recipient.to_string(),
                 "org": old_org.to_string()}), chen.signing_key, [old_org]))
        # the puppet then rotates the organisation key to one the attacker holds
        evil_sign, evil_age = SigningKey.generate(), X25519Identity.generate()
        card = make_card("Memorial", evil_age.recipient, evil_sign, now_utc())
        forged.append(_forge(b.folder, Event(
            st.team_id, Kind.ORG_KEY, 10_000, None, now_utc(),
            {"recipient": evil_age.recipient.to_string(),
             "card": base64.b64encode(card).decode("ascii"),
             "age_identity": evil_age.to_string(),
             "signing_seed": base64.b64encode(evil_sign.to_bytes()).decode("ascii"),
             "to": sorted({_fp(a), _fp(b), puppet.public_key().fingerprint()})}),
            puppet, [old_org, current]))
        _rounds([a, b], 2)
        for d in (a, b):
            conn = d.vault.conn
            names = {m.name for m in store.members(conn)}
            assert names == {"Alice", "Bob", "Chen"}
            assert store.member(conn, puppet.public_key().fingerprint()) is None
            for event_id in forged:
                found = store.get_event(conn, event_id)
                assert found is not None
                assert found.state == "refused"
            assert keys.identity(conn).recipient == current
            assert keys.identity(conn).recipient != evil_age.recipient
        assert team.canonical_dump(a.vault) == team.canonical_dump(b.vault)
    finally:
        _close(b, c)
        desk.close()


def test_c2_swapped_recipient_changes_the_member_lines_safety_code(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "newcomer", PASSPHRASE, FLOOR, DeviceKeyring.none(),
                            role="coordinator")
    try:
        genuine = team.my_line(vault, "Dana")
        attacker = X25519Identity.generate()
        parts = genuine.line.split(" ", 4)
        assert parts[1] == genuine.recipient.to_string()
        parts[1] = attacker.recipient.to_string()
        swapped = team.parse_member_line(" ".join(parts))
        assert swapped.fingerprint == genuine.fingerprint  # same member key
        assert swapped.recipient == attacker.recipient
        assert swapped.safety_code != genuine.safety_code  # what the inviter compares
        again = team.parse_member_line(genuine.line)
        assert again.safety_code == genuine.safety_code
    finally:
        vault.close()


def test_c3_stranger_with_a_huge_lamport_number_bricks_no_desk(tmp_path: Path) -> None:
    desk, a = world.found(tmp_path, tmp_path / "fa")
    b = world.join(tmp_path, a, "Bob", tmp_path / "fb")
    try:
        r = desk.researcher("r1")
        bundle, ids = desk.export(r, [sample("uz")])
        _drop(a.folder, bundle)
        _rounds([a, b], 1)
        assert case_store.exists(b.vault.conn, ids[0])
        st = team.status(a.vault)
        assert st is not None
        assert st.team_id is not None
        org = keys.identity(a.vault.conn).recipient  # public, on the card
        stranger = SigningKey.generate()
        junk = _forge(a.folder, Event(st.team_id, Kind.NOTE, MAX_LAMPORT - 1, None, now_utc(),
                                      {"case": ids[0], "text": "x"}), stranger, [org])
        _rounds([a, b], 1)
        for d in (a, b):
            found = store.get_event(d.vault.conn, junk)
            assert found is None or found.state == "refused"
            assert store.max_lamport(d.vault.conn) < 1000
        team.triage(a.vault, ids[0], status="closed")
        _rounds([a, b], 1)
        team.triage(b.vault, ids[0], assign="Bob", note="seen")
        _rounds([a, b], 1)
        for d in (a, b):
            triage = team.case_triage(d.vault, ids[0])
            assert triage.status == "closed"
            assert triage.assignee == "Bob"
            assert [n.value for n in triage.notes] == ["seen"]
            assert store.event_count(d.vault.conn).get("new", 0) == 0
        assert team.canonical_dump(a.vault) == team.canonical_dump(b.vault)
    finally:
        _close(b)
        desk.close()


def test_h1_two_removals_at_once_leave_no_removed_member_with_the_key(tmp_path: Path) -> None:
    desk, a = world.found(tmp_path, tmp_path / "fa")
    b = world.join(tmp_path, a, "Bob", tmp_path / "fb")
    c = world.join(tmp_path, a, "Chen", tmp_path / "fc")
    d = world.join(tmp_path, a, "Dana", tmp_path / "fd")
    everyone = [a, b, c, d]
    try:
        _rounds(everyone, 1)
        team.remove_member(a.vault, "Chen", tmp_path / "1.card")
        team.remove_member(b.vault, "Dana", tmp_path / "2.card")
        removed = {_fp(c), _fp(d)}
        first = {store.org_key_event(x.vault.conn) for x in (a, b)}  # to Dana, to Chen
        # Alice's first new key (to Alice, Bob and Dana) reaches the others last: until
        # then Bob cannot read Alice's removal of Chen (sealed to that key), and must not
        # send Chen a key meanwhile (Alice's repair, to Alice and Bob, arrives first)
        late = _org_key_file(a)
        for _ in range(3):
            _spread(everyone)
            for x in (b, c, d):
                (x.folder / "journal" / late.name).unlink()
            for x in everyone:
                x.sync()
        _rounds(everyone, 3)
        for x in (a, b):  # no key was sent to a removed member but the two first ones
            to_removed = {e.id for e in store.events(x.vault.conn) if e.kind == Kind.ORG_KEY
                          and set(decode(e.body.encode("utf-8")).data["to"]) & removed}
            assert to_removed == first
        final = keys.identity(a.vault.conn).recipient
        assert keys.identity(b.vault.conn).recipient == final
        for x in (a, b):
            conn = x.vault.conn
            assert {m.fingerprint for m in store.members(conn) if not m.active} == removed
            holders = store.holders(conn, final.to_string())
            assert holders == {_fp(a), _fp(b)}
            assert not holders & removed
        assert team.canonical_dump(a.vault) == team.canonical_dump(b.vault)
        chosen = store.org_key_event(a.vault.conn)
        assert chosen is not None
        assert chosen == store.org_key_event(b.vault.conn)
        folders = [x.folder for x in everyone]
        for x in (c, d):
            assert keys.identity(x.vault.conn).recipient != final
            assert chosen not in _readable_by(folders, _identities(x))
    finally:
        _close(b, c, d)
        desk.close()


def test_h2_newcomer_invited_with_the_old_key_gets_the_current_one(tmp_path: Path) -> None:
    desk, a = world.found(tmp_path, tmp_path / "fa")
    b = world.join(tmp_path, a, "Bob", tmp_path / "fb")
    c = world.join(tmp_path, a, "Chen", tmp_path / "fc")
    d: world.Coordinator | None = None
    try:
        _rounds([a, b, c], 1)
        old = keys.identity(c.vault.conn).recipient
        team.remove_member(a.vault, "Chen", tmp_path / "1.card")  # Alice rotates
        d = world.join(tmp_path, b, "Dana", tmp_path / "fd")  # Bob invites, not yet synced
        assert keys.identity(d.vault.conn).recipient == old
        _spread([a, b, d])
        a.sync()
        b.sync()
        _rounds([a, b], 1)
        world.copy_all(a.folder, d.folder)
        world.copy_all(b.folder, d.folder)
        d.sync()
        current = keys.identity(a.vault.conn).recipient
        assert current != old
        assert keys.identity(b.vault.conn).recipient == current
        assert keys.identity(d.vault.conn).recipient == current
        _rounds([a, b, d], 1)
        report = d.sync()
        assert report.unreadable == 0
        for x in (a, b, d):
            assert keys.identity(x.vault.conn).recipient == current
            assert store.holders(x.vault.conn, current.to_string()) >= {_fp(a), _fp(b), _fp(d)}
            assert _fp(c) not in store.holders(x.vault.conn, current.to_string())
        assert team.canonical_dump(a.vault) == team.canonical_dump(d.vault)
        # what Dana writes now goes to the current key, which Chen cannot open
        r = desk.researcher("r1")
        bundle, ids = desk.export(r, [sample("uz")])
        _drop(a.folder, bundle)
        _rounds([a, b, d], 1)
        made = team.triage(d.vault, ids[0], status="reviewing")
        assert not set(made) & _readable_by([d.folder], _identities(c))
    finally:
        _close(b, c)
        if d is not None:
            d.vault.close()
        desk.close()


def test_h3_removed_members_pin_and_case_removal_are_undone(tmp_path: Path) -> None:
    desk, a = world.found(tmp_path, tmp_path / "fa")
    b = world.join(tmp_path, a, "Bob", tmp_path / "fb")
    c = world.join(tmp_path, a, "Chen", tmp_path / "fc")
    try:
        r = desk.researcher("r1")
        bundle, ids = desk.export(r, [sample("uz")])
        _drop(a.folder, bundle)
        _rounds([a, b, c], 1)
        for x in (a, b, c):
            assert case_store.exists(x.vault.conn, ids[0])
        team.remove_member(a.vault, "Chen", tmp_path / "new.card")
        # Chen, not yet aware (or hostile), removes the case and pins a key
        team.remove_case(c.vault, ids[0])
        evil = SigningKey.generate()
        signers.trust_signer(c.vault, evil.public_key().to_openssh_line(), "Evil")
        # Bob gets Chen's events first: the case stays while Alice could still remove Chen
        world.copy_all(c.folder, b.folder)
        b.sync()
        assert case_store.exists(b.vault.conn, ids[0])
        # then Alice's removal
        world.copy_all(a.folder, b.folder)
        b.sync()
        world.copy_all(c.folder, a.folder)
        a.sync()
        _rounds([a, b], 2)
        for x in (a, b):
            conn = x.vault.conn
            assert case_store.exists(conn, ids[0])
            assert keys.signer_by_key(conn, evil.public_key()) is None
            assert ids[0] not in store.removed_cases(conn)
        assert team.canonical_dump(a.vault) == team.canonical_dump(b.vault)
    finally:
        _close(b, c)
        desk.close()
