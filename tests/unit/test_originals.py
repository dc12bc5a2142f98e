"""Removing the original of an attached file (app/services/originals.py): only the one file
that still holds the vault's bytes, overwritten once with zeros and flushed before it is
deleted; a changed, missing, linked or odd file is refused with its own sentence, and the
vault's copy stays and opens."""

from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path

import pytest

from app.messages import explain
from app.services import cases as svc
from app.services import originals
from app.services import settings as prefs
from app.services.errors import Cancelled, OriginalNotRemoved
from storage.vault import Vault
from tests.casedata import minimal

PHOTO = b"\xff\xd8\xff\xe0 a photo of the flat " * 5000


@pytest.fixture
def stored(vault: Vault, tmp_path: Path) -> tuple[Path, svc.Attachment]:
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    original = downloads / "IMG_0042.jpg"
    original.write_bytes(PHOTO)
    case_id = svc.add_case(vault, minimal()).id
    return original, svc.attach_file(vault, case_id, original)


def refusal(path: Path, sha: str, reason: str) -> str:
    with pytest.raises(OriginalNotRemoved) as caught:
        originals.remove_original(path, sha)
    assert caught.value.reason == reason
    assert caught.value.path == path
    explanation = explain(caught.value)
    assert explanation is not None
    return explanation.render()


def test_removes_an_unchanged_file_after_zeroing_it(
        vault: Vault, stored: tuple[Path, svc.Attachment]) -> None:
    original, attachment = stored
    keep_open = os.open(original, os.O_RDONLY)  # sees the inode after the name is gone
    try:
        done = originals.remove_original(original, attachment.sha256)
        assert not original.exists()
        assert done.overwritten
        assert os.fstat(keep_open).st_size == len(PHOTO)
        assert os.pread(keep_open, len(PHOTO), 0) == bytes(len(PHOTO))  # zeros, not the photo
    finally:
        os.close(keep_open)
    assert sorted(p.name for p in original.parent.iterdir()) == []
    data = svc.read_attachment(vault, attachment.id)
    assert data == PHOTO
    assert hashlib.sha256(data).hexdigest() == attachment.sha256


def test_touches_no_other_file(stored: tuple[Path, svc.Attachment]) -> None:
    original, attachment = stored
    neighbour = original.parent / "IMG_0043.jpg"
    neighbour.write_bytes(PHOTO)
    originals.remove_original(original, attachment.sha256)
    assert neighbour.read_bytes() == PHOTO
    assert [p.name for p in original.parent.iterdir()] == ["IMG_0043.jpg"]


def test_a_changed_file_is_refused_and_kept(
        vault: Vault, stored: tuple[Path, svc.Attachment]) -> None:
    original, attachment = stored
    original.write_bytes(PHOTO + b"edited")
    text = refusal(original, attachment.sha256, "changed")
    assert text == (f"The original {original} has changed since it was stored in the vault, "
                    "so it was not removed. The copy in your vault is safe.")
    assert original.read_bytes() == PHOTO + b"edited"
    assert svc.read_attachment(vault, attachment.id) == PHOTO


def test_a_symlink_is_refused_and_its_target_kept(
        stored: tuple[Path, svc.Attachment]) -> None:
    original, attachment = stored
    link = original.parent / "link.jpg"
    link.symlink_to(original)
    text = refusal(link, attachment.sha256, "symlink")
    assert text.startswith(f"The original {link} is a link to another place")
    assert link.is_symlink()
    assert original.read_bytes() == PHOTO


def test_a_missing_file_is_refused(stored: tuple[Path, svc.Attachment]) -> None:
    original, attachment = stored
    original.unlink()
    text = refusal(original, attachment.sha256, "missing")
    assert text == (f"The original {original} is no longer there, so nothing was removed. "
                    "The copy in your vault is safe.")


def test_a_folder_or_pipe_is_refused(stored: tuple[Path, svc.Attachment]) -> None:
    original, attachment = stored
    folder = original.parent / "folder"
    folder.mkdir()
    assert "is not an ordinary file" in refusal(folder, attachment.sha256, "not_a_file")
    pipe = original.parent / "pipe"
    os.mkfifo(pipe)
    refusal(pipe, attachment.sha256, "not_a_file")
    assert folder.is_dir()
    assert pipe.exists()


