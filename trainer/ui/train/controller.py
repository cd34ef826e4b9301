"""The session controller: one precise Qt timer that polls the session engine and turns it into signals.

The engine computes everything from the clock; this controller only asks it "where are we now?" about 60
times a second while a session runs and the window is visible (30 while the figure holds still), and re-emits
the answer. When nothing runs, no
timer runs either, so an idle app never wakes up. With the window hidden and cues to hear (``set_heard``), the
session goes on and the same timer wakes only at phase boundaries, aimed at the next one.

Signals:
    snapshot_changed(Snapshot): the latest state of the session, after every tick or command.
    phase_changed(PhaseEvent): every boundary crossed, in order and once each; the first is the start.
    state_changed(SessionState): READY, RUNNING, PAUSED, FINISHED or STOPPED, when it changes.
    about_to_run(): a start or resume is about to read the clock; whoever loads what a session needs does it.
    session_finished(SessionRecord): the record of a completed, stopped or discomfort-stopped session.
    session_discarded(str): a session ended before anything was done (in the lead-in), with its outcome;
        it has no record, and the routine is loaded again, READY.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from trainer.core.clock import Clock
from trainer.core.engine import PhaseEvent, SessionEngine, SessionState, Snapshot
from trainer.core.phases import PHASES
from trainer.core.routines import Routine
from trainer.core.timeline import PHASE
from trainer.ui.language import localized_snapshot

# One 60 Hz frame (16.7 ms) rounded up to Qt's whole milliseconds: 16 would paint 62.5 frames a second, 6 %
# more work for no visible gain. Phase changes do not wait for the frame: see _next_interval.
TICK_MS = 17
# While the figure holds still (a hold, a rest, the lead-in, the rest between sets) only the ring's arc moves,
# a few pixels a frame: 30 Hz draws it as smoothly and halves those frames' work.
STILL_TICK_MS = 33
# The phases in which floor and diaphragm stay where they are: the diaphragm only breathes gently.
_STILL_PHASES = frozenset(name for name, spec in PHASES.items() if spec.diaphragm is None)


class SessionController(QObject):
    snapshot_changed = Signal(object)
    about_to_run = Signal()
    phase_changed = Signal(object)
    state_changed = Signal(object)
    session_finished = Signal(object)
    session_discarded = Signal(str)

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.timer = QTimer(self)
        self.timer.setObjectName("session-tick")
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.engine: SessionEngine | None = None
        self.snapshot: Snapshot | None = None
        self._state: SessionState | None = None
        self._load_args: tuple | None = None
        self._day_start_hour = 0
        self._recorded = False
        self._window_visible = True
        self._origin = 0.0  # clock time at which the session's elapsed time was zero, as of the last tick
        self._heard = False

    # Commands -------------------------------------------------------------------------------------------

    def load(self, routine: Routine, *, coupling: str, hold_s: float | None = None, day_start_hour: int = 0,
             self_timed: bool = False) -> None:
        """Prepare a new session (READY) for ``routine``; a session still running is stopped and recorded first.
        With ``self_timed`` the person ends each hold (``press``/``release``)."""
        if self.session_active():
            self.stop()
        self._load_args = (routine, coupling, hold_s, self_timed)
        self._day_start_hour = day_start_hour
        self.engine = SessionEngine(routine, coupling=coupling, hold_s=hold_s, self_timed=self_timed)
        self._recorded = False
        self.tick()

    def prepare_next(self, routine: Routine, *, coupling: str, hold_s: float | None = None,
                     day_start_hour: int = 0, self_timed: bool = False) -> None:
        """Load ``routine``, or after a session has ended keep it for "Start again", so the ended session's
        last picture and buttons stay until the person starts."""
        if self.engine is not None and self.engine.state.ended:
            self._load_args = (routine, coupling, hold_s, self_timed)
            self._day_start_hour = day_start_hour
        else:
            self.load(routine, coupling=coupling, hold_s=hold_s, day_start_hour=day_start_hour, self_timed=self_timed)

    def toggle(self) -> None:
        """Start, pause or resume; after a session has ended, start the same routine again."""
        if self.engine is None:
            return
        if self.engine.state.ended and self._load_args is not None:
            routine, coupling, hold_s, self_timed = self._load_args
            self.load(routine, coupling=coupling, hold_s=hold_s, day_start_hour=self._day_start_hour,
                      self_timed=self_timed)
        if self.engine.state is not SessionState.RUNNING:
            # Emitted before the clock is read: what a running session needs (the voice, the chime) loads now,
            # so a slow first load delays the start instead of making the first phase changes late.
            self.about_to_run.emit()
        self.engine.toggle(self._clock.now())
        self.tick()

    def stop(self) -> None:
        self._stop("stopped")

    def stop_for_discomfort(self) -> None:
        self._stop("discomfort")

    def press(self) -> None:
        """Self-timed holds: the person starts holding (Space or the Hold button goes down)."""
        if self.engine is not None:
            self.engine.press(self._clock.now())
            self.tick()

    def release(self) -> None:
        """Self-timed holds: the person lets go, and the hold ends."""
        if self.engine is not None:
            self.engine.release(self._clock.now())
            self.tick()

    def hold_mode(self) -> bool:
        """True while Space and the big button time holds instead of pausing: a self-timed session running."""
        return self.engine is not None and self.engine.self_timed and self.engine.state is SessionState.RUNNING

    def skip_phase(self) -> None:
        if self.engine is not None:
            self.engine.skip_phase(self._clock.now())
            self.tick()

    def session_active(self) -> bool:
        """Running or paused: a session that would be cut short by closing the window."""
        return self._state in (SessionState.RUNNING, SessionState.PAUSED)

    # Polling --------------------------------------------------------------------------------------------

    def tick(self) -> None:
        """Ask the engine where the session is now and tell everyone; public so tests drive it by hand."""
        engine = self.engine
        if engine is None:
            return
        now = self._clock.now()
        events = engine.events(now)
        if events:
            self._origin = now - engine.elapsed(now)
        for event in events:
            self.phase_changed.emit(event)
        self.snapshot = localized_snapshot(self._load_args[0], engine.snapshot(now))
        self.snapshot_changed.emit(self.snapshot)
        state = self.snapshot.state
        if state is not self._state:
            self._state = state
            self.state_changed.emit(state)
        self._sync_timer()
        if state.ended and not self._recorded:
            self._recorded = True
            if engine.worth_recording:
                self.session_finished.emit(engine.record(self._day_start_hour))
            else:
                self._discard(engine.record(self._day_start_hour).outcome)

    def boundary_time(self, event: PhaseEvent) -> float:
        """The clock time of ``event``'s boundary as the engine computes it (start, pauses and skips)."""
        return self._origin + event.scheduled_s

    # Visibility -----------------------------------------------------------------------------------------

    def set_window_visible(self, visible: bool) -> None:
        """Frames only while the window is on screen.

        Hidden or minimised with nothing to hear, the timer stops; when the window comes back, the engine's
        suspend gap pauses the session where it was left. With cues to hear, it goes on, waking at boundaries.
        A window shown again is told at once where the session is.
        """
        self._window_visible = visible
        self._refresh()

    def set_heard(self, heard: bool) -> None:
        """Whether the session's cues (a sound theme or the voice) can be heard, so it may go on unseen."""
        self._heard = heard
        self._refresh()

    def _refresh(self) -> None:
        # A fresh snapshot: the timer is aimed from it, and a window shown again paints where the session is.
        if self.engine is not None:
            self.tick()

    @property
    def runs_unseen(self) -> bool:
        return not self._window_visible and self._heard

    def _sync_timer(self) -> None:
        running = self.engine is not None and self.engine.state is SessionState.RUNNING
        if running and (self._window_visible or self._heard):
            interval = self._next_interval() if self._window_visible else self._boundary_interval()
            if not self.timer.isActive() or self.timer.interval() != interval:
                self.timer.start(interval)
        elif self.timer.isActive():
            self.timer.stop()

    def _boundary_interval(self) -> int:
        """Unseen, nothing needs a frame: sleep until the phase ends, and tell the engine the wait is meant."""
        left_ms = max(1, math.ceil(self.snapshot.phase_left_s * 1000.0))
        self.engine.plan_poll(self._clock.now() + left_ms / 1000.0)
        return left_ms

    def _next_interval(self) -> int:
        """A frame, or less when the phase ends sooner: on a fixed grid of frames a phase change could reach
        the UI a whole frame late plus the timer's jitter; aiming that one tick at the boundary lands it
        within a millisecond or two. The timer stays the same single precise timer."""
        snapshot = self.snapshot
        if snapshot is None:
            return TICK_MS
        still = snapshot.kind != PHASE or snapshot.phase in _STILL_PHASES
        return min(STILL_TICK_MS if still else TICK_MS, max(1, math.ceil(snapshot.phase_left_s * 1000.0)))

    def _stop(self, outcome: str) -> None:
        if self.engine is not None:
            self.engine.stop(self._clock.now(), outcome=outcome)
            self.tick()

    def _discard(self, outcome: str) -> None:
        # Nothing was done, so nothing is kept (DESIGN): the same routine waits again, as before Start.
        routine, coupling, hold_s, self_timed = self._load_args
        self.load(routine, coupling=coupling, hold_s=hold_s, day_start_hour=self._day_start_hour,
                  self_timed=self_timed)
        self.session_discarded.emit(outcome)

    def _on_timer_timeout(self) -> None:
        self.tick()
