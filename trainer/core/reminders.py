"""When to remind the person to practise, and whether a reminder that is due now should be shown at all.

Pure: every function takes the reminder times, today's progress, a small ``ReminderState`` the UI keeps between
calls, and an aware ``now`` (with a zone that has rules; see ``wall_time``); instants come back in that zone. Python
compares and subtracts two datetimes of the same zone by their wall times, which is wrong in the repeated
autumn hour, so everything inside is reckoned in UTC, the state included. The UI aims one single-shot timer at
``next_reminder(...)``; when it fires, after a resume or a clock change it calls ``check(...)``, shows what that
returns, keeps the new state and re-arms.

The rules (issue 11): a reminder is skipped when today's target is met or a session finished in the last hour;
snoozing lasts 10 minutes, at most twice per reminder; reminders missed while the machine slept come back once,
only the newest, and only while its practice day lasts.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Iterable

from trainer.core.records import SessionRecord, local_date_for
from trainer.core.stats import sets_per_day
from trainer.core.wall_time import at_wall_time, day_start, parse_time

SNOOZE = timedelta(minutes=10)
MAX_SNOOZES = 2
RECENT_SESSION = timedelta(hours=1)
# Far enough to reach past a met target and a pause until tomorrow, whatever the day-start hour.
_DAYS_AHEAD = 3

_UTC = timezone.utc

TARGET_MET = "target-met"
RECENT = "recent-session"


@dataclass(frozen=True)
class Plan:
    """The settings that shape reminders: local times "HH:MM", the day-start hour and the daily target."""

    times: tuple[str, ...]
    day_start_hour: int = 0
    daily_target: int = 3


@dataclass(frozen=True)
class Progress:
    """What the history says about one practice day: its sets, and when the newest session ended."""

    day: date
    sets: int
    last_finished: datetime | None


@dataclass(frozen=True)
class ReminderState:
    """What the UI keeps between calls.

    ``seen_until``: every reminder time up to this instant has been dealt with (shown, skipped, or before the
    app started). ``snoozes`` counts the snoozes of the reminder shown last.
    """

    seen_until: datetime
    snoozes: int = 0
    snoozed_until: datetime | None = None
    paused_until: datetime | None = None


@dataclass(frozen=True)
class Reminder:
    """A reminder to show now: the time it was for, its practice day, the sets left and whether to offer Snooze."""

    due: datetime
    day: date
    sets_left: int
    can_snooze: bool


@dataclass(frozen=True)
class Check:
    """The answer of ``check``: what to show (or None), why it was skipped (or None), and the state to keep."""

    reminder: Reminder | None
    skipped: str | None
    state: ReminderState


def starting_state(now: datetime) -> ReminderState:
    """The state when the app starts or reminders are turned on: nothing before now is reminded of."""
    return ReminderState(seen_until=now.astimezone(_UTC))


def progress_from(sessions: Iterable[SessionRecord], now: datetime, day_start_hour: int) -> Progress:
    """Today's sets and the end of the newest session, from the history; removed sessions do not count."""
    sessions = [record for record in sessions if not record.deleted]
    today = local_date_for(now, day_start_hour)
    ends = [datetime.fromisoformat(record.started_at) + timedelta(seconds=record.duration_s)
            for record in sessions]
    return Progress(today, sets_per_day(sessions, today, today)[0][1], max(ends, default=None))


def slots(plan: Plan, after: datetime, until: datetime, zone: tzinfo) -> list[datetime]:
    """Every reminder instant in ``(after, until]``, in UTC and in order; a wall time repeated by DST counts once."""
    first, last = after.astimezone(zone).date(), until.astimezone(zone).date()
    found = []
    for offset in range((last - first).days + 2):
        day = first + timedelta(days=offset - 1)
        for text in plan.times:
            moment = at_wall_time(day, parse_time(text), zone).astimezone(_UTC)
            if after < moment <= until:
                found.append(moment)
    return sorted(found)


def _day(moment: datetime, plan: Plan, zone: tzinfo) -> date:
    return local_date_for(moment.astimezone(zone), plan.day_start_hour)


