"""The user's preferences: how soon the app locks itself, and the interface language.

They live in one small JSON file in the platform's config folder (on Linux
~/.config/Guvoh/settings.json), written privately and atomically. The file holds no case
content and no secret: only the two values below. A damaged or hand-edited file never
stops the app: unknown keys are ignored and bad values fall back to the defaults.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import platformdirs

from storage import fsio

DEFAULT_AUTO_LOCK_MINUTES = 5
MIN_AUTO_LOCK_MINUTES = 1
MAX_AUTO_LOCK_MINUTES = 120
_MAX_FILE = 64 * 1024


@dataclass(frozen=True, slots=True)
class Settings:
    auto_lock_minutes: int = DEFAULT_AUTO_LOCK_MINUTES
    language: str | None = None  # None: from the system locale

    def with_auto_lock(self, minutes: int) -> Settings:
        if not MIN_AUTO_LOCK_MINUTES <= minutes <= MAX_AUTO_LOCK_MINUTES:
            raise ValueError(f"auto-lock minutes out of range: {minutes}")
        return replace(self, auto_lock_minutes=minutes)

    def with_language(self, code: str) -> Settings:
        if not (0 < len(code) <= 16 and code.isprintable()):
            raise ValueError(f"not a language code: {code!r}")
        return replace(self, language=code)


def default_path() -> Path:
    return Path(platformdirs.user_config_dir("Guvoh", appauthor=False)) / "settings.json"


def load(path: Path | None = None) -> Settings:
    path = path or default_path()
    try:
        with path.open("rb") as fh:
            raw = fh.read(_MAX_FILE + 1)
    except OSError:
        return Settings()
    if len(raw) > _MAX_FILE:
        return Settings()
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    settings = Settings()
    minutes = data.get("auto_lock_minutes")
    if (isinstance(minutes, int) and not isinstance(minutes, bool)
            and MIN_AUTO_LOCK_MINUTES <= minutes <= MAX_AUTO_LOCK_MINUTES):
        settings = replace(settings, auto_lock_minutes=minutes)
    language = data.get("language")
    if isinstance(language, str) and 0 < len(language) <= 16 and language.isprintable():
        settings = replace(settings, language=language)
    return settings


def save(settings: Settings, path: Path | None = None) -> None:
    path = path or default_path()
    fsio.private_dir(path.parent)
    data = json.dumps(asdict(settings), indent=2, sort_keys=True).encode("utf-8") + b"\n"
    fsio.write_atomic(path, data)
