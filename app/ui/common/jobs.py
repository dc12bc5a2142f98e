"""Running slow service calls off the GUI thread.

A Job runs a plain function on QThreadPool and reports through signals; results reach the
GUI thread by queued connection, and a receiver that is already gone is simply skipped.
Workers never touch widgets.

`start` runs `fn()`; `start_cancellable` runs `fn(progress, cancel)` where `progress(done,
total)` is the core's callback (re-emitted at most every 50 ms and at the end) and `cancel`
is the `threading.Event` the core checks; `Job.cancel()` sets it.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.messages import explain
from app.ui.shell.crash import report

Progress = Callable[[int, int], None]
_PROGRESS_INTERVAL = 0.05
# Jobs still running or with results not yet delivered. A Job whose Python object were
# collected early would take its signals with it, and its result would never arrive (or
# the process would crash emitting from a deleted object), so every started Job is kept
# here until its result has reached the GUI thread.
_ACTIVE: set[Job] = set()


class JobSignals(QObject):
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception
    progressed = Signal(object, object)  # done, total (Python ints: may exceed 2**31)


class Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = JobSignals()
        self.cancel_event = threading.Event()
        self.setAutoDelete(True)

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as err:  # noqa: BLE001 - every failure goes to the GUI
            if not _is_expected(err):  # a bug: its code path, never its message
                print(report(type(err), err.__traceback__, "worker"), file=sys.stderr)
            self.signals.failed.emit(err)
            return
        self.signals.finished.emit(result)


def _is_expected(err: BaseException) -> bool:
    return explain(err) is not None


def _keep_until_delivered(job: Job) -> None:
    """Hold `job` until its finished/failed signal has been handled (connected last, so
    the caller's handlers run first)."""
    _ACTIVE.add(job)

    def release(_result: object) -> None:
        _ACTIVE.discard(job)

    job.signals.finished.connect(release)
    job.signals.failed.connect(release)


def start(
    fn: Callable[[], Any],
    on_finished: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
) -> Job:
    job = Job(fn)
    job.signals.finished.connect(on_finished)
    job.signals.failed.connect(on_failed)
    _keep_until_delivered(job)
    QThreadPool.globalInstance().start(job)
    return job


def start_cancellable(
    fn: Callable[[Progress, threading.Event], Any],
    on_finished: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> Job:
    """Run `fn(progress, cancel)`; `job.cancel()` asks the core to stop (it raises
    `Cancelled`, which arrives through `on_failed`)."""
    holder: list[Job] = []
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] >= _PROGRESS_INTERVAL or (total > 0 and done >= total):
            last[0] = now
            holder[0].signals.progressed.emit(done, total)

    job = Job(lambda: fn(progress, holder[0].cancel_event))
    holder.append(job)
    job.signals.finished.connect(on_finished)
    job.signals.failed.connect(on_failed)
    if on_progress is not None:
        job.signals.progressed.connect(on_progress)
    _keep_until_delivered(job)
    QThreadPool.globalInstance().start(job)
    return job
