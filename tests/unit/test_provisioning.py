"""The provisioning file's parser (app/services/provisioning.py, docs/provisioning.md): the
round trip, and one test per kind of bad input, each with the exact reason it is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.messages import ExitCode, explain
from app.services import provisioning
from app.services.errors import ProvisionRefused
from app.services.provisioning import Defaults
from crypto import sshsig
from crypto.age import X25519Identity
from crypto.identity import SigningKey
from crypto.orgcard import make_card

CREATED = "2026-12-05T10:00:00Z"
KEY = SigningKey.generate()
CARD = make_card("Правозащитный центр", X25519Identity.generate().recipient, KEY, CREATED)
ALL = Defaults("ru", True, "notes", 3)


def made(defaults: Defaults = ALL, key: SigningKey = KEY, card: bytes = CARD) -> bytes:
    return provisioning.make(card, key, defaults, CREATED)


def resigned(body: bytes, key: SigningKey = KEY) -> bytes:
    """`body` (everything before the file's own signature) signed again, as a forger could."""
    return body + sshsig.sign(body, key, provisioning.NAMESPACE, "sha512")


def body_of(data: bytes) -> bytes:
    return data[: data.rindex(b"-----BEGIN SSH SIGNATURE-----")]


def refused(data: bytes) -> ProvisionRefused:
    with pytest.raises(ProvisionRefused) as caught:
        provisioning.parse(data)
    return caught.value


def test_round_trip_holds_the_card_and_every_default() -> None:
    parsed = provisioning.parse(made())
    assert parsed.defaults == ALL
    assert parsed.card_bytes == CARD
    assert parsed.organisation == "Правозащитный центр"
    assert parsed.safety_code == KEY.public_key().safety_code()
    assert parsed.created == CREATED
    assert provisioning.code_matches(parsed, parsed.safety_code.replace(" ", "-"))


def test_every_default_may_be_left_out() -> None:
    data = made(Defaults())
    assert b"Language" not in data
    assert provisioning.parse(data).defaults == Defaults()
    keep = provisioning.parse(made(Defaults(delete_on_receipt=False, disguise="off")))
    assert keep.defaults.delete_on_receipt is False
    assert provisioning.disguise_key(keep.defaults) is None
    assert provisioning.receipt_grace(keep.defaults) is None
    assert provisioning.receipt_grace(ALL) == 0


@pytest.mark.parametrize("cut", [1, 10, 40, 200, 400])
def test_a_truncated_file_is_refused(cut: int) -> None:
    data = made()
    reason = refused(data[: len(data) - cut]).reason
    assert reason in ("malformed", "unsigned")


def test_a_file_cut_after_the_card_is_unsigned() -> None:
    assert refused(body_of(made())).reason == "unsigned"


def test_an_oversized_file_is_refused_before_parsing() -> None:
    data = made() + b"#" * provisioning.MAX_BYTES
    assert refused(data).reason == "too_large"


def test_a_changed_default_breaks_the_signature() -> None:
    data = made().replace(b"Idle-Lock-Minutes: 3", b"Idle-Lock-Minutes: 9")
    assert refused(data).reason == "tampered"


def test_a_changed_card_is_tampered() -> None:
    # the card's own name changed and the file re-signed by the same key: the card's
    # self-signature no longer matches
    body = body_of(made()).replace("Правозащитный".encode(), "Правозащитная".encode())
    assert refused(resigned(body)).reason == "tampered"


def test_a_file_signed_by_another_key_is_foreign() -> None:
    assert refused(resigned(body_of(made()), SigningKey.generate())).reason == "foreign"


def test_make_refuses_a_key_that_is_not_the_cards() -> None:
    with pytest.raises(ProvisionRefused) as caught:
        made(key=SigningKey.generate())
    assert caught.value.reason == "foreign"


def test_the_card_signature_in_the_files_place_is_refused() -> None:
    # the card's own signature (another namespace) moved to stand as the file's
    body = body_of(made())
    card_sig = CARD[CARD.index(b"-----BEGIN SSH SIGNATURE-----"):]
    assert refused(body + card_sig).reason == "tampered"


def test_an_unknown_field_is_refused() -> None:
    body = body_of(made()).replace(b"Language: ru\n", b"Language: ru\nColour: blue\n")
    err = refused(resigned(body))
    assert (err.reason, err.field) == ("unknown_field", "Colour")


@pytest.mark.parametrize(("line", "field"), [
    (b"Language: fr", "Language"),
    (b"Language: uz_Latn", "Language"),
    (b"Delete-On-Receipt: true", "Delete-On-Receipt"),
    (b"Disguise: calendar", "Disguise"),
    (b"Idle-Lock-Minutes: 0", "Idle-Lock-Minutes"),
    (b"Idle-Lock-Minutes: 121", "Idle-Lock-Minutes"),
    (b"Idle-Lock-Minutes: 05", "Idle-Lock-Minutes"),
    (b"Idle-Lock-Minutes: -1", "Idle-Lock-Minutes"),
    (b"Created: yesterday", "Created"),
])
def test_a_bad_value_is_refused(line: bytes, field: str) -> None:
    name = line.split(b":")[0]
    old = next(x for x in body_of(made()).split(b"\n") if x.startswith(name + b":"))
    err = refused(resigned(body_of(made()).replace(old, line)))
    assert (err.reason, err.field) == ("bad_value", field)


@pytest.mark.parametrize("body_change", [
    (b"Language: ru\n", b"Language: ru\nLanguage: kk\n"),  # twice
    (b"Language: ru\nDelete-On-Receipt: yes\n", b"Delete-On-Receipt: yes\nLanguage: ru\n"),
    (b"Created: " + CREATED.encode() + b"\nLanguage", b"Language"),  # no Created
    (b"Language: ru\n", b"Language ru\n"),  # no ": "
    (b"guvoh-provisioning/1\n", b"guvoh-provisioning/2\n"),
    (b"\n", b"\r\n"),
])
def test_a_malformed_head_is_refused(body_change: tuple[bytes, bytes]) -> None:
    old, new = body_change
    body = body_of(made()).replace(old, new, 1)
    assert refused(resigned(body)).reason == "malformed"


@pytest.mark.parametrize("data", [b"", b"\xff\xfe", CARD, b"guvoh-provisioning/1\n"])
def test_other_files_are_malformed(data: bytes) -> None:
    assert refused(data).reason in ("malformed", "unsigned")


def test_an_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(ProvisionRefused) as caught:
        provisioning.read(tmp_path / "missing.txt")
    assert caught.value.reason == "unreadable"


@pytest.mark.parametrize("reason", ["unreadable", "too_large", "malformed", "unknown_field",
                                    "bad_value", "unsigned", "tampered", "foreign"])
def test_every_reason_has_its_own_sentence(reason: str) -> None:
    explanation = explain(ProvisionRefused(reason, "Colour"))
    assert explanation is not None
    assert explanation.exit_code != ExitCode.OK
    assert "nothing was set" in explanation.render()
    others = {explain(ProvisionRefused(r)).text for r in  # type: ignore[union-attr]
              ("unreadable", "too_large", "malformed", "unknown_field", "bad_value",
               "unsigned", "tampered", "foreign") if r != reason}
    assert explanation.text not in others


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash(data: bytes) -> None:
    with pytest.raises(ProvisionRefused):
        provisioning.parse(data)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0), st.integers(min_value=0, max_value=255))
def test_any_flipped_byte_is_refused(where: int, value: int) -> None:
    data = bytearray(made())
    where %= len(data)
    if data[where] == value:
        return
    data[where] = value
    with pytest.raises(ProvisionRefused):
        provisioning.parse(bytes(data))


def test_another_spelling_of_the_same_signature_is_refused() -> None:
    # base64's unused low bits before "==" change the text, not the signature's bytes
    text = made().decode("utf-8")
    at = text.rindex("==\n-----END")
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    other = alphabet[alphabet.index(text[at - 1]) ^ 1]
    assert refused((text[: at - 1] + other + text[at:]).encode()).reason == "malformed"
    lines = text.split("\n")
    last = len(lines) - 3  # the signature's last base64 line, joined to the one before
    joined = "\n".join([*lines[: last - 1], lines[last - 1] + lines[last], *lines[last + 1:]])
    assert refused(joined.encode()).reason == "malformed"
