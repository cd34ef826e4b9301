"""Days follow the stored ``local_date`` only: DST changes and travel never split, merge or skip a day."""

from __future__ import annotations

from datetime import date, datetime

from helpers.records import make_session

from trainer.core import stats

D = date.fromisoformat


def session(local_date: str, started_at: str):
    return make_session(local_date=local_date, started_at=started_at)


def hours_apart(first: str, second: str) -> float:
    return (datetime.fromisoformat(second) - datetime.fromisoformat(first)).total_seconds() / 3600


def test_consecutive_local_dates_less_than_a_day_apart_make_a_two_day_streak():
    # Late evening, then early next morning: 8 hours apart, yet two calendar days.
    history = [
        session("2026-03-25", "2026-03-25T23:30:00+01:00"),
        session("2026-03-26", "2026-03-26T07:30:00+01:00"),
    ]
    assert hours_apart(history[0].started_at, history[1].started_at) < 24
    assert stats.current_streak(history, D("2026-03-26")) == 2
    assert stats.longest_streak(history) == 2


def test_consecutive_local_dates_more_than_a_day_apart_make_a_two_day_streak():
    # Early morning, then late next evening: 40 hours apart, still two consecutive days.
    history = [
        session("2026-03-25", "2026-03-25T06:00:00+01:00"),
        session("2026-03-26", "2026-03-26T22:00:00+01:00"),
    ]
    assert hours_apart(history[0].started_at, history[1].started_at) > 24
    assert stats.current_streak(history, D("2026-03-26")) == 2


def test_a_streak_runs_across_the_october_dst_change():
    # Central Europe leaves summer time on Sunday 2026-10-25: +02:00 before, +01:00 after (a 25-hour day).
    history = [
        session("2026-10-24", "2026-10-24T21:00:00+02:00"),
        session("2026-10-25", "2026-10-25T21:00:00+01:00"),
        session("2026-10-26", "2026-10-26T21:00:00+01:00"),
    ]
    assert hours_apart(history[0].started_at, history[1].started_at) == 25
    assert stats.current_streak(history, D("2026-10-26")) == 3
    assert stats.longest_streak(history) == 3
    assert stats.practice_days(history) == [D("2026-10-24"), D("2026-10-25"), D("2026-10-26")]


def test_a_streak_runs_across_the_march_dst_change():
    # Summer time starts on Sunday 2026-03-29: a 23-hour day.
    history = [
        session("2026-03-28", "2026-03-28T00:30:00+01:00"),
        session("2026-03-29", "2026-03-29T00:30:00+01:00"),
        session("2026-03-30", "2026-03-30T00:30:00+02:00"),
    ]
    assert hours_apart(history[1].started_at, history[2].started_at) == 23
    assert stats.longest_streak(history) == 3


def test_a_trip_west_keeps_every_day_once():
    # Home at +01:00, then a flight to -05:00: the UTC instants jump, the local days stay consecutive.
    history = [
        session("2026-11-02", "2026-11-02T08:00:00+01:00"),
        session("2026-11-03", "2026-11-03T23:00:00-05:00"),  # already 11-04 in UTC
        session("2026-11-04", "2026-11-04T06:00:00-05:00"),
        session("2026-11-05", "2026-11-05T08:00:00+01:00"),  # flown home overnight
    ]
    assert stats.current_streak(history, D("2026-11-05")) == 4
    assert stats.sets_per_day(history, D("2026-11-02"), D("2026-11-05")) == [
        (D("2026-11-02"), 1),
        (D("2026-11-03"), 1),
        (D("2026-11-04"), 1),
        (D("2026-11-05"), 1),
    ]


def test_two_sessions_on_one_local_date_are_one_day_even_with_different_offsets():
    # Morning at home, evening after landing: the same UTC date differs, the stored day does not.
    history = [
        session("2026-11-03", "2026-11-03T07:00:00+01:00"),
        session("2026-11-03", "2026-11-03T21:00:00-05:00"),  # 2026-11-04 in UTC
    ]
    assert stats.practice_days(history) == [D("2026-11-03")]
    assert stats.sets_per_day(history, D("2026-11-03"), D("2026-11-04")) == [(D("2026-11-03"), 2), (D("2026-11-04"), 0)]
    assert stats.longest_streak(history) == 1


def test_a_session_after_midnight_counted_for_the_evening_before_stays_there():
    # With a day start of 3, a 01:30 session was stored for the day before; stats must not move it back.
    started_at = "2026-03-27T01:30:00+01:00"
    history = [
        session("2026-03-25", "2026-03-25T20:00:00+01:00"),
        session("2026-03-26", started_at),
    ]
    assert stats.today_for(datetime.fromisoformat(started_at), 3) == D("2026-03-26")
    assert stats.practice_days(history) == [D("2026-03-25"), D("2026-03-26")]
    assert stats.current_streak(history, D("2026-03-27")) == 2


def test_a_gap_of_one_local_day_breaks_the_streak_even_if_under_48_hours():
    history = [
        session("2026-03-24", "2026-03-24T23:59:00+01:00"),
        session("2026-03-26", "2026-03-26T00:01:00+01:00"),  # 24 h 2 min later, but 25 March is missed
    ]
    assert hours_apart(history[0].started_at, history[1].started_at) < 48
    assert stats.current_streak(history, D("2026-03-26")) == 1
    assert stats.longest_streak(history) == 1
