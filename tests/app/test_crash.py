"""A crash report names the code path and never the content that was being handled."""

from __future__ import annotations

import sys
import threading

from pytestqt.qtbot import QtBot

from app.ui.shell.crash import CrashReporter, report

CANARY = "Shavkat Gʻiyosov lives at Qoʻqon 12"


def _fail_with_content() -> None:
    raise ValueError(CANARY)


def test_report_has_the_code_path_but_not_the_message() -> None:
    try:
        _fail_with_content()
    except ValueError:
        kind, _value, tb = sys.exc_info()
    assert kind is not None
    text = report(kind, tb)
    assert "builtins.ValueError" in text
    assert "_fail_with_content" in text
    assert CANARY not in text
    assert "Shavkat" not in text
    assert "/root/" not in text
    assert "/home/" not in text


def test_exceptions_in_threads_are_shown_on_the_gui_thread(qtbot: QtBot) -> None:
    reporter = CrashReporter()
    saved = threading.excepthook
    threading.excepthook = reporter.thread_excepthook
    try:
        with qtbot.waitSignal(reporter.crashed, timeout=5000) as blocker:
            thread = threading.Thread(target=_fail_with_content, name="worker-7")
            thread.start()
            thread.join()
    finally:
        threading.excepthook = saved
    text = blocker.args[0]
    assert "thread worker-7" in text
    assert CANARY not in text
    assert reporter.reports == [text]
    qtbot.waitUntil(lambda: getattr(reporter, "_box", None) is not None, timeout=5000)
    box = reporter._box
    assert CANARY not in box.text() + box.informativeText() + box.detailedText()
    box.close()
