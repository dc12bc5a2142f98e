"""What a pinned sender can put in a case record's text, written with the bundle writer
straight from the spec (issue 13 items 7 and 8): a lone surrogate (`\\ud800`, valid JSON) in
any text field, and attachment file names with `/`, `\\`, control or text-direction
characters. `verify` refuses what `import` refuses, with the same typed error, and neither
ends in an internal error; nothing is stored."""

from __future__ import annotations

import hashlib
import io
import json
import uuid
from pathlib import Path
from typing import Any

import pytest

from app.domain.outcomes import Outcome
from app.messages import ExitCode, explain
from app.services import coordinator
from app.services.cases import add_case
from app.services.errors import BundleCaseInvalid, CaseInvalid
from app.services.organisations import require_own_organisation
from crypto import bundle as fmt
from storage import keys
from storage.devicekeyring import DeviceKeyring
from storage.errors import ImportConflict
from storage.timeutil import now_utc
from storage.vault import Vault
from tests.casedata import sample
from tests.conftest import PASSPHRASE, run_guvoh, write_secret
from tests.desk import Desk, Researcher

BLOB = b"\x89PNG\r\n\x1a\n not really a picture"
BLOB_ID = hashlib.sha256(b"blob").hexdigest()[:32]


def _record(case_id: str, **extra: Any) -> dict[str, Any]:
    record = sample("uz")
    record.update(id=case_id, status="exported")
    record["attachments"] = [{"id": BLOB_ID, "filename": "recording.ogg",
                              "media_type": "audio/ogg", "size": len(BLOB),
                              "sha256": hashlib.sha256(BLOB).hexdigest()}]
    record.update(extra)
    return record


def _bundle(desk: Desk, who: Researcher, record: dict[str, Any], out: Path) -> Path:
    """A bundle as a sender's own software could write it: well formed, signed by a
    pinned key, addressed to the organisation; the record's JSON is written as given
    (json.dumps escapes a lone surrogate as \\ud800, which is valid JSON)."""
    own = keys.identity(who.vault.conn)
    recipient = require_own_organisation(desk.coordinator).recipient
    info = fmt.BundleInfo(
        bundle_id=str(uuid.uuid4()), created=now_utc(), recipients=(recipient.to_string(),),
        signer_fingerprint=own.public_key.fingerprint(), software_agent="Guvoh test",
    )
    with out.open("wb") as fh:
        writer = fmt.BundleWriter(fh, [recipient], own.signing_key, info)
        writer.add_case(record["id"], json.dumps(record).encode("ascii"), b"a case\n")
        writer.add_attachment(BLOB_ID, len(BLOB), io.BytesIO(BLOB))
        writer.finish()
    return out


def _stored(desk: Desk) -> tuple[int, int]:
    conn = desk.coordinator.conn
    return (conn.execute("SELECT count(*) FROM cases").fetchone()[0],
            conn.execute("SELECT count(*) FROM attachments").fetchone()[0])


def _refused_alike(desk: Desk, path: Path, where: str, problem: str) -> BundleCaseInvalid:
    files_before = sorted(desk.coordinator.blobs_dir.iterdir())
    checked = coordinator.import_one(desk.coordinator, path, verify_only=True)
    imported = coordinator.import_one(desk.coordinator, path)
    for item in (checked, imported):
        assert item.kind is Outcome.INVALID_CASE, item  # was: verified, then FAILED
        assert isinstance(item.error, BundleCaseInvalid)
        assert isinstance(item.error.problem, CaseInvalid)
        assert (item.error.problem.where, item.error.problem.problem) == (where, problem)
        explained = explain(item.error)
        assert explained is not None
        assert explained.exit_code == ExitCode.INVALID_CASE
        assert where in explained.render()
        explained.render().encode("utf-8")  # printable: the bad text is never quoted
    assert _stored(desk) == (0, 0)
    assert sorted(desk.coordinator.blobs_dir.iterdir()) == files_before  # nothing left
    return imported.error  # type: ignore[return-value]


SURROGATE_PLACES = [
    ("title", lambda r: r.update(title="Qo'qon \ud800")),
    ("narrative", lambda r: r.update(narrative="\udfff" + r["narrative"])),
    ("persons[0].real_name", lambda r: r["persons"][0].update(real_name="Shavkat \udc80")),
    ("events[0].description", lambda r: r["events"][0].update(description="\ud83d")),
    ("events[0].place.city", lambda r: r["events"][0]["place"].update(city="Qo\udbffqon")),
    ("consent.notes", lambda r: r["consent"].update(notes="\ud800\ud800")),
    ("tags[0]", lambda r: r.update(tags=["\ud800"])),
    ("attachments[0].filename", lambda r: r["attachments"][0].update(filename="a\ud800.ogg")),
    ("attachments[0].description",
     lambda r: r["attachments"][0].update(description="\ud800")),
    ("status", lambda r: r.update(status="\ud800")),  # not held to the schema, still text
    ("persons[0]", lambda r: r["persons"][0].update({"nick\ud800": "x"})),  # a field name
]


