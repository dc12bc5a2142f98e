"""Recording an interview: one big record button, elapsed time, a level meter, Pause and
Stop. Sound goes from the microphone (QtMultimedia's QAudioSource, read as it arrives)
straight into app.services.recording, which encrypts it into the vault piece by piece: no
plaintext file exists at any moment, and after Stop the recording is already saved.

The person chooses the microphone (app.ui.researcher.microphone, which also reads it and
notices when it stops). The capture is injectable (`capture_factory`): anything with the
`Capture` shape, so the tests record from a generated tone instead of a microphone.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QIODevice, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import fill
from app.services import recording
from app.services.recording import Recording
from app.services.vaults import Vault
from app.ui.common import look
from app.ui.common.widgets import error_text, plain_label
from app.ui.researcher.microphone import MicrophoneChoice, QtCapture, default_capture
from app.ui.researcher.players import clock

__all__ = ["Capture", "RecorderPanel", "default_capture", "float_to_int16"]


class Capture(Protocol):
    """A source of raw PCM. `start()` returns the device to read on readyRead (or None if
    it could not start); `stop()` ends it. `float32` means the samples are 32-bit floats
    (converted to 16-bit before they are stored). It may also have a `failed` signal,
    emitted when the microphone stops giving sound."""

    sample_rate: int
    channels: int
    sample_width: int
    float32: bool

    def start(self) -> QIODevice | None: ...

    def stop(self) -> None: ...


def float_to_int16(data: bytes) -> bytes:
    samples = array("f")
    usable = len(data) - len(data) % 4
    samples.frombytes(data[:usable])
    return array("h", (int(max(-1.0, min(1.0, s)) * 32767) for s in samples)).tobytes()


class RecorderPanel(QWidget):
    """Record an interview into the open case. A long recording is saved in parts of
    PART_SECONDS each ("... (part 2).wav"), so a crash loses at most the part under way."""

    PART_SECONDS = 5 * 60.0

    recording_started = Signal()
    recording_saved = Signal(object)  # the Attachment
    recording_ended = Signal()  # saved, discarded or failed: the panel is idle again

    def __init__(self, capture_factory: Callable[[], Capture | None] | None = None,
                 choice_path: Path | None = None) -> None:
        super().__init__()
        # without a factory: the microphone the person chose (choice_path: where that
        # choice is remembered, app.services.microphone's file by default)
        self.microphones = MicrophoneChoice(choice_path)
        self.microphones.setVisible(capture_factory is None)
        self.capture_factory = capture_factory or self._chosen_capture
        self.vault: Vault | None = None
        self.case_id: str | None = None
        self.recording: Recording | None = None
        self._name = ""  # the first part's file name
        self._part = 1
        self._earlier = 0.0  # seconds in the parts already saved
        self.capture: Capture | None = None
        self.io: QIODevice | None = None
        self.has_input = False
        self._blocked = False

        self.record_button = QPushButton(self.tr("Record"))
        look.primary(look.with_icon(self.record_button, "mic"))
        font = QFont(self.record_button.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.record_button.setFont(font)
        self.record_button.setMinimumHeight(56)
        self.record_button.setSizePolicy(QSizePolicy.Policy.Expanding,
                                         QSizePolicy.Policy.Fixed)
        self.record_button.setAccessibleName(self.tr("Record an interview"))
        self.elapsed = plain_label(clock(0), wrap=False)
        self.elapsed.setAccessibleName(self.tr("Time recorded"))
        elapsed_font = QFont(self.elapsed.font())
        elapsed_font.setPointSizeF(elapsed_font.pointSizeF() * 1.4)
        self.elapsed.setFont(elapsed_font)
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Sound level"))
        self.meter_label = QLabel(self.tr("Sound level:"))
        self.meter_label.setBuddy(self.meter)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setAccessibleName(self.tr("Pause or continue the recording"))
        self.stop_button = QPushButton(self.tr("Stop and save"))
        look.with_icon(self.stop_button, "square")
        self.stop_button.setAccessibleName(self.tr("Stop the recording and save it"))
        self.status = plain_label()
        self.status.setAccessibleName(self.tr("Recording status"))

        top = QHBoxLayout()
        top.addWidget(self.record_button, 1)
        top.addWidget(self.elapsed)
        controls = QHBoxLayout()
        controls.addWidget(self.meter_label)
        controls.addWidget(self.meter, 1)
        controls.addWidget(self.pause_button)
        controls.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.microphones)
        layout.addLayout(top)
        layout.addLayout(controls)
        layout.addWidget(self.status)

        self.record_button.clicked.connect(self.on_record_clicked)
        self.pause_button.clicked.connect(self.on_pause_clicked)
        self.stop_button.clicked.connect(self.on_stop_clicked)
        self.microphones.changed.connect(self.refresh_device)
        self.microphones.problem.connect(self.status.setText)
        self.refresh_device()

    # -- state ------------------------------------------------------------------------

    @property
    def is_recording(self) -> bool:
        return self.recording is not None

    def set_target(self, vault: Vault | None, case_id: str | None) -> None:
        """Where recordings go. A recording under way is saved first (never left
        half-written)."""
        if self.recording is not None and (vault is not self.vault or case_id != self.case_id):
            self.finish()
        self.vault = vault
        self.case_id = case_id
        if vault is None:
            self.status.clear()
        self._update()

    def set_blocked(self, blocked: bool) -> None:
        """Another job (attaching files) is using the vault: no new recording meanwhile."""
        self._blocked = blocked
        self._update()

    def _chosen_capture(self) -> Capture | None:
        device = self.microphones.device()
        return QtCapture(device) if device is not None else None

    def refresh_device(self) -> None:
        if self.capture_factory == self._chosen_capture:
            self.has_input = self.microphones.device() is not None
        else:
            self.has_input = True
        self._update()

    def _update(self) -> None:
        recording_now = self.recording is not None
        if not self.has_input and not recording_now:
            self.record_button.setText(self.tr("No microphone found on this computer"))
            self.record_button.setToolTip(
                self.tr("Connect a microphone or headset to record an interview."))
        else:
            self.record_button.setText(self.tr("Recording...") if recording_now
                                       else self.tr("Record"))
            self.record_button.setToolTip("")
        self.record_button.setEnabled(
            self.has_input and not recording_now and not self._blocked
            and self.vault is not None and self.case_id is not None)
        self.microphones.setEnabled(bool(self.microphones.devices) and not recording_now)
        self.pause_button.setEnabled(recording_now)
        self.stop_button.setEnabled(recording_now)
        paused = self.recording is not None and self.recording.paused
        self.pause_button.setText(self.tr("Continue") if paused else self.tr("Pause"))
        if not recording_now:
            self.meter.setValue(0)

    # -- actions ----------------------------------------------------------------------

    def on_record_clicked(self) -> None:
        if self.recording is not None or self.vault is None or self.case_id is None:
            return
        capture = self.capture_factory()
        if capture is None:
            self.has_input = False
            self._update()
            return
        self._name = recording.default_filename()
        self._part = 1
        self._earlier = 0.0
        try:
            rec = recording.start(self.vault, self.case_id, capture.sample_rate,
                                  capture.channels, capture.sample_width,
                                  filename=self._name)
        except Exception as err:  # noqa: BLE001 - shown as one sentence
            self.status.setText(error_text(err))
            return
        io = capture.start()
        if io is None:
            rec.discard()
            self.status.setText(self.tr("The microphone could not be started. Check that no "
                                        "other program is using it, then try again."))
            return
        self.recording = rec
        self.capture = capture
        self.io = io
        io.readyRead.connect(self.on_ready_read)
        failed = getattr(capture, "failed", None)
        if failed is not None:
            failed.connect(self.on_capture_failed)
        self.elapsed.setText(clock(0))
        self.status.setText(self.tr("Recording. Each moment is saved, encrypted, as it is "
                                    "recorded."))
        self._update()
        self.recording_started.emit()

    def on_ready_read(self) -> None:
        if self.io is None or self.recording is None:
            return
        data = bytes(self.io.readAll().data())
        self._feed(data)

    def _feed(self, data: bytes) -> None:
        rec = self.recording
        if rec is None or not data:
            return
        if self.capture is not None and self.capture.float32:
            data = float_to_int16(data)
        try:
            rec.feed(data)
        except Exception as err:  # noqa: BLE001 - e.g. the disk is full
            self._end_capture()
            rec.discard()
            self.recording = None
            self.status.setText(error_text(err))
            self._update()
            self.recording_ended.emit()
            return
        self.meter.setValue(round(min(1.0, rec.level * 2) * 100))  # speech sits low
        self.elapsed.setText(clock(self._earlier + rec.elapsed))
        if rec.full:
            self.finish()
        elif rec.elapsed >= self.PART_SECONDS:
            self._next_part(rec)

    def _next_part(self, rec: Recording) -> None:
        """Save what was recorded so far as one part and go on in a new one, so that a
        crash or power cut loses at most the part under way."""
        assert self.vault is not None
        assert self.case_id is not None
        try:
            attachment = rec.stop()
        except Exception as err:  # noqa: BLE001 - shown as one sentence
            self._end_capture()
            self.recording = None
            rec.discard()
            self.status.setText(error_text(err))
            self._update()
            self.recording_ended.emit()
            return
        self.recording_saved.emit(attachment)
        self._earlier += rec.elapsed
        self._part += 1
        stem = self._name.removesuffix(".wav")
        try:
            following = recording.start(
                self.vault, self.case_id, rec.sample_rate, rec.channels, rec.sample_width,
                filename=fill(self.tr("%1 (part %2).wav"), stem, self._part),
            )
        except Exception as err:  # noqa: BLE001 - shown as one sentence
            self._end_capture()
            self.recording = None
            self.status.setText(error_text(err))
            self._update()
            self.recording_ended.emit()
            return
        if rec.paused:
            following.pause()
        self.recording = following

    def on_pause_clicked(self) -> None:
        if self.recording is None:
            return
        if self.recording.paused:
            self.recording.resume()
            self.status.setText(self.tr("Recording."))
        else:
            self.on_ready_read()  # keep what was said before Pause
            self.recording.pause()
            self.status.setText(self.tr("Paused. Nothing is recorded until you press "
                                        "Continue."))
        self._update()

    def on_stop_clicked(self) -> None:
        self.finish()

    def on_capture_failed(self) -> None:
        """The microphone stopped (unplugged, taken by another program, the sound system
        ended): keep what was recorded and say so in one sentence."""
        if self.recording is not None:
            self.finish(failed=True)

    def _end_capture(self) -> None:
        if self.io is not None:
            self.io.readyRead.disconnect(self.on_ready_read)
        if self.capture is not None:
            failed = getattr(self.capture, "failed", None)
            if failed is not None:
                failed.disconnect(self.on_capture_failed)
            self.capture.stop()
        self.io = None
        self.capture = None

    def finish(self, *, failed: bool = False) -> None:
        """Stop and save the recording under way (if saving fails, nothing is left);
        `failed`: because the microphone stopped working."""
        rec = self.recording
        if rec is None:
            return
        if self.io is not None and not rec.paused:
            self._feed(bytes(self.io.readAll().data()))
            rec = self.recording
            if rec is None:  # feeding failed and already ended it
                return
        self._end_capture()
        self.recording = None
        if rec.frames == 0:  # stopped just as a new part began, or no sound came at all
            rec.discard()
            self.status.setText(self._saved_text(self._earlier, failed))
            self._update()
            self.recording_ended.emit()
            return
        try:
            attachment = rec.stop()
        except Exception as err:  # noqa: BLE001 - shown as one sentence
            rec.discard()
            self.status.setText(error_text(err))
            self._update()
            self.recording_ended.emit()
            return
        self.status.setText(self._saved_text(self._earlier + rec.elapsed, failed))
        self._update()
        self.recording_saved.emit(attachment)
        self.recording_ended.emit()

    def _saved_text(self, seconds: float, failed: bool) -> str:
        if seconds <= 0:
            return (self.tr("The microphone stopped working before any sound was recorded, "
                            "so nothing was saved.") if failed
                    else self.tr("Nothing was recorded, so nothing was saved."))
        if failed:
            return fill(self.tr("The microphone stopped working; what was recorded until "
                                "then (%1) is saved in your encrypted vault."), clock(seconds))
        return fill(self.tr("Saved in your encrypted vault (%1)."), clock(seconds))

    def discard(self) -> None:
        """Throw away the recording under way; nothing of it remains."""
        rec = self.recording
        if rec is None:
            return
        self._end_capture()
        self.recording = None
        rec.discard()
        self._update()
        self.recording_ended.emit()

