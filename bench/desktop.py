"""Desktop list with 100,000 cases: time from unlock to the first rows painted, vs a plain
Qt table painting the same first page.

Qt offscreen (QT_QPA_PLATFORM=offscreen). The real window (app.ui.main.MainWindow) is
shown on its unlock page (the case list: CaseListModel, sorted and paged in SQL, in a
QTableView). Each
round unlocks the vault (not timed: that is the Argon2id call), then times
`MainWindow.on_unlocked(vault)` until the case table has rows and has painted them (events
processed, then a synchronous repaint of the table's viewport, which a Paint event filter
confirms), then locks again. Reference, on its own fresh unlock each round, in the same
process and run: the storage call CaseListModel makes for its first page,
`storage.cases.list_cases(conn, limit=200, offset=0)` (one SELECT, 200 rows fetched), then a
plain QTableView (in a QMainWindow of the same size, already shown) given a QStandardItemModel
of those 200 rows with the same five columns, painted the same way (events processed, then a
synchronous repaint of its viewport, confirmed by a Paint event filter). Fresh connections on
both sides: SQLCipher's page cache starts cold, the OS cache is warm.
"""

from __future__ import annotations

import os
import statistics
import time
from typing import Any

from bench import cases
from bench.common import PASSPHRASE, Context, Result, result
from storage import cases as storage_cases
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault

NAME = "desktop list, 100,000 cases: unlock to first rows vs plain Qt table"
TARGET = "<= 1.5"


def run(ctx: Context) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from app.ui.researcher.case_model import CaseListModel

    vault_dir = cases.case_vault(ctx)
    app = QApplication.instance() or QApplication(["guvoh-bench"])
    window, kind = _window(vault_dir)
    window.show()
    for _ in range(5):
        app.processEvents()
    page = window.workspace.cases.list
    table = page.table
    model = page.model

    class PaintSeen(QObject):
        def __init__(self, rows: Any) -> None:
            super().__init__()
            self.rows = rows
            self.painted_with_rows = False

        def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and self.rows() > 0:
                self.painted_with_rows = True
            return False

    seen = PaintSeen(model.rowCount)
    table.viewport().installEventFilter(seen)
    plain = _PlainTable(window.size())
    plain_seen = PaintSeen(lambda: plain.model.rowCount())
    plain.view.viewport().installEventFilter(plain_seen)
    for _ in range(5):
        app.processEvents()

    def unlock() -> Vault:
        return Vault.unlock(vault_dir, PASSPHRASE, DeviceKeyring.none())

    shown, rows_at, sql, qt_ref, unlocks, fetched = [], [], [], [], [], []
    total = 0
    for _ in range(ctx.rounds):
        with unlock() as vault:
            total = int(vault.conn.execute("SELECT count(*) FROM cases").fetchone()[0])
        vault = unlock()
        plain_seen.painted_with_rows = False
        t0 = time.perf_counter()
        summaries = storage_cases.list_cases(vault.conn, limit=CaseListModel.PAGE, offset=0)
        sql.append(time.perf_counter() - t0)
        plain.fill(summaries)
        app.processEvents()
        plain.view.viewport().repaint()
        qt_ref.append(time.perf_counter() - t0)
        if not plain_seen.painted_with_rows:
            raise RuntimeError("the plain table did not paint its rows")
        vault.close()
        plain.fill([])
        app.processEvents()

        t_unlock = time.perf_counter()
        vault = unlock()
        unlocks.append(time.perf_counter() - t_unlock)
        seen.painted_with_rows = False
        t0 = time.perf_counter()
        window.on_unlocked(vault)
        while model.rowCount() == 0:
            app.processEvents()
        rows_at.append(time.perf_counter() - t0)
        app.processEvents()
        table.viewport().repaint()
        shown.append(time.perf_counter() - t0)
        if not seen.painted_with_rows:
            raise RuntimeError("the case table did not paint its rows")
        fetched.append(page.model.rowCount())
        window.lock()
        app.processEvents()
    window.close()
    plain.window.close()
    app.processEvents()
    ms = 1000.0
    details = {
        "cases": total,
        "window": kind,
        "window_size": [window.width(), window.height()],
        "first_rows_shown_ms": [x * ms for x in shown],
        "first_rows_in_model_ms_median": statistics.median(rows_at) * ms,
        "reference_sql_plus_plain_qt_table_ms": [x * ms for x in qt_ref],
        "first_page_sql_ms": [x * ms for x in sql],
        "first_page_sql_ms_median": statistics.median(sql) * ms,
        "unlock_ms_median (Argon2id 64 MiB, not counted)": statistics.median(unlocks) * ms,
        "rows_loaded_after_unlock": max(fetched),
        "page_size": CaseListModel.PAGE,
    }
    note = (f"{max(fetched)} of {total:,} rows loaded when the first rows are shown; "
            f"the SQL alone {statistics.median(sql) * ms:.1f} ms; "
            f"unlock itself (Argon2id) {statistics.median(unlocks) * ms:.0f} ms, not counted")
    name = NAME.replace("100,000 cases", f"{ctx.cases:,} cases")
    return [result(name, statistics.median(shown) * ms, statistics.median(qt_ref) * ms, TARGET,
                   "ms", details, note)]


class _PlainTable:
    """The reference: a QMainWindow holding a plain QTableView over a QStandardItemModel,
    with the case list's five columns (reference, title, status, last changed, found in)."""

    HEADERS = ("Reference", "Title", "Status", "Last changed", "Found in")

    def __init__(self, size: Any) -> None:
        from PySide6.QtGui import QStandardItemModel
        from PySide6.QtWidgets import QMainWindow, QTableView

        self.window = QMainWindow()
        self.view = QTableView()
        self.model = QStandardItemModel(0, len(self.HEADERS))
        self.model.setHorizontalHeaderLabels(list(self.HEADERS))
        self.view.setModel(self.model)
        self.window.setCentralWidget(self.view)
        self.window.resize(size)
        self.window.show()

    def fill(self, summaries: list[Any]) -> None:
        from PySide6.QtGui import QStandardItem, QStandardItemModel

        model = QStandardItemModel(0, len(self.HEADERS))
        model.setHorizontalHeaderLabels(list(self.HEADERS))
        for s in summaries:
            model.appendRow([QStandardItem(s.reference), QStandardItem(s.title),
                             QStandardItem(s.status), QStandardItem(s.updated_at),
                             QStandardItem("")])
        old = self.model
        self.model = model
        self.view.setModel(model)
        old.deleteLater()


def _window(vault_dir: Any) -> tuple[Any, str]:
    from app.ui.shell.window import MainWindow

    return MainWindow(vault_dir, kdf_seconds=0), "app.ui.shell.window.MainWindow"
