"""The app-state object: the UI's one door to the store.

Widgets never hold the ``Store``: they read settings and history here, ask this object to save, and follow
its signals. Data flows one way — a widget asks, the state saves, the state tells every subscriber — so no
page keeps a copy of the settings that could drift from the others.

Signals:
    settings_changed(Settings, Settings): new settings were taken in (new, previous), saved or not.
    session_recorded(SessionRecord): a session was saved, or its rating and note were.
    history_changed(): the sessions changed; figures drawn from them are stale. Also sent once when a
        deferred history has been read (``load_history``).
    notices_added(list[StoreNotice]): what reading a deferred history found and repaired, for the banner.
    save_failed(str, str): a save failed; (topic, message for the person). Topics: "choice" (a routine or
        hold length the Train page remembers), "settings", "session", "feedback", "history" (a removal or
        its undo on Progress). A session kept pending (written later, when the disk allows) is recorded and
        announced as well as reported here.

Import and sync go through here too (``import_history``, ``sync``), since they write the history.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Signal

from trainer.core.records import SessionRecord
from trainer.core.settings import Settings
from trainer.core.store import DataDirError, SessionPendingError, Store, StoreNotice, StoreReadOnlyError

if TYPE_CHECKING:
    from trainer.core.sync import LogCache, SyncResult

# Import, sync, the device id and undo are imported when first used: together about 12 ms of every start
# (importing.py, session_files.py, merge.py, sync.py, device.py with uuid and platform), for what most
# starts never do.


class AppState(QObject):
    settings_changed = Signal(object, object)
    session_recorded = Signal(object)
    history_changed = Signal()
    notices_added = Signal(list)
    save_failed = Signal(str, str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        # Settings the person chose whose write failed: they still apply for this run, as chosen.
        self._unsaved: Settings | None = None
        self.wall_now: Callable[[], datetime] = lambda: datetime.now().astimezone()  # stamps edits; tests pin it
        self._device: str | None = None

    @classmethod
    def open(cls, data_dir: Path, *, defer_history: bool = False) -> AppState:
        """Open the data folder's store; raises ``DataDirError`` as ``Store.open`` does. With ``defer_history``
        only the settings are read: the window paints first, then calls ``load_history``."""
        return cls(Store.open(data_dir, defer_history=defer_history))

    @property
    def history_loaded(self) -> bool:
        """False until a deferred history has been read; pages then wait to show what depends on it."""
        return self._store.history_loaded

    def load_history(self) -> None:
        """Read a deferred history now, tell the banner what it found, and every page that it is here."""
        if self._store.history_loaded:
            return
        known = len(self._store.notices)
        try:
            self._store.load_history()
        except DataDirError as error:
            # The store now refuses to write the history, so the unread file cannot be replaced.
            found = [StoreNotice("unreadable-history", str(error), self._store.data_dir)]
        else:
            found = self._store.notices[known:]
        if found:
            self.notices_added.emit(found)
        self.history_changed.emit()

    # Reading ------------------------------------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        return self._unsaved or self._store.settings

    # Whatever reads or writes the history reads a deferred one first, through load_history, so that the
    # banner and the pages hear of it whichever asks first.

    @property
    def sessions(self) -> tuple[SessionRecord, ...]:
        self.load_history()
        return self._store.sessions

    @property
    def notices(self) -> list[StoreNotice]:
        return self._store.notices

    @property
    def data_dir(self) -> Path:
        return self._store.data_dir

    @property
    def pending(self) -> tuple[SessionRecord, ...]:
        """Sessions kept but not yet written to the history."""
        self.load_history()
        return self._store.pending

    @property
    def pending_dir(self) -> Path | None:
        """Where the pending sessions' files are; None when they are kept only in memory."""
        self.load_history()
        return self._store.pending_dir

    # Writing ------------------------------------------------------------------------------------------------

    def change_settings(self, settings: Settings, topic: str = "settings") -> bool:
        """Take in and save ``settings``; False (and ``save_failed``) if the file could not be written.

        Settings that could not be written still apply for this run, and go to disk with the next save.
        """
        self.load_history()  # the store reads a deferred history before it saves settings: heard here too
        previous = self.settings
        saved = True
        try:
            self._store.save_settings(settings)
            self._unsaved = None
        except OSError as error:
            saved = False
            self._unsaved = settings
            if topic == "choice":
                text = self.tr("Your choice could not be saved: {reason}")
            else:
                text = self.tr("Your settings could not be saved: {reason}")
            self.save_failed.emit(topic, text.format(reason=error.strerror or error))
        if settings != previous:
            self.settings_changed.emit(settings, previous)
        return saved

    def remember(self, **changes: object) -> bool:
        """Keep a choice the Train page makes (last routine, hold length) in the settings."""
        return self.change_settings(self.settings.replace(**changes), topic="choice")

    def record_session(self, record: SessionRecord) -> bool:
        """Save a finished or stopped session; False (and ``save_failed``) if it could not be."""
        self.load_history()
        try:
            self._store.append_session(record)
        except StoreReadOnlyError:
            self.save_failed.emit("session", self.tr(
                "This session could not be saved: the history was written by a newer version of the app, so "
                "this one only reads it."))
            return False
        except SessionPendingError as error:
            # Kept, not lost: it counts, it can be rated, and the store writes it at the next save or start.
            self.save_failed.emit("session", self._kept_message(error))
            self.session_recorded.emit(record)
            self.history_changed.emit()
            return True
        except OSError as error:
            self.save_failed.emit("session", self.tr("This session could not be saved: {reason}").format(
                reason=error.strerror or error))
            return False
        self.session_recorded.emit(record)
        self.history_changed.emit()
        return True

    def update_session(self, record: SessionRecord) -> bool:
        """Save a recorded session's new rating and note; False (and ``save_failed``) if it could not be."""
        self.load_history()
        try:
            self._store.update_session(record)
        except SessionPendingError as error:
            self.save_failed.emit("feedback", self._kept_message(error))
        except (StoreReadOnlyError, OSError) as error:
            self.save_failed.emit("feedback", self.tr("Your feedback could not be saved: {reason}").format(
                reason=getattr(error, "strerror", None) or error))
            return False
        self.session_recorded.emit(record)
        self.history_changed.emit()
        return True

    # Correcting the history ---------------------------------------------------------------------------------

    def remove_session(self, record_id: str) -> SessionRecord | None:
        """Mark a mistaken session removed (kept in the file, left out of every figure); the removed record,
        for an undo, or None (and ``save_failed``) if it could not be saved."""
        record = self._session(record_id)
        removed = record.with_deleted(self._stamp())
        return removed if self._save_correction(removed, "history") else None

    def restore_session(self, record_id: str) -> bool:
        """Undo a removal. The un-delete is stamped later than the removal, so a sync cannot bring the
        removal back."""
        record = self._session(record_id)
        if not record.deleted:
            return True
        removed_at = datetime.fromisoformat(record.deleted_at)
        if removed_at.tzinfo is None:  # read as UTC, as merge.py does, so the two can be compared
            removed_at = removed_at.replace(tzinfo=timezone.utc)
        stamp = max(self.wall_now(), removed_at + timedelta(milliseconds=1))
        from trainer.core.merge import restored

        return self._save_correction(restored(record, stamp.isoformat(timespec="milliseconds")), "history")

    def edit_feedback(self, record_id: str, discomfort: int | None, note: str | None) -> bool:
        """Change a session's rating and note afterwards, stamped so the newest edit wins across devices."""
        edited = self._session(record_id).with_feedback(discomfort, note, updated_at=self._stamp())
        return self.update_session(edited)

    def _session(self, record_id: str) -> SessionRecord:
        """The session with ``record_id``; raises ``KeyError`` for an unknown one."""
        for record in self.sessions:
            if record.id == record_id:
                return record
        raise KeyError(record_id)

    def _stamp(self) -> str:
        return self.wall_now().isoformat(timespec="milliseconds")

    def _save_correction(self, record: SessionRecord, topic: str) -> bool:
        try:
            self._store.update_session(record)
        except (StoreReadOnlyError, OSError) as error:
            self.save_failed.emit(topic, self.tr("Your change to the history could not be saved: {reason}").format(
                reason=getattr(error, "strerror", None) or error))
            return False
        self.history_changed.emit()
        return True

    def _kept_message(self, error: SessionPendingError) -> str:
        if error.where is None:
            return self.tr("Kept for now while the app is open; it will be written to your history as soon as "
                           "the disk allows.")
        return self.tr("Saved for now in {path}; it will be written to your history as soon as the disk "
                       "allows.").format(path=error.where)

    def import_history(self, path: Path) -> tuple[bool, str]:
        """Merge the sessions of ``path`` into the history: (True, how many were new) or (False, why not)."""
        from trainer.core.importing import import_file
        from trainer.core.session_files import SessionFileError

        self.load_history()
        try:
            result = import_file(self._store, path)
        except SessionFileError as error:
            return False, str(error)
        except StoreReadOnlyError:
            return False, self.tr("Your history was written by a newer version of the app, so this one only "
                                  "reads it and cannot import into it.")
        except OSError as error:
            return False, self.tr("Your history could not be saved: {reason}").format(reason=error.strerror or error)
        if result.new or result.updated:
            self.history_changed.emit()
        return True, result.message(path)

    def sync(self, cache: LogCache) -> SyncResult:
        """Sync once with the settings' sync folder, reading logs through ``cache``."""
        from trainer.core.device import device_id
        from trainer.core.sync import SyncResult, sync_once

        folder = self.settings.sync_folder
        if folder is None:
            # Nothing is made or read, not even the device id, for a person who never syncs.
            return SyncResult("off", self.tr("No sync folder is set."))
        self.load_history()
        try:
            if self._device is None:
                stamp = datetime.now().astimezone().strftime("%Y%m%dT%H%M%S")
                self._device = device_id(self._store.data_dir, stamp)
            result = sync_once(self._store, self._device, folder=folder, cache=cache)
        except OSError as error:
            return SyncResult("failed", self.tr("The synced sessions could not be saved: {reason}").format(
                reason=error.strerror or error))
        if result.new or result.updated:
            self.history_changed.emit()
        return result

    @property
    def device(self) -> str | None:
        """This device's id once a sync has asked for it."""
        return self._device

    def close(self) -> bool:
        """A last try at writing pending sessions, when the window closes; True when none is left."""
        return self._store.close()
