"""The app's side of the sync folder: when to sync, and what the person hears about it.

A sync runs once the window is up, after each recorded session, when the chosen folder changes, and when
another device's changes arrive. Those arrive as file-system events (a ``QFileSystemWatcher`` on the paths
``watched_paths`` names, set again after every sync since files come and go); nothing polls, so an idle app
never wakes. A burst of events (a sync tool writing a log in pieces) gives one sync, after a short quiet.

A normal sync says nothing; a folder that is away waits quietly; a problem is told once, not at every sync.
"""

from __future__ import annotations

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from trainer.core.settings import Settings
from trainer.core.sync import LogCache, SyncResult, watched_paths
from trainer.ui.state import AppState

# Long enough for a sync tool to finish writing the file it is replacing, short enough to feel immediate.
QUIET_MS = 400


class SyncDriver(QObject):
    """Syncs ``state`` with its sync folder. Signals: ``synced(SyncResult)`` after every sync;
    ``problem(str, object)`` (message, the folder or None) for something the person should know, each message once."""

    synced = Signal(object)
    problem = Signal(str, object)

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._cache = LogCache()  # one for the app's life: unchanged logs are not read again
        self._told: set[str] = set()
        self._stopped = False
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_watcher_file_changed)
        self._watcher.directoryChanged.connect(self._on_watcher_directory_changed)
        self._quiet = QTimer(self)
        self._quiet.setObjectName("syncQuiet")
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_MS)
        self._quiet.timeout.connect(self._on_quiet_timeout)
        state.session_recorded.connect(self._on_state_session_recorded)
        state.settings_changed.connect(self._on_state_settings_changed)

    @property
    def watcher(self) -> QFileSystemWatcher:
        return self._watcher

    def start(self) -> None:
        """Sync as soon as the event loop is free, so the window is painted first."""
        QTimer.singleShot(0, self, self.sync_now)

    def stop(self) -> None:
        """No more syncs: the window is closing. A sync still due (the session the closing window just
        kept) runs first, so the other devices have it without waiting for the next start."""
        if self._quiet.isActive():
            self.sync_now()
        self._stopped = True
        self._quiet.stop()
        self._unwatch()

    def sync_now(self) -> SyncResult | None:
        self._quiet.stop()
        if self._stopped:
            return None
        result = self._state.sync(self._cache)
        self._watch(self._state.settings)
        self._tell(result)
        self.synced.emit(result)
        return result

    def _tell(self, result: SyncResult) -> None:
        folder = self._state.settings.sync_folder
        problems = list(result.notices)
        if result.status in ("refused", "failed"):
            problems.insert(0, result.message)
        elif result.status in ("synced", "off"):
            # A problem that went away may come back later; it is worth saying again then.
            self._told.clear()
        for message in problems:
            if message not in self._told:
                self._told.add(message)
                self.problem.emit(message, folder)

    def _watch(self, settings: Settings) -> None:
        self._unwatch()
        device = self._state.device
        if settings.sync_folder is None or device is None:
            return
        paths = [str(path) for path in watched_paths(settings.sync_folder, device)]
        if paths:
            self._watcher.addPaths(paths)

    def _unwatch(self) -> None:
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)

    def _on_quiet_timeout(self) -> None:
        self.sync_now()

    def _on_watcher_file_changed(self, _path: str) -> None:
        # Lines appended to another device's log.
        self._sync_soon()

    def _on_watcher_directory_changed(self, _path: str) -> None:
        # A log or a conflict copy appeared, was replaced or went away.
        self._sync_soon()

    def _sync_soon(self) -> None:
        if not self._stopped:
            self._quiet.start()

    def _on_state_session_recorded(self, _record: object) -> None:
        if self._state.settings.sync_folder is not None:
            self._sync_soon()

    def _on_state_settings_changed(self, settings: Settings, previous: Settings) -> None:
        if settings.sync_folder != previous.sync_folder and not self._stopped:
            self._told.clear()
            self.sync_now()