@pytest.mark.parametrize(("where", "spoil"), SURROGATE_PLACES,
                         ids=[w for w, _ in SURROGATE_PLACES])
def test_a_lone_surrogate_in_any_text_is_refused_by_verify_and_import(
        desk: Desk, tmp_path: Path, where: str, spoil: Any) -> None:
    sender = desk.researcher("S")
    record = _record(str(uuid.uuid4()))
    spoil(record)
    path = _bundle(desk, sender, record, tmp_path / "B-surrogate.age")
    _refused_alike(desk, path, where, "bad_text")


def test_a_lone_surrogate_on_the_command_line_is_one_sentence(desk: Desk, tmp_path: Path
                                                               ) -> None:
    sender = desk.researcher("S")
    case_id = str(uuid.uuid4())
    path = _bundle(desk, sender, _record(case_id, title="\ud800"), tmp_path / "B-s.age")
    vault_dir = desk.coordinator.path
    desk.coordinator.close()
    pw = write_secret(tmp_path / "pw", PASSPHRASE)
    try:
        results = [run_guvoh("--vault", str(vault_dir), verb, str(path),
                             "--passphrase-file", str(pw)) for verb in ("verify", "import")]
    finally:
        desk.coordinator = Vault.unlock(vault_dir, PASSPHRASE, DeviceKeyring.none())
    for result in results:
        assert result.returncode == ExitCode.INVALID_CASE, result.stderr
        assert "internal error" not in result.stderr
        assert "Traceback" not in result.stderr
        assert 'File "' not in result.stderr
        assert result.stdout == ""  # was: the refusal on stdout
        (line,) = result.stderr.strip().splitlines()  # one sentence
        assert f"Case {case_id} in this bundle holds a broken character" in line
    assert _stored(desk) == (0, 0)


BAD_NAMES = [
    "../../.bashrc", "/etc/passwd", "photos/face.jpg", "..\\..\\boot.ini", "a\\b.ogg",
    "line\nbreak.ogg", "tab\t.ogg", "nul\x00.ogg", "del\x7f.ogg", "c1\x85.ogg",
    "photo\u202egpj.exe", "a\u202a.ogg", "a\u202b.ogg", "a\u202c.ogg", "a\u202d.ogg",
    "a\u2066.ogg", "a\u2067.ogg", "a\u2068.ogg", "a\u2069.ogg", "a\u200e.ogg", "a\u200f.ogg",
    "a\u061c.ogg",
]


@pytest.mark.parametrize("name", BAD_NAMES, ids=[ascii(n) for n in BAD_NAMES])
def test_attachment_names_that_could_disguise_a_file_are_refused(
        desk: Desk, tmp_path: Path, name: str) -> None:
    sender = desk.researcher("N")
    record = _record(str(uuid.uuid4()))
    record["attachments"][0]["filename"] = name
    path = _bundle(desk, sender, record, tmp_path / "B-name.age")
    error = _refused_alike(desk, path, "attachments[0].filename", "bad_filename")
    explained = explain(error)
    assert explained is not None
    assert "file name" in explained.render()
    assert name not in explained.render()


def test_a_right_to_left_name_with_zwnj_and_a_dot_dot_inside_is_imported(
        desk: Desk, tmp_path: Path) -> None:
    """What is refused is narrow: Persian with ZWNJ, Cyrillic, spaces and '..' inside a
    name are ordinary names."""
    sender = desk.researcher("P")
    name = "گزارش\u200cها - Қарор..v2.ogg"
    record = _record(str(uuid.uuid4()))
    record["attachments"][0]["filename"] = name
    path = _bundle(desk, sender, record, tmp_path / "B-fa.age")
    assert coordinator.import_one(desk.coordinator, path, verify_only=True).kind is \
        Outcome.VERIFIED
    assert coordinator.import_one(desk.coordinator, path).kind is Outcome.IMPORTED
    stored = desk.coordinator.conn.execute("SELECT filename FROM attachments").fetchall()
    assert stored == [(name,)]


def test_verify_refuses_a_case_import_would_refuse_as_a_conflict(desk: Desk, tmp_path: Path
                                                                  ) -> None:
    """A bundle naming a case id that this vault holds from elsewhere (here: its own)."""
    sender = desk.researcher("C")
    local = add_case(desk.coordinator, sample("tj"))
    path = _bundle(desk, sender, _record(local.id), tmp_path / "B-clash.age")
    checked = coordinator.import_one(desk.coordinator, path, verify_only=True)
    imported = coordinator.import_one(desk.coordinator, path)
    assert imported.kind is Outcome.CONFLICT
    assert checked.kind is Outcome.CONFLICT  # was: verified
    assert isinstance(checked.error, ImportConflict)
