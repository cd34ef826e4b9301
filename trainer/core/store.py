"""The user's data folder: session history, settings, daily backups, and notices about anything repaired.

``Store.open`` reads the folder and makes the repairs it needs (``opening.py``, ``recovery.py``); this module is the API
after that: the sessions and settings, appending and updating sessions, keeping those that cannot be saved
pending, and saving settings. Every write is atomic (``atomic.write_atomic``).

Backups are made just before the first write of each day rather than at open: opening a healthy folder then
writes nothing, and a day's backup is always the state from before that day's changes.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable

from trainer.core.atomic import write_atomic
from trainer.core.backups import rank_of
from trainer.core.datadir import DataDirError, open_data_dir
from trainer.core.history_format import encode_entries, encode_session, render_history, with_session
from trainer.core.i18n import tr
from trainer.core.lock import AlreadyRunningError, InstanceLock
from trainer.core.merge import merged_entries, plan_merge
from trainer.core.opening import StoreOpening
from trainer.core.reading import strip_bom
from trainer.core.records import OPTIONAL_KEYS, RecordError, SessionRecord
from trainer.core.recovery import StoreNotice
from trainer.core.settings import Settings

__all__ = [
    "AlreadyRunningError",
    "DataDirError",
    "InstanceLock",
    "SessionPendingError",
    "Store",
    "StoreNotice",
    "StoreReadOnlyError",
]


class StoreReadOnlyError(Exception):
    """This store must not write the history (a newer version's file, a read-only open, an unrepaired file)."""


class SessionPendingError(OSError):
    """A session could not be written to the history; it is kept pending (``Store.pending``), not dropped."""

    def __init__(self, error: OSError, message: str, where: Path | None) -> None:
        super().__init__(error.errno, message)
        self.where = where


def _local_now() -> datetime:
    return datetime.now().astimezone()


class Store(StoreOpening):
    """History and settings of one data folder. Build it with ``Store.open``."""

    @classmethod
    def open(cls, data_dir: Path | str, *, wall_now: Callable[[], datetime] | None = None,
             read_only: bool = False, defer_history: bool = False) -> "Store":
        """Load the folder, creating it (0700) unless ``read_only``. ``wall_now`` (aware) names backups and
        moved files. ``read_only`` is for reading commands (``stats``, ``export``, ``plan``): no lock, no write
        at all, not even a repair (what a repair would show is shown from memory). ``defer_history`` reads
        only the settings now, so a window can paint before ten years of history are read; the history is
        read by ``load_history``, or by the first call that needs it."""
        folder = Path(data_dir)
        writable = open_data_dir(folder, create=not read_only)
        store = cls(folder, wall_now or _local_now)
        store._open_folder(writable, read_only, defer_history)
        return store

    @property
    def history_loaded(self) -> bool:
        return not self._history_waits

    @property
    def sessions(self) -> tuple[SessionRecord, ...]:
        """Every session, saved or pending."""
        self.load_history()
        return self._sessions

    @property
    def pending(self) -> tuple[SessionRecord, ...]:
        """Sessions not yet in ``history.json``; ``pending_dir`` says where their files are."""
        self.load_history()
        return tuple(self._pending.records.values())

    @property
    def pending_dir(self) -> Path | None:
        self.load_history()
        return self._pending.where

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def read_only(self) -> bool:
        self.load_history()
        return self._frozen is not None

    @property
    def notices(self) -> list[StoreNotice]:
        return list(self._notices)

    def append_session(self, record: SessionRecord) -> None:
        """Add a session and save atomically. Raises ``StoreReadOnlyError``, or ``RecordError`` for a record
        that would not read back (bad field, id already present) — nothing is kept then. If the write fails
        (full disk, read-only disk) the session is kept pending and ``SessionPendingError`` says where."""
        self.load_history()
        self._check_writable()
        if record.id in self._ids:
            raise RecordError("id", "is already in the history")
        encode_session(record)
        self._pending.records[record.id] = record
        self._sessions += (record,)
        self._ids.add(record.id)
        self._save_or_keep_pending(record)

    def update_session(self, record: SessionRecord) -> None:
        """Replace the stored session with ``record``'s id, e.g. to add the discomfort rating and note given
        after the session was saved. Keys this version does not know are kept; the file is rewritten
        atomically. Raises ``KeyError`` for an unknown id, ``StoreReadOnlyError`` when read-only."""
        self.load_history()
        self._check_writable()
        if record.id not in self._ids or record.id in self._kept:
            raise KeyError(record.id)
        encode_session(record)  # validates before anything is touched
        if record.id in self._pending:
            self._replace_in_memory(record)
            self._pending.records[record.id] = record
            self._save_or_keep_pending(record)
            return
        entries = json.loads(strip_bom(self._raw))["sessions"]
        for entry in entries:
            if entry.get("id") == record.id:
                # Optional keys are absent when unused: an undone removal or a cleared note must leave the file.
                for key in OPTIONAL_KEYS:
                    entry.pop(key, None)
                entry.update(record.to_json())
        raw = render_history(encode_entries(entries, self._kept))
        self._back_up_before_first_write_of_day()
        write_atomic(self.history_path, raw)
        self._raw = raw
        self._replace_in_memory(record)

    def _replace_in_memory(self, record: SessionRecord) -> None:
        self._sessions = tuple(record if session.id == record.id else session for session in self._sessions)

    def save_pending(self) -> bool:
        """Try again to write pending sessions to the history; True when none is left pending."""
        self.load_history()
        if not self._pending or self._frozen is not None:
            return not self._pending
        try:
            self._write_pending()
        except OSError:
            return False
        return True

    def close(self) -> bool:
        """Call when the window closes: a last try at saving pending sessions. True when none is left."""
        if self._history_waits:
            return True  # never read, so this run kept no session; an earlier run's wait for the next start
        return self.save_pending()

    def save_settings(self, settings: Settings) -> None:
        """Keep ``settings`` and save them atomically; a read-only store keeps them for this run only, so a
        newer version's settings file is left as it is."""
        self.load_history()  # a newer version's history freezes its settings file too
        if self._frozen is None and self._settings_writable:
            data = json.dumps(settings.to_json(), indent=1) + "\n"
            write_atomic(self.settings_path, data.encode("ascii"))
        self._settings = settings

    def _check_writable(self) -> None:
        if self._frozen is not None:
            raise StoreReadOnlyError(self._frozen)

    def _save_or_keep_pending(self, record: SessionRecord) -> None:
        try:
            self._write_pending()
        except OSError as error:
            where = self._pending.keep(record)
            message = self._pending_message(error)
            self._notice("pending", message, where)
            raise SessionPendingError(error, message, where) from error

    def _write_pending(self) -> None:
        raw = self._raw
        for record in self._pending.records.values():
            raw = with_session(raw, encode_session(record), self._kept)
        self._back_up_before_first_write_of_day()
        write_atomic(self.history_path, raw)
        self._raw = raw
        self._pending.forget(set(self._pending.records))

    def _back_up_before_first_write_of_day(self) -> None:
        today = self._today()
        if self._backed_up_on == today:
            return
        if self._raw is not None and self._backups_off is None and not self._backups.exists(today):
            sessions = [session for session in self._sessions if session.id not in self._pending]
            try:
                self._backups.write(today, self._raw, rank_of(sessions))
            except OSError as error:
                # A missing backup loses nothing; a session not saved because of it would.
                self._backups_off = error.strerror or str(error)
                message = tr("Backups are off: {reason}. Your history still saves.")
                self._notice("backups-off", message.format(reason=self._backups_off), self._backups.folder)
        self._backed_up_on = today

    def merge_sessions(self, records: Iterable[SessionRecord]) -> int:
        """Merge sessions from another device or file by id (``trainer.core.merge``): the day's backup first,
        then one atomic save, keys this version does not know kept. Returns how many sessions were new."""
        self.load_history()
        self._check_writable()
        # Pending sessions are not in the file yet; writing them first keeps the merge to what the file holds.
        self.save_pending()
        # A damaged entry keeps its id: a session arriving under it would make two entries of one id.
        plan = plan_merge(self._sessions, [record for record in records if record.id not in self._kept])
        if not plan.changes_anything:
            return 0
        entries = json.loads(strip_bom(self._raw))["sessions"] if self._raw is not None else []
        # Damaged entries belong to no session, so the merge does not hold them: they stay as written.
        damaged = [entry for entry in entries if isinstance(entry, dict) and entry.get("id") in self._kept]
        raw = render_history(encode_entries(merged_entries(entries, plan.sessions) + damaged, self._kept))
        self._back_up_before_first_write_of_day()
        write_atomic(self.history_path, raw)
        self._raw = raw
        self._sessions = tuple(plan.sessions)
        self._ids = {session.id for session in self._sessions} | self._kept.keys()
        return plan.new
