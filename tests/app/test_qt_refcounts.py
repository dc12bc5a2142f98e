"""A guard against a broken Qt binding: PySide6 6.12.0 dropped one reference to None on
every call that returns nothing, so on Python 3.11 the app aborted ("none_dealloc") after a
few thousand calls. The lock pins a release without the fault; this test fails if an
upgrade brings it back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_calls_returning_nothing_keep_nones_references(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        timer.stop()
        label.clear()
    # Other threads may hold a few more or fewer Nones meanwhile; a leak is 6,000.
    assert abs(sys.getrefcount(None) - before) < 500
