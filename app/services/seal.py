"""Sealed for travel (DESIGN.md 2b): seal before a crossing, release at the organisation,
unseal after. What it defeats: the person at the desk and the lab (a disk image with the
passphrase opens nothing). What it does not: a copy of the disk made before sealing, and a
vault whose person is held until the organisation releases it (docs/security.md).

- `seal`, on the researcher's vault: writes the travel request (to the organisation) and
  seals the vault, which is locked afterwards.
- `release`, on the coordinator's vault: checks the request's signature against the
  researchers it knows and writes the release token, after a check-in by voice.
- `unseal`, on the researcher's computer: the token opens the vault again as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.services.errors import UnknownSigner
from app.services.organisations import require_own_organisation
from crypto import seal as sealfmt
from crypto.errors import SignerNotAllowed
from storage import audit, db, fsio, keys
from storage import seal as sealstore
from storage.devicekeyring import DeviceKeyring
from storage.errors import OutputExists
from storage.seal import NotSealed as NotSealed
from storage.seal import SealDamaged as SealDamaged
from storage.seal import StepHook
from storage.seal import VaultSealed as VaultSealed
from storage.timeutil import now_utc
from storage.vault import Vault

MAX_TOKEN_FILE = sealfmt.MAX_TOKEN_TEXT


@dataclass(frozen=True, slots=True)
class Sealed:
    request: Path
    organisation: str
    seal_id: str


@dataclass(frozen=True, slots=True)
class Released:
    token: Path
    researcher: str
    fingerprint: str
    safety_code: str  # to read aloud at the check-in by voice
    seal_id: str
    token_bytes: int


def is_sealed(path: Path) -> bool:
    """True if the vault at `path` looks sealed (its seal file is there); the passphrase
    says for sure (unlock raises VaultSealed)."""
    return sealstore.has_seal_file(path)


def seal(
    vault: Vault, passphrase: str, organisation: str, out: Path,
    on_step: StepHook | None = None,
) -> Sealed:
    """Seal `vault` for travel to `organisation` (name, fingerprint or age recipient of a
    trusted organisation) and write the travel request to `out` (never overwritten). The
    vault is locked afterwards. Raises OrganisationNotFound, OutputExists, WrongPassphrase."""
    if out.exists():
        raise OutputExists(out)
    org = keys.find_organisation(vault.conn, organisation)
    own = keys.identity(vault.conn)

    def write_request(half: sealstore.TravelHalf) -> None:
        request = sealfmt.TravelRequest(
            half.vault_id, half.seal_id, half.key_half, half.return_recipient,
            own.public_key, org.signing_key.fingerprint(), now_utc(),
        )
        data = sealfmt.make_request(request, own.signing_key, org.recipient)
        fsio.write_atomic(out, data, replace=False)

    fsio.set_private_umask()
    seal_id = sealstore.seal(vault, passphrase, org.signing_key, write_request, on_step)
    return Sealed(out, org.name, seal_id.hex())


@dataclass(frozen=True, slots=True)
class RequestCheck:
    """A travel request that a researcher this vault knows signed, for this organisation."""

    request: sealfmt.TravelRequest
    researcher: str
    fingerprint: str
    safety_code: str  # to compare by voice at the check-in
    created: str


def check_request(vault: Vault, request_path: Path) -> RequestCheck:
    """On the organisation's vault: read a travel request and check that a researcher this
    vault knows signed it, for this organisation. Raises UnknownSigner, RequestMalformed,
    the age errors (not for us, damaged)."""
    org = require_own_organisation(vault)
    own = keys.identity(vault.conn)
    try:
        with request_path.open("rb") as fh:
            data = fh.read(sealfmt.MAX_REQUEST_BYTES + 1)
    except OSError:  # missing, a folder, unreadable: one typed error
        raise sealfmt.RequestMalformed("unreadable") from None
    request, body, signature = sealfmt.read_request(data, own.age_identity)
    if request.organisation_fingerprint != org.signing_key.fingerprint():
        raise sealfmt.RequestMalformed("not_for_us")
    now = now_utc()
    known = [s for s in keys.signers(vault.conn) if s.valid_at(now)]
    try:
        sealfmt.verify_request(request, body, signature, [s.public_key for s in known])
    except SignerNotAllowed:
        raise UnknownSigner(request.researcher_key) from None
    signer = next(s for s in known if s.public_key == request.researcher_key)
    return RequestCheck(request, signer.name, signer.fingerprint,
                        request.researcher_key.safety_code(), request.created)


def release(vault: Vault, request_path: Path, out: Path) -> Released:
    """Check the travel request (check_request) and write the release token to `out`
    (never overwritten)."""
    if out.exists():
        raise OutputExists(out)
    checked = check_request(vault, request_path)
    own = keys.identity(vault.conn)
    token = sealfmt.make_token(checked.request, own.signing_key).encode("ascii")
    fsio.write_atomic(out, token, replace=False)
    with db.transaction(vault.conn):
        audit.append(vault.conn, "seal_released", checked.request.seal_id.hex())
    return Released(out, checked.researcher, checked.fingerprint, checked.safety_code,
                    checked.request.seal_id.hex(), len(token))


def read_token(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_TOKEN_FILE + 1)
    except OSError:  # missing, a folder, unreadable: one typed error
        raise sealfmt.TokenMalformed("unreadable") from None
    if len(data) > MAX_TOKEN_FILE:
        raise sealfmt.TokenMalformed("too_long")
    return data


def unseal(
    path: Path, passphrase: str, token: str | bytes, on_step: StepHook | None = None
) -> str:
    """Open the seal with the organisation's release token (its text); returns the seal id.
    The vault then opens with its passphrase and recovery code as before."""
    fsio.set_private_umask()
    return sealstore.unseal(path, passphrase, token, DeviceKeyring.detect(), on_step).hex()
