"""The user's preferences: how soon the app locks itself, the interface language, whether to
remove an attached file's original, and where the window was (its position, size and whether
maximised: nothing else); and, at the end,
the settings of one vault, which live inside it (delete on receipt, protected by default).

They live in one small JSON file in the platform's config folder (on Linux
~/.config/Guvoh/settings.json), written privately and atomically. The file holds no case
content and no secret: only the values below. A damaged or hand-edited file never
stops the app: unknown keys are ignored and bad values fall back to the defaults.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from app.domain.protected import DEFAULT_PROTECTED
from app.services import disguise
from storage import cases, fsio, vault_settings
from storage.vault import Vault

DEFAULT_AUTO_LOCK_MINUTES = 5
MIN_AUTO_LOCK_MINUTES = 1
MAX_AUTO_LOCK_MINUTES = 120
_MAX_FILE = 64 * 1024
_MAX_COORDINATE = 100_000
ORIGINALS_CHOICES = ("ask", "remove", "keep")

# x, y, width, height (of the window's normal, not maximised, geometry), maximised
WindowGeometry = tuple[int, int, int, int, bool]


@dataclass(frozen=True, slots=True)
class Settings:
    auto_lock_minutes: int = DEFAULT_AUTO_LOCK_MINUTES
    language: str | None = None  # None: from the system locale
    window: WindowGeometry | None = None  # None: the default size, centred
    disguise: str | None = None  # the preset in use (app/services/disguise.py), kept as is

    def with_auto_lock(self, minutes: int) -> Settings:
        if not MIN_AUTO_LOCK_MINUTES <= minutes <= MAX_AUTO_LOCK_MINUTES:
            raise ValueError(f"auto-lock minutes out of range: {minutes}")
        return replace(self, auto_lock_minutes=minutes)

    def with_language(self, code: str) -> Settings:
        if not (0 < len(code) <= 16 and code.isprintable()):
            raise ValueError(f"not a language code: {code!r}")
        return replace(self, language=code)

    def with_window(self, geometry: WindowGeometry) -> Settings:
        checked = _window(list(geometry))
        if checked is None:
            raise ValueError(f"not a window geometry: {geometry!r}")
        return replace(self, window=checked)


def _window(value: object) -> WindowGeometry | None:
    """[x, y, width, height, maximised] as read from the file, or None if it is not one."""
    if not (isinstance(value, list) and len(value) == 5):
        return None
    *numbers, maximised = value
    if not isinstance(maximised, bool):
        return None
    if not all(isinstance(n, int) and not isinstance(n, bool)
               and abs(n) <= _MAX_COORDINATE for n in numbers):
        return None
    x, y, width, height = numbers
    if width <= 0 or height <= 0:
        return None
    return (x, y, width, height, maximised)


def default_path() -> Path:
    return disguise.settings_path(disguise.current())


def _read(path: Path) -> dict[str, object]:
    """The file's JSON object; empty if it is missing, too large or damaged."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(_MAX_FILE + 1)
    except OSError:
        return {}
    if len(raw) > _MAX_FILE:
        return {}
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def load(path: Path | None = None) -> Settings:
    data = _read(path or default_path())
    settings = Settings()
    minutes = data.get("auto_lock_minutes")
    if (isinstance(minutes, int) and not isinstance(minutes, bool)
            and MIN_AUTO_LOCK_MINUTES <= minutes <= MAX_AUTO_LOCK_MINUTES):
        settings = replace(settings, auto_lock_minutes=minutes)
    language = data.get("language")
    if isinstance(language, str) and 0 < len(language) <= 16 and language.isprintable():
        settings = replace(settings, language=language)
    window = _window(data.get("window"))
    if window is not None:
        settings = replace(settings, window=window)
    preset = data.get("disguise")
    if isinstance(preset, str) and preset in disguise.PRESETS:
        settings = replace(settings, disguise=preset)
    return settings


def save(settings: Settings, path: Path | None = None) -> None:
    path = path or default_path()
    _write(path, {**asdict(settings), **_kept(_read(path))})


def _write(path: Path, values: dict[str, object]) -> None:
    fsio.private_dir(path.parent)
    data = json.dumps(values, indent=2, sort_keys=True).encode("utf-8") + b"\n"
    fsio.write_atomic(path, data)


# -- the original left behind (app/services/originals.py) ----------------------------------
# After a file is in the vault: ask whether to remove its original ("ask"), or always do one
# thing. Only the choice is kept, never a path. It is read and written on its own (the
# question and the Settings panel change it while the window holds the Settings above), and
# save() keeps it as the file has it.


def _kept(data: dict[str, object]) -> dict[str, object]:
    choice = data.get("originals")
    return {"originals": choice} if choice in ORIGINALS_CHOICES else {}


def originals_choice(path: Path | None = None) -> str:
    """The remembered choice: ask (the default, also for a damaged value), remove or keep."""
    choice = _read(path or default_path()).get("originals")
    return choice if isinstance(choice, str) and choice in ORIGINALS_CHOICES else "ask"


def set_originals_choice(choice: str, path: Path | None = None) -> None:
    if choice not in ORIGINALS_CHOICES:
        raise ValueError(f"not a choice for originals: {choice!r}")
    path = path or default_path()
    _write(path, {**asdict(load(path)), "originals": choice})


# -- the vault's own settings (kept inside the encrypted vault, not in the file above) -----

# Delete on receipt: how long after the organisation's receipt the delivered cases are
# destroyed. 0 = at once (the default for researchers and submitters); None = never (keep
# them, as before; the default for coordinators).
RECEIPT_GRACE_CHOICES: tuple[int | None, ...] = (0, 86_400, 7 * 86_400, None)
_NEVER = "never"


def receipt_grace(vault: Vault) -> int | None:
    """Seconds between a receipt and the destruction of the cases it confirms; None: never."""
    value = cases.receipt_grace(vault.conn)
    if value is None:
        return None if vault.role == "coordinator" else 0
    if value == _NEVER:
        return None
    try:
        seconds = int(value)
    except ValueError:
        return 0  # a damaged value: the safe side
    return seconds if seconds >= 0 else 0


def set_receipt_grace(vault: Vault, seconds: int | None) -> None:
    if seconds is not None and seconds < 0:
        raise ValueError(f"a grace period cannot be negative: {seconds}")
    cases.set_receipt_grace(vault.conn, _NEVER if seconds is None else str(seconds))


# Protected by default: a new person's real name, contact and where they live start
# protected (app.domain.protected.DEFAULT_PROTECTED), in the editor and in a case file whose
# person has no `protected` list. On unless the vault says "off".


def protect_by_default(vault: Vault) -> bool:
    return vault_settings.protect_by_default(vault.conn) != "off"


def set_protect_by_default(vault: Vault, on: bool) -> None:
    vault_settings.set_protect_by_default(vault.conn, "on" if on else "off")


def default_protected(vault: Vault) -> list[str]:
    """The fields a new person starts with protected in this vault."""
    return list(DEFAULT_PROTECTED) if protect_by_default(vault) else []
