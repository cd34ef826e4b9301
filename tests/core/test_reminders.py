"""Reminder scheduling: the next instant to aim the timer at, the skip rules, snooze, pause and missed reminders."""

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from helpers.records import make_session
from trainer.core.reminders import (
    RECENT, TARGET_MET, Plan, Progress, check, next_practice_day_start, next_reminder, pause, progress_from,
    snooze, starting_state,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
PLAN = Plan(("09:00", "13:30", "19:00"), day_start_hour=0, daily_target=3)


def at(text: str, zone=BERLIN) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=zone)


def nothing_yet(now: datetime) -> Progress:
    return Progress(now.date(), 0, None)


def test_next_reminder_is_the_next_time_later_today():
    """At 10:00 the next of 09:00, 13:30 and 19:00 is 13:30 the same day."""
    now = at("2026-06-10T10:00")
    assert next_reminder(PLAN, nothing_yet(now), starting_state(now), now) == at("2026-06-10T13:30")


def test_after_the_last_time_the_next_reminder_is_tomorrow_morning():
    """Across midnight: at 20:00 the next reminder is 09:00 the next day."""
    now = at("2026-06-10T20:00")
    assert next_reminder(PLAN, nothing_yet(now), starting_state(now), now) == at("2026-06-11T09:00")


def test_without_reminder_times_there_is_no_timer_at_all():
    """Reminders off (no times): nothing to aim at, not even a snoozed reminder."""
    now = at("2026-06-10T10:00")
    state = snooze(starting_state(now), now)
    assert next_reminder(Plan(()), nothing_yet(now), state, now) is None


def test_a_met_target_passes_over_the_rest_of_today():
    """With today's target met, the timer aims at tomorrow's first reminder instead of waking for nothing."""
    now = at("2026-06-10T10:00")
    done = Progress(now.date(), 3, at("2026-06-10T08:00"))
    assert next_reminder(PLAN, done, starting_state(now), now) == at("2026-06-11T09:00")


def test_a_night_reminder_belongs_to_the_practice_day_before_with_a_later_day_start():
    """With days starting at 03:00, 01:00 on 11 June is part of 10 June: met there, it is passed over."""
    plan = Plan(("01:00",), day_start_hour=3, daily_target=2)
    now = at("2026-06-10T23:00")
    met = Progress(now.date(), 2, at("2026-06-10T20:00"))
    assert next_reminder(plan, met, starting_state(now), now) == at("2026-06-12T01:00")
    assert next_reminder(plan, nothing_yet(now), starting_state(now), now) == at("2026-06-11T01:00")
    result = check(plan, Progress(now.date(), 1, None), starting_state(now), at("2026-06-11T01:00"))
    assert result.reminder.day.isoformat() == "2026-06-10"
    assert result.reminder.sets_left == 1


def test_a_time_skipped_by_spring_forward_fires_when_the_clocks_jump():
    """02:30 does not exist in Berlin on 29 March 2026: the reminder comes at 03:00 CEST, the jump."""
    plan = Plan(("02:30",))
    now = at("2026-03-29T00:00")
    due = next_reminder(plan, nothing_yet(now), starting_state(now), now)
    assert due == datetime(2026, 3, 29, 1, 0, tzinfo=timezone.utc)
    assert due.utcoffset() == timedelta(hours=2)


def test_a_time_skipped_by_spring_forward_in_new_york():
    """02:30 does not exist in New York on 8 March 2026: the reminder comes at 03:00 EDT."""
    plan = Plan(("02:30",))
    now = at("2026-03-07T22:00", NEW_YORK)
    due = next_reminder(plan, nothing_yet(now), starting_state(now), now)
    assert due == datetime(2026, 3, 8, 7, 0, tzinfo=timezone.utc)


def test_the_repeated_autumn_hour_fires_once():
    """02:30 happens twice in Berlin on 25 October 2026: the reminder fires at the first, then not again that day."""
    plan = Plan(("02:30",))
    now = at("2026-10-25T00:00")
    first = next_reminder(plan, nothing_yet(now), starting_state(now), now)
    assert first.astimezone(timezone.utc) == datetime(2026, 10, 25, 0, 30, tzinfo=timezone.utc)
    shown = check(plan, nothing_yet(now), starting_state(now), first)
    assert shown.reminder is not None
    again = next_reminder(plan, nothing_yet(now), shown.state, first)
    assert again == at("2026-10-26T02:30")
    second_occurrence = datetime(2026, 10, 25, 1, 30, tzinfo=timezone.utc).astimezone(BERLIN)
    assert check(plan, nothing_yet(now), shown.state, second_occurrence).reminder is None


