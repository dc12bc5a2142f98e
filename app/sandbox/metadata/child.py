"""The metadata child's own process: an operation and a file's bytes on stdin, the answer
on stdout.

It sets its limits before it reads a byte (no core file, no file written, bounded address
space and CPU time), reads one line naming the operation ("read" or "clean"), then the
file's bytes (at most MAX_FILE_BYTES) until stdin closes. It asks the format modules of
FORMAT_MODULES in turn, each imported only when its turn comes (a module not written yet is
skipped), whether one of their formats claims the first SNIFF_BYTES bytes, never by name.

    read   writes a JSON Reading: {"format": name or "", "cleanable": bool,
           "findings": [[kind, field, value], ...]}
    clean  writes the cleaned bytes, or exits EXIT_NOT_CLEANABLE

A copy counts as cleaned only if the format's own reader finds nothing in it any more; the
same check sets `cleanable` in a reading. Nothing is written to disk: the bytes are case
content in clear. Run by app.services.file_metadata, never by hand; no argument, no path.
"""

from __future__ import annotations

import importlib
import json
import sys
from types import ModuleType

from app.sandbox.metadata import (
    CPU_SECONDS,
    EXIT_LIMIT,
    EXIT_NOT_CLEANABLE,
    EXIT_OK,
    EXIT_TOO_LARGE,
    EXIT_UNREADABLE,
    EXIT_USAGE,
    FORMAT_MODULES,
    MAX_FILE_BYTES,
    MAX_FINDINGS,
    MEMORY_LIMIT,
    OP_CLEAN,
    OP_READ,
    SNIFF_BYTES,
)


def limit() -> None:
    """No core file, no file written, bounded memory and CPU (where the OS has rlimits)."""
    try:
        import resource
    except ImportError:  # Windows: no rlimits (see docs/security.md)
        return
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS + 1))
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _module(name: str) -> ModuleType | None:
    """A format module, or None while it does not exist yet."""
    full = f"app.sandbox.metadata.{name}"
    try:
        return importlib.import_module(full)
    except ModuleNotFoundError as err:
        if err.name == full:
            return None
        raise


def find_format(head: bytes):  # type: ignore[no-untyped-def]
    """The first Format of FORMAT_MODULES whose sniff() claims these first bytes, or None."""
    for name in FORMAT_MODULES:
        module = _module(name)
        if module is None:
            continue
        for fmt in getattr(module, "FORMATS", ()):
            if fmt.sniff(head):
                return fmt
    return None


def _cleaned(fmt, data: bytes) -> bytes | None:  # type: ignore[no-untyped-def]
    """The format's cleaned copy, if it parses again as the same format with no findings;
    MetadataUnreadable (from the format) if the original itself cannot be parsed."""
    from app.sandbox.metadata.model import MetadataUnreadable

    copy = fmt.clean(data)
    try:
        if not isinstance(copy, bytes) or not fmt.sniff(copy[:SNIFF_BYTES]):
            return None
        if fmt.read(copy):
            return None
    except MemoryError:
        raise
    except (MetadataUnreadable, Exception):  # noqa: BLE001 - its own copy unreadable
        return None
    return copy


def _read_input() -> tuple[bytes, bytes] | int:
    stdin = sys.stdin.buffer
    op = stdin.readline(16).rstrip(b"\n")
    if op not in (OP_READ, OP_CLEAN):
        return EXIT_USAGE
    data = stdin.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        return EXIT_TOO_LARGE
    return op, data


def run(op: bytes, data: bytes) -> int:
    from app.sandbox.metadata.model import KINDS, MetadataUnreadable, printable

    fmt = find_format(data[:SNIFF_BYTES])
    out = sys.stdout.buffer
    if op == OP_CLEAN:
        if fmt is None:
            return EXIT_NOT_CLEANABLE
        try:
            copy = _cleaned(fmt, data)
        except MetadataUnreadable:
            return EXIT_UNREADABLE
        except NotImplementedError:  # a format read but not cleaned
            return EXIT_NOT_CLEANABLE
        if copy is None:
            return EXIT_NOT_CLEANABLE
        out.write(copy)
        out.flush()
        return EXIT_OK
    if fmt is None:
        answer: dict[str, object] = {"format": "", "cleanable": False, "findings": []}
    else:
        try:
            findings = fmt.read(data)
        except MetadataUnreadable:
            return EXIT_UNREADABLE
        rows = [[f.kind, printable(f.field), printable(f.value)]
                for f in findings[:MAX_FINDINGS] if f.kind in KINDS]
        try:
            cleanable = _cleaned(fmt, data) is not None
        except MemoryError:
            raise
        except Exception:  # noqa: BLE001 - read, but no cleaner copes with it
            cleanable = False
        answer = {"format": fmt.name, "cleanable": cleanable, "findings": rows}
    out.write(json.dumps(answer, ensure_ascii=True).encode("ascii"))
    out.flush()
    return EXIT_OK


def main() -> int:
    limit()
    given = _read_input()
    if isinstance(given, int):
        return given
    try:
        return run(*given)
    except MemoryError:
        return EXIT_LIMIT
    except Exception:  # noqa: BLE001 - a parser's own crash on hostile bytes: unreadable
        return EXIT_UNREADABLE


if __name__ == "__main__":
    sys.exit(main())
