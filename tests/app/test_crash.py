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


class _Importer:
    def read_field(self, depth: int = 0) -> None:
        secret = CANARY  # a local variable holding case content
        if depth < 30:
            self.read_field(depth + 1)
            return
        raise KeyError(secret)


def test_report_names_the_failing_function_and_module() -> None:
    try:
        _Importer().read_field()
    except KeyError:
        kind, value, tb = sys.exc_info()
    assert kind is not None
    text = report(kind, tb, value=value)
    assert "Failed in: tests.app.test_crash._Importer.read_field" in text
    lines = text.splitlines()
    # the innermost frames, innermost last, each with its module and function
    assert lines[-1].startswith("  tests.app.test_crash._Importer.read_field (")
    assert "test_crash.py:" in lines[-1]
    assert "outer frames left out" in text  # a deep path is cut at the outer end
    assert len([line for line in lines if line.startswith("  tests.")]) <= 20
    assert CANARY not in text  # no message, no local values
    assert "Shavkat" not in text
    for home in ("/root/", "/home/", "/tmp/"):
        assert home not in text


def _qt_calls_a_slot_it_cannot_call() -> str:
    # what PySide6 6.11 raised from inside Qt when QAudioSource.stateChanged met a slot
    # taking QtAudio.State: no Python frames at all
    value = TypeError('Cannot call meta function "void _on_state(QAudio::State)" because '
                      'parameter 0 of type "QAudio::State" cannot be converted.')
    return report(TypeError, None, value=value)


def test_a_slot_qt_could_not_call_is_named() -> None:
    text = _qt_calls_a_slot_it_cannot_call()
    assert "Failed in: Qt could not call the Python slot _on_state(QAudio::State)" in text
    # and the Python code that was running when Qt called it
    assert "tests.app.test_crash._qt_calls_a_slot_it_cannot_call (" in text
    assert "app.ui.shell.crash" not in text  # the handler's own frames are left out


def test_the_slot_is_found_in_guvoh_code() -> None:
    from app.ui.researcher.players import AudioPlayer
    from app.ui.researcher.recorder import RecorderPanel

    assert callable(RecorderPanel.on_record_clicked)
    assert callable(AudioPlayer._on_state)  # takes no argument: not a candidate below
    value = TypeError('Cannot call meta function "void on_record_clicked()" because of '
                      "something.")
    text = report(TypeError, None, value=value).splitlines()
    assert "  a slot of that name: app.ui.researcher.recorder.RecorderPanel.on_record_clicked" \
        in text
    value = TypeError('Cannot call meta function "void _on_state(QAudio::State)" because '
                      'parameter 0 of type "QAudio::State" cannot be converted.')
    text = report(TypeError, None, value=value).splitlines()
    assert not [line for line in text if "a slot of that name" in line]


def test_other_messages_are_never_quoted() -> None:
    text = report(TypeError, None, value=TypeError(f'Cannot call "{CANARY}"'))
    assert "Failed in: code outside Python (no Python frames)" in text
    assert CANARY not in text
