"""Today's plan on the Train page: what it says, the hold it gives the session, the person's own hold, and
the gentler routine it proposes after a discomfort stop."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from trainer.core.timeline import PHASE
from trainer.ui.train import plan_line
from trainer.ui.train.page import TrainPage

from helpers.records import make_session
from helpers.sessions import run

# Sessions practised here are dated by the system clock, so the plan's day is today's too, pinned for each test
# when it starts (a module-level "now" would be yesterday for tests run after midnight in a long run).
NOW = datetime.now().astimezone()
TODAY = NOW.date()


@pytest.fixture(autouse=True)
def pinned_day(monkeypatch):
    now = datetime.now().astimezone()
    monkeypatch.setitem(globals(), "NOW", now)
    monkeypatch.setitem(globals(), "TODAY", now.date())
    monkeypatch.setattr(plan_line, "_local_now", lambda: now)


def make_page(qtbot, state, catalog, clock) -> TrainPage:
    page = TrainPage(state, catalog, clock=clock)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    return page


def holds_and_rests(page: TrainPage) -> list[tuple[float, float]]:
    """Each rep's hold and the rest around it, from the session the page has loaded."""
    reps: dict[tuple[int, int], list] = {}
    for segment in page.controller.engine.timeline.segments:
        if segment.kind == PHASE:
            reps.setdefault((segment.set, segment.rep), []).append(segment)
    return [(sum(s.duration for s in rep if s.phase == "hold-drop"),
             sum(s.duration for s in rep if s.phase != "hold-drop")) for rep in reps.values()]


def test_a_first_day_plan_starts_gently_at_five_seconds(qtbot, state, catalog, clock):
    page = make_page(qtbot, state, catalog, clock)
    assert page.plan_line.message.text() == "Today: hold 5 s · 0 of 3 sets done · starting gently"
    assert not page.plan_line.follow_button.isVisibleTo(page)
    assert page.details.hold.value() == 5
    assert {hold for hold, _ in holds_and_rests(page)} == {5.0}


def test_the_plan_shows_the_step_up_and_gives_the_session_its_hold(qtbot, store, state, catalog, clock):
    for days_ago in (10, 9, 8):
        store.append_session(make_session(TODAY - timedelta(days=days_ago), discomfort=2))
    page = make_page(qtbot, state, catalog, clock)
    assert page.plan_line.message.text() == "Today: hold 6 s · 0 of 3 sets done · stepped up after comfortable sessions"
    assert {hold for hold, _ in holds_and_rests(page)} == {6.0}
    assert page.details.hold.value() == 6


def test_the_persons_own_hold_wins_until_they_follow_the_programme_again(qtbot, state, catalog, clock):
    page = make_page(qtbot, state, catalog, clock)
    page.details.hold.setValue(12)
    assert state.settings.hold_s == {"reverse-kegel-women": 12.0}
    assert "your own choice (the programme suggests 5 s)" in page.plan_line.message.text()
    assert page.plan_line.follow_button.isVisibleTo(page)
    # Rest between holds stays at least as long as the hold, however long the person chose.
    assert all(hold == 12.0 and rest >= 12.0 for hold, rest in holds_and_rests(page))

    qtbot.mouseClick(page.plan_line.follow_button, Qt.MouseButton.LeftButton)
    assert state.settings.hold_s == {}
    assert page.details.hold.value() == 5
    assert page.plan_line.message.text().startswith("Today: hold 5 s ·")
    assert not page.plan_line.follow_button.isVisibleTo(page)
    assert {hold for hold, _ in holds_and_rests(page)} == {5.0}


def test_after_a_discomfort_stop_the_breathing_drop_is_proposed_and_the_person_may_choose_otherwise(
        qtbot, store, state, catalog, clock):
    store.append_session(make_session(TODAY, outcome="discomfort", sets_completed=0))
    page = make_page(qtbot, state, catalog, clock)
    assert page.picker.current_routine().id == "breath-drop"
    assert "eased off after discomfort" in page.plan_line.message.text()
    assert "physiotherapist" in page.plan_line.advice.text()
    assert not page.plan_line.switch_button.isVisibleTo(page)

    page.select_routine("reverse-kegel-women")
    assert page.picker.current_routine().id == "reverse-kegel-women"
    switch = page.plan_line.switch_button
    assert switch.isVisibleTo(page) and switch.text() == "Choose Breathing pelvic floor drop"
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)
    assert page.picker.current_routine().id == "breath-drop"


def test_the_plan_follows_each_recorded_session_and_keeps_the_ended_one_on_screen(qtbot, store, state, catalog, clock):
    page = make_page(qtbot, state, catalog, clock)
    page.select_routine("breath-drop")
    page.controller.toggle()
    assert not page.plan_line.isVisibleTo(page)  # out of the way while practising
    run(page.controller, clock, page.controller.engine.timeline.total_s + 0.5, step=0.5)
    page.summary_dialog.accept()
    assert store.sessions[-1].outcome == "completed"
    assert page.plan_line.isVisibleTo(page)
    assert "1 of 3 sets done" in page.plan_line.message.text()
    assert page.controls.toggle_button.text() == "Start again"


def test_a_rating_of_six_in_the_summary_eases_off_at_once(qtbot, store, state, catalog, clock):
    page = make_page(qtbot, state, catalog, clock)
    page.controller.toggle()
    run(page.controller, clock, 12, step=0.5)
    page.controller.stop()
    page.summary_dialog.rating.setValue(6)
    page.summary_dialog.accept()
    assert store.sessions[-1].discomfort == 6
    assert page.picker.current_routine().id == "breath-drop"
    assert page.plan_line.advice.isVisibleTo(page)


def test_a_history_read_after_the_first_paint_proposes_the_eased_routine_without_remembering_it(
        qtbot, store, catalog, clock, data_dir):
    from trainer.ui.state import AppState

    store.append_session(make_session(TODAY, outcome="discomfort", sets_completed=0))
    state = AppState.open(data_dir, defer_history=True)
    page = make_page(qtbot, state, catalog, clock)
    assert page.plan_line.waiting and page.picker.current_routine().id == "reverse-kegel-women"
    state.load_history()
    assert page.picker.current_routine().id == "breath-drop"
    assert "eased off after discomfort" in page.plan_line.message.text()
    assert state.settings.last_routine_id is None  # chosen by the programme, not by the person
