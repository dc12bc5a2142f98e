"""Disguise (DESIGN.md 2b, issue 15 item 5): a neutral name instead of "Guvoh" everywhere
outside the installed program: the window title and application name, the desktop entry,
the data and settings folders, the keyring service name. Opt-in, from a few presets.

Which name is in use is found on disk, never written under a "Guvoh" name: the vault's
folder decides (~/.local/share/Guvoh/vault: not disguised; ~/.local/share/Notes/vault:
the "notes" disguise); with no vault yet, the settings file of a preset that names itself
(``"disguise": "notes"`` in ~/.config/Notes/settings.json).

Switching moves the vault in crash-safe steps, the vault closed:
1. the device secret is stored under the new keyring service and read back;
2. the settings file is written in the new config folder (naming the new disguise);
3. the vault folder is renamed into the new data folder (one atomic rename, then fsync of
   both parents): this is the moment the switch happens;
4. the old keyring entry, the old settings file, the old cache folder and the empty old
   folders are removed.
A kill before 3 leaves the vault where it was, opened as before (the new keyring entry and
settings file are leftovers); a kill after 3 leaves it in the new place with its secret
already there. `settle()`, run at every start, removes such leftovers.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app.services.errors import DisguiseError as DisguiseError
from storage import devicekeyring, fsio
from storage.devicekeyring import DeviceKeyring
from storage.errors import FileSystemError
from storage.vault import is_vault, read_public_status


@dataclass(frozen=True, slots=True)
class Names:
    key: str | None  # None: not disguised
    folder: str  # the data, config and cache folders' name (platformdirs appname)
    title: str  # the application name (English; the window shows it translated)
    desktop_id: str  # the desktop entry's file name, without ".desktop"
    service: str  # the keyring service name


REAL = Names(None, "Guvoh", "Guvoh", "guvoh", "Guvoh vault")
PRESETS: dict[str, Names] = {
    "notes": Names("notes", "Notes", "Notes", "notes", "Notes"),
    "budget": Names("budget", "Budget", "Budget", "budget", "Budget"),
    "recipes": Names("recipes", "Recipes", "Recipes", "recipes", "Recipes"),
}
SETTINGS_KEY = "disguise"
_SETTINGS_FILE = "settings.json"

_active: Names | None = None


def names_for(key: str | None) -> Names:
    if key is None:
        return REAL
    try:
        return PRESETS[key]
    except KeyError:
        raise DisguiseError("unknown") from None


def data_dir(names: Names) -> Path:
    return Path(platformdirs.user_data_dir(names.folder, appauthor=False))


def config_dir(names: Names) -> Path:
    return Path(platformdirs.user_config_dir(names.folder, appauthor=False))


def cache_dir(names: Names) -> Path:
    return Path(platformdirs.user_cache_dir(names.folder, appauthor=False))


def vault_dir(names: Names) -> Path:
    return data_dir(names) / "vault"


def settings_path(names: Names) -> Path:
    return config_dir(names) / _SETTINGS_FILE


def _named_in_settings(path: Path) -> str | None:
    """The disguise a settings file names, or None (no file, unreadable, none named)."""
    try:
        with path.open("rb") as fh:
            data = json.loads(fh.read(64 * 1024).decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None
    value = data.get(SETTINGS_KEY) if isinstance(data, dict) else None
    return value if isinstance(value, str) and value in PRESETS else None


def detect() -> Names:
    """The names in use, found on disk (see the module's docstring)."""
    if is_vault(vault_dir(REAL)):
        return REAL
    for names in PRESETS.values():
        if is_vault(vault_dir(names)):
            return names
    for names in PRESETS.values():
        if _named_in_settings(settings_path(names)) == names.key:
            return names
    return REAL


def current() -> Names:
    """The names in use in this process (found on disk the first time)."""
    global _active
    if _active is None:
        _active = detect()
        devicekeyring.use_service(_active.service)
    return _active


def _activate(names: Names) -> None:
    global _active
    _active = names
    devicekeyring.use_service(names.service)


def _keyring_id(folder: Path) -> bytes | None:
    if not is_vault(folder):
        return None
    header = read_public_status(folder).passphrase_header
    return header.keyring_id if header.needs_device_secret else None


def _move_secret(keyring: DeviceKeyring, keyring_id: bytes, old: Names, new: Names) -> None:
    """Store the device secret under `new`'s service and read it back (store() does);
    the entry under `old` stays until the folder has moved."""
    secret = keyring.under(old.service).load(keyring_id)
    if secret is None:
        return  # nothing to carry: the vault then opens with the recovery code only, as before
    keyring.under(new.service).store(keyring_id, secret)


def _write_settings(old: Names, new: Names) -> None:
    """The settings file in `new`'s config folder: the old one's values, naming `new`."""
    data: dict[str, object] = {}
    with contextlib.suppress(OSError, UnicodeDecodeError, ValueError, RecursionError):
        loaded = json.loads(settings_path(old).read_bytes()[: 64 * 1024].decode("utf-8"))
        if isinstance(loaded, dict):
            data = loaded
    data[SETTINGS_KEY] = new.key
    if new.key is None:
        data.pop(SETTINGS_KEY)
    target = settings_path(new)
    fsio.private_dir(target.parent)
    text = json.dumps(data, indent=2, sort_keys=True).encode("utf-8") + b"\n"
    fsio.write_atomic(target, text)


def check(key: str | None) -> Names:
    """The names of `key`, or DisguiseError if switching to them cannot be done (a folder
    of that name holds something else). Nothing is changed."""
    old, new = current(), names_for(key)
    target = vault_dir(new)
    if new != old and is_vault(vault_dir(old)) and target.exists() and any(target.iterdir()):
        raise DisguiseError("target_taken", target)
    return new


def switch(
    key: str | None, keyring: DeviceKeyring | None = None, elsewhere: Path | None = None
) -> Names:
    """Use the disguise `key` (None: the real name) from now on, moving the vault in the
    default place, its keyring entry and the settings file. The vault must be closed (its
    lock is taken here for the move). `elsewhere`: a vault in a folder of the person's
    choosing (--vault): it stays there, its keyring entry takes the new name. Returns the
    new names."""
    old, new = current(), check(key)
    if new == old:
        return new
    keyring = keyring if keyring is not None else DeviceKeyring.detect()
    source, target = vault_dir(old), vault_dir(new)
    moving = is_vault(source)
    keyring_id = _keyring_id(source) if moving else None
    if keyring_id is not None and keyring.available:
        _move_secret(keyring, keyring_id, old, new)  # step 1
    other_id = _keyring_id(elsewhere) if elsewhere is not None else None
    if other_id is not None and keyring.available:
        _move_secret(keyring, other_id, old, new)  # read back: the old entry can go
        keyring.under(old.service).delete(other_id)
    _write_settings(old, new)  # step 2
    if moving:
        _rename_vault(source, target)  # step 3
    _activate(new)
    settle(keyring)  # step 4
    program = shutil.which("guvoh") or sys.argv[0]
    with contextlib.suppress(OSError, FileSystemError):
        write_desktop_entry(new, program)
    return new


def applications_dir() -> Path:
    """Where this user's desktop entries live (Linux; XDG_DATA_HOME/applications)."""
    return Path(platformdirs.user_data_path()) / "applications"


def write_desktop_entry(names: Names, program: str) -> Path | None:
    """On Linux, this user's menu entry under `names` (running `program`); the entry of the
    other names is removed. Returns the entry's path, or None on other systems."""
    if not sys.platform.startswith("linux"):
        return None
    folder = applications_dir()
    for other in (REAL, *PRESETS.values()):
        if other != names:
            (folder / f"{other.desktop_id}.desktop").unlink(missing_ok=True)
    if names == REAL:
        return None  # the installed program brings its own entry
    fsio.private_dir(folder)
    target = folder / f"{names.desktop_id}.desktop"
    text = (
        "[Desktop Entry]\nType=Application\n"
        f"Name={names.title}\nExec={program}\nTerminal=false\nCategories=Office;\n"
    )
    fsio.write_atomic(target, text.encode("utf-8"))
    return target


def _rename_vault(source: Path, target: Path) -> None:
    from storage.lock import VaultLock  # the vault must not be open anywhere

    fsio.private_dir(target.parent)
    with contextlib.suppress(FileNotFoundError):
        target.rmdir()  # an empty folder left by an earlier, stopped switch
    lock = VaultLock(source / "lock").acquire()
    try:
        try:
            source.rename(target)
        except OSError as err:
            if err.errno == 18:  # EXDEV
                raise DisguiseError("other_disk", target) from err
            raise
    finally:
        lock.release()
    fsio.fsync_dir(source.parent)
    fsio.fsync_dir(target.parent)


def settle(keyring: DeviceKeyring | None = None) -> None:
    """Remove what a switch leaves under the names not in use: the vault's keyring entry
    under another service (only when the one in use holds the same secret), settings files,
    cache folders, and data and config folders left empty."""
    names = current()
    keyring_id = _keyring_id(vault_dir(names))
    if keyring_id is not None:
        keyring = keyring if keyring is not None else DeviceKeyring.detect()
    for other in (REAL, *PRESETS.values()):
        if other == names:
            continue
        if keyring_id is not None and keyring is not None and keyring.available:
            kept = keyring.under(names.service).load(keyring_id)
            if kept is not None and keyring.under(other.service).load(keyring_id) == kept:
                keyring.under(other.service).delete(keyring_id)
        if (other.key is not None and not (data_dir(other) / "vault").exists()
                and _named_in_settings(settings_path(other)) == other.key):
            settings_path(other).unlink(missing_ok=True)
        if other.key is None and names.key is not None:
            settings_path(other).unlink(missing_ok=True)  # the real name's file, now moved
            shutil.rmtree(cache_dir(other), ignore_errors=True)  # caches: disposable
        for folder in (vault_dir(other), data_dir(other), config_dir(other)):
            with contextlib.suppress(OSError):
                folder.rmdir()  # only if empty
