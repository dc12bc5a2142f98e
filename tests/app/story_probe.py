"""A fresh Qt process that writes a story and is then killed, for
tests/app/test_story.py: what was typed must be in the vault when the process dies without
closing anything (a real crash, not a simulated one).

python -m tests.app.story_probe VAULT_DIR   unlocks the vault (the tests' passphrase), agrees,
    goes on to "What happened?", types the story without pressing Next, prints "kept" once
    the footer says it was saved, and waits to be killed."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.ui.submitter.story import StorySection
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.conftest import PASSPHRASE

STORY = "Ночью пришли двое и забрали брата. Mening akam hibsga olindi."


def main() -> int:
    app = QApplication(sys.argv[:1])
    vault = Vault.unlock(Path(sys.argv[1]), PASSPHRASE, DeviceKeyring.none())
    section = StorySection()
    section.show_vault(vault)
    section.consent.agree.setChecked(True)
    section.next_button.click()
    section.what.narrative.setPlainText(STORY)
    while section.autosave.isActive():
        app.processEvents()
        time.sleep(0.01)
    print("kept" if section.saved_note.text().startswith("Saved") else "not kept", flush=True)
    while True:  # killed here
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    sys.exit(main())
