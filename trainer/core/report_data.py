"""What the report for a physiotherapist says, computed from the history with no Qt: the period, the
prescription against what was done, adherence row by row, the holds, discomfort and stops, and the notes.

Removed sessions are left out, like everywhere else. Days are the stored ``local_date``s. The renderer
(``trainer/ui/reports/``) only lays this out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

from trainer.core.periods import Period
from trainer.core.records import SessionRecord
from trainer.core.routines import Catalog
from trainer.core.settings import Settings

# Beyond about five months a row per week no longer fits two pages; a row per month does.
MAX_WEEKLY_DAYS = 154


@dataclass(frozen=True)
class Prescription:
    """The practice the app is set to now: routine, hold, reps per set, sets per session, sets a day."""

    routine_title: str | None
    hold_s: float | None
    reps: int | None
    sets: int | None
    daily_target_sets: int


@dataclass(frozen=True)
class RoutineDone:
    title: str
    sessions: int
    sets: int
    reps_completed: int
    reps_planned: int
    shortest_hold_s: float
    longest_hold_s: float


@dataclass(frozen=True)
class Row:
    """One week (or month) of the period: practice days against days, sets against the target, holds."""

    start: date
    end: date
    practice_days: int
    sets: int
    days_at_target: int
    hold_s: float | None
    self_timed_mean_s: float | None
    self_timed_longest_s: float | None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class Event:
    """A session stopped early or rated above 0 for discomfort."""

    day: date
    routine_title: str
    outcome: str
    discomfort: int | None
    reps_completed: int
    reps_planned: int


@dataclass(frozen=True)
class Note:
    day: date
    text: str


@dataclass(frozen=True)
class ReportData:
    period: Period
    monthly: bool
    prescription: Prescription
    done: tuple[RoutineDone, ...]
    sessions: int
    sets: int
    minutes: float
    practice_days: int
    days_at_target: int
    rows: tuple[Row, ...]
    ratings: dict[int, int]  # discomfort rating -> how many sessions got it
    events: tuple[Event, ...]
    notes: tuple[Note, ...]


def build_report(history: Iterable[SessionRecord], settings: Settings, catalog: Catalog,
                 period: Period) -> ReportData:
    """The report's content for ``period`` from every session in ``history``."""
    sessions = sorted((record for record in history if not record.deleted and record.day in period),
                      key=lambda record: (record.local_date, record.started_at, record.id))
    target = settings.daily_target_sets
    sets_by_day = Counter()
    for record in sessions:
        sets_by_day[record.day] += record.sets_completed
    practice = {day for day, sets in sets_by_day.items() if sets > 0}
    monthly = period.days > MAX_WEEKLY_DAYS
    rows = tuple(_row(sessions, sets_by_day, target, start, end) for start, end in _spans(period, monthly))
    ratings = Counter(record.discomfort for record in sessions if record.discomfort is not None)
    return ReportData(
        period=period,
        monthly=monthly,
        prescription=_prescription(sessions, settings, catalog),
        done=_done(sessions),
        sessions=len(sessions),
        sets=sum(sets_by_day.values()),
        minutes=sum(record.duration_s for record in sessions) / 60.0,
        practice_days=len(practice),
        days_at_target=sum(1 for sets in sets_by_day.values() if sets >= target),
        rows=rows,
        ratings=dict(sorted(ratings.items())),
        events=tuple(Event(record.day, record.routine_title, record.outcome, record.discomfort,
                           record.reps_completed, record.reps_planned)
                     for record in sessions if record.outcome != "completed" or (record.discomfort or 0) > 0),
        notes=tuple(Note(record.day, record.note) for record in sessions if record.note),
    )


def _spans(period: Period, monthly: bool) -> Iterable[tuple[date, date]]:
    """Calendar weeks (Monday to Sunday) or months, cut to the period at both ends."""
    start = period.start
    while start <= period.end:
        if monthly:
            following = (start.replace(day=1) + timedelta(days=32)).replace(day=1)
        else:
            following = start + timedelta(days=7 - start.weekday())
        end = min(following - timedelta(days=1), period.end)
        yield start, end
        start = end + timedelta(days=1)


def _row(sessions: list[SessionRecord], sets_by_day: Counter, target: int, start: date, end: date) -> Row:
    inside = [record for record in sessions if start <= record.day <= end]
    days = [day for day in sets_by_day if start <= day <= end]
    holds = [record.hold_s for record in inside if record.sets_completed > 0]
    timed = [hold for record in inside for hold in (record.holds_s or ())]
    return Row(
        start=start,
        end=end,
        practice_days=sum(1 for day in days if sets_by_day[day] > 0),
        sets=sum(sets_by_day[day] for day in days),
        days_at_target=sum(1 for day in days if sets_by_day[day] >= target),
        hold_s=max(holds) if holds else None,
        self_timed_mean_s=sum(timed) / len(timed) if timed else None,
        self_timed_longest_s=max(timed) if timed else None,
    )


def _prescription(sessions: list[SessionRecord], settings: Settings, catalog: Catalog) -> Prescription:
    routine_id = settings.last_routine_id or (sessions[-1].routine_id if sessions else None)
    routine = catalog.get(routine_id) if routine_id else None
    if routine is None:
        title = next((record.routine_title for record in reversed(sessions) if record.routine_id == routine_id),
                     None)
        return Prescription(title, settings.hold_s.get(routine_id or ""), None, None, settings.daily_target_sets)
    hold = settings.hold_s.get(routine.id, routine.hold_s)
    return Prescription(routine.title, hold, routine.reps_per_set, routine.sets, settings.daily_target_sets)


def _done(sessions: list[SessionRecord]) -> tuple[RoutineDone, ...]:
    by_routine: dict[str, list[SessionRecord]] = {}
    for record in sessions:
        by_routine.setdefault(record.routine_id, []).append(record)
    done = []
    for records in by_routine.values():
        holds = [record.hold_s for record in records]
        done.append(RoutineDone(
            title=records[-1].routine_title,
            sessions=len(records),
            sets=sum(record.sets_completed for record in records),
            reps_completed=sum(record.reps_completed for record in records),
            reps_planned=sum(record.reps_planned for record in records),
            shortest_hold_s=min(holds),
            longest_hold_s=max(holds),
        ))
    return tuple(sorted(done, key=lambda item: -item.sessions))
