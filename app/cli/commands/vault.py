"""The vault itself: init, status, check, backup, compact, passwd, recover, audit verify."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.cli.context import Context
from app.cli.output import Reply, TerminalProgress
from app.cli.table import command, group, param
from app.domain.sizes import human_size
from app.messages import ExitCode
from app.services import backup as backup_service
from app.services import compaction, vaults
from app.services import duress as duress_service

ROLES = ("researcher", "coordinator", "submitter")


@dataclass(frozen=True, slots=True)
class Created:
    vault: Path
    recovery_code: str
    keyring_protected: bool
    keyring_backend: str


@dataclass(frozen=True, slots=True)
class VaultOpened:
    """passwd and recover: the vault now opens with the new passphrase."""

    vault: Path


@command(
    "init", "create a vault", vault=False, writes=True, secrets=("passphrase",),
    params=(
        param("--role", choices=ROLES, default="researcher",
              help="researcher (default), coordinator or submitter"),
        param("--pseudonym", metavar="NAME", default="",
              help="the name others will see on your bundles"),
        param("--kdf-seconds", type=float, default=vaults.DEFAULT_KDF_SECONDS,
              metavar="SECONDS",
              help="tune the key derivation to take about this long (default 1; 0 = the "
              "minimum, 64 MiB and 3 passes, for very old computers)"),
        param("--no-keyring", action="store_true",
              help="do not bind the vault to this computer's keyring (passphrase alone)"),
    ),
)
def init(ctx: Context, role: str, pseudonym: str, kdf_seconds: float,
         no_keyring: bool) -> Reply:
    passphrase = ctx.secret("passphrase", "Choose a passphrase: ",
                            confirm="Repeat the passphrase: ")
    ctx.progress("Creating the vault (measuring this computer to tune the key derivation)...")
    vault, recovery = vaults.create_vault(
        ctx.vault_dir, passphrase, role=role, pseudonym=pseudonym,
        kdf_seconds=kdf_seconds, use_keyring=not no_keyring,
    )
    with vault:
        st = vaults.status(vault)
    if st.keyring_protected:
        protection = (
            "Protected by your passphrase and by a key kept in this computer's keyring "
            f"({st.keyring_backend}): copied vault files alone cannot be attacked.")
    else:
        protection = (
            "No system keyring is in use: the vault is protected by your passphrase alone, "
            "so choose it well and keep copies of the vault folder safe.")
    return Reply(
        Created(ctx.vault_dir, str(recovery), st.keyring_protected, st.keyring_backend),
        [str(recovery)],
        [f"Vault created at {ctx.vault_dir}", protection,
         "The recovery code above is shown only this once. Write it on paper and keep it "
         "apart from this computer: with it, the vault can be opened on another computer "
         "if you forget your passphrase."],
    )


@command("status", "keyring protection, key derivation, schema version")
def status(ctx: Context) -> Reply:
    st = vaults.status(ctx.vault)
    if st.keyring_protected:
        keyring = f"protects this vault ({st.keyring_backend})"
    elif st.keyring_available:
        keyring = f"available ({st.keyring_backend}) but not used by this vault"
    else:
        keyring = "none; the vault is protected by the passphrase alone"
    return Reply(st, [
        f"Vault:     {st.path}",
        f"Role:      {st.role}",
        f"Keyring:   {keyring}",
        f"Passphrase key derivation: {vaults.kdf_description(st.passphrase_params)}",
        f"Recovery key derivation:   {vaults.kdf_description(st.recovery_params)}",
        f"Schema:    version {st.schema_version} (latest {st.schema_head})",
    ])


def _problems(label: str, problems: list[str], fine: str) -> list[str]:
    if not problems:
        return [f"{label} {fine}"]
    return [f"{label} {len(problems)} problem(s)", *(f"  - {p}" for p in problems[:20])]


@command(
    "check", "verify the integrity of every part of the vault", writes=True,
    params=(param("--deep", action="store_true",
                  help="also decrypt and hash every attachment"),),
)
def check(ctx: Context, deep: bool) -> Reply:
    # writes: unfinished temporary files and orphaned attachment files are removed.
    report = vaults.check(ctx.vault, deep=deep)
    lines = [f"Key file:  {'ok' if report.keyslots_ok else 'DAMAGED or changed on disk'}"]
    lines += _problems("Database: ", report.database_problems,
                       "ok (encryption and structure verified)")
    lines += _problems("Files:    ", report.attachment_problems,
                       "ok (every byte verified)" if deep else "ok")
    lines.append(f"Audit log: ok ({report.audit_entries} entries)" if report.audit_ok
                 else f"Audit log: BROKEN at entry {report.audit_first_broken}")
    schema_ok = report.schema_version == report.schema_head
    lines.append(f"Schema:    {'ok' if schema_ok else 'not up to date'} "
                 f"({report.schema_version})")
    if report.stale_temp_files:
        lines.append(f"Cleaned:   {report.stale_temp_files} unfinished temporary file(s)")
    lines.append("Verdict:   the vault is healthy" if report.ok
                 else "Verdict:   PROBLEMS FOUND")
    return Reply(report, lines, status=ExitCode.OK if report.ok else ExitCode.CHECK_FAILED)


@command(
    "backup", "write a consistent, encrypted copy of the vault while it is in use",
    writes=True,
    params=(param("--out", metavar="DIR", required=True,
                  help="a new or empty folder, best on a drive kept apart from this computer"),),
)
def backup(ctx: Context, out: str) -> Reply:
    progress = TerminalProgress("Backing up")
    try:
        result = backup_service.backup_vault(ctx.vault, Path(out), progress=progress)
    finally:
        progress.finish()
    return Reply(result, [str(result.path)], [
        f"Backed up {result.cases} case(s) and {result.attachments} file(s), "
        f"{human_size(result.bytes_written)}, encrypted as in the vault. On any computer it "
        f"opens with the recovery code ('guvoh --vault {result.path} recover'), on this one "
        "also with today's passphrase. Keep the drive apart from this computer."])


@command("compact", "rebuild the database without its free pages, so the file shrinks",
         writes=True)
def compact(ctx: Context) -> Reply:
    ctx.progress("Compacting the vault...")
    result = compaction.compact(ctx.vault)
    return Reply(result, [
        f"Compacted: {human_size(result.bytes_before)} -> {human_size(result.bytes_after)} "
        f"({result.free_pages_before} free page(s) removed)."],
        ["Deleted and purged cases were already overwritten; compacting also drops the "
         "emptied pages, so the file's size no longer shows how much it once held."])


# A new passphrase gets a fresh salt, and the duress slot is wrapped under a key derived
# with the old one: without the duress passphrase it cannot be carried over (storage/duress.py).
DURESS_ENDED = ("Your duress passphrase no longer opens the decoy: set it again with "
                "'guvoh duress set'.")


@command("passwd", "change the passphrase", writes=True,
         secrets=("passphrase", "new_passphrase"))
def passwd(ctx: Context) -> Reply:
    vault = ctx.vault
    new = ctx.secret("new_passphrase", "New passphrase: ", confirm="Repeat the new passphrase: ")
    had_duress = duress_service.status(vault).active
    ctx.progress("Setting the new passphrase...")
    vaults.change_passphrase(vault, new)
    notes = ["The passphrase was changed. The old one no longer opens the vault."]
    if had_duress:
        notes.append(DURESS_ENDED)
    if not vaults.status(vault).keyring_protected:  # no device secret to replace
        notes.append("Without a keyring, an old copy of the vault's key file still opens "
                     "with the old passphrase: run 'guvoh rekey' so that it opens nothing "
                     "written from now on.")
    return Reply(VaultOpened(ctx.vault_dir), notes=notes)


@command("recover", "open with the recovery code and set a new passphrase", vault=False,
         writes=True, secrets=("recovery_code", "new_passphrase"))
def recover(ctx: Context) -> Reply:
    code = ctx.secret("recovery_code", "Recovery code: ")
    new = ctx.secret("new_passphrase", "New passphrase: ", confirm="Repeat the new passphrase: ")
    ctx.progress("Opening the vault with the recovery code...")
    with vaults.recover(ctx.vault_dir, code, new) as vault:
        state = duress_service.status(vault)
    notes = ["The vault is open again with your new passphrase. The forgotten passphrase no "
             "longer works; the recovery code still does, so keep it safe."]
    if state.decoy_exists and not state.active:
        notes.append(DURESS_ENDED)
    return Reply(VaultOpened(ctx.vault_dir), notes=notes)


@dataclass(frozen=True, slots=True)
class Rekeyed:
    """rekey: the vault's new data key is in force; the new recovery code, shown once."""

    vault: Path
    recovery_code: str


