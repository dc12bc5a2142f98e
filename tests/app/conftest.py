from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def english_interface(qapp: object) -> None:
    """The app starts with a language installed (English has plural forms); so do tests."""
    from app.ui.common import i18n

    i18n.install("en")


@pytest.fixture(autouse=True)
def no_job_outlives_its_test() -> Iterator[None]:
    """A job a test leaves running would hold a worker thread into the next test (CI once
    starved a later test this way); each test waits for its own jobs, so none can."""
    yield
    from app.ui.common import jobs

    assert jobs.wait_all(30), "a background job was still running 30 s after its test"
