"""Showing an attachment inside the app, decrypted in memory only: pictures, recordings
and plain text (the viewer dialog, and which files it can show). Nothing here writes a
file, temporary or otherwise: pictures are decoded from bytes (QImage.fromData); recordings
are played from memory by app.ui.researcher.players."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import WavUnreadable
from app.services.recording import parse_wav
from app.ui.common.widgets import Busy, plain_label
from app.ui.researcher.players import AudioPlayer, StreamPlayer

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