def _skip_reason(plan: Plan, progress: Progress, day: date, at: datetime) -> str | None:
    if day == progress.day and progress.sets >= plan.daily_target:
        return TARGET_MET
    if progress.last_finished is not None and at - progress.last_finished < RECENT_SESSION:
        return RECENT
    return None


def _reminder(plan: Plan, progress: Progress, due: datetime, day: date, snoozes: int) -> Reminder:
    sets = progress.sets if day == progress.day else 0
    return Reminder(due, day, max(plan.daily_target - sets, 0), snoozes < MAX_SNOOZES)


def next_reminder(plan: Plan, progress: Progress, state: ReminderState, now: datetime) -> datetime | None:
    """The instant to aim the one single-shot timer at, or None when no reminder is set.

    Reminders that would be skipped on what is known now (today's target met, a session just ended) are
    passed over, so the timer does not wake for nothing; ``check`` decides again when it fires.
    """
    if not plan.times:
        return None
    zone, now = now.tzinfo, now.astimezone(_UTC)
    start = max(now, state.seen_until, state.paused_until or now)
    candidates = slots(plan, start, start + timedelta(days=_DAYS_AHEAD), zone)
    if state.snoozed_until is not None and not (state.paused_until and state.snoozed_until < state.paused_until):
        candidates.append(max(state.snoozed_until, now))
    for moment in sorted(candidates):
        if _skip_reason(plan, progress, _day(moment, plan, zone), moment) is None:
            return moment.astimezone(zone)
    return None


def check(plan: Plan, progress: Progress, state: ReminderState, now: datetime) -> Check:
    """What to show at ``now``: the newest reminder due since the last check, if it still matters.

    Older reminders missed during a suspend are dropped, never shown as a pile; one from a practice day that
    has ended is dropped too. A snoozed reminder comes back when its snooze ends, unless a newer one is due.
    """
    zone, now = now.tzinfo, now.astimezone(_UTC)
    today = _day(now, plan, zone)
    if not plan.times or (state.paused_until is not None and now < state.paused_until):
        return Check(None, None, state)
    since = max(state.seen_until, state.paused_until or state.seen_until)
    due = slots(plan, since, now, zone)
    if due:
        slot = due[-1]
        state = dataclasses.replace(state, seen_until=now, snoozes=0, snoozed_until=None, paused_until=None)
        if _day(slot, plan, zone) != today:
            return Check(None, None, state)
        return _offer(plan, progress, state, slot.astimezone(zone), today, now)
    if state.snoozed_until is not None and now >= state.snoozed_until:
        snoozed_day = _day(state.seen_until, plan, zone)
        state = dataclasses.replace(state, seen_until=now, snoozed_until=None)
        if snoozed_day != today:
            return Check(None, None, state)
        return _offer(plan, progress, state, now.astimezone(zone), today, now)
    return Check(None, None, state)


def _offer(plan: Plan, progress: Progress, state: ReminderState, due: datetime, day: date,
           now: datetime) -> Check:
    reason = _skip_reason(plan, progress, day, now)
    if reason is not None:
        return Check(None, reason, state)
    return Check(_reminder(plan, progress, due, day, state.snoozes), None, state)


def snooze(state: ReminderState, now: datetime) -> ReminderState:
    """Bring the reminder shown last back in 10 minutes; after two snoozes it is not offered and this is a no-op.

    A no-op rather than an error, because an older notification's Snooze button may still be on screen.
    """
    if state.snoozes >= MAX_SNOOZES:
        return state
    return dataclasses.replace(state, snoozes=state.snoozes + 1, snoozed_until=now.astimezone(_UTC) + SNOOZE)


def pause(state: ReminderState, until: datetime) -> ReminderState:
    """No reminders before ``until``; the ones that fall in the pause are not shown later either."""
    return dataclasses.replace(state, paused_until=until.astimezone(_UTC), snoozed_until=None)


def next_practice_day_start(now: datetime, day_start_hour: int) -> datetime:
    """When tomorrow's practice day begins, for "Pause reminders until tomorrow"."""
    tomorrow = local_date_for(now, day_start_hour) + timedelta(days=1)
    return day_start(tomorrow, day_start_hour, now.tzinfo)
