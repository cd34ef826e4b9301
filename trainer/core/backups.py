"""Daily backups of ``history.json`` in ``backups/``: ``history-YYYY-MM-DD.json``, the last seven days kept.

Each backup is an exact byte copy of a history file that validated, so restoring one is a plain copy back.
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

from trainer.core.atomic import remove_stale_temps, write_atomic
from trainer.core.datadir import PRIVATE_DIR_MODE

BACKUPS_KEPT = 7
_NAME = re.compile(r"history-(\d{4}-\d{2}-\d{2})\.json")


class Backups:
    """The backup folder; created only when the first backup is written."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, day: date) -> Path:
        return self.folder / f"history-{day.isoformat()}.json"

    def exists(self, day: date) -> bool:
        return self.path_for(day).is_file()

    def write(self, day: date, raw: bytes) -> Path:
        """Store ``raw`` as the backup of ``day`` (replacing one from that day), then drop the oldest."""
        self.folder.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
        path = self.path_for(day)
        write_atomic(path, raw)
        self._prune()
        return path

    def newest_first(self) -> list[tuple[date, Path]]:
        """The backups by the day in their names, newest first; unrelated files are ignored."""
        try:
            names = os.listdir(self.folder)
        except FileNotFoundError:
            return []
        found: list[tuple[date, Path]] = []
        for name in names:
            match = _NAME.fullmatch(name)
            if match:
                try:
                    found.append((date.fromisoformat(match[1]), self.folder / name))
                except ValueError:
                    continue
        return sorted(found, reverse=True)

    def remove_stale_temps(self, older_than: float) -> None:
        """Clear temp files of backups whose writing a crash cut short."""
        remove_stale_temps(self.folder, (".history-",), older_than)

    def _prune(self) -> None:
        for _, path in self.newest_first()[BACKUPS_KEPT:]:
            path.unlink(missing_ok=True)
