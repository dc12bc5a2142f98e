"""The picture decoder's own process: PNG or JPEG bytes on stdin, raw pixels on stdout.

It sets its limits before it reads a byte (no core file, no file written, bounded address
space and CPU time), checks the bytes with our own header parser (app.services.media: PNG
or JPEG by magic bytes, at most 50 megapixels, whole), and only then lets Qt decode them,
with the format named explicitly (never sniffed, so no other image plugin is loaded) and
QImageReader's allocation limit. What it writes is PIXELS_HEADER then the pixel rows; the
app checks every field before it builds a QImage from them. Run by app.services.pictures,
never by hand; no argument, no path, no file.
"""

from __future__ import annotations

import struct
import sys

from app.sandbox import (
    CPU_SECONDS,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_REFUSED,
    MEMORY_LIMIT,
    PIXELS_HEADER,
    PIXELS_MAGIC,
)

_ALLOCATION_MB = 256  # QImageReader's own limit on one image (50 MP x 4 bytes fits)


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


def main() -> int:
    limit()
    from app.services import media
    from app.services.errors import ServiceError

    data = sys.stdin.buffer.read(media.MAX_PICTURE_BYTES + 1)
    try:
        header = media.picture_header(data)
    except ServiceError:
        return EXIT_REFUSED

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, qInstallMessageHandler
    from PySide6.QtGui import QImage, QImageReader

    qInstallMessageHandler(lambda *_args: None)  # libpng/libjpeg warnings: not our output
    QImageReader.setAllocationLimit(_ALLOCATION_MB)
    array = QByteArray(data)
    del data
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, b"png" if header.kind is media.Kind.PNG else b"jpeg")
    reader.setAutoDetectImageFormat(False)
    reader.setDecideFormatFromContent(False)
    reader.setAutoTransform(True)  # a phone's EXIF orientation
    image = reader.read()
    if image.isNull() or {image.width(), image.height()} != {header.width, header.height}:
        return EXIT_FAILED
    formats = {
        QImage.Format.Format_RGB32: 1,
        QImage.Format.Format_ARGB32: 2,
        QImage.Format.Format_ARGB32_Premultiplied: 3,
        QImage.Format.Format_Grayscale8: 4,
    }
    if image.format() not in formats:
        image = image.convertToFormat(QImage.Format.Format_ARGB32)
    out = sys.stdout.buffer
    out.write(struct.pack(PIXELS_HEADER, PIXELS_MAGIC, image.width(), image.height(),
                          image.bytesPerLine(), formats[image.format()]))
    out.write(image.constBits())
    out.flush()
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
