"""Argon2id key derivation: parameters as data, bounds-checked, calibrated at creation."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

from crypto.errors import KdfParamsOutOfBounds

KEY_LEN = 32
SALT_LEN = 32

# RFC 9106's second recommended profile is the floor: 64 MiB, t=3, one lane.
MIN_MEMORY_KIB = 64 * 1024
MIN_TIME_COST = 3
# Caps for parameters read from disk: a hostile key-slot file must not make us allocate
# more than 4 GiB or spend more than about a minute (here: 1 GiB t=1 takes 2.9 s).
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_TIME_COST = 64
MAX_WORK_KIB = 16 * 1024 * 1024  # memory x passes, about 45 s on a slow laptop
MAX_PARALLELISM = 8

PREFERRED_MEMORY_KIB = 256 * 1024
DEFAULT_TARGET_SECONDS = 1.0


@dataclass(frozen=True, slots=True)
class Argon2Params:
    """Argon2id cost parameters (version 1.3)."""

    memory_kib: int
    time_cost: int
    parallelism: int = 1

    def check(self) -> Argon2Params:
        """Raise KdfParamsOutOfBounds unless every value is within our floor and caps."""
        ok = (
            MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB
            and MIN_TIME_COST <= self.time_cost <= MAX_TIME_COST
            and 1 <= self.parallelism <= MAX_PARALLELISM
            and self.memory_kib * self.time_cost <= MAX_WORK_KIB
            and self.memory_kib >= 8 * self.parallelism
        )
        if not ok:
            raise KdfParamsOutOfBounds(self.memory_kib, self.time_cost, self.parallelism)
        return self


FLOOR = Argon2Params(MIN_MEMORY_KIB, MIN_TIME_COST, 1)


def derive(secret: bytes, salt: bytes, params: Argon2Params) -> bytes:
    """Return a 32-byte key from `secret` with Argon2id; parameters are checked first."""
    params.check()
    if len(salt) != SALT_LEN:
        raise ValueError("salt must be 32 bytes")
    return hash_secret_raw(
        secret=secret,
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_LEN,
        type=Type.ID,
        version=19,
    )


def _physical_memory_kib() -> int | None:
    try:
        pages = os.sysconf("SC_PHYS_PAGES")
        page_size = os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None
    if pages <= 0 or page_size <= 0:
        return None
    return int(pages * page_size // 1024)


def calibrate(target_seconds: float = DEFAULT_TARGET_SECONDS) -> Argon2Params:
    """Choose parameters that take about `target_seconds` here, never below the floor.

    Memory is 256 MiB where the machine has at least 2 GiB (an eighth of the memory on
    smaller machines, never under 64 MiB); passes are then added until the target is met.
    A target of 0 returns the floor (64 MiB, t=3), for old hardware or tests.
    """
    if target_seconds <= 0:
        return FLOOR
    total = _physical_memory_kib()
    memory = PREFERRED_MEMORY_KIB
    if total is not None:
        memory = max(MIN_MEMORY_KIB, min(PREFERRED_MEMORY_KIB, total // 8))
    salt = os.urandom(SALT_LEN)

    def timed(passes: int) -> float:
        start = time.perf_counter()
        hash_secret_raw(b"calibration", salt, passes, memory, 1, KEY_LEN, Type.ID)
        return time.perf_counter() - start

    # Time grows linearly with passes: t(n) = fixed + n * per_pass. Two probes give both.
    one, two = timed(1), timed(2)
    per_pass = max(two - one, 1e-4)
    fixed = max(one - per_pass, 0.0)
    passes = round((target_seconds - fixed) / per_pass)
    passes = max(MIN_TIME_COST, min(passes, MAX_WORK_KIB // memory, MAX_TIME_COST))
    return Argon2Params(memory, passes, 1).check()
