"""crypto/seal.py and the sealed key slot (docs/seal.md): the split, the seal file, the
travel request and the release token."""

from __future__ import annotations

import base64
import os
import uuid

import pytest

from crypto import seal as sealfmt
from crypto.age import X25519Identity
from crypto.errors import NoSlotOpened, SignerNotAllowed
from crypto.identity import SigningKey
from crypto.kdf import FLOOR
from crypto.keyslots import KeySlots, RecoveryCode, SecretClass, create_indexed, derive_kek
from crypto.keyslots import normalize_passphrase as norm

PASSPHRASE = "mountain river lantern copper"


def _request(researcher: SigningKey, org: SigningKey, t: X25519Identity,
             vault_id: bytes | None = None) -> sealfmt.TravelRequest:
    return sealfmt.TravelRequest(
        vault_id or uuid.uuid4().bytes, sealfmt.new_seal_id(), os.urandom(32), t.recipient,
        researcher.public_key(), org.public_key().fingerprint(), "2026-12-05T08:00:00Z")


def _state(req: sealfmt.TravelRequest, t: X25519Identity, org: SigningKey) -> sealfmt.SealState:
    return sealfmt.SealState(req.seal_id, req.vault_id, t, org.public_key(), b"")


def test_split_joins_back() -> None:
    dek = os.urandom(32)
    k1, k2 = sealfmt.split(dek)
    assert bytes(k1) != dek
    assert bytes(k2) != dek
    assert bytes(sealfmt.xor(k1, k2)) == dek


def test_sealed_slot_opens_nothing_but_k1() -> None:
    dek, code = os.urandom(32), RecoveryCode.generate()
    slots, pw_index, _ = create_indexed(dek, PASSPHRASE, code, FLOOR)
    kek = derive_kek(slots.passphrase_header, norm(PASSPHRASE), None)
    k1, _ = sealfmt.split(dek)
    sealed = KeySlots.from_bytes(slots.sealed(pw_index, kek, k1).to_bytes())
    with pytest.raises(sealfmt.SlotSealed):
        sealed.open_with_passphrase(PASSPHRASE)
    with pytest.raises(NoSlotOpened):
        sealed.open_with_recovery(code)
    got, index = sealed.open_sealed_with_kek(kek)
    assert (bytes(got), index) == (bytes(k1), pw_index)
    with pytest.raises(NoSlotOpened):  # a normal file has no sealed slot
        slots.open_sealed_with_kek(kek)
    rc_kek = derive_kek(slots.recovery_header, code.entropy, None)
    with pytest.raises(NoSlotOpened):
        sealed.open_with_kek(SecretClass.RECOVERY, rc_kek)


def test_seal_file_needs_k1_and_restores_slots() -> None:
    dek = os.urandom(32)
    k1, _ = sealfmt.split(dek)
    t, org = X25519Identity.generate(), SigningKey.generate()
    original = os.urandom(876)
    data = sealfmt.make_seal_file(k1, dek, b"s" * 16, b"v" * 16, t, org.public_key(), original)
    state = sealfmt.open_seal_file(data, k1)
    assert state.organisation_key == org.public_key()
    assert state.return_identity.private_bytes() == t.private_bytes()
    assert state.restore_slots(dek) == original
    with pytest.raises(sealfmt.SealFileCorrupt):
        state.restore_slots(os.urandom(32))
    with pytest.raises(sealfmt.SealFileCorrupt):
        sealfmt.open_seal_file(data, os.urandom(32))
    tampered = bytearray(data)
    tampered[9] ^= 1
    with pytest.raises(sealfmt.SealFileCorrupt):
        sealfmt.open_seal_file(bytes(tampered), k1)


def test_request_round_trip_and_unknown_sender() -> None:
    researcher, org, t = SigningKey.generate(), SigningKey.generate(), X25519Identity.generate()
    org_age = X25519Identity.generate()
    req = _request(researcher, org, t)
    data = sealfmt.make_request(req, researcher, org_age.recipient)
    assert req.key_half not in data
    got, body, sig = sealfmt.read_request(data, org_age)
    assert got == req
    assert sealfmt.verify_request(got, body, sig, [researcher.public_key()])
    with pytest.raises(SignerNotAllowed):
        sealfmt.verify_request(got, body, sig, [SigningKey.generate().public_key()])


def test_token_small_bound_and_signed() -> None:
    researcher, org, t = SigningKey.generate(), SigningKey.generate(), X25519Identity.generate()
    req = _request(researcher, org, t)
    text = sealfmt.make_token(req, org)
    assert len(text.encode()) < 1024
    state = _state(req, t, org)
    assert bytes(sealfmt.open_token(sealfmt.parse_token(text), state)) == req.key_half

    forged = sealfmt.make_token(req, SigningKey.generate())  # another signer
    with pytest.raises(sealfmt.TokenNotFromOrganisation):
        sealfmt.open_token(sealfmt.parse_token(forged), state)

    other_vault = _request(researcher, org, t)
    with pytest.raises(sealfmt.TokenWrongVault):
        sealfmt.open_token(sealfmt.parse_token(sealfmt.make_token(other_vault, org)), state)

    earlier = _request(researcher, org, X25519Identity.generate(), vault_id=req.vault_id)
    with pytest.raises(sealfmt.TokenWrongSeal):
        sealfmt.open_token(sealfmt.parse_token(sealfmt.make_token(earlier, org)), state)

    lines = text.strip().splitlines()
    raw = bytearray(base64.b64decode("".join(lines[1:-1])))
    raw[10] ^= 1  # the vault id, under the signature
    b64 = base64.b64encode(bytes(raw)).decode()
    edited = "\n".join([lines[0], b64, lines[-1]])
    with pytest.raises(sealfmt.TokenNotFromOrganisation):
        sealfmt.open_token(sealfmt.parse_token(edited), state)


@pytest.mark.parametrize("text", ["", "hello", sealfmt.TOKEN_BEGIN + "\n!!\n" + sealfmt.TOKEN_END,
                                  sealfmt.TOKEN_BEGIN + "\nR1JUMQ==\n" + sealfmt.TOKEN_END,
                                  "x" * 5000])
def test_malformed_token(text: str) -> None:
    with pytest.raises(sealfmt.TokenMalformed):
        sealfmt.parse_token(text)
