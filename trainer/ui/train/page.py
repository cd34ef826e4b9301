"""The Train page: choose a routine, read how to do it, then practise with the piston view.

Left, the routine picker and the chosen routine's details; right, the piston view and the session buttons.
The buttons under the picker (and the window's Routines menu) open the routine editor; a routine saved or
imported there is chosen at once. While a session runs the left column steps aside so the view has the room.
Space starts and pauses, Esc stops and the Right arrow skips a phase, from anywhere on the page. A finished or
stopped session is saved at once, then summarised in a dialog that offers to add a discomfort rating and a note.

The page holds no settings of its own: it reads them from the app state and follows its ``settings_changed``;
records and choices are saved through the app state, whose ``session_recorded`` tells the rest of the window.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent, QWindow
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from trainer.core.clock import Clock, MonotonicClock
from trainer.core.engine import PhaseEvent, SessionState, Snapshot
from trainer.core.programme_file import Programme, ProgrammeError, load_programme
from trainer.core.records import SessionRecord
from trainer.core.routines import Catalog, Routine
from trainer.core.settings import Settings
from trainer.ui.train.controller import SessionController
from trainer.ui.train.cues import SessionCues
from trainer.ui.train.trace import PhaseTrace
from trainer.ui.piston.view import PistonView
from trainer.ui.train.details import RoutineDetails
from trainer.ui.train.picker import RoutinePicker
from trainer.ui.train.plan_line import PlanLine
from trainer.ui.train.rest import RestOffer
from trainer.ui.language import text_scale
from trainer.ui.train.controls import SessionControls
from trainer.ui.audio.sound_cues import SoundCues
from trainer.ui.audio.spoken_cues import SpokenCues
from trainer.ui.editor.actions import RoutineActions, routine_buttons
from trainer.ui.editor.library import RoutineLibrary
from trainer.ui.state import AppState
from trainer.paths import resource

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
        self._shown_once = False
        # Off while the page restores the last routine, so merely opening the app writes no settings.
        self._remember_selection = False
        self.summary_dialog: SummaryDialog | None = None
        self.controller = SessionController(clock or MonotonicClock(), self)

        # Built where they will stay, in Tab order: see MainWindow on moving a finished subtree.
        self.sidebar = QWidget(self)
        self._heading = QLabel(self.tr("Choose a routine"), self.sidebar)
        self.picker = RoutinePicker(catalog.routines, self.sidebar)
        self.library = RoutineLibrary(catalog, state.data_dir, parent=self)
        self.routine_actions = RoutineActions(state, self.library, self)
        self._routine_buttons = routine_buttons(self.routine_actions, self.sidebar)
        self.details = RoutineDetails(self.sidebar)
        self.view = PistonView(self)
        # Announced on the view: it is what a screen reader's user has in front of them during a session.
        self._trace = PhaseTrace.from_environment()
        self._phase_index = 0
        self.cues = SessionCues(self.view, sounds, voice, self, trace=self._trace)
        self.controls = SessionControls(self)
        self.plan_line = PlanLine(_programme(), catalog.routines, self)
        self.notice = QLabel(self)
        self.notice.setObjectName("muted")
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.hide()
        # After "This hurts — stop": rest, the breathing drop offered, and Space restarts nothing.
        self.rest_offer = RestOffer(catalog, self.picker, self.view, self.controls, self)
        self._build_layout()
        self._build_shortcuts()
        self._connect()
        settings = state.settings
        self._follow_settings(settings)
        if not (settings.last_routine_id and self.picker.select(settings.last_routine_id)):
            first = catalog.routines[0].id if catalog.routines else None
            if first:
                self.picker.select(first)
        self._propose_eased_routine()
        self._remember_selection = True

    # Building -------------------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.sidebar.setObjectName("train-sidebar")
        self.sidebar.setFixedWidth(SIDEBAR_WIDTH)
        column = QVBoxLayout(self.sidebar)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        self._heading.setObjectName("pageTitle")
        self._heading.setWordWrap(True)  # large text in a long language
        column.addWidget(self._heading)
        # All the cards first (the picker asks for just their height), the details take the rest; on a short
        # window the list gives way down to two cards before the details drop below a readable few lines.
        column.addWidget(self.picker)
        column.addWidget(self._routine_buttons)
        column.addWidget(self.details, 1)
        self.details.setMinimumHeight(DETAILS_MIN_HEIGHT)

        stage = QVBoxLayout()
        stage.setSpacing(14)
        stage.addWidget(self.view, 1)
        stage.addWidget(self.plan_line)
        stage.addWidget(self.controls)
        stage.addWidget(self.rest_offer, 0, Qt.AlignmentFlag.AlignHCenter)
        stage.addWidget(self.notice)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(28)
        layout.addWidget(self.sidebar)
        layout.addLayout(stage, 1)
        self._space_keeper = _KeepSpaceForButtons(self)
        chips = set(self.picker.filter_buttons.values())
        for button in self.findChildren(QAbstractButton):
            # A chip leaves Space to the page, which invites it ("Press Space to begin").
            if button not in chips:
                button.installEventFilter(self._space_keeper)

    def _build_shortcuts(self) -> None:
        self.shortcuts: dict[str, QShortcut] = {}
        for name, key, slot in (
            ("toggle", Qt.Key.Key_Space, self._on_toggle_shortcut_activated),
            ("stop", Qt.Key.Key_Escape, self.controller.stop),
            ("skip", Qt.Key.Key_Right, self.controller.skip_phase),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts[name] = shortcut

    def _connect(self) -> None:
        self.picker.routine_selected.connect(self._on_picker_routine_selected)
        self.library.changed.connect(self._on_library_changed)
        self.details.hold_changed.connect(self._on_details_hold_changed)
        self.plan_line.follow_requested.connect(self._on_plan_line_follow_requested)
        self.plan_line.switch_requested.connect(self._on_plan_line_switch_requested)
        self.controls.toggle_requested.connect(self._on_controls_toggle_requested)
        self.controls.skip_requested.connect(self.controller.skip_phase)
        self.controls.stop_requested.connect(self.controller.stop)
        self.controls.discomfort_requested.connect(self.controller.stop_for_discomfort)
        self.controls.hold_started.connect(self.controller.press)
        self.controls.hold_ended.connect(self.controller.release)
        self.controller.snapshot_changed.connect(self._on_controller_snapshot_changed)
        self.controller.phase_changed.connect(self._on_controller_phase_changed)
        self.controller.state_changed.connect(self._on_controller_state_changed)
        self.controller.about_to_run.connect(self.cues.session_running)
        self.controller.session_finished.connect(self._on_controller_session_finished)
        self.controller.session_discarded.connect(self._on_controller_session_discarded)
        self._state.settings_changed.connect(self._on_state_settings_changed)
        self._state.save_failed.connect(self._on_state_save_failed)
        self._state.history_changed.connect(self._on_state_history_changed)

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
        # Motion and sound follow at once; what shapes a session waits for the next one.
        self._follow_settings(settings)
        shaping = ("breath_coupling", "day_start_hour", "hold_s", "daily_target_sets", "self_timed_holds")
        changed = any(getattr(previous, name) != getattr(settings, name) for name in shaping)
        if changed and not self.session_active():
            self._load_current(keep_ended=True)

    def _on_state_history_changed(self) -> None:
        # A session just recorded (or a correction on Progress) moves the plan; a running session keeps its own.
        if not self.session_active():
            # The first plan comes with the history read just after the first paint: an eased routine it
            # proposes then is chosen as at an eager start, which is no choice of the person's to remember.
            first_plan = self.plan_line.waiting
            self._load_current(keep_ended=True)
            remember = self._remember_selection
            self._remember_selection = remember and not first_plan
            self._propose_eased_routine()
            self._remember_selection = remember

    def _on_state_save_failed(self, topic: str, message: str) -> None:
        if topic in ("choice", "session", "feedback"):
            self._show_notice(message)

    # Window tracking ------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Large text widens the routine column, but never beyond 45 % of the page: the figure needs room too.
        wanted = round(SIDEBAR_WIDTH * text_scale())
        self.sidebar.setFixedWidth(max(SIDEBAR_WIDTH, min(wanted, round(event.size().width() * 0.45))))
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._shown_once:
            # The page says "Press Space to begin": start on the button Space presses, not on a filter chip.
            self._shown_once = True
            self.controls.toggle_button.setFocus(Qt.FocusReason.OtherFocusReason)
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

    def _load_current(self, keep_ended: bool = False) -> None:
        """Fold today's plan for the chosen routine and prepare its session at the plan's hold;
        ``keep_ended`` leaves an ended session on screen until the person starts again."""
        routine = self.picker.current_routine()
        if routine is None:
            return
        settings = self._state.settings
        if self._state.history_loaded:
            self.plan_line.refresh(routine, self._state.sessions, settings)
        else:
            # Painted before the history is read: the plan comes with it, a moment later (history_changed).
            self.plan_line.wait()
        shaped = self.plan_line.shaped(routine)
        if routine.has_progressive_hold:
            self.details.set_hold(shaped.hold_s)
        load = self.controller.prepare_next if keep_ended else self.controller.load
        load(shaped, coupling=settings.breath_coupling, day_start_hour=settings.day_start_hour,
             self_timed=settings.self_timed_holds)

    def _propose_eased_routine(self) -> None:
        """After an ease, choose the gentler routine the programme proposes; the picker still offers the rest.

        Not straight after a "This hurts" stop: then the page offers rest first, and the breathing drop only
        as a button the person may press (issue 9), so nothing is chosen for them while they rest.
        """
        if self.rest_offer.resting:
            return
        plan = self.plan_line.plan
        if plan is not None and plan.routine_id != plan.asked_routine_id:
            self.select_routine(plan.routine_id)

    def _on_picker_routine_selected(self, routine: Routine) -> None:
        if self.session_active():
            return
        self.rest_offer.set_resting(False)
        self.routine_actions.set_routine(routine)
        self.details.show_routine(routine, None, daily_sets=self._state.settings.daily_target_sets)
        self._load_current()
        if self._remember_selection and self._state.settings.last_routine_id != routine.id:
            self._state.remember(last_routine_id=routine.id)

    def _on_library_changed(self, catalog: Catalog, routine_id: str) -> None:
        # A saved or imported routine is shown; after a delete, the first routine is.
        current = self.picker.current_routine()
        self.picker.set_routines(catalog.routines)
        for wanted in (routine_id, current.id if current else "", *(r.id for r in catalog.routines[:1])):
            if wanted and self.picker.select(wanted):
                break

    def _on_details_hold_changed(self, routine_id: str, seconds: float) -> None:
        # The settings' change reloads the session at the new hold (_on_state_settings_changed).
        self._state.remember(hold_s={**self._state.settings.hold_s, routine_id: seconds})

    def _on_plan_line_follow_requested(self, routine_id: str) -> None:
        holds = dict(self._state.settings.hold_s)
        holds.pop(routine_id, None)
        self._state.remember(hold_s=holds)

    def _on_plan_line_switch_requested(self, routine_id: str) -> None:
        self.select_routine(routine_id)

    # Session --------------------------------------------------------------------------------------------

    def _on_toggle_shortcut_activated(self) -> None:
        # In a self-timed session Space is the hold key: down holds, up lets go (keyReleaseEvent).
        if self.controller.hold_mode():
            self.controller.press()
        elif not self.rest_offer.resting:
            self.controller.toggle()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self.controller.hold_mode():
            self.controller.release()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def _on_controls_toggle_requested(self) -> None:
        # A click on Start is a choice the person made; only the Space bar is held back while resting.
        self.rest_offer.set_resting(False)
        self.controller.toggle()

    def _on_controller_snapshot_changed(self, snapshot: Snapshot) -> None:
        self.view.set_snapshot(snapshot)
        if self._phase_started and snapshot.state is SessionState.RUNNING:
            # Several boundaries may arrive in one tick after a stall; only the phase now under way is said.
            self._phase_started = False
            self.cues.phase_started(snapshot, self._phase_index)

    def _on_controller_phase_changed(self, event: PhaseEvent) -> None:
        self._phase_started = True
        self._phase_index = event.index
        if self._trace is not None and event.segment is not None:
            self._trace.write(self.controller.boundary_time(event), "phase", event.segment.phase, event.index)

    def _on_controller_state_changed(self, state: SessionState) -> None:
        self.controls.set_state(state)
        self.controls.set_hold_mode(self.controller.hold_mode())
        active = state in (SessionState.RUNNING, SessionState.PAUSED)
        self.sidebar.setVisible(not active)
        self.plan_line.setVisible(not active and (self.plan_line.plan is not None or self.plan_line.waiting))
        self.routine_actions.set_enabled(not active)
        if active and not self.controls.hasFocus() and self.isVisible():
            # The sidebar may have held the focus; keep it on the page so Space, Esc and Right still work.
            self.controls.setFocus()
        if state is SessionState.RUNNING:
            self.notice.hide()
            if self.controller.hold_mode():
                self._show_notice(self.tr("Press and hold Space or Hold while you hold; let go when you are "
                                          "ready. Take the time that feels comfortable."))
        elif state is SessionState.PAUSED:
            snapshot = self.controller.snapshot
            self.cues.session_paused(snapshot is not None and snapshot.suspended)

    def _on_controller_session_discarded(self, outcome: str) -> None:
        self._phase_started = False
        self.cues.session_ended(False)
        self.rest_offer.set_resting(outcome == "discomfort")
        if not self._window_closing:
            self.rest_offer.settle_focus()

    def _on_controller_session_finished(self, record: SessionRecord) -> None:
        self._phase_started = False
        self.rest_offer.set_resting(record.outcome == "discomfort")
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
        updated = dialog.updated_record() if result == dialog.DialogCode.Accepted else None
        dialog.deleteLater()
        self.rest_offer.settle_focus()
        if updated is not None:
            self._state.update_session(updated)

    # Telling the user -----------------------------------------------------------------------------------

    @property
    def last_announcement(self) -> str:
        return self.cues.last_announcement

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()


def _programme() -> Programme | None:
    """The default programme; without a readable one the page offers the manual hold alone."""
    try:
        return load_programme(resource("programmes", "default.json"))
    except ProgrammeError:
        return None
