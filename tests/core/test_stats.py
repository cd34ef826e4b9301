"""Statistics over hand-made histories: practice days, streaks, sets per day, heatmap, totals, summary."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime, timedelta, timezone

import pytest
from helpers.records import make_session

from trainer.core import stats
from trainer.core.records import SessionRecord
from trainer.core.stats import DayIndex, Totals

D = date.fromisoformat
TODAY = D("2026-03-26")  # a Thursday


def on(*days: str, sets: int = 1) -> list[SessionRecord]:
    return [make_session(local_date=day, sets_completed=sets) for day in days]


# --- the factory --------------------------------------------------------------------------------------------


def test_factory_builds_a_record_that_survives_the_file_format():
    record = make_session(local_date="2026-03-20", sets_completed=2, discomfort=3)
    assert SessionRecord.from_json(json.loads(json.dumps(record.to_json()))) == record
    assert record.started_at.startswith("2026-03-20T")


# --- practice days ------------------------------------------------------------------------------------------


def test_empty_history_has_no_practice_days():
    assert stats.practice_days([]) == []


def test_practice_days_are_sorted_and_unique():
    history = on("2026-03-22", "2026-03-20", "2026-03-22")
    assert stats.practice_days(history) == [D("2026-03-20"), D("2026-03-22")]


def test_a_session_stopped_before_its_first_set_makes_no_practice_day():
    history = [make_session(local_date="2026-03-20", sets_completed=0, outcome="stopped")]
    assert stats.practice_days(history) == []


@pytest.mark.parametrize("outcome", ["completed", "stopped", "discomfort"])
def test_one_completed_set_makes_a_practice_day_whatever_the_outcome(outcome):
    history = [make_session(local_date="2026-03-20", sets_completed=1, outcome=outcome)]
    assert stats.practice_days(history) == [D("2026-03-20")]


# --- current streak -----------------------------------------------------------------------------------------


def test_current_streak_of_an_empty_history_is_zero():
    assert stats.current_streak([], TODAY) == 0


def test_current_streak_counts_today():
    assert stats.current_streak(on("2026-03-24", "2026-03-25", "2026-03-26"), TODAY) == 3


def test_a_streak_ending_yesterday_still_counts_while_today_has_none():
    assert stats.current_streak(on("2026-03-23", "2026-03-24", "2026-03-25"), TODAY) == 3


def test_a_streak_ending_yesterday_survives_a_stopped_session_today_without_sets():
    history = on("2026-03-24", "2026-03-25") + [
        make_session(local_date="2026-03-26", sets_completed=0, outcome="stopped")
    ]
    assert stats.current_streak(history, TODAY) == 2


def test_a_streak_ending_the_day_before_yesterday_is_over():
    assert stats.current_streak(on("2026-03-23", "2026-03-24"), TODAY) == 0


def test_a_gap_breaks_the_current_streak():
    assert stats.current_streak(on("2026-03-21", "2026-03-22", "2026-03-24", "2026-03-25", "2026-03-26"), TODAY) == 3


def test_a_stopped_session_without_sets_is_a_gap():
    history = on("2026-03-24", "2026-03-26") + [
        make_session(local_date="2026-03-25", sets_completed=0, outcome="stopped")
    ]
    assert stats.current_streak(history, TODAY) == 1


def test_current_streak_ignores_days_after_today():
    assert stats.current_streak(on("2026-03-25", "2026-03-26", "2026-03-27", "2026-03-28"), TODAY) == 2


def test_current_streak_runs_across_month_and_year_ends():
    history = on("2025-12-30", "2025-12-31", "2026-01-01", "2026-01-02")
    assert stats.current_streak(history, D("2026-01-02")) == 4


def test_current_streak_runs_across_a_leap_day():
    history = on("2028-02-28", "2028-02-29", "2028-03-01")
    assert stats.current_streak(history, D("2028-03-01")) == 3


# --- longest streak -----------------------------------------------------------------------------------------


def test_longest_streak_of_an_empty_history_is_zero():
    assert stats.longest_streak([]) == 0


def test_longest_streak_is_the_longest_run_ever():
    history = on("2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04", "2026-02-10", "2026-03-25", "2026-03-26")
    assert stats.longest_streak(history) == 4


def test_longest_streak_counts_a_day_with_several_sessions_once():
    assert stats.longest_streak(on("2026-03-20", "2026-03-20", "2026-03-20", "2026-03-21")) == 2


def test_longest_streak_does_not_depend_on_record_order():
    history = on("2026-03-22", "2026-03-20", "2026-03-21", "2026-03-25")
    assert stats.longest_streak(history) == 3


# --- sets per day -------------------------------------------------------------------------------------------


def test_sets_per_day_adds_up_sessions_of_one_day_and_keeps_zero_days():
    history = on("2026-03-20", sets=1) + on("2026-03-20", sets=2) + on("2026-03-22", sets=1)
    assert stats.sets_per_day(history, D("2026-03-19"), D("2026-03-23")) == [
        (D("2026-03-19"), 0),
        (D("2026-03-20"), 3),
        (D("2026-03-21"), 0),
        (D("2026-03-22"), 1),
        (D("2026-03-23"), 0),
    ]


def test_sets_per_day_of_an_empty_history_is_all_zeros():
    assert stats.sets_per_day([], D("2026-03-20"), D("2026-03-21")) == [(D("2026-03-20"), 0), (D("2026-03-21"), 0)]


def test_sets_per_day_of_a_single_day_and_of_a_reversed_range():
    history = on("2026-03-20", sets=2)
    assert stats.sets_per_day(history, D("2026-03-20"), D("2026-03-20")) == [(D("2026-03-20"), 2)]
    assert stats.sets_per_day(history, D("2026-03-21"), D("2026-03-20")) == []


# --- heatmap ------------------------------------------------------------------------------------------------


def test_heatmap_has_weeks_rows_of_seven_days():
    grid = stats.heatmap([], TODAY)
    assert len(grid) == 52
    assert all(len(row) == 7 for row in grid)


def test_heatmap_last_row_is_todays_week_from_monday_with_none_after_today():
    history = on("2026-03-23", sets=2) + on("2026-03-26", sets=1) + on("2026-03-26", sets=1)
    # TODAY is Thursday 2026-03-26; its week runs Monday 23 .. Sunday 29.
    assert stats.heatmap(history, TODAY, weeks=2)[-1] == [2, 0, 0, 2, None, None, None]


def test_heatmap_first_row_starts_on_the_monday_weeks_minus_one_before():
    history = on("2026-03-16", sets=3) + on("2026-03-22", sets=1)
    assert stats.heatmap(history, TODAY, weeks=2)[0] == [3, 0, 0, 0, 0, 0, 1]


def test_heatmap_on_a_monday_and_on_a_sunday():
    history = on("2026-03-23", sets=1)
    assert stats.heatmap(history, D("2026-03-23"), weeks=1) == [[1, None, None, None, None, None, None]]
    assert stats.heatmap(history, D("2026-03-29"), weeks=1) == [[1, 0, 0, 0, 0, 0, 0]]


def test_heatmap_leaves_out_sessions_older_than_its_window():
    history = on("2026-03-15", sets=5)  # the Sunday before the two-week window
    assert stats.heatmap(history, TODAY, weeks=2)[0] == [0] * 7


# --- totals -------------------------------------------------------------------------------------------------


def test_totals_of_an_empty_history_are_zero():
    assert stats.totals([]) == Totals(sessions=0, sets=0, minutes=0.0)


def test_totals_count_every_session_and_every_minute_including_stopped_ones():
    history = [
        make_session(local_date="2026-03-20", sets_completed=2, duration_s=300.0),
        make_session(local_date="2026-03-21", sets_completed=0, outcome="stopped", duration_s=30.0),
        make_session(local_date="2026-03-21", sets_completed=1, outcome="discomfort", duration_s=90.0),
    ]
    assert stats.totals(history) == Totals(sessions=3, sets=3, minutes=7.0)


def test_totals_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        stats.totals([]).sets = 1  # type: ignore[misc]


# --- week sets ----------------------------------------------------------------------------------------------


def test_week_sets_of_an_empty_history_is_zero():
    assert stats.week_sets([], TODAY) == 0


def test_week_sets_run_from_monday_to_today_and_not_across_the_monday_boundary():
    history = on("2026-03-22", sets=4) + on("2026-03-23", sets=1) + on("2026-03-26", sets=2) + on("2026-03-27")
    # Sunday 22 belongs to last week; Friday 27 is after today.
    assert stats.week_sets(history, TODAY) == 3


def test_week_sets_on_a_monday_is_that_day_only():
    history = on("2026-03-22", sets=4) + on("2026-03-23", sets=1)
    assert stats.week_sets(history, D("2026-03-23")) == 1


def test_week_sets_on_a_sunday_covers_the_whole_week():
    history = on("2026-03-23", "2026-03-25", "2026-03-29") + on("2026-03-30", sets=9)
    assert stats.week_sets(history, D("2026-03-29")) == 3


# --- hold trend ---------------------------------------------------------------------------------------------


def test_hold_trend_of_an_empty_history_is_empty():
    assert stats.hold_trend([]) == []


def test_hold_trend_picks_the_longest_hold_of_each_practice_day_in_date_order():
    history = [
        make_session(local_date="2026-03-21", hold_s=6.0),
        make_session(local_date="2026-03-20", hold_s=5.0),
        make_session(local_date="2026-03-20", hold_s=8.0),
        make_session(local_date="2026-03-20", hold_s=7.0),
    ]
    assert stats.hold_trend(history) == [(D("2026-03-20"), 8.0), (D("2026-03-21"), 6.0)]


def test_hold_trend_ignores_holds_of_sessions_without_a_completed_set():
    history = [
        make_session(local_date="2026-03-20", hold_s=5.0),
        make_session(local_date="2026-03-20", hold_s=12.0, sets_completed=0, outcome="stopped"),
        make_session(local_date="2026-03-21", hold_s=10.0, sets_completed=0, outcome="discomfort"),
    ]
    assert stats.hold_trend(history) == [(D("2026-03-20"), 5.0)]


# --- summary ------------------------------------------------------------------------------------------------


SUMMARY_KEYS = {
    "current_streak_days",
    "longest_streak_days",
    "practice_days",
    "sessions",
    "sets_total",
    "minutes_total",
    "today_sets",
    "daily_target_sets",
    "today",
    "week_sets",
    "target_met_today",
}


def test_summary_of_an_empty_history():
    result = stats.summary([], TODAY, daily_target=3)
    assert result == {
        "current_streak_days": 0,
        "longest_streak_days": 0,
        "practice_days": 0,
        "sessions": 0,
        "sets_total": 0,
        "minutes_total": 0,
        "today_sets": 0,
        "daily_target_sets": 3,
        "today": "2026-03-26",
        "week_sets": 0,
        "target_met_today": False,
    }


def test_summary_of_a_history():
    history = (
        on("2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13")
        + on("2026-03-24", "2026-03-25")
        + [
            make_session(local_date="2026-03-26", sets_completed=2, duration_s=100.0),
            make_session(local_date="2026-03-26", sets_completed=0, outcome="stopped", duration_s=20.0),
        ]
    )
    result = stats.summary(history, TODAY, daily_target=2)
    assert set(result) == SUMMARY_KEYS
    assert result == {
        "current_streak_days": 3,
        "longest_streak_days": 4,
        "practice_days": 7,
        "sessions": 8,
        "sets_total": 8,
        "minutes_total": round((6 * 150 + 120) / 60, 1),
        "today_sets": 2,
        "daily_target_sets": 2,
        "today": "2026-03-26",
        "week_sets": 4,
        "target_met_today": True,
    }


def test_summary_target_not_met_below_the_target():
    assert stats.summary(on("2026-03-26", sets=2), TODAY, daily_target=3)["target_met_today"] is False


def test_summary_rounds_minutes_to_one_decimal():
    history = [make_session(duration_s=100.0)]  # 1.666… minutes
    assert stats.summary(history, TODAY, daily_target=3)["minutes_total"] == 1.7


def test_summary_is_json_serialisable():
    text = json.dumps(stats.summary(on("2026-03-26"), TODAY, daily_target=3))
    assert json.loads(text)["today"] == "2026-03-26"


# --- the shared index ---------------------------------------------------------------------------------------


def test_every_function_gives_the_same_answer_from_records_and_from_a_day_index():
    history = on("2026-03-20", "2026-03-21", "2026-03-21", "2026-03-26") + [
        make_session(local_date="2026-03-22", sets_completed=0, outcome="stopped", hold_s=9.0)
    ]
    index = DayIndex.build(history)
    start, end = D("2026-03-01"), D("2026-03-31")
    assert stats.practice_days(index) == stats.practice_days(history)
    assert stats.current_streak(index, TODAY) == stats.current_streak(history, TODAY)
    assert stats.longest_streak(index) == stats.longest_streak(history)
    assert stats.sets_per_day(index, start, end) == stats.sets_per_day(history, start, end)
    assert stats.heatmap(index, TODAY) == stats.heatmap(history, TODAY)
    assert stats.totals(index) == stats.totals(history)
    assert stats.week_sets(index, TODAY) == stats.week_sets(history, TODAY)
    assert stats.hold_trend(index) == stats.hold_trend(history)
    assert stats.summary(index, TODAY, 3) == stats.summary(history, TODAY, 3)


def test_the_index_accepts_a_one_shot_iterator():
    index = DayIndex.build(iter(on("2026-03-25", "2026-03-26")))
    assert stats.current_streak(index, TODAY) == 2


def test_the_index_is_read_only():
    index = DayIndex.build(on("2026-03-26"))
    with pytest.raises(TypeError):
        index.sets[TODAY] = 5  # type: ignore[index]


def test_one_local_date_written_two_ways_is_one_day():
    # fromisoformat also reads the basic form; a hand-edited file could mix both.
    history = on("2026-03-26") + on("20260326")
    assert stats.sets_per_day(history, TODAY, TODAY) == [(TODAY, 2)]


# --- today ----------------------------------------------------------------------------------------------------


def test_today_for_uses_the_local_calendar_day():
    now = datetime(2026, 3, 26, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert stats.today_for(now, 0) == TODAY


def test_today_for_keeps_the_small_hours_on_the_evening_before_with_a_later_day_start():
    now = datetime(2026, 3, 27, 1, 30, tzinfo=timezone(timedelta(hours=1)))
    assert stats.today_for(now, 3) == TODAY
    assert stats.today_for(now, 0) == D("2026-03-27")
