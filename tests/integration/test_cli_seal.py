"""Sealed for travel through the command line (issue 15 item 4, DESIGN.md 2b): a researcher
seals, the coordinator releases, the researcher unseals; a sealed vault's folder copied
elsewhere opens with neither the passphrase nor the recovery code; the token is under 1 KB
and refused twice, for another vault, and with a bad signature."""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.messages import ExitCode
from crypto import seal as sealfmt
from crypto.errors import NoSlotOpened
from crypto.keyslots import KeySlots, RecoveryCode, SecretClass, derive_kek
from crypto.seal import SlotSealed
from storage import audit
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.casedata import sample
from tests.conftest import PASSPHRASE, run_guvoh, write_secret


@dataclass
class Party:
    vault: Path
    pw: Path
    code: Path | None = None

    def __call__(self, *args: str) -> subprocess.CompletedProcess[str]:
        return run_guvoh("--vault", str(self.vault), *args, "--passphrase-file", str(self.pw))

    def ok(self, *args: str) -> str:
        result = self(*args)
        assert result.returncode == 0, f"{args}: {result.stderr}"
        return result.stdout


def _researcher(tmp: Path, name: str, pw: Path, card: Path, c: Party) -> Party:
    r = Party(tmp / name, pw)
    init = r.ok("init", "--role", "researcher", "--pseudonym", name, "--kdf-seconds", "0")
    r.code = write_secret(tmp / f"{name}.code", init.strip().splitlines()[-1])
    r.ok("org", "trust", str(card), "--yes")
    key_line = json.loads(r.ok("identity", "--json"))["public_key"]
    c.ok("signer", "trust", key_line, "--name", name)
    return r


@pytest.fixture
def world(tmp_path: Path) -> dict[str, Party]:
    pw = write_secret(tmp_path / "pw", PASSPHRASE)
    c = Party(tmp_path / "coordinator", pw)
    c.ok("init", "--role", "coordinator", "--kdf-seconds", "0")
    card = tmp_path / "memorial.card"
    c.ok("org", "create", "--name", "Memorial", "--out", str(card))
    r = _researcher(tmp_path, "R-07", pw, card, c)
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps(sample("uz"), ensure_ascii=False), encoding="utf-8")
    case_id = r.ok("case", "add", str(case_file)).split()[0]
    attachment = tmp_path / "a.ogg"
    attachment.write_bytes(os.urandom(100_000))
    r.ok("attach", case_id, str(attachment))
    return {"c": c, "r": r, "tmp": Party(tmp_path, pw), "card": Party(card, pw)}


def _recover(party: Party, vault: Path, tmp: Path) -> subprocess.CompletedProcess[str]:
    assert party.code is not None
    new_pw = write_secret(tmp / "new-pw", "violet harbour thunder pepper")
    return run_guvoh("--vault", str(vault), "recover", "--recovery-code-file",
                     str(party.code), "--new-passphrase-file", str(new_pw))


def test_seal_release_unseal_round_trip(world: dict[str, Party]) -> None:
    c, r, tmp = world["c"], world["r"], world["tmp"].vault
    before = json.loads(r.ok("case", "list", "--json"))
    request, token = tmp / "travel.req", tmp / "release.token"

    sealed = r("seal", "--to", "Memorial", "--out", str(request))
    assert sealed.returncode == 0, sealed.stderr
    assert "sealed" in sealed.stderr
    assert request.stat().st_mode & 0o777 == 0o600
    assert b"key-half" not in request.read_bytes()  # encrypted to the organisation

    locked = r("status")
    assert locked.returncode == ExitCode.SEALED
    assert "sealed for travel" in locked.stderr
    assert r("case", "list").returncode == ExitCode.SEALED

    released = c("release", str(request), "--out", str(token))
    assert released.returncode == 0, released.stderr
    assert "R-07" in released.stderr
    assert "by voice" in released.stderr
    text = token.read_text("ascii")
    assert len(text.encode()) < 1024, len(text)
    assert text.startswith(sealfmt.TOKEN_BEGIN)

    opened = r("unseal", str(token))
    assert opened.returncode == 0, opened.stderr
    assert json.loads(r.ok("case", "list", "--json")) == before
    check = json.loads(r.ok("check", "--deep", "--json"))
    assert check["ok"] is True, check
    # the recovery code opens its slot again (checked in place: `recover` would replace
    # the keyring's device secret that this vault shares with any copy on this machine)
    assert r.code is not None
    slots = KeySlots.from_bytes((r.vault / "keyslots").read_bytes())
    slots.open_with_recovery(RecoveryCode.parse(r.code.read_text().strip()))

    again = r("unseal", str(token))  # refused a second time: nothing is sealed
    assert again.returncode == ExitCode.FAILURE
    assert "not sealed" in again.stderr
    r.ok("seal", "--to", "Memorial", "--out", str(tmp / "second.req"))
    replay = r("unseal", str(token))  # the old token, against the new seal
    assert replay.returncode == ExitCode.REPLAY, replay.stderr
    assert r("status").returncode == ExitCode.SEALED


