"""The device secret kept in the operating system's keyring.

Only real, encrypted keyrings are allowed: the Secret Service (GNOME Keyring, KWallet's
Secret Service, KeePassXC), macOS Keychain and Windows Credential Locker. keyrings.alt's
plaintext files, the null and fail backends, or anything unknown count as "no keyring":
the vault then works on its passphrase alone and says so. A secret is never stored
anywhere else as a fallback.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from storage.errors import KeyringUnavailable

SERVICE = "Guvoh vault"  # a disguise (app/services/disguise.py) chooses a neutral one


def use_service(name: str) -> None:
    """Name new DeviceKeyrings' entries `name` from now on (disguise: a neutral name)."""
    global SERVICE  # one process-wide choice, made before any vault opens
    SERVICE = name


_ALLOWED = frozenset(
    {
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
    }
)


# wincred.h: CRED_PERSIST_LOCAL_MACHINE. keyring's Windows backend defaults to
# CRED_PERSIST_ENTERPRISE (3), which copies the credential into a domain user's roaming
# profile, onto every computer they log on to; the device secret must stay on this one.
CRED_PERSIST_LOCAL_MACHINE = 2
_WINDOWS = "keyring.backends.Windows.WinVaultKeyring"


def _members(backend: Any) -> list[Any]:
    if _qualname(backend) == "keyring.backends.chainer.ChainerBackend":
        return list(getattr(backend, "backends", []))
    return [backend]


def pin_to_this_machine(backend: Any) -> None:
    """On Windows, keep the device secret on this computer only (never roaming with a
    domain profile): set the Windows backend's `persist` (keyring >= 23) to
    CRED_PERSIST_LOCAL_MACHINE. Other backends are left as they are."""
    for member in _members(backend):
        if _qualname(member) == _WINDOWS:
            member.persist = CRED_PERSIST_LOCAL_MACHINE


def _qualname(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _allowed(backend: Any) -> bool:
    name = _qualname(backend)
    if name == "keyring.backends.chainer.ChainerBackend":
        members = list(getattr(backend, "backends", []))
        return bool(members) and all(_qualname(m) in _ALLOWED for m in members)
    return name in _ALLOWED


class DeviceKeyring:
    """A thin, allow-listed wrapper over the keyring package. `backend` None: no keyring."""

    def __init__(self, backend: Any | None, service: str | None = None) -> None:
        self._backend = backend
        self.service = service or SERVICE

    @classmethod
    def detect(cls) -> DeviceKeyring:
        # The keyring package takes ~0.1 s to import (its backends, jaraco, urllib): imported
        # here, when a keyring is first needed, not with every module that names this class.
        import keyring
        import keyring.backend
        import keyring.core

        found = cls._probe(keyring.get_keyring())
        if found is None:
            # The keyring package chooses its backend once per process; a keyring that was
            # missing then (the desktop's daemon not started yet at login) may be there now.
            try:
                keyring.backend.get_all_keyring.reset()  # jaraco.functools.once's reset
                keyring.core.init_backend()
            except Exception:  # noqa: BLE001 - any backend failure means "no keyring"
                return cls(None)
            found = cls._probe(keyring.get_keyring())
        return cls(found)

    @staticmethod
    def _probe(backend: Any) -> Any | None:
        """`backend` if it is allowed and answers a live round trip, else None."""
        try:
            if not _allowed(backend):
                return None
            pin_to_this_machine(backend)
            # A live round trip: the backend is chosen once per process, but the keyring
            # behind it may have gone away (session ended, daemon stopped).
            backend.get_password(SERVICE, "availability-probe")
        except Exception:  # noqa: BLE001 - any backend failure means "no keyring"
            return None
        return backend

    @classmethod
    def none(cls) -> DeviceKeyring:
        return cls(None)

    def under(self, service: str) -> DeviceKeyring:
        """The same keyring, its entries named under `service` (moving a disguise)."""
        return DeviceKeyring(self._backend, service)

    @property
    def available(self) -> bool:
        return self._backend is not None

    @property
    def name(self) -> str:
        if self._backend is None:
            return "none"
        return _qualname(self._backend).removeprefix("keyring.backends.")

    def _need(self) -> Any:
        if self._backend is None:
            raise KeyringUnavailable("none", "no keyring")
        return self._backend

    def store(self, keyring_id: bytes, secret: bytes) -> None:
        backend = self._need()
        try:
            backend.set_password(self.service, keyring_id.hex(), base64.b64encode(secret).decode())
        except Exception as err:
            raise KeyringUnavailable(self.name, type(err).__name__) from err
        if self.load(keyring_id) != secret:
            raise KeyringUnavailable(self.name, "read_back_mismatch")

    def load(self, keyring_id: bytes) -> bytes | None:
        backend = self._need()
        try:
            value = backend.get_password(self.service, keyring_id.hex())
        except Exception as err:
            raise KeyringUnavailable(self.name, type(err).__name__) from err
        if value is None:
            return None
        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            return None

    def delete(self, keyring_id: bytes) -> None:
        import keyring.errors  # see detect

        backend = self._need()
        try:
            backend.delete_password(self.service, keyring_id.hex())
        except keyring.errors.PasswordDeleteError:
            return
        except Exception as err:
            raise KeyringUnavailable(self.name, type(err).__name__) from err
