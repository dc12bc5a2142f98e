"""Bundle ids are scoped by signer, and a bundle must hold a case (issue 13 item 7).

A bundle's id is visible in its file name (B-<id>.age). A pinned sender who copies another
sender's id and gets its own bundle in first must not make the genuine bundle look like a
replay of it: the same id from another signer is a conflict (its own outcome, naming the
sender who used the id first), a replay stays a replay of one signer's own bundle. A signed
bundle with no case is refused: there is nothing in it to import or to confirm.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from app.domain.outcomes import Outcome
from app.messages import ExitCode, explain, import_outcome_text
from app.services import bundle_export, bundle_import, coordinator
from app.services.cases import add_case
from app.services.errors import BundleHasNoCase, BundleIdConflict, ReplayedBundle
from app.services.organisations import require_own_organisation
from crypto import bundle as fmt
from storage import audit, keys
from storage.devicekeyring import DeviceKeyring
from storage.timeutil import now_utc
from storage.vault import Vault
from tests.casedata import minimal
from tests.conftest import PASSPHRASE, run_guvoh, write_secret
from tests.desk import Desk, Researcher


def _export_with_id(desk: Desk, who: Researcher, title: str, bundle_id: uuid.UUID,
                    monkeypatch: pytest.MonkeyPatch) -> Path:
    """A real export whose bundle id is `bundle_id` (what a sender running changed software
    can choose freely), moved to a file name of its own."""
    case = add_case(who.vault, minimal(title))
    with monkeypatch.context() as patch:
        patch.setattr(bundle_export.uuid, "uuid4", lambda: bundle_id)
        path = bundle_export.export_bundle(who.vault, ["Memorial"], desk.outbox, [case.id]).path
    return path.rename(path.with_name(f"{who.name.split()[-1]}-{path.name}"))


def _audit_actions(desk: Desk) -> list[str]:
    return [e.action for e in audit.entries(desk.coordinator.conn)]


def test_another_senders_copy_of_an_id_is_a_conflict_not_a_replay(
        desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    genuine = desk.researcher("G")
    copier = desk.researcher("C")
    bundle_id = uuid.uuid4()
    real = _export_with_id(desk, genuine, "The genuine testimony", bundle_id, monkeypatch)
    copy = _export_with_id(desk, copier, "A bundle under a copied id", bundle_id, monkeypatch)

    first = coordinator.import_one(desk.coordinator, copy)
    assert first.kind is Outcome.IMPORTED
    second = coordinator.import_one(desk.coordinator, real)

    assert second.kind is Outcome.ID_CONFLICT  # was: REPLAY, hiding the genuine bundle
    assert isinstance(second.error, BundleIdConflict)
    assert not isinstance(second.error, ReplayedBundle)
    assert second.error.other == copier.name
    assert second.signer_fingerprint == genuine.fingerprint
    explained = explain(second.error)
    assert explained is not None
    assert explained.exit_code == ExitCode.CONFLICT
    assert copier.name in explained.render()
    assert import_outcome_text(second.reason) != import_outcome_text(Outcome.REPLAY)
    # verify says the same as import, and the earlier bundle is untouched
    checked = coordinator.import_one(desk.coordinator, real, verify_only=True)
    assert checked.kind is Outcome.ID_CONFLICT
    titles = [r[0] for r in desk.coordinator.conn.execute("SELECT title FROM cases")]
    assert titles == ["A bundle under a copied id"]


def test_a_replay_is_still_a_replay_of_the_same_signers_id(
        desk: Desk, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    sender = desk.researcher("R")
    bundle_id = uuid.uuid4()
    once = _export_with_id(desk, sender, "First", bundle_id, monkeypatch)
    assert coordinator.import_one(desk.coordinator, once).kind is Outcome.IMPORTED
    assert coordinator.import_one(desk.coordinator, once).kind is Outcome.DUPLICATE
    again = _signed_bundle(desk, sender, tmp_path / "again.age", str(bundle_id))
    item = coordinator.import_one(desk.coordinator, again)
    assert item.kind is Outcome.REPLAY
    assert isinstance(item.error, ReplayedBundle)


def test_the_command_line_names_the_conflict(
        desk: Desk, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    genuine = desk.researcher("G")
    copier = desk.researcher("C")
    bundle_id = uuid.uuid4()
    real = _export_with_id(desk, genuine, "The genuine testimony", bundle_id, monkeypatch)
    copy = _export_with_id(desk, copier, "A bundle under a copied id", bundle_id, monkeypatch)
    assert coordinator.import_one(desk.coordinator, copy).kind is Outcome.IMPORTED
    vault_dir = desk.coordinator.path
    desk.coordinator.close()
    pw = write_secret(tmp_path / "pw", PASSPHRASE)
    try:
        done = run_guvoh("--vault", str(vault_dir), "import", str(real),
                         "--passphrase-file", str(pw))
        as_json = run_guvoh("--vault", str(vault_dir), "import", "--json", str(real),
                            "--passphrase-file", str(pw))
    finally:
        desk.coordinator = Vault.unlock(vault_dir, PASSPHRASE, DeviceKeyring.none())
    assert done.returncode == ExitCode.CONFLICT
    said = done.stdout + done.stderr
    assert "id_conflict" in said
    assert f"Another sender ({copier.name}) already used this bundle's id {bundle_id}" in said
    assert as_json.returncode == ExitCode.CONFLICT
    assert '"id_conflict"' in as_json.stdout


def _signed_bundle(desk: Desk, who: Researcher, out: Path, bundle_id: str) -> Path:
    """Signed by a pinned sender, addressed to the organisation, well formed: no case."""
    own = keys.identity(who.vault.conn)
    recipient = require_own_organisation(desk.coordinator).recipient
    info = fmt.BundleInfo(
        bundle_id=bundle_id, created=now_utc(), recipients=(recipient.to_string(),),
        signer_fingerprint=own.public_key.fingerprint(), software_agent="Guvoh test",
    )
    with out.open("wb") as fh:
        writer = fmt.BundleWriter(fh, [recipient], own.signing_key, info)
        writer.finish()
    return out


def test_a_bundle_with_no_case_is_refused(desk: Desk, tmp_path: Path) -> None:
    sender = desk.researcher("E")
    empty = _signed_bundle(desk, sender, tmp_path / "B-empty.age", str(uuid.uuid4()))

    checked = bundle_import.verify_bundle(desk.coordinator, empty)
    outcome = bundle_import.import_bundle(desk.coordinator, empty)

    assert checked.outcome is Outcome.MALFORMED
    assert isinstance(checked.error, BundleHasNoCase)
    assert outcome.outcome is Outcome.MALFORMED  # was: imported, with nothing in it
    assert isinstance(outcome.error, BundleHasNoCase)
    item = coordinator.import_one(desk.coordinator, empty)
    assert item.reason == "malformed.no_case"
    assert import_outcome_text(item.reason) == (
        "Refused: the bundle holds no case. Nothing was imported.")
    assert desk.coordinator.conn.execute(
        "SELECT count(*) FROM bundles WHERE direction = 'in'").fetchone()[0] == 0
    assert "bundle_imported" not in _audit_actions(desk)
    assert sorted(desk.coordinator.blobs_dir.iterdir()) == []
