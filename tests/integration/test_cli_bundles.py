"""A researcher and a coordinator, end to end through the command line: cards, pinning,
export, verify, import, duplicates and replays, receipts, purge; and the coordinator
checking a bundle with stock tools alone (age, tar, ssh-keygen, sha256sum)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.messages import ExitCode
from tests.casedata import sample
from tests.conftest import PASSPHRASE, run_guvoh, write_secret


@dataclass
class Party:
    vault: Path
    pw: Path

    def __call__(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return run_guvoh("--vault", str(self.vault), *args, "--passphrase-file", str(self.pw),
                         stdin=stdin)

    def ok(self, *args: str) -> str:
        result = self(*args)
        assert result.returncode == 0, f"{args}: {result.stderr}"
        return result.stdout


@pytest.fixture
def world(tmp_path: Path) -> dict[str, object]:
    pw = write_secret(tmp_path / "pw", PASSPHRASE)
    coordinator = Party(tmp_path / "coordinator", pw)
    researcher = Party(tmp_path / "researcher", pw)
    coordinator.ok("init", "--role", "coordinator", "--kdf-seconds", "0")
    researcher.ok("init", "--role", "researcher", "--pseudonym", "R-07", "--kdf-seconds", "0")
    card = tmp_path / "memorial.card"
    created = coordinator.ok("org", "create", "--name", "Memorial", "--out", str(card))
    assert "Safety code:" in created
    trusted = researcher.ok("org", "trust", str(card), "--yes")
    assert "Memorial" in trusted
    code = created.split("Safety code:")[1].split()[0:8]
    assert code == trusted.split("Safety code:")[1].split()[0:8]
    return {"c": coordinator, "r": researcher, "tmp": tmp_path, "card": card}


def _add_case_with_file(r: Party, tmp: Path, name: str = "uz") -> tuple[str, Path]:
    case_file = tmp / f"{name}.json"
    case_file.write_text(json.dumps(sample(name), ensure_ascii=False), encoding="utf-8")
    case_id = r.ok("case", "add", str(case_file)).split()[0]
    attachment = tmp / f"{name}.ogg"
    attachment.write_bytes(os.urandom(150_000))
    r.ok("attach", case_id, str(attachment))
    return case_id, attachment


def test_identity_matches_ssh_keygen(world: dict[str, object], tmp_path: Path) -> None:
    r: Party = world["r"]  # type: ignore[assignment]
    data = json.loads(r.ok("identity", "--json"))
    assert data["public_key"].startswith("ssh-ed25519 ")
    assert data["public_key"].endswith(" R-07")
    pub = tmp_path / "r.pub"
    pub.write_text(data["public_key"] + "\n")
    keygen = subprocess.run(["ssh-keygen", "-lf", str(pub)], capture_output=True, text=True,
                            check=True)
    assert keygen.stdout.split()[1] == data["fingerprint"]
    assert len(data["safety_code"].split()) == 8


def test_round_trip(world: dict[str, object]) -> None:
    c: Party = world["c"]  # type: ignore[assignment]
    r: Party = world["r"]  # type: ignore[assignment]
    tmp: Path = world["tmp"]  # type: ignore[assignment]
    case_id, attachment = _add_case_with_file(r, tmp)
    outbox = tmp / "outbox"
    outbox.mkdir()
    exported = json.loads(r.ok("export", "--to", "Memorial", "--out", str(outbox), case_id,
                               "--json"))
    bundle = Path(exported["file"])
    # a neutral name: the date and a number, no id, sender, organisation or tool
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}-\d+\.age", bundle.name)
    assert exported["bundle_id"] not in bundle.name
    assert bundle.read_bytes()[:21] == b"age-encryption.org/v1"
    assert oct(bundle.stat().st_mode & 0o777) == "0o600"
    history = json.loads(r.ok("case", "history", case_id, "--json"))
    assert history[-1]["sealed"]
    assert history[-1]["sealed_for"] == exported["bundle_id"]
    assert json.loads(r.ok("case", "show", case_id, "--json"))["status"] == "exported"

    unknown = c("verify", str(bundle))
    assert unknown.returncode == ExitCode.UNKNOWN_SIGNER
    assert unknown.stdout == ""  # a refusal is one sentence on stderr, with the key to pin
    key_line = unknown.stderr.split("signer key: ")[1].strip()
    researcher_key = json.loads(r.ok("identity", "--json"))["public_key"]
    assert key_line.split()[:2] == researcher_key.split()[:2]
    c.ok("signer", "trust", key_line, "--name", "Researcher 7")

    verified = json.loads(c.ok("verify", str(bundle), "--json"))[0]
    assert verified["outcome"] == "verified"
    assert (verified["cases"], verified["attachments"]) == (1, 1)
    assert json.loads(c.ok("case", "list", "--json")) == []  # verify imports nothing

    imported = json.loads(c.ok("import", str(bundle), "--json"))[0]
    assert imported["outcome"] == "imported"
    assert imported["signer"] == "Researcher 7"
    shown = json.loads(c.ok("case", "show", case_id, "--json"))
    assert shown["title"] == sample("uz")["title"]
    blob = shown["attachments"][0]
    out = tmp / "copy.ogg"
    c.ok("attachment", "export", blob["id"], "--out", str(out))
    assert out.read_bytes() == attachment.read_bytes()
    assert "[Qo'qonda]" in c.ok("search", "Qo'qonda")

    again = c("import", str(bundle))
    assert again.returncode == ExitCode.DUPLICATE
    assert "already imported" in again.stderr
    assert again.stdout == ""
    copy = tmp / "renamed.age"
    shutil.copy(bundle, copy)
    assert c("import", str(copy)).returncode == ExitCode.DUPLICATE

    # receipt back to the researcher, then purge
    inbox = tmp / "inbox"
    inbox.mkdir()
    receipt = Path(c.ok("receipt", exported["bundle_id"], "--out", str(inbox)).strip())
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}-\d+\.age", receipt.name)
    assert c("receipt-import", str(receipt)).returncode != 0  # not for the coordinator
    done = r.ok("receipt-import", str(receipt))
    assert "1 case(s) delivered" in done
    # delete on receipt, at once by default: the case and its file are gone
    assert "Deleted from this computer: 1 case(s), 0 older version(s), 1 file(s)." in done
    assert json.loads(r.ok("case", "list", "--json")) == []
    assert r.ok("purge", "--delivered", "--yes").startswith("Nothing to remove")
    assert r.ok("audit", "verify")
    assert c.ok("check", "--deep")


def test_import_a_folder(world: dict[str, object]) -> None:
    """`guvoh import DIR/` takes every *.age file in the folder and its subfolders (the
    Inbox's batch importer), one line and one JSON item per bundle."""
    c: Party = world["c"]  # type: ignore[assignment]
    r: Party = world["r"]  # type: ignore[assignment]
    tmp: Path = world["tmp"]  # type: ignore[assignment]
    outbox = tmp / "outbox"
    (outbox / "later").mkdir(parents=True)
    first, _ = _add_case_with_file(r, tmp, "uz")
    second, _ = _add_case_with_file(r, tmp, "ru")
    exported = [json.loads(r.ok("export", "--to", "Memorial", "--out", str(folder), case,
                                "--json"))
                for case, folder in ((first, outbox), (second, outbox / "later"))]
    assert set(exported[0]) == {"file", "bundle_id", "cases", "attachments", "payload_bytes",
                                "organisations", "protected_details",
                                "people_with_protected_details", "files"}
    assert exported[0]["organisations"] == ["Memorial"]
    assert (exported[0]["attachments"], len(exported[0]["cases"])) == (1, 1)
    (outbox / "notes.txt").write_text("not a bundle")
    (outbox / "._B-metadata.age").write_bytes(b"macOS metadata")  # dot files are skipped
    key_line = json.loads(r.ok("identity", "--json"))["public_key"]
    c.ok("signer", "trust", key_line, "--name", "R7")

    verified = json.loads(c.ok("verify", str(outbox), "--json"))
    assert [v["outcome"] for v in verified] == ["verified", "verified"]
    assert json.loads(c.ok("case", "list", "--json")) == []

    imported = json.loads(c.ok("import", f"{outbox}/", "--json"))
    # in the order of their paths: outbox/B-....age, then outbox/later/B-....age
    assert [i["bundle_id"] for i in imported] == [e["bundle_id"] for e in exported]
    assert [Path(i["file"]).name for i in imported] == [Path(e["file"]).name for e in exported]
    assert {i["outcome"] for i in imported} == {"imported"}
    assert {i["signer"] for i in imported} == {"R7"}
    assert all(i["message"] is None for i in imported)
    assert {case["id"] for case in json.loads(c.ok("case", "list", "--json"))} == {
        first, second}

    again = c("import", str(outbox))
    assert again.returncode == ExitCode.DUPLICATE
    assert again.stdout == ""
    lines = again.stderr.strip().splitlines()
    assert len(lines) == 3
    assert all("REFUSED (duplicate)" in line for line in lines[:2])
    assert lines[2] == "2 bundles: 2 duplicate."


def test_purge_undelivered_needs_force(world: dict[str, object]) -> None:
    r: Party = world["r"]  # type: ignore[assignment]
    tmp: Path = world["tmp"]  # type: ignore[assignment]
    case_id, _ = _add_case_with_file(r, tmp)
    refused = r("purge", case_id, "--yes")
    assert refused.returncode == ExitCode.NOT_DELIVERED
    assert r.ok("purge", case_id, "--yes", "--force-undelivered").startswith("Removed 1")


def test_replay_and_tampering_change_nothing(world: dict[str, object]) -> None:
    c: Party = world["c"]  # type: ignore[assignment]
    r: Party = world["r"]  # type: ignore[assignment]
    tmp: Path = world["tmp"]  # type: ignore[assignment]
    case_id, _ = _add_case_with_file(r, tmp)
    bundle = Path(r.ok("export", "--to", "Memorial", "--out", str(tmp / "b.age"),
                       case_id).strip())
    key_line = json.loads(r.ok("identity", "--json"))["public_key"]
    c.ok("signer", "trust", key_line, "--name", "R7")

    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 1
    flipped = tmp / "flipped.age"
    flipped.write_bytes(bytes(data))
    result = c("import", str(flipped))
    assert result.returncode == ExitCode.TAMPERED
    truncated = tmp / "truncated.age"
    truncated.write_bytes(bundle.read_bytes()[:-100])
    assert c("import", str(truncated)).returncode == ExitCode.TAMPERED
    assert json.loads(c.ok("case", "list", "--json")) == []
    assert sorted(p.name for p in (c.vault / "blobs").iterdir()) == []

    c.ok("import", str(bundle))
    # replay: the same plaintext re-encrypted by someone holding the organisation key
    key = tmp / "org.key"
    c.ok("org", "export-key", "--out", str(key), "--yes")
    plain = subprocess.run(["age", "-d", "-i", str(key), str(bundle)], capture_output=True,
                           check=True).stdout
    recipient = next(line.split(": ")[1] for line in key.read_text().splitlines()
                     if line.startswith("# public key: "))
    replayed = tmp / "replayed.age"
    subprocess.run(["age", "-r", recipient, "-o", str(replayed)], input=plain, check=True)
    result = c("import", str(replayed))
    assert result.returncode == ExitCode.REPLAY
    assert "replay" in result.stderr
    assert result.stdout == ""
    assert len(json.loads(c.ok("case", "list", "--json"))) == 1


def test_bundle_for_another_organisation(world: dict[str, object]) -> None:
    r: Party = world["r"]  # type: ignore[assignment]
    tmp: Path = world["tmp"]  # type: ignore[assignment]
    other = Party(tmp / "other", write_secret(tmp / "pw2", PASSPHRASE))
    other.ok("init", "--role", "coordinator", "--kdf-seconds", "0")
    other.ok("org", "create", "--name", "Other NGO", "--out", str(tmp / "other.card"))
    case_id, _ = _add_case_with_file(r, tmp)
    bundle = Path(r.ok("export", "--to", "Memorial", "--out", str(tmp / "b.age"),
                       case_id).strip())
    result = other("import", str(bundle))
    assert result.returncode == ExitCode.NOT_FOR_US


def test_edited_card_refused(world: dict[str, object]) -> None:
    r: Party = world["r"]  # type: ignore[assignment]
    card: Path = world["card"]  # type: ignore[assignment]
    data = bytearray(card.read_bytes())
    data[len("guvoh-organisation-card/1\nName: ") + 1] ^= 0x01
    edited = card.with_name("edited.card")
    edited.write_bytes(bytes(data))
    result = r("org", "trust", str(edited), "--yes")
    assert result.returncode == ExitCode.BAD_CARD
    assert len(json.loads(r.ok("org", "list", "--json"))) == 1


def test_consent_required_for_export(world: dict[str, object]) -> None:
    r: Party = world["r"]  # type: ignore[assignment]
    tmp: Path = world["tmp"]  # type: ignore[assignment]
    record = sample("ru")
    record["consent"] = {"given": False}
    path = tmp / "noconsent.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    case_id = r.ok("case", "add", str(path)).split()[0]
    result = r("export", "--to", "Memorial", "--out", str(tmp / "x.age"), case_id)
    assert result.returncode == ExitCode.CONSENT
    assert not (tmp / "x.age").exists()
    nothing = r("export", "--to", "Memorial", "--out", str(tmp / "y.age"))
    assert nothing.returncode == ExitCode.NOTHING_TO_EXPORT


@pytest.mark.interop
def test_coordinator_verifies_with_stock_tools(world: dict[str, object]) -> None:
    c: Party = world["c"]  # type: ignore[assignment]
    r: Party = world["r"]  # type: ignore[assignment]
    tmp: Path = world["tmp"]  # type: ignore[assignment]
    case_id, attachment = _add_case_with_file(r, tmp)
    bundle = Path(r.ok("export", "--to", "Memorial", "--out", str(tmp / "b.age"),
                       case_id).strip())
    key_line = json.loads(r.ok("identity", "--json"))["public_key"]
    c.ok("signer", "trust", key_line, "--name", "R7")
    key, allowed = tmp / "org.key", tmp / "allowed_signers"
    c.ok("org", "export-key", "--out", str(key), "--yes")
    c.ok("signer", "export-allowed-signers", str(allowed))
    bag = tmp / "bag"
    bag.mkdir()
    decrypt = subprocess.Popen(["age", "-d", "-i", str(key), str(bundle)],
                               stdout=subprocess.PIPE)
    subprocess.run(["tar", "-x", "-C", str(bag)], stdin=decrypt.stdout, check=True)
    assert decrypt.wait() == 0
    with (bag / "tagmanifest-sha256.txt").open("rb") as message:
        verify = subprocess.run(
            ["ssh-keygen", "-Y", "verify", "-f", str(allowed), "-I", "R7", "-n",
             "guvoh-bundle-v1", "-s", str(bag / "signatures" / "tagmanifest-sha256.txt.sig")],
            stdin=message, capture_output=True, text=True, check=False)
    assert verify.returncode == 0, verify.stderr + verify.stdout
    for manifest in ("tagmanifest-sha256.txt", "manifest-sha256.txt"):
        subprocess.run(["sha256sum", "--quiet", "-c", manifest], cwd=bag, check=True)
    files = list((bag / "data" / "attachments").iterdir())
    assert [f.read_bytes() for f in files] == [attachment.read_bytes()]
    record = json.loads((bag / "data" / "cases" / f"{case_id}.json").read_text("utf-8"))
    assert record["title"] == sample("uz")["title"]


def test_signer_outside_validity_window(world: dict[str, object]) -> None:
    c: Party = world["c"]  # type: ignore[assignment]
    r: Party = world["r"]  # type: ignore[assignment]
    tmp: Path = world["tmp"]  # type: ignore[assignment]
    case_id, _ = _add_case_with_file(r, tmp)
    bundle = Path(r.ok("export", "--to", "Memorial", "--out", str(tmp / "b.age"),
                       case_id).strip())
    key_line = json.loads(r.ok("identity", "--json"))["public_key"]
    c.ok("signer", "trust", key_line, "--name", "R7", "--valid-before", "2020-01-01")
    expired = c("import", str(bundle))
    assert expired.returncode == ExitCode.SIGNER_EXPIRED
    assert json.loads(c.ok("case", "list", "--json")) == []
    listed = json.loads(c.ok("signer", "list", "--json"))
    assert listed[0]["valid_before"] == "2020-01-01T00:00:00Z"
    c.ok("signer", "trust", key_line, "--name", "R7", "--valid-after", "2020-01-01")
    assert c("import", str(bundle)).returncode == 0
