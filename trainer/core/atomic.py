"""Crash-safe file operations for the data folder: atomic replacement, moving damaged files aside, clean-up.

A reader (this app after a crash, or ``stats`` run alongside it) must only ever see a complete old file or a
complete new one, and a file that is moved aside must keep its exact bytes.
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
TEMP_SUFFIX = ".tmp"


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries, so a rename or a new file survives a power cut, not only the file's data."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_prefix(target: Path) -> str:
    """Temporary files for ``target`` start with this; hidden, and tied to the target so clean-up finds them."""
    return f".{target.name}."


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``: temp file in the same folder, fsync, ``os.replace``, fsync the folder.

    The temp file lives in the target's folder because ``os.replace`` is only atomic within one file system.
    """
    temp = path.with_name(f"{temp_prefix(path)}{os.getpid()}.{os.urandom(4).hex()}{TEMP_SUFFIX}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, PRIVATE_FILE_MODE)
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def move_aside(path: Path, stamp: str) -> Path:
    """Rename ``path`` to ``<name>.corrupt-<stamp>`` (``-1``, ``-2``… if taken) and return the new path.

    Never overwrites: a hard link fails when the name is taken, where a plain rename would silently replace an
    earlier damaged file. The file is renamed, not copied, so its bytes are kept exactly.
    """
    attempt = 0
    while True:
        target = path.with_name(f"{path.name}.corrupt-{stamp}" + (f"-{attempt}" if attempt else ""))
        attempt += 1
        try:
            os.link(path, target)
        except FileExistsError:
            continue
        except OSError:
            # Some file systems (FAT on a USB stick) have no hard links; check the name, then rename.
            if os.path.lexists(target):
                continue
            os.rename(path, target)
        else:
            os.unlink(path)
        fsync_dir(path.parent)
        return target


def remove_stale_temps(folder: Path, prefixes: tuple[str, ...], older_than: float) -> None:
    """Delete temp files left by a crash mid-write: ours (by prefix) and last modified before ``older_than``.

    The age limit matters: another process (``stats``, or a second store on the same folder) may be writing
    right now, and its fresh temp file must not vanish before its ``os.replace``.
    """
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return
    for name in names:
        if not (name.startswith(prefixes) and name.endswith(TEMP_SUFFIX)):
            continue
        path = folder / name
        try:
            if path.lstat().st_mtime < older_than:
                path.unlink()
        except FileNotFoundError:
            continue
