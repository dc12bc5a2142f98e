"""Recording an interview from a fake microphone (a generated 440 Hz tone pushed by a
QTimer) straight into the vault, as a person would: Record, Pause, Continue, Stop."""

from __future__ import annotations

import io
import math
import tempfile
import wave
from array import array
from pathlib import Path

import pytest
from PySide6.QtCore import QIODevice, QObject, QTimer, Signal
from pytestqt.qtbot import QtBot

from app.services import cases as svc
from app.services.wav import read_wav as parse_wav
from app.ui.researcher.files import FilesTab
from app.ui.researcher.recorder import RecorderPanel, default_capture, float_to_int16
from storage.errors import FileSystemError
from storage.vault import Vault
from tests.casedata import minimal

RATE = 16000
CHUNK_FRAMES = 800  # 50 ms


def tone(start: int, frames: int) -> bytes:
    return array("h", (int(0.5 * 32767 * math.sin(2 * math.pi * 440 * (start + i) / RATE))
                       for i in range(frames))).tobytes()


class FakeMic(QIODevice):
    """A read-only device that a timer fills with the tone, like QAudioSource's."""

    def __init__(self) -> None:
        super().__init__()
        self.pending = bytearray()
        self.produced = 0  # frames
        self.timer = QTimer(self)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.produce)

    def produce(self) -> None:
        self.pending += tone(self.produced, CHUNK_FRAMES)
        self.produced += CHUNK_FRAMES
        self.readyRead.emit()

    def readData(self, maxlen: int) -> bytes:  # noqa: N802
        out = bytes(self.pending[:maxlen])
        del self.pending[:maxlen]
        return out

    def writeData(self, data: bytes) -> int:  # noqa: N802
        return -1

    def bytesAvailable(self) -> int:  # noqa: N802
        return len(self.pending) + super().bytesAvailable()

    def isSequential(self) -> bool:  # noqa: N802
        return True


class FakeCapture(QObject):
    sample_rate = RATE
    channels = 1
    sample_width = 2
    float32 = False

    def __init__(self) -> None:
        super().__init__()
        self.mic: FakeMic | None = None
        self.stopped = False

    def start(self) -> QIODevice | None:
        self.mic = FakeMic()
        self.mic.open(QIODevice.OpenModeFlag.ReadOnly)
        self.mic.timer.start()
        return self.mic

    def stop(self) -> None:
        self.stopped = True
        if self.mic is not None:
            self.mic.timer.stop()


