"""The one generic table model: every column spec answers Qt's model contract."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from app.ui.common.table import RIGHT, Column, RecordRole, RecordTable, SortRole


@dataclass
class Row:
    name: str
    size: int


COLUMNS = (
    Column[Row]("Name", lambda r: r.name, sort=lambda r: r.name.casefold(),
                tooltip=lambda r: f"file {r.name}"),
    Column[Row]("Size", lambda r: f"{r.size} B", sort=lambda r: r.size, align=RIGHT,
                roles=((Qt.ItemDataRole.UserRole + 9, lambda r: r.size * 2),)),
)


def test_model_contract(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model: RecordTable[Row] = RecordTable("Test", COLUMNS)
    model.set_rows([Row("b", 2), Row("A", 10)])
    qtmodeltester.check(model)
    model.append([Row("c", 3)])
    qtmodeltester.check(model)


def test_roles_read_the_spec(qtbot: QtBot) -> None:
    model: RecordTable[Row] = RecordTable("Test", COLUMNS)
    assert model.append([Row("b", 2), Row("A", 10)]) == 0
    size = model.index(1, 1)
    assert size.data() == "10 B"
    assert size.data(SortRole) == 10
    assert size.data(RecordRole) == Row("A", 10)
    assert size.data(Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT)
    assert size.data(Qt.ItemDataRole.UserRole + 9) == 20
    assert model.index(1, 0).data(SortRole) == "a"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "file b"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Size"
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(model.index(5, 0)) is None
    assert model.record(7) is None
    with qtbot.waitSignal(model.dataChanged):
        model.rows[0].size = 5
        model.changed(0, 0)
    assert model.index(0, 1).data() == "5 B"
    assert model.rowCount(QModelIndex()) == 2
