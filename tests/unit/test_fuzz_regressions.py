"""Regression tests for what the fuzzing work (issue 7, fuzz/) found. Each input is written
out in full so the test stands alone; a finding not yet fixed in crypto/ is a strict xfail
that says why, so the fix turns it into a failure to remove the mark.

`make fuzz` (atheris, fuzz/__main__.py) and tests/unit/test_fuzz_targets.py (Hypothesis)
found no crash, hang or memory growth in the age reader, the bundle reader or the card
parser. Reviewing what the targets may accept found one weakness, below.
"""

from __future__ import annotations

import pytest

from crypto import sshsig
from crypto.identity import PublicKey
from crypto.orgcard import CARD_NAMESPACE, CardError, _armor, _body, parse_card
from fuzz import targets

#: The Ed25519 identity point, a public key of order 1 that no one holds a secret for.
IDENTITY_POINT = PublicKey(bytes([1]) + bytes(31))
#: A signature (R = identity, S = 0) that verifies under that key for every message.
UNIVERSAL_SIGNATURE = bytes([1]) + bytes(63)


def forged_card(name: str = "Not a real organisation") -> bytes:
    """A card whose Signing-Key is the identity point, "signed" without any secret."""
    body = _body(
        name,
        targets.ORG.recipient.to_string(),
        IDENTITY_POINT.to_openssh_line(),
        "2026-01-01T00:00:00Z",
    )
    signature = sshsig.SshSignature(IDENTITY_POINT, CARD_NAMESPACE, "sha512", UNIVERSAL_SIGNATURE)
    return body + _armor(signature)


SMALL_ORDER_REASON = (
    "not fixed in crypto/: PublicKey accepts Ed25519 keys of small order and sshsig.verify "
    "(OpenSSL) accepts signatures under them, so anyone can forge a card's self-signature, "
    "or any SSHSIG, under such a key; libsodium refuses these keys"
)


#: What a failing check raises here: the harness' finding, or pytest.raises' "DID NOT RAISE".
NOT_REFUSED = (targets.BrokenPromise, pytest.fail.Exception)


@pytest.mark.xfail(strict=True, raises=NOT_REFUSED, reason=SMALL_ORDER_REASON)
@pytest.mark.parametrize("name", ["Not a real organisation", "Центр «Подделка»"])
def test_card_signed_under_a_small_order_key_is_refused(name: str) -> None:
    data = forged_card(name)
    with pytest.raises(CardError):
        parse_card(data)
    targets.fuzz_orgcard(data)  # the fuzz target flags it too (BrokenPromise)


@pytest.mark.xfail(strict=True, raises=NOT_REFUSED, reason=SMALL_ORDER_REASON)
def test_sshsig_refuses_a_signature_under_a_small_order_key() -> None:
    namespace = "guvoh-bundle-v1"
    armored = _armor(sshsig.SshSignature(IDENTITY_POINT, namespace, "sha512", UNIVERSAL_SIGNATURE))
    with pytest.raises(sshsig.SshSigError):
        sshsig.verify(armored, b"any tag manifest at all\n", namespace, IDENTITY_POINT)


def test_the_fuzz_target_flags_the_forged_card() -> None:
    """Until crypto/ refuses such cards, the orgcard target reports one as a finding."""
    try:
        parse_card(forged_card())
    except CardError:
        return  # fixed: nothing left for the target to flag
    with pytest.raises(targets.BrokenPromise, match="small-order"):
        targets.fuzz_orgcard(forged_card())


def test_small_order_check_of_the_harness() -> None:
    """The harness' own small-order test: the identity point is, real keys are not."""
    assert targets.small_order(IDENTITY_POINT)
    assert targets.small_order(PublicKey(bytes(32)))
    assert not targets.small_order(targets.RESEARCHER.public_key())
    assert not targets.small_order(targets.ORG_SIGNER.public_key())
