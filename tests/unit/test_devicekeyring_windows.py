"""Issue 13, item 7: on Windows the device secret must not roam with a domain profile.

keyring's WinVaultKeyring stores with CRED_PERSIST_ENTERPRISE unless its `persist` is set.
The class is importable on Linux and can be constructed (its Windows modules are missing,
so nothing can be stored here): these tests set `persist` through the real class's own
descriptor and read back what it stored. Storing a credential in the real Windows
Credential Manager cannot run on this machine."""

from __future__ import annotations

import inspect

import pytest
from keyring.backends import Windows
from keyring.backends.chainer import ChainerBackend
from keyring.backends.SecretService import Keyring as SecretServiceKeyring

from storage.devicekeyring import CRED_PERSIST_LOCAL_MACHINE, pin_to_this_machine


def test_the_real_backend_defaults_to_roaming() -> None:
    """Why the fix exists: without `persist`, the real class falls back to ENTERPRISE."""
    getter = inspect.getsource(Windows.Persistence.__get__)
    assert "CRED_PERSIST_ENTERPRISE" in getter
    assert isinstance(Windows.WinVaultKeyring.__dict__["persist"], Windows.Persistence)


def test_windows_backend_is_pinned_to_this_machine() -> None:
    backend = Windows.WinVaultKeyring()
    assert not hasattr(backend, "_persist")  # nothing chosen yet: the roaming default
    pin_to_this_machine(backend)
    assert backend._persist == CRED_PERSIST_LOCAL_MACHINE == 2  # wincred.h's value


def test_windows_backend_inside_a_chainer_is_pinned(monkeypatch: pytest.MonkeyPatch) -> None:
    windows = Windows.WinVaultKeyring()
    monkeypatch.setattr(ChainerBackend, "backends", property(lambda _self: [windows]))
    pin_to_this_machine(ChainerBackend())
    assert windows._persist == CRED_PERSIST_LOCAL_MACHINE


def test_other_backends_are_left_alone() -> None:
    backend = SecretServiceKeyring()
    pin_to_this_machine(backend)
    assert not hasattr(backend, "_persist")
    assert not hasattr(backend, "persist")
