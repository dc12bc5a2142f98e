"""Sealed for travel: `guvoh seal`, `guvoh release`, `guvoh unseal` (DESIGN.md 2b,
docs/seal.md)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.cli.context import Context
from app.cli.output import Reply
from app.cli.table import command, param
from app.services import seal as seal_service
from app.services import vaults


@dataclass(frozen=True, slots=True)
class SealedReply:
    vault: Path
    request: Path
    organisation: str
    seal_id: str


@dataclass(frozen=True, slots=True)
class ReleasedReply:
    token: Path
    researcher: str
    fingerprint: str
    safety_code: str
    seal_id: str
    token_bytes: int


@dataclass(frozen=True, slots=True)
class UnsealedReply:
    vault: Path
    seal_id: str


@command(
    "seal", "seal the vault for travel: only the organisation's release token opens it again",
    vault=False, writes=True, secrets=("passphrase",),
    params=(param("--to", required=True, metavar="ORG",
                  help="the trusted organisation that will release the vault"), "out"),
)
def seal(ctx: Context, to: str, out: str) -> Reply:
    passphrase = ctx.secret("passphrase", "Passphrase: ")
    ctx.progress("Unlocking...")
    vault = vaults.unlock(ctx.vault_dir, passphrase)
    try:
        ctx.progress("Sealing...")
        done = seal_service.seal(vault, passphrase, to, Path(out))
    finally:
        vault.close()
    notes = [
        f"The vault is sealed. Neither the passphrase nor the recovery code opens it now, on "
        f"this computer or from any copy of its disk, until {done.organisation} releases it.",
        f"Send {done.request} to {done.organisation} now, before you travel. After the "
        "crossing, call them; they will send a release token for 'guvoh unseal'.",
    ]
    return Reply(SealedReply(ctx.vault_dir, done.request, done.organisation, done.seal_id),
                 notes=notes)


@command(
    "release", "write the release token for a researcher's sealed vault (organisation)",
    writes=True,
    params=(param("request", metavar="REQUEST", help="the travel request file"), "out"),
)
def release(ctx: Context, request: str, out: str) -> Reply:
    done = seal_service.release(ctx.vault, Path(request), Path(out))
    notes = [
        f"The release token for {done.researcher} is in {done.token} ({done.token_bytes} "
        "bytes). Send it only after you have spoken with them by voice and they are safe: "
        f"their safety code is {done.safety_code}.",
    ]
    return Reply(ReleasedReply(done.token, done.researcher, done.fingerprint, done.safety_code,
                               done.seal_id, done.token_bytes), notes=notes)


@command(
    "unseal", "open a sealed vault again with the organisation's release token",
    vault=False, writes=True, secrets=("passphrase",),
    params=(param("token", metavar="TOKEN", help="the release token file"),),
)
def unseal(ctx: Context, token: str) -> Reply:
    text = seal_service.read_token(Path(token))
    passphrase = ctx.secret("passphrase", "Passphrase: ")
    ctx.progress("Unsealing...")
    seal_id = seal_service.unseal(ctx.vault_dir, passphrase, text)
    notes = ["The vault is unsealed: it opens with its passphrase and recovery code as before."]
    return Reply(UnsealedReply(ctx.vault_dir, seal_id), notes=notes)
