"""The reminder scheduler: one single-shot timer aimed at the next reminder, driven by an injected wall clock."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from trainer.ui.reminders.scheduler import ReminderScheduler

from helpers.records import make_session

BERLIN = ZoneInfo("Europe/Berlin")


class FakeTime:
    """Wall and monotonic time together; ``sleep`` moves only the wall clock, as a suspended machine does."""

    def __init__(self, start: datetime) -> None:
        self.wall = start
        self.mono = 500.0

    def now(self) -> datetime:
        return self.wall

    def monotonic(self) -> float:
        return self.mono

    def advance(self, seconds: float) -> None:
        self.wall += timedelta(seconds=seconds)
        self.mono += seconds

    def sleep(self, seconds: float) -> None:
        self.wall += timedelta(seconds=seconds)

    def set_clock(self, wall: datetime) -> None:
        self.wall = wall


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime(datetime(2026, 5, 4, 8, 0, tzinfo=BERLIN))


@pytest.fixture
def make_scheduler(state, fake_time):
    made = []

    def make(times=("09:00", "13:30"), **settings) -> ReminderScheduler:
        state.change_settings(state.settings.replace(reminders=tuple(times), **settings))
        scheduler = ReminderScheduler(state, now=fake_time.now, monotonic=fake_time.monotonic)
        made.append(scheduler)
        return scheduler

    yield make
    for scheduler in made:
        scheduler.timer.stop()


def fire(scheduler: ReminderScheduler, fake_time: FakeTime) -> list:
    """Let the timer's wait pass on the fake clocks, fire it, and return what it showed."""
    shown = []
    scheduler.reminder_due.connect(lambda reminder, summary, body: shown.append((reminder, summary, body)))
    fake_time.advance(scheduler.timer.interval() / 1000)
    scheduler.timer.timeout.emit()
    return shown


def test_no_timer_runs_when_reminders_are_off(make_scheduler):
    scheduler = make_scheduler(times=())
    assert not scheduler.timer.isActive()
    assert scheduler.aimed_at is None


def test_the_one_timer_is_single_shot_and_aimed_at_the_next_reminder(make_scheduler):
    scheduler = make_scheduler()
    assert scheduler.timer.isActive() and scheduler.timer.isSingleShot()
    assert scheduler.timer.interval() == 60 * 60 * 1000
    assert scheduler.aimed_at == datetime(2026, 5, 4, 9, 0, tzinfo=BERLIN)


def test_a_due_reminder_is_shown_once_with_what_is_left_and_the_timer_aims_at_the_next(make_scheduler, fake_time):
    scheduler = make_scheduler()
    shown = fire(scheduler, fake_time)
    assert len(shown) == 1
    reminder, summary, body = shown[0]
    assert reminder.sets_left == 3 and reminder.can_snooze
    assert summary == "Time for your pelvic floor relaxation" and body == "3 sets to go today"
    assert scheduler.timer.interval() == 4.5 * 60 * 60 * 1000


def test_discreet_mode_shows_neutral_words(make_scheduler, fake_time):
    scheduler = make_scheduler(discreet_title=True)
    [(_, summary, _)] = fire(scheduler, fake_time)
    assert "pelvic" not in summary.lower()


def test_a_met_target_skips_the_day_and_the_timer_aims_at_tomorrow(make_scheduler, state, fake_time):
    state.record_session(make_session("2026-05-04", sets_completed=3, started_at="2026-05-04T07:00:00+02:00"))
    scheduler = make_scheduler()
    assert scheduler.aimed_at == datetime(2026, 5, 5, 9, 0, tzinfo=BERLIN)


def test_a_session_recorded_meanwhile_re_aims_the_timer(make_scheduler, state, fake_time):
    scheduler = make_scheduler()
    state.record_session(make_session("2026-05-04", sets_completed=3, started_at="2026-05-04T07:00:00+02:00"))
    assert scheduler.aimed_at == datetime(2026, 5, 5, 9, 0, tzinfo=BERLIN)


