"""The report's content: the period, what counts in it, adherence rows, holds, discomfort, stops and notes."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from helpers.records import make_session

from trainer.core.periods import MAX_DAYS, Period, chosen_span, period_for
from trainer.core.report_data import build_report
from trainer.core.routines import load_catalog
from trainer.core.settings import Settings
from trainer.paths import builtin_routines_dir

CATALOG = load_catalog(builtin_routines_dir())
MARCH = Period(date(2026, 3, 1), date(2026, 3, 28))


def test_the_default_period_is_the_last_28_days_by_the_day_start_hour():
    now = datetime(2026, 3, 29, 2, 30, tzinfo=timezone(timedelta(hours=1)))
    assert period_for(now, 0) == Period(date(2026, 3, 2), date(2026, 3, 29))
    assert period_for(now, 3) == Period(date(2026, 3, 1), date(2026, 3, 28))
    assert period_for(now, 0, days=7).start == date(2026, 3, 23)
    assert period_for(now, 0, start=date(2026, 1, 5), end=date(2026, 1, 5)).days == 1


@pytest.mark.parametrize("start, end, words", [
    (date(2026, 1, 1), None, "go together"),
    (None, date(2026, 1, 1), "go together"),
    (date(2026, 2, 1), date(2026, 1, 1), "before"),
    (date(2025, 1, 1), date(2025, 1, 1) + timedelta(days=MAX_DAYS), "at most"),
])
def test_dates_that_make_no_period_are_refused_with_a_reason(start, end, words):
    with pytest.raises(ValueError, match=words):
        chosen_span(start, end)


def test_only_undeleted_sessions_inside_the_period_count():
    sessions = [make_session(local_date="2026-02-28", note="before"),
                make_session(local_date="2026-03-01", note="first day"),
                make_session(local_date="2026-03-10", note="removed", deleted_at="2026-03-11T08:00:00+00:00"),
                make_session(local_date="2026-03-28", note="last day"),
                make_session(local_date="2026-03-29", note="after")]
    report = build_report(sessions, Settings(), CATALOG, MARCH)
    assert [note.text for note in report.notes] == ["first day", "last day"]
    assert (report.sessions, report.sets, report.practice_days) == (2, 2, 2)


def test_rows_are_calendar_weeks_cut_to_the_period_with_sets_against_the_target():
    sessions = [make_session(local_date="2026-03-01", sets_completed=3),  # a Sunday
                make_session(local_date="2026-03-02", sets_completed=2),
                make_session(local_date="2026-03-02", sets_completed=1),
                make_session(local_date="2026-03-04", sets_completed=0, outcome="stopped")]
    report = build_report(sessions, Settings(daily_target_sets=3), CATALOG, MARCH)
    assert [(row.start, row.end) for row in report.rows[:2]] == [
        (date(2026, 3, 1), date(2026, 3, 1)), (date(2026, 3, 2), date(2026, 3, 8))]
    assert len(report.rows) == 5 and report.rows[-1].end == date(2026, 3, 28)
    first, second = report.rows[:2]
    assert (first.practice_days, first.sets, first.days_at_target, first.days) == (1, 3, 1, 1)
    assert (second.practice_days, second.sets, second.days_at_target, second.days) == (1, 3, 1, 7)
    assert report.days_at_target == 2


def test_a_long_period_has_a_row_per_month():
    report = build_report([], Settings(), CATALOG, Period(date(2026, 1, 15), date(2026, 12, 31)))
    assert report.monthly
    assert [row.start.month for row in report.rows] == list(range(1, 13))
    assert report.rows[0].start == date(2026, 1, 15) and report.rows[1].start == date(2026, 2, 1)


def test_holds_show_the_set_hold_and_the_self_timed_ones():
    sessions = [make_session(local_date="2026-03-03", hold_s=5, holds_s=(4.0, 6.0)),
                make_session(local_date="2026-03-04", hold_s=6, holds_s=(8.0,)),
                make_session(local_date="2026-03-10", hold_s=6)]
    report = build_report(sessions, Settings(), CATALOG, MARCH)
    week = report.rows[1]
    assert (week.hold_s, week.self_timed_mean_s, week.self_timed_longest_s) == (6, 6.0, 8.0)
    assert report.rows[2].self_timed_mean_s is None and report.rows[2].hold_s == 6


def test_stops_and_discomfort_are_listed_with_their_dates_and_ratings_counted():
    sessions = [make_session(local_date="2026-03-03", discomfort=0),
                make_session(local_date="2026-03-04", discomfort=4),
                make_session(local_date="2026-03-05", outcome="discomfort", sets_completed=0, reps_completed=3),
                make_session(local_date="2026-03-06", outcome="stopped", sets_completed=0, discomfort=0)]
    report = build_report(sessions, Settings(), CATALOG, MARCH)
    assert [(event.day.day, event.outcome, event.discomfort) for event in report.events] == [
        (4, "completed", 4), (5, "discomfort", None), (6, "stopped", 0)]
    assert report.ratings == {0: 2, 4: 1}


def test_the_prescription_is_the_routine_and_hold_set_now():
    settings = Settings(last_routine_id="reverse-kegel-men", hold_s={"reverse-kegel-men": 8.0}, daily_target_sets=2)
    plan = build_report([], settings, CATALOG, MARCH).prescription
    routine = CATALOG.get("reverse-kegel-men")
    assert (plan.routine_title, plan.hold_s, plan.reps, plan.sets, plan.daily_target_sets) == (
        routine.title, 8.0, routine.reps_per_set, routine.sets, 2)


def test_done_is_summed_per_routine_practised():
    sessions = [make_session(local_date="2026-03-03", reps_completed=10, hold_s=5),
                make_session(local_date="2026-03-04", reps_completed=6, sets_completed=0, outcome="stopped",
                             hold_s=7),
                make_session(local_date="2026-03-05", routine_id="breath-drop", routine_title="Breath")]
    done = build_report(sessions, Settings(), CATALOG, MARCH).done
    assert [(item.title, item.sessions, item.sets, item.reps_completed, item.reps_planned) for item in done] == [
        ("Reverse Kegels for women", 2, 1, 16, 20), ("Breath", 1, 1, 10, 10)]
    assert (done[0].shortest_hold_s, done[0].longest_hold_s) == (5, 7)
