"""The user's data folder: session history, settings, daily backups, and notices about anything repaired.

``Store.open`` never fails because of a damaged file: a history that does not validate is moved aside (its
bytes kept exactly), the newest good backup is restored, and a ``StoreNotice`` tells the window what happened.
Only an unusable folder raises, as ``DataDirError``.

Backups are made just before the first write of each day rather than at open: opening a healthy folder then
writes nothing (looking at progress or running ``stats`` leaves no trace), and a day's backup is always the
state from before that day's changes, which is the state worth going back to.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterable

from trainer.core.atomic import move_aside, remove_stale_temps, temp_prefix, write_atomic
from trainer.core.backups import Backups
from trainer.core.datadir import DataDirError, data_dir_error, ensure_data_dir
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
from trainer.core.lock import AlreadyRunningError, InstanceLock
from trainer.core.merge import merged_entries, plan_merge
from trainer.core.records import RecordError, SessionRecord
from trainer.core.settings import Settings

__all__ = [
    "AlreadyRunningError",
    "DataDirError",
    "InstanceLock",
    "Store",
    "StoreNotice",
    "StoreReadOnlyError",
]

# A temp file this old was left by a crash; a younger one may belong to a write in progress elsewhere.
STALE_TEMP_AGE_S = 3600.0


@dataclass(frozen=True)
class StoreNotice:
    """Something the user should hear about once: ``kind`` is "restored-backup", "corrupt-no-backup",
    "newer-schema", "migrated" or "settings-reset"; ``path`` is the file the message points to."""

    kind: str
    message: str
    path: Path | None = None


class StoreReadOnlyError(Exception):
    """The history comes from a newer version of the app, so this one must not write it."""


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
        self._read_only = False
        self._settings = Settings()
        self._notices: list[StoreNotice] = []
        self._backed_up_on: date | None = None

    @classmethod
    def open(cls, data_dir: Path | str, *, wall_now: Callable[[], datetime] | None = None) -> "Store":
        """Create the folder if needed (0700) and load it. ``wall_now`` (aware) names backups and moved files."""
        folder = ensure_data_dir(Path(data_dir))
        store = cls(folder, wall_now or _local_now)
        try:
            store._remove_stale_temps()
            store._load_history()
            store._load_settings()
        except OSError as error:
            raise data_dir_error(folder, error) from error
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
        return self._sessions

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def notices(self) -> list[StoreNotice]:
        return list(self._notices)

    def append_session(self, record: SessionRecord) -> None:
        """Add a session and save atomically. Raises ``StoreReadOnlyError``, or ``RecordError`` for a record
        that would not read back (bad field, id already present) — nothing is written then."""
        if self._read_only:
            raise StoreReadOnlyError(
                tr("The history was written by a newer version of Pelvic Floor Trainer and cannot be changed.")
            )
        if record.id in self._ids:
            raise RecordError("id", "is already in the history")
        raw = with_session(self._raw, encode_session(record))
        self._back_up_before_first_write_of_day()
        write_atomic(self.history_path, raw)
        self._raw = raw
        self._sessions += (record,)
        self._ids.add(record.id)

    def update_session(self, record: SessionRecord) -> None:
        """Replace the stored session with ``record``'s id, e.g. to add the discomfort rating and note given
        after the session was saved. Keys this version does not know are kept; the file is rewritten
        atomically. Raises ``KeyError`` for an unknown id, ``StoreReadOnlyError`` when read-only."""
        if self._read_only:
            raise StoreReadOnlyError(
                tr("The history was written by a newer version of Pelvic Floor Trainer and cannot be changed.")
            )
        if record.id not in self._ids:
            raise KeyError(record.id)
        encode_session(record)  # validates before anything is touched
        entries = json.loads(self._raw)["sessions"]
        for entry in entries:
            if entry.get("id") == record.id:
                entry.pop("note", None)
                entry.update(record.to_json())
        raw = render_history([encode_json(entry) for entry in entries])
        self._back_up_before_first_write_of_day()
        write_atomic(self.history_path, raw)
        self._raw = raw
        self._sessions = tuple(record if session.id == record.id else session for session in self._sessions)

    def save_settings(self, settings: Settings) -> None:
        """Keep ``settings`` and save them atomically; a read-only store keeps them for this run only, so a
        newer version's settings file is left as it is."""
        if not self._read_only:
            data = json.dumps(settings.to_json(), indent=1) + "\n"
            write_atomic(self.settings_path, data.encode("ascii"))
        self._settings = settings

    def _remove_stale_temps(self) -> None:
        older_than = self._wall_now().timestamp() - STALE_TEMP_AGE_S
        prefixes = (temp_prefix(self.history_path), temp_prefix(self.settings_path))
        remove_stale_temps(self._data_dir, prefixes, older_than)
        self._backups.remove_stale_temps(older_than)

    def _load_history(self) -> None:
        raw = _read(self.history_path)
        if raw is None:
            return
        try:
            parsed = parse_history(raw)
        except HistoryFormatError:
            self._recover()
            return
        self._accept(raw, parsed)

    def _accept(self, raw: bytes, parsed: ParsedHistory) -> None:
        if parsed.newer:
            self._read_only = True
            self._sessions = parsed.sessions
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
        # The backup may replace one made earlier today: history only grows, so this file holds all of it.
        today = self._today()
        backup = self._backups.write(today, raw)
        self._backed_up_on = today
        migrated = render_document(document)
        write_atomic(self.history_path, migrated)
        self._adopt(migrated, parsed.sessions)
        message = tr("Your history was updated from format {old} to format {new}. The previous file was backed up "
                     "as {backup}.")
        text = message.format(old=parsed.version, new=HISTORY_SCHEMA_VERSION, backup=backup)
        self._notice("migrated", text, backup)

    def _recover(self) -> None:
        """Move the damaged history aside and restore the newest backup that validates, if any."""
        corrupt = move_aside(self.history_path, self._stamp())
        for day, path in self._backups.newest_first():
            loaded = _load_backup(path)
            if loaded is None:
                continue
            raw, parsed = loaded
            write_atomic(self.history_path, raw)
            message = tr("Your history file was damaged. It was kept as {corrupt}, and the backup from {day} was "
                         "restored; sessions recorded after that backup are only in the damaged file.")
            self._notice("restored-backup", message.format(corrupt=corrupt, day=day.isoformat()), corrupt)
            self._accept(raw, parsed)
            return
        message = tr("Your history file was damaged and no usable backup was found. It was kept as {corrupt}; "
                     "a new history starts with your next session.")
        self._notice("corrupt-no-backup", message.format(corrupt=corrupt), corrupt)

    def _load_settings(self) -> None:
        raw = _read(self.settings_path)
        if raw is None:
            return
        try:
            document = json.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError):
            document = None
        if not isinstance(document, dict):
            corrupt = move_aside(self.settings_path, self._stamp())
            message = tr("Your settings file was damaged, so the default settings are used. The damaged file was "
                         "kept as {corrupt}.")
            self._notice("settings-reset", message.format(corrupt=corrupt), corrupt)
            return
        self._settings = Settings.from_json(document)

    def _back_up_before_first_write_of_day(self) -> None:
        today = self._today()
        if self._backed_up_on == today:
            return
        if self._raw is not None and not self._backups.exists(today):
            self._backups.write(today, self._raw)
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
        if self._read_only:
            raise StoreReadOnlyError(
                tr("The history was written by a newer version of Pelvic Floor Trainer and cannot be changed.")
            )
        plan = plan_merge(self._sessions, records)
        if not plan.changes_anything:
            return 0
        entries = json.loads(self._raw)["sessions"] if self._raw is not None else []
        raw = render_history([encode_json(entry) for entry in merged_entries(entries, plan.sessions)])
        self._back_up_before_first_write_of_day()
        write_atomic(self.history_path, raw)
        self._adopt(raw, plan.sessions)
        return plan.new


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _load_backup(path: Path) -> tuple[bytes, ParsedHistory] | None:
    """A backup's bytes and contents if it can be restored: readable, valid, and not from a newer version."""
    try:
        raw = path.read_bytes()
        parsed = parse_history(raw)
    except (OSError, HistoryFormatError):
        # Not a candidate; the next older backup may still be good.
        return None
    return None if parsed.newer else (raw, parsed)
