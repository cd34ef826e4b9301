"""Self-timed holds in the session engine: the person's press and release end each hold, within a cap, and the
rest of the session follows; the record keeps the real seconds."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from routine_factory import make_routine

from trainer.core.clock import FakeClock
from trainer.core.engine import SessionEngine, SessionState
from trainer.core.self_timed import MAX_SELF_TIMED_S, cap_s

WALL = datetime(2026, 3, 29, 8, 15, 2, tzinfo=timezone(timedelta(hours=2)))
# make_routine(): lead-in 2 s; each rep drop 1 s, hold 2 s (progressive), return 1.5 s; 3 reps; 2 sets, 4 s apart.
FIRST_HOLD = (3.0, 5.0)
PLANNED_TOTAL = 33.0


def started(self_timed: bool = True, **changes) -> tuple[SessionEngine, FakeClock]:
    clock = FakeClock()
    engine = SessionEngine(make_routine(**changes), self_timed=self_timed)
    engine.start(clock.now(), wall=WALL)
    return engine, clock


def advance(engine: SessionEngine, clock: FakeClock, seconds: float, step: float = 0.25) -> None:
    """Move time on in timer-sized steps, polling as the controller would (no suspend gap)."""
    for _ in range(round(seconds / step)):
        clock.advance(step)
        engine.snapshot(clock.now())


def test_the_cap_is_twice_the_target_and_at_most_a_minute():
    assert cap_s(5) == 10 and cap_s(30) == MAX_SELF_TIMED_S and cap_s(45) == MAX_SELF_TIMED_S
    assert cap_s(90) == 90  # never shorter than the hold asked for


def test_a_longer_hold_moves_the_rest_of_the_session_later():
    engine, clock = started()
    advance(engine, clock, 3.5)
    engine.press(clock.now())
    assert engine.holding
    advance(engine, clock, 2.5)  # 6.0: past the planned end at 5.0, still holding
    snap = engine.snapshot(clock.now())
    assert (snap.phase, snap.rep) == ("hold-drop", 1)
    engine.release(clock.now())
    assert not engine.holding
    snap = engine.snapshot(clock.now())
    assert snap.phase == "return" and snap.phase_left_s == pytest.approx(1.5)
    assert snap.total_s == pytest.approx(PLANNED_TOTAL + 1.0)


def test_an_early_release_ends_the_hold_there_and_brings_the_rest_forward():
    engine, clock = started()
    advance(engine, clock, 2.5)
    engine.press(clock.now())  # during the drop: the hold ahead opens
    advance(engine, clock, 1.75)  # 4.25: 1.25 s into the hold
    engine.release(clock.now())
    events = engine.events(clock.now())
    assert events[-1].segment.phase == "return" and events[-1].scheduled_s == pytest.approx(4.25)
    assert engine.timeline.total_s == pytest.approx(PLANNED_TOTAL - 0.75)


def test_a_hold_ends_at_its_cap_when_the_key_stays_down():
    engine, clock = started()
    advance(engine, clock, 3.0)
    engine.press(clock.now())
    advance(engine, clock, 4.5)  # 7.5: the cap (4 s) ended the hold at 7.0
    assert engine.snapshot(clock.now()).phase == "return"
    engine.release(clock.now())
    assert engine.timeline.segments[engine.timeline.index_at(4.0)].end == pytest.approx(FIRST_HOLD[0] + 4.0)


def test_letting_go_before_the_hold_begins_keeps_its_plan():
    engine, clock = started()
    advance(engine, clock, 2.25)
    engine.press(clock.now())
    advance(engine, clock, 0.5)
    engine.release(clock.now())
    assert engine.timeline.total_s == pytest.approx(PLANNED_TOTAL)


def test_an_unpressed_hold_runs_as_planned_and_skip_ends_an_open_hold():
    engine, clock = started()
    advance(engine, clock, 7.75)  # rep 2's hold (7.5 .. 9.5)
    engine.press(clock.now())
    engine.skip_phase(clock.now())
    assert not engine.holding and engine.snapshot(clock.now()).phase == "return"
    advance(engine, clock, 40.0)
    assert engine.state is SessionState.FINISHED
    holds = engine.record().holds_s
    assert holds[0] == 2.0 and holds[1] == 0.2 and len(holds) == 6


def test_the_record_keeps_each_real_hold_and_the_target():
    engine, clock = started(sets=1)
    for held in (2.5, 1.5, 3.0):
        while engine.snapshot(clock.now()).phase != "hold-drop":
            advance(engine, clock, 0.25)
        engine.press(clock.now())
        advance(engine, clock, held)
        engine.release(clock.now())
    advance(engine, clock, 5.0)
    record = engine.record()
    assert record.outcome == "completed" and record.reps_completed == 3
    assert record.holds_s == (2.5, 1.5, 3.0) and record.hold_s == 2.0
    assert record.duration_s == pytest.approx(2 + 3 * 2.5 + 2.5 + 1.5 + 3.0)


def test_a_stopped_session_keeps_the_holds_that_ended():
    engine, clock = started()
    advance(engine, clock, 3.0)
    engine.press(clock.now())
    advance(engine, clock, 1.0)
    engine.release(clock.now())
    advance(engine, clock, 3.0)
    engine.press(clock.now())  # rep 2's hold opens ...
    engine.stop(clock.now())
    engine.release(clock.now())  # ... and the key comes up after the stop
    assert engine.record().holds_s == (1.0,)


def test_guided_sessions_ignore_the_hold_key_and_record_no_holds():
    engine, clock = started(self_timed=False)
    advance(engine, clock, 3.5)
    engine.press(clock.now())
    assert not engine.holding
    advance(engine, clock, 40.0)
    assert engine.record().holds_s is None and engine.timeline.total_s == PLANNED_TOTAL


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 3), st.floats(0, 6)), min_size=1, max_size=8))
def test_whatever_the_presses_every_boundary_comes_once_in_order_and_holds_stay_within_the_cap(presses):
    engine, clock = started()
    seen = []
    for wait, held in presses:
        advance(engine, clock, round(wait * 4) / 4)
        engine.press(clock.now())
        advance(engine, clock, round(held * 4) / 4)
        engine.release(clock.now())
        seen += engine.events(clock.now())
    advance(engine, clock, 80.0)
    seen += engine.events(clock.now())
    assert [event.index for event in seen] == list(range(len(engine.timeline.segments) + 1))
    assert all(a.scheduled_s <= b.scheduled_s for a, b in zip(seen, seen[1:]))
    assert all(0 <= hold <= cap_s(2.0) for hold in engine.record().holds_s)


def test_while_held_the_snapshot_counts_the_hold_up_and_its_progress_runs_to_the_target():
    engine, clock = started()
    advance(engine, clock, 3.0)
    engine.press(clock.now())
    advance(engine, clock, 1.0)
    snap = engine.snapshot(clock.now())
    assert snap.held_s == pytest.approx(1.0) and snap.progress == pytest.approx(0.5)
    advance(engine, clock, 2.5)  # past the 2 s target, within the 4 s cap
    snap = engine.snapshot(clock.now())
    assert snap.held_s == pytest.approx(3.5) and snap.progress == 1.0
    assert snap.phase_left_s == pytest.approx(0.5)  # the cap, which the timer aims its ticks at
    engine.release(clock.now())
    assert engine.snapshot(clock.now()).held_s is None
