"""``Store.open``'s sequence, and the folder's other repairs at open: stale temp files, the folder's mode, the
backups folder, a damaged settings file, and sessions an earlier run left pending.

Like the history's repairs (``recovery.py``), each is made only under the instance lock; without it the store
shows what it found and changes nothing on disk.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from trainer.core.atomic import TEMP_SUFFIX, move_aside, remove_stale_temps, temp_prefix
from trainer.core.datadir import data_dir_error, make_private
from trainer.core.i18n import tr
from trainer.core.lock import held_here
from trainer.core.reading import SETTINGS_CAP, UnreadableFileError, read_regular
from trainer.core.recovery import StoreRecovery
from trainer.core.settings import Settings

# Under the lock no other instance writes here; a minute still spares an ``export`` writing beside the app.
STALE_TEMP_AGE_S = 60.0


class StoreOpening(StoreRecovery):
    """Reads a data folder into a store's state, repairing what it may; ``store.Store`` builds on it."""

    def _open_folder(self, writable: bool, read_only: bool, defer_history: bool = False) -> None:
        """Everything ``Store.open`` does once the folder is known to be readable (``writable`` if it can be
        written too); with ``defer_history`` the history and pending sessions wait for ``load_history``."""
        folder = self._data_dir
        if read_only:
            self._opened_read_only = True
            self._frozen = tr("The history was opened read-only.")
            self._may_repair = False
        elif not writable:
            self._may_repair = False
            self._notice("read-only-folder", tr("The data folder {path} cannot be written: your history is "
                                                 "shown, but nothing is saved there.").format(path=folder), folder)
        elif held_here(folder):
            self._may_repair = True
        if read_only and not writable and not folder.is_dir():
            return  # nothing to read, and a reading command creates nothing
        try:
            self._tidy()
            self._check_backups()
            if defer_history:
                self._history_waits = True
                self._load_settings()
            else:
                self._load_history()
                self._load_settings()
                self._load_pending()
        except OSError as error:
            raise data_dir_error(folder, error) from error
        finally:
            self._release_open_lock()

    def load_history(self) -> None:
        """Read the history (and sessions left pending) that a deferred open left for now; at once if it was
        read already. Every reader and writer of the history calls it first, so none sees it unread.

        Raises ``DataDirError``; the history is then never written in this run, so an unread file is never
        replaced by an empty one."""
        if not self._history_waits:
            return
        self._history_waits = False
        try:
            self._load_history()
            self._load_pending()
        except OSError as error:
            self._frozen = str(error)
            raise data_dir_error(self._data_dir, error) from error
        finally:
            self._release_open_lock()

    def _release_open_lock(self) -> None:
        if self._open_lock is not None:
            self._open_lock.release()
            self._open_lock = None

    def _write_pending(self) -> None:
        """Write every pending session to the history (``Store``'s save path); raises ``OSError``."""
        raise NotImplementedError

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

    def _tidy(self) -> None:
        """Repairs that need the lock: the folder's mode, and temp files a crash left behind."""
        info = os.stat(self._data_dir)
        loose = bool(info.st_mode & 0o077) and info.st_uid == os.getuid()
        older_than = self._wall_now().timestamp() - STALE_TEMP_AGE_S
        places = [(self._data_dir, (temp_prefix(self.history_path), temp_prefix(self.settings_path)))]
        places += [(folder, (".",)) for folder in (self._backups.folder, self._pending.home)
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
        if self._settings.ignored:
            message = tr("Some settings in settings.json were not understood and are left as they were: {names}. "
                         "The usual values are used for them meanwhile.")
            self._notice("settings-ignored", message.format(names=", ".join(self._settings.ignored)),
                         self.settings_path)

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


def _names(folder: Path) -> list[str]:
    # A folder that cannot be listed (an unreadable backups/) has nothing to tidy; it is reported elsewhere.
    try:
        return os.listdir(folder)
    except OSError:
        return []
