"""Running slow service calls off the GUI thread.

A Job runs a plain function on QThreadPool and reports through signals; results reach the
GUI thread by queued connection, and a receiver that is already gone is simply skipped.
Workers never touch widgets.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.messages import explain


class JobSignals(QObject):
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception


class Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = JobSignals()
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as err:  # noqa: BLE001 - every failure goes to the GUI
            if not _is_expected(err):
                traceback.print_exception(type(err), err, err.__traceback__, file=sys.stderr)
            self.signals.failed.emit(err)
            return
        self.signals.finished.emit(result)


def _is_expected(err: BaseException) -> bool:
    return explain(err) is not None


def start(
    fn: Callable[[], Any],
    on_finished: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
) -> Job:
    job = Job(fn)
    job.signals.finished.connect(on_finished)
    job.signals.failed.connect(on_failed)
    QThreadPool.globalInstance().start(job)
    return job
