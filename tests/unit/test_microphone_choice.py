"""The chosen microphone is remembered by its device id only, privately, and a damaged file
means "the default microphone" (app.services.microphone)."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from app.services import microphone


def test_the_choice_is_the_device_id_only(tmp_path: Path) -> None:
    path = tmp_path / "config" / "microphone.json"
    assert microphone.load(path) is None  # nothing chosen yet: the default
    microphone.save(b"alsa_input.usb-headset".hex(), path)
    assert microphone.load(path) == b"alsa_input.usb-headset".hex()
    assert json.loads(path.read_text()) == {"microphone": b"alsa_input.usb-headset".hex()}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert [p.name for p in path.parent.iterdir()] == ["microphone.json"]  # no temp left


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b'{"microphone": 7}',
                                     b'{"microphone": "Headset of Shavkat"}',
                                     b'{"microphone": "abc"}', b"\xff\xfe",
                                     b'{"microphone": "' + b"ab" * 600 + b'"}'])
def test_a_damaged_file_means_the_default(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "microphone.json"
    path.write_bytes(content)
    assert microphone.load(path) is None


@pytest.mark.parametrize("device_id", ["", "Headset", "abc", "AB", "ab" * 600])
def test_anything_but_a_device_id_is_refused(tmp_path: Path, device_id: str) -> None:
    with pytest.raises(ValueError, match="not a device id"):
        microphone.save(device_id, tmp_path / "microphone.json")
    assert not (tmp_path / "microphone.json").exists()


def test_it_lives_next_to_the_settings() -> None:
    from app.services import settings

    assert microphone.default_path().parent == settings.default_path().parent