def test_sealed_copy_opens_with_neither_secret(world: dict[str, Party]) -> None:
    r, tmp = world["r"], world["tmp"].vault
    r.ok("seal", "--to", "Memorial", "--out", str(tmp / "travel.req"))
    image = tmp / "image"
    shutil.copytree(r.vault, image)
    (image / "lock").unlink(missing_ok=True)
    by_passphrase = run_guvoh("--vault", str(image), "status", "--passphrase-file", str(r.pw))
    assert by_passphrase.returncode == ExitCode.SEALED, by_passphrase.stderr
    by_code = _recover(r, image, tmp)
    assert by_code.returncode == ExitCode.SEALED, by_code.stderr
    # nothing in the folder holds the data key: no slot opens with either secret
    assert r.code is not None
    slots = KeySlots.from_bytes((image / "keyslots").read_bytes())
    device_secret = DeviceKeyring.detect().load(slots.passphrase_header.keyring_id) \
        if slots.passphrase_header.needs_device_secret else None
    with pytest.raises(SlotSealed):
        slots.open_with_passphrase(PASSPHRASE, device_secret)
    code = RecoveryCode.parse(r.code.read_text().strip())
    kek = derive_kek(slots.recovery_header, code.entropy, None)
    with pytest.raises(NoSlotOpened):
        slots.open_with_kek(SecretClass.RECOVERY, kek)


def _flip_signature(token: str) -> str:
    lines = token.strip().splitlines()
    raw = bytearray(base64.b64decode("".join(lines[1:-1])))
    raw[-5] ^= 0x01  # inside the Ed25519 signature, the last field
    b64 = base64.b64encode(bytes(raw)).decode()
    return "\n".join([lines[0], *[b64[i:i + 64] for i in range(0, len(b64), 64)], lines[-1]])


def test_token_refused_for_other_vault_and_bad_signature(world: dict[str, Party]) -> None:
    c, r, tmp = world["c"], world["r"], world["tmp"].vault
    other = _researcher(tmp, "R-08", r.pw, world["card"].vault, c)
    r.ok("seal", "--to", "Memorial", "--out", str(tmp / "r.req"))
    other.ok("seal", "--to", "Memorial", "--out", str(tmp / "o.req"))
    c.ok("release", str(tmp / "r.req"), "--out", str(tmp / "r.token"))
    c.ok("release", str(tmp / "o.req"), "--out", str(tmp / "o.token"))

    wrong_vault = r("unseal", str(tmp / "o.token"))
    assert wrong_vault.returncode == ExitCode.NOT_FOR_US, wrong_vault.stderr
    assert "another vault" in wrong_vault.stderr

    bad = tmp / "bad.token"
    bad.write_text(_flip_signature((tmp / "r.token").read_text()))
    forged = r("unseal", str(bad))
    assert forged.returncode == ExitCode.TAMPERED, forged.stderr

    garbage = tmp / "garbage.token"
    garbage.write_text("hello\n")
    assert r("unseal", str(garbage)).returncode == ExitCode.BAD_INPUT
    missing = r("unseal", str(tmp / "no-such.token"))
    assert missing.returncode == ExitCode.BAD_INPUT, missing.stderr
    assert "internal error" not in missing.stderr
    assert r("status").returncode == ExitCode.SEALED  # all refused: still sealed

    r.ok("unseal", str(tmp / "r.token"))
    other.ok("unseal", str(tmp / "o.token"))


def test_release_refuses_unknown_researcher(world: dict[str, Party], tmp_path: Path) -> None:
    c = world["c"]
    stranger = Party(tmp_path / "stranger", c.pw)
    stranger.ok("init", "--role", "researcher", "--pseudonym", "X", "--kdf-seconds", "0")
    stranger.ok("org", "trust", str(world["card"].vault), "--yes")
    stranger.ok("seal", "--to", "Memorial", "--out", str(tmp_path / "x.req"))
    refused = c("release", str(tmp_path / "x.req"), "--out", str(tmp_path / "x.token"))
    assert refused.returncode == ExitCode.UNKNOWN_SIGNER, refused.stderr
    assert not (tmp_path / "x.token").exists()


def test_a_request_that_cannot_be_written_seals_and_logs_nothing(
        world: dict[str, Party], tmp_path: Path) -> None:
    r = world["r"]
    nowhere = tmp_path / "no such folder" / "travel.req"
    failed = r("seal", "--to", "Memorial", "--out", str(nowhere))
    assert failed.returncode != 0
    assert not nowhere.exists()
    with Vault.unlock(r.vault, PASSPHRASE, DeviceKeyring.detect()) as vault:  # not sealed
        assert "vault_sealed" not in [e.action for e in audit.entries(vault.conn)]
