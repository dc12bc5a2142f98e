"""File metadata (issue 16): what a file reveals, read and removed in a limited child process.

model.py is the contract; images.py, pdf.py, office.py and audio.py are the format modules;
child.py is the process that runs them, started per file by app.services.file_metadata:
from source as ``python -m app.sandbox.metadata.child``, in a frozen build as ``guvoh``
with the hidden first argument METADATA_CHILD (app/entry.py dispatches it). This package
itself imports nothing, so the app may name these constants without loading a parser.
"""

from __future__ import annotations

# The hidden first argument that makes a frozen `guvoh` run the metadata child.
METADATA_CHILD = "--internal-metadata"

# The format modules the child asks, in this order, by their sniff() on the first 4 KiB.
FORMAT_MODULES = ("images", "pdf", "office", "audio")
SNIFF_BYTES = 4096

# What the app sends on stdin: one of these operations and a newline, then the file's bytes.
OP_READ = b"read"
OP_CLEAN = b"clean"

# The largest file that is inspected at all (the child holds it, its cleaned copy and the
# parser's objects in memory): 512 MiB.
MAX_FILE_BYTES = 512 * 1024 * 1024
# The child's limits: address space, CPU seconds; and how long the app waits for it.
MEMORY_LIMIT = 3 * 1024 * 1024 * 1024
CPU_SECONDS = 60
WALL_SECONDS = 120.0
# At most this many findings, of which each value is at most model.MAX_VALUE characters.
MAX_FINDINGS = 1000

# Exit statuses of the child.
EXIT_OK = 0
EXIT_UNREADABLE = 3  # the format that claimed the bytes could not parse them
EXIT_NOT_CLEANABLE = 5  # no cleaner for this file, or its copy still showed something
EXIT_LIMIT = 6  # it ran out of memory
EXIT_TOO_LARGE = 7  # more than MAX_FILE_BYTES on stdin
EXIT_USAGE = 2  # no known operation
