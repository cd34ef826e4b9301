"""Reading the data folder's files without trusting what sits at their names.

A named pipe would block ``open`` forever, ``/dev/zero`` never ends, and a huge file would fill memory; so only a
regular file is read, opened without blocking, checked with ``fstat`` on the open descriptor (what is checked is
what is read), and never beyond a cap far above any real history.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from trainer.core.i18n import tr

# Ten years of daily practice is about 3 MB; these leave room for decades and for hand-edited layouts.
HISTORY_CAP = 64 * 1024 * 1024
SETTINGS_CAP = 1024 * 1024
BOM = b"\xef\xbb\xbf"
# What an ``UnreadableFileError`` found, for callers that word it their own way (routines.py).
NOT_REGULAR = "not-regular"
TOO_LARGE = "too-large"
DANGLING_LINK = "dangling-link"


class UnreadableFileError(OSError):
    """The name holds something other than a regular file of sane size; the message says what and where, and
    ``kind`` is one of ``NOT_REGULAR``, ``TOO_LARGE`` or ``DANGLING_LINK``."""

    def __init__(self, path: Path, reason: str, kind: str) -> None:
        super().__init__(tr("{path} cannot be read: {reason}.").format(path=path, reason=reason))
        self.path = path
        self.reason = reason
        self.kind = kind


def read_regular(path: Path, cap: int) -> bytes | None:
    """The bytes of ``path``, or None if nothing is there. Raises ``UnreadableFileError`` for a pipe, device,
    socket or a file over ``cap`` bytes, and ``OSError`` for other failures (a folder, no permission)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOCTTY)
    except FileNotFoundError:
        if os.path.islink(path):
            raise UnreadableFileError(path, tr("it is a link to {target}, which does not exist").format(
                target=os.readlink(path)), DANGLING_LINK) from None
        return None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(21, os.strerror(21), str(path))
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFileError(path, tr("it is not a regular file (a pipe, a device or a socket)"),
                                      NOT_REGULAR)
        if info.st_size > cap:
            raise _too_large(path, cap)
        chunks = []
        left = cap + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
    finally:
        os.close(fd)
    if len(data) > cap:  # grew while being read
        raise _too_large(path, cap)
    return data


def _too_large(path: Path, cap: int) -> UnreadableFileError:
    return UnreadableFileError(path, tr("it is larger than {mib} MiB").format(mib=cap // (1024 * 1024)), TOO_LARGE)


def strip_bom(data: bytes) -> bytes:
    """``data`` without a leading UTF-8 byte-order mark, which some editors add and JSON readers may ignore."""
    return data[len(BOM):] if data.startswith(BOM) else data
