"""Canary (issue 16 item 6, the bundle half): a person's protected real name, contact and place
are unique tokens. A redacted export, through the service and through `guvoh export
--redact`, makes a bundle that the organisation's key opens with stock `age`; no byte of the
payload (the case JSON, its text rendering, the manifests, bag-info, every tar header) holds a
token in any encoding, while a plain export of the same case carries them. The command says
which it did, and for how many people."""

from __future__ import annotations

import io
import json
import os
import subprocess
import tarfile
from pathlib import Path
from typing import Any

import pytest

from app.services import bundle_export, organisations
from app.services import cases as case_service
from tests.attachment_files import jpeg
from tests.casedata import sample
from tests.conftest import PASSPHRASE, run_guvoh, write_secret
from tests.desk import Desk
from tests.metadata_tools import exiftool_tags, exiftool_write

pytestmark = pytest.mark.interop

NAME = "QZREALNAMECANARYQZ Ғиёсов"
NAME_CYRILLIC = "ЖЦЗАЩИЩЁННОЕИМЯЖЦ"
CONTACT = "qz-contact-canary-5e1d@example.org"
CITY = "QZCITYCANARYQZ"
TOKENS = ("QZREALNAMECANARYQZ", NAME_CYRILLIC, "qz-contact-canary-5e1d", CITY)


def canary_record() -> dict[str, Any]:
    """The uz sample with one person whose real name, contact and place are protected
    tokens, and one whose details are not protected (they travel either way)."""
    record = sample("uz")
    record["persons"] = [
        {"id": "p1", "role": "victim", "real_name": f"{NAME} {NAME_CYRILLIC}",
         "pseudonym": "Botir", "contact": CONTACT,
         "location": {"country": "TR", "city": CITY},
         "protected": ["real_name", "contact", "location"]},
        {"id": "p2", "role": "relative", "real_name": "Dilnoza Gʻiyosova",
         "relation_to_victim": "parent", "related_victim": "p1", "protected": []},
    ]
    return record


def _forms(token: str) -> list[bytes]:
    """Every way a token could sit in the payload: UTF-8 (any case, for the Latin ones),
    UTF-16 either way round, and JSON's \\u escapes."""
    escaped = json.dumps(token)[1:-1]
    return [token.encode(), token.lower().encode(), token.upper().encode(),
            token.encode("utf-16-le"), token.encode("utf-16-be"), escaped.encode(),
            escaped.lower().encode()]


