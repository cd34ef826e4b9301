"""The user's data folder: session history, settings, daily backups, and notices about anything repaired.

``Store.open`` never fails because of a damaged or odd file: a history that does not validate is kept aside
(its bytes exactly), the best backup is restored, and a ``StoreNotice`` tells the window what happened. Only an
unusable folder raises, as ``DataDirError``.

Repairs on disk (restoring a backup, a migration, clearing stale temp files, tightening the folder's mode) are
made only while this process holds the instance lock: ``Store.open`` takes it for the time of the open unless
the caller already holds it. A store that cannot have it (another instance runs, the folder is read-only, or
``read_only=True``) repairs in memory only, writes nothing, and says so.

Backups are made just before the first write of each day rather than at open: opening a healthy folder then
writes nothing, and a day's backup is always the state from before that day's changes.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterable

from trainer.core.atomic import TEMP_SUFFIX, keep_aside, move_aside, remove_stale_temps, temp_prefix, write_atomic
from trainer.core.backups import Backups, rank_of
from trainer.core.datadir import DataDirError, data_dir_error, make_private, open_data_dir
from trainer.core.history_format import (
    HISTORY_SCHEMA_VERSION,
    Document,
    HistoryFormatError,
    ParsedHistory,
    encode_json,
    encode_session,
    parse_history,
    render_document,
    render_history,
    with_session,
)
from trainer.core.i18n import tr
from trainer.core.lock import AlreadyRunningError, InstanceLock, held_here
from trainer.core.merge import merged_entries, plan_merge
from trainer.core.pending import PendingSessions
from trainer.core.reading import HISTORY_CAP, SETTINGS_CAP, UnreadableFileError, read_regular, strip_bom
from trainer.core.records import OPTIONAL_KEYS, RecordError, SessionRecord
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

# Under the lock no other instance writes here; a minute still spares an ``export`` writing beside the app.
STALE_TEMP_AGE_S = 60.0


@dataclass(frozen=True)
class StoreNotice:
    """Something the user should hear about once. ``kind`` is one of "restored-backup", "corrupt-no-backup",
    "recovery-deferred", "newer-schema", "migrated", "settings-reset", "unreadable-history",
    "unreadable-settings", "read-only-folder", "backups-off", "pending" or "pending-saved"; ``path`` is the
    file or folder the message points to."""

    kind: str
    message: str
    path: Path | None = None


class StoreReadOnlyError(Exception):
    """This store must not write the history (a newer version's file, a read-only open, an unrepaired file)."""


class SessionPendingError(OSError):
    """A session could not be written to the history; it is kept pending (``Store.pending``), not dropped."""

    def __init__(self, error: OSError, message: str, where: Path | None) -> None:
        super().__init__(error.errno, message)
        self.where = where


def _local_now() -> datetime:
    return datetime.now().astimezone()


class Store:
    """History and settings of one data folder. Build it with ``Store.open``."""

    def __init__(self, data_dir: Path, wall_now: Callable[[], datetime]) -> None:
        self._data_dir = data_dir
        self._wall_now = wall_now
        self._backups = Backups(data_dir / "backups")
        # The exact bytes of history.json as loaded or last written (None: no file): appends splice onto them
        # and the day's backup is written from them, so the file is never read again after open.
        self._raw: bytes | None = None
        self._sessions: tuple[SessionRecord, ...] = ()
        self._ids: set[str] = set()
        self._frozen: str | None = None  # why the history must not be written, if it must not
        # Whether repairs may be written: None until one is needed, then the lock is tried (so a healthy open
        # creates no lock file and writes nothing), True or False after.
        self._may_repair: bool | None = None
        self._open_lock: InstanceLock | None = None
        self._backups_off: str | None = None
        self._settings_writable = True
        self._settings = Settings()
        self._notices: list[StoreNotice] = []
        self._backed_up_on: date | None = None
        self._pending = PendingSessions(data_dir)

    @classmethod
    def open(cls, data_dir: Path | str, *, wall_now: Callable[[], datetime] | None = None,
             read_only: bool = False) -> "Store":
        """Load the folder, creating it (0700) unless ``read_only``. ``wall_now`` (aware) names backups and
        moved files. ``read_only`` is for reading commands (``stats``, ``export``): no lock, no write at all."""
        folder = Path(data_dir)
        writable = open_data_dir(folder, create=not read_only)
        store = cls(folder, wall_now or _local_now)
        if read_only:
            store._frozen = tr("The history was opened read-only.")
            store._may_repair = False
        elif not writable:
            store._may_repair = False
            store._notice("read-only-folder", tr("The data folder {path} cannot be written: your history is "
                                                 "shown, but nothing is saved there.").format(path=folder), folder)
        elif held_here(folder):
            store._may_repair = True
        if read_only and not writable and not folder.is_dir():
            return store  # nothing to read, and a reading command creates nothing
        try:
            store._tidy()
            store._check_backups()
            store._load_history()
            store._load_settings()
            store._load_pending()
        except OSError as error:
            raise data_dir_error(folder, error) from error
        finally:
            if store._open_lock is not None:
                store._open_lock.release()
                store._open_lock = None
        return store

    @property
    def data_dir(self) -> Path:
        return self._data_dir

    @property
    def history_path(self) -> Path:
        return self._data_dir / "history.json"

    @property
    def settings_path(self) -> Path:
        return self._data_dir / "settings.json"

    @property
    def backups_dir(self) -> Path:
        return self._backups.folder

    @property
    def sessions(self) -> tuple[SessionRecord, ...]:
        """Every session, saved or pending."""
        return self._sessions

    @property
    def pending(self) -> tuple[SessionRecord, ...]:
        """Sessions not yet in ``history.json``; ``pending_dir`` says where their files are."""
        return tuple(self._pending.records.values())

    @property
    def pending_dir(self) -> Path | None:
        return self._pending.where

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def read_only(self) -> bool:
        return self._frozen is not None

    @property
    def notices(self) -> list[StoreNotice]:
        return list(self._notices)

    def append_session(self, record: SessionRecord) -> None:
        """Add a session and save atomically. Raises ``StoreReadOnlyError``, or ``RecordError`` for a record
        that would not read back (bad field, id already present) — nothing is kept then. If the write fails
        (full disk, read-only disk) the session is kept pending and ``SessionPendingError`` says where."""
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
        self._check_writable()
        if record.id not in self._ids:
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
        raw = render_history([encode_json(entry) for entry in entries])
        self._back_up_before_first_write_of_day()
        write_atomic(self.history_path, raw)
        self._raw = raw
        self._replace_in_memory(record)

    def _replace_in_memory(self, record: SessionRecord) -> None:
        self._sessions = tuple(record if session.id == record.id else session for session in self._sessions)

    def save_pending(self) -> bool:
        """Try again to write pending sessions to the history; True when none is left pending."""
        if not self._pending or self._frozen is not None:
            return not self._pending
        try:
            self._write_pending()
        except OSError:
            return False
        return True

    def close(self) -> bool:
        """Call when the window closes: a last try at saving pending sessions. True when none is left."""
        return self.save_pending()

    def save_settings(self, settings: Settings) -> None:
        """Keep ``settings`` and save them atomically; a read-only store keeps them for this run only, so a
        newer version's settings file is left as it is."""
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
            raw = with_session(raw, encode_session(record))
        self._back_up_before_first_write_of_day()
        write_atomic(self.history_path, raw)
        self._raw = raw
        self._pending.forget(set(self._pending.records))

    def _pending_message(self, error: OSError) -> str:
        reason = error.strerror or str(error)
        where = self._pending.where
        count = len(self._pending.records)
        if where is None and count == 1:
            message = tr("1 session could not be saved ({reason}). It is kept while the app is open and saved as "
                         "soon as the history can be written.")
        elif where is None:
            message = tr("{n} sessions could not be saved ({reason}). They are kept while the app is open and "
                         "saved as soon as the history can be written.")
        elif count == 1:
            message = tr("1 session could not be saved ({reason}). It is kept in {path} and saved to your "
                         "history as soon as it can be written.")
        else:
            message = tr("{n} sessions could not be saved ({reason}). They are kept in {path} and saved to "
                         "your history as soon as it can be written.")
        return message.format(n=count, reason=reason, path=where)

    def _can_repair(self) -> bool:
        """Whether this process may change files on disk now: it holds the lock, or can take it for the open."""
        if self._may_repair is None:
            lock = InstanceLock(self._data_dir)
            try:
                lock.acquire(check_dir=False)
            except (AlreadyRunningError, DataDirError):
                self._may_repair = False
            else:
                self._open_lock, self._may_repair = lock, True
        return self._may_repair

    def _tidy(self) -> None:
        """Repairs that need the lock: the folder's mode, and temp files a crash left behind."""
        info = os.stat(self._data_dir)
        loose = bool(info.st_mode & 0o077) and info.st_uid == os.getuid()
        older_than = self._wall_now().timestamp() - STALE_TEMP_AGE_S
        places = [(self._data_dir, (temp_prefix(self.history_path), temp_prefix(self.settings_path)))]
        places += [(folder, (".",)) for folder in (self._backups.folder, self._pending.dirs[0])
                   if folder.is_dir() and not folder.is_symlink()]
        temps = any(name.startswith(prefixes) and name.endswith(TEMP_SUFFIX)
                    for folder, prefixes in places for name in _names(folder))
        if not (loose or temps) or not self._can_repair():
            return
        try:
            make_private(self._data_dir)
            for folder, prefixes in places:
                if _names(folder):
                    remove_stale_temps(folder, prefixes, older_than)
        except OSError:
            pass  # left for the next start: tidying loses nothing by waiting

    def _check_backups(self) -> None:
        reason = self._backups.off_reason()
        if reason is not None:
            self._backups_off = reason
            message = tr("Backups are off: {reason}. Your history still opens and saves; move that file away "
                         "to have daily backups again.")
            self._notice("backups-off", message.format(reason=reason), self._backups.folder)

    def _load_history(self) -> None:
        try:
            raw = read_regular(self.history_path, HISTORY_CAP)
        except UnreadableFileError as error:
            self._frozen = str(error)
            message = tr("{error} Nothing is written to it; move it away to start a history there.")
            self._notice("unreadable-history", message.format(error=error), self.history_path)
            return
        if raw is None:
            if self._has_corrupt_copy():
                self._recover(None)
            return
        try:
            parsed = parse_history(raw)
        except HistoryFormatError:
            self._recover(raw)
            return
        self._accept(raw, parsed)

    def _accept(self, raw: bytes, parsed: ParsedHistory) -> None:
        if parsed.newer:
            self._frozen = tr(
                "The history was written by a newer version of Pelvic Floor Trainer and cannot be changed.")
            self._sessions = parsed.sessions
            self._ids = {session.id for session in parsed.sessions}
            message = tr(
                "Your history was written by a newer version of Pelvic Floor Trainer (format {version}). "
                "It is open read-only: new sessions and settings changes will not be saved."
            )
            self._notice("newer-schema", message.format(version=parsed.version), self.history_path)
        elif parsed.migrated is not None:
            self._migrate(raw, parsed, parsed.migrated)
        else:
            self._adopt(raw, parsed.sessions)

    def _adopt(self, raw: bytes, sessions: tuple[SessionRecord, ...]) -> None:
        self._raw = raw
        self._sessions = sessions
        self._ids = {session.id for session in sessions}

    def _migrate(self, raw: bytes, parsed: ParsedHistory, document: Document) -> None:
        migrated = render_document(document)
        if self._can_repair():
            try:
                kept = self._keep_before_migration(raw, parsed)
                write_atomic(self.history_path, migrated)
            except OSError:
                self._may_repair = False  # a disk gone read-only: show the history, change nothing
            else:
                self._adopt(migrated, parsed.sessions)
                message = tr("Your history was updated from format {old} to format {new}. The previous file was "
                             "backed up as {backup}.")
                text = message.format(old=parsed.version, new=HISTORY_SCHEMA_VERSION, backup=kept)
                self._notice("migrated", text, kept)
                return
        self._defer(tr("Your history is in an older format; it will be updated when the app opens it."))
        self._adopt(migrated, parsed.sessions)

    def _keep_before_migration(self, raw: bytes, parsed: ParsedHistory) -> Path:
        if self._backups_off is not None:
            # No backups folder to use: the old file is kept beside the history instead.
            return keep_aside(self.history_path, raw, self._stamp(), label=f"v{parsed.version}")
        # The backup may replace one made earlier today: history only grows, so this file holds all of it.
        today = self._today()
        backup = self._backups.write(today, raw, rank_of(parsed.sessions))
        self._backed_up_on = today
        return backup

    def _recover(self, damaged: bytes | None) -> None:
        """Restore the best backup over a damaged (or, after a cut-short restore, missing) history."""
        found = self._best_backup()
        if self._can_repair():
            try:
                self._recover_on_disk(damaged, found)
                return
            except OSError:
                self._may_repair = False
        if damaged is None and found is None:
            return
        self._defer(tr("Your history file is damaged; the app will restore a backup when it opens it."))
        if found is not None:
            self._adopt(found[1], found[2].sessions)

    def _recover_on_disk(self, damaged: bytes | None, found: tuple[Path, bytes, ParsedHistory] | None) -> None:
        """The damaged file is first kept aside by a link, then replaced in one ``os.replace``: cut short at
        any instant, ``history.json`` is the damaged file (the next start recovers again) or the restored one."""
        if found is None:
            if damaged is None:
                return
            corrupt = move_aside(self.history_path, self._stamp())
            message = tr("Your history file was damaged and no usable backup was found. It was kept as "
                         "{corrupt}; a new history starts with your next session.")
            self._notice("corrupt-no-backup", message.format(corrupt=corrupt), corrupt)
            return
        path, raw, parsed = found
        day = path.name.removeprefix("history-").removesuffix(".json")
        if damaged is not None:
            corrupt = keep_aside(self.history_path, damaged, self._stamp())
            write_atomic(self.history_path, raw)
            message = tr("Your history file was damaged. It was kept as {corrupt}, and the backup from {day} was "
                         "restored; sessions recorded after that backup are only in the damaged file.")
            self._notice("restored-backup", message.format(corrupt=corrupt, day=day), corrupt)
        else:
            write_atomic(self.history_path, raw)
            message = tr("Your history file was missing after a repair was cut short; the backup from {day} was "
                         "restored. The damaged file is still kept beside it.")
            self._notice("restored-backup", message.format(day=day), self.history_path)
        self._accept(raw, parsed)

    def _best_backup(self) -> tuple[Path, bytes, ParsedHistory] | None:
        if self._backups_off is not None:
            return None
        for backup in self._backups.ranked():
            if backup.rank is None:
                continue
            try:
                raw = read_regular(backup.path, HISTORY_CAP)
                parsed = parse_history(raw or b"")
            except (OSError, HistoryFormatError):
                continue  # the next one may still be good
            if not parsed.newer:
                return backup.path, raw, parsed
        return None

    def _has_corrupt_copy(self) -> bool:
        prefix = f"{self.history_path.name}.corrupt-"
        return any(name.startswith(prefix) for name in os.listdir(self._data_dir))

    def _defer(self, message: str) -> None:
        # Nothing on disk may change without the lock, and an append would overwrite the unrepaired file.
        self._frozen = message
        why = tr("It is shown as it will be, but nothing was changed on disk: another window has the data "
                 "folder open, or it cannot be written.")
        self._notice("recovery-deferred", f"{message} {why}", self.history_path)

    def _load_settings(self) -> None:
        try:
            raw = read_regular(self.settings_path, SETTINGS_CAP)
        except UnreadableFileError as error:
            self._settings_writable = False
            message = tr("{error} The default settings are used, and changes are not saved.")
            self._notice("unreadable-settings", message.format(error=error), self.settings_path)
            return
        if raw is None:
            return
        try:
            document = json.loads(raw.decode("utf-8-sig"))
        except (ValueError, RecursionError):
            document = None
        if not isinstance(document, dict):
            if self._can_repair():
                corrupt = move_aside(self.settings_path, self._stamp())
                message = tr("Your settings file was damaged, so the default settings are used. The damaged "
                             "file was kept as {corrupt}.")
                self._notice("settings-reset", message.format(corrupt=corrupt), corrupt)
            else:
                self._settings_writable = False
                message = tr("Your settings file is damaged, so the default settings are used for now.")
                self._notice("settings-reset", message, self.settings_path)
            return
        self._settings = Settings.from_json(document)

    def _load_pending(self) -> None:
        left = self._pending.load()
        saved = {record.id for record in left if record.id in self._ids}
        if saved and self._can_repair():
            self._pending.forget(saved)
        for session_id in saved:
            self._pending.records.pop(session_id, None)
        fresh = [record for record in left if record.id not in saved]
        if not fresh:
            return
        self._sessions += tuple(fresh)
        self._ids.update(record.id for record in fresh)
        if self._frozen is None and self._can_repair():
            try:
                self._write_pending()
            except OSError as error:
                self._notice("pending", self._pending_message(error), self._pending.where)
                return
            if len(fresh) == 1:
                message = tr("1 session that could not be saved earlier is now in your history.")
            else:
                message = tr("{n} sessions that could not be saved earlier are now in your history.")
            self._notice("pending-saved", message.format(n=len(fresh)), self.history_path)
            return
        if len(fresh) == 1:
            message = tr("1 session is waiting in {path} to be saved to your history.")
        else:
            message = tr("{n} sessions are waiting in {path} to be saved to your history.")
        self._notice("pending", message.format(n=len(fresh), path=self._pending.where), self._pending.where)

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

    def _notice(self, kind: str, message: str, path: Path | None) -> None:
        self._notices.append(StoreNotice(kind, message, path))

    def _today(self) -> date:
        return self._wall_now().date()

    def _stamp(self) -> str:
        return self._wall_now().strftime("%Y%m%dT%H%M%S")

    def merge_sessions(self, records: Iterable[SessionRecord]) -> int:
        """Merge sessions from another device or file by id (``trainer.core.merge``): the day's backup first,
        then one atomic save, keys this version does not know kept. Returns how many sessions were new."""
        self._check_writable()
        # Pending sessions are not in the file yet; writing them first keeps the merge to what the file holds.
        self.save_pending()
        plan = plan_merge(self._sessions, records)
        if not plan.changes_anything:
            return 0
        entries = json.loads(strip_bom(self._raw))["sessions"] if self._raw is not None else []
        raw = render_history([encode_json(entry) for entry in merged_entries(entries, plan.sessions)])
        self._back_up_before_first_write_of_day()
        write_atomic(self.history_path, raw)
        self._adopt(raw, plan.sessions)
        return plan.new


def _names(folder: Path) -> list[str]:
    # A folder that cannot be listed (an unreadable backups/) has nothing to tidy; it is reported elsewhere.
    try:
        return os.listdir(folder)
    except OSError:
        return []
