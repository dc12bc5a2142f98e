"""The Organisations and Identity sections.

Organisations: the organisations this vault trusts (a real table model), and adding one
from its card file after comparing the card's safety code with the organisation by phone or
in person ("They match" / "They do not match"; nothing is trusted until the person says the
codes match). Identity: this vault's own safety code, shown large, to read to the
coordinator, with the public key line (and a Copy button) and fingerprint behind "Details".

No cryptography words on screen; the technical details sit behind "Details" expanders.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import bundles
from app.ui.common.fields import (
    Details,
    PathField,
    SafetyCodeLabel,
    grouped_code,
    heading,
    read_only_line,
)
from app.ui.common.table import Index as _Index
from app.ui.common.table import RecordRole, SortRole
from app.ui.common.widgets import error_text, plain_label
from crypto.identity import InvalidComment
from crypto.orgcard import CardError, OrganisationCard
from storage.errors import VaultError
from storage.fsio import FileSystemError
from storage.keys import Organisation, organisations
from storage.vault import Vault

# -- the trusted organisations model ----------------------------------------------------


class OrgColumn(IntEnum):
    NAME = 0
    KIND = 1
    TRUSTED = 2


_ORG_HEADERS = {
    OrgColumn.NAME: QT_TRANSLATE_NOOP("Organisations", "Organisation"),
    OrgColumn.KIND: QT_TRANSLATE_NOOP("Organisations", "Kind"),
    OrgColumn.TRUSTED: QT_TRANSLATE_NOOP("Organisations", "Trusted since"),
}


class OrganisationModel(QAbstractTableModel):
    """The organisations this vault trusts (name order). RecordRole gives the
    Organisation; SortRole raw values."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Organisation] = []

    def load(self, vault: Vault | None) -> None:
        self.beginResetModel()
        self._rows = organisations(vault.conn) if vault is not None else []
        self.endResetModel()

    def organisation(self, row: int) -> Organisation:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(OrgColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        org = self._rows[index.row()]
        column = OrgColumn(index.column())
        if role == RecordRole:
            return org
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column is OrgColumn.NAME:
                return org.name
            if column is OrgColumn.KIND:
                return (QCoreApplication.translate("Organisations", "Your organisation")
                        if org.own else
                        QCoreApplication.translate("Organisations", "Trusted"))
            return org.trusted_at[:10]
        if role == SortRole:
            if column is OrgColumn.NAME:
                return org.name.casefold()
            if column is OrgColumn.KIND:
                return int(org.own)
            return org.trusted_at
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(OrgColumn)):
            text = str(_ORG_HEADERS[OrgColumn(section)])
            return QCoreApplication.translate("Organisations", text)
        return None


# -- checking and trusting a card -------------------------------------------------------


