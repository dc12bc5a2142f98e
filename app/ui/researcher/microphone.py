"""The computer's microphones: which one records (MicrophoneChoice, the default first, the
choice remembered by device id) and reading it (QtCapture, with failure detection).

PySide6 6.11 cannot hand QAudioSource.stateChanged's QtAudio.State argument to a Python
slot (DESIGN.md section 12): connected to a method taking the state, every change raised
TypeError inside Qt and the person saw "Guvoh ran into a problem it did not expect". The
state is read with state() and error() instead, from a callable without arguments. On
Linux (PulseAudio) a microphone that disappears does not change the source's state at all:
the sound simply stops coming, so a watchdog also treats a few seconds without sound as
the microphone having stopped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QIODevice, QObject, QTimer, Signal
from PySide6.QtMultimedia import (
    QAudioDevice,
    QAudioFormat,
    QAudioSource,
    QMediaDevices,
    QtAudio,
)
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget
from shiboken6 import Shiboken

from app.domain.text import fill
from app.services import microphone as remembered


class QtCapture(QObject):
    """A microphone through QAudioSource, in push mode (`io = source.start()`, read on
    readyRead). Asks for 16 kHz mono 16-bit; otherwise takes the device's own format.
    `failed` is emitted once if the source reports an error, stops by itself, its device
    goes away, or no sound arrives for STALL_SECONDS (twice that before the first sound)."""

    failed = Signal()

    STALL_SECONDS = 3.0
    CHECK_MS = 250

    def __init__(self, device: QAudioDevice) -> None:
        super().__init__()
        self.device = device
        fmt = QAudioFormat()
        fmt.setSampleRate(16000)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(fmt):
            fmt = device.preferredFormat()
            wanted = QAudioFormat(fmt)
            wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
            if device.isFormatSupported(wanted):
                fmt = wanted
        self.format = fmt
        self.sample_rate = fmt.sampleRate()
        self.channels = max(1, fmt.channelCount())
        self.float32 = fmt.sampleFormat() == QAudioFormat.SampleFormat.Float
        self.sample_width = 2 if self.float32 else max(1, fmt.bytesPerSample())
        self.source: QAudioSource | None = None
        self.io: QIODevice | None = None
        self.has_failed = False
        self._running = False
        self._heard = False
        self._quiet = QElapsedTimer()  # since the last sound arrived
        self._watch = QTimer(self)
        self._watch.setInterval(self.CHECK_MS)
        self._watch.timeout.connect(self.check)
        self._devices = QMediaDevices(self)
        self._devices.audioInputsChanged.connect(lambda: self.check())

    def start(self) -> QIODevice | None:
        source = QAudioSource(self.device, self.format, self)
        self.source = source
        # never a slot taking QtAudio.State: PySide6 cannot convert it (see the module)
        source.stateChanged.connect(lambda: self.check())
        io = source.start()
        if io is None or source.error() != QtAudio.Error.NoError:
            self.stop()
            return None
        io.readyRead.connect(self._on_sound)
        self.io = io
        self._heard = False
        self._quiet.start()
        self._watch.start()
        self._running = True
        return io

    def _on_sound(self) -> None:
        self._heard = True
        self._quiet.start()

    def check(self) -> None:
        """Emit `failed` (once) if the microphone has stopped giving sound."""
        source = self.source
        if (source is None or self.io is None or self.has_failed or not self._running
                or not Shiboken.isValid(self._watch)):  # being destroyed with the app
            return
        gone = all(d.id() != self.device.id() for d in QMediaDevices.audioInputs())
        # a device may take a moment to start: twice as long before its first sound
        limit = self.STALL_SECONDS * (1000 if self._heard else 2000)
        silent = (self._quiet.elapsed() > limit
                  and self.io.bytesAvailable() == 0)  # not merely a busy event loop
        if (source.error() != QtAudio.Error.NoError
                or source.state() == QtAudio.State.StoppedState or gone or silent):
            self.has_failed = True
            self._watch.stop()
            self.failed.emit()  # the owner reads what is left, then calls stop()

    def stop(self) -> None:
        if not self._running and self.source is None:
            return
        self._running = False
        self._watch.stop()
        source, self.source, self.io = self.source, None, None
        if source is not None:
            source.stop()
            source.deleteLater()


def device_key(device: QAudioDevice) -> str:
    """How a device is remembered: its id in hex (never its name)."""
    return bytes(device.id().data()).hex()


def inputs() -> list[QAudioDevice]:
    """The computer's microphones, the default first."""
    default = QMediaDevices.defaultAudioInput()
    found = list(QMediaDevices.audioInputs())
    first = [d for d in found if not default.isNull() and d.id() == default.id()]
    return first + [d for d in found if d not in first]


def default_capture() -> QtCapture | None:
    """The default microphone, or None when this computer has none."""
    device = QMediaDevices.defaultAudioInput()
    if device.isNull():
        return None
    return QtCapture(device)


class MicrophoneChoice(QWidget):
    """"Microphone: [the default (default) | others...]". The person's choice is
    remembered by device id; when that device is not connected, the default is used."""

    changed = Signal()  # microphones came or went
    problem = Signal(str)  # one sentence to show

    def __init__(self, choice_path: Path | None = None) -> None:
        super().__init__()
        self.choice_path = choice_path
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Microphone"))
        self.combo.setPlaceholderText(self.tr("No microphone found"))
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(16)  # a long device name never widens the window
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.label = QLabel(self.tr("Microphone:"))
        self.label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo, 1)
        self.devices: list[QAudioDevice] = []
        self.combo.activated.connect(self.on_activated)
        self._watch = QMediaDevices(self)
        self._watch.audioInputsChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.devices = inputs()
        wanted = remembered.load(self.choice_path)
        self.combo.blockSignals(True)
        self.combo.clear()
        for index, device in enumerate(self.devices):
            name = device.description()
            self.combo.addItem(fill(self.tr("%1 (default)"), name) if index == 0 else name)
        keys = [device_key(d) for d in self.devices]
        self.combo.setCurrentIndex(keys.index(wanted) if wanted in keys
                                   else (0 if keys else -1))
        self.combo.blockSignals(False)
        self.combo.setEnabled(bool(self.devices))
        self.changed.emit()

    def device(self) -> QAudioDevice | None:
        index = self.combo.currentIndex()
        return self.devices[index] if 0 <= index < len(self.devices) else None

    def on_activated(self, index: int) -> None:
        if 0 <= index < len(self.devices):
            try:
                remembered.save(device_key(self.devices[index]), self.choice_path)
            except Exception:  # noqa: BLE001 - the choice still holds for this session
                self.problem.emit(
                    self.tr("This microphone will be used now, but the choice could not be "
                            "remembered for next time."))
