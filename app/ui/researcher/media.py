"""Showing an attachment inside the app, decrypted in memory only: pictures, recordings
and plain text. Nothing here writes a file, temporary or otherwise: pictures are decoded
from bytes (QImage.fromData); WAV recordings are parsed in Python
(app.services.recording.parse_wav) and played by a QAudioSink reading a QBuffer; other
sound (MP3, M4A, Ogg...) is played by QMediaPlayer from a QBuffer (setSourceDevice)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QSize,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtMultimedia import (
    QAudioFormat,
    QAudioOutput,
    QAudioSink,
    QMediaDevices,
    QMediaPlayer,
    QtAudio,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.recording import WavAudio, WavUnreadable, parse_wav
from app.ui.common.widgets import Busy, plain_label

MAX_PREVIEW = 256 * 1024 * 1024
MAX_TEXT_PREVIEW = 4 * 1024 * 1024
WAV_TYPES = frozenset({"audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave"})
_SOUND_SUFFIXES = (".mp3", ".m4a", ".aac", ".ogg", ".oga", ".opus", ".flac", ".amr", ".wma")
_TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/csv"})


def kind_of(media_type: str, filename: str = "") -> str | None:
    """What the app can show of this file: "image", "audio" (WAV, played by Guvoh itself),
    "sound" (other audio, played by the system's decoders), "text", or None."""
    media_type = media_type.lower()
    name = filename.lower()
    if media_type.startswith("image/") and media_type != "image/svg+xml":
        return "image"
    if media_type in WAV_TYPES or name.endswith(".wav"):
        return "audio"
    if media_type.startswith("audio/") or name.endswith(_SOUND_SUFFIXES):
        return "sound"
    if media_type in _TEXT_TYPES or name.endswith(".txt"):
        return "text"
    return None


def clock(seconds: float) -> str:
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


class ImageView(QLabel):
    """A picture scaled to fit, keeping its proportions."""

    def __init__(self) -> None:
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(QSize(200, 150))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setAccessibleName(self.tr("Picture"))
        self._pixmap: QPixmap | None = None

    def set_image(self, image: QImage | None) -> None:
        self._pixmap = None if image is None else QPixmap.fromImage(image)
        self._rescale()

    def has_image(self) -> bool:
        return self._pixmap is not None and not self._pixmap.isNull()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._pixmap is None:
            self.clear()
            return
        size = self._pixmap.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        if size.width() > self._pixmap.width():
            size = self._pixmap.size()  # never enlarge a small picture
        self.setPixmap(self._pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))


_SAMPLE_FORMATS = {
    1: QAudioFormat.SampleFormat.UInt8,
    2: QAudioFormat.SampleFormat.Int16,
    4: QAudioFormat.SampleFormat.Int32,
}


class PlayerControls:
    """Play/Pause, Stop, a position slider, the time played and a message line, laid out
    in `owner` (both players use them)."""

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
        self.audio: WavAudio | None = None
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

    def load(self, audio: WavAudio) -> bool:
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
        self.sink.stateChanged.connect(self._on_state)
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

    def _on_state(self, state: QtAudio.State) -> None:
        if state == QtAudio.State.IdleState:  # played to the end
            if self.sink is not None:
                self.sink.stop()
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
        self.position.setText(self.tr("%1 of %2").replace("%1", clock(frame / rate))
                              .replace("%2", clock(self.audio.duration)))

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


