"""The session engine: where a session is at any moment, computed from the injected clock.

Phase and progress are computed from ``now - start - paused`` over the timeline expanded once from the
routine; nothing counts ticks. The engine is polled (``snapshot``/``events``) by whoever owns a timer, and a
gap of more than ``SUSPEND_GAP_S`` between polls means the machine slept: the session pauses where the last
poll left it instead of skipping phases.

With ``self_timed`` the person ends each progressive hold: ``press`` opens the hold under way or the next
one, ``release`` ends it, and the rest of the session moves to follow (``self_timed.py``). The record then
keeps each hold's real seconds in ``holds_s``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timezone

from trainer.core.i18n import tr
from trainer.core.phases import PHASES
from trainer.core.piston import breath_for, positions
from trainer.core.records import SessionRecord, local_date_for, local_time, new_session_id
from trainer.core.routines import Routine
from trainer.core.self_timed import cap_s, holds_done, next_hold, with_hold_end
from trainer.core.timeline import LEAD_IN, SET_REST, Segment, Timeline

SUSPEND_GAP_S = 3.0


class SessionState(enum.Enum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"

    @property
    def ended(self) -> bool:
        return self in (SessionState.FINISHED, SessionState.STOPPED)


class SessionError(RuntimeError):
    """A command that does not fit the session's state, such as resuming a session that never started."""


@dataclass(frozen=True)
class Snapshot:
    """Where a session stands at one moment: what the widgets show and the figure draws."""

    state: SessionState
    kind: str  # "lead-in", "phase", "set-rest" or "done"
    phase: str
    cue: str
    breath: str
    progress: float
    phase_left_s: float
    session_left_s: float
    elapsed_s: float
    total_s: float
    rep: int
    reps: int
    set: int
    sets: int
    floor: float
    diaphragm: float
    suspended: bool
    routine_title: str
    # Seconds into a self-timed hold while the person holds it (None otherwise); ``progress`` then runs over
    # the planned hold, so the ring shows the target, not the cap.
    held_s: float | None = None


@dataclass(frozen=True)
class PhaseEvent:
    """A phase boundary crossed (or the session's end), with the time it was due."""

    index: int  # the segment entered, or len(segments) when the session ends
    scheduled_s: float  # elapsed seconds at which the boundary was due
    segment: Segment | None  # None at the end
    finished: bool


