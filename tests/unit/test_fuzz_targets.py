"""The fuzz targets (fuzz/targets.py) run briefly under Hypothesis, so the normal test suite
exercises what `make fuzz` runs under atheris: mutations of the seed corpus (byte flips,
truncations, insertions, deletions, duplications) may only end in the parser's typed
errors, within a time and a memory bound. Also: the seed corpus is made of real, valid
files for the fixed fuzz keys, and stays small."""

from __future__ import annotations

import io
import re
import time
import tracemalloc
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crypto.age import AgeReader, encrypt
from crypto.bundle import ReadLimits, read_bundle
from crypto.errors import AgeNoMatch, BundleNotForUs, BundleTampered
from crypto.orgcard import parse_card
from fuzz import targets
from fuzz.targets import TARGETS

CORPUS = Path(__file__).resolve().parents[2] / "fuzz" / "corpus"
SEEDS: dict[str, list[bytes]] = {
    name: [p.read_bytes() for p in sorted((CORPUS / name).iterdir())] for name in TARGETS
}
#: Seconds one input may take (libFuzzer's -timeout in `make fuzz`); typical is milliseconds.
HANG_SECONDS = 10
#: Peak traced memory of one input. The reader may allocate a case record's declared size
#: (at most ReadLimits.max_case_json) before its bytes arrive, and copy it once; everything
#: else is a few MiB. Anything above means memory grows with what the input claims.
PEAK_BYTES = 2 * ReadLimits().max_case_json + 32 * 1024 * 1024
#: Offsets of the fields of a ustar header, where a mutation of a tar matters most.
TAR_FIELDS = (0, 99, 100, 124, 135, 136, 148, 156, 157, 257, 263, 345, 499, 511)


@st.composite
def positions(draw: st.DrawFn, size: int) -> int:
    """Anywhere, near the start (headers), near the end, or on a tar header field."""
    last = max(size - 1, 0)
    region = draw(st.sampled_from(["start", "any", "end", "tar"]))
    if region == "start":
        return draw(st.integers(0, min(last, 400)))
    if region == "end":
        return draw(st.integers(max(0, last - 1024), last))
    if region == "tar" and size >= 512:
        block = draw(st.integers(0, size // 512 - 1))
        return min(last, 512 * block + draw(st.sampled_from(TAR_FIELDS)))
    return draw(st.integers(0, last))


@st.composite
def mutations(draw: st.DrawFn, target: str) -> bytes:
    """A seed of `target` with one to four byte-level edits."""
    data = bytearray(draw(st.sampled_from(SEEDS[target])))
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["flip", "set", "truncate", "insert", "delete", "dup"]))
        pos = draw(positions(len(data)))
        if op == "flip" and data:
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "set" and data:
            data[pos] = draw(st.sampled_from([0x00, 0x0A, 0x0D, 0x20, 0x2D, 0x30, 0x37, 0xFF]))
        elif op == "truncate":
            del data[pos:]
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=600))
        elif op == "delete":
            del data[pos : pos + draw(st.integers(1, 1024))]
        elif op == "dup":
            data[pos:pos] = data[pos : pos + draw(st.sampled_from([1, 16, 512, 1024, 65552]))]
    return bytes(data)


def run_bounded(target: Callable[[bytes], None], data: bytes) -> None:
    """Run a target: whatever escapes it escapes this test; a hang or growth fails it."""
    tracemalloc.start()
    start = time.monotonic()
    try:
        target(data)
    finally:
        elapsed = time.monotonic() - start
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert elapsed < HANG_SECONDS, f"{elapsed:.1f} s on one input of {len(data)} bytes"
    assert peak < PEAK_BYTES, f"{peak:,} bytes traced on one input of {len(data)} bytes"


