"""Showing an attachment inside the app, decrypted in memory only: pictures, recordings
and plain text (the viewer dialog, and which files it may try to show). Nothing here writes
a file, and nothing here decodes a sender's bytes (DESIGN.md section 6, "Hostile content"):
app.services.viewing decides by the first bytes what the file is; a PNG or JPEG is decoded
in a separate, limited process and arrives as raw pixels, from which alone a QImage is
built; a WAV recording is read by our own parser and played as raw PCM
(app.ui.researcher.players); anything else is a plain message with "Save a copy as..."."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import viewing
from app.services.pictures import Pixels
from app.services.viewing import Show, Viewable
from app.ui.common import jobs, look
from app.ui.common.widgets import Busy, error_text, plain_label
from app.ui.researcher.players import AudioPlayer

MAX_PREVIEW = 256 * 1000 * 1000  # 256 MB, as the message says (powers of 1000)
WAV_TYPES = frozenset({"audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave"})
_QIMAGE_FORMATS = {
    "rgb32": QImage.Format.Format_RGB32,
    "argb32": QImage.Format.Format_ARGB32,
    "argb32_premultiplied": QImage.Format.Format_ARGB32_Premultiplied,
    "grayscale8": QImage.Format.Format_Grayscale8,
}


def kind_of(media_type: str, filename: str = "") -> str | None:
    """Whether the viewer should read the file at all, by its label: "image", "audio" (WAV),
    "text", or None (shown as a message without decrypting it). The label only decides
    whether to look; what is shown is decided by the bytes (app.services.viewing)."""
    media_type = media_type.lower()
    name = filename.lower()
    if media_type.startswith("image/"):
        return "image"
    if media_type in WAV_TYPES or name.endswith(".wav"):
        return "audio"
    if media_type in viewing.TEXT_TYPES or name.endswith(".txt"):
        return "text"
    return None


def image_from(pixels: Pixels) -> QImage:
    """A QImage that owns a copy of the checked raw pixels: the only way a picture from an
    attachment becomes an image in this process."""
    image = QImage(bytes(pixels.data), pixels.width, pixels.height, pixels.bytes_per_line,
                   _QIMAGE_FORMATS[pixels.format])
    return image.copy()


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

    def picture_size(self) -> QSize:
        """The size of the picture shown (before scaling to fit); empty if none."""
        return QSize() if self._pixmap is None else self._pixmap.size()

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

    # The user asked for an unencrypted copy of a file the viewer does not show.
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guvoh - File"))
        self.setAccessibleName(self.tr("File viewer"))
        self.resize(720, 540)
        self.name = plain_label()
        self.name.setAccessibleName(self.tr("File name"))
        # What the file reveals (place, device, author...), in plain words; plain text only
        self.details = plain_label()
        self.details.setAccessibleName(self.tr("Hidden details of this file"))
        self.details.hide()
        self.busy = Busy()
        self.busy.setAccessibleName(self.tr("Opening the file"))
        self.error = plain_label()
        self.error.setAccessibleName(self.tr("Problem with the file"))
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.save_button = QPushButton(self.tr("Save a copy as..."))
        look.with_icon(self.save_button, "download")
        self.save_button.setAccessibleName(
            self.tr("Save an unencrypted copy of this file to open it elsewhere"))
        self.save_button.clicked.connect(self.save_requested)
        self.message_page = QWidget()
        message_layout = QVBoxLayout(self.message_page)
        message_layout.addStretch(1)
        message_layout.addWidget(self.error)
        message_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignCenter)
        message_layout.addStretch(1)
        self.image = ImageView()
        self.player = AudioPlayer()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text of the file"))
        self.stack = QStackedWidget()
        self.placeholder = QWidget()
        for widget in (self.placeholder, self.message_page, self.image, self.player,
                       self.text):
            self.stack.addWidget(widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close the viewer"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.details)
        layout.addWidget(self.busy)
        layout.addWidget(self.stack, 1)
        layout.addWidget(buttons)
        self.finished.connect(lambda _result: self.release())
        self.release()

    def show_details(self, lines: list[str]) -> None:
        """The sentences saying what the file reveals (app.ui.researcher.attachments)."""
        self.details.setText("\n".join(lines))
        self.details.setVisible(bool(lines))

    def show_busy(self, filename: str) -> None:
        self.name.setText(filename)
        self.stack.setCurrentWidget(self.placeholder)
        self.busy.show()

    def show_error(self, text: str) -> None:
        """A sentence instead of the content (a damaged file, a refused picture...)."""
        self.release()
        self.error.setText(text)
        self.save_button.hide()
        self.stack.setCurrentWidget(self.message_page)

    def show_not_shown(self, text: str | None = None) -> None:
        """A plain message that Guvoh does not open this kind of file, with "Save a copy
        as..." and the warning that goes with it."""
        self.release()
        self.error.setText(text or self.tr(
            "Guvoh shows only PNG and JPEG pictures, WAV recordings and plain text, so this "
            "file is not opened here. You can save a copy and open it with another program, "
            "but a file that came from outside may be made to harm the computer that opens "
            "it."))
        self.save_button.show()
        self.stack.setCurrentWidget(self.message_page)

    @property
    def shows_message(self) -> bool:
        return self.stack.currentWidget() is self.message_page

    def open_bytes(self, data: bytes, media_type: str) -> None:
        """Decide by the bytes what to show and show it; pictures are decoded in their own
        process (a job), so this returns at once. A refused picture or recording is a
        sentence, with "Save a copy as..."."""
        self.busy.show()
        self.stack.setCurrentWidget(self.placeholder)
        jobs.run(self, lambda ctx: viewing.prepare(data, media_type, ctx.cancel),
                 on_done=self.show_viewable,
                 on_failed=lambda err: self.show_not_shown(error_text(err)))

    def show_viewable(self, viewable: Viewable) -> None:
        self.busy.hide()
        if viewable.show is Show.PICTURE and viewable.pixels is not None:
            self.image.set_image(image_from(viewable.pixels))
            self.stack.setCurrentWidget(self.image)
        elif viewable.show is Show.SOUND and viewable.sound is not None:
            self.stack.setCurrentWidget(self.player)
            self.player.load(viewable.sound)
        elif viewable.show is Show.TEXT and viewable.text is not None:
            self.text.setPlainText(viewable.text)
            self.stack.setCurrentWidget(self.text)
        else:
            self.show_not_shown()

    def shows_content(self) -> bool:
        current = self.stack.currentWidget()
        return current in (self.image, self.player, self.text) and (
            current is not self.image or self.image.has_image()
        )

    def release(self) -> None:
        """Stop playback, stop a decoder still running, and forget the decrypted content."""
        for job in jobs.running(self):
            job.cancel()
        jobs.invalidate(self)
        self.player.release()
        self.image.set_image(None)
        self.text.clear()
        self.error.clear()
        self.busy.hide()
        self.stack.setCurrentWidget(self.placeholder)