class SessionEngine:
    def __init__(self, routine: Routine, *, coupling: str = "inhale-release", hold_s: float | None = None,
                 self_timed: bool = False) -> None:
        self.routine = routine
        self.coupling = coupling
        progressive = hold_s if (hold_s and routine.has_progressive_hold) else None
        self.timeline = Timeline.from_routine(routine, progressive, coupling)
        self.hold_s = progressive or routine.hold_s
        self.self_timed = self_timed and routine.has_progressive_hold
        self._open: tuple[int, float] | None = None  # the open self-timed hold: its index and planned end
        self.state = SessionState.READY
        self.suspended = False
        self._origin = 0.0  # monotonic time at which elapsed was zero, shifted by pauses and skips
        self._frozen = 0.0  # elapsed while not running
        self._last_poll: float | None = None
        self._planned_poll: float | None = None
        self._next_boundary = 0
        self._outcome = "completed"
        self._discomfort: int | None = None
        self._wall_start: datetime | None = None
        self._system_start: datetime | None = None

    # Commands -------------------------------------------------------------------------------------------

    def start(self, now: float, wall: datetime | None = None) -> None:
        """Start at monotonic ``now``; ``wall`` (aware) is when, as recorded. Without it the system clock's
        instant is taken, and put in the time zone in force when the session is recorded."""
        if self.state is not SessionState.READY:
            raise SessionError("the session has already started")
        self._wall_start = wall
        self._system_start = None if wall is not None else datetime.now(timezone.utc)
        self._origin = now
        self._last_poll = now
        self.state = SessionState.RUNNING

    def pause(self, now: float) -> None:
        self._observe(now)
        if self.state is SessionState.RUNNING:
            self._freeze(now)
            self.state = SessionState.PAUSED

    def resume(self, now: float) -> None:
        self._observe(now)
        if self.state is SessionState.PAUSED:
            self._origin = now - self._frozen
            self.state = SessionState.RUNNING
            self.suspended = False

    def toggle(self, now: float) -> None:
        """Start, pause or resume, whichever fits: the one action behind Space."""
        if self.state is SessionState.READY:
            self.start(now)
        elif self.state is SessionState.RUNNING:
            self.pause(now)
        elif self.state is SessionState.PAUSED:
            self.resume(now)

    def skip_phase(self, now: float) -> None:
        """Jump to the end of the current segment; the boundary is still reported by ``events``."""
        self._observe(now)
        if self.state not in (SessionState.RUNNING, SessionState.PAUSED):
            return
        elapsed = self._elapsed(now)
        if self._open is not None and self.timeline.segments[self._open[0]].start <= elapsed:
            self.release(now)  # skipping an open hold ends it, as letting go would
            return
        target = self.timeline.segment_at(elapsed).end
        if self.state is SessionState.RUNNING:
            self._origin -= target - elapsed
        else:
            self._frozen = target
        self._observe(now)

    def press(self, now: float) -> None:
        """Self-timed holds: the person starts holding. The hold under way, or the next one, stays open for
        up to ``cap_s`` of its planned length, until ``release``."""
        self._observe(now)
        if not self.self_timed or self.state is not SessionState.RUNNING or self._open is not None:
            return
        index = next_hold(self.timeline, self._elapsed(now))
        if index is not None:
            segment = self.timeline.segments[index]
            self._open = (index, segment.end)
            self.timeline = with_hold_end(self.timeline, index, segment.start + cap_s(segment.duration))

    def release(self, now: float) -> None:
        """Self-timed holds: the person lets go. The open hold ends now; one not yet begun keeps its plan."""
        self._observe(now)
        if self._open is None:
            return
        index, planned_end = self._open
        self._open = None
        segment = self.timeline.segments[index]
        elapsed = self._elapsed(now)
        if self.state.ended or elapsed >= segment.end:
            return  # stopped meanwhile, or the hold already ended at its cap
        self.timeline = with_hold_end(self.timeline, index, elapsed if elapsed >= segment.start else planned_end)

    @property
    def holding(self) -> bool:
        """True between ``press`` and ``release`` of a self-timed hold."""
        return self._open is not None

    def stop(self, now: float, outcome: str = "stopped", discomfort: int | None = None) -> None:
        if outcome not in ("stopped", "discomfort"):
            raise ValueError(f"unknown outcome {outcome!r}")
        self._observe(now)
        if self.state.ended or self.state is SessionState.READY:
            return
        self._freeze(now)
        self.state = SessionState.STOPPED
        self._outcome = outcome
        self._discomfort = discomfort

    def plan_poll(self, moment: float) -> None:
        """The next poll is meant to come at ``moment``, later than the suspend gap (a hidden window waking
        only at phase boundaries): a poll up to ``SUSPEND_GAP_S`` after it is no suspend."""
        self._planned_poll = moment

    # Queries --------------------------------------------------------------------------------------------

    def elapsed(self, now: float) -> float:
        self._observe(now)
        return self._elapsed(now)

    def snapshot(self, now: float) -> Snapshot:
        self._observe(now)
        timeline = self.timeline
        elapsed = self._elapsed(now)
        index = timeline.index_at(elapsed)
        segment = timeline.segments[index]
        progress = (elapsed - segment.start) / segment.duration if segment.duration else 1.0
        progress = min(max(progress, 0.0), 1.0)
        spec = PHASES[segment.phase]
        floor, diaphragm = positions(segment, progress, spec.wobble)
        done = self.state.ended
        held_s = None
        if self._open is not None and self._open[0] == index and not done:
            held_s = elapsed - segment.start
            planned = self._open[1] - segment.start
            progress = min(held_s / planned, 1.0) if planned > 0 else 1.0
        return Snapshot(
            state=self.state,
            kind="done" if done else segment.kind,
            phase=segment.phase,
            cue=segment.cue or _default_cue(segment),
            breath=breath_for(segment.phase, spec, self.coupling),
            progress=progress,
            phase_left_s=0.0 if done else max(segment.end - elapsed, 0.0),
            session_left_s=0.0 if done else max(timeline.total_s - elapsed, 0.0),
            elapsed_s=elapsed,
            total_s=timeline.total_s,
            rep=segment.rep,
            reps=segment.reps,
            set=segment.set,
            sets=segment.sets,
            floor=floor,
            diaphragm=diaphragm,
            suspended=self.suspended,
            routine_title=self.routine.title,
            held_s=held_s,
        )

    def events(self, now: float) -> list[PhaseEvent]:
        """Every boundary crossed since the last call, once each and in order (the first is the start)."""
        self._observe(now)
        if self.state is SessionState.READY:
            return []
        elapsed = self._elapsed(now)
        segments = self.timeline.segments
        found = []
        while self._next_boundary <= len(segments):
            index = self._next_boundary
            at = segments[index].start if index < len(segments) else self.timeline.total_s
            if at > elapsed or (index == len(segments) and self.state is not SessionState.FINISHED):
                break
            segment = segments[index] if index < len(segments) else None
            found.append(PhaseEvent(index=index, scheduled_s=at, segment=segment, finished=segment is None))
            self._next_boundary += 1
        return found

    @property
    def worth_recording(self) -> bool:
        """False for a session ended before anything was done (still in the lead-in): DESIGN records none."""
        if not self.state.ended:
            return False
        first = next((s for s in self.timeline.segments if s.kind != "lead-in"), None)
        return first is not None and self._frozen > first.start

    def record(self, day_start_hour: int = 0) -> SessionRecord:
        """The history record of an ended session: completed, or partial with what was actually done."""
        if not self.state.ended or (self._wall_start or self._system_start) is None:
            raise SessionError("only an ended session has a record")
        started = self._wall_start or local_time(self._system_start)
        reps, sets = self.timeline.completed_by(self._frozen)
        holds = holds_done(self.timeline, self._frozen) if self.self_timed else ()
        return SessionRecord(
            id=new_session_id(),
            routine_id=self.routine.id,
            routine_title=self.routine.title,
            started_at=started.isoformat(timespec="seconds"),
            local_date=local_date_for(started, day_start_hour).isoformat(),
            duration_s=round(self._frozen, 1),
            reps_planned=self.timeline.reps_planned,
            reps_completed=reps,
            sets_completed=sets,
            hold_s=float(self.hold_s),
            outcome="completed" if self.state is SessionState.FINISHED else self._outcome,
            discomfort=self._discomfort,
            holds_s=holds or None,
        )

    # Internals ------------------------------------------------------------------------------------------

    def _elapsed(self, now: float) -> float:
        if self.state is SessionState.RUNNING:
            return min(max(now - self._origin, 0.0), self.timeline.total_s)
        return self._frozen

    def _freeze(self, now: float) -> None:
        self._frozen = self._elapsed(now)

    def _observe(self, now: float) -> None:
        """Notice a suspend gap or the natural end before answering anything else."""
        if self.state is SessionState.RUNNING:
            last = self._last_poll
            expected = last if self._planned_poll is None or last is None else max(last, self._planned_poll)
            if expected is not None and now - expected > SUSPEND_GAP_S and last - self._origin < self.timeline.total_s:
                self._frozen = max(last - self._origin, 0.0)
                self.state = SessionState.PAUSED
                self.suspended = True
            elif now - self._origin >= self.timeline.total_s:
                self._frozen = self.timeline.total_s
                self.state = SessionState.FINISHED
        if self._last_poll is None or now > self._last_poll:
            self._last_poll = now
            # One planned wait at a time: whoever polls next plans again, or the usual gap applies.
            self._planned_poll = None


def _default_cue(segment: Segment) -> str:
    if segment.kind == LEAD_IN:
        return tr("Settle in and breathe")
    if segment.kind == SET_REST:
        return tr("Rest between sets")
    return ""
