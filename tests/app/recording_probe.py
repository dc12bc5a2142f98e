"""A fresh Qt process that records through the real RecorderPanel and QAudioSource, for
tests/app/test_recording_live.py (the sound server must exist before Qt lists its
devices, so the check needs a process of its own). The server has two null sources, "mic"
(the default) and "mic2"; the probe suspends mic2 with pactl, so that no more sound comes
from it, as from a microphone unplugged (PulseAudio would move the stream of a source that
is unloaded to another one).

python -m tests.app.recording_probe WORKDIR   prints one JSON object (the last line):
    errors        every exception that reached sys.excepthook, as crash reports
    devices       the microphone list as shown
    first         a recording of RECORD_MS from the default microphone: status, seconds
    remembered    the combo's choice in a new panel after mic2 was chosen, and the file
    used_source   the PulseAudio source the second recording really read
    failed        a recording whose microphone stopped: status, seconds saved
    silent        a recording from a microphone that never gives sound: status
    qt_slot       the crash report of the old mistake (a slot taking QtAudio.State)
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QTimer
from PySide6.QtMultimedia import QAudioSource, QMediaDevices, QtAudio
from PySide6.QtWidgets import QApplication

from app.services import cases as svc
from app.services.wav import read_wav
from app.ui.researcher.microphone import QtCapture
from app.ui.researcher.recorder import RecorderPanel
from app.ui.shell.crash import report
from crypto.kdf import FLOOR
from storage.blobs import Attachment
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.casedata import minimal

RECORD_MS = 3000


def pactl(*args: str) -> str:
    return subprocess.run(["pactl", *args], capture_output=True, text=True, check=True,
                          timeout=20).stdout


class OldMistake(QObject):
    """What the recorder did before: a slot that takes the state."""

    def on_state(self, _state: QtAudio.State) -> None:
        pass


def main() -> int:
    work = Path(sys.argv[1])
    app = QApplication(sys.argv[:1])
    out: dict[str, object] = {"errors": []}
    errors: list[str] = out["errors"]  # type: ignore[assignment]

    def hook(kind: type[BaseException], value: BaseException,
             tb: TracebackType | None) -> None:
        errors.append(report(kind, tb, value=value))

    sys.excepthook = hook
    vault, _ = Vault.create(work / "vault", "mountain river lantern copper", FLOOR,
                            DeviceKeyring.none())
    case_id = svc.add_case(vault, minimal()).id
    choice = work / "config" / "microphone.json"
    QtCapture.STALL_SECONDS = 1.0  # three seconds in the app
    panels: list[RecorderPanel] = []
    saved: list[Attachment] = []

    def new_panel() -> RecorderPanel:
        panel = RecorderPanel(choice_path=choice)
        panel.set_target(vault, case_id)
        panel.recording_saved.connect(saved.append)
        panels.append(panel)
        return panel

    def seconds_saved() -> float:
        sound = read_wav(svc.read_attachment(vault, saved[-1].id))
        return round(sound.frames / sound.sample_rate, 2)

    steps: list[Callable[[], None]] = []

    def then(delay_ms: int) -> None:
        if steps:
            step = steps.pop(0)
            QTimer.singleShot(delay_ms, lambda: run(step))

    def run(step: Callable[[], None]) -> None:
        try:
            step()
        except Exception as err:  # noqa: BLE001 - reported, and the probe ends at once
            hook(type(err), err, err.__traceback__)
            print(json.dumps(out), flush=True)
            app.quit()

    first = new_panel()
    out["devices"] = [first.microphones.combo.itemText(i)
                      for i in range(first.microphones.combo.count())]

    def record_first() -> None:
        first.record_button.click()
        out["first_recording"] = first.is_recording
        then(RECORD_MS)

    def stop_first() -> None:
        first.stop_button.click()
        out["first"] = {"status": first.status.text(), "seconds": seconds_saved()}
        combo = first.microphones.combo
        second = next(i for i in range(combo.count()) if combo.itemText(i) == "Second")
        combo.setCurrentIndex(second)
        combo.activated.emit(second)  # as a click on it does
        then(0)

    def record_second() -> None:
        panel = new_panel()
        out["remembered"] = {"chosen": panel.microphones.combo.currentText(),
                             "file": choice.read_text()}
        panel.record_button.click()
        then(500)

    def check_source() -> None:
        sources = dict(line.split("\t")[:2] for line in pactl("list", "short",
                                                              "sources").splitlines())
        outputs = [line.split("\t") for line in pactl("list", "short",
                                                      "source-outputs").splitlines()]
        out["used_source"] = [sources.get(o[1], "?") for o in outputs]
        then(500)

    def silence_microphone() -> None:
        pactl("suspend-source", "mic2", "1")  # no more sound comes, as when unplugged
        then(0)

    def wait_until_it_ends(key: str) -> Callable[[], None]:
        """A step that waits (10 s at most) for the recording to end, then notes it."""
        panel = panels[-1]
        count = len(saved)
        waited = [0]

        def wait() -> None:
            if panel.is_recording and waited[0] < 100:
                waited[0] += 1
                steps.insert(0, wait)
                then(100)
                return
            out[key] = {"recording": panel.is_recording, "status": panel.status.text(),
                        "seconds": seconds_saved() if len(saved) > count else 0}
            then(0)

        return wait

    def wait_for_failure() -> None:
        steps.insert(0, wait_until_it_ends("failed"))
        then(0)

    def record_nothing() -> None:  # mic2 stays suspended: no sound ever comes
        panel = panels[-1]
        steps.insert(0, wait_until_it_ends("silent"))
        panel.record_button.click()
        out["silent_started"] = panel.is_recording
        then(0)

    mistake = OldMistake(app)
    before_mistake = [0]

    def old_mistake() -> None:
        device = QMediaDevices.defaultAudioInput()
        source = QAudioSource(device, device.preferredFormat(), mistake)
        source.stateChanged.connect(mistake.on_state)
        before_mistake[0] = len(errors)
        source.start()
        QTimer.singleShot(200, source.stop)
        then(400)

    def old_mistake_seen() -> None:
        out["qt_slot"] = errors[before_mistake[0]:]
        del errors[before_mistake[0]:]
        then(0)

    def finish() -> None:
        print(json.dumps(out), flush=True)
        vault.close()
        app.quit()

    steps.extend([record_first, stop_first, old_mistake, old_mistake_seen, record_second,
                  check_source, silence_microphone, wait_for_failure, record_nothing,
                  finish])
    then(0)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
