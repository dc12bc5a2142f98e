"""Setting, clearing and ending a pinned researcher's validity window; a bundle signed
after the end is refused as expired."""

from __future__ import annotations

import pytest

from app.messages import explain
from app.services import bundle_import, signers
from app.services.errors import SignerExpired
from storage import keys
from storage.errors import SignerNotFound, SignerValidityInvalid
from storage.timeutil import now_utc
from tests.casedata import sample
from tests.desk import Desk


def test_set_and_clear_by_name_or_fingerprint(desk: Desk) -> None:
    r = desk.researcher("R-07")
    conn = desk.coordinator.conn
    signer = keys.set_signer_validity(conn, r.name, "2020-01-01T00:00:00Z",
                                      "2030-01-01T00:00:00Z")
    assert (signer.valid_after, signer.valid_before) == ("2020-01-01T00:00:00Z",
                                                         "2030-01-01T00:00:00Z")
    assert signer.name == r.name
    cleared = keys.set_signer_validity(conn, r.fingerprint, None, None)
    assert (cleared.valid_after, cleared.valid_before) == (None, None)
    assert [s.valid_before for s in keys.signers(conn)] == [None]


def test_refused_changes(desk: Desk) -> None:
    desk.researcher("R-07")
    conn = desk.coordinator.conn
    with pytest.raises(SignerNotFound) as missing:
        keys.set_signer_validity(conn, "nobody", None, None)
    assert explain(missing.value) is not None
    with pytest.raises(SignerValidityInvalid) as bad:
        keys.set_signer_validity(conn, "Researcher R-07", "2030-01-01T00:00:00Z",
                                 "2020-01-01T00:00:00Z")
    assert explain(bad.value) is not None
    assert keys.signers(conn)[0].valid_after is None  # unchanged


def test_end_now_refuses_later_bundles(desk: Desk) -> None:
    r = desk.researcher("R-07")
    before, _ = desk.export(r, [sample("uz")])
    assert bundle_import.import_bundle(desk.coordinator, before).outcome == "imported"
    ended = signers.end_signer(desk.coordinator, r.fingerprint)
    assert ended.valid_before is not None
    assert ended.valid_before <= now_utc()
    after, _ = desk.export(r, [sample("kz")])
    outcome = bundle_import.import_bundle(desk.coordinator, after)
    assert outcome.outcome == "signer_expired"
    assert isinstance(outcome.error, SignerExpired)
