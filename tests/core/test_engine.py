"""The session engine: states, snapshots, boundary events, suspend handling and the history record."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from routine_factory import make_routine

from trainer.core.clock import FakeClock
from trainer.core.engine import SUSPEND_GAP_S, SessionEngine, SessionError, SessionState
from trainer.core.records import SessionRecord

WALL = datetime(2026, 3, 29, 8, 15, 2, tzinfo=timezone(timedelta(hours=2)))


def started(routine=None, **kwargs) -> tuple[SessionEngine, FakeClock]:
    clock = FakeClock()
    engine = SessionEngine(routine or make_routine(), **kwargs)
    engine.start(clock.now(), wall=WALL)
    return engine, clock


def poll_until(engine: SessionEngine, clock: FakeClock, elapsed: float, step: float = 0.5) -> None:
    """Advance in small steps (as a 60 Hz timer would, only coarser) so no suspend gap is seen."""
    while engine.elapsed(clock.now()) + 1e-9 < elapsed and not engine.state.ended:
        clock.advance(min(step, elapsed - engine.elapsed(clock.now())))
        engine.snapshot(clock.now())


def test_ready_engine_has_a_resting_snapshot_and_no_events():
    engine = SessionEngine(make_routine())
    snap = engine.snapshot(5.0)
    assert snap.state is SessionState.READY
    assert snap.elapsed_s == 0 and snap.floor == 0 and snap.diaphragm == 0
    assert engine.events(5.0) == []


def test_snapshot_reports_phase_cue_breath_progress_and_counts():
    engine, clock = started()
    clock.advance(2.5)  # lead-in 2 s, then "drop" 1 s
    snap = engine.snapshot(clock.now())
    assert (snap.kind, snap.phase, snap.cue, snap.breath) == ("phase", "drop", "Let go", "in")
    assert snap.progress == pytest.approx(0.5)
    assert snap.phase_left_s == pytest.approx(0.5)
    assert snap.session_left_s == pytest.approx(engine.timeline.total_s - 2.5)
    assert (snap.rep, snap.reps, snap.set, snap.sets) == (1, 3, 1, 2)


def test_lead_in_has_a_cue_and_no_rep():
    engine, clock = started()
    snap = engine.snapshot(clock.advance(1.0))
    assert snap.kind == "lead-in" and snap.cue and snap.rep == 0 and snap.set == 0
    assert snap.phase_left_s == pytest.approx(1.0)


def test_pause_freezes_time_and_resume_continues():
    engine, clock = started()
    clock.advance(2.5)
    engine.pause(clock.now())
    clock.advance(100)
    assert engine.snapshot(clock.now()).elapsed_s == pytest.approx(2.5)
    assert engine.state is SessionState.PAUSED
    engine.resume(clock.now())
    clock.advance(0.25)
    assert engine.snapshot(clock.now()).elapsed_s == pytest.approx(2.75)


def test_toggle_starts_pauses_and_resumes():
    clock = FakeClock()
    engine = SessionEngine(make_routine())
    states = []
    for _ in range(3):
        engine.toggle(clock.now())
        states.append(engine.state)
        clock.advance(0.5)
    assert states == [SessionState.RUNNING, SessionState.PAUSED, SessionState.RUNNING]


def test_starting_twice_is_refused():
    engine, clock = started()
    with pytest.raises(SessionError):
        engine.start(clock.now())


def test_session_finishes_by_itself_and_reports_the_end_once():
    engine, clock = started()
    poll_until(engine, clock, engine.timeline.total_s)
    events = engine.events(clock.now())
    assert engine.state is SessionState.FINISHED
    assert events[-1].finished and events[-1].scheduled_s == engine.timeline.total_s
    clock.advance(1)
    assert engine.events(clock.now()) == []
    snap = engine.snapshot(clock.now())
    assert snap.kind == "done" and snap.session_left_s == 0 and snap.elapsed_s == engine.timeline.total_s


def test_every_boundary_is_reported_once_in_order_even_after_a_stall():
    """A 2.9 s stall (below the suspend gap) crosses several boundaries: all come out, in order, once."""
    engine, clock = started()
    first = engine.events(clock.now())
    assert [event.index for event in first] == [0]
    clock.advance(1.9)
    assert engine.events(clock.now()) == []
    clock.advance(2.9)
    stalled = engine.events(clock.now())
    assert [event.index for event in stalled] == [1, 2]
    assert [event.scheduled_s for event in stalled] == [2.0, 3.0]
    assert engine.state is SessionState.RUNNING


def test_a_gap_longer_than_three_seconds_pauses_at_the_last_poll():
    engine, clock = started()
    clock.advance(2.2)
    engine.snapshot(clock.now())
    clock.advance(SUSPEND_GAP_S + 60)  # the laptop slept
    snap = engine.snapshot(clock.now())
    assert snap.state is SessionState.PAUSED and snap.suspended
    assert snap.elapsed_s == pytest.approx(2.2)
    assert [event.index for event in engine.events(clock.now())] == [0, 1]
    engine.resume(clock.now())
    assert not engine.snapshot(clock.now()).suspended


def test_a_gap_of_exactly_three_seconds_is_not_a_suspend():
    engine, clock = started()
    clock.advance(SUSPEND_GAP_S)
    assert engine.snapshot(clock.now()).state is SessionState.RUNNING


def test_skip_phase_jumps_to_the_next_segment_and_reports_the_boundary():
    engine, clock = started()
    engine.events(clock.now())
    clock.advance(0.5)
    engine.skip_phase(clock.now())
    snap = engine.snapshot(clock.now())
    assert snap.elapsed_s == pytest.approx(2.0) and snap.phase == "drop"
    assert [event.index for event in engine.events(clock.now())] == [1]


def test_skip_while_paused_moves_to_the_next_segment_and_stays_paused():
    engine, clock = started()
    clock.advance(2.5)
    engine.pause(clock.now())
    engine.skip_phase(clock.now())
    assert engine.state is SessionState.PAUSED
    assert engine.snapshot(clock.now()).phase == "hold-drop"


def test_skipping_the_last_phase_finishes_the_session():
    engine, clock = started(make_routine(sets=1, lead_in_s=0, blocks=[{"reps": 1, "cycle": [
        {"phase": "drop", "s": 3, "cue": "x"}]}]))
    engine.skip_phase(clock.now())
    assert engine.state is SessionState.FINISHED
    assert engine.record().outcome == "completed"


def test_completed_record_has_the_design_fields():
    engine, clock = started()
    poll_until(engine, clock, engine.timeline.total_s)
    record = engine.record(day_start_hour=0)
    assert isinstance(record, SessionRecord)
    assert record.outcome == "completed" and record.discomfort is None
    assert (record.reps_planned, record.reps_completed, record.sets_completed) == (6, 6, 2)
    assert record.duration_s == pytest.approx(engine.timeline.total_s)
    assert record.started_at == "2026-03-29T08:15:02+02:00"
    assert record.local_date == "2026-03-29"
    assert record.hold_s == 2
    assert SessionRecord.from_json(record.to_json()) == record


def test_stopped_record_is_partial_with_what_was_done():
    engine, clock = started()
    poll_until(engine, clock, 2 + 4.5 * 2 + 1)  # two reps done, into the third
    clock.advance(10)
    engine.pause(clock.now())  # pauses do not count as practice time
    engine.stop(clock.now())
    record = engine.record()
    assert record.outcome == "stopped"
    assert (record.reps_completed, record.sets_completed) == (2, 0)
    assert record.duration_s == pytest.approx(12.0)


def test_discomfort_stop_records_the_outcome_and_rating():
    engine, clock = started()
    poll_until(engine, clock, 5)
    engine.stop(clock.now(), outcome="discomfort", discomfort=6)
    record = engine.record()
    assert record.outcome == "discomfort" and record.discomfort == 6


def test_record_is_refused_before_the_end():
    engine, clock = started()
    with pytest.raises(SessionError):
        engine.record()
    with pytest.raises(ValueError):
        engine.stop(clock.now(), outcome="completed")


def test_local_date_uses_the_day_start_hour():
    clock = FakeClock()
    engine = SessionEngine(make_routine())
    engine.start(clock.now(), wall=datetime(2026, 3, 30, 1, 30, tzinfo=timezone.utc))
    engine.stop(clock.advance(1))
    assert engine.record(day_start_hour=3).local_date == "2026-03-29"
    assert engine.record(day_start_hour=0).local_date == "2026-03-30"


def test_hold_override_applies_to_progressive_holds_and_is_recorded():
    engine, _ = started(hold_s=8)
    holds = {segment.duration for segment in engine.timeline.segments if segment.phase == "hold-drop"}
    assert holds == {8} and engine.hold_s == 8


def test_exhale_release_swaps_the_breath_of_drop_and_return():
    engine, clock = started(coupling="exhale-release")
    clock.advance(2.5)
    assert engine.snapshot(clock.now()).breath == "out"
    poll_until(engine, clock, 5.5)
    assert engine.snapshot(clock.now()).breath == "in"


polls = st.lists(
    st.one_of(
        st.tuples(st.just("wait"), st.floats(min_value=0.0, max_value=2.9)),
        st.tuples(st.just("stall"), st.floats(min_value=3.01, max_value=120)),
        st.tuples(st.sampled_from(["pause", "resume", "skip"]), st.just(0.0)),
    ),
    min_size=1,
    max_size=80,
)


@settings(max_examples=200, deadline=None)
@given(actions=polls)
def test_events_never_skip_or_repeat_a_boundary(actions):
    """Over random polls with pauses, skips and stalls, events cover boundaries 0..k exactly once, in order."""
    engine, clock = started()
    seen = []
    for action, amount in actions:
        if action in ("wait", "stall"):
            clock.advance(amount)
        elif action == "pause":
            engine.pause(clock.now())
        elif action == "resume":
            engine.resume(clock.now())
        else:
            engine.skip_phase(clock.now())
        seen.extend(engine.events(clock.now()))
    indexes = [event.index for event in seen]
    assert indexes == list(range(len(indexes)))
    times = [event.scheduled_s for event in seen]
    assert times == sorted(times)
    elapsed = engine.elapsed(clock.now())
    segments = engine.timeline.segments
    expected = sum(1 for segment in segments if segment.start <= elapsed)
    expected += 1 if engine.state is SessionState.FINISHED else 0
    assert len(indexes) == expected


def test_a_session_stopped_in_the_lead_in_is_not_worth_recording():
    """DESIGN: a session stopped before anything was done is not recorded; one step past the lead-in is."""
    engine, clock = started()
    poll_until(engine, clock, 1.5)
    assert not engine.worth_recording  # still running
    engine.stop(clock.now())
    assert not engine.worth_recording
    later, clock = started()
    poll_until(later, clock, 2.5)
    later.stop(clock.now())
    assert later.worth_recording and later.record().outcome == "stopped"


def test_a_planned_poll_lets_a_long_wait_pass_without_a_suspend():
    """A hidden window that waits 8 s for the next boundary keeps the session running, on time."""
    engine, clock = started()
    engine.plan_poll(clock.now() + 8.0)
    clock.advance(8.0 + SUSPEND_GAP_S)
    snap = engine.snapshot(clock.now())
    assert snap.state is SessionState.RUNNING and not snap.suspended
    assert snap.elapsed_s == pytest.approx(8.0 + SUSPEND_GAP_S)


def test_a_poll_long_after_the_planned_one_is_still_a_suspend():
    engine, clock = started()
    engine.plan_poll(clock.now() + 8.0)
    clock.advance(8.0 + SUSPEND_GAP_S + 0.5)
    snap = engine.snapshot(clock.now())
    assert snap.state is SessionState.PAUSED and snap.suspended


def test_a_planned_poll_covers_one_wait_only():
    engine, clock = started()
    engine.plan_poll(clock.now() + 8.0)
    clock.advance(1.0)
    engine.snapshot(clock.now())
    clock.advance(SUSPEND_GAP_S + 1.0)
    assert engine.snapshot(clock.now()).suspended
