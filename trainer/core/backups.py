"""Daily backups of ``history.json`` in ``backups/``: ``history-YYYY-MM-DD.json``, seven kept (and the fullest).

Each backup is an exact byte copy of a history file that validated, so restoring one is a plain copy back.
Backups are ranked by what they hold (the newest session's start, then the number of sessions), not by the
date in their names: a backup named while the clock was wrong (2036, or set back) must neither be restored
ahead of a fuller one nor cause the newest good one to be pruned. Ranks are cached in ``.ranks.json``, keyed
by each file's size and mtime, so the daily backup does not re-read seven histories.
"""

from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Iterable

from trainer.core.atomic import remove_stale_temps, write_atomic
from trainer.core.datadir import PRIVATE_DIR_MODE
from trainer.core.history_format import HistoryFormatError, parse_history
from trainer.core.i18n import tr
from trainer.core.reading import HISTORY_CAP, SETTINGS_CAP, read_regular
from trainer.core.records import SessionRecord

BACKUPS_KEPT = 7
RANKS_NAME = ".ranks.json"
_NAME = re.compile(r"history-(\d{4}-\d{2}-\d{2})(?:-(\d+))?\.json")

Rank = tuple[float, int]  # (newest started_at as a UTC timestamp, number of sessions)


def rank_of(sessions: Iterable[SessionRecord]) -> Rank:
    """What a history holds, for ranking: its newest session's start (UTC) and its number of sessions."""
    # Times with the same UTC offset order as text, so only the latest of each offset is parsed: ten years of
    # sessions cost a few string comparisons each, not a datetime each, on the daily backup's path.
    latest: dict[str, str] = {}
    count = 0
    for session in sessions:
        count += 1
        text = session.started_at
        offset = text[-6:]
        if text > latest.get(offset, ""):
            latest[offset] = text
    newest = 0.0
    for text in latest.values():
        try:
            newest = max(newest, datetime.fromisoformat(text).timestamp())
        except (ValueError, OverflowError, OSError):
            continue
    return newest, count


@dataclass(frozen=True)
class Backup:
    """One daily backup file, its day, and how much of a history it holds."""

    path: Path
    day: date
    rank: Rank | None  # None: does not parse, or is from a newer version, so it cannot be restored


class Backups:
    """The backup folder; created only when the first backup is written."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, day: date) -> Path:
        return self.folder / f"history-{day.isoformat()}.json"

    def exists(self, day: date) -> bool:
        return self.path_for(day).is_file()

    def off_reason(self) -> str | None:
        """Why backups cannot be made here (a file named ``backups``, a folder that cannot be used), or None."""
        try:
            mode = os.stat(self.folder).st_mode
        except FileNotFoundError:
            return None
        except OSError as error:
            return error.strerror or str(error)
        if not stat.S_ISDIR(mode):
            return tr("{path} is a file, not a folder").format(path=self.folder)
        try:
            os.listdir(self.folder)
        except OSError as error:
            return error.strerror or str(error)
        if not os.access(self.folder, os.R_OK | os.W_OK | os.X_OK):
            return tr("{path} cannot be read and written").format(path=self.folder)
        return None

    def write(self, day: date, raw: bytes, rank: Rank) -> Path:
        """Store ``raw`` (holding ``rank``) as the backup of ``day``, then prune to the best seven.

        A backup from that day is replaced only if it holds no more: after the clock was set back, "today"
        may name a fuller backup written under the wrong date.
        """
        self.folder.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
        found = self.ranked()
        path = self.path_for(day)
        taken = {backup.path.name: backup for backup in found}
        suffix = 0
        while path.name in taken and _key(taken[path.name]) > _key(Backup(path, day, rank)):
            suffix += 1
            path = self.folder / f"history-{day.isoformat()}-{suffix}.json"
        write_atomic(path, raw)
        new = Backup(path, day, rank)
        ranked = sorted([b for b in found if b.path != path] + [new], key=_key, reverse=True)
        # Besides the best seven, the fullest backup and the one just written are never pruned: after a
        # history was lost and started again, its few new sessions are newer than the only full backup.
        fullest = max(ranked, key=lambda b: (b.rank is not None, (b.rank or (0.0, 0))[1], _key(b)))
        keep = ranked[:BACKUPS_KEPT] + [b for b in (fullest, new) if b not in ranked[:BACKUPS_KEPT]]
        for backup in ranked:
            if backup not in keep:
                backup.path.unlink(missing_ok=True)
        self._save_ranks(keep)
        return path

    def ranked(self) -> list[Backup]:
        """The backups, best first: those that can be restored by what they hold, then the rest by name."""
        try:
            names = os.listdir(self.folder)
        except (FileNotFoundError, NotADirectoryError):
            return []
        cache = self._load_ranks()
        found = []
        for name in names:
            match = _NAME.fullmatch(name)
            if not match:
                continue
            try:
                day = date.fromisoformat(match[1])
            except ValueError:
                continue
            path = self.folder / name
            found.append(Backup(path, day, self._rank(path, cache)))
        return sorted(found, key=_key, reverse=True)

    def remove_stale_temps(self, older_than: float) -> None:
        """Clear temp files of backups whose writing a crash cut short."""
        remove_stale_temps(self.folder, (".history-", f"{RANKS_NAME}."), older_than)

    def _rank(self, path: Path, cache: dict) -> Rank | None:
        try:
            info = os.lstat(path)
        except OSError:
            return None
        entry = cache.get(path.name)
        if isinstance(entry, list) and len(entry) == 4 and entry[:2] == [info.st_size, info.st_mtime_ns]:
            return None if entry[2] is None else (float(entry[2]), int(entry[3]))
        try:
            raw = read_regular(path, HISTORY_CAP)
            parsed = parse_history(raw or b"")
        except (OSError, HistoryFormatError):
            return None
        return None if parsed.newer else rank_of(parsed.sessions)

    def _load_ranks(self) -> dict:
        try:
            document = json.loads(read_regular(self.folder / RANKS_NAME, SETTINGS_CAP) or b"{}")
        except (OSError, ValueError, RecursionError):
            return {}
        return document if isinstance(document, dict) else {}

    def _save_ranks(self, backups: list[Backup]) -> None:
        entries = {}
        for backup in backups:
            try:
                info = os.lstat(backup.path)
            except OSError:
                continue
            rank = backup.rank or (None, None)
            entries[backup.path.name] = [info.st_size, info.st_mtime_ns, rank[0], rank[1]]
        try:
            write_atomic(self.folder / RANKS_NAME, json.dumps(entries).encode("ascii"))
        except OSError:
            pass  # only a cache: the ranks are worked out again from the files


def _key(backup: Backup) -> tuple:
    rank = backup.rank
    return (rank is not None, rank or (0.0, 0), backup.day, backup.path.name)