def test_snooze_twice_then_no_more(make_scheduler, fake_time):
    scheduler = make_scheduler()
    assert fire(scheduler, fake_time)[0][0].can_snooze
    scheduler.snooze()
    assert scheduler.timer.interval() == 10 * 60 * 1000
    assert fire(scheduler, fake_time)[0][0].can_snooze
    scheduler.snooze()
    [(last, _, _)] = fire(scheduler, fake_time)
    assert not last.can_snooze
    scheduler.snooze()
    assert scheduler.aimed_at == datetime(2026, 5, 4, 13, 30, tzinfo=BERLIN)


def test_reminders_missed_in_a_sleep_come_back_once_only_the_newest(make_scheduler, fake_time, qapp):
    scheduler = make_scheduler(times=("09:00", "10:00", "11:00"))
    fake_time.sleep(3.5 * 60 * 60)  # to 11:30; the monotonic timer has not moved
    assert scheduler.jumped()
    shown = []
    scheduler.reminder_due.connect(lambda reminder, summary, body: shown.append(reminder))
    scheduler.recheck()
    scheduler.recheck()
    assert [reminder.due.hour for reminder in shown] == [11]
    assert not scheduler.jumped()
    assert scheduler.aimed_at == datetime(2026, 5, 5, 9, 0, tzinfo=BERLIN)


def test_the_app_coming_back_after_a_jump_checks_and_without_one_does_not(make_scheduler, fake_time, qapp):
    scheduler = make_scheduler()
    shown = []
    scheduler.reminder_due.connect(lambda reminder, summary, body: shown.append(reminder))
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert shown == []
    fake_time.sleep(90 * 60)
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert [reminder.due.hour for reminder in shown] == [9]


def test_a_clock_change_re_aims_the_timer(make_scheduler, fake_time):
    scheduler = make_scheduler()
    fake_time.set_clock(datetime(2026, 5, 4, 8, 50, tzinfo=BERLIN))
    assert scheduler.jumped()
    scheduler.recheck()
    assert scheduler.timer.interval() == 10 * 60 * 1000


def test_turning_reminders_on_aims_the_timer_and_off_stops_it(make_scheduler, state):
    scheduler = make_scheduler(times=())
    state.change_settings(state.settings.replace(reminders=("12:00",)))
    assert scheduler.timer.interval() == 4 * 60 * 60 * 1000
    state.change_settings(state.settings.replace(reminders=()))
    assert not scheduler.timer.isActive()


def test_a_time_added_earlier_today_is_not_a_missed_reminder(make_scheduler, state, fake_time):
    scheduler = make_scheduler(times=("09:00",))
    fake_time.advance(30 * 60)
    state.change_settings(state.settings.replace(reminders=("07:00", "09:00")))
    shown = []
    scheduler.reminder_due.connect(lambda reminder, summary, body: shown.append(reminder))
    scheduler.recheck()
    assert shown == []


def test_pause_until_tomorrow_aims_past_today(make_scheduler):
    scheduler = make_scheduler()
    scheduler.pause_until_tomorrow()
    assert scheduler.aimed_at == datetime(2026, 5, 5, 9, 0, tzinfo=BERLIN)


def test_pause_for_an_hour_skips_what_falls_in_it(make_scheduler):
    scheduler = make_scheduler(times=("08:30", "13:30"))
    scheduler.pause_for(timedelta(hours=1))
    assert scheduler.aimed_at == datetime(2026, 5, 4, 13, 30, tzinfo=BERLIN)


def test_a_timer_that_fires_early_finds_nothing_due_and_aims_again_at_the_rest(make_scheduler, fake_time):
    scheduler = make_scheduler()
    shown = []
    scheduler.reminder_due.connect(lambda reminder, summary, body: shown.append(reminder))
    fake_time.advance(scheduler.timer.interval() / 1000 - 0.09)
    scheduler.timer.timeout.emit()
    assert shown == [] and scheduler.timer.interval() == 90
    fake_time.advance(0.09)
    scheduler.timer.timeout.emit()
    assert [reminder.due.hour for reminder in shown] == [9]
