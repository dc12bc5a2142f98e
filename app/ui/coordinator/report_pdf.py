"""A report as PDF: the service's escaped HTML laid out by QTextDocument on A4 pages and
printed by QPdfWriter into memory (Qt never writes the file itself; the service writes the
bytes privately and atomically)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

PAGE = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                   QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)


def report_document(html: str, font: QFont | None = None) -> QTextDocument:
    """The service's HTML (every text already escaped) laid out in pages of A4 paper
    (less the margins), in the default font at 10 points."""
    document = QTextDocument()
    base = QFont(font) if font is not None else QFont(QApplication.font())
    base.setPointSizeF(10.0)
    document.setDefaultFont(base)
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
    area = PAGE.paintRect(QPageLayout.Unit.Point)  # points: 1/72 inch
    document.setPageSize(QSizeF(area.width() * dpi / 72.0, area.height() * dpi / 72.0))
    document.setHtml(html)
    return document


def pdf_bytes(document: QTextDocument, title: str = "") -> bytes:
    """`document` printed to PDF (A4, 15 mm margins) in memory: no file is written."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(PAGE)
    writer.setResolution(300)
    writer.setCreator("Guvoh")
    if title:
        writer.setTitle(title)
    document.print_(writer)
    del writer  # finishes the PDF
    data: QByteArray = buffer.data()
    buffer.close()
    return bytes(data.data())
