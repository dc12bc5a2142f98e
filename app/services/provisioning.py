"""Provisioning files (DESIGN.md section 11, docs/provisioning.md, the normative text): an
organisation hands its people one public build and this small signed text file, holding its
card and the defaults it wants for them. At first run (or with `guvoh provision apply`) the
file is verified, its safety code compared by the person, and only then the organisation is
trusted and the defaults set.

The file is the organisation card's own scheme once more: UTF-8 lines, then an SSHSIG
(Ed25519, sha512) by the card's signing key, namespace "guvoh-provisioning-v1", over every
byte before it. Parsing is strict and bounded: canonical order, each line at most once,
unknown lines refused, every value checked; one error, ProvisionRefused(reason), for all.
"""

from __future__ import annotations

import base64
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Final

from app.services import disguise, organisations
from app.services import settings as prefs
from app.services.errors import ProvisionRefused
from app.services.identity import require_coordinator
from crypto import sshsig
from crypto.errors import CardMalformed, CardSignatureInvalid, SshSigError
from crypto.identity import SigningKey, normalize_safety_code
from crypto.orgcard import CARD_HEADER, OrganisationCard, parse_card
from storage import fsio, keys
from storage.errors import OutputExists
from storage.keys import Organisation
from storage.timeutil import now_utc
from storage.vault import Vault

HEADER: Final = "guvoh-provisioning/1"
NAMESPACE: Final = "guvoh-provisioning-v1"
FILE_NAME: Final = "guvoh-provisioning.txt"  # looked for next to the program at first run
MAX_BYTES: Final = 16 * 1024  # a card is under 2 KiB; the rest is a few short lines
# The interface languages (app/ui/common/i18n.LANGUAGES; a test keeps the two the same).
LANGUAGES: Final = ("en", "ru", "uz-Latn", "uz-Cyrl", "tg", "kk", "ky", "tk")
NO_DISGUISE: Final = "off"
# The lines before the card, in this order; all but Created may be left out.
FIELDS: Final = ("Created", "Language", "Delete-On-Receipt", "Disguise", "Idle-Lock-Minutes")
_BEGIN: Final = "\n" + sshsig.BEGIN.decode("ascii") + "\n"
_END: Final = sshsig.END.decode("ascii") + "\n"
_CREATED_RE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
_MINUTES_RE: Final = re.compile(r"[1-9][0-9]{0,2}")


@dataclass(frozen=True, slots=True)
class Defaults:
    """What the organisation wants for its people; None: left to the person."""

    language: str | None = None  # one of LANGUAGES
    delete_on_receipt: bool | None = None
    disguise: str | None = None  # a preset of app/services/disguise.py, or "off"
    idle_lock_minutes: int | None = None  # settings.MIN/MAX_AUTO_LOCK_MINUTES

    def checked(self) -> Defaults:
        """These defaults, or ProvisionRefused("bad_value", line name)."""
        if self.language is not None and self.language not in LANGUAGES:
            raise ProvisionRefused("bad_value", "Language")
        if self.disguise is not None and self.disguise not in (NO_DISGUISE, *disguise.PRESETS):
            raise ProvisionRefused("bad_value", "Disguise")
        minutes = self.idle_lock_minutes
        if minutes is not None and not (
            isinstance(minutes, int) and not isinstance(minutes, bool)
            and prefs.MIN_AUTO_LOCK_MINUTES <= minutes <= prefs.MAX_AUTO_LOCK_MINUTES
        ):
            raise ProvisionRefused("bad_value", "Idle-Lock-Minutes")
        if self.delete_on_receipt is not None and not isinstance(self.delete_on_receipt, bool):
            raise ProvisionRefused("bad_value", "Delete-On-Receipt")
        return self


@dataclass(frozen=True, slots=True)
class Provisioning:
    """A verified file: the card is whole and the file is signed by the card's key. Trust
    it only after its safety code was compared with the organisation's."""

    card: OrganisationCard
    card_bytes: bytes
    defaults: Defaults
    created: str

    @property
    def organisation(self) -> str:
        return self.card.name

    @property
    def safety_code(self) -> str:
        return self.card.safety_code()

    @property
    def fingerprint(self) -> str:
        return self.card.fingerprint()


