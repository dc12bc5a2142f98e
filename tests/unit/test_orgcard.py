"""Organisation cards (crypto.orgcard): canonical format, names in any script, and
refusal of every edit, down to one byte at any position."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crypto import sshsig
from crypto.age import X25519Identity
from crypto.errors import CardError, CardMalformed, CardSignatureInvalid
from crypto.identity import SigningKey
from crypto.orgcard import (
    CARD_HEADER,
    CARD_NAMESPACE,
    MAX_CARD_BYTES,
    OrganisationCard,
    check_name,
    make_card,
    parse_card,
)

KEY = SigningKey.generate()
OTHER_KEY = SigningKey.generate()
ORG = X25519Identity.generate()
OTHER_ORG = X25519Identity.generate()
NAME = "Центр документации «Свидетель»"
CREATED = "2025-03-04T05:06:07Z"
CARD = make_card(NAME, ORG.recipient, KEY, CREATED)


def body_and_signature(card: bytes) -> tuple[bytes, bytes]:
    cut = card.index(b"-----BEGIN SSH SIGNATURE-----")
    return card[:cut], card[cut:]


def test_round_trip() -> None:
    card = parse_card(CARD)
    assert card == OrganisationCard(NAME, ORG.recipient, KEY.public_key(), CREATED)
    assert card.safety_code() == KEY.public_key().safety_code()
    assert card.fingerprint() == KEY.public_key().fingerprint()
    assert len(card.safety_code().split()) == 8


def test_exact_format() -> None:
    body, signature = body_and_signature(CARD)
    assert body.decode("utf-8") == (
        f"{CARD_HEADER}\n"
        f"Name: {NAME}\n"
        f"Age-Recipient: {ORG.recipient.to_string()}\n"
        f"Signing-Key: {KEY.public_key().to_openssh_line()}\n"
        f"Created: {CREATED}\n"
    )
    assert signature == sshsig.sign(body, KEY, CARD_NAMESPACE, "sha512")
    assert sshsig.verify(signature, body, CARD_NAMESPACE, KEY.public_key()) == KEY.public_key()
    assert make_card(NAME, ORG.recipient, KEY, CREATED) == CARD  # Ed25519 is deterministic


def outcome(data: bytes) -> str:
    try:
        parse_card(data)
    except CardMalformed as exc:
        return f"malformed:{exc.reason}"
    except CardSignatureInvalid as exc:
        return f"signature:{exc.reason}"
    return "accepted"


def test_every_one_byte_edit_is_refused() -> None:
    """Flip, replace, delete or insert one byte anywhere: never accepted, only our errors."""
    seen: set[str] = set()
    for pos in range(len(CARD)):
        variants = [CARD[:pos] + CARD[pos + 1 :]]  # deleted
        variants += [CARD[:pos] + bytes([b]) + CARD[pos:] for b in (0x20, 0x41, 0x0A)]
        for mask in (0x01, 0x02, 0x20, 0x80, 0xFF):
            variants.append(CARD[:pos] + bytes([CARD[pos] ^ mask]) + CARD[pos + 1 :])
        for value in (0x00, 0x0D, 0x20, 0x2D, 0x3A, 0x41, 0x61):
            if CARD[pos] != value:
                variants.append(CARD[:pos] + bytes([value]) + CARD[pos + 1 :])
        for variant in variants:
            result = outcome(variant)
            assert result != "accepted", (pos, variant)
            seen.add(result.split(":")[0])
    assert outcome(CARD + b"x") != "accepted"
    assert outcome(CARD + b"\n") != "accepted"
    assert seen == {"malformed", "signature"}


@pytest.mark.parametrize(
    "name",
    [
        "Узбекский правозащитный центр",
        "Тоҷикистон: ҳуқуқи инсон ва ғ ӣ ӯ қ ҷ",  # Tajik letters
        "Қазақстан адам құқықтары бюросы",
        "O‘zbekiston inson huquqlari",
        "کانون مدافعان حقوق بشر",  # Persian with ZWNJ (U+200C) inside
        "A",
        "Я" * 200,
        "Центр «Правда» — 2025 (Berlin / Berlin)",
    ],
)
def test_names_in_any_script(name: str) -> None:
    card = make_card(name, ORG.recipient, KEY, CREATED)
    assert parse_card(card).name == name


@pytest.mark.parametrize(
    "name",
    [
        "",
        "Я" * 201,
        " leading",
        "trailing ",
        "two\nlines",
        "tab\there",
        "nul\x00",
        "del\x7f",
        "bidi \u202eevil",
        "isolate \u2066x\u2069",
        "zero\u200bwidth",
        "line\u2028separator",
        "decomposed и\u0306",  # not NFC (й as и + combining breve)
        "private \ue000",
        "unassigned \U000e0fff",
    ],
)
def test_bad_names_are_refused(name: str) -> None:
    with pytest.raises(CardMalformed) as exc:
        make_card(name, ORG.recipient, KEY, CREATED)
    assert exc.value.reason == "name"
    with pytest.raises(CardMalformed):
        check_name(name)
    # and a card carrying it, correctly signed, is refused too
    body = CARD.decode("utf-8").split("\n")
    body[1] = f"Name: {name}"
    forged = "\n".join(body[:5]).encode("utf-8") + b"\n"
    with pytest.raises(CardError):
        parse_card(forged + sshsig.sign(forged, KEY, CARD_NAMESPACE))


@pytest.mark.parametrize(
    "created", ["2025-03-04", "2025-02-30T00:00:00Z", "2025-03-04T05:06:07+00:00", "x", ""]
)
def test_bad_created(created: str) -> None:
    with pytest.raises(CardMalformed) as exc:
        make_card(NAME, ORG.recipient, KEY, created)
    assert exc.value.reason == "created"


def resigned(
    card: bytes, edit: str, key: SigningKey = KEY, namespace: str = CARD_NAMESPACE
) -> bytes:
    """Replace one line of the body (by its label) and sign again."""
    label = edit.split(": ")[0] + ": "
    lines = body_and_signature(card)[0].decode("utf-8").split("\n")
    lines = [edit if line.startswith(label) else line for line in lines]
    body = "\n".join(lines).encode("utf-8")
    return body + sshsig.sign(body, key, namespace)


def swapped(card: bytes, old: str, new: str) -> bytes:
    return card.replace(old.encode("utf-8"), new.encode("utf-8"))


@pytest.mark.parametrize(
    ("make", "error", "reason"),
    [
        # the signature binds every field
        (
            lambda: swapped(CARD, NAME, "Центр документации «Свидетели»"),
            CardSignatureInvalid,
            "signature",
        ),
        (
            lambda: swapped(CARD, ORG.recipient.to_string(), OTHER_ORG.recipient.to_string()),
            CardSignatureInvalid,
            "signature",
        ),
        (lambda: swapped(CARD, CREATED, "2030-03-04T05:06:07Z"), CardSignatureInvalid, "signature"),
        # a valid signature by another key than the card's
        (
            lambda: resigned(CARD, f"Name: {NAME}", key=OTHER_KEY),
            CardSignatureInvalid,
            "key",
        ),
        (
            lambda: swapped(
                CARD,
                KEY.public_key().to_openssh_line(),
                OTHER_KEY.public_key().to_openssh_line(),
            ),
            CardSignatureInvalid,
            "key",
        ),
        # signed for another purpose
        (
            lambda: resigned(CARD, f"Name: {NAME}", namespace="guvoh-bundle-v1"),
            CardSignatureInvalid,
            "namespace",
        ),
        # canonical form only
        (lambda: CARD.replace(b"\n", b"\r\n"), CardMalformed, "encoding"),
        (lambda: b"\xef\xbb\xbf" + CARD, CardMalformed, "encoding"),
        (lambda: CARD.replace(b"\xd0", b"\xc0", 1), CardMalformed, "encoding"),
        (
            lambda: CARD.replace(CARD_HEADER.encode(), b"guvoh-organisation-card/2"),
            CardMalformed,
            "header",
        ),
        (lambda: CARD[: CARD.index(b"-----BEGIN")], CardMalformed, "layout"),
        (lambda: CARD.replace(b"Name: ", b"Name:  "), CardMalformed, "name"),
        (lambda: CARD.replace(b"Name: ", b"name: "), CardMalformed, "layout"),
        (
            lambda: resigned(
                CARD, f"Signing-Key: {KEY.public_key().to_openssh_line('coordinator')}"
            ),
            CardMalformed,
            "signing_key",
        ),
        (
            lambda: resigned(CARD, f"Age-Recipient: {ORG.recipient.to_string().upper()}"),
            CardMalformed,
            "recipient",
        ),
        (lambda: resigned(CARD, "Age-Recipient: age1qqqq"), CardMalformed, "recipient"),
        (lambda: resigned(CARD, "Created: tomorrow"), CardMalformed, "created"),
        (lambda: rewrap(CARD, 64), CardMalformed, "signature"),
        (lambda: CARD.rstrip(b"\n"), CardMalformed, "layout"),
        (lambda: CARD + b"\n", CardMalformed, "signature"),
        (lambda: CARD + b"extra\n", CardMalformed, "signature"),
        (lambda: b"", CardMalformed, "header"),
        (lambda: CARD + b" " * MAX_CARD_BYTES, CardMalformed, "too_large"),
    ],
)
def test_edited_cards(make: object, error: type[CardError], reason: str) -> None:
    assert callable(make)
    data = make()
    assert data != CARD
    with pytest.raises(error) as exc:
        parse_card(data)
    assert exc.value.reason == reason  # type: ignore[attr-defined]


def rewrap(card: bytes, width: int) -> bytes:
    body, armored = body_and_signature(card)
    lines = armored.decode().split("\n")
    b64 = "".join(lines[1:-2])
    wrapped = [b64[i : i + width] for i in range(0, len(b64), width)]
    return body + "\n".join([lines[0], *wrapped, lines[-2]]).encode() + b"\n"


def test_an_impostor_card_differs_only_by_its_safety_code() -> None:
    """Anyone can make a valid card with an organisation's name: the safety code is what
    a researcher compares out of band, and it differs."""
    impostor = parse_card(make_card(NAME, OTHER_ORG.recipient, OTHER_KEY, CREATED))
    genuine = parse_card(CARD)
    assert impostor.name == genuine.name
    assert impostor.safety_code() != genuine.safety_code()


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_arbitrary_bytes(data: bytes) -> None:
    with pytest.raises(CardError):
        parse_card(data)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_random_edits(data: st.DataObject) -> None:
    card = bytearray(CARD)
    for _ in range(data.draw(st.integers(1, 3))):
        pos = data.draw(st.integers(0, len(card) - 1))
        action = data.draw(st.sampled_from(["set", "insert", "delete"]))
        if action == "set":
            card[pos] = data.draw(st.integers(0, 255))
        elif action == "insert":
            card[pos:pos] = data.draw(st.binary(min_size=1, max_size=8))
        else:
            del card[pos : pos + data.draw(st.integers(1, 8))]
    if bytes(card) == CARD:
        return
    with pytest.raises(CardError):
        parse_card(bytes(card))


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=200))
def test_any_acceptable_name_round_trips(name: str) -> None:
    try:
        check_name(name)
    except CardMalformed:
        return
    assert parse_card(make_card(name, ORG.recipient, KEY, CREATED)).name == name
