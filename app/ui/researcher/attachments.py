"""The table of a case's attachments (metadata only; no file is opened): its columns, the
plain name of each kind of file, and what a file reveals in plain words. Texts keep the
translation context "FilesTab"."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from app.domain.text import fill
from app.sandbox.metadata.model import AUTHOR, DATE, DEVICE, LOCATION, OTHER, SOFTWARE
from app.services import attachment_metadata as meta
from app.services.attachment_metadata import FileFindings
from app.services.cases import Attachment
from app.ui.common.sizes import human_size
from app.ui.common.table import RIGHT, Column, RecordTable
from app.ui.common.widgets import local_time

CONTEXT = "FilesTab"


class FileColumn(IntEnum):
    FILENAME = 0
    TYPE = 1
    SIZE = 2
    ADDED = 3


_KINDS = {
    "image": QT_TRANSLATE_NOOP("FilesTab", "Picture"),
    "audio": QT_TRANSLATE_NOOP("FilesTab", "Sound"),
    "video": QT_TRANSLATE_NOOP("FilesTab", "Video"),
    "text": QT_TRANSLATE_NOOP("FilesTab", "Text"),
    "application/pdf": QT_TRANSLATE_NOOP("FilesTab", "PDF document"),
    "other": QT_TRANSLATE_NOOP("FilesTab", "File"),
}


def kind_label(media_type: str) -> str:
    """'Picture', 'Sound'... for a media type, in the interface language."""
    major = media_type.split("/", 1)[0].lower()
    key = media_type.lower() if media_type.lower() in _KINDS else major
    return QCoreApplication.translate(CONTEXT, str(_KINDS.get(key, _KINDS["other"])))


COLUMNS: tuple[Column[Attachment], ...] = (
    Column(str(QT_TRANSLATE_NOOP("FilesTab", "File")), lambda a: a.filename,
           sort=lambda a: a.filename.casefold()),
    Column(str(QT_TRANSLATE_NOOP("FilesTab", "Kind")), lambda a: kind_label(a.media_type),
           sort=lambda a: a.media_type, tooltip=lambda a: a.media_type),
    Column(str(QT_TRANSLATE_NOOP("FilesTab", "Size")), lambda a: human_size(a.size),
           sort=lambda a: a.size, align=RIGHT),
    Column(str(QT_TRANSLATE_NOOP("FilesTab", "Added")), lambda a: local_time(a.added_at),
           sort=lambda a: a.added_at),
)


def attachments_model(parent: QObject | None = None) -> RecordTable[Attachment]:
    """The attachments of one case, one row each, in FileColumn order."""
    return RecordTable(CONTEXT, COLUMNS, parent)


# -- what a file reveals, in plain words (issue 16 item 4) --------------------------------

_PHOTO_SAYS = {
    LOCATION: QT_TRANSLATE_NOOP("FilesTab", "This photo contains the place where it was taken: %1"),
    DEVICE: QT_TRANSLATE_NOOP("FilesTab", "This photo contains the phone or camera it was taken "
                                          "with: %1"),
}
_FILE_SAYS = {
    LOCATION: QT_TRANSLATE_NOOP("FilesTab", "This file contains the place where it was made: %1"),
    DEVICE: QT_TRANSLATE_NOOP("FilesTab", "This file contains the device it was made on: %1"),
    AUTHOR: QT_TRANSLATE_NOOP("FilesTab", "This file contains who wrote or made it: %1"),
    SOFTWARE: QT_TRANSLATE_NOOP("FilesTab", "This file contains the program that made it: %1"),
    DATE: QT_TRANSLATE_NOOP("FilesTab", "This file contains when it was made: %1"),
    OTHER: QT_TRANSLATE_NOOP("FilesTab", "This file contains other details about it: %1"),
}
_STATUS_SAYS = {
    meta.PENDING: QT_TRANSLATE_NOOP("FilesTab", "Checking this file for hidden details..."),
    meta.UNSUPPORTED: QT_TRANSLATE_NOOP("FilesTab", "Guvoh cannot check this kind of file for "
                                                    "hidden details."),
    meta.TOO_LARGE: QT_TRANSLATE_NOOP("FilesTab", "This file is too large for Guvoh to check "
                                                  "for hidden details."),
    meta.FAILED: QT_TRANSLATE_NOOP("FilesTab", "Guvoh could not check this file for hidden "
                                               "details: it may be damaged."),
}
_NOTHING_FOUND = QT_TRANSLATE_NOOP("FilesTab", "No hidden details found.")
_MAX_VALUES = 3  # values shown per kind; the rest are in the file all the same


def finding_lines(media_type: str, found: FileFindings) -> list[str]:
    """One plain sentence per kind of thing the file reveals ("This photo contains the
    place where it was taken: 41.3111 N 69.2797 E"), or one sentence saying it holds
    nothing, or why it was not checked. Values are the file's own text: show them as plain
    text only."""
    if found.status != meta.READ:
        return [QCoreApplication.translate(CONTEXT, str(_STATUS_SAYS[found.status]))]
    if not found.findings:
        return [QCoreApplication.translate(CONTEXT, str(_NOTHING_FOUND))]
    photo = media_type.lower().startswith("image/") or found.format in ("jpeg", "png", "heic")
    lines = []
    for kind in found.kinds:
        template = (_PHOTO_SAYS.get(kind) if photo else None) or _FILE_SAYS[kind]
        values = "; ".join(found.values(kind)[:_MAX_VALUES])
        lines.append(fill(QCoreApplication.translate(CONTEXT, str(template)), values))
    return lines
