"""A batch import as a job: what the worker reads and the news it sends to the Inbox.

The worker first reports the files it found (:class:`Found`, before any is read), then a
``BatchProgress`` as each file is read (at most every 50 ms, and at each new file and each
file's end), through the job runner's ``ctx.report``; the batch's result arrives as the
job's result (:class:`Read`), with the history entry the worker kept in the vault for
each file (app.services.inbox).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.services import coordinator, inbox
from app.services.coordinator import BatchProgress, BatchResult
from app.services.inbox import EntryId
from app.services.vaults import Vault
from app.ui.common import jobs

PROGRESS_INTERVAL = 0.05  # seconds between two progress reports within one file


@dataclass(frozen=True, slots=True)
class Found:
    """The files a batch is about to read, each with its size, in the order taken."""

    files: tuple[tuple[Path, int], ...]


@dataclass(frozen=True, slots=True)
class Read:
    """A batch's outcomes, each file's history entry (None: not kept, e.g. cancelled) and
    when the batch was received."""

    result: BatchResult
    entry_ids: tuple[EntryId | None, ...]
    received_at: str


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def read_batch(vault: Vault, paths: Sequence[Path], ctx: jobs.JobContext) -> Read:
    """Verify and import the bundles in `paths` (files or folders) and keep their outcomes
    in the Inbox history; runs on a worker."""
    files = coordinator.collect_bundles(paths)
    ctx.report(Found(tuple((f, _size(f)) for f in files)))
    last_time, last_index = 0.0, -1

    def report(p: BatchProgress) -> None:
        nonlocal last_time, last_index
        now = time.monotonic()
        if (p.index != last_index or p.file_done >= p.file_total
                or now - last_time >= PROGRESS_INTERVAL):
            last_time, last_index = now, p.index
            ctx.report(p)

    result = coordinator.import_many(vault, files, progress=report, cancel=ctx.cancel)
    entry_ids, received_at = inbox.record_batch(vault, result.items)
    return Read(result, tuple(entry_ids), received_at)