def test_the_repeated_autumn_hour_fires_once_in_new_york():
    """01:30 happens twice in New York on 1 November 2026: one reminder, at the first (EDT)."""
    plan = Plan(("01:30",))
    now = at("2026-11-01T00:00", NEW_YORK)
    first = next_reminder(plan, nothing_yet(now), starting_state(now), now)
    assert first.astimezone(timezone.utc) == datetime(2026, 11, 1, 5, 30, tzinfo=timezone.utc)
    shown = check(plan, nothing_yet(now), starting_state(now), first)
    assert next_reminder(plan, nothing_yet(now), shown.state, first) == at("2026-11-02T01:30", NEW_YORK)


def test_a_due_reminder_says_what_is_left_and_offers_snooze():
    """At 13:30 with one set done of three, the reminder is shown with two sets left and Snooze offered."""
    now = at("2026-06-10T13:30")
    result = check(PLAN, Progress(now.date(), 1, at("2026-06-10T08:10")), starting_state(at("2026-06-10T10:00")), now)
    assert result.skipped is None
    assert result.reminder.sets_left == 2
    assert result.reminder.can_snooze
    assert result.reminder.due == now


def test_a_reminder_is_skipped_when_todays_target_is_met():
    """Three sets of three done: the 13:30 reminder is skipped, and not offered again later."""
    start = at("2026-06-10T10:00")
    now = at("2026-06-10T13:30")
    met = Progress(now.date(), 3, at("2026-06-10T09:30"))
    result = check(PLAN, met, starting_state(start), now)
    assert (result.reminder, result.skipped) == (None, TARGET_MET)
    assert check(PLAN, Progress(now.date(), 0, None), result.state, now + timedelta(minutes=5)).reminder is None


def test_a_reminder_is_skipped_when_a_session_finished_in_the_last_hour():
    """A session from 12:45 to 12:55 (from the history): the 13:30 reminder is skipped; at 19:00 it is shown."""
    session = make_session(local_date="2026-06-10", started_at="2026-06-10T12:45:00+02:00", duration_s=600)
    now = at("2026-06-10T13:30")
    progress = progress_from([session], now, 0)
    assert progress.last_finished == at("2026-06-10T12:55")
    result = check(PLAN, progress, starting_state(at("2026-06-10T10:00")), now)
    assert (result.reminder, result.skipped) == (None, RECENT)
    evening = check(PLAN, progress_from([session], at("2026-06-10T19:00"), 0), result.state, at("2026-06-10T19:00"))
    assert evening.reminder.sets_left == 2


def test_progress_counts_todays_sets_and_leaves_out_removed_sessions():
    """Sets of today's sessions add up; a removed session and yesterday's do not count."""
    sessions = [
        make_session(local_date="2026-06-10", sets_completed=1, started_at="2026-06-10T08:00:00+02:00"),
        make_session(local_date="2026-06-10", sets_completed=2, started_at="2026-06-10T09:00:00+02:00",
                     deleted_at="2026-06-10T09:30:00+02:00"),
        make_session(local_date="2026-06-09", sets_completed=2, started_at="2026-06-09T21:00:00+02:00"),
    ]
    progress = progress_from(sessions, at("2026-06-10T12:00"), 0)
    assert progress.sets == 1
    assert progress.last_finished == at("2026-06-10T08:02:30")


