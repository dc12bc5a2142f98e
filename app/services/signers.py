"""Signers: the researchers' keys a coordinator pins (with the time they are valid), whose
bundles it accepts; and the same list as an OpenSSH allowed_signers file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from app.services.identity import require_coordinator
from crypto.identity import PublicKey as PublicKey
from crypto.sshsig import allowed_signers_line, valid_principal
from storage import fsio, keys
from storage.errors import OutputExists, SignerNotFound
from storage.keys import Signer as Signer
from storage.timeutil import now_utc
from storage.vault import Vault


def trust_signer(vault: Vault, line: str, name: str, valid_after: str | None = None,
                 valid_before: str | None = None) -> Signer:
    require_coordinator(vault)
    key = PublicKey.from_openssh_line(line)
    signer = keys.trust_signer(vault.conn, name, key, valid_after, valid_before)
    from app.services import team  # the team's other desks accept this sender too

    team.sender_pinned(vault, key.to_openssh_line(), signer.name, valid_after)
    if valid_before is not None:
        team.sender_ended(vault, key.to_openssh_line(), valid_before)
    return signer


def set_signer_validity(vault: Vault, name_or_fingerprint: str, valid_after: str | None,
                        valid_before: str | None) -> Signer:
    """Set or clear when a pinned researcher's key is valid (UTC, valid_before exclusive)."""
    require_coordinator(vault)
    signer = keys.set_signer_validity(vault.conn, name_or_fingerprint, valid_after, valid_before)
    from app.services import team  # the same times on the team's other desks

    line = signer.public_key.to_openssh_line()
    team.sender_pinned(vault, line, signer.name, valid_after)
    team.sender_ended(vault, line, valid_before)
    return signer


def end_signer(vault: Vault, name_or_fingerprint: str) -> Signer:
    """End a pinned researcher's key now: bundles it signs from now on are refused."""
    require_coordinator(vault)
    signer = next((s for s in keys.signers(vault.conn)
                   if name_or_fingerprint in (s.name, s.fingerprint)), None)
    if signer is None:
        raise SignerNotFound(name_or_fingerprint)
    now = now_utc()
    after = signer.valid_after if signer.valid_after is None or signer.valid_after < now else None
    ended = keys.set_signer_validity(vault.conn, signer.fingerprint, after, now)
    from app.services import team  # ended on the team's other desks too

    team.sender_ended(vault, signer.public_key.to_openssh_line(), now)
    return ended


def signers(vault: Vault) -> list[Signer]:
    """The pinned researchers whose bundles this vault accepts."""
    return keys.signers(vault.conn)


def signer_by_key(vault: Vault, key: PublicKey) -> Signer | None:
    """The pinned researcher with this public key, or None (not pinned)."""
    return keys.signer_by_key(vault.conn, key)


def write_allowed_signers(vault: Vault, out: Path) -> Path:
    """The pinned researchers as an OpenSSH allowed_signers file; never overwrites."""
    if out.exists():
        raise OutputExists(out)
    fsio.write_atomic(out, allowed_signers_text(vault).encode("utf-8"), replace=False)
    return out


def principal(signer: Signer) -> str:
    """The principal `ssh-keygen -Y verify -I` takes for this signer: its name when that
    can be one (spaces allowed, the file quotes them), else its key's fingerprint (a name
    with OpenSSH's pattern characters , " * ? ! # \\, or not printable)."""
    return signer.name if valid_principal(signer.name) else signer.fingerprint


def allowed_signers_text(vault: Vault) -> str:
    lines = []
    for signer in keys.signers(vault.conn):
        after = _dt(signer.valid_after)
        before = _dt(signer.valid_before)
        name = principal(signer)
        if name != signer.name:
            shown = signer.name if signer.name.isprintable() else "(a name with control characters)"
            lines.append(f"# {shown}: use -I {name}")
        lines.append(allowed_signers_line(name, signer.public_key,
                                          valid_after=after, valid_before=before))
    return "".join(line + "\n" for line in lines)


def _dt(value: str | None) -> datetime | None:
    if value is None:
        return None
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