def _listing(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def test_record_from_fake_microphone_into_vault(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "tmp"  # the temp folder Python and Qt would use, watched below
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    case_id = svc.add_case(vault, minimal()).id
    capture = FakeCapture()
    tab = FilesTab(capture_factory=lambda: capture)
    qtbot.addWidget(tab)
    tab.show_vault(vault)
    tab.set_case(case_id)
    recorder = tab.recorder
    assert recorder.record_button.isEnabled()
    assert not recorder.stop_button.isEnabled()
    vault_before = _listing(vault.path)

    with qtbot.waitSignal(tab.recording_changed, check_params_cb=lambda on: on, timeout=1000):
        recorder.record_button.click()
    assert recorder.is_recording
    assert not tab.add_button.isEnabled()  # one thing at a time
    qtbot.waitUntil(lambda: recorder.recording is not None and recorder.recording.frames
                    >= RATE // 2, timeout=10000)
    assert recorder.meter.value() > 0
    assert recorder.elapsed.text() == "0:00"
    # while recording: nothing new with a name, in the vault or in the temp folder
    assert _listing(vault.path) == vault_before
    assert _listing(temp) == set()
    assert svc.list_attachments(vault, case_id) == []

    recorder.pause_button.click()
    assert recorder.pause_button.text() == "Continue"
    frames_at_pause = recorder.recording.frames  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: len(capture.mic.pending) == 0 and capture.mic.produced  # type: ignore[union-attr]
                    > frames_at_pause + 2 * CHUNK_FRAMES, timeout=10000)
    assert recorder.recording.frames == frames_at_pause  # type: ignore[union-attr]
    skipped = capture.mic.produced - frames_at_pause  # type: ignore[union-attr]
    recorder.pause_button.click()
    qtbot.waitUntil(lambda: recorder.recording.frames  # type: ignore[union-attr]
                    >= frames_at_pause + 2 * CHUNK_FRAMES, timeout=10000)

    with qtbot.waitSignals([tab.attachments_changed, tab.recording_changed], timeout=10000):
        recorder.stop_button.click()
    assert capture.stopped
    assert not recorder.is_recording
    assert "Saved in your encrypted vault" in recorder.status.text()
    assert tab.add_button.isEnabled()

    [blob] = svc.list_attachments(vault, case_id)
    assert blob.media_type == "audio/wav"
    assert tab.model.rowCount() == 1
    assert _listing(vault.path) == vault_before | {f"blobs/{blob.id}"}
    assert _listing(temp) == set()

    data = svc.read_attachment(vault, blob.id)
    audio = parse_wav(data)
    assert (audio.sample_rate, audio.channels, audio.sample_width) == (RATE, 1, 2)
    produced = capture.mic.produced  # type: ignore[union-attr]
    assert audio.frames == produced - skipped
    expected = tone(0, frames_at_pause) + tone(frames_at_pause + skipped,
                                               produced - frames_at_pause - skipped)
    assert bytes(audio.pcm) == expected
    with wave.open(io.BytesIO(data)) as w:
        assert w.getframerate() == RATE
        assert w.readframes(produced) == expected


def test_lock_during_recording_saves_it(qtbot: QtBot, vault: Vault) -> None:
    case_id = svc.add_case(vault, minimal()).id
    capture = FakeCapture()
    tab = FilesTab(capture_factory=lambda: capture)
    qtbot.addWidget(tab)
    tab.show_vault(vault)
    tab.set_case(case_id)
    tab.recorder.record_button.click()
    qtbot.waitUntil(lambda: tab.recorder.recording.frames > 0,  # type: ignore[union-attr]
                    timeout=10000)
    tab.show_vault(None)  # the vault locks: the recording is finished safely first
    assert capture.stopped
    assert tab.recorder.recording is None
    assert tab.model.rowCount() == 0
    assert not tab.recorder.record_button.isEnabled()
    [blob] = svc.list_attachments(vault, case_id)
    assert parse_wav(svc.read_attachment(vault, blob.id)).frames > 0


def test_discard_leaves_nothing(qtbot: QtBot, vault: Vault) -> None:
    case_id = svc.add_case(vault, minimal()).id
    panel = RecorderPanel(lambda: FakeCapture())
    qtbot.addWidget(panel)
    panel.set_target(vault, case_id)
    before = _listing(vault.path)
    panel.record_button.click()
    qtbot.waitUntil(lambda: panel.recording.frames > 0, timeout=10000)  # type: ignore[union-attr]
    panel.discard()
    assert _listing(vault.path) == before
    assert svc.list_attachments(vault, case_id) == []
    assert panel.record_button.isEnabled()


def test_no_microphone_says_so(qtbot: QtBot, vault: Vault) -> None:
    """The offscreen test machine has no audio input at all."""
    case_id = svc.add_case(vault, minimal()).id
    tab = FilesTab()
    qtbot.addWidget(tab)
    tab.show_vault(vault)
    tab.set_case(case_id)
    button = tab.recorder.record_button
    assert button.text() == "No microphone found on this computer"
    assert not button.isEnabled()
    assert "microphone" in button.toolTip()
    assert tab.add_button.isEnabled()  # the rest of the tab works


def test_new_case_cannot_record(qtbot: QtBot, vault: Vault) -> None:
    tab = FilesTab(capture_factory=lambda: FakeCapture())
    qtbot.addWidget(tab)
    tab.show_vault(vault)
    tab.set_case(None)
    assert not tab.recorder.record_button.isEnabled()
    assert "Save the case first" in tab.notice.text()


def test_float_samples_are_converted() -> None:
    data = array("f", [0.0, 0.5, -1.0, 2.0]).tobytes()
    assert array("h", float_to_int16(data)).tolist() == [0, 16383, -32767, 32767]


def test_changing_case_saves_the_recording_in_its_own_case(qtbot: QtBot, vault: Vault) -> None:
    first = svc.add_case(vault, minimal("first")).id
    second = svc.add_case(vault, minimal("second")).id
    tab = FilesTab(capture_factory=lambda: FakeCapture())
    qtbot.addWidget(tab)
    tab.show_vault(vault)
    tab.set_case(first)
    tab.recorder.record_button.click()
    qtbot.waitUntil(lambda: tab.recorder.recording.frames > 0,  # type: ignore[union-attr]
                    timeout=10000)
    tab.set_case(second)
    assert not tab.recorder.is_recording
    assert len(svc.list_attachments(vault, first)) == 1
    assert svc.list_attachments(vault, second) == []
    assert tab.recorder.record_button.isEnabled()


def test_failure_while_recording_is_one_sentence(qtbot: QtBot, vault: Vault,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = svc.add_case(vault, minimal()).id
    panel = RecorderPanel(lambda: FakeCapture())
    qtbot.addWidget(panel)
    panel.set_target(vault, case_id)
    before = _listing(vault.path)
    panel.record_button.click()
    qtbot.waitUntil(lambda: panel.recording.frames > 0, timeout=10000)  # type: ignore[union-attr]

    def full(_data: bytes) -> None:
        raise FileSystemError(vault.blobs_dir, "disk_full")

    monkeypatch.setattr(panel.recording, "feed", full)
    qtbot.waitUntil(lambda: not panel.is_recording, timeout=10000)
    assert panel.status.text().startswith("The disk is full")
    assert panel.record_button.isEnabled()
    assert _listing(vault.path) == before


def test_no_default_microphone_offscreen() -> None:
    assert default_capture() is None


def test_a_long_recording_is_saved_in_parts(qtbot: QtBot, vault: Vault) -> None:
    case_id = svc.add_case(vault, minimal()).id
    capture = FakeCapture()
    tab = FilesTab(capture_factory=lambda: capture)
    qtbot.addWidget(tab)
    tab.show_vault(vault)
    tab.set_case(case_id)
    recorder = tab.recorder
    recorder.PART_SECONDS = 0.25  # five minutes in the app
    recorder.record_button.click()
    qtbot.waitUntil(lambda: len(svc.list_attachments(vault, case_id)) >= 2, timeout=20000)
    assert recorder.is_recording  # the recording goes on in a new part
    with qtbot.waitSignal(tab.recording_changed, timeout=10000):
        recorder.stop_button.click()
    def part_number(name: str) -> int:
        return int(name.rsplit("(part ", 1)[1].split(")")[0]) if "(part " in name else 1

    parts = sorted(svc.list_attachments(vault, case_id), key=lambda a: part_number(a.filename))
    assert len(parts) >= 2  # a last part with no sound in it is not kept
    assert [part_number(a.filename) for a in parts] == list(range(1, len(parts) + 1))
    assert parts[1].filename == parts[0].filename.replace(".wav", " (part 2).wav")
    pcm = b"".join(bytes(parse_wav(svc.read_attachment(vault, a.id)).pcm) for a in parts)
    # parse_wav refuses a part with no samples ("no_data"): every part kept holds sound
    produced = capture.mic.produced  # type: ignore[union-attr]
    assert pcm == tone(0, produced)  # nothing lost or doubled between parts
    assert f"{produced // RATE // 60}:" in recorder.status.text()


class SilentCapture(FakeCapture):
    """A microphone that opens but gives no sound before Stop."""

    def start(self) -> QIODevice | None:
        device = super().start()
        assert self.mic is not None
        self.mic.timer.stop()
        return device


def test_stop_before_any_sound_keeps_nothing(qtbot: QtBot, vault: Vault) -> None:
    case_id = svc.add_case(vault, minimal()).id
    tab = FilesTab(capture_factory=SilentCapture)
    qtbot.addWidget(tab)
    tab.show_vault(vault)
    tab.set_case(case_id)
    tab.recorder.record_button.click()
    assert tab.recorder.is_recording
    with qtbot.waitSignal(tab.recording_changed, timeout=10000):
        tab.recorder.stop_button.click()
    assert svc.list_attachments(vault, case_id) == []  # no empty, unplayable file
    assert tab.recorder.status.text() == "Nothing was recorded, so nothing was saved."


class FailingCapture(FakeCapture):
    """A microphone that can stop, as QtCapture reports it: its `failed` signal."""

    failed = Signal()


def test_a_microphone_that_stops_keeps_what_was_recorded(qtbot: QtBot, vault: Vault) -> None:
    case_id = svc.add_case(vault, minimal()).id
    capture = FailingCapture()
    tab = FilesTab(capture_factory=lambda: capture)
    qtbot.addWidget(tab)
    tab.show_vault(vault)
    tab.set_case(case_id)
    recorder = tab.recorder
    recorder.record_button.click()
    qtbot.waitUntil(lambda: recorder.recording.frames >= RATE // 4,  # type: ignore[union-attr]
                    timeout=10000)
    capture.mic.timer.stop()  # type: ignore[union-attr]  # no more sound comes
    with qtbot.waitSignals([tab.attachments_changed, tab.recording_changed], timeout=10000):
        capture.failed.emit()
    assert capture.stopped
    assert not recorder.is_recording
    assert recorder.record_button.isEnabled()  # ready to try again
    status = recorder.status.text()
    assert status == ("The microphone stopped working; what was recorded until then (0:00) "
                      "is saved in your encrypted vault.")
    [blob] = svc.list_attachments(vault, case_id)
    assert parse_wav(svc.read_attachment(vault, blob.id)).frames == capture.mic.produced  # type: ignore[union-attr]


def test_a_microphone_that_stops_before_any_sound(qtbot: QtBot, vault: Vault) -> None:
    case_id = svc.add_case(vault, minimal()).id
    capture = FailingCapture()
    panel = RecorderPanel(lambda: capture)
    qtbot.addWidget(panel)
    panel.set_target(vault, case_id)
    panel.record_button.click()
    capture.mic.timer.stop()  # type: ignore[union-attr]
    capture.failed.emit()
    assert not panel.is_recording
    assert panel.status.text() == ("The microphone stopped working before any sound was "
                                   "recorded, so nothing was saved.")
    assert svc.list_attachments(vault, case_id) == []


def test_the_level_meter_is_labelled(qtbot: QtBot) -> None:
    panel = RecorderPanel(lambda: FakeCapture())
    qtbot.addWidget(panel)
    panel.show()
    assert panel.meter.accessibleName() == "Sound level"
    assert panel.meter_label.text() == "Sound level:"
    assert panel.meter_label.buddy() is panel.meter
    assert panel.meter_label.isVisible()
    # beside the meter, on its left
    label, meter = panel.meter_label.geometry(), panel.meter.geometry()
    assert label.right() < meter.left()
    assert abs(label.center().y() - meter.center().y()) <= 4


def test_the_microphone_choice_without_microphones(qtbot: QtBot, vault: Vault,
                                                   tmp_path: Path) -> None:
    """Offscreen there is no sound system: the choice is shown, empty and disabled, and
    nothing is remembered."""
    case_id = svc.add_case(vault, minimal()).id
    panel = RecorderPanel(choice_path=tmp_path / "microphone.json")
    qtbot.addWidget(panel)
    panel.set_target(vault, case_id)
    panel.show()
    choice = panel.microphones
    assert choice.isVisible()
    assert choice.label.text() == "Microphone:"
    assert choice.label.buddy() is choice.combo
    assert choice.combo.accessibleName() == "Microphone"
    assert choice.combo.count() == 0
    assert not choice.combo.isEnabled()
    assert choice.combo.placeholderText() == "No microphone found"
    assert not panel.record_button.isEnabled()
    assert not (tmp_path / "microphone.json").exists()


def test_a_test_microphone_hides_the_choice(qtbot: QtBot) -> None:
    panel = RecorderPanel(lambda: FakeCapture())
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.microphones.isVisible()
