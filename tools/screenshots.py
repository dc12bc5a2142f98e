"""Take the README's screenshots from the real app in a real window: `make screenshots`.

The same walk as the real-window layout check (tests/window): a private Xvfb with openbox,
throwaway vaults filled with the example cases from docs/examples (nothing of yours is read),
the app in its own process per language, each screen at 1366x768 with the window maximised
(dialogs at their own size), frame included. Writes docs/screenshots/*.png.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QGuiApplication  # noqa: E402

from tests.window.conftest import walk_languages  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
# README name <- (language, screen of the walk)
SHOTS = {
    "create-vault": ("en", "welcome"),
    "unlock": ("en", "lock"),
    "case-list": ("en", "cases"),
    "editor-consent": ("en", "editor-interview"),
    "editor-people": ("en", "editor-people"),
    "editor-events": ("en", "editor-events"),
    "editor-files": ("en", "editor-files"),
    "trust-organisation": ("en", "organisations-card"),
    "identity": ("en", "identity"),
    "export": ("en", "export"),
    "tell-your-story": ("en", "story-2-what"),
    "inbox": ("en", "inbox"),
    "inbox-safety-code": ("en", "inbox-safety-code"),
    "provenance": ("en", "coordinator-cases"),
    "researchers": ("en", "researchers"),
    "overview": ("en", "overview"),
    "case-list-uz": ("uz-Latn", "cases"),
    "editor-ru": ("ru", "editor-interview"),
}


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(["screenshots", "-platform", "offscreen"])
    langs = sorted({lang for lang, _ in SHOTS.values()})
    with tempfile.TemporaryDirectory(prefix="guvoh-shots-") as tmp_name:
        tmp = Path(tmp_name)
        home = tmp / "home"  # the app sees a throwaway home: no path or setting of yours
        home.mkdir()
        os.environ.update({"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
                           "XDG_DATA_HOME": str(home / ".local/share"),
                           "XDG_CACHE_HOME": str(home / ".cache")})
        runs = walk_languages(langs, tmp / "walk", shots=tmp / "shots")
        failed = [lang for lang, run in runs.items() if run.returncode != 0]
        if failed:
            for lang in failed:
                sys.stderr.write(f"{lang}: {runs[lang].stderr[-2000:]}\n")
            return 1
        OUT.mkdir(parents=True, exist_ok=True)
        missing = []
        for name, (lang, screen) in SHOTS.items():
            source = tmp / "shots" / lang / f"{screen}.png"
            if not source.exists():
                missing.append(f"{lang}/{screen}")
                continue
            shutil.copyfile(source, OUT / f"{name}.png")
            print(f"  docs/screenshots/{name}.png")
        faults = sum(len(run.faults) for run in runs.values())
        if faults:
            print(f"(the walk found {faults} layout faults: see `make test`, tests/window)")
    del app
    if missing:
        sys.stderr.write("not reached: " + ", ".join(missing) + "\n")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
