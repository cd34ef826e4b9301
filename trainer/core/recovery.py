"""A store's state, and the history's repairs at open: restoring a backup over a damaged file, migrating an
older format, and entries kept as damage to themselves.

``Store.open`` never fails because of a damaged or odd file: a history that does not validate is kept aside
(its bytes exactly), the best backup is restored, and a ``StoreNotice`` tells the window what happened. Only an
unusable folder raises, as ``DataDirError``.

Repairs on disk are made only while this process holds the instance lock (``_can_repair``): the open takes it
for its own time unless the caller already holds it. A store that cannot have it (another instance runs, the
folder is read-only, or ``read_only=True``) repairs in memory only, writes nothing, and says so.

The classes stack: ``StoreRecovery`` (here) holds the state; ``opening.StoreOpening`` runs the open and the
folder's other repairs; ``store.Store`` is the API used after it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable

from trainer.core.atomic import keep_aside, move_aside, write_atomic
from trainer.core.backups import Backups, rank_of
from trainer.core.datadir import DataDirError
from trainer.core.history_format import (
    HISTORY_SCHEMA_VERSION,
    Document,
    HistoryFormatError,
    ParsedHistory,
    parse_history,
    render_document,
)
from trainer.core.i18n import tr
from trainer.core.lock import AlreadyRunningError, InstanceLock
from trainer.core.pending import PendingSessions
from trainer.core.reading import HISTORY_CAP, UnreadableFileError, read_regular
from trainer.core.records import SessionRecord
from trainer.core.settings import Settings

# How a damaged entry's field is named to the person.
_FIELD_WORDS = {
    "sets_completed": tr("sets done"),
    "reps_planned": tr("reps planned"),
    "reps_completed": tr("reps done"),
    "duration_s": tr("duration"),
    "hold_s": tr("hold length"),
    "holds_s": tr("self-timed holds"),
}


@dataclass(frozen=True)
class StoreNotice:
    """Something the user should hear about once. ``kind`` is one of "restored-backup", "corrupt-no-backup",
    "recovery-deferred", "newer-schema", "migrated", "damaged-sessions", "settings-reset", "settings-ignored",
    "unreadable-history", "unreadable-settings", "read-only-folder", "backups-off", "pending" or
    "pending-saved" (docs/ARCHITECTURE.md says what each means); ``path`` is the file or folder the message
    points to."""

    kind: str
    message: str
    path: Path | None = None


class StoreRecovery:
    """The state of one data folder's store, and what the open does to the history in it."""

    def __init__(self, data_dir: Path, wall_now: Callable[[], datetime]) -> None:
        self._data_dir = data_dir
        self._wall_now = wall_now
        self._backups = Backups(data_dir / "backups")
        # The exact bytes of history.json as loaded or last written (None: no file): appends splice onto them
        # and the day's backup is written from them, so the file is never read again after open.
        self._raw: bytes | None = None
        self._sessions: tuple[SessionRecord, ...] = ()
        self._ids: set[str] = set()  # of sessions and of damaged entries: no new session may reuse one
        self._kept: dict[str, bytes] = {}  # the damaged entries' exact texts, by id: written back unchanged
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
        self._opened_read_only = False
        self._history_waits = False  # a deferred open (``Store.open(defer_history=True)``) has not read it yet

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
            self._adopt(raw, parsed)
            message = tr(
                "Your history was written by a newer version of Pelvic Floor Trainer (format {version}). "
                "It is open read-only: new sessions and settings changes will not be saved."
            )
            self._notice("newer-schema", message.format(version=parsed.version), self.history_path)
        elif parsed.migrated is not None:
            self._migrate(raw, parsed, parsed.migrated)
        else:
            self._adopt(raw, parsed)

    def _adopt(self, raw: bytes, parsed: ParsedHistory) -> None:
        self._raw = raw
        self._sessions = parsed.sessions
        self._kept = parsed.kept
        self._ids = {session.id for session in parsed.sessions} | self._kept.keys()
        if parsed.damaged:
            self._notice_damaged(parsed)

    def _notice_damaged(self, parsed: ParsedHistory) -> None:
        fields = sorted({_FIELD_WORDS.get(entry.field, entry.field) for entry in parsed.damaged})
        if len(parsed.damaged) == 1:
            message = tr("1 session in your history holds a value no session can have ({fields}). It is kept in "
                         "the file exactly as it is, and left out of your progress and statistics.")
        else:
            message = tr("{n} sessions in your history hold a value no session can have ({fields}). They are "
                         "kept in the file exactly as they are, and left out of your progress and statistics.")
        self._notice("damaged-sessions", message.format(n=len(parsed.damaged), fields=", ".join(fields)),
                     self.history_path)

    def _migrate(self, raw: bytes, parsed: ParsedHistory, document: Document) -> None:
        migrated = render_document(document, parsed.kept)
        if self._can_repair():
            try:
                kept = self._keep_before_migration(raw, parsed)
                write_atomic(self.history_path, migrated)
            except OSError:
                self._may_repair = False  # a disk gone read-only: show the history, change nothing
            else:
                self._adopt(migrated, parsed)
                message = tr("Your history was updated from format {old} to format {new}. The previous file was "
                             "backed up as {backup}.")
                text = message.format(old=parsed.version, new=HISTORY_SCHEMA_VERSION, backup=kept)
                self._notice("migrated", text, kept)
                return
        self._defer(tr("Your history is in an older format; it will be updated when the app opens it."))
        self._adopt(migrated, parsed)

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
            self._adopt(found[1], found[2])

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
        if self._opened_read_only:
            why = tr("It is shown as it will be; this reading command changed nothing on disk.")
        else:
            why = tr("It is shown as it will be, but nothing was changed on disk: another window has the data "
                     "folder open, or it cannot be written.")
        self._frozen = message
        self._notice("recovery-deferred", f"{message} {why}", self.history_path)

    def _notice(self, kind: str, message: str, path: Path | None) -> None:
        self._notices.append(StoreNotice(kind, message, path))

    def _today(self) -> date:
        return self._wall_now().date()

    def _stamp(self) -> str:
        return self._wall_now().strftime("%Y%m%dT%H%M%S")
