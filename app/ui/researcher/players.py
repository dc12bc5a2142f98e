"""Playing a recording decrypted in memory: nothing is written to disk. Only WAV/PCM is
played: its header is read by our own parser (app.services.wav) and the raw samples go to a
QAudioSink reading a QBuffer (AudioPlayer). No media framework (FFmpeg, QMediaPlayer) ever
sees an attachment's bytes (DESIGN.md section 6, "Hostile content"): other sound (MP3, M4A,
Ogg...) is offered as a copy instead."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, QTimer
from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices, QtAudio
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSlider, QVBoxLayout, QWidget

from app.domain.text import fill
from app.services.wav import WavSound
from app.ui.common.widgets import plain_label


def clock(seconds: float) -> str:
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


_SAMPLE_FORMATS = {
    1: QAudioFormat.SampleFormat.UInt8,
    2: QAudioFormat.SampleFormat.Int16,
    4: QAudioFormat.SampleFormat.Int32,
}


class PlayerControls:
    """Play/Pause, Stop, a position slider, the time played and a message line, laid out
    in `owner`."""

    def __init__(self, owner: QWidget) -> None:
        self.play = QPushButton(QCoreApplication.translate("PlayerControls", "Play"))
        self.play.setAccessibleName(
            QCoreApplication.translate("PlayerControls", "Play or pause the recording"))
        self.stop = QPushButton(QCoreApplication.translate("PlayerControls", "Stop"))
        self.stop.setAccessibleName(QCoreApplication.translate("PlayerControls", "Stop playing"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(
            QCoreApplication.translate("PlayerControls", "Position in the recording"))
        self.position = plain_label(wrap=False)
        self.position.setAccessibleName(QCoreApplication.translate("PlayerControls", "Time played"))
        self.message = plain_label()
        self.message.setAccessibleName(
            QCoreApplication.translate("PlayerControls", "Player message"))
        self.message.hide()
        controls = QHBoxLayout()
        controls.addWidget(self.play)
        controls.addWidget(self.stop)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.position)
        layout = QVBoxLayout(owner)
        layout.addStretch(1)
        layout.addLayout(controls)
        layout.addWidget(self.message)
        layout.addStretch(1)


class AudioPlayer(QWidget):
    """Plays a WAV recording held in memory: Play/Pause, Stop and a position slider."""

    def __init__(self) -> None:
        super().__init__()
        self.audio: WavSound | None = None
        self.sink: QAudioSink | None = None
        self.buffer: QBuffer | None = None
        self._data: QByteArray | None = None
        self._offset_frames = 0  # where the current run of the sink started
        self.controls = PlayerControls(self)
        self.play_button, self.stop_button = self.controls.play, self.controls.stop
        self.slider, self.position = self.controls.slider, self.controls.position
        self.message = self.controls.message
        self.timer = QTimer(self)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self._tick)
        self.play_button.clicked.connect(self.on_play_clicked)
        self.stop_button.clicked.connect(self.stop)
        self.slider.sliderReleased.connect(self._seek)
        self._set_enabled(False)

    def load(self, audio: WavSound) -> bool:
        """Get ready to play `audio`; False (with a sentence shown) if it cannot be."""
        self.release()
        self.audio = audio
        self.slider.setRange(0, max(0, audio.frames // max(1, audio.sample_rate // 10)))
        self._show_position(0)
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            self._say(self.tr("No speakers or headphones were found on this computer, so the "
                              "recording cannot be played here."))
            return False
        fmt = QAudioFormat()
        fmt.setSampleRate(audio.sample_rate)
        fmt.setChannelCount(audio.channels)
        fmt.setSampleFormat(_SAMPLE_FORMATS[audio.sample_width])
        if not device.isFormatSupported(fmt):
            self._say(self.tr("The sound system of this computer cannot play this recording."))
            return False
        self._data = QByteArray(bytes(audio.pcm))
        self.buffer = QBuffer(self)
        self.buffer.setData(self._data)
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.sink = QAudioSink(device, fmt, self)
        # PySide6 cannot hand the QtAudio.State argument to a Python slot (DESIGN.md 12):
        # a callable without arguments reads the state itself
        self.sink.stateChanged.connect(lambda: self._on_state())
        self._set_enabled(True)
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self._set_enabled(False)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.play_button, self.stop_button, self.slider):
            widget.setEnabled(enabled)

    @property
    def playing(self) -> bool:
        return self.sink is not None and self.sink.state() == QtAudio.State.ActiveState

    def on_play_clicked(self) -> None:
        if self.sink is None or self.buffer is None:
            return
        state = self.sink.state()
        if state == QtAudio.State.ActiveState:
            self.sink.suspend()
        elif state == QtAudio.State.SuspendedState:
            self.sink.resume()
        else:
            self._start_at(self._offset_frames)  # from the start, or where the slider was put
            return
        self._update_buttons()

    def _start_at(self, frame: int) -> None:
        if self.sink is None or self.buffer is None or self.audio is None:
            return
        block = self.audio.channels * self.audio.sample_width
        frame = max(0, min(frame, self.audio.frames))
        self.sink.stop()
        self.buffer.seek(frame * block)
        self._offset_frames = frame
        self.sink.start(self.buffer)
        self.timer.start()
        self._update_buttons()

    def _played_frames(self) -> int:
        if self.sink is None or self.audio is None:
            return 0
        return int(self.sink.processedUSecs() * self.audio.sample_rate / 1_000_000)

    def _seek(self) -> None:
        if self.audio is None:
            return
        frame = self.slider.value() * max(1, self.audio.sample_rate // 10)
        if self.playing:
            self._start_at(frame)
        else:
            self._offset_frames = frame
            if self.sink is not None:
                self.sink.stop()
            if self.buffer is not None:
                self.buffer.seek(0)  # a later Play starts from _offset_frames
            self._show_position(frame)

    def stop(self) -> None:
        if self.sink is not None:
            self.sink.stop()
        self._offset_frames = 0
        self.timer.stop()
        self._show_position(0)
        self._update_buttons()

    def _on_state(self) -> None:
        if self.sink is not None and self.sink.state() == QtAudio.State.IdleState:
            self.sink.stop()  # played to the end
            self.timer.stop()
            self._offset_frames = 0
        self._update_buttons()

    def _tick(self) -> None:
        self._show_position(self._offset_frames + self._played_frames())

    def _show_position(self, frame: int) -> None:
        if self.audio is None:
            self.position.setText("")
            return
        rate = max(1, self.audio.sample_rate)
        if not self.slider.isSliderDown():
            self.slider.setValue(frame // max(1, rate // 10))
        self.position.setText(fill(self.tr("%1 of %2"), clock(frame / rate),
                                   clock(self.audio.duration)))

    def _update_buttons(self) -> None:
        self.play_button.setText(self.tr("Pause") if self.playing else self.tr("Play"))

    def release(self) -> None:
        """Stop and drop the audio (the decrypted bytes go with it)."""
        self.timer.stop()
        if self.sink is not None:
            self.sink.stop()
            self.sink.deleteLater()
            self.sink = None
        if self.buffer is not None:
            self.buffer.close()
            self.buffer.setData(QByteArray())
            self.buffer.deleteLater()
            self.buffer = None
        self._data = None
        self.audio = None
        self._offset_frames = 0
        self.message.hide()
        self._set_enabled(False)
        self._update_buttons()
