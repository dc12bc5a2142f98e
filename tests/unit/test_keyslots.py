from __future__ import annotations

import os
import struct

import pytest

from crypto import keyslots
from crypto.errors import (
    KdfParamsOutOfBounds,
    KeySlotsCorrupt,
    NoSlotOpened,
    RecoveryCodeMalformed,
)
from crypto.kdf import FLOOR
from crypto.keyslots import KeySlots, RecoveryCode

PW = "mountain river lantern copper"


@pytest.fixture(scope="module")
def made() -> tuple[bytes, RecoveryCode, KeySlots]:
    dek = os.urandom(32)
    code = RecoveryCode.generate()
    return dek, code, keyslots.create(dek, PW, code, FLOOR)


def test_round_trip_passphrase_and_recovery(made: tuple[bytes, RecoveryCode, KeySlots]) -> None:
    dek, code, slots = made
    parsed = KeySlots.from_bytes(slots.to_bytes())
    assert len(slots.to_bytes()) == keyslots.FILE_LEN == 876
    key, pw_index = parsed.open_with_passphrase(PW)
    assert key == dek
    key, rc_index = parsed.open_with_recovery(code)
    assert key == dek
    assert pw_index != rc_index


def test_unicode_normalisation(made: tuple[bytes, RecoveryCode, KeySlots]) -> None:
    dek = os.urandom(32)
    composed = "Qoʻqon ёмғир тоғ қўшиқ"
    slots = keyslots.create(dek, composed, RecoveryCode.generate(), FLOOR)
    import unicodedata

    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert slots.open_with_passphrase(decomposed)[0] == dek


def test_wrong_secret(made: tuple[bytes, RecoveryCode, KeySlots]) -> None:
    _, _, slots = made
    with pytest.raises(NoSlotOpened):
        slots.open_with_passphrase("not the passphrase at all")
    with pytest.raises(NoSlotOpened):
        slots.open_with_recovery(RecoveryCode.generate())


def test_slots_are_indistinguishable(made: tuple[bytes, RecoveryCode, KeySlots]) -> None:
    _, _, slots = made
    assert len(slots.slots) == 8
    assert len(set(slots.slots)) == 8
    assert all(len(s) == keyslots.SLOT_LEN for s in slots.slots)


def _edit(data: bytes, offset: int, value: bytes) -> bytes:
    return data[:offset] + value + data[offset + len(value) :]


PW_HEADER = 12  # offset of the passphrase class header
MEM = PW_HEADER + 4
SALT = PW_HEADER + 16


def test_edited_salt_fails_unwrap(made: tuple[bytes, RecoveryCode, KeySlots]) -> None:
    _, code, slots = made
    data = slots.to_bytes()
    edited = KeySlots.from_bytes(_edit(data, SALT, bytes([data[SALT] ^ 1])))
    with pytest.raises(NoSlotOpened):
        edited.open_with_passphrase(PW)
    # the recovery class is independent of the passphrase header
    assert edited.open_with_recovery(code)[0] == slots.open_with_recovery(code)[0]


def test_edited_params_within_bounds_fail_unwrap(
    made: tuple[bytes, RecoveryCode, KeySlots],
) -> None:
    _, _, slots = made
    data = _edit(slots.to_bytes(), MEM + 4, struct.pack(">I", 4))  # t=3 -> t=4
    with pytest.raises(NoSlotOpened):
        KeySlots.from_bytes(data).open_with_passphrase(PW)


@pytest.mark.parametrize(
    ("offset", "value"),
    [
        (MEM, struct.pack(">I", 64 * 1024 * 1024)),  # 64 GiB
        (MEM + 4, struct.pack(">I", 0xFFFFFFFF)),  # passes
        (MEM + 8, struct.pack(">I", 0)),  # lanes
        (MEM, struct.pack(">I", 8)),  # 8 KiB
    ],
)
def test_hostile_params_refused_on_read(
    made: tuple[bytes, RecoveryCode, KeySlots], offset: int, value: bytes
) -> None:
    with pytest.raises(KdfParamsOutOfBounds):
        KeySlots.from_bytes(_edit(made[2].to_bytes(), offset, value))


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda d: d[:-1], "truncated"),
        (lambda d: d[:100], "truncated"),
        (lambda d: d + b"\0", "trailing_data"),
        (lambda d: b"", "not_keyslots"),
        (lambda d: b"SQLite format 3\0" + d[16:], "not_keyslots"),
        (lambda d: d[:8] + b"\0\x02" + d[10:], "unsupported_version"),
        (lambda d: d[:PW_HEADER] + b"\x02" + d[PW_HEADER + 1 :], "class_order"),
        (lambda d: d[:PW_HEADER + 1] + b"\x07" + d[PW_HEADER + 2 :], "unknown_kdf"),
        (lambda d: d[:PW_HEADER + 2] + b"\x80" + d[PW_HEADER + 3 :], "unknown_flags"),
    ],
)
def test_corrupt_files_typed(
    made: tuple[bytes, RecoveryCode, KeySlots], mutate: object, reason: str
) -> None:
    with pytest.raises(KeySlotsCorrupt) as info:
        KeySlots.from_bytes(mutate(made[2].to_bytes()))  # type: ignore[operator]
    assert info.value.reason == reason


