"""Keys and trust: identity, organisations (org ...), pinned researchers (signer ...)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app.cli.context import CliError, Context
from app.cli.output import Reply, Written
from app.cli.table import command, group, param
from app.messages import ExitCode
from app.services import identity as identity_service
from app.services import organisations as organisation_service
from app.services import signers as signer_service


@dataclass(frozen=True, slots=True)
class CardWritten:
    file: Path
    name: str
    fingerprint: str
    safety_code: str


@command("identity", "your public key line, fingerprint and safety code")
def identity(ctx: Context) -> Reply:
    me = identity_service.public_identity(ctx.vault)
    return Reply(me, [me.public_key, f"Fingerprint:  {me.fingerprint}",
                      f"Safety code:  {me.safety_code}", f"Receipts to:  {me.age_recipient}"])


group("org", "organisations: create (coordinator), trust (researcher)")
CARD_OUT = param("--out", metavar="CARD", required=True, help="where to write the card")


@command("org create", "make this coordinator vault an organisation and write its card",
         writes=True, params=(param("--name", required=True, help="the organisation's name"),
                              CARD_OUT))
def org_create(ctx: Context, name: str, out: str) -> Reply:
    card = organisation_service.create_organisation(ctx.vault, name, Path(out))
    return Reply(
        CardWritten(Path(out), card.name, card.fingerprint(), card.safety_code()),
        [f"Organisation card written to {out}", f"Safety code:  {card.safety_code()}"],
        ["Give the card to your researchers; they should compare this safety code with you "
         "by phone or in person before trusting it."],
    )


@command("org card", "write the organisation card again", writes=True, params=(CARD_OUT,))
def org_card(ctx: Context, out: str) -> Reply:
    org = organisation_service.export_card(ctx.vault, Path(out))
    return Reply(Written(Path(out)), [f"Organisation card of {org.name} written to {out}"])


@command("org export-key", "write the organisation's age identity file (keep it offline)",
         writes=True, params=("out", "yes"))
def org_export_key(ctx: Context, out: str, yes: bool) -> Reply:
    vault = ctx.vault
    if not ctx.confirm(
        "The organisation key opens EVERY bundle sent to your organisation. Keep the file "
        "offline (an encrypted USB stick in a safe), never on a networked computer. "
        "Write it now?", yes=yes,
    ):
        return Reply(notes=["Nothing was written."], status=ExitCode.FAILURE)
    organisation_service.export_org_key(vault, Path(out))
    return Reply(Written(Path(out)), notes=[
        f"Organisation key written to {out}. Anyone holding it can read every bundle: keep "
        "it offline."])


@command("org trust", "trust an organisation card after comparing its safety code",
         writes=True, params=(param("card", metavar="CARD", help="the card file"), "yes"))
def org_trust(ctx: Context, card: str, yes: bool) -> Reply:
    parsed, data = organisation_service.read_card(Path(card))  # a bad card: before the passphrase
    ctx.show([f"Organisation: {parsed.name}", f"Safety code:  {parsed.safety_code()}"])
    vault = ctx.vault
    change = organisation_service.card_change(vault, parsed)
    question = ("Compare this safety code with the organisation by phone or in person. Do "
                "the codes match?")
    if change is not None:
        ctx.show([
            f"This card REPLACES the card you trust for {change.name}:",
            f"  Safety code, old card:     {change.old_safety_code}",
            f"  Safety code, this card:    {change.new_safety_code}",
            f"  Encryption key, old card:  {change.old_recipient}",
            f"  Encryption key, this card: {change.new_recipient}",
        ])
        question = ("Compare the NEW safety code with the organisation by phone or in "
                    "person. Do the codes match, and should this card replace the old one?")
    if not ctx.confirm(question, yes=yes):
        return Reply(notes=["Not trusted. Nothing was changed."], status=ExitCode.FAILURE)
    org = organisation_service.trust_organisation(vault, parsed, data,
                                                  replace=change is not None)
    if change is not None:
        return Reply(org, notes=[f"The new card of {org.name} replaces the old one: bundles "
                                 "you export from now on go to its new key only."])
    return Reply(org, notes=[f"{org.name} is now trusted: you can export bundles to it."])


@command("org list", "trusted organisations")
def org_list(ctx: Context) -> Reply:
    orgs = organisation_service.organisations(ctx.vault)
    return Reply(orgs, [f"{o.name}  {o.fingerprint}{'  (this vault)' if o.own else ''}"
                        for o in orgs])


group("signer", "researchers whose bundles you accept (coordinator)")


def _utc_bound(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        day = dt.date.fromisoformat(text)
    except ValueError as err:
        raise CliError("dates are YYYY-MM-DD, not '%1'", text) from err
    return f"{day.isoformat()}T00:00:00Z"


@command(
    "signer trust", "pin a researcher's public key after comparing its safety code",
    writes=True,
    params=(
        param("public_key", metavar="PUBKEY_LINE", help="'ssh-ed25519 AAAA... name'"),
        param("--name", required=True, help="the name you give this researcher"),
        param("--valid-after", metavar="YYYY-MM-DD", help="accept bundles signed from then"),
        param("--valid-before", metavar="YYYY-MM-DD", help="accept bundles signed before"),
    ),
)
def signer_trust(ctx: Context, public_key: str, name: str, valid_after: str | None,
                 valid_before: str | None) -> Reply:
    after, before = _utc_bound(valid_after), _utc_bound(valid_before)
    signer = signer_service.trust_signer(ctx.vault, public_key, name, after, before)
    return Reply(signer, [f"Pinned {signer.name}: {signer.fingerprint}",
                          f"Safety code:  {signer.public_key.safety_code()}"])


@command("signer list", "pinned researchers")
def signer_list(ctx: Context) -> Reply:
    found = signer_service.signers(ctx.vault)
    lines = []
    for s in found:
        window = ""
        if s.valid_after or s.valid_before:
            window = f"  valid {s.valid_after or '...'} to {s.valid_before or '...'}"
        lines.append(f"{s.name}  {s.fingerprint}{window}")
    return Reply(found, lines)


@command("signer export-allowed-signers",
         "the pinned researchers as an OpenSSH allowed_signers file (ssh-keygen -Y verify)",
         writes=True, params=(param("file", metavar="FILE", help="the file to write"),))
def signer_export(ctx: Context, file: str) -> Reply:
    written = signer_service.write_allowed_signers(ctx.vault, Path(file))
    return Reply(Written(written), notes=[f"Wrote {written} (OpenSSH allowed_signers format)."])
