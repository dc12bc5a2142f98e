"""Short-lived helper processes that decode what a sender chose, away from the keys.

The app's process holds the data key, the organisation's key and every researcher's
identity, so no picture decoder runs in it (DESIGN.md section 6, "Hostile content").
`app.sandbox.picture` is a process of its own, started per picture by
app.services.pictures: from source as ``python -m app.sandbox.picture``, in a frozen build
as ``guvoh`` with the hidden first argument PICTURE_DECODER (app/entry.py dispatches it).
This package itself imports nothing: the services may name these constants without
importing Qt.
"""

from __future__ import annotations

# The hidden first argument that makes a frozen `guvoh` run the picture decoder.
PICTURE_DECODER = "--internal-picture-decoder"

# What the decoder writes on stdout: this header, then bytes_per_line * height bytes.
PIXELS_MAGIC = b"GVPX"
PIXELS_HEADER = "<4sIIII"  # magic, width, height, bytes per line, pixel format (below)
# Pixel formats the decoder may hand back (codes on the pipe): name, bytes per pixel.
PIXEL_FORMATS: dict[int, tuple[str, int]] = {
    1: ("rgb32", 4),
    2: ("argb32", 4),
    3: ("argb32_premultiplied", 4),
    4: ("grayscale8", 1),
}

# The decoder's limits: address space, CPU seconds, and the wall-clock time the app waits.
MEMORY_LIMIT = 1024 * 1024 * 1024
CPU_SECONDS = 15
WALL_SECONDS = 30.0
# Exit statuses of the decoder.
EXIT_OK = 0
EXIT_REFUSED = 3  # our own header check refused the bytes
EXIT_FAILED = 4  # Qt could not decode them