FUZZ_SETTINGS = settings(
    max_examples=200,
    deadline=timedelta(seconds=HANG_SECONDS),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@FUZZ_SETTINGS
@given(mutations("age"))
def test_fuzz_age(data: bytes) -> None:
    run_bounded(targets.fuzz_age, data)


@FUZZ_SETTINGS
@given(mutations("bundle"))
def test_fuzz_bundle(data: bytes) -> None:
    run_bounded(targets.fuzz_bundle, data)


@FUZZ_SETTINGS
@given(mutations("bag"))
def test_fuzz_bag(data: bytes) -> None:
    run_bounded(targets.fuzz_bag, data)


@FUZZ_SETTINGS
@given(mutations("orgcard"))
def test_fuzz_orgcard(data: bytes) -> None:
    run_bounded(targets.fuzz_orgcard, data)


@settings(max_examples=100, deadline=timedelta(seconds=HANG_SECONDS))
@given(st.sampled_from(sorted(TARGETS)), st.binary(max_size=2048))
def test_fuzz_arbitrary_bytes(name: str, data: bytes) -> None:
    run_bounded(TARGETS[name], data)


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_every_seed_runs_clean(name: str) -> None:
    for data in SEEDS[name]:
        run_bounded(TARGETS[name], data)


# -- the seed corpus is real -----------------------------------------------------------------


def test_corpus_is_small_and_complete() -> None:
    total = sum(p.stat().st_size for p in CORPUS.rglob("*") if p.is_file())
    assert total < 2 * 1024 * 1024
    assert {p.name for p in CORPUS.iterdir() if p.is_dir()} == set(TARGETS)
    assert all(len(SEEDS[name]) >= 5 for name in TARGETS)


def test_age_seeds_open_with_the_fixed_keys() -> None:
    """Our age seeds decrypt with fuzz.targets' identities (else the fuzzer could explore
    little past the header), except the one made for another organisation."""
    for path in sorted((CORPUS / "age").glob("x25519-*.age")):
        src = io.BytesIO(path.read_bytes())
        if path.name == "x25519-not-for-us.age":
            with pytest.raises(AgeNoMatch):
                AgeReader(src, targets.AGE_IDENTITIES)
            continue
        size = re.search(r"-(\d+)B\.age$", path.name)
        plaintext = AgeReader(src, targets.AGE_IDENTITIES).read()
        assert len(plaintext) == (int(size.group(1)) if size else 300), path.name


REFUSED = {
    "not-for-us": BundleNotForUs,
    "receipt": BundleTampered,  # a receipt is signed for another namespace than bundles
    "unpinned-signer": targets.UnpinnedSigner,
}


@pytest.mark.parametrize("name", ["bundle", "bag"])
def test_bundle_seeds_verify_with_the_fixed_keys(name: str) -> None:
    accepted = 0
    for path in sorted((CORPUS / name).iterdir()):
        data = path.read_bytes()
        if name == "bag":
            sealed = io.BytesIO()
            encrypt(io.BytesIO(data), sealed, [targets.ORG.recipient])
            data = sealed.getvalue()
        sink = targets.BoundedSink()
        args = ([targets.ORG], targets.OUR_RECIPIENTS, targets._pinned, sink)
        if path.stem in REFUSED:
            with pytest.raises(REFUSED[path.stem]):
                read_bundle(io.BytesIO(data), *args)
            continue
        sink.check_matches(read_bundle(io.BytesIO(data), *args))
        accepted += 1
    assert accepted >= 5


def test_card_seeds_parse() -> None:
    for path in sorted((CORPUS / "orgcard").iterdir()):
        card = parse_card(path.read_bytes())
        assert card.recipient in (targets.ORG.recipient, targets.OTHER_ORG.recipient)


# -- the runner (without atheris, which only `make fuzz` installs) ---------------------------


def test_runner_reproduces_saved_inputs(tmp_path: Path) -> None:
    """`python -m fuzz --reproduce TARGET FILE...` replays inputs and says what escaped."""
    import subprocess
    import sys

    good = tmp_path / "good"
    good.write_bytes(SEEDS["orgcard"][0][:-5])
    args = [sys.executable, "-m", "fuzz", "--reproduce", "orgcard", str(good)]
    repo = CORPUS.parents[1]
    done = subprocess.run(args, cwd=repo, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "ok (only typed errors)" in done.stdout


def test_runner_reads_libfuzzer_logs() -> None:
    from fuzz.__main__ import _exception_summary, _last_int

    crash = (
        " === Uncaught Python exception: ===\n"
        "TypeError: boom\n"
        "Traceback (most recent call last):\n"
        '  File "/x/crypto/age.py", line 7, in f\n'
        "    g()\n"
        "TypeError: boom\n"
        "==1== ERROR: libFuzzer: fuzz target exited\n"
        "stat::number_of_executed_units: 1234\n"
    )
    assert _exception_summary(crash) == 'TypeError: boom (File "/x/crypto/age.py", line 7, in f)'
    assert _last_int(r"stat::number_of_executed_units:\s*(\d+)", crash) == 1234
    hang = " === Timeout: 11s elapsed, timeout=10s ===\nCurrent thread 0x1:\n"
    hang += '  File "/x/a.py", line 3 in f\n'
    assert _exception_summary(hang).startswith("Timeout: 11s elapsed")
    assert 'File "/x/a.py", line 3 in f' in _exception_summary(hang)
    oom = "==9== ERROR: libFuzzer: out-of-memory (used: 900Mb; limit: 512Mb)\n"
    assert "out-of-memory" in _exception_summary(oom)
