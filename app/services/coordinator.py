"""The coordinator's inbox: import many bundles at once (files, or folders of *.age files),
with progress for each bundle and for the batch, and a Cancel.

Each file is verified and imported by app.services.bundle_import.import_bundle, all or nothing;
a bad bundle gets its outcome and the batch goes on with the next. An unknown signer's
outcome carries its public key, so the UI can show the safety code, pin the key after
comparing it, and import that file again (:func:`pin_and_import`).
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.domain.outcomes import IMPORT_KINDS, Outcome, reason
from app.services import bundle_import, signers
from app.services.bundle_import import ImportOutcome, outcome_name
from app.services.errors import TooManyBundles, UnknownSigner
from crypto.errors import Cancelled
from storage.vault import Vault

MAX_BATCH = 1000  # files in one batch: more is refused before anything is read
MAX_DEPTH = 8  # folder levels searched below a dropped folder
BUNDLE_SUFFIX = ".age"

# Kinds of outcome: app.domain.outcomes.Outcome, the closed list. import_bundle gives most
# of them (app.services.bundle_import.outcome_name); the batch adds these two:
CANCELLED = Outcome.CANCELLED  # the batch was cancelled before or while this file was read
FAILED = Outcome.FAILED  # an unexpected error (disk full, a bug): nothing was imported from it
VERIFIED = Outcome.VERIFIED  # verify_only: the bundle passed every check and was not imported
KINDS = IMPORT_KINDS  # what an import batch gives, in the order the inbox summarises them


@dataclass(frozen=True, slots=True)
class BatchProgress:
    """Where a batch is: file `index` (0-based) of `count`, bytes of this file read, and
    bytes of the whole batch read (file sizes taken when the batch started)."""

    index: int
    count: int
    path: Path
    file_done: int
    file_total: int
    overall_done: int
    overall_total: int


BatchProgressCallback = Callable[[BatchProgress], None]


@dataclass(frozen=True, slots=True)
class BatchItem:
    """The outcome for one file. `kind` is an Outcome; `reason` is `kind`, or
    "kind.detail" where the error names a finer reason (e.g. "not_for_us.recipient",
    "tampered.signature"): a key app.messages.import_outcome_text explains in plain words.
    `error` is the typed error for app.messages.explain (None when imported)."""

    path: Path
    kind: Outcome
    reason: str
    bundle_id: str | None = None
    signer_name: str | None = None  # the name this vault knows the sender by
    sender_gave: str | None = None  # the name the sender gave in the bundle
    signer_fingerprint: str | None = None
    signer_key_line: str | None = None  # ssh-ed25519 AAAA..., for unknown_signer
    safety_code: str | None = None
    created: str | None = None
    cases: int = 0
    attachments: int = 0
    payload_bytes: int = 0
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.kind is Outcome.IMPORTED


@dataclass(frozen=True, slots=True)
class BatchResult:
    items: tuple[BatchItem, ...]  # in the order the files were taken
    cancelled: bool

    def counts(self) -> dict[str, int]:
        return dict(Counter(item.kind for item in self.items))


def _is_candidate(name: str) -> bool:
    # Dot files are skipped: "._B-....age" are macOS metadata files on USB sticks.
    return name.lower().endswith(BUNDLE_SUFFIX) and not name.startswith(".")


def collect_bundles(paths: Sequence[Path], *, limit: int = MAX_BATCH) -> list[Path]:
    """The files to import: each file given as it is, and for each folder the *.age files
    in it and its subfolders (at most MAX_DEPTH deep), sorted by path. Symbolic links are
    taken only when they lead to a file inside the same folder (the file is then listed
    under its own path); links to folders are not followed. Each file once. Raises
    TooManyBundles past `limit` files."""
    found: dict[Path, Path] = {}

    def add(path: Path, key: Path) -> None:
        found.setdefault(key, path)
        if len(found) > limit:
            raise TooManyBundles(limit)

    for given in paths:
        if not given.is_dir():
            add(given, given.resolve() if given.exists() else given.absolute())
            continue
        root = given.resolve()
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            here = Path(dirpath)
            depth = len(here.relative_to(root).parts)
            dirnames[:] = sorted(
                d for d in dirnames if not d.startswith(".") and depth < MAX_DEPTH
            )
            for name in sorted(filenames):
                if not _is_candidate(name):
                    continue
                path = here / name
                if path.is_symlink():
                    target = path.resolve()
                    if not target.is_relative_to(root) or not target.is_file():
                        continue
                    add(target, target)  # the file itself, once
                elif path.is_file():
                    add(path, path)
    return sorted(found.values())


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _item(path: Path, outcome: ImportOutcome | None, kind: Outcome,
          err: BaseException | None) -> BatchItem:
    key = outcome.signer_key if outcome is not None else None
    if isinstance(err, UnknownSigner):
        key = err.key
    unknown = kind is Outcome.UNKNOWN_SIGNER and key is not None
    return BatchItem(
        path=path,
        kind=kind,
        reason=reason(kind, getattr(err, "reason", None)),
        bundle_id=outcome.bundle_id if outcome else None,
        signer_name=outcome.signer_name if outcome else None,
        sender_gave=outcome.sender_pseudonym if outcome else None,
        signer_fingerprint=(key.fingerprint() if key is not None
                            else outcome.signer_fingerprint if outcome else None),
        signer_key_line=key.to_openssh_line() if unknown and key is not None else None,
        safety_code=key.safety_code() if unknown and key is not None else None,
        created=outcome.created if outcome else None,
        cases=outcome.cases if outcome else 0,
        attachments=outcome.attachments if outcome else 0,
        payload_bytes=outcome.payload_bytes if outcome else 0,
        error=err,
    )


def import_one(
    vault: Vault, path: Path, *,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    verify_only: bool = False,
) -> BatchItem:
    """Import one file and describe the outcome; never raises for a bad bundle, a file
    that cannot be read or an unexpected error (kind FAILED, the error kept for the crash
    log). Only KeyboardInterrupt and the like propagate. With `verify_only`, the bundle is
    checked completely and nothing is imported (kind VERIFIED when it passes)."""
    read = bundle_import.verify_bundle if verify_only else bundle_import.import_bundle
    try:
        outcome = read(vault, path, progress=progress, cancel=cancel)
    except OSError as err:  # a file that cannot be opened or read
        return _item(path, None, Outcome.UNREADABLE, err)
    except Exception as err:  # noqa: BLE001 - one file's failure never stops the batch
        return _item(path, None, FAILED, err)
    problem = outcome.error
    if isinstance(problem, Cancelled):
        return _item(path, outcome, CANCELLED, problem)
    kind = outcome.outcome if problem is None else outcome_name(problem)
    return _item(path, outcome, kind, problem)


def _file_progress(
    report: BatchProgressCallback, index: int, count: int, path: Path, size: int, base: int,
    overall_total: int,
) -> Callable[[int, int], None]:
    def file_progress(done: int, total: int) -> None:
        total = size if total < 0 else total
        report(BatchProgress(index, count, path, done, total, base + min(done, size),
                             overall_total))

    return file_progress


def import_many(
    vault: Vault,
    paths: Sequence[Path],
    *,
    progress: BatchProgressCallback | None = None,
    cancel: threading.Event | None = None,
    limit: int = MAX_BATCH,
    verify_only: bool = False,
) -> BatchResult:
    """Verify and import every bundle in `paths` (files or folders, see collect_bundles),
    one after the other, each all or nothing. Returns one item per file. When `cancel` is
    set, the bundle being read is abandoned (nothing of it imported) and the rest are
    marked cancelled; bundles already imported stay imported. With `verify_only`, every
    bundle is checked as for an import and nothing is imported (`guvoh verify`)."""
    files = collect_bundles(paths, limit=limit)
    sizes = [_size(f) for f in files]
    overall_total = sum(sizes)
    items: list[BatchItem] = []
    done_before = 0
    cancelled = False
    for index, path in enumerate(files):
        if cancelled or (cancel is not None and cancel.is_set()):
            cancelled = True
            items.append(BatchItem(path, CANCELLED, CANCELLED))
            continue
        file_progress = None
        if progress is not None:
            file_progress = _file_progress(progress, index, len(files), path, sizes[index],
                                           done_before, overall_total)
            file_progress(0, sizes[index])
        item = import_one(vault, path, progress=file_progress, cancel=cancel,
                          verify_only=verify_only)
        items.append(item)
        cancelled = item.kind == CANCELLED
        done_before += sizes[index]
    if progress is not None and files and not cancelled:
        progress(BatchProgress(len(files) - 1, len(files), files[-1], sizes[-1], sizes[-1],
                               overall_total, overall_total))
    if not verify_only:
        from app.services import team  # every desk of the team imports it too

        team.share_imported(vault, [i.path for i in items if i.kind is Outcome.IMPORTED])
    return BatchResult(tuple(items), cancelled)


def pin_and_import(
    vault: Vault, item: BatchItem, name: str, *,
    valid_after: str | None = None, valid_before: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> BatchItem:
    """After the user compared `item.safety_code` with the sender: pin the unknown
    signer's key under `name`, then import the file again. Raises ValueError if the item
    is not an unknown-signer outcome; SignerNameTaken if the name is used."""
    if item.kind is not Outcome.UNKNOWN_SIGNER or item.signer_key_line is None:
        raise ValueError("not an unknown-signer outcome")
    signers.trust_signer(vault, item.signer_key_line, name, valid_after, valid_before)
    return import_one(vault, item.path, progress=progress, cancel=cancel)
