"""app.services.pictures and app.sandbox.picture: pictures are decoded in a separate,
limited process that hands back raw pixels, and nothing it says is believed unchecked
(issue 13, item 2). Real child processes, real Qt in them; none in this process."""

from __future__ import annotations

import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import app.sandbox
from app.sandbox import PICTURE_DECODER, PIXELS_HEADER, PIXELS_MAGIC
from app.services import media, pictures
from app.services.errors import Cancelled, PictureTooLarge, PictureUnreadable
from tests import attachment_files as files

ROOT = Path(__file__).resolve().parents[2]


def test_png_and_jpeg_come_back_as_checked_pixels() -> None:
    got = pictures.decode_picture(files.png(7, 5, rgb=(10, 200, 30)))
    assert (got.width, got.height, got.format) == (7, 5, "rgb32")
    assert len(got.data) == got.bytes_per_line * 5
    # Format_RGB32 is 0xffRRGGBB in native (little-endian) order: B, G, R, 0xff
    assert bytes(got.data[:4]) == bytes((30, 200, 10, 255))
    jpeg = pictures.decode_picture(files.jpeg())
    assert (jpeg.width, jpeg.height) == (40, 30)


@pytest.mark.parametrize("name", ["page.pdf", "drawing.svg", "photo.tif", "photo.webp"])
def test_other_formats_never_reach_a_decoder(name: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[object] = []
    monkeypatch.setattr(pictures.subprocess, "Popen",
                        lambda *a, **k: started.append(a) or pytest.fail("decoder started"))
    with pytest.raises(PictureUnreadable):
        pictures.decode_picture(files.vector(name))
    assert started == []


def test_a_huge_picture_is_refused_before_any_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pictures.subprocess, "Popen",
                        lambda *a, **k: pytest.fail("decoder started"))
    with pytest.raises(PictureTooLarge):
        pictures.decode_picture(files.png_header(30_000, 30_000))
    with pytest.raises(PictureUnreadable):
        pictures.decode_picture(files.truncated_jpeg())


def _run_child(data: bytes) -> subprocess.CompletedProcess[bytes]:
    command, cwd = pictures.decoder_command()
    return subprocess.run(command, input=data, capture_output=True, cwd=cwd, timeout=60,
                          check=False)


def test_the_child_checks_the_header_itself() -> None:
    # started by hand with bytes the app would have refused: the child refuses them too
    for data in (files.png_header(30_000, 30_000), files.truncated_jpeg(),
                 files.vector("page.pdf"), b""):
        done = _run_child(data)
        assert done.returncode == app.sandbox.EXIT_REFUSED
        assert done.stdout == b""


def test_a_picture_qt_cannot_decode_is_a_failure_not_pixels() -> None:
    # a whole PNG whose image data is not zlib: our parser passes it, Qt fails on it
    bad = files.png(4, 4).replace(b"IDAT", b"IDAT", 1)
    at = bad.index(b"IDAT") + 4
    broken = bad[:at] + b"\xde\xad\xbe\xef" + bad[at + 4 :]
    assert _run_child(broken).returncode == app.sandbox.EXIT_FAILED
    with pytest.raises(PictureUnreadable) as caught:
        pictures.decode_picture(broken)
    assert caught.value.reason == "decoder"


def test_the_child_is_limited_before_it_reads() -> None:
    command, cwd = pictures.decoder_command()
    child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, cwd=cwd)
    try:
        deadline = time.monotonic() + 30
        limits = ""
        while time.monotonic() < deadline:  # until it has set its limits and waits on stdin
            limits = Path(f"/proc/{child.pid}/limits").read_text()
            if "Max core file size        0" in limits and "Max address space" in limits \
                    and f"{app.sandbox.MEMORY_LIMIT}" in limits:
                break
            time.sleep(0.05)
        rows = {line[:26].strip(): line[26:].split() for line in limits.splitlines()[1:]}
        assert rows["Max core file size"][:2] == ["0", "0"]
        assert rows["Max file size"][:2] == ["0", "0"]
        assert rows["Max cpu time"][0] == str(app.sandbox.CPU_SECONDS)
        assert rows["Max address space"][0] == str(app.sandbox.MEMORY_LIMIT)
    finally:
        child.kill()
        child.wait()


