"""The Train page: choose a routine, read how to do it, then practise with the piston view.

Left, the routine picker and the chosen routine's details; right, the piston view and the session buttons.
While a session runs the left column steps aside so the view has the room. Space starts and pauses, Esc
stops and the Right arrow skips a phase, from anywhere on the page. A finished or stopped session is saved
at once, then summarised in a dialog that offers to add a discomfort rating and a note.

The page holds no settings of its own: it reads them from the app state and follows its ``settings_changed``;
records and choices are saved through the app state, whose ``session_recorded`` tells the rest of the window.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QWindow
from PySide6.QtWidgets import QAbstractButton, QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from trainer.core.clock import Clock, MonotonicClock
from trainer.core.engine import SessionState, Snapshot
from trainer.core.records import SessionRecord
from trainer.core.routines import Catalog, Routine
from trainer.core.settings import Settings
from trainer.ui.train.controller import SessionController
from trainer.ui.train.cues import SessionCues
from trainer.ui.piston.view import PistonView
from trainer.ui.train.details import RoutineDetails
from trainer.ui.train.picker import RoutinePicker
from trainer.ui.train.controls import SessionControls
from trainer.ui.audio.sound_cues import SoundCues
from trainer.ui.audio.spoken_cues import SpokenCues
from trainer.ui.state import AppState

if TYPE_CHECKING:
    from trainer.ui.dialogs.summary import SummaryDialog

SIDEBAR_WIDTH = 380
DETAILS_MIN_HEIGHT = 160  # the title, the facts and the summary, and a hint of more below


class _KeepSpaceForButtons(QObject):
    """Lets a focused button or check box keep the Space bar instead of the page's Start/Pause shortcut.

    Without this, a keyboard user could never tick a checklist box or press a focused button with Space.
    Accepting the ShortcutOverride event is Qt's way for a widget to claim a key before shortcuts see it.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Space and not event.modifiers():
            event.accept()
        return False


