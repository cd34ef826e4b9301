"""Sessions that could not be saved yet (a full disk, a folder gone read-only), kept so that none is dropped.

Each is held in memory and, where any of them can be written, in one small file per session: first
``<data dir>/pending/``, else a folder for this data dir under the user's cache (``$XDG_CACHE_HOME``), else under
the temp dir. The store retries them on its next save, at close and at the next start, merging by session id, so
a session saved meanwhile is never added twice.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from trainer.core.atomic import write_atomic
from trainer.core.datadir import PRIVATE_DIR_MODE
from trainer.core.history_format import encode_session
from trainer.core.reading import SETTINGS_CAP, read_regular, strip_bom
from trainer.core.records import RecordError, SessionRecord

PENDING_NAME = "pending"


def fallback_dirs(data_dir: Path) -> list[Path]:
    """Where pending sessions of ``data_dir`` may be kept, best first."""
    # Imported here: hashlib loads OpenSSL (some 3 ms), and a start needs these folders only once the history
    # is read, after the window's first paint.
    import hashlib
    import tempfile

    key = hashlib.sha256(os.path.realpath(data_dir).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    temp = os.path.join(tempfile.gettempdir(), f"pelvic-floor-trainer-{os.getuid()}")
    return [data_dir / PENDING_NAME, Path(cache) / "pelvic-floor-trainer" / PENDING_NAME / key,
            Path(temp) / PENDING_NAME / key]


class PendingSessions:
    """The unsaved sessions of one data folder, oldest first."""

    def __init__(self, data_dir: Path) -> None:
        self._data_dir = data_dir
        self._dirs: list[Path] | None = None
        self.records: dict[str, SessionRecord] = {}
        self.where: Path | None = None  # the folder holding their files, None if only in memory

    @property
    def home(self) -> Path:
        """The first choice of ``dirs``: the data folder's own."""
        return self._data_dir / PENDING_NAME

    @property
    def dirs(self) -> list[Path]:
        if self._dirs is None:
            self._dirs = fallback_dirs(self._data_dir)
        return self._dirs

    def __bool__(self) -> bool:
        return bool(self.records)

    def __contains__(self, session_id: object) -> bool:
        return session_id in self.records

    def keep(self, record: SessionRecord) -> Path | None:
        """Hold ``record`` (replacing one with its id) and write every pending session to the first folder that
        takes them; returns that folder, or None when no folder could be written (memory only)."""
        self.records[record.id] = record
        for folder in self.dirs:
            try:
                _make_private_dir(folder)
                for pending in self.records.values():
                    write_atomic(folder / f"{pending.id}.json", encode_session(pending))
            except OSError:
                continue
            self.where = folder
            return folder
        self.where = None
        return None

    def load(self) -> list[SessionRecord]:
        """The sessions left in fallback files by an earlier run; unreadable files are left where they are."""
        found: dict[str, SessionRecord] = {}
        for folder in self.dirs:
            try:
                names = sorted(os.listdir(folder))
            except OSError:
                continue
            for name in names:
                if not name.endswith(".json") or name.startswith("."):
                    continue
                try:
                    raw = read_regular(folder / name, SETTINGS_CAP) or b""
                    record = SessionRecord.from_json(json.loads(strip_bom(raw).decode("utf-8")))
                except (OSError, ValueError, RecursionError, RecordError, TypeError):
                    continue
                found.setdefault(record.id, record)
                self.where = self.where or folder
        ordered = sorted(found.values(), key=lambda record: record.started_at)
        for record in ordered:
            self.records.setdefault(record.id, record)
        return ordered

    def forget(self, ids: set[str]) -> None:
        """Drop sessions that are now in the history, and their files wherever they are."""
        for session_id in ids:
            self.records.pop(session_id, None)
        for folder in self.dirs:
            for session_id in ids:
                try:
                    (folder / f"{session_id}.json").unlink()
                except OSError:
                    continue
        if not self.records:
            self.where = None


def _make_private_dir(folder: Path) -> None:
    folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    info = os.lstat(folder)
    # In a shared temp dir, a folder someone else made (or a link they planted) must not receive health data.
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise PermissionError(13, "the pending folder is not private", str(folder))