@command("rekey", "replace the data key and the recovery code (old key files stop working)",
         vault=False, writes=True, secrets=("passphrase",), params=("yes",))
def rekey(ctx: Context, yes: bool) -> Reply:
    passphrase = ctx.secret("passphrase", "Passphrase: ")
    if not ctx.confirm(
        "This re-encrypts the vault under a new key and replaces the recovery code: the "
        "code you wrote down stops working and a new one is shown once. Go on?", yes=yes,
    ):
        return Reply(notes=["Nothing was changed."], status=ExitCode.FAILURE)
    ctx.progress("Unlocking...")
    with vaults.unlock(ctx.vault_dir, passphrase) as vault:
        had_duress = duress_service.status(vault).active
        code = vaults.rekey(vault, passphrase, progress=lambda done, total: ctx.progress(
            f"Replacing the data key: step {done} of {total}..."))
    notes = [
        "The vault is now encrypted under a new key. Old copies of its key file open "
        "nothing written from now on, and the old recovery code no longer works.",
        "The new recovery code above is shown only this once. Write it on paper, keep it "
        "apart from this computer, and destroy the old one."]
    if had_duress:
        notes.append(DURESS_ENDED)
    return Reply(Rekeyed(ctx.vault_dir, str(code)), [str(code)], notes)


group("audit", "the tamper-evident audit log")


@command("audit verify", "recompute the hash chain of the audit log")
def audit_verify(ctx: Context) -> Reply:
    verdict = vaults.verify_audit(ctx.vault)
    if verdict.ok:
        line = f"Audit log: {verdict.entries} entries, chain intact."
    else:
        line = (f"Audit log: BROKEN at entry {verdict.first_broken} ({verdict.reason}); "
                "the log was edited at or before that entry.")
    return Reply(verdict, [line], status=ExitCode.OK if verdict.ok else ExitCode.CHECK_FAILED)