def test_rewrap_uses_fresh_salt_and_keeps_recovery(
    made: tuple[bytes, RecoveryCode, KeySlots],
) -> None:
    dek, code, slots = made
    _, index = slots.open_with_passphrase(PW)
    new = slots.rewrap_passphrase(dek, index, "violet harbour thunder pepper", FLOOR, None, None)
    assert new.passphrase_header.salt != slots.passphrase_header.salt
    assert new.open_with_passphrase("violet harbour thunder pepper")[0] == dek
    with pytest.raises(NoSlotOpened):
        new.open_with_passphrase(PW)
    assert new.open_with_recovery(code)[0] == dek


def test_reset_after_recovery_revokes_old_passphrase(
    made: tuple[bytes, RecoveryCode, KeySlots],
) -> None:
    dek, code, slots = made
    _, rc_index = slots.open_with_recovery(code)
    new = keyslots.reset_passphrase_after_recovery(
        slots, dek, rc_index, "violet harbour thunder pepper", FLOOR, None, None
    )
    with pytest.raises(NoSlotOpened):
        new.open_with_passphrase(PW)
    assert new.open_with_passphrase("violet harbour thunder pepper")[0] == dek
    assert new.open_with_recovery(code) == (dek, rc_index)


def test_device_secret_is_required_when_flagged() -> None:
    dek, secret, kid = os.urandom(32), os.urandom(32), os.urandom(16)
    slots = keyslots.create(dek, PW, RecoveryCode.generate(), FLOOR, secret, kid)
    assert slots.passphrase_header.needs_device_secret
    assert slots.open_with_passphrase(PW, secret)[0] == dek
    with pytest.raises(NoSlotOpened):
        slots.open_with_passphrase(PW, os.urandom(32))


class TestRecoveryCode:
    def test_format(self) -> None:
        text = str(RecoveryCode.generate())
        groups = text.split("-")
        assert len(groups) == 8
        assert all(len(g) == 4 for g in groups)
        assert "hidden" in repr(RecoveryCode.generate())

    def test_lenient_parsing(self) -> None:
        code = RecoveryCode.generate()
        text = str(code)
        messy = " " + text.lower().replace("-", "  ").replace("o", "0").replace("i", "1") + "\n"
        assert RecoveryCode.parse(messy) == code

    @pytest.mark.parametrize(
        ("mangle", "reason"),
        [
            (lambda t: t[:-1], "length"),
            (lambda t: t + "A", "length"),
            (lambda t: "!" + t[1:], "characters"),
            (lambda t: ("B" if t[0] != "B" else "C") + t[1:], "checksum"),
        ],
    )
    def test_typos_are_typed(self, mangle: object, reason: str) -> None:
        text = str(RecoveryCode.generate())
        with pytest.raises(RecoveryCodeMalformed) as info:
            RecoveryCode.parse(mangle(text))  # type: ignore[operator]
        assert info.value.reason == reason


# Latin letters of the code and the Cyrillic letters that look like them, as typed on a
# Russian (or Kazakh, Tajik...) keyboard layout.
_LOOKALIKES = {"A": "Аа", "B": "В", "C": "Сс", "E": "Ее", "H": "Н", "K": "Кк", "M": "М",
               "O": "Оо", "P": "Рр", "T": "Т", "X": "Хх", "Y": "Уу"}


class TestCyrillicLookalikes:
    def test_every_lookalike_reads_as_its_latin_letter(self) -> None:
        for latin, cyrillic in _LOOKALIKES.items():
            for ch in cyrillic:
                assert keyslots.normalize_recovery_text(ch) == latin, ch

    def test_a_code_typed_on_a_russian_layout_opens(self) -> None:
        code = RecoveryCode.generate()
        text = str(code)
        typed = "".join(_LOOKALIKES.get(ch, ch)[-1] for ch in text)
        assert typed != text  # some letters really are Cyrillic now
        assert RecoveryCode.parse(typed) == code

    def test_a_cyrillic_letter_with_no_latin_twin_is_refused(self) -> None:
        text = str(RecoveryCode.generate())
        with pytest.raises(RecoveryCodeMalformed) as info:
            RecoveryCode.parse("Ж" + text[1:])
        assert info.value.reason == "characters"
