"""Regression tests for what the fuzzing work (issue 7, fuzz/) found. Each input is written
out in full so the test stands alone; a finding not yet fixed in crypto/ is a strict xfail
that says why, so the fix turns it into a failure to remove the mark.

`make fuzz` (atheris, fuzz/__main__.py) and tests/unit/test_fuzz_targets.py (Hypothesis)
found no crash, hang or memory growth in the age reader, the bundle reader or the card
parser. Reviewing what the targets may accept found one weakness, fixed in
crypto/identity.py: Ed25519 public keys of small order (and non-canonical encodings) were
accepted, and signatures under them verify for any message. They are refused now.
"""

from __future__ import annotations

import pytest

from crypto import sshsig
from crypto.errors import CardError, InvalidPublicKey, SshSigError, WeakPublicKey
from crypto.identity import PublicKey
from crypto.orgcard import CARD_NAMESPACE, _body, parse_card
from fuzz import targets

#: The Ed25519 identity point: a "public key" of order 1 that no one holds a secret for.
IDENTITY_POINT_RAW = bytes([1]) + bytes(31)
#: A signature (R = identity, S = 0) that verifies under that key for every message.
UNIVERSAL_SIGNATURE = bytes([1]) + bytes(63)


def _ssh_string(data: bytes) -> bytes:
    return len(data).to_bytes(4, "big") + data


def _key_line(raw: bytes) -> str:
    import base64

    blob = _ssh_string(b"ssh-ed25519") + _ssh_string(raw)
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


def _armored_signature(raw_key: bytes, namespace: str) -> bytes:
    """An SSHSIG blob written out by hand, since PublicKey refuses to hold such a key."""
    import base64

    blob = (
        b"SSHSIG" + (1).to_bytes(4, "big")
        + _ssh_string(_ssh_string(b"ssh-ed25519") + _ssh_string(raw_key))
        + _ssh_string(namespace.encode()) + _ssh_string(b"") + _ssh_string(b"sha512")
        + _ssh_string(_ssh_string(b"ssh-ed25519") + _ssh_string(UNIVERSAL_SIGNATURE))
    )
    text = base64.b64encode(blob).decode()
    lines = [text[i : i + 70] for i in range(0, len(text), 70)]
    return ("-----BEGIN SSH SIGNATURE-----\n" + "\n".join(lines)
            + "\n-----END SSH SIGNATURE-----\n").encode()


def forged_card(name: str = "Not a real organisation") -> bytes:
    """A card whose Signing-Key is the identity point, "signed" without any secret."""
    body = _body(name, targets.ORG.recipient.to_string(), _key_line(IDENTITY_POINT_RAW),
                 "2026-01-01T00:00:00Z")
    return body + _armored_signature(IDENTITY_POINT_RAW, CARD_NAMESPACE)


@pytest.mark.parametrize("raw", [
    IDENTITY_POINT_RAW,
    bytes(32),
    bytes.fromhex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85"),
    bytes.fromhex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"),
    bytes.fromhex("f0ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
])
def test_small_order_and_non_canonical_keys_are_refused(raw: bytes) -> None:
    with pytest.raises(WeakPublicKey):
        PublicKey(raw)
    with pytest.raises(InvalidPublicKey):
        PublicKey.from_openssh_line(_key_line(raw))


@pytest.mark.parametrize("name", ["Not a real organisation", "Центр «Подделка»"])
def test_card_signed_under_a_small_order_key_is_refused(name: str) -> None:
    data = forged_card(name)
    with pytest.raises(CardError):
        parse_card(data)
    targets.fuzz_orgcard(data)  # a typed refusal: the fuzz target finds nothing to flag


def test_sshsig_refuses_a_signature_under_a_small_order_key() -> None:
    namespace = "guvoh-bundle-v1"
    armored = _armored_signature(IDENTITY_POINT_RAW, namespace)
    with pytest.raises(SshSigError):
        sshsig.verify(armored, b"any tag manifest at all\n", namespace,
                      targets.RESEARCHER.public_key())


def test_small_order_check_of_the_harness() -> None:
    """The harness' own small-order test agrees: real keys are not of small order."""
    assert not targets.small_order(targets.RESEARCHER.public_key())
    assert not targets.small_order(targets.ORG_SIGNER.public_key())