def decrypt(bundle: Path, key: Path) -> bytes:
    """The payload as the organisation gets it: `age -d -i org.key`, the stock tool."""
    result = subprocess.run(["age", "-d", "-i", str(key), str(bundle)], capture_output=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    return result.stdout


def members(payload: bytes) -> dict[str, bytes]:
    with tarfile.open(fileobj=io.BytesIO(payload), mode="r:") as tar:
        return {m.name: tar.extractfile(m).read()  # type: ignore[union-attr]
                for m in tar.getmembers() if m.isfile()}


def assert_no_token(payload: bytes) -> None:
    files = members(payload)
    # The payload holds what it should: the case as JSON and as text, the manifests.
    assert any(n.startswith("data/") and n.endswith(".json") for n in files), sorted(files)
    assert any(n.startswith("data/") and n.endswith(".txt") for n in files), sorted(files)
    assert any(n.startswith("manifest-") for n in files), sorted(files)
    assert any(n.startswith("tagmanifest-") for n in files), sorted(files)
    assert "Botir" in "".join(d.decode("utf-8", "replace") for d in files.values())
    for token in TOKENS:
        for form in _forms(token):
            assert form not in payload, (token, form)
            assert form.lower() not in payload.lower(), (token, form)


def assert_tokens(payload: bytes) -> None:
    files = members(payload)
    cases = [d for n, d in files.items() if n.startswith("data/") and n.endswith(".json")]
    texts = [d for n, d in files.items() if n.startswith("data/") and n.endswith(".txt")]
    for token in TOKENS:
        assert any(token.encode() in d for d in cases), token
    for token in ("QZREALNAMECANARYQZ", "qz-contact-canary-5e1d"):
        assert any(token.encode() in d for d in texts), token  # revealed in the text too


def photo_tags(payload: bytes, folder: Path) -> dict[str, str]:
    """What exiftool finds in the one JPEG the bundle carries."""
    [data] = [d for d in members(payload).values() if d[:3] == b"\xff\xd8\xff"]
    folder.mkdir()
    copy = folder / "photo.jpg"
    copy.write_bytes(data)
    return exiftool_tags(copy)


def test_service_redacted_bundle_holds_no_canary(desk: Desk, tmp_path: Path) -> None:
    researcher = desk.researcher("R-07")
    case = case_service.add_case(researcher.vault, canary_record())
    letter = tmp_path / "letter.txt"
    letter.write_bytes(b"A letter from the consulate.\n")
    case_service.attach_file(researcher.vault, case.id, letter)
    key = tmp_path / "org.key"
    organisations.export_org_key(desk.coordinator, key)

    redacted = bundle_export.export_bundle(researcher.vault, ["Memorial"], desk.outbox,
                                           [case.id], redact=True)
    assert_no_token(decrypt(redacted.path, key))

    plain = bundle_export.export_bundle(researcher.vault, ["Memorial"], desk.outbox, [case.id])
    assert plain.path != redacted.path
    assert_tokens(decrypt(plain.path, key))


def test_cli_redacted_bundle_holds_no_canary(tmp_path: Path) -> None:
    pw = write_secret(tmp_path / "pw", PASSPHRASE)
    researcher, coordinator = tmp_path / "researcher", tmp_path / "coordinator"

    def guvoh(vault: Path, *args: str) -> subprocess.CompletedProcess[str]:
        result = run_guvoh("--vault", str(vault), *args, "--passphrase-file", str(pw))
        assert result.returncode == 0, f"{args}: {result.stderr}"
        for token in TOKENS:  # the command never prints a protected value
            assert token not in result.stdout + result.stderr, (args, token)
        return result

    guvoh(researcher, "init", "--kdf-seconds", "0", "--pseudonym", "R-07")
    guvoh(coordinator, "init", "--role", "coordinator", "--kdf-seconds", "0")
    card = tmp_path / "org.card"
    guvoh(coordinator, "org", "create", "--name", "Memorial", "--out", str(card))
    guvoh(researcher, "org", "trust", str(card), "--yes")
    key = tmp_path / "org.key"
    guvoh(coordinator, "org", "export-key", "--out", str(key), "--yes")
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps(canary_record(), ensure_ascii=False), encoding="utf-8")
    case_id = guvoh(researcher, "case", "add", str(case_file)).stdout.split()[0]
    recording = tmp_path / "interview.ogg"
    recording.write_bytes(os.urandom(4096))
    guvoh(researcher, "attach", case_id, str(recording))
    photo = tmp_path / "photo.jpg"  # a phone's photo: where it was taken, the device
    photo.write_bytes(jpeg())
    exiftool_write(photo, "-GPSLatitude=41.3111", "-GPSLatitudeRef=N",
                   "-GPSLongitude=69.2797", "-GPSLongitudeRef=E", "-Model=iPhone 12")
    guvoh(researcher, "attach", case_id, str(photo))
    outbox = tmp_path / "outbox"
    outbox.mkdir()

    redacted = guvoh(researcher, "export", "--to", "Memorial", "--out", str(outbox),
                     "--redact", "--strip-metadata", case_id)
    bundle = Path(redacted.stdout.strip())  # stdout: only the file
    assert bundle.is_file()
    assert "It leaves out the protected details of 1 person." in redacted.stderr
    # the photo went cleaned; the recording (random bytes) could not be read
    assert ("1 file(s) went cleaned of hidden details (location, device, author); 1 could not "
            "be checked and went as they came.") in redacted.stderr
    payload = decrypt(bundle, key)
    assert_no_token(payload)
    cleaned = photo_tags(payload, tmp_path / "cleaned")
    assert not [t for t in cleaned if "GPS" in t or t.endswith(":Model")], cleaned

    plain = guvoh(researcher, "export", "--to", "Memorial", "--out", str(outbox), case_id,
                  "--json")
    data = json.loads(plain.stdout)
    assert data["protected_details"] == "included"
    assert data["people_with_protected_details"] == 1
    assert data["files"] == "as_they_came"
    assert "It includes the protected details of 1 person" in plain.stderr
    assert "--redact" in plain.stderr
    assert "Files went as they came" in plain.stderr
    payload = decrypt(Path(data["file"]), key)
    assert_tokens(payload)
    as_came = photo_tags(payload, tmp_path / "as-came")
    assert "GPS:GPSLatitude" in as_came
    assert as_came.get("IFD0:Model") == "iPhone 12"

    # --redact alone carries cleaned files (the default, as in the dialog); --keep-metadata
    # keeps them as they came; both flags at once are refused before anything is written
    default = json.loads(guvoh(researcher, "export", "--to", "Memorial", "--out", str(outbox),
                               "--redact", case_id, "--json").stdout)
    assert (default["protected_details"], default["files"]) == ("left_out", "cleaned")
    assert "GPS:GPSLatitude" not in photo_tags(decrypt(Path(default["file"]), key),
                                              tmp_path / "default")
    kept = json.loads(guvoh(researcher, "export", "--to", "Memorial", "--out", str(outbox),
                            "--redact", "--keep-metadata", case_id, "--json").stdout)
    assert (kept["protected_details"], kept["files"]) == ("left_out", "as_they_came")
    assert "GPS:GPSLatitude" in photo_tags(decrypt(Path(kept["file"]), key), tmp_path / "kept")
    before = sorted(outbox.iterdir())
    both = run_guvoh("--vault", str(researcher), "export", "--to", "Memorial", "--out",
                     str(outbox), "--redact", "--strip-metadata", "--keep-metadata", case_id,
                     "--passphrase-file", str(pw))
    assert both.returncode == 2
    assert both.stderr.strip().endswith(
        "give --strip-metadata or --keep-metadata, not both; nothing was exported")
    assert sorted(outbox.iterdir()) == before
