"""Slow work runs off the GUI thread, and its result arrives even when the caller keeps no
reference to the job."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from app.ui.common import jobs
from storage.errors import Cancelled


def test_result_arrives_without_a_reference_kept(qtbot: QtBot) -> None:
    results: list[object] = []
    gate = threading.Event()

    def slow() -> str:
        gate.wait(5)
        return "done"

    jobs.start(slow, results.append, results.append)
    gc.collect()
    gate.set()
    qtbot.waitUntil(lambda: results == ["done"], timeout=5000)
    qtbot.waitUntil(lambda: not jobs._ACTIVE, timeout=5000)


def test_gui_thread_is_free_while_a_job_runs(qtbot: QtBot) -> None:
    ran_on: list[str] = []
    gate = threading.Event()

    def slow() -> None:
        ran_on.append(threading.current_thread().name)
        gate.wait(5)

    done: list[object] = []
    jobs.start(slow, done.append, done.append)
    qtbot.waitUntil(lambda: bool(ran_on), timeout=5000)
    assert ran_on[0] != threading.main_thread().name
    assert done == []  # still running, and we are here: the GUI thread is not blocked
    gate.set()
    qtbot.waitUntil(lambda: done == [None], timeout=5000)


def test_cancel_reaches_the_core_and_progress_is_reported(qtbot: QtBot) -> None:
    progress: list[tuple[int, int]] = []
    failures: list[BaseException] = []
    started = threading.Event()

    def work(report: jobs.Progress, cancel: threading.Event) -> None:
        report(1, 10)
        started.set()
        if not cancel.wait(5):
            return
        raise Cancelled()

    job = jobs.start_cancellable(work, lambda _r: None, failures.append,
                                   lambda d, t: progress.append((d, t)))
    assert started.wait(5)
    job.cancel()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], Cancelled)
    assert progress == [(1, 10)]
