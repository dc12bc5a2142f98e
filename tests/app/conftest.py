from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def english_interface(qapp: object) -> None:
    """The app starts with a language installed (English has plural forms); so do tests."""
    from app.ui.common import i18n

    i18n.install("en")