# -- the format ----------------------------------------------------------------------------


def _lines(defaults: Defaults, created: str) -> list[str]:
    values = {
        "Created": created,
        "Language": defaults.language,
        "Delete-On-Receipt": None if defaults.delete_on_receipt is None
        else ("yes" if defaults.delete_on_receipt else "no"),
        "Disguise": defaults.disguise,
        "Idle-Lock-Minutes": None if defaults.idle_lock_minutes is None
        else str(defaults.idle_lock_minutes),
    }
    return [f"{name}: {value}" for name, value in values.items() if value is not None]


def make(card_bytes: bytes, signing_key: SigningKey, defaults: Defaults, created: str) -> bytes:
    """The file's bytes: HEADER, the lines, the card, then the signature by `signing_key`
    (the card's own)."""
    card = parse_card(card_bytes)
    if signing_key.public_key() != card.signing_key:
        raise ProvisionRefused("foreign")
    if _CREATED_RE.fullmatch(created) is None:
        raise ProvisionRefused("bad_value", "Created")
    text = "".join(line + "\n" for line in [HEADER, *_lines(defaults.checked(), created)])
    body = text.encode("utf-8") + bytes(card_bytes)
    return body + sshsig.sign(body, signing_key, NAMESPACE, "sha512")


def _value(name: str, value: str, defaults: Defaults) -> Defaults:
    if name == "Language":
        return replace(defaults, language=value)
    if name == "Delete-On-Receipt":
        if value not in ("yes", "no"):
            raise ProvisionRefused("bad_value", name)
        return replace(defaults, delete_on_receipt=value == "yes")
    if name == "Disguise":
        return replace(defaults, disguise=value)
    if _MINUTES_RE.fullmatch(value) is None:  # Idle-Lock-Minutes
        raise ProvisionRefused("bad_value", name)
    return replace(defaults, idle_lock_minutes=int(value))


def _canonical_armor(armored: str) -> bool:
    """Whether the signature is armored exactly as ssh-keygen (and `make`) writes it, so no
    other spelling of the same signature (line breaks, base64's unused bits) is accepted."""
    lines = armored.split("\n")
    try:
        blob = base64.b64decode("".join(lines[1:-2]), validate=True)
    except ValueError:
        return False
    b64 = base64.b64encode(blob).decode("ascii")
    width = sshsig.ARMOR_COLUMNS
    wrapped = [b64[i : i + width] for i in range(0, len(b64), width)]
    return armored == "\n".join([lines[0], *wrapped, lines[-2], ""])


def parse(data: bytes) -> Provisioning:
    """Parse and verify a provisioning file (ProvisionRefused with the reason otherwise)."""
    if len(data) > MAX_BYTES:
        raise ProvisionRefused("too_large")
    try:
        text = bytes(data).decode("utf-8")
    except UnicodeDecodeError:
        raise ProvisionRefused("malformed") from None
    if "\r" in text or not text.startswith(HEADER + "\n"):
        raise ProvisionRefused("malformed")
    blocks = text.count(_BEGIN)
    if blocks == 1 and text.endswith(_END):  # the card's own signature and no other
        raise ProvisionRefused("unsigned")
    if blocks != 2 or not text.endswith(_END):
        raise ProvisionRefused("malformed")  # cut short, or more than a file
    split = text.rindex(_BEGIN) + 1
    body, armored = text[:split], text[split:]
    head, card_at, _ = body.partition("\n" + CARD_HEADER + "\n")
    if not card_at:
        raise ProvisionRefused("malformed")
    defaults, created, last = Defaults(), "", -1
    for line in head.split("\n")[1:]:
        name, colon, value = line.partition(": ")
        if not colon:
            raise ProvisionRefused("malformed")
        if name not in FIELDS:
            raise ProvisionRefused("unknown_field", name[:40])
        if FIELDS.index(name) <= last:
            raise ProvisionRefused("malformed")  # out of order, or twice
        last = FIELDS.index(name)
        if name == "Created":
            if _CREATED_RE.fullmatch(value) is None:
                raise ProvisionRefused("bad_value", name)
            created = value
        else:
            defaults = _value(name, value, defaults)
    if not created:
        raise ProvisionRefused("malformed")
    defaults.checked()
    card_bytes = body[len(head) + 1:].encode("utf-8")
    try:
        card = parse_card(card_bytes)
    except CardSignatureInvalid:
        raise ProvisionRefused("tampered") from None
    except CardMalformed:
        raise ProvisionRefused("malformed") from None
    try:
        signer = sshsig.parse_signature(armored)
    except SshSigError:
        raise ProvisionRefused("malformed") from None
    if not _canonical_armor(armored):
        raise ProvisionRefused("malformed")
    if signer.public_key != card.signing_key:
        raise ProvisionRefused("foreign")
    try:
        sshsig.verify(armored, body.encode("utf-8"), NAMESPACE, card.signing_key)
    except SshSigError:
        raise ProvisionRefused("tampered") from None
    return Provisioning(card, card_bytes, defaults, created)