class StreamPlayer(QWidget):
    """Compressed sound (MP3, M4A, Ogg/Opus, FLAC... as phones record it) played by
    QMediaPlayer straight from a QBuffer in memory (setSourceDevice): no file is made."""

    def __init__(self) -> None:
        super().__init__()
        self.player: QMediaPlayer | None = None
        self.output: QAudioOutput | None = None
        self.buffer: QBuffer | None = None
        self.controls = PlayerControls(self)
        self.play_button, self.stop_button = self.controls.play, self.controls.stop
        self.slider, self.position = self.controls.slider, self.controls.position
        self.message = self.controls.message
        self.play_button.clicked.connect(self.on_play_clicked)
        self.stop_button.clicked.connect(self.stop)
        self.slider.sliderReleased.connect(self._seek)
        self._set_enabled(False)

    def load(self, data: bytes, filename: str) -> bool:
        """Get ready to play `data`; False (with a sentence shown) if it cannot be."""
        self.release()
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            self._say(self.tr("No speakers or headphones were found on this computer, so the "
                              "recording cannot be played here."))
            return False
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.output = QAudioOutput(device, self)
        self.player = QMediaPlayer(self)
        self.player.setAudioOutput(self.output)
        self.player.positionChanged.connect(self._show_position)
        self.player.durationChanged.connect(self._on_duration)
        self.player.playbackStateChanged.connect(lambda _state: self._update_buttons())
        self.player.errorOccurred.connect(self._on_error)
        suffix = Path(filename).suffix.lower()
        # the URL only hints at the format; the bytes come from the buffer in memory
        self.player.setSourceDevice(self.buffer, QUrl("memory:attachment" + suffix))
        self._set_enabled(True)
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self._set_enabled(False)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.play_button, self.stop_button, self.slider):
            widget.setEnabled(enabled)

    def _on_error(self, _error: QMediaPlayer.Error, _text: str) -> None:
        self._say(self.tr("This recording could not be played; it may be damaged or in a "
                          "format this computer cannot play."))

    def _on_duration(self, duration: int) -> None:
        self.slider.setRange(0, max(0, duration // 100))
        self._show_position(self.player.position() if self.player is not None else 0)

    def _show_position(self, position: int) -> None:
        duration = self.player.duration() if self.player is not None else 0
        if not self.slider.isSliderDown():
            self.slider.setValue(position // 100)
        self.position.setText(self.tr("%1 of %2").replace("%1", clock(position / 1000))
                              .replace("%2", clock(duration / 1000)))

    @property
    def playing(self) -> bool:
        return (self.player is not None
                and self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState)

    def on_play_clicked(self) -> None:
        if self.player is None:
            return
        if self.playing:
            self.player.pause()
        else:
            self.player.play()

    def stop(self) -> None:
        if self.player is not None:
            self.player.stop()

    def _seek(self) -> None:
        if self.player is not None:
            self.player.setPosition(self.slider.value() * 100)

    def _update_buttons(self) -> None:
        self.play_button.setText(self.tr("Pause") if self.playing else self.tr("Play"))

    def release(self) -> None:
        """Stop and drop the sound (the decrypted bytes go with it)."""
        if self.player is not None:
            self.player.stop()
            self.player.setSource(QUrl())
            self.player.deleteLater()
            self.player = None
        if self.output is not None:
            self.output.deleteLater()
            self.output = None
        if self.buffer is not None:
            self.buffer.close()
            self.buffer.setData(QByteArray())
            self.buffer.deleteLater()
            self.buffer = None
        self.position.clear()
        self.message.hide()
        self._set_enabled(False)
        self._update_buttons()


class ViewerDialog(QDialog):
    """An attachment decrypted in memory. The title never names the file (window titles
    must not show case content); the name is shown inside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guvoh - File"))
        self.setAccessibleName(self.tr("File viewer"))
        self.resize(720, 540)
        self.name = plain_label()
        self.name.setAccessibleName(self.tr("File name"))
        self.busy = Busy()
        self.busy.setAccessibleName(self.tr("Opening the file"))
        self.error = plain_label()
        self.error.setAccessibleName(self.tr("Problem with the file"))
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image = ImageView()
        self.player = AudioPlayer()
        self.stream = StreamPlayer()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text of the file"))
        self.stack = QStackedWidget()
        self.placeholder = QWidget()
        for widget in (self.placeholder, self.error, self.image, self.player, self.stream,
                       self.text):
            self.stack.addWidget(widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close the viewer"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.busy)
        layout.addWidget(self.stack, 1)
        layout.addWidget(buttons)
        self.finished.connect(lambda _result: self.release())

    def show_busy(self, filename: str) -> None:
        self.name.setText(filename)
        self.stack.setCurrentWidget(self.placeholder)
        self.busy.show()

    def show_error(self, text: str) -> None:
        self.release()
        self.busy.hide()
        self.error.setText(text)
        self.stack.setCurrentWidget(self.error)

    def show_content(self, kind: str, data: bytes, filename: str = "") -> None:
        """Show the decrypted bytes (kind from `kind_of`); a sentence if they don't decode."""
        self.busy.hide()
        if kind == "image":
            image = QImage.fromData(data)
            if image.isNull():
                self.show_error(self.tr("This picture could not be read; it may be in a "
                                        "format Guvoh does not know."))
                return
            self.image.set_image(image)
            self.stack.setCurrentWidget(self.image)
        elif kind == "audio":
            try:
                audio = parse_wav(data)
            except WavUnreadable:
                self.show_error(self.tr("This recording could not be read; it is not a WAV "
                                        "sound file Guvoh can play."))
                return
            self.stack.setCurrentWidget(self.player)
            self.player.load(audio)
        elif kind == "sound":
            self.stack.setCurrentWidget(self.stream)
            self.stream.load(data, filename)
        elif kind == "text":
            self.text.setPlainText(data[:MAX_TEXT_PREVIEW].decode("utf-8", errors="replace"))
            self.stack.setCurrentWidget(self.text)
        else:
            self.show_error(self.tr("Guvoh cannot show this kind of file."))

    def shows_content(self) -> bool:
        current = self.stack.currentWidget()
        return current in (self.image, self.player, self.stream, self.text) and (
            current is not self.image or self.image.has_image()
        )

    def release(self) -> None:
        """Stop playback and forget the decrypted content."""
        self.player.release()
        self.stream.release()
        self.image.set_image(None)
        self.text.clear()
        self.error.clear()
        self.busy.hide()
        self.stack.setCurrentWidget(self.placeholder)
