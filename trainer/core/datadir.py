"""The data folder itself: created private (0700) on first use, and checked before anything is read from it.

A bad ``--data-dir`` must end in one clear line naming the folder, so every failure here is a ``DataDirError``.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from trainer.core.i18n import tr

PRIVATE_DIR_MODE = 0o700


class DataDirError(Exception):
    """The data folder is a file, cannot be created, or cannot be read and written; the message names it."""


def ensure_data_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) with mode 0700 if needed, and check that it is usable."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        _create(path)
    except OSError as error:
        raise data_dir_error(path, error) from error
    else:
        if not stat.S_ISDIR(mode):
            raise DataDirError(_is_a_file(path))
    if not os.access(path, os.R_OK | os.W_OK | os.X_OK):
        raise DataDirError(tr("The data folder {path} cannot be read and written.").format(path=path))
    return path


def open_data_dir(path: Path, *, create: bool = True) -> bool:
    """Check ``path`` for reading, creating it (0700) if ``create``; returns whether it can also be written.

    A folder that can be read but not written (a snapshot, a disk gone read-only) is not an error here: the
    store opens it read-only, so that ``stats`` and ``export`` still work.
    """
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        if not create:
            return False
        _create(path)
    except OSError as error:
        raise data_dir_error(path, error) from error
    else:
        if not stat.S_ISDIR(mode):
            raise DataDirError(_is_a_file(path))
    if not os.access(path, os.R_OK | os.X_OK):
        raise DataDirError(tr("The data folder {path} cannot be read.").format(path=path))
    return os.access(path, os.R_OK | os.W_OK | os.X_OK)


def make_private(path: Path) -> None:
    """Make an existing data folder of ours 0700: health data must not be listed by other users."""
    info = os.stat(path)
    if info.st_mode & 0o077 and info.st_uid == os.getuid():
        os.chmod(path, stat.S_IMODE(info.st_mode) & 0o700)


def _create(path: Path) -> None:
    try:
        # Parents too are made 0700: a missing ~/.local/share created here should not be left open to others.
        missing = [path, *(p for p in path.parents if not p.exists())]
        for folder in reversed(missing):
            try:
                os.mkdir(folder, PRIVATE_DIR_MODE)
            except FileExistsError:
                continue  # made meanwhile by another process; checked below
        created = path.is_dir()
    except OSError as error:
        raise DataDirError(
            tr("Cannot create the data folder {path}: {reason}.").format(path=path, reason=_reason(error))
        ) from error
    if not created:
        raise DataDirError(_is_a_file(path))


def _is_a_file(path: Path) -> str:
    return tr("The data folder {path} is a file, not a folder.").format(path=path)


def data_dir_error(path: Path, error: OSError) -> DataDirError:
    """The error for an I/O failure inside the data folder, as one line naming the folder and the reason."""
    return DataDirError(tr("Cannot use the data folder {path}: {reason}.").format(path=path, reason=_reason(error)))


def _reason(error: OSError) -> str:
    return error.strerror or str(error)