def read(path: Path) -> Provisioning:
    """The file at `path`, read (at most MAX_BYTES + 1 bytes) and verified."""
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError:
        raise ProvisionRefused("unreadable") from None
    return parse(data)


# -- on the coordinator's desk -------------------------------------------------------------


def create(vault: Vault, out: Path, defaults: Defaults) -> Provisioning:
    """Write a provisioning file for this coordinator vault's organisation (NotACoordinator,
    NoOrganisation otherwise), privately and atomically; an existing file is never replaced."""
    require_coordinator(vault)
    org = organisations.require_own_organisation(vault)
    if out.exists():
        raise OutputExists(out)
    data = make(org.card, keys.identity(vault.conn).signing_key, defaults, now_utc())
    provisioning = parse(data)
    fsio.write_atomic(out, data, replace=False)
    return provisioning


# -- on the person's computer --------------------------------------------------------------


def program_folder() -> Path | None:
    """The folder of the frozen program (PyInstaller's executable), where an organisation
    may put its file next to it; None when run from source."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def find_next_to_program() -> Path | None:
    """FILE_NAME in the program's folder, if there is one."""
    folder = program_folder()
    if folder is None:
        return None
    candidate = folder / FILE_NAME
    return candidate if candidate.is_file() else None


def receipt_grace(defaults: Defaults) -> int | None:
    """Delete on receipt as the vault keeps it: at once (0) or never (None)."""
    return 0 if defaults.delete_on_receipt else None


def apply_to_vault(vault: Vault, provisioning: Provisioning, *,
                   replace_card: bool = False) -> Organisation:
    """Trust the organisation (its safety code was compared) and set delete on receipt.
    A newer card of an organisation already trusted: OrganisationCardChanged unless
    `replace_card`."""
    org = organisations.trust_organisation(
        vault, provisioning.card, provisioning.card_bytes, replace=replace_card)
    if provisioning.defaults.delete_on_receipt is not None:
        prefs.set_receipt_grace(vault, receipt_grace(provisioning.defaults))
    return org


def applied_preferences(current: prefs.Settings, defaults: Defaults) -> prefs.Settings:
    """`current` with the language and idle lock of `defaults` (the disguise is switched
    on its own: app/services/disguise.switch)."""
    if defaults.language is not None:
        current = current.with_language(defaults.language)
    if defaults.idle_lock_minutes is not None:
        current = current.with_auto_lock(defaults.idle_lock_minutes)
    return current


def disguise_key(defaults: Defaults) -> str | None:
    """The disguise to switch to (None: the real name), as disguise.switch takes it."""
    return None if defaults.disguise in (None, NO_DISGUISE) else defaults.disguise


def code_matches(provisioning: Provisioning, typed: str) -> bool:
    """Whether `typed` (spaces, dashes, any script's digits) is the file's safety code;
    InvalidSafetyCode when it is not a safety code at all."""
    return normalize_safety_code(typed) == provisioning.safety_code
