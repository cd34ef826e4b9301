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


def write_target(path: Path) -> Path:
    """Where a write to ``path`` lands: the file a symlink points to, so a linked history (kept in a synced
    folder, say) is updated where it lives instead of being replaced by a private copy beside the link."""
    return Path(os.path.realpath(path)) if os.path.islink(path) else path


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` (or the file it links to) with ``data``: temp file in the same folder, fsync,
    ``os.replace``, fsync the folder.

    The temp file lives in the target's folder because ``os.replace`` is only atomic within one file system.
    """
    path = write_target(path)
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


def keep_aside(path: Path, data: bytes, stamp: str, label: str = "corrupt") -> Path:
    """Keep ``path``'s bytes as ``<name>.<label>-<stamp>`` (``-1``, ``-2``… if taken) while ``path`` itself
    stays in place, and return the copy's path.

    ``path`` is only ever replaced afterwards, by ``write_atomic``: so at every instant it is either the damaged
    file (and the next start recovers again) or the restored one, never missing. The copy is a hard link when
    the file system has them, so the bytes are the file's own; else ``data`` (what was read) is written out.
    A copy already linked to the same file, left by a recovery cut short, is reused rather than duplicated.
    """
    source = write_target(path)
    folder = path.parent
    try:
        info = os.stat(source)
        for name in os.listdir(folder):
            if name.startswith(f"{path.name}.{label}-"):
                other = os.lstat(folder / name)
                if (other.st_ino, other.st_dev) == (info.st_ino, info.st_dev):
                    return folder / name
    except OSError:
        pass
    attempt = 0
    while True:
        target = path.with_name(f"{path.name}.{label}-{stamp}" + (f"-{attempt}" if attempt else ""))
        attempt += 1
        try:
            os.link(source, target)
        except FileExistsError:
            continue
        except OSError:
            if os.path.lexists(target):
                continue
            try:
                _write_new(target, data)
            except FileExistsError:
                continue
        fsync_dir(folder)
        return target


def _write_new(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, PRIVATE_FILE_MODE)
    try:
        _write_all(fd, data)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        path.unlink(missing_ok=True)
        raise
    os.close(fd)


def temp_pid(name: str) -> int | None:
    """The PID written into a temp file's name by ``write_atomic``, or None for a name it did not make."""
    parts = name.split(".")
    try:
        return int(parts[-3])
    except (IndexError, ValueError):
        return None


def _writer_alive(pid: int | None) -> bool:
    if pid is None:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: alive
    return True


def remove_stale_temps(folder: Path, prefixes: tuple[str, ...], older_than: float) -> None:
    """Delete temp files left by a crash mid-write: ours (by prefix), and either last modified before
    ``older_than`` or named after a process that is gone.

    A young temp file of a live process may be a write in progress (an ``export`` beside the app), and must not
    vanish before its ``os.replace``; the age limit also covers a dead writer's PID reused since.
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
            if path.lstat().st_mtime < older_than or not _writer_alive(temp_pid(name)):
                path.unlink()
        except FileNotFoundError:
            continue
