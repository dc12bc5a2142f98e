"""The one job runner: slow service calls off the GUI thread, results only to a live owner.

``run(owner, fn, on_done=..., on_failed=..., on_progress=...)`` runs ``fn(ctx)`` on
QThreadPool. ``ctx.cancel`` is the ``threading.Event`` the core checks; ``ctx.steps(done,
total)`` is the core's ``progress`` callback (delivered as :class:`Steps`, at most every 50 ms
and at the end); ``ctx.report(payload)`` carries any typed payload (the batch import's
``BatchProgress``, a list of files found...) to ``on_progress`` unchanged.

Results, failures and progress reach the GUI thread by queued signal and are handed to the
callbacks only if the owner still exists and has not called :func:`invalidate` since the
job started (the case or the vault changed, the section was reset). This is the only place
that decides whether a result is stale: screens never count generations themselves.
:func:`cancel_and_wait` stops an owner's jobs and waits until their threads are done (before
a lock, or before the vault the jobs use is closed). Workers never touch widgets.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import Shiboken

from app.messages import explain
from app.ui.shell.crash import report

T = TypeVar("T")
Progress = Callable[[int, int], None]  # the core's progress(done, total) callback
_PROGRESS_INTERVAL = 0.05
# Jobs wait on disks, keyrings and age more than they compute, and a long one (exporting a
# 1 GiB file) must not hold back a short one (counting the overview) on a two-core laptop:
# the runner has its own pool, wider than QThreadPool's default of one thread per core.
_POOL_THREADS = 8
_POOL: QThreadPool | None = None

# Jobs running or with results not yet delivered. A Job whose Python object were collected
# early would take its signals with it (the result would never arrive, or the process would
# crash emitting from a deleted object), so every started Job is kept until delivery.
_ACTIVE: set[Job[Any]] = set()
# Owner epoch: invalidate(owner) bumps it; a job delivers only if the epoch it started in is
# still the owner's. Keyed by id(owner): a job holds its owner, so the id is not reused while
# the job can still deliver.
_EPOCH: dict[int, int] = {}


@dataclass(frozen=True)
class Steps:
    """Progress of the core's ``progress(done, total)`` callback (Python ints: may exceed
    2**31 bytes)."""

    done: int
    total: int


class JobContext:
    """What a job's function gets: the cancel event and the two ways to report progress."""

    def __init__(self, job: Job[Any]) -> None:
        self._job = job
        self.cancel: threading.Event = job.cancel_event
        self._last = 0.0

    def steps(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last >= _PROGRESS_INTERVAL or (total > 0 and done >= total):
            self._last = now
            self._job.signals.progressed.emit(Steps(done, total))

    def report(self, payload: object) -> None:
        self._job.signals.progressed.emit(payload)


class JobSignals(QObject):
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception
    progressed = Signal(object)  # a Steps or a payload given to ctx.report


class Job(QRunnable, Generic[T]):
    def __init__(self, owner: QObject, fn: Callable[[JobContext], T]) -> None:
        super().__init__()
        self.owner = owner
        self.epoch = _EPOCH.get(id(owner), 0)
        self.fn = fn
        self.signals = JobSignals()
        self.cancel_event = threading.Event()
        self.ended = threading.Event()  # set when fn has returned or raised
        self.setAutoDelete(True)

    def cancel(self) -> None:
        """Ask the core to stop: it raises ``Cancelled``, which arrives through on_failed."""
        self.cancel_event.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the function has returned or raised; False on timeout."""
        return self.ended.wait(timeout)

    def live(self) -> bool:
        """True while the owner exists and has not invalidated the jobs it started before."""
        return Shiboken.isValid(self.owner) and _EPOCH.get(id(self.owner), 0) == self.epoch

    def run(self) -> None:
        try:
            result = self.fn(JobContext(self))
        except BaseException as err:  # noqa: BLE001 - every failure goes to the GUI
            if not _is_expected(err):  # a bug: its code path, never its message
                print(report(type(err), err.__traceback__, "worker"), file=sys.stderr)
            self.ended.set()
            self.signals.failed.emit(err)
            return
        self.ended.set()
        self.signals.finished.emit(result)


def _is_expected(err: BaseException) -> bool:
    return explain(err) is not None


def run(
    owner: QObject,
    fn: Callable[[JobContext], T],
    *,
    on_done: Callable[[T], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[Any], None] | None = None,
) -> Job[T]:
    """Run ``fn(ctx)`` on a worker thread for ``owner``; see the module docstring."""
    job: Job[T] = Job(owner, fn)

    def done(result: T) -> None:
        _ACTIVE.discard(job)
        if on_done is not None and job.live():
            on_done(result)

    def failed(err: BaseException) -> None:
        _ACTIVE.discard(job)
        if on_failed is not None and job.live():
            on_failed(err)

    def progressed(payload: object) -> None:
        if on_progress is not None and job in _ACTIVE and job.live():
            on_progress(payload)

    job.signals.finished.connect(done)
    job.signals.failed.connect(failed)
    job.signals.progressed.connect(progressed)
    _ACTIVE.add(job)
    _pool().start(job)
    return job


def _pool() -> QThreadPool:
    global _POOL  # made once, on first use, after QApplication exists
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(max(_POOL_THREADS, _POOL.maxThreadCount()))
    return _POOL


def wait_all(timeout: float = 10.0) -> bool:
    """Wait until every job's function has ended (tests, and the app before it exits)."""
    deadline = time.monotonic() + timeout
    return all(job.wait(max(0.0, deadline - time.monotonic())) for job in list(_ACTIVE))


def invalidate(owner: QObject) -> None:
    """Drop every result and progress of the jobs ``owner`` started until now."""
    _EPOCH[id(owner)] = _EPOCH.get(id(owner), 0) + 1


def running(owner: QObject) -> list[Job[Any]]:
    """The owner's jobs whose function has not ended yet."""
    return [job for job in _ACTIVE if job.owner is owner and not job.ended.is_set()]


def cancel_and_wait(owner: QObject, timeout: float = 10.0) -> bool:
    """Cancel the owner's running jobs, drop their results, and wait until their functions
    have ended (so the vault they use can be closed). False if one is still running after
    ``timeout`` seconds."""
    pending = running(owner)
    for job in pending:
        job.cancel()
    invalidate(owner)
    deadline = time.monotonic() + timeout
    return all(job.wait(max(0.0, deadline - time.monotonic())) for job in pending)

