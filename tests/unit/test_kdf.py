from __future__ import annotations

import os

import pytest

from crypto import kdf
from crypto.errors import KdfParamsOutOfBounds
from crypto.kdf import Argon2Params


def test_floor_is_rfc9106_second_profile() -> None:
    assert Argon2Params(64 * 1024, 3, 1) == kdf.FLOOR
    assert kdf.calibrate(0) == kdf.FLOOR


@pytest.mark.parametrize(
    "params",
    [
        Argon2Params(32 * 1024, 3, 1),  # below 64 MiB
        Argon2Params(64 * 1024, 2, 1),  # below t=3
        Argon2Params(64 * 1024 * 1024, 3, 1),  # 64 GiB
        Argon2Params(256 * 1024, 1_000_000, 1),  # an hour of passes
        Argon2Params(2 * 1024 * 1024, 64, 1),  # each bound fine, product too large
        Argon2Params(64 * 1024, 3, 0),
        Argon2Params(64 * 1024, 3, 255),
    ],
)
def test_hostile_params_refused_before_any_work(params: Argon2Params) -> None:
    with pytest.raises(KdfParamsOutOfBounds):
        kdf.derive(b"secret", os.urandom(32), params)


def test_derive_is_deterministic_and_salted() -> None:
    salt = os.urandom(32)
    a = kdf.derive(b"secret", salt, kdf.FLOOR)
    assert a == kdf.derive(b"secret", salt, kdf.FLOOR)
    assert a != kdf.derive(b"secret", os.urandom(32), kdf.FLOOR)
    assert len(a) == 32


def test_calibration_never_below_floor() -> None:
    params = kdf.calibrate(0.05)
    assert params.memory_kib >= kdf.MIN_MEMORY_KIB
    assert params.time_cost >= kdf.MIN_TIME_COST
    params.check()
