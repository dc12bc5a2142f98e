"""Typed errors of the key-slot layer. They carry data, never user prose."""

from __future__ import annotations


class CryptoError(Exception):
    """Base class for errors raised by crypto/."""


class KdfParamsOutOfBounds(CryptoError):
    """Stored Argon2id parameters are below our floor or above our caps."""

    def __init__(self, memory_kib: int, time_cost: int, parallelism: int) -> None:
        super().__init__(f"Argon2id m={memory_kib} KiB t={time_cost} p={parallelism}")
        self.memory_kib = memory_kib
        self.time_cost = time_cost
        self.parallelism = parallelism


class KeySlotsCorrupt(CryptoError):
    """The key-slot file is truncated, too long, or not in a format we know."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class NoSlotOpened(CryptoError):
    """No key slot opened with the given secret (wrong passphrase or recovery code)."""


class RecoveryCodeMalformed(CryptoError):
    """The recovery code has the wrong length, characters, or a failed checksum."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