def test_snooze_twice_then_snooze_is_no_longer_offered():
    """Snoozed twice, 10 minutes each: the third showing offers no Snooze, and snoozing again changes nothing."""
    now = at("2026-06-10T13:30")
    progress = nothing_yet(now)
    shown = check(PLAN, progress, starting_state(at("2026-06-10T10:00")), now)
    state = snooze(shown.state, now)
    assert next_reminder(PLAN, progress, state, now) == at("2026-06-10T13:40")
    second = check(PLAN, progress, state, at("2026-06-10T13:40"))
    assert second.reminder.can_snooze
    state = snooze(second.state, at("2026-06-10T13:40"))
    third = check(PLAN, progress, state, at("2026-06-10T13:50"))
    assert third.reminder is not None and not third.reminder.can_snooze
    assert snooze(third.state, at("2026-06-10T13:50")) == third.state
    assert check(PLAN, progress, third.state, at("2026-06-10T14:10")).reminder is None


def test_a_new_reminder_offers_snooze_again():
    """Snoozes count per reminder: the 19:00 reminder after a twice-snoozed 13:30 one offers Snooze."""
    progress = nothing_yet(at("2026-06-10T13:30"))
    state = check(PLAN, progress, starting_state(at("2026-06-10T10:00")), at("2026-06-10T13:30")).state
    for minute in ("13:30", "13:40"):
        state = snooze(state, at(f"2026-06-10T{minute}"))
        state = check(PLAN, progress, state, at(f"2026-06-10T{minute}") + timedelta(minutes=10)).state
    assert check(PLAN, progress, state, at("2026-06-10T19:00")).reminder.can_snooze


def test_a_snoozed_reminder_is_skipped_once_the_person_has_practised():
    """Snoozed at 13:30, practised 13:32–13:37: at 13:40 the snoozed reminder is not shown."""
    state = snooze(check(PLAN, nothing_yet(at("2026-06-10T13:30")), starting_state(at("2026-06-10T10:00")),
                         at("2026-06-10T13:30")).state, at("2026-06-10T13:30"))
    practised = Progress(at("2026-06-10T13:40").date(), 1, at("2026-06-10T13:37"))
    assert check(PLAN, practised, state, at("2026-06-10T13:40")).skipped == RECENT


def test_reminders_missed_during_a_suspend_come_back_once_as_the_newest():
    """Asleep from 08:00 to 20:00: on waking one reminder (19:00) is shown, not three, and only once."""
    state = starting_state(at("2026-06-10T08:00"))
    woke = at("2026-06-10T20:00")
    result = check(PLAN, nothing_yet(woke), state, woke)
    assert result.reminder.due == at("2026-06-10T19:00")
    assert check(PLAN, nothing_yet(woke), result.state, woke + timedelta(seconds=5)).reminder is None
    assert next_reminder(PLAN, nothing_yet(woke), result.state, woke) == at("2026-06-11T09:00")


def test_a_reminder_missed_on_a_practice_day_that_has_ended_is_dropped():
    """Asleep from 18:00 to 08:00 the next day: yesterday's 19:00 reminder is not shown in the morning."""
    woke = at("2026-06-11T08:00")
    result = check(PLAN, nothing_yet(woke), starting_state(at("2026-06-10T18:00")), woke)
    assert (result.reminder, result.skipped) == (None, None)
    assert result.state.seen_until == woke


def test_pause_until_tomorrow_lasts_until_the_next_practice_day_starts():
    """Paused at 20:00 with days starting at 03:00: the 01:00 reminder that night is not shown, 09:00 is next."""
    plan = Plan(("01:00", "09:00"), day_start_hour=3)
    now = at("2026-06-10T20:00")
    until = next_practice_day_start(now, 3)
    assert until == at("2026-06-11T03:00")
    state = pause(starting_state(now), until)
    assert next_reminder(plan, nothing_yet(now), state, now) == at("2026-06-11T09:00")
    assert check(plan, nothing_yet(now), state, at("2026-06-11T01:00")).reminder is None
    assert check(plan, nothing_yet(now), state, at("2026-06-11T04:00")).reminder is None
    assert check(plan, nothing_yet(now), state, at("2026-06-11T09:00")).reminder is not None


def test_pause_until_tomorrow_after_midnight_keeps_to_the_practice_day():
    """At 01:30 with days starting at 03:00 the practice day is still yesterday's: the pause ends at 03:00."""
    assert next_practice_day_start(at("2026-06-11T01:30"), 3) == at("2026-06-11T03:00")
    assert next_practice_day_start(at("2026-06-11T01:30"), 0) == at("2026-06-12T00:00")
