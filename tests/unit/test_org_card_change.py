"""Issue 13, item 7: trusting a newer card of an organisation already trusted showed
nothing and kept exporting to the old age recipient. Now the change is named (old and new
safety code and key), refused unless confirmed, and then exports go to the new key only."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from app.services import bundle_export, organisations
from app.services.cases import add_case
from app.services.errors import OrganisationCardChanged
from crypto.age import X25519Identity, decrypt
from crypto.errors import AgeNoMatch
from crypto.identity import SigningKey
from crypto.orgcard import make_card, parse_card
from storage import keys
from storage.vault import Vault
from tests.casedata import minimal
from tests.conftest import REPO, run_guvoh, write_secret
from tests.desk import Desk


def _newer_card(desk: Desk, *, new_signing_key: bool = False,
                name: str = "Memorial") -> tuple[bytes, X25519Identity]:
    """The organisation's next card: a new age identity (and, if asked, a new signing key),
    created after the first."""
    age_id = X25519Identity.generate()
    signing = (SigningKey.generate() if new_signing_key
               else keys.identity(desk.coordinator.conn).signing_key)
    return make_card(name, age_id.recipient, signing, "2099-01-01T00:00:00Z"), age_id


def _opens(bundle: Path, identity: X25519Identity) -> bool:
    with bundle.open("rb") as src:
        try:
            decrypt(src, io.BytesIO(), [identity])
        except AgeNoMatch:
            return False
    return True


def _export(desk: Desk, vault: Vault) -> Path:
    case = add_case(vault, minimal())
    return bundle_export.export_bundle(vault, ["Memorial"], desk.outbox, [case.id]).path


@pytest.mark.parametrize("new_signing_key", [False, True], ids=["new age key", "new keys"])
def test_newer_card_is_named_refused_then_replaces(desk: Desk, new_signing_key: bool) -> None:
    researcher = desk.researcher("r1", pin=False).vault
    old = organisations.organisations(researcher)[0]
    old_identity = keys.identity(desk.coordinator.conn).age_identity
    data, new_identity = _newer_card(desk, new_signing_key=new_signing_key)
    card = parse_card(data)

    change = organisations.card_change(researcher, card)
    assert change is not None
    assert change.name == "Memorial"
    assert change.old_recipient == old.recipient.to_string()
    assert change.new_recipient == new_identity.recipient.to_string()
    assert change.old_safety_code == old.signing_key.safety_code()
    assert change.new_safety_code == card.safety_code()

    with pytest.raises(OrganisationCardChanged):
        organisations.trust_organisation(researcher, card, data)
    assert organisations.organisations(researcher) == [old]  # nothing changed
    assert _opens(_export(desk, researcher), old_identity)

    organisations.trust_organisation(researcher, card, data, replace=True)
    [now] = organisations.organisations(researcher)
    assert now.recipient.to_string() == new_identity.recipient.to_string()
    bundle = _export(desk, researcher)
    assert _opens(bundle, new_identity)
    assert not _opens(bundle, old_identity)


def test_same_card_again_is_no_change(desk: Desk) -> None:
    researcher = desk.researcher("r1", pin=False).vault
    card, data = organisations.read_card(desk.card)
    assert organisations.card_change(researcher, card) is None
    organisations.trust_organisation(researcher, card, data)
    assert len(organisations.organisations(researcher)) == 1


def test_other_organisation_is_no_change(desk: Desk) -> None:
    researcher = desk.researcher("r1", pin=False).vault
    data, _ = _newer_card(desk, new_signing_key=True, name="Another group")
    card = parse_card(data)
    assert organisations.card_change(researcher, card) is None
    organisations.trust_organisation(researcher, card, data)
    assert len(organisations.organisations(researcher)) == 2


def test_cli_org_trust_shows_the_change_and_asks(desk: Desk, tmp_path: Path) -> None:
    assert REPO.is_dir()
    pw = write_secret(tmp_path / "pw", "mountain river lantern copper")
    vault = tmp_path / "cli"
    assert run_guvoh("--vault", str(vault), "init", "--passphrase-file", str(pw),
                     "--kdf-seconds", "0", "--no-keyring").returncode == 0
    first = run_guvoh("--vault", str(vault), "org", "trust", str(desk.card), "--yes",
                      "--passphrase-file", str(pw))
    assert first.returncode == 0, first.stderr
    data, new_identity = _newer_card(desk)
    newer = tmp_path / "memorial-2099.card"
    newer.write_bytes(data)
    asked = run_guvoh("--vault", str(vault), "org", "trust", str(newer),
                      "--passphrase-file", str(pw))
    assert asked.returncode != 0
    assert "REPLACES the card you trust for Memorial" in asked.stdout
    old_recipient = keys.identity(desk.coordinator.conn).recipient.to_string()
    assert old_recipient in asked.stdout
    assert new_identity.recipient.to_string() in asked.stdout
    listed = run_guvoh("--vault", str(vault), "org", "list", "--json",
                       "--passphrase-file", str(pw))
    assert new_identity.recipient.to_string() not in listed.stdout
    done = run_guvoh("--vault", str(vault), "org", "trust", str(newer), "--yes",
                     "--passphrase-file", str(pw))
    assert done.returncode == 0, done.stderr
    assert "replaces the old one" in done.stderr
    listed = run_guvoh("--vault", str(vault), "org", "list", "--json",
                       "--passphrase-file", str(pw))
    assert new_identity.recipient.to_string() in listed.stdout
    assert old_recipient not in listed.stdout
