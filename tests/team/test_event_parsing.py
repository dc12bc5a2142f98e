"""The parsers a journal file meets before anything is applied (crypto/teamevent.py's
envelope, app/domain/team.py's body): hostile bytes give their typed errors only, and an
accepted body is exactly the canonical encoding of what it says."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.team import Event, EventInvalid, Kind, decode, encode
from crypto import age, teamevent
from crypto.errors import TeamEventError
from crypto.identity import SigningKey

ORG = age.X25519Identity.from_bytes(bytes(range(32)))
KEY = SigningKey.from_bytes(bytes(range(32, 64)))
CASE = "0b5c6f8e-1a2b-4c3d-8e9f-001122334455"
GOOD = encode(Event("a" * 64, Kind.NOTE, 7, None, "2026-12-06T10:00:00Z",
                    {"case": CASE, "text": "Called the sister."}))


def _sealed_plain(plain: bytes) -> bytes:
    out = io.BytesIO()
    age.encrypt(io.BytesIO(plain), out, [ORG.recipient])
    return out.getvalue()


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_any_body_bytes_decode_or_are_refused(raw: bytes) -> None:
    try:
        event = decode(raw)
    except EventInvalid:
        return
    assert encode(event) == raw


@settings(max_examples=300, deadline=None)
@given(st.integers(0, len(GOOD) - 1), st.integers(0, 255))
def test_a_changed_byte_of_a_good_body_is_refused_or_canonical(at: int, value: int) -> None:
    raw = bytearray(GOOD)
    raw[at] = value
    try:
        event = decode(bytes(raw))
    except EventInvalid:
        return
    assert encode(event) == bytes(raw)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=4096))
def test_any_plaintext_in_the_envelope_is_refused_or_verified(plain: bytes) -> None:
    try:
        opened = teamevent.open_event(_sealed_plain(plain), [ORG])
    except TeamEventError as err:
        reason = err.reason
    else:
        assert opened.id == teamevent.event_id(opened.body)
        return
    assert reason in {"malformed", "signature", "too_large"}


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 255))
def test_a_flipped_byte_of_an_event_file_is_refused(at: int, flip: int) -> None:
    data = bytearray(teamevent.seal_event(GOOD, KEY, [ORG.recipient]))
    data[at % len(data)] ^= flip
    try:
        opened = teamevent.open_event(bytes(data), [ORG])
    except TeamEventError:
        return
    assert opened.body == GOOD  # only a change age ignores (none known) may pass


def test_a_good_event_opens_and_names_its_signer() -> None:
    opened = teamevent.open_event(teamevent.seal_event(GOOD, KEY, [ORG.recipient]), [ORG])
    assert opened.body == GOOD
    assert opened.signer == KEY.public_key()
    assert decode(opened.body).data["text"] == "Called the sister."


def test_a_key_transfer_is_never_taken_for_an_event() -> None:
    transfer = teamevent.seal_event(GOOD, KEY, [ORG.recipient], teamevent.TRANSFER_NAMESPACE)
    with pytest.raises(TeamEventError) as err:
        teamevent.open_event(transfer, [ORG])
    assert err.value.reason == "signature"


def test_limits() -> None:
    big = Event("a" * 64, Kind.NOTE, 2**53, None, "2026-12-06T10:00:00Z",
                {"case": CASE, "text": "x"})
    with pytest.raises(EventInvalid) as invalid:
        encode(big)
    assert invalid.value.where == "lamport"
    with pytest.raises(TeamEventError) as err:
        teamevent.open_event(bytes(teamevent.MAX_FILE_BYTES + 1), [ORG])
    assert err.value.reason == "too_large"
