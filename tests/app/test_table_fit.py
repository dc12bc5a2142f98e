"""Tables keep every word whole at a narrow width (issue 14, F4 and F5)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.coordinator.inbox.model import InboxColumn
from app.ui.coordinator.inbox.section import InboxSection
from app.ui.coordinator.overview import ChartPanel, CountColumn, Dimension, Row

LONG = "Persecution for political affiliation or opinion of a relative abroad"


def test_overview_rows_grow_with_their_wrapped_labels(qtbot: QtBot) -> None:
    panel = ChartPanel(Dimension.ACTS, "Cases by act type", "Act type")
    qtbot.addWidget(panel)
    panel.show_rows([Row("a", LONG, 3), Row("b", "Harassment by proxies", 2)], [])
    panel.resize(1000, 500)
    panel.show()
    qtbot.waitExposed(panel)
    for width in (900, 520, 400):  # the label column narrows after the rows were sized
        panel.resize(width, 500)
        QApplication.processEvents()
        table = panel.table
        for row in range(table.model().rowCount()):
            assert table.rowHeight(row) >= table.sizeHintForRow(row), (width, row)
    assert table.rowHeight(0) > table.rowHeight(1)  # the long label took more lines


def test_the_inbox_file_column_keeps_the_file_name_whole(qtbot: QtBot) -> None:
    section = InboxSection()
    qtbot.addWidget(section)
    section.resize(600, 700)  # narrower than the columns' words
    section.show()
    qtbot.waitExposed(section)
    section.model.add_files([(Path("/media/usb/2026-12-05-1.age"), 123_456)])
    QApplication.processEvents()
    table = section.table
    need = table.sizeHintForColumn(InboxColumn.FILE)
    assert table.columnWidth(InboxColumn.FILE) >= need
    assert table.columnWidth(InboxColumn.FILE) >= table.fontMetrics().horizontalAdvance(
        "2026-12-05-1.age")


def test_the_overview_table_has_room_for_its_longest_word(qtbot: QtBot) -> None:
    word = "Радди хизматрасониҳоиконсулӣ консулӣ"  # a word longer than in any language
    panel = ChartPanel(Dimension.ACTS, "Cases by act type", "Act type")
    qtbot.addWidget(panel)
    panel.show_rows([Row("a", word, 3)], [])
    panel.resize(480, 500)  # the table's quarter of the width is under 120 px
    panel.show()
    qtbot.waitExposed(panel)
    QApplication.processEvents()
    table = panel.table
    longest = max(table.fontMetrics().horizontalAdvance(w) for w in word.split())
    assert table.columnWidth(CountColumn.LABEL) >= longest
