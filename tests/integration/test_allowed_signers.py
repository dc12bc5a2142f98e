"""`guvoh signer export-allowed-signers` writes a file the real OpenSSH reads (issue 13 item
8): it crashed with "internal error (InvalidAllowedSigner)" as soon as a pinned name held a
space, as README's own `--name "Researcher 7"` does. Names with spaces are quoted; a name
that cannot be an OpenSSH principal (its pattern characters , " * ? ! # \\ or a control
character) is written under its key's fingerprint, with a comment naming it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app.messages import ExitCode
from app.services import signers
from crypto.bundle import RECEIPT_NAMESPACE
from crypto.sshsig import BUNDLE_NAMESPACE, sign
from storage import keys
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.conftest import PASSPHRASE, run_guvoh, write_secret
from tests.desk import Desk

pytestmark = pytest.mark.interop

MESSAGE = b"4f1c...  bag-info.txt\n"
#: pinned name -> the principal `ssh-keygen -I` takes (None: the key's fingerprint)
NAMES: dict[str, str | None] = {
    "Researcher 7": "Researcher 7",  # README's example
    "Исследователь Ҷ 7": "Исследователь Ҷ 7",
    "plain": "plain",
    "R*": None,  # a pattern: written as such it would match every -I starting with R
    "a,b": None,
    'say "hi"': None,
    "line\nbreak": None,
}


def _keygen(*args: str, stdin: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    with (stdin.open("rb") if stdin else open("/dev/null", "rb")) as fh:
        return subprocess.run(["ssh-keygen", "-Y", *args], stdin=fh, capture_output=True,
                              timeout=60, check=False)


def _pin_all(desk: Desk) -> dict[str, tuple[str, Path]]:
    """Each name pinned to its own researcher's key; returns name -> (principal, .sig)."""
    out: dict[str, tuple[str, Path]] = {}
    for n, name in enumerate(NAMES):
        who = desk.researcher(f"r{n}", pin=False)
        signers.trust_signer(desk.coordinator, who.key_line, name)
        own = keys.identity(who.vault.conn)
        sig = desk.root / f"msg-{n}.sig"
        sig.write_bytes(sign(MESSAGE, own.signing_key, BUNDLE_NAMESPACE))
        out[name] = (NAMES[name] or own.public_key.fingerprint(), sig)
    return out


def _check_with_ssh_keygen(allowed: Path, pinned: dict[str, tuple[str, Path]],
                           root: Path) -> None:
    message = root / "msg"
    message.write_bytes(MESSAGE)
    for name, (principal, sig) in pinned.items():
        good = _keygen("verify", "-f", str(allowed), "-I", principal, "-n", BUNDLE_NAMESPACE,
                       "-s", str(sig), stdin=message)
        assert good.returncode == 0, (name, good.stderr)
        assert f'Good "{BUNDLE_NAMESPACE}" signature for {principal} ' in good.stdout.decode()
        found = _keygen("find-principals", "-f", str(allowed), "-s", str(sig))
        assert found.returncode == 0, (name, found.stderr)
        assert found.stdout.decode().splitlines() == [principal]
        # not for another namespace, nor under a part of the name
        assert _keygen("verify", "-f", str(allowed), "-I", principal, "-n", RECEIPT_NAMESPACE,
                       "-s", str(sig), stdin=message).returncode != 0
        assert _keygen("verify", "-f", str(allowed), "-I", principal.split()[0] + "x", "-n",
                       BUNDLE_NAMESPACE, "-s", str(sig), stdin=message).returncode != 0
    # the pattern name did not become a pattern: "R-anything" is no principal of R*'s key
    _, sig = pinned["R*"]
    assert _keygen("verify", "-f", str(allowed), "-I", "R-anything", "-n", BUNDLE_NAMESPACE,
                   "-s", str(sig), stdin=message).returncode != 0


def test_the_service_writes_a_file_ssh_keygen_reads(desk: Desk) -> None:
    pinned = _pin_all(desk)
    allowed = signers.write_allowed_signers(desk.coordinator, desk.root / "allowed_signers")
    text = allowed.read_text(encoding="utf-8")
    assert '"Researcher 7" namespaces="guvoh-bundle-v1" ssh-ed25519 ' in text
    assert "# R*: use -I SHA256:" in text
    assert "line\nbreak" not in text
    _check_with_ssh_keygen(allowed, pinned, desk.root)


def test_the_command_exports_names_with_spaces(desk: Desk, tmp_path: Path) -> None:
    pinned = _pin_all(desk)
    vault_dir = desk.coordinator.path
    desk.coordinator.close()
    out = tmp_path / "allowed_signers"
    try:
        result = run_guvoh("--vault", str(vault_dir), "signer", "export-allowed-signers",
                           str(out), "--passphrase-file",
                           str(write_secret(tmp_path / "pw", PASSPHRASE)))
    finally:
        desk.coordinator = Vault.unlock(vault_dir, PASSPHRASE, DeviceKeyring.none())
    assert result.returncode == ExitCode.OK, result.stderr  # was: internal error
    assert "internal error" not in result.stderr
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    _check_with_ssh_keygen(out, pinned, tmp_path)
