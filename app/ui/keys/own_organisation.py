"""A coordinator's own organisation: created once (with its card file), then its safety
code shown to read to researchers, and its card saved again, as a file or as a printable QR
code picture, whenever needed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import fill
from app.services import organisations
from app.services.errors import (
    CardError,
    CardTooLargeForQr,
    FileSystemError,
    ServiceError,
    VaultError,
)
from app.services.vaults import Vault
from app.ui.common import look
from app.ui.common.fields import PathField, SafetyCodeLabel, grouped_code, heading
from app.ui.common.widgets import error_text, plain_label

CARD_FILE_NAME = "organisation.card"


class OwnOrganisationPanel(QWidget):
    """For a coordinator vault: create the organisation (and its card file) once, then
    show its safety code to read to researchers and save its card again when needed."""

    created = Signal(object)  # Organisation

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of your organisation"))
        self.name.setMaxLength(200)
        self.folder = PathField(self.tr("Folder for the card file"),
                                self.tr("Choose where to save the card"), folder=True)
        self.create_button = QPushButton(self.tr("Create the organisation"))
        self.create_button.setAccessibleName(self.tr("Create the organisation"))
        self.save_button = QPushButton(self.tr("Save the card"))
        look.with_icon(self.save_button, "save")
        self.save_button.setAccessibleName(self.tr("Save the card"))
        self.qr_button = QPushButton(self.tr("Save as a QR code picture"))
        look.with_icon(self.qr_button, "qr-code")
        self.qr_button.setAccessibleName(self.tr("Save as a QR code picture"))
        self.title = plain_label()
        self.code_label = SafetyCodeLabel()
        # The card as a QR code, on screen (a phone can read it from here too).
        self.qr_label = QLabel()
        self.qr_label.setAccessibleName(self.tr("QR code of your organisation card"))
        self.qr_label.setAccessibleDescription(self.tr(
            "A phone or scanner that reads it gets the card file. The researcher still "
            "compares the safety code with you."
        ))
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Message"))

        self.create_box = QWidget()
        create = QFormLayout(self.create_box)
        create.setContentsMargins(0, 0, 0, 0)
        create.addRow("", plain_label(self.tr(
            "Create your organisation once. Guvoh saves its card: a small file you give to "
            "your researchers so that only your coordinators can open what they send."
        )))
        create.addRow(self.tr("Name"), self.name)
        self.existing_box = QWidget()
        existing = QVBoxLayout(self.existing_box)
        existing.setContentsMargins(0, 0, 0, 0)
        existing.addWidget(self.title)
        existing.addWidget(self.code_label)
        existing.addWidget(plain_label(self.tr(
            "When a researcher adds your card, read them this safety code by phone or in "
            "person."
        )))
        existing.addWidget(self.qr_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.qr_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Your organisation")))
        layout.addWidget(self.create_box)
        layout.addWidget(self.existing_box)
        layout.addWidget(self.folder)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.create_button.clicked.connect(self.on_create_clicked)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.qr_button.clicked.connect(self.on_qr_clicked)

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.message.clear()
        self.name.clear()
        self.folder.set_path(Path.home())
        self.refresh()

    def refresh(self) -> None:
        own = None
        if self.vault is not None:
            own = organisations.own_organisation(self.vault)
        self.create_box.setVisible(own is None)
        self.create_button.setVisible(own is None)
        self.existing_box.setVisible(own is not None)
        self.save_button.setVisible(own is not None)
        self.qr_button.setVisible(own is not None)
        self.qr_label.clear()
        if own is not None:
            self.title.setText(fill(self.tr("%1: safety code"), own.name))
            self.code_label.show_code(own.signing_key.safety_code())
            self.show_qr(own.card)
        else:
            self.code_label.show_code("")

    def _target(self) -> Path | None:
        folder = self.folder.path()
        if folder is None or not folder.is_dir():
            self.message.setText(self.tr("Choose a folder that exists for the card file."))
            return None
        return folder / CARD_FILE_NAME

    def on_create_clicked(self) -> None:
        name = " ".join(self.name.text().split())
        if self.vault is None:
            return
        if not name:
            self.message.setText(self.tr("Enter the name of your organisation."))
            return
        target = self._target()
        if target is None:
            return
        try:
            organisations.create_organisation(self.vault, name, target)
        except (VaultError, CardError, ServiceError, FileSystemError) as err:
            self.message.setText(error_text(err))
            return
        self.refresh()
        self.message.setText(fill(self.tr(
            "The card was saved as %1. Give it to your researchers (it is not secret), "
            "then read them the safety code."
        ), target))
        self.created.emit(organisations.own_organisation(self.vault))

    def on_save_clicked(self) -> None:
        target = self._target()
        if self.vault is None or target is None:
            return
        try:
            organisations.export_card(self.vault, target)
        except (VaultError, ServiceError, FileSystemError) as err:
            self.message.setText(error_text(err))
            return
        self.message.setText(fill(self.tr("The card was saved as %1."), target))

    # -- the card as a QR code picture, for printing ---------------------------------

    def show_qr(self, card: bytes) -> None:
        from PySide6.QtGui import QImage, QPixmap

        from app.services import cardqr

        try:
            image = QImage.fromData(cardqr.card_qr_png(card, scale=3), "PNG")  # type: ignore[arg-type] # the stub says bytes; PySide6 wants str
        except CardTooLargeForQr:
            return
        self.qr_label.setPixmap(QPixmap.fromImage(image))

    def card_page(self, card: bytes, name: str, code: str) -> Any:
        """The printable picture (a QImage): the card's QR code, and below it the
        organisation's name and its safety code in groups of four digits."""
        from PySide6.QtCore import QRect
        from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter

        from app.services import cardqr

        qr = QImage.fromData(cardqr.card_qr_png(card, scale=8), "PNG")  # type: ignore[arg-type] # the stub says bytes; PySide6 wants str
        width, margin = qr.width(), qr.width() // 12
        name_font = QFont(self.font())
        name_font.setPixelSize(max(width // 22, 12))
        name_font.setBold(True)
        text_font = QFont(self.font())
        text_font.setPixelSize(max(width // 30, 10))
        code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        code_font.setPixelSize(max(width // 20, 12))
        code_font.setBold(True)
        blocks = [
            (name_font, name),
            (text_font, self.tr("Safety code")),
            (code_font, grouped_code(code)),
            (text_font, self.tr(
                "Before trusting this card, compare the safety code with the organisation "
                "by phone or in person."
            )),
        ]
        area = width - 2 * margin
        flags = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap)
        heights = [QFontMetrics(font).boundingRect(QRect(0, 0, area, 10_000), flags,
                                                   text).height()
                   for font, text in blocks]
        page = QImage(width, qr.height() + sum(heights) + margin * (len(blocks) + 1),
                      QImage.Format.Format_RGB32)
        page.fill(QColor("white"))
        painter = QPainter(page)
        try:
            painter.drawImage(0, 0, qr)
            painter.setPen(QColor("black"))
            top = qr.height()
            for (font, text), height in zip(blocks, heights, strict=True):
                painter.setFont(font)
                painter.drawText(QRect(margin, top, area, height), flags, text)
                top += height + margin
        finally:
            painter.end()
        return page

    def on_qr_clicked(self) -> None:
        from PySide6.QtCore import QBuffer, QIODevice

        from app.services import cardqr

        folder = self.folder.path()
        own = None if self.vault is None else organisations.own_organisation(self.vault)
        if own is None:
            return
        if folder is None or not folder.is_dir():
            self.message.setText(self.tr("Choose a folder that exists for the picture."))
            return
        target = folder / cardqr.QR_FILE_NAME
        try:
            page = self.card_page(own.card, own.name, own.signing_key.safety_code())
        except CardTooLargeForQr:
            self.message.setText(self.tr(
                "This card is too long for a QR code. Give your researchers the card file "
                "instead."
            ))
            return
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        page.save(buffer, "PNG")  # into memory: the file is written by storage.fsio
        try:
            cardqr.save_png(target, bytes(buffer.data().data()))
        except (VaultError, FileSystemError) as err:
            self.message.setText(error_text(err))
            return
        self.message.setText(fill(self.tr(
            "The QR code picture was saved as %1. Print it for your researchers; they still "
            "compare the safety code with you before trusting the card."
        ), target))
