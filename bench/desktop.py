"""Desktop list with 100,000 cases: time from unlock to the first rows shown, vs the SQL
time for the first page.

Qt offscreen (QT_QPA_PLATFORM=offscreen). The real window (app.ui.main.MainWindow) is
shown on its unlock page (the case list: CaseListModel, sorted and paged in SQL, in a
QTableView). Each
round unlocks the vault (not timed: that is the Argon2id call), then times
`MainWindow.on_unlocked(vault)` until the case table has rows and has painted them (events
processed, then a synchronous repaint of the table's viewport, which a Paint event filter
confirms), then locks again. Reference, on its own fresh unlock each round: the storage
call CaseListModel makes for its first page, `storage.cases.list_cases(conn, limit=200,
offset=0)` (one SELECT, 200 rows fetched). Fresh connections on both sides: SQLCipher's
page cache starts cold, the OS cache is warm.
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

NAME = "desktop list, 100,000 cases: unlock to first rows vs SQL"


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
        painted_with_rows = False

        def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and model.rowCount() > 0:
                self.painted_with_rows = True
            return False

    seen = PaintSeen()
    table.viewport().installEventFilter(seen)

    def unlock() -> Vault:
        return Vault.unlock(vault_dir, PASSPHRASE, DeviceKeyring.none())

    shown, rows_at, sql, unlocks, fetched = [], [], [], [], []
    total = 0
    for _ in range(ctx.rounds):
        with unlock() as vault:
            total = int(vault.conn.execute("SELECT count(*) FROM cases").fetchone()[0])
        vault = unlock()
        t0 = time.perf_counter()
        storage_cases.list_cases(vault.conn, limit=CaseListModel.PAGE, offset=0)
        sql.append(time.perf_counter() - t0)
        vault.close()

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
    app.processEvents()
    ms = 1000.0
    details = {
        "cases": total,
        "window": kind,
        "first_rows_shown_ms": [x * ms for x in shown],
        "first_rows_in_model_ms_median": statistics.median(rows_at) * ms,
        "first_page_sql_ms": [x * ms for x in sql],
        "unlock_ms_median (Argon2id 64 MiB, not counted)": statistics.median(unlocks) * ms,
        "rows_loaded_after_unlock": max(fetched),
        "page_size": CaseListModel.PAGE,
    }
    note = (f"{max(fetched)} of {total:,} rows loaded when the first rows are shown; "
            f"unlock itself (Argon2id) {statistics.median(unlocks) * ms:.0f} ms, not counted")
    name = NAME.replace("100,000 cases", f"{ctx.cases:,} cases")
    return [result(name, statistics.median(shown) * ms, statistics.median(sql) * ms, "<= 2",
                   "ms", details, note)]


def _window(vault_dir: Any) -> tuple[Any, str]:
    from app.ui.shell.window import MainWindow

    return MainWindow(vault_dir, kdf_seconds=0), "app.ui.shell.window.MainWindow"