def _fake_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    """Replace the decoder by a script (what a compromised decoder could do)."""
    script = tmp_path / "child.py"
    script.write_text("import sys, struct, time\nsys.stdin.buffer.read()\n" + body)
    monkeypatch.setattr(pictures, "decoder_command",
                        lambda: ([sys.executable, str(script)], None))


def _answer(width: int, height: int, per_line: int, code: int, size: int,
            magic: bytes = PIXELS_MAGIC) -> str:
    head = struct.pack(PIXELS_HEADER, magic, width, height, per_line, code)
    return f"sys.stdout.buffer.write({head!r} + bytes({size}))\n"


@pytest.mark.parametrize("body", [
    _answer(7, 5, 28, 1, 28 * 5, magic=b"XXXX"),  # not our answer
    _answer(8, 5, 32, 1, 32 * 5),  # another size than the header says
    _answer(7, 5, 28, 9, 28 * 5),  # an unknown pixel format
    _answer(7, 5, 20, 1, 20 * 5),  # rows shorter than the width
    _answer(7, 5, 28, 1, 28 * 5 - 1),  # fewer bytes than the rows
    _answer(7, 5, 28, 1, 28 * 5 + 1),  # more
    _answer(7, 5, 28, 1, 10_000_000),  # far more: reading stops at the limit
    "sys.stdout.buffer.write(b'GV')\n",
    "sys.exit(0)\n",
    "import os; os.abort()\n",
])
def test_a_lying_or_crashing_decoder_is_refused(body: str, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_child(tmp_path, monkeypatch, body)
    with pytest.raises(PictureUnreadable) as caught:
        pictures.decode_picture(files.png(7, 5))
    assert caught.value.reason == "decoder"


def test_an_honest_fake_is_believed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the control for the test above: the same script with a right answer passes
    _fake_child(tmp_path, monkeypatch, _answer(7, 5, 28, 1, 28 * 5))
    assert pictures.decode_picture(files.png(7, 5)).width == 7


def test_a_decoder_that_hangs_is_killed(tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_child(tmp_path, monkeypatch, "time.sleep(60)\n")
    start = time.monotonic()
    with pytest.raises(PictureUnreadable):
        pictures.decode_picture(files.png(7, 5), timeout=1.0)
    assert time.monotonic() - start < 5


def test_cancel_kills_the_decoder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_child(tmp_path, monkeypatch, "time.sleep(60)\n")
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    start = time.monotonic()
    with pytest.raises(Cancelled):
        pictures.decode_picture(files.png(7, 5), cancel=cancel)
    assert time.monotonic() - start < 5


def test_frozen_builds_start_themselves_with_the_hidden_argument(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert pictures.decoder_command() == ([sys.executable, PICTURE_DECODER], None)


def test_the_entry_point_dispatches_the_hidden_argument_when_frozen() -> None:
    # what the frozen `guvoh` runs: app.entry.main with sys.frozen set
    code = (f"import sys; sys.frozen = True; sys.argv = ['guvoh', {PICTURE_DECODER!r}]; "
            "from app.entry import main; main()")
    done = subprocess.run([sys.executable, "-c", code], input=files.png(7, 5),
                          capture_output=True, cwd=ROOT, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    magic, width, height, _, _ = struct.unpack_from(PIXELS_HEADER, done.stdout)
    assert (magic, width, height) == (PIXELS_MAGIC, 7, 5)


def test_the_bounds_of_the_parser_and_the_limits_agree() -> None:
    # 50 MP as 32-bit pixels, twice (decoded and converted), fits the address space limit
    assert media.MAX_PIXELS * 4 * 2 < app.sandbox.MEMORY_LIMIT
