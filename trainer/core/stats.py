"""Progress statistics over the session history: practice days, streaks, sets per day, totals, heatmap.

Every figure is computed on each record's stored ``local_date``, never on ``started_at``: the day a session
belongs to was fixed when it was recorded, so travel and daylight-saving changes cannot split or merge days.
Streaks step over date ordinals (whole calendar days), never over seconds.

Ten years of history is about 11,000 records and the Progress page asks for several figures at once, so
the history is folded once into a ``DayIndex`` (one pass, each distinct ``local_date`` parsed once). Every
function accepts either the records or a ready ``DayIndex``; callers that need several figures build the
index once with ``DayIndex.build`` and pass it around.

Every figure costs time and memory in proportion to the records and the days asked for, never to the sets or
seconds they hold, and a record whose numbers are out of range counts in none of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import Any, Iterable, Mapping, Union

from trainer.core.records import SessionRecord, local_date_for, within_bounds

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Totals:
    sessions: int
    sets: int
    minutes: float


@dataclass(frozen=True)
class DayIndex:
    """The history folded by practice day; read-only so one index can be shared by every chart.

    ``sets`` and ``holds`` hold practice days only (days with at least one completed set), so any other
    day simply reads as 0 sets.
    """

    sets: Mapping[date, int]
    holds: Mapping[date, float]
    days: tuple[date, ...]
    totals: Totals

    @classmethod
    def build(cls, sessions: Iterable[SessionRecord]) -> "DayIndex":
        sets: dict[date, int] = {}
        holds: dict[date, float] = {}
        # Several sessions share a day; parse each distinct local_date string once.
        parsed: dict[str, date] = {}
        count = total_sets = 0
        seconds = 0.0
        for record in sessions:
            if record.deleted_at is not None or not within_bounds(record):
                # Removed by the person (kept in the file for undo), or damaged: part of no figure.
                continue
            count += 1
            seconds += record.duration_s
            if record.sets_completed < 1:
                # A session stopped before its first set is kept in the history but makes no practice day.
                continue
            day = parsed.get(record.local_date)
            if day is None:
                day = parsed[record.local_date] = date.fromisoformat(record.local_date)
            total_sets += record.sets_completed
            sets[day] = sets.get(day, 0) + record.sets_completed
            holds[day] = max(holds.get(day, record.hold_s), record.hold_s)
        return cls(
            sets=MappingProxyType(sets),
            holds=MappingProxyType(holds),
            days=tuple(sorted(sets)),
            totals=Totals(sessions=count, sets=total_sets, minutes=seconds / 60.0),
        )


History = Union[Iterable[SessionRecord], DayIndex]


def _index(sessions: History) -> DayIndex:
    return sessions if isinstance(sessions, DayIndex) else DayIndex.build(sessions)


def today_for(now: datetime, day_start_hour: int = 0) -> date:
    """Today's practice day, by the same rule that gives a new record its ``local_date``."""
    return local_date_for(now, day_start_hour)


def practice_days(sessions: History) -> list[date]:
    """Sorted days with at least one completed set, whatever the sessions' outcomes."""
    return list(_index(sessions).days)


def current_streak(sessions: History, today: date) -> int:
    """Consecutive practice days ending today, or ending yesterday while today has no set yet.

    Practice days after ``today`` (a clock set back, a flight west) are ignored, not counted.
    """
    sets = _index(sessions).sets
    end = today.toordinal()
    if today not in sets:
        # Today is still open: yesterday's streak stays alive until the day is over.
        end -= 1
    length = 0
    while date.fromordinal(end - length) in sets:
        length += 1
    return length


def longest_streak(sessions: History) -> int:
    """The longest run of consecutive practice days ever."""
    longest = run = 0
    previous = None
    for ordinal in map(date.toordinal, _index(sessions).days):
        run = run + 1 if previous == ordinal - 1 else 1
        longest = max(longest, run)
        previous = ordinal
    return longest


def _days(start: date, end: date) -> Iterable[date]:
    """Every calendar day from ``start`` to ``end``, both included."""
    first = start.toordinal()
    return map(date.fromordinal, range(first, max(first, end.toordinal() + 1)))


def sets_per_day(sessions: History, start: date, end: date) -> list[tuple[date, int]]:
    """(day, sets) for every day from ``start`` to ``end`` inclusive, days without sets as 0."""
    sets = _index(sessions).sets
    return [(day, sets.get(day, 0)) for day in _days(start, end)]


def heatmap(sessions: History, today: date, weeks: int = 52) -> list[list[int | None]]:
    """Sets per day as ``weeks`` rows of Monday..Sunday, oldest first; the last row is today's week.

    Days after today are ``None`` so a chart can leave them blank rather than show a zero.
    """
    sets = _index(sessions).sets
    first = today - timedelta(days=today.weekday() + 7 * (weeks - 1))
    last = first + timedelta(days=7 * weeks - 1)
    cells = [sets.get(day, 0) if day <= today else None for day in _days(first, last)]
    return [cells[row * 7 : row * 7 + 7] for row in range(weeks)]


def totals(sessions: History) -> Totals:
    """Every session recorded (stopped ones too), the sets completed, and the minutes practised."""
    return _index(sessions).totals


def week_sets(sessions: History, today: date) -> int:
    """Sets from Monday of today's ISO week through today."""
    sets = _index(sessions).sets
    monday = today - timedelta(days=today.weekday())
    return sum(sets.get(day, 0) for day in _days(monday, today))


def hold_trend(sessions: History) -> list[tuple[date, float]]:
    """(day, longest hold) per practice day, by date; sessions without a completed set don't count."""
    index = _index(sessions)
    return [(day, index.holds[day]) for day in index.days]


def summary(sessions: History, today: date, daily_target: int) -> dict[str, Any]:
    """The object printed by ``stats --json``: streaks, totals and today's progress against the target."""
    index = _index(sessions)
    today_sets = index.sets.get(today, 0)
    return {
        "today": today.isoformat(),
        "current_streak_days": current_streak(index, today),
        "longest_streak_days": longest_streak(index),
        "practice_days": len(index.days),
        "sessions": index.totals.sessions,
        "sets_total": index.totals.sets,
        "minutes_total": round(index.totals.minutes, 1),
        "today_sets": today_sets,
        "daily_target_sets": daily_target,
        "target_met_today": today_sets >= daily_target,
        "week_sets": week_sets(index, today),
    }
