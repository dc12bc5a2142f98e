"""The table of a case's attachments (metadata only; no file is opened): its columns and
the plain name of each kind of file. Texts keep the translation context "FilesTab"."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

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
