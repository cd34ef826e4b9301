"""Progress statistics over the session history: practice days, streaks, sets per day, totals, heatmap.

Every figure is computed on each record's stored ``local_date``, never on ``started_at``: the day a session
belongs to was fixed when it was recorded, so travel and daylight-saving changes cannot split or merge days.
Streaks step over date ordinals (whole calendar days), never over seconds.

Ten years of history is about 11,000 records and the Progress page asks for several figures at once, so
the history is folded once into a ``DayIndex`` (one pass, each distinct ``local_date`` parsed once). Every
function accepts either the records or a ready ``DayIndex``; callers that need several figures build the
index once with ``day_index`` (which keeps the last tuple's index) and pass it around.

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
        # Gathered by local_date text first, each distinct text parsed once after: three sessions share a
        # day, and this runs over the whole history each time it changes. Two texts of one day (a hand-edited
        # "20260329" beside "2026-03-29") are then merged in the order they first appear.
        by_text: dict[str, list] = {}
        count = total_sets = 0
        seconds = 0.0
        for record in sessions:
            if record.deleted_at is not None or not within_bounds(record):
                # Removed by the person (kept in the file for undo), or damaged: part of no figure.
                continue
            count += 1
            seconds += record.duration_s
            done = record.sets_completed
            if done < 1:
                # A session stopped before its first set is kept in the history but makes no practice day.
                continue
            total_sets += done
            day = by_text.get(record.local_date)
            if day is None:
                by_text[record.local_date] = [done, record.hold_s]
            else:
                day[0] += done
                if record.hold_s > day[1]:
                    day[1] = record.hold_s
        sets: dict[date, int] = {}
        holds: dict[date, float] = {}
        for text, (done, hold) in by_text.items():
            day = date.fromisoformat(text)
            if day in sets:
                sets[day] += done
                if hold > holds[day]:
                    holds[day] = hold
            else:
                sets[day], holds[day] = done, hold
        return cls(
            sets=MappingProxyType(sets),
            holds=MappingProxyType(holds),
            days=tuple(sorted(sets)),
            totals=Totals(sessions=count, sets=total_sets, minutes=seconds / 60.0),
        )


History = Union[Iterable[SessionRecord], DayIndex]


# The last history tuple indexed, and its index: the Train page's plan line, the Progress page and a command
# all ask about the store's one tuple of sessions, which (like its records) never changes once made.
_last_index: tuple[tuple[SessionRecord, ...], DayIndex] | None = None


def day_index(sessions: Iterable[SessionRecord]) -> DayIndex:
    """``DayIndex.build(sessions)``, built once for the same tuple asked again."""
    global _last_index
    if type(sessions) is not tuple:
        return DayIndex.build(sessions)
    last = _last_index
    if last is not None and last[0] is sessions:
        return last[1]
    index = DayIndex.build(sessions)
    _last_index = (sessions, index)
    return index


def _index(sessions: History) -> DayIndex:
    return sessions if isinstance(sessions, DayIndex) else day_index(sessions)


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
