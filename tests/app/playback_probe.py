"""A fresh Qt process that plays a WAV through the real AudioPlayer, for
tests/app/test_wav_playback.py (the sound server must exist before Qt lists its devices,
so the check needs a process of its own).

python -m tests.app.playback_probe   plays a 0.3 s 24-bit stereo WAV read by app.services.wav
    and prints one JSON object: loaded, whether it was playing after 100 ms, how much the
    sound system took, and the player's state once the sound has ended."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.services.wav import read_wav
from app.ui.researcher.players import AudioPlayer
from tests import attachment_files as files


def main() -> int:
    app = QApplication(sys.argv[:1])
    player = AudioPlayer()
    loaded = player.load(read_wav(files.wav(rate=48000, channels=2, bits=24, frames=14400)))
    player.play_button.click()
    out: dict[str, object] = {"loaded": loaded, "message": player.message.text()}

    def during() -> None:
        out["playing"] = player.playing
        out["button_while_playing"] = player.play_button.text()
        out["processed_us"] = player.sink.processedUSecs() if player.sink else -1

    def after() -> None:
        out["playing_after_end"] = player.playing
        out["button_after_end"] = player.play_button.text()
        print(json.dumps(out), flush=True)
        app.quit()

    QTimer.singleShot(100, during)
    QTimer.singleShot(2500, after)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