class CardCheck(QWidget):
    """Load an organisation card, show its safety code large and ask whether it matches
    the code the organisation reads out. Emits `trusted` (Organisation) only after "They
    match"; "They do not match" trusts nothing and emits `declined`."""

    trusted = Signal(object)  # Organisation
    declined = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.card: OrganisationCard | None = None
        self.card_bytes = b""
        self.path = PathField(
            self.tr("Organisation card file"), self.tr("Choose the organisation's card"),
            self.tr("Organisation cards (*.card *.txt);;All files (*)"),
        )
        self.read_button = QPushButton(self.tr("Read the card"))
        self.read_button.setAccessibleName(self.tr("Read the card"))
        self.name_label = heading("")
        self.name_label.setAccessibleName(self.tr("Organisation name"))
        self.code_label = SafetyCodeLabel()
        self.instruction = plain_label(self.tr(
            "Compare these digits with the organisation by phone or in person: ask their "
            "coordinator to read their safety code aloud, group by group. Do not use a "
            "message or e-mail for this: someone who could change the card could change "
            "the message too."
        ))
        self.match_button = QPushButton(self.tr("They match"))
        self.match_button.setAccessibleName(self.tr("They match"))
        self.mismatch_button = QPushButton(self.tr("They do not match"))
        self.mismatch_button.setAccessibleName(self.tr("They do not match"))
        for button in (self.match_button, self.mismatch_button):
            button.setAutoDefault(False)
        self.message = plain_label()
        self.message.setAccessibleName(self.tr("Message"))

        self.compare = QWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(self.match_button)
        buttons.addWidget(self.mismatch_button)
        buttons.addStretch(1)
        compare = QVBoxLayout(self.compare)
        compare.setContentsMargins(0, 0, 0, 0)
        compare.addWidget(self.name_label)
        compare.addWidget(plain_label(self.tr("Safety code on this card:")))
        compare.addWidget(self.code_label)
        compare.addWidget(self.instruction)
        compare.addLayout(buttons)
        self.compare.hide()

        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.read_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.compare)
        layout.addWidget(self.message)

        self.read_button.clicked.connect(self.on_read_clicked)
        self.path.field.returnPressed.connect(self.on_read_clicked)
        self.match_button.clicked.connect(self.on_match_clicked)
        self.mismatch_button.clicked.connect(self.on_mismatch_clicked)

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.reset()
        self.path.field.clear()

    def reset(self) -> None:
        self.card = None
        self.card_bytes = b""
        self.compare.hide()
        self.name_label.clear()
        self.code_label.show_code("")
        self.message.clear()

    def load_card(self, path: Path) -> bool:
        """Read the card at `path` and show its safety code for comparing."""
        self.reset()
        self.path.set_path(path)
        try:
            card, data = bundles.read_card(path)
        except FileNotFoundError:
            self.message.setText(self.tr("There is no file at %1.").replace("%1", str(path)))
            return False
        except OSError:
            self.message.setText(
                self.tr("The file %1 could not be read.").replace("%1", str(path)))
            return False
        except CardError as err:
            self.message.setText(error_text(err))
            return False
        self.card, self.card_bytes = card, data
        self.name_label.setText(card.name)
        self.code_label.show_code(card.safety_code())
        self.compare.show()
        self.mismatch_button.setFocus()
        return True

    def on_read_clicked(self) -> None:
        path = self.path.path()
        if path is None:
            self.message.setText(self.tr("Choose the card file the organisation gave you."))
            return
        self.load_card(path)

    def on_match_clicked(self) -> None:
        if self.vault is None or self.card is None:
            return
        card = self.card
        try:
            org = bundles.trust_organisation(self.vault, card, self.card_bytes)
        except (VaultError, CardError) as err:
            self.message.setText(error_text(err))
            return
        self.reset()
        self.path.field.clear()
        self.message.setText(self.tr(
            "%1 is now trusted. Files you send to it can be opened only by %1's "
            "coordinators."
        ).replace("%1", org.name))
        self.trusted.emit(org)

    def on_mismatch_clicked(self) -> None:
        self.reset()
        self.path.field.clear()
        self.message.setText(self.tr(
            "Nothing was trusted. Do not use this card: someone may have changed it. Ask "
            "the organisation to give you its card again, in person if you can."
        ))
        self.declined.emit()


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
        self.save_button.setAccessibleName(self.tr("Save the card"))
        self.qr_button = QPushButton(self.tr("Save as a QR code picture"))
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
            own = next((o for o in organisations(self.vault.conn) if o.own), None)
        self.create_box.setVisible(own is None)
        self.create_button.setVisible(own is None)
        self.existing_box.setVisible(own is not None)
        self.save_button.setVisible(own is not None)
        self.qr_button.setVisible(own is not None)
        self.qr_label.clear()
        if own is not None:
            self.title.setText(self.tr("%1: safety code").replace("%1", own.name))
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
            bundles.create_organisation(self.vault, name, target)
        except (VaultError, CardError, bundles.ServiceError, FileSystemError) as err:
            self.message.setText(error_text(err))
            return
        self.refresh()
        self.message.setText(self.tr(
            "The card was saved as %1. Give it to your researchers (it is not secret), "
            "then read them the safety code."
        ).replace("%1", str(target)))
        own = next((o for o in organisations(self.vault.conn) if o.own), None)
        self.created.emit(own)

    def on_save_clicked(self) -> None:
        target = self._target()
        if self.vault is None or target is None:
            return
        try:
            bundles.export_card(self.vault, target)
        except (VaultError, bundles.ServiceError, FileSystemError) as err:
            self.message.setText(error_text(err))
            return
        self.message.setText(self.tr("The card was saved as %1.").replace("%1", str(target)))

    # -- the card as a QR code picture, for printing ---------------------------------

    def show_qr(self, card: bytes) -> None:
        from PySide6.QtGui import QImage, QPixmap

        from app.services import cardqr

        try:
            image = QImage.fromData(cardqr.card_qr_png(card, scale=3))
        except cardqr.CardTooLargeForQr:
            return
        self.qr_label.setPixmap(QPixmap.fromImage(image))

    def card_page(self, card: bytes, name: str, code: str) -> Any:
        """The printable picture (a QImage): the card's QR code, and below it the
        organisation's name and its safety code in groups of four digits."""
        from PySide6.QtCore import QRect
        from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter

        from app.services import cardqr

        qr = QImage.fromData(cardqr.card_qr_png(card, scale=8))
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
        own = None if self.vault is None else next(
            (o for o in organisations(self.vault.conn) if o.own), None)
        if own is None:
            return
        if folder is None or not folder.is_dir():
            self.message.setText(self.tr("Choose a folder that exists for the picture."))
            return
        target = folder / cardqr.QR_FILE_NAME
        try:
            page = self.card_page(own.card, own.name, own.signing_key.safety_code())
        except cardqr.CardTooLargeForQr:
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
        self.message.setText(self.tr(
            "The QR code picture was saved as %1. Print it for your researchers; they still "
            "compare the safety code with you before trusting the card."
        ).replace("%1", str(target)))


# -- the Organisations section ----------------------------------------------------------