def test_another_hard_link_keeps_its_content(stored: tuple[Path, svc.Attachment]) -> None:
    original, attachment = stored
    other = original.parent / "backup-copy.jpg"
    os.link(original, other)
    done = originals.remove_original(original, attachment.sha256)
    assert not done.overwritten  # zeroing would have destroyed the other name's content
    assert not original.exists()
    assert other.read_bytes() == PHOTO


def test_a_network_file_system_is_only_deleted(
        stored: tuple[Path, svc.Attachment], monkeypatch: pytest.MonkeyPatch) -> None:
    original, attachment = stored
    monkeypatch.setattr(originals, "_linux_fs_type", lambda _dev: "nfs4")
    keep_open = os.open(original, os.O_RDONLY)
    try:
        done = originals.remove_original(original, attachment.sha256)
        assert not done.overwritten
        assert os.pread(keep_open, len(PHOTO), 0) == PHOTO
    finally:
        os.close(keep_open)
    assert not original.exists()


def test_a_folder_that_forbids_deleting_leaves_the_file_whole(
        stored: tuple[Path, svc.Attachment], monkeypatch: pytest.MonkeyPatch) -> None:
    original, attachment = stored
    # the tests run as root here, whom folder permissions do not stop: the folder's answer
    # is given by os.access, as the system would give it to an ordinary user
    real_access = os.access
    monkeypatch.setattr(originals.os, "access", lambda p, mode: (
        False if Path(p) == original.parent else real_access(p, mode)))
    text = refusal(original, attachment.sha256, "failed")
    assert text.startswith(f"The original {original} could not be removed")
    assert original.read_bytes() == PHOTO  # not emptied before the refusal


def test_a_refused_delete_after_the_overwrite_says_so(
        stored: tuple[Path, svc.Attachment], monkeypatch: pytest.MonkeyPatch) -> None:
    original, attachment = stored

    def refuse(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(1, "Operation not permitted", str(self))

    monkeypatch.setattr(Path, "unlink", refuse)
    text = refusal(original, attachment.sha256, "emptied")
    assert "delete the empty file yourself" in text
    assert original.read_bytes() == bytes(len(PHOTO))


def test_cancel_while_reading_changes_nothing(stored: tuple[Path, svc.Attachment]) -> None:
    original, attachment = stored
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        originals.remove_original(original, attachment.sha256, cancel=cancel)
    assert original.read_bytes() == PHOTO


def test_a_bad_hash_is_a_programming_error(stored: tuple[Path, svc.Attachment]) -> None:
    original, _ = stored
    with pytest.raises(ValueError, match="64 hexadecimal"):
        originals.remove_original(original, "abc")
    assert original.exists()


def test_this_machines_disk_counts_as_local(tmp_path: Path) -> None:
    probe = tmp_path / "probe"
    probe.write_bytes(b"x")
    kind = originals._linux_fs_type(probe.stat().st_dev)
    assert kind is None or kind not in originals._REMOTE
    assert originals._is_local(probe, probe.stat())


def test_the_remembered_choice_survives_other_settings_and_holds_no_path(
        tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert prefs.originals_choice(path) == "ask"
    window_settings = prefs.load(path)  # what the window holds before the choice is made
    prefs.set_originals_choice("remove", path)
    assert prefs.originals_choice(path) == "remove"
    prefs.save(window_settings.with_language("uz"), path)  # a stale copy saved later
    assert prefs.originals_choice(path) == "remove"
    assert prefs.load(path).language == "uz"
    prefs.set_originals_choice("keep", path)
    assert prefs.originals_choice(path) == "keep"
    assert prefs.load(path).language == "uz"
    assert set(json.loads(path.read_text())) == {
        "auto_lock_minutes", "language", "window", "disguise", "originals"}
    with pytest.raises(ValueError, match="not a choice"):
        prefs.set_originals_choice("/home/u/Downloads", path)
    path.write_text(json.dumps({"originals": "shred"}))
    assert prefs.originals_choice(path) == "ask"
