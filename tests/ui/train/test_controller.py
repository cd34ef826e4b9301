"""The session controller: one precise timer, only while a session runs, and signals driven by the fake clock."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from trainer.core.clock import FakeClock, MonotonicClock
from trainer.core.engine import SessionState
from trainer.core.routines import Catalog
from trainer.ui.train.controller import SessionController
from trainer.ui.state import AppState
from trainer.ui.train.page import TrainPage

from helpers.sessions import run, tiny_routine


def make_controller(clock: FakeClock) -> SessionController:
    controller = SessionController(clock)
    controller.load(tiny_routine(), coupling="inhale-release")
    return controller


def test_the_timer_is_one_named_precise_timer_about_60_hz(clock):
    controller = SessionController(clock)
    assert controller.timer.timerType() == Qt.TimerType.PreciseTimer
    assert controller.timer.objectName() == "session-tick"
    assert controller.timer.parent() is controller
    assert 15 <= controller.timer.interval() <= 17


def test_no_timer_runs_while_idle_or_ready(clock):
    controller = SessionController(clock)
    assert not controller.timer.isActive()
    controller.load(tiny_routine(), coupling="inhale-release")
    assert controller.snapshot.state is SessionState.READY
    assert not controller.timer.isActive()


def test_the_timer_runs_during_a_session_and_stops_when_paused_and_at_the_end(clock):
    controller = make_controller(clock)
    controller.toggle()
    assert controller.timer.isActive()
    controller.toggle()
    assert controller.snapshot.state is SessionState.PAUSED
    assert not controller.timer.isActive()
    controller.toggle()
    assert controller.timer.isActive()
    run(controller, clock, 5.2)
    assert controller.snapshot.state is SessionState.FINISHED
    assert not controller.timer.isActive()


def test_a_hidden_window_stops_the_timer_and_showing_it_again_restarts_it(clock):
    controller = make_controller(clock)
    controller.toggle()
    controller.set_window_visible(False)
    assert not controller.timer.isActive()
    controller.set_window_visible(True)
    assert controller.timer.isActive()
    controller.stop()
    assert not controller.timer.isActive()


def test_a_whole_session_emits_every_phase_once_then_one_finished_record(clock):
    controller = make_controller(clock)
    events, states, records = [], [], []
    controller.phase_changed.connect(events.append)
    controller.state_changed.connect(states.append)
    controller.session_finished.connect(records.append)
    controller.toggle()
    run(controller, clock, 6.0)
    assert [event.index for event in events] == [0, 1, 2, 3, 4, 5]
    assert [event.scheduled_s for event in events] == [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]
    assert events[-1].finished and events[-1].segment is None
    assert states == [SessionState.RUNNING, SessionState.FINISHED]
    assert len(records) == 1
    record = records[0]
    assert (record.routine_id, record.outcome, record.reps_planned, record.reps_completed) == ("tiny", "completed", 2, 2)
    assert record.sets_completed == 1
    assert record.duration_s == 5.0


def test_phase_changes_are_reported_once_each_in_order_after_a_two_second_stall(clock):
    controller = make_controller(clock)
    events = []
    controller.phase_changed.connect(events.append)
    controller.toggle()
    run(controller, clock, 0.5)
    clock.advance(2.0)  # a stall shorter than the suspend gap: the session carries on, nothing is skipped
    controller.tick()
    assert [event.index for event in events] == [0, 1, 2]
    assert controller.snapshot.state is SessionState.RUNNING
    run(controller, clock, 3.0)
    assert [event.index for event in events] == [0, 1, 2, 3, 4, 5]
    assert len({event.index for event in events}) == len(events)


def test_a_suspend_gap_pauses_the_session_where_it_was(clock):
    controller = make_controller(clock)
    controller.toggle()
    run(controller, clock, 1.5)
    clock.advance(10.0)
    controller.tick()
    snapshot = controller.snapshot
    assert snapshot.state is SessionState.PAUSED and snapshot.suspended
    assert abs(snapshot.elapsed_s - 1.5) < 1e-6
    assert not controller.timer.isActive()
    controller.toggle()
    assert controller.snapshot.state is SessionState.RUNNING and not controller.snapshot.suspended
    controller.stop()


def test_stop_and_stop_for_discomfort_finish_with_the_right_outcome(clock):
    for stop, outcome in ((SessionController.stop, "stopped"), (SessionController.stop_for_discomfort, "discomfort")):
        controller = make_controller(clock)
        records = []
        controller.session_finished.connect(records.append)
        controller.toggle()
        run(controller, clock, 2.5)
        stop(controller)
        assert controller.snapshot.state is SessionState.STOPPED
        assert [record.outcome for record in records] == [outcome]
        assert records[0].reps_completed == 0 and records[0].duration_s == 2.5
        assert not controller.timer.isActive()


def test_skip_moves_to_the_next_phase_and_reports_it(clock):
    controller = make_controller(clock)
    events = []
    controller.phase_changed.connect(events.append)
    controller.toggle()
    controller.skip_phase()
    assert [event.index for event in events] == [0, 1]
    assert controller.snapshot.phase == "drop"
    controller.stop()


def test_space_after_the_end_starts_the_same_routine_again(clock):
    controller = make_controller(clock)
    controller.toggle()
    run(controller, clock, 5.5)
    assert controller.snapshot.state is SessionState.FINISHED
    controller.toggle()
    assert controller.snapshot.state is SessionState.RUNNING
    assert controller.snapshot.elapsed_s == 0.0
    controller.stop()


def test_loading_during_a_session_keeps_the_running_one_as_stopped(clock):
    controller = make_controller(clock)
    records = []
    controller.session_finished.connect(records.append)
    controller.toggle()
    run(controller, clock, 1.0)
    controller.load(tiny_routine(), coupling="inhale-release")
    assert [record.outcome for record in records] == ["stopped"]
    assert controller.snapshot.state is SessionState.READY


def test_a_whole_session_through_the_page_is_saved_to_history_json(qtbot, store, clock):
    state = AppState(store)
    page = TrainPage(state, Catalog((tiny_routine(),), ()), clock=clock)
    qtbot.addWidget(page)
    recorded = []
    state.session_recorded.connect(recorded.append)
    page.controller.toggle()
    run(page.controller, clock, 5.5)
    data = json.loads((store.data_dir / "history.json").read_text())
    assert len(data["sessions"]) == 1
    entry = data["sessions"][0]
    assert entry["routine_id"] == "tiny" and entry["routine_title"] == "Tiny"
    assert entry["outcome"] == "completed" and entry["discomfort"] is None
    assert (entry["reps_planned"], entry["reps_completed"], entry["sets_completed"]) == (2, 2, 1)
    assert entry["duration_s"] == 5.0 and entry["hold_s"] == 1.0
    assert entry["local_date"] == entry["started_at"][:10]
    assert [record.id for record in recorded] == [entry["id"]]
    page.summary_dialog.accept()


def test_the_real_timer_advances_a_session(qtbot):
    """The one smoke test of the real timer: a session started on the monotonic clock moves by itself."""
    controller = SessionController(MonotonicClock())
    controller.load(tiny_routine(), coupling="inhale-release")
    controller.toggle()
    qtbot.waitUntil(lambda: controller.snapshot.elapsed_s > 0.05, timeout=2000)
    controller.stop()
    assert not controller.timer.isActive()


def test_a_hidden_session_with_cues_heard_aims_the_timer_at_the_next_boundary(clock):
    """Unseen but heard: no frames, one wake-up a phase, each exactly when the phase ends."""
    controller = make_controller(clock)
    controller.set_heard(True)
    controller.toggle()
    clock.advance(0.25)
    controller.set_window_visible(False)
    assert controller.timer.isActive()
    assert controller.timer.interval() == 750  # the rest of the 1 s lead-in


def test_a_hidden_heard_session_keeps_its_phases_on_time_and_finishes(clock):
    controller = make_controller(clock)
    controller.set_heard(True)
    entered = []
    controller.phase_changed.connect(lambda event: entered.append((event.index, clock.now() - 1000.0)))
    controller.toggle()
    controller.set_window_visible(False)
    wakes = 0
    while controller.timer.isActive():
        clock.advance(controller.timer.interval() / 1000.0)
        controller.tick()
        wakes += 1
    assert controller.snapshot.state is SessionState.FINISHED
    assert [index for index, _ in entered] == [0, 1, 2, 3, 4, 5]
    assert [round(at, 3) for _, at in entered] == [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]
    assert wakes == 5


def test_a_long_phase_while_hidden_is_one_wait_and_no_suspend(clock):
    controller = SessionController(clock)
    controller.load(tiny_routine(sets=2, rest_between_sets_s=20), coupling="inhale-release")
    controller.set_heard(True)
    controller.toggle()
    run(controller, clock, 5.0)
    controller.set_window_visible(False)
    assert controller.timer.interval() == 20_000
    clock.advance(20.0)
    controller.tick()
    assert controller.snapshot.state is SessionState.RUNNING and not controller.snapshot.suspended
    assert controller.snapshot.elapsed_s == pytest.approx(25.0)


def test_showing_the_window_again_paints_where_the_session_is_and_frames_resume(clock):
    controller = make_controller(clock)
    controller.set_heard(True)
    controller.toggle()
    controller.set_window_visible(False)
    clock.advance(0.6)
    shown = []
    controller.snapshot_changed.connect(shown.append)
    controller.set_window_visible(True)
    assert shown and shown[-1].elapsed_s == pytest.approx(0.6)
    assert controller.timer.isActive() and controller.timer.interval() <= 33  # the lead-in's 30 Hz


def test_a_hidden_session_with_nothing_heard_stops_the_timer_and_pauses_on_return(clock):
    controller = make_controller(clock)
    controller.set_heard(False)
    controller.toggle()
    controller.set_window_visible(False)
    assert not controller.timer.isActive()
    clock.advance(10.0)
    controller.set_window_visible(True)
    assert controller.snapshot.state is SessionState.PAUSED and controller.snapshot.suspended


def _hold_routine():
    from pathlib import Path

    from trainer.core.routines import parse_routine

    return parse_routine({
        "format": 1, "id": "holds", "title": "Holds", "audience": "everyone", "kind": "reverse-kegel",
        "summary": "Drop and hold.", "positions": ["lying"], "instructions": ["Breathe."],
        "lead_in_s": 1, "sets": 1, "rest_between_sets_s": 0,
        "blocks": [{"reps": 1, "cycle": [
            {"phase": "drop", "s": 1, "cue": "Let go"},
            {"phase": "hold-drop", "s": 2, "cue": "Stay soft"},
            {"phase": "return", "s": 1, "cue": "Let it rise"},
        ]}],
    }, Path("holds.json"))


@pytest.mark.parametrize(("at_s", "phase", "frame_ms"), [
    (0.5, None, 33),  # the lead-in: the figure waits, veiled
    (1.5, "drop", 17),  # the figure moves: every 60 Hz frame
    (2.5, "hold-drop", 33),  # a hold: only the arc moves, at 30 Hz
    (4.5, "return", 17),
])
def test_frames_come_at_60_hz_while_the_figure_moves_and_30_hz_while_it_holds_still(clock, at_s, phase, frame_ms):
    controller = SessionController(clock)
    controller.load(_hold_routine(), coupling="inhale-release")
    controller.toggle()
    run(controller, clock, at_s)
    assert phase is None or controller.snapshot.phase == phase
    assert controller.timer.interval() == frame_ms
    controller.stop()


def test_a_still_phase_still_ends_on_its_boundary_not_on_the_30_hz_grid(clock):
    controller = SessionController(clock)
    controller.load(_hold_routine(), coupling="inhale-release")
    controller.toggle()
    run(controller, clock, 3.98, step=0.01)  # 20 ms before the hold ends
    assert controller.snapshot.phase == "hold-drop"
    assert 19 <= controller.timer.interval() <= 21
    controller.stop()