class OrganisationsSection(QWidget):
    organisations_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.model = OrganisationModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Trusted organisations"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(OrgColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            OrgColumn.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.empty = plain_label(self.tr(
            "You trust no organisation yet. Ask the organisation for its card file, then "
            "add it below."
        ))

        self.detail_code = SafetyCodeLabel()
        self.detail_fingerprint = read_only_line(self.tr("Key fingerprint"))
        self.detail_recipient = read_only_line(self.tr("Encryption key"))
        tech = QWidget()
        tech_form = QFormLayout(tech)
        tech_form.setContentsMargins(0, 0, 0, 0)
        tech_form.addRow(self.tr("Fingerprint (SHA256)"), self.detail_fingerprint)
        tech_form.addRow(self.tr("Encryption key (age)"), self.detail_recipient)
        self.details = Details(tech)
        self.selected = QWidget()
        selected = QVBoxLayout(self.selected)
        selected.setContentsMargins(0, 0, 0, 0)
        self.selected_text = plain_label()
        selected.addWidget(self.selected_text)
        selected.addWidget(self.detail_code)
        selected.addWidget(self.details)
        self.selected.hide()

        self.card_check = CardCheck()
        self.own = OwnOrganisationPanel()
        body = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.table.setMinimumHeight(140)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.own)
        layout.addWidget(heading(self.tr("Organisations")))
        layout.addWidget(plain_label(self.tr(
            "The organisations you send testimonies to. Only an organisation's own "
            "coordinators can open what you send to it."
        )))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.selected)
        layout.addWidget(heading(self.tr("Add an organisation")))
        layout.addWidget(plain_label(self.tr(
            "Choose the card file the organisation gave you (on a USB stick or through a "
            "messenger). You will then compare its safety code with them."
        )))
        layout.addWidget(self.card_check)

        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self.card_check.trusted.connect(self.on_trusted)
        self.own.created.connect(self.on_trusted)

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.card_check.show_vault(vault)
        self.own.show_vault(vault)
        self.own.setVisible(vault is not None and vault.role == "coordinator")
        self.refresh()

    def refresh(self) -> None:
        self.model.load(self.vault)
        self.empty.setVisible(self.vault is not None and self.model.rowCount() == 0)
        self.selected.hide()
        self.details.toggle.setChecked(False)

    # For tests and for the story flow: the same path as the buttons.
    def load_card(self, path: Path) -> bool:
        return self.card_check.load_card(path)

    def on_trusted(self, _org: Organisation) -> None:
        self.refresh()
        self.organisations_changed.emit()

    def on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        org = current.data(RecordRole) if current.isValid() else None
        if not isinstance(org, Organisation):
            self.selected.hide()
            return
        self.selected_text.setText(self.tr("Safety code of %1:").replace("%1", org.name))
        self.detail_code.show_code(org.signing_key.safety_code())
        self.detail_fingerprint.setText(org.fingerprint)
        self.detail_recipient.setText(org.recipient.to_string())
        self.selected.show()


# -- the Identity section ---------------------------------------------------------------


class IdentitySection(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.code_label = SafetyCodeLabel()
        self.public_key = read_only_line(self.tr("Your public key"))
        self.fingerprint = read_only_line(self.tr("Your key fingerprint"))
        self.copy_button = QPushButton(self.tr("Copy public key"))
        self.copy_button.setAccessibleName(self.tr("Copy public key"))
        self.copied = plain_label()
        self.copied.setAccessibleName(self.tr("Message"))
        tech = QWidget()
        form = QFormLayout(tech)
        form.setContentsMargins(0, 0, 0, 0)
        key_row = QHBoxLayout()
        key_row.addWidget(self.public_key, 1)
        key_row.addWidget(self.copy_button)
        form.addRow(self.tr("Public key (OpenSSH)"), key_row)
        form.addRow(self.tr("Fingerprint (SHA256)"), self.fingerprint)
        form.addRow("", plain_label(self.tr(
            "Give the public key to the coordinator (it is not secret). They check it with "
            "the safety code above before accepting files from you."
        )))
        form.addRow("", self.copied)
        self.details = Details(tech)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Your identity")))
        layout.addWidget(plain_label(self.tr(
            "Everything you send is signed by you, so the organisation can tell it really "
            "comes from you and nobody changed it on the way."
        )))
        layout.addWidget(plain_label(self.tr("Your safety code:")))
        layout.addWidget(self.code_label)
        layout.addWidget(plain_label(self.tr(
            "Read these digits to the coordinator by phone or in person, so they can "
            "compare them with the code they see for you."
        )))
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.copy_button.clicked.connect(self.on_copy_clicked)

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.copied.clear()
        self.details.toggle.setChecked(False)
        if vault is None:
            self.code_label.show_code("")
            self.public_key.clear()
            self.fingerprint.clear()
            return
        try:
            own = bundles.identity(vault)
        except VaultError as err:
            self.copied.setText(error_text(err))
            return
        key = own.public_key
        self.code_label.show_code(key.safety_code())
        pseudonym = " ".join((vault.meta("pseudonym") or "").split())
        try:
            line = key.to_openssh_line(pseudonym)
        except InvalidComment:  # an unusable pseudonym: the line without it
            line = key.to_openssh_line()
        self.public_key.setText(line)
        self.public_key.setCursorPosition(0)
        self.fingerprint.setText(key.fingerprint())

    def on_copy_clicked(self) -> None:
        text = self.public_key.text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.copied.setText(self.tr("The public key was copied."))