class TrainPage(QWidget):
    def __init__(self, state: AppState, catalog: Catalog, clock: Clock | None = None,
                 parent: QWidget | None = None, *, sounds: SoundCues | None = None,
                 voice: SpokenCues | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("train-page")
        self._state = state
        self._window_handle: QWindow | None = None
        self._window_closing = False
        self._in_tray = False
        self._phase_started = False
        # Off while the page restores the last routine, so merely opening the app writes no settings.
        self._remember_selection = False
        self.summary_dialog: SummaryDialog | None = None
        self.controller = SessionController(clock or MonotonicClock(), self)

        self.picker = RoutinePicker(catalog.routines, self)
        self.details = RoutineDetails(self)
        self.view = PistonView(self)
        # Announced on the view: it is what a screen reader's user has in front of them during a session.
        self.cues = SessionCues(self.view, sounds, voice, self)
        self.controls = SessionControls(self)
        self.notice = QLabel(self)
        self.notice.setObjectName("muted")
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.hide()
        self._build_layout()
        self._build_shortcuts()
        self._connect()
        settings = state.settings
        self._follow_settings(settings)
        if not (settings.last_routine_id and self.picker.select(settings.last_routine_id)):
            first = catalog.routines[0].id if catalog.routines else None
            if first:
                self.picker.select(first)
        self._remember_selection = True

    # Building -------------------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.sidebar = QWidget(self)
        self.sidebar.setObjectName("train-sidebar")
        self.sidebar.setFixedWidth(SIDEBAR_WIDTH)
        column = QVBoxLayout(self.sidebar)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        heading = QLabel(self.tr("Choose a routine"), self.sidebar)
        heading.setObjectName("pageTitle")
        column.addWidget(heading)
        # All the cards first (the picker asks for just their height), the details take the rest; on a short
        # window the list gives way down to two cards before the details drop below a readable few lines.
        column.addWidget(self.picker)
        column.addWidget(self.details, 1)
        self.details.setMinimumHeight(DETAILS_MIN_HEIGHT)

        stage = QVBoxLayout()
        stage.setSpacing(14)
        stage.addWidget(self.view, 1)
        stage.addWidget(self.controls)
        stage.addWidget(self.notice)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(28)
        layout.addWidget(self.sidebar)
        layout.addLayout(stage, 1)
        self._space_keeper = _KeepSpaceForButtons(self)
        for button in self.findChildren(QAbstractButton):
            button.installEventFilter(self._space_keeper)

    def _build_shortcuts(self) -> None:
        self.shortcuts: dict[str, QShortcut] = {}
        for name, key, slot in (
            ("toggle", Qt.Key.Key_Space, self.controller.toggle),
            ("stop", Qt.Key.Key_Escape, self.controller.stop),
            ("skip", Qt.Key.Key_Right, self.controller.skip_phase),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts[name] = shortcut

    def _connect(self) -> None:
        self.picker.routine_selected.connect(self._on_picker_routine_selected)
        self.details.hold_changed.connect(self._on_details_hold_changed)
        self.controls.toggle_requested.connect(self.controller.toggle)
        self.controls.skip_requested.connect(self.controller.skip_phase)
        self.controls.stop_requested.connect(self.controller.stop)
        self.controls.discomfort_requested.connect(self.controller.stop_for_discomfort)
        self.controller.snapshot_changed.connect(self._on_controller_snapshot_changed)
        self.controller.phase_changed.connect(self._on_controller_phase_changed)
        self.controller.state_changed.connect(self._on_controller_state_changed)
        self.controller.session_finished.connect(self._on_controller_session_finished)
        self._state.settings_changed.connect(self._on_state_settings_changed)
        self._state.save_failed.connect(self._on_state_save_failed)

    # The interface the main window uses -----------------------------------------------------------------

    def select_routine(self, routine_id: str) -> bool:
        """Choose ``routine_id``; False if the catalogue has no such routine or a session is under way."""
        if self.session_active():
            return False
        return self.picker.select(routine_id)

    def session_active(self) -> bool:
        return self.controller.session_active()

    def set_in_tray(self, in_tray: bool) -> None:
        """The window is hidden to the tray, not closing: a session there goes on if heard, else it pauses."""
        self._in_tray = in_tray

    # Following the app state ------------------------------------------------------------------------------

    def _follow_settings(self, settings: Settings) -> None:
        self.view.set_reduced_motion(settings.reduced_motion)
        self.cues.configure(settings)
        self.controller.set_heard(self.cues.heard)

    def _on_state_settings_changed(self, settings: Settings, previous: Settings) -> None:
        # Motion and sound follow at once; the breath coupling and day start wait for the next session.
        self._follow_settings(settings)
        changed = (previous.breath_coupling, previous.day_start_hour) != (settings.breath_coupling,
                                                                           settings.day_start_hour)
        if changed and not self.session_active():
            self._load_current()

    def _on_state_save_failed(self, topic: str, message: str) -> None:
        if topic in ("choice", "session", "feedback"):
            self._show_notice(message)

    # Window tracking ------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        # The page may have been put into another window since it was built; follow the one it is shown in.
        handle = self.window().windowHandle()
        if handle is not None and handle is not self._window_handle:
            self._window_handle = handle
            handle.visibilityChanged.connect(self._on_window_visibility_changed)
        super().showEvent(event)

    def _on_window_visibility_changed(self, visibility: QWindow.Visibility) -> None:
        hidden = visibility == QWindow.Visibility.Hidden
        self.controller.set_window_visible(not hidden and visibility != QWindow.Visibility.Minimized)
        if hidden and self.session_active() and not self._in_tray:
            # The window is closing (a minimised one is Minimized, not Hidden): keep what was done so far.
            self._window_closing = True
            self.controller.stop()
            self._window_closing = False

    # Routines -------------------------------------------------------------------------------------------

    def _hold_for(self, routine: Routine) -> float | None:
        return self._state.settings.hold_s.get(routine.id) if routine.has_progressive_hold else None

    def _load_current(self) -> None:
        routine = self.picker.current_routine()
        if routine is None:
            return
        settings = self._state.settings
        self.controller.load(routine, coupling=settings.breath_coupling, hold_s=self._hold_for(routine),
                             day_start_hour=settings.day_start_hour)

    def _on_picker_routine_selected(self, routine: Routine) -> None:
        if self.session_active():
            return
        self.details.show_routine(routine, self._hold_for(routine))
        self._load_current()
        if self._remember_selection and self._state.settings.last_routine_id != routine.id:
            self._state.remember(last_routine_id=routine.id)

    def _on_details_hold_changed(self, routine_id: str, seconds: float) -> None:
        self._state.remember(hold_s={**self._state.settings.hold_s, routine_id: seconds})
        if not self.session_active():
            self._load_current()

    # Session --------------------------------------------------------------------------------------------

    def _on_controller_snapshot_changed(self, snapshot: Snapshot) -> None:
        self.view.set_snapshot(snapshot)
        if self._phase_started and snapshot.state is SessionState.RUNNING:
            # Several boundaries may arrive in one tick after a stall; only the phase now under way is said.
            self._phase_started = False
            self.cues.phase_started(snapshot)

    def _on_controller_phase_changed(self, _event: object) -> None:
        self._phase_started = True

    def _on_controller_state_changed(self, state: SessionState) -> None:
        self.controls.set_state(state)
        active = state in (SessionState.RUNNING, SessionState.PAUSED)
        self.sidebar.setVisible(not active)
        if active and not self.controls.hasFocus() and self.isVisible():
            # The sidebar may have held the focus; keep it on the page so Space, Esc and Right still work.
            self.controls.setFocus()
        if state is SessionState.RUNNING:
            self.notice.hide()
            self.cues.session_running()
        elif state is SessionState.PAUSED:
            snapshot = self.controller.snapshot
            self.cues.session_paused(snapshot is not None and snapshot.suspended)

    def _on_controller_session_finished(self, record: SessionRecord) -> None:
        self._phase_started = False
        saved = self._state.record_session(record)
        self.cues.session_ended(record.outcome == "completed")
        if self._window_closing:
            return
        sessions = self._state.sessions if saved else (*self._state.sessions, record)
        # Imported at the first summary, not at start-up (test_startup_modules.py holds it to that).
        from trainer.ui.dialogs.summary import SummaryDialog

        dialog = SummaryDialog(record, sessions, self._state.settings.daily_target_sets, saved=saved, parent=self)
        dialog.finished.connect(partial(self._on_summary_dialog_finished, dialog))
        self.summary_dialog = dialog
        # open(), not exec(): window-modal without a nested event loop, so nothing blocks and tests can drive it.
        dialog.open()

    def _on_summary_dialog_finished(self, dialog: SummaryDialog, result: int) -> None:
        if self.summary_dialog is dialog:
            self.summary_dialog = None
        updated = dialog.updated_record() if result == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        if updated is not None:
            self._state.update_session(updated)

    # Telling the user -----------------------------------------------------------------------------------

    @property
    def last_announcement(self) -> str:
        return self.cues.last_announcement

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
