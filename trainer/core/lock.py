"""One running instance per data folder: an exclusive ``flock`` on ``<data dir>/.lock``.

Two windows writing the same history would each keep their own copy in memory and the last save would drop the
other's sessions. The kernel drops a ``flock`` when its holder dies, so a crash never leaves a stale lock.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from types import TracebackType

from trainer.core.datadir import DataDirError, ensure_data_dir
from trainer.core.i18n import tr

LOCK_NAME = ".lock"

# Folders this process holds the lock of, by real path: ``Store.open`` repairs files on disk only under the lock,
# and a second flock from the same process would be refused, so it asks here instead.
_HELD: dict[str, "InstanceLock"] = {}


def held_here(data_dir: Path | str) -> bool:
    """Whether this process holds the instance lock of ``data_dir``."""
    return os.path.realpath(data_dir) in _HELD


def holder_pid(data_dir: Path | str) -> int | None:
    """The PID the running instance wrote into the lock file, for a handover to its window; None if unknown."""
    try:
        fd = os.open(Path(data_dir) / LOCK_NAME, os.O_RDONLY | os.O_CLOEXEC | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        return _read_pid(fd)
    finally:
        os.close(fd)


class AlreadyRunningError(Exception):
    """Another process holds the lock; ``pid`` is the one it wrote, if it could be read."""

    def __init__(self, path: Path, pid: int | None) -> None:
        if pid is None:
            message = tr("Pelvic Floor Trainer is already running with the data folder {path}.")
        else:
            message = tr("Pelvic Floor Trainer is already running with the data folder {path} (process {pid}).")
        super().__init__(message.format(path=path, pid=pid))
        self.path = path
        self.pid = pid


class InstanceLock:
    """``with InstanceLock(data_dir): ...`` or ``acquire()`` / ``release()``; non-blocking."""

    def __init__(self, data_dir: Path | str) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, *, check_dir: bool = True) -> "InstanceLock":
        """Take the lock, or raise ``AlreadyRunningError`` at once if another holder has it."""
        if self._fd is not None:
            return self
        if check_dir:
            ensure_data_dir(self.data_dir)
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError as error:
            raise DataDirError(
                tr("Cannot open the lock file {path}: {reason}.").format(path=self.path, reason=error.strerror)
            ) from error
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = _read_pid(fd)
            os.close(fd)
            raise AlreadyRunningError(self.data_dir, pid) from None
        except BaseException:
            os.close(fd)
            raise
        # The PID is only for people and the error message; the flock is what excludes.
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        self._fd = fd
        _HELD[os.path.realpath(self.data_dir)] = self
        return self

    def release(self) -> None:
        """Give the lock up. The file stays: deleting it would let a waiting process lock an orphaned inode."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        _HELD.pop(os.path.realpath(self.data_dir), None)
        os.ftruncate(fd, 0)
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)

    def __enter__(self) -> "InstanceLock":
        return self.acquire()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.release()


def _read_pid(fd: int) -> int | None:
    try:
        return int(os.pread(fd, 32, 0).decode("ascii").strip())
    except (OSError, ValueError):
        return None
