"""The real-window check's judges catch what they are meant to (offscreen, in-process):
each fault made on purpose is found, and the same widgets laid out properly pass."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.window import checks

LONG = "A sentence much too long to be shown in the little room it has been given here"


def _top(qtbot: QtBot) -> QWidget:
    top = QWidget()
    qtbot.addWidget(top)
    top.resize(400, 300)
    return top


def test_a_window_wider_than_the_screen_is_found_with_what_widens_it(qtbot: QtBot) -> None:
    screen = QGuiApplication.primaryScreen()
    top = _top(qtbot)
    row = QHBoxLayout(top)
    wide = QPushButton("wide")
    wide.setMinimumWidth(screen.availableGeometry().width() + 50)
    row.addWidget(wide)
    top.show()
    faults = checks.window_fits(top, screen)
    assert any("makes the window need at least" in what for _, what in faults)
    assert checks.widest(top) is wide
    wide.setMinimumWidth(10)
    row.activate()
    top.resize(400, 300)
    assert checks.window_fits(top, screen, top.geometry()) == []


def test_a_widget_outside_its_parent_is_found(qtbot: QtBot) -> None:
    top = _top(qtbot)
    inside = QLabel("inside", top)
    inside.setGeometry(10, 10, 100, 20)
    out = QLabel("partly out", top)
    out.setGeometry(350, 10, 100, 20)
    top.show()
    found = checks.outside(top)
    assert [w for w, _ in found] == [out]
    out.move(200, 10)
    assert checks.outside(top) == []


def test_content_a_scroll_area_cannot_scroll_to_is_found(qtbot: QtBot) -> None:
    top = _top(qtbot)
    area = QScrollArea()
    content = QWidget()
    content.setMinimumSize(900, 100)
    area.setWidget(content)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    QVBoxLayout(top).addWidget(area)
    top.show()
    qtbot.waitExposed(top)
    assert [w for w, _ in checks.outside(top)] == [content]
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    qtbot.wait(10)
    assert checks.outside(top) == []


def test_overlapping_siblings_are_found(qtbot: QtBot) -> None:
    top = _top(qtbot)
    a, b = QPushButton("a", top), QPushButton("b", top)
    a.setGeometry(10, 10, 100, 30)
    b.setGeometry(60, 20, 100, 30)
    top.show()
    assert len(checks.overlapping(top)) == 1
    b.move(120, 10)
    assert checks.overlapping(top) == []


def test_cut_labels_buttons_and_tabs_are_found(qtbot: QtBot) -> None:
    top = _top(qtbot)
    single = QLabel(LONG, top)
    single.setGeometry(0, 0, 120, 30)
    wrapped = QLabel(LONG, top)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 40, 120, 20)
    button = QPushButton(LONG, top)
    button.setGeometry(0, 70, 120, 30)
    tabs = QTabWidget(top)
    tabs.addTab(QWidget(), LONG)
    tabs.addTab(QWidget(), "Second " + LONG)
    tabs.tabBar().setUsesScrollButtons(True)
    tabs.setGeometry(0, 110, 200, 100)
    top.show()
    found = checks.cut_text(top)
    assert {w for w, _ in found} == {single, wrapped, button, tabs.tabBar()}
    assert any("wrapped text cut" in what for _, what in found)
    assert any("does not fit in the tab bar" in what or "tab " in what for _, what in found)
    for widget in (single, wrapped, button):
        widget.resize(widget.sizeHint().width(), 200)
    wrapped.resize(120, wrapped.heightForWidth(120))
    tabs.hide()
    assert checks.cut_text(top) == []


def test_a_list_box_too_narrow_for_its_chosen_item_is_found(qtbot: QtBot) -> None:
    top = _top(qtbot)
    combo = QComboBox(top)
    combo.addItems(["short", LONG])
    combo.setGeometry(0, 0, 150, 30)
    top.show()
    assert checks.cut_text(top) == []
    combo.setCurrentIndex(1)
    assert [w for w, _ in checks.cut_text(top)] == [combo]
    combo.setEditable(True)  # a list one can type into shows the item in its line edit
    combo.setCurrentIndex(0)
    assert checks.cut_text(top) == []
    combo.setCurrentIndex(1)
    assert [w for w, _ in checks.cut_text(top)] == [combo]


def test_a_wrapping_table_whose_rows_are_too_low_is_found(qtbot: QtBot) -> None:
    top = _top(qtbot)
    model = QStandardItemModel(2, 1)
    model.setItem(0, 0, QStandardItem("Short"))
    model.setItem(1, 0, QStandardItem(LONG))
    view = QTableView(top)
    view.setModel(model)
    view.setWordWrap(True)
    view.setGeometry(0, 0, 300, 200)
    view.setColumnWidth(0, 150)
    view.verticalHeader().setDefaultSectionSize(30)
    top.show()
    found = checks.cut_text(top)
    assert [w for w, _ in found] == [view]
    assert LONG[:20] in found[0][1]
    view.resizeRowsToContents()
    assert checks.cut_text(top) == []


def test_faults_name_the_widget_and_where_it_is(qtbot: QtBot) -> None:
    top = _top(qtbot)
    button = QPushButton("Unlock", top)
    button.setAccessibleName("Unlock the vault")
    assert checks.describe(button, owner=False) == "QPushButton [Unlock the vault] 'Unlock'"
    assert checks.describe(None) == "window"
