"""app.services.file_metadata and app.sandbox.metadata.child: file metadata is read and
removed in a separate, limited process, and nothing it says is believed unchecked
(issue 16 item 4). Real child processes; the parsers never load in the app's process."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.messages import explain
from app.sandbox import metadata as sandbox
from app.sandbox.metadata import METADATA_CHILD, child
from app.services import file_metadata
from app.services.errors import (
    Cancelled,
    FileTooLargeToInspect,
    MetadataLimitHit,
    MetadataNotCleanable,
    MetadataUnreadable,
)
from tests import attachment_files as files

ROOT = Path(__file__).resolve().parents[2]


def _jpeg_with_author() -> bytes:
    """A JPEG with an EXIF Artist, built by hand (no Pillow needed to make it)."""
    entry = (0x013B).to_bytes(2, "big") + (2).to_bytes(2, "big") + (6).to_bytes(4, "big")
    tiff = (b"MM\x00\x2a\x00\x00\x00\x08" + b"\x00\x01" + entry
            + (26).to_bytes(4, "big") + b"\x00\x00\x00\x00" + b"Karim\x00")
    body = b"Exif\x00\x00" + tiff
    plain = files.jpeg()
    return plain[:2] + b"\xff\xe1" + (len(body) + 2).to_bytes(2, "big") + body + plain[2:]


def test_a_reading_comes_back_checked() -> None:
    reading = file_metadata.read(_jpeg_with_author())
    assert reading == file_metadata.Reading(
        "jpeg", (file_metadata.Finding("author", "Artist", "Karim"),), True)
    assert b"Karim" not in file_metadata.clean(_jpeg_with_author())


def test_the_app_process_never_loads_a_parser(tmp_path: Path) -> None:
    # a fresh interpreter as the app is: reading and cleaning a picture and a PDF there
    # leaves Pillow, pypdf and mutagen unloaded (they ran in the child)
    picture = tmp_path / "p.jpg"
    picture.write_bytes(_jpeg_with_author())
    code = (
        "import sys, json\n"
        "from pathlib import Path\n"
        "from app.services import file_metadata\n"
        "data = Path(sys.argv[1]).read_bytes()\n"
        "reading = file_metadata.read(data)\n"
        "clean = file_metadata.clean(data)\n"
        "try:\n"
        "    file_metadata.read(b'%PDF-1.4\\n' + bytes(300))  # pypdf, in the child\n"
        "except file_metadata.MetadataUnreadable:\n"
        "    pass\n"
        "print(json.dumps([reading.format, len(reading.findings), len(clean),\n"
        "    [m for m in ('PIL', 'pypdf', 'mutagen') if m in sys.modules]]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(picture)], capture_output=True,
                          cwd=ROOT, timeout=120, check=False, text=True)
    assert done.returncode == 0, done.stderr
    fmt, count, size, loaded = json.loads(done.stdout)
    assert (fmt, count) == ("jpeg", 1)
    assert size > 0
    assert loaded == []


def test_the_child_sets_its_limits_before_it_reads_a_byte() -> None:
    command, cwd = file_metadata.child_command()
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, cwd=cwd)
    try:
        deadline = time.monotonic() + 30
        limits = ""
        while time.monotonic() < deadline:  # until it has set its limits and waits on stdin
            limits = Path(f"/proc/{proc.pid}/limits").read_text()
            if f"{sandbox.MEMORY_LIMIT}" in limits and "Max core file size        0" in limits:
                break
            time.sleep(0.05)
        rows = {line[:26].strip(): line[26:].split() for line in limits.splitlines()[1:]}
        assert rows["Max core file size"][:2] == ["0", "0"]
        assert rows["Max file size"][:2] == ["0", "0"]
        assert rows["Max cpu time"][0] == str(sandbox.CPU_SECONDS)
        assert rows["Max address space"][:2] == [str(sandbox.MEMORY_LIMIT)] * 2
    finally:
        proc.kill()
        proc.wait()


def test_the_memory_limit_holds_inside_the_child() -> None:
    # the child's own limit() then an allocation past it: refused, not granted
    code = ("from app.sandbox.metadata.child import limit\nlimit()\n"
            "try:\n    block = bytearray(4 * 1024 ** 3)\nexcept MemoryError:\n"
            "    raise SystemExit(42)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=120, check=False)
    assert done.returncode == 42
    assert sandbox.MAX_FILE_BYTES * 3 <= sandbox.MEMORY_LIMIT  # a file, its copy, a parse


def test_a_file_nobody_knows_reads_empty_and_is_not_cleaned() -> None:
    assert file_metadata.read(b"just some text\n") == file_metadata.Reading("", (), False)
    with pytest.raises(MetadataNotCleanable) as caught:
        file_metadata.clean(b"just some text\n")
    explanation = explain(caught.value)
    assert explanation is not None
    assert explanation.text == ("Guvoh cannot make a copy of this kind of file without what "
                                "it reveals, so no cleaned copy was made.")


def test_a_file_over_the_limit_is_refused_before_any_process(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(file_metadata, "MAX_FILE_BYTES", 100)
    monkeypatch.setattr(file_metadata.subprocess, "Popen",
                        lambda *a, **k: pytest.fail("child started"))
    with pytest.raises(FileTooLargeToInspect) as caught:
        file_metadata.read(bytes(101))
    explanation = explain(caught.value)
    assert explanation is not None
    assert explanation.render() == ("This file is larger than 100 bytes, so Guvoh does not look "
                                    "for what it reveals.")
    assert explain(FileTooLargeToInspect(1, sandbox.MAX_FILE_BYTES)).render() == (  # type: ignore[union-attr]
        "This file is larger than 537 MB, so Guvoh does not look for what it reveals.")


def _run_child(stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    command, cwd = file_metadata.child_command()
    return subprocess.run(command, input=stdin, capture_output=True, cwd=cwd, timeout=120,
                          check=False)


def test_the_child_s_protocol() -> None:
    assert _run_child(b"delete\n" + files.jpeg()).returncode == sandbox.EXIT_USAGE
    done = _run_child(b"read\n")
    assert done.returncode == sandbox.EXIT_OK
    assert json.loads(done.stdout) == {"format": "", "cleanable": False, "findings": []}
    done = _run_child(b"read\n" + files.truncated_jpeg())
    assert (done.returncode, done.stdout) == (sandbox.EXIT_UNREADABLE, b"")
    done = _run_child(b"clean\n" + _jpeg_with_author())
    assert done.returncode == sandbox.EXIT_OK
    assert done.stdout.startswith(b"\xff\xd8")
    assert b"Karim" not in done.stdout


def test_a_module_not_written_yet_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    assert child._module("no_such_format") is None
    monkeypatch.setattr(child, "FORMAT_MODULES", ("no_such_format", "images"))
    fmt = child.find_format(files.jpeg()[:sandbox.SNIFF_BYTES])
    assert fmt is not None
    assert fmt.name == "jpeg"
    assert set(sandbox.FORMAT_MODULES) == {"images", "pdf", "office", "audio"}


def _fake_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    """Replace the child by a script (what a compromised child could do)."""
    script = tmp_path / "child.py"
    script.write_text("import sys, os, signal, time, json\nsys.stdin.buffer.read()\n" + body)
    monkeypatch.setattr(file_metadata, "child_command",
                        lambda: ([sys.executable, str(script)], None))


def _answer(value: object) -> str:
    return f"sys.stdout.write({json.dumps(value)!r})\n"


@pytest.mark.parametrize("body", [
    "sys.stdout.write('not json')\n",
    _answer([]),
    _answer({"format": "jpeg", "cleanable": True}),
    _answer({"format": "jpeg", "cleanable": "yes", "findings": []}),
    _answer({"format": "x" * 100, "cleanable": True, "findings": []}),
    _answer({"format": "jpeg", "cleanable": True, "findings": [["secret", "a", "b"]]}),
    _answer({"format": "jpeg", "cleanable": True, "findings": [["author", "a"]]}),
    _answer({"format": "jpeg", "cleanable": True, "findings": [["author", "a", 5]]}),
    _answer({"format": "jpeg", "cleanable": True,
             "findings": [["author", "a", "b"]] * (sandbox.MAX_FINDINGS + 1)}),
    "sys.stdout.write('x' * 50_000_000)\n",  # more than any reading
    "sys.exit(3)\n",
    "sys.exit(1)\n",
    "os.kill(os.getpid(), signal.SIGSEGV)\n",
], ids=["not json", "a list", "no findings", "cleanable not bool", "long name",
        "unknown kind", "short row", "value not text", "too many", "flood", "refused",
        "crashed", "segfault"])
def test_nothing_the_child_says_is_believed_unchecked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    _fake_child(tmp_path, monkeypatch, body)
    with pytest.raises(MetadataUnreadable):
        file_metadata.read(files.jpeg())


def test_what_the_child_says_is_made_printable_and_short(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_child(tmp_path, monkeypatch, _answer(
        {"format": "jpeg", "cleanable": True,
         "findings": [["author", "Artist\n\x1b[31m", "K" * 500 + "\u202e"]]}))
    [finding] = file_metadata.read(files.jpeg()).findings
    assert finding.field == "Artist [31m"
    assert finding.value == "K" * 200


@pytest.mark.parametrize("body", [
    "sys.exit(6)\n",  # its own MemoryError
    "os.kill(os.getpid(), signal.SIGXCPU)\n",  # the CPU limit
    "os.kill(os.getpid(), signal.SIGKILL)\n",  # the kernel, out of memory
    "time.sleep(60)\n",  # past the app's wait
], ids=["memory", "cpu", "killed", "wall clock"])
def test_a_child_out_of_memory_or_time_is_a_limit_hit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    _fake_child(tmp_path, monkeypatch, body)
    with pytest.raises(MetadataLimitHit) as caught:
        file_metadata.read(files.jpeg(), timeout=3)
    explanation = explain(caught.value)
    assert explanation is not None
    assert "more memory or time than Guvoh allows" in explanation.text


def test_cancelling_kills_the_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_child(tmp_path, monkeypatch,
                "time.sleep(60)\n")
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        file_metadata.clean(files.jpeg(), cancel=cancel)


def test_the_child_hears_nothing_of_the_session(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GUVOH_SECRET_PROBE", "x")
    _fake_child(tmp_path, monkeypatch, _answer(
        {"format": "", "cleanable": False, "findings": []}).replace(
        "sys.stdout.write(", "sys.stdout.write('' if 'GUVOH_SECRET_PROBE' in os.environ "
        "else ", 1))
    assert file_metadata.read(files.jpeg()) == file_metadata.Reading("", (), False)


def test_frozen_builds_start_themselves_with_the_hidden_argument(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert file_metadata.child_command() == ([sys.executable, METADATA_CHILD], None)


def test_the_entry_point_dispatches_the_hidden_argument_when_frozen() -> None:
    code = (f"import sys; sys.frozen = True; sys.argv = ['guvoh', {METADATA_CHILD!r}]; "
            "from app.entry import main; main()")
    done = subprocess.run([sys.executable, "-c", code], input=b"read\n" + _jpeg_with_author(),
                          capture_output=True, cwd=ROOT, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["findings"] == [["author", "Artist", "Karim"]]


def test_nothing_is_written_to_disk_by_the_child(tmp_path: Path) -> None:
    # the file-size limit is 0: an attempt to write a file fails inside the child
    code = ("from app.sandbox.metadata.child import limit\nlimit()\n"
            "import sys\n"
            f"try:\n    open({str(tmp_path / 'leak')!r}, 'wb', buffering=0).write(b'x' * 10)\n"
            "except OSError:\n    sys.exit(42)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=120, check=False)
    assert done.returncode in (42, -signal.SIGXFSZ)
    assert not (tmp_path / "leak").exists() or (tmp_path / "leak").stat().st_size == 0
    # (opening may create an empty file; not one byte of content reaches it)
