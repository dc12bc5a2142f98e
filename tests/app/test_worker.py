"""The one job runner: slow work runs off the GUI thread, its result arrives even when the
caller keeps no reference to the job, and only to an owner that is still there and has not
moved on (invalidate), with typed progress payloads and cancel-and-wait."""

from __future__ import annotations

import gc
import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from app.ui.common import jobs
from crypto.errors import Cancelled


def test_result_arrives_without_a_reference_kept(qtbot: QtBot) -> None:
    owner = QObject()
    results: list[object] = []
    gate = threading.Event()

    def slow(_ctx: jobs.JobContext) -> str:
        gate.wait(5)
        return "done"

    jobs.run(owner, slow, on_done=results.append, on_failed=results.append)
    gc.collect()
    gate.set()
    qtbot.waitUntil(lambda: results == ["done"], timeout=5000)
    qtbot.waitUntil(lambda: not jobs._ACTIVE, timeout=5000)


def test_gui_thread_is_free_while_a_job_runs(qtbot: QtBot) -> None:
    owner = QObject()
    ran_on: list[str] = []
    gate = threading.Event()

    def slow(_ctx: jobs.JobContext) -> None:
        ran_on.append(threading.current_thread().name)
        gate.wait(5)

    done: list[object] = []
    jobs.run(owner, slow, on_done=done.append, on_failed=done.append)
    qtbot.waitUntil(lambda: bool(ran_on), timeout=5000)
    assert ran_on[0] != threading.main_thread().name
    assert done == []  # still running, and we are here: the GUI thread is not blocked
    gate.set()
    qtbot.waitUntil(lambda: done == [None], timeout=5000)


def test_cancel_reaches_the_core_and_progress_is_reported(qtbot: QtBot) -> None:
    owner = QObject()
    progress: list[object] = []
    failures: list[BaseException] = []
    started = threading.Event()

    def work(ctx: jobs.JobContext) -> None:
        ctx.steps(1, 10)
        started.set()
        if not ctx.cancel.wait(5):
            return
        raise Cancelled()

    job = jobs.run(owner, work, on_failed=failures.append, on_progress=progress.append)
    assert started.wait(5)
    job.cancel()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], Cancelled)
    assert progress == [jobs.Steps(1, 10)]


@dataclass(frozen=True)
class Found:
    names: tuple[str, ...]


def test_typed_payloads_arrive_as_given(qtbot: QtBot) -> None:
    owner = QObject()
    got: list[object] = []

    def work(ctx: jobs.JobContext) -> int:
        ctx.report(Found(("a.guvoh", "b.guvoh")))
        ctx.steps(2, 2)
        return 2

    done: list[int] = []
    jobs.run(owner, work, on_done=done.append, on_progress=got.append)
    qtbot.waitUntil(lambda: done == [2], timeout=5000)
    assert got == [Found(("a.guvoh", "b.guvoh")), jobs.Steps(2, 2)]


def test_results_of_an_invalidated_owner_are_dropped(qtbot: QtBot) -> None:
    owner = QObject()
    gate = threading.Event()
    old: list[object] = []
    new: list[object] = []
    jobs.run(owner, lambda _ctx: gate.wait(5) and "old", on_done=old.append,
             on_failed=old.append)
    jobs.invalidate(owner)  # e.g. another case was opened
    jobs.run(owner, lambda _ctx: "new", on_done=new.append)
    gate.set()
    qtbot.waitUntil(lambda: new == ["new"] and not jobs.running(owner), timeout=5000)
    qtbot.waitUntil(lambda: not jobs._ACTIVE, timeout=5000)
    assert old == []


def test_results_for_a_deleted_owner_are_dropped(qtbot: QtBot) -> None:
    owner = QObject()
    gate = threading.Event()
    got: list[object] = []
    jobs.run(owner, lambda _ctx: gate.wait(5) and "late", on_done=got.append,
             on_failed=got.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: not jobs._ACTIVE, timeout=5000)
    assert got == []


def _alive(obj: QObject) -> bool:
    from shiboken6 import Shiboken

    return bool(Shiboken.isValid(obj))


def test_cancel_and_wait_returns_after_the_function_ended(qtbot: QtBot) -> None:
    owner = QObject()
    entered = threading.Event()
    ended: list[str] = []
    failures: list[object] = []

    def work(ctx: jobs.JobContext) -> None:
        entered.set()
        ctx.cancel.wait(5)
        ended.append("ended")
        raise Cancelled()

    jobs.run(owner, work, on_failed=failures.append)
    assert entered.wait(5)
    assert jobs.cancel_and_wait(owner, timeout=5)
    assert ended == ["ended"]  # the function had ended before cancel_and_wait returned
    assert jobs.running(owner) == []
    qtbot.waitUntil(lambda: not jobs._ACTIVE, timeout=5000)
    assert failures == []  # cancelled jobs' results are dropped too


def test_long_jobs_on_every_core_do_not_hold_back_a_short_one(qtbot: QtBot) -> None:
    """Two long jobs on a two-core laptop (an export and an import) left the overview's count
    waiting for a free thread: the runner's pool is wider than the machine's cores."""
    owner = QObject()
    gate = threading.Event()
    long_jobs = [jobs.run(owner, lambda _ctx: gate.wait(10)) for _ in range(4)]
    done: list[object] = []
    try:
        jobs.run(owner, lambda _ctx: "counted", on_done=done.append)
        qtbot.waitUntil(lambda: done == ["counted"], timeout=5000)
        assert not any(job.ended.is_set() for job in long_jobs)
    finally:
        gate.set()
