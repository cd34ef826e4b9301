"""Property tests: the fast statistics agree with slow, obviously-correct counts over random histories."""

from __future__ import annotations

from datetime import date, timedelta

from helpers.records import make_session
from hypothesis import given
from hypothesis import strategies as st

from trainer.core import stats
from trainer.core.records import SessionRecord

WINDOW_START = date(2025, 11, 1)
WINDOW_DAYS = 200

# day offset in the window -> the sets_completed of each session that day (0 = stopped before a set).
plans = st.dictionaries(
    st.integers(0, WINDOW_DAYS - 1),
    st.lists(st.integers(0, 3), min_size=1, max_size=3),
    max_size=WINDOW_DAYS,
)
# Today may fall before, inside or after the recorded days.
todays = st.integers(-3, WINDOW_DAYS + 3).map(lambda offset: WINDOW_START + timedelta(days=offset))


def history_of(plan: dict[int, list[int]]) -> list[SessionRecord]:
    return [
        make_session(
            local_date=(WINDOW_START + timedelta(days=offset)).isoformat(),
            sets_completed=sets,
            outcome="completed" if sets else "stopped",
        )
        for offset, day_sets in plan.items()
        for sets in day_sets
    ]


def practised(plan: dict[int, list[int]]) -> set[date]:
    return {WINDOW_START + timedelta(days=offset) for offset, day_sets in plan.items() if any(day_sets)}


def runs(days: set[date]) -> list[list[date]]:
    """Practice days cut into runs of consecutive days, in date order."""
    result: list[list[date]] = []
    for day in sorted(days):
        if result and result[-1][-1] + timedelta(days=1) == day:
            result[-1].append(day)
        else:
            result.append([day])
    return result


def brute_longest(days: set[date]) -> int:
    best = 0
    for day in days:
        length = 0
        while day + timedelta(days=length) in days:
            length += 1
        best = max(best, length)
    return best


def brute_current(days: set[date], today: date) -> int:
    past = runs({day for day in days if day <= today})
    if past and past[-1][-1] >= today - timedelta(days=1):
        return len(past[-1])
    return 0


@given(plans)
def test_practice_days_are_the_days_with_a_completed_set(plan):
    assert stats.practice_days(history_of(plan)) == sorted(practised(plan))


@given(plans, todays)
def test_current_streak_matches_a_brute_force_count(plan, today):
    assert stats.current_streak(history_of(plan), today) == brute_current(practised(plan), today)


@given(plans)
def test_longest_streak_matches_a_brute_force_count(plan):
    assert stats.longest_streak(history_of(plan)) == brute_longest(practised(plan))


@given(plans, todays)
def test_current_streak_never_exceeds_the_longest(plan, today):
    history = history_of(plan)
    assert stats.current_streak(history, today) <= stats.longest_streak(history)


@given(plans, st.integers(-5, WINDOW_DAYS + 5), st.integers(0, WINDOW_DAYS))
def test_sets_per_day_covers_every_day_and_sums_to_the_sets_in_range(plan, start_offset, length):
    history = history_of(plan)
    start = WINDOW_START + timedelta(days=start_offset)
    end = start + timedelta(days=length - 1)
    per_day = stats.sets_per_day(history, start, end)
    assert [day for day, _ in per_day] == [start + timedelta(days=i) for i in range(length)]
    assert sum(sets for _, sets in per_day) == sum(
        record.sets_completed for record in history if start <= record.day <= end
    )


@given(plans, todays, st.integers(1, 30))
def test_heatmap_agrees_with_sets_per_day(plan, today, weeks):
    history = history_of(plan)
    cells = [cell for row in stats.heatmap(history, today, weeks) for cell in row]
    first = today - timedelta(days=today.weekday() + 7 * (weeks - 1))
    assert first.weekday() == 0
    assert cells[: (today - first).days + 1] == [sets for _, sets in stats.sets_per_day(history, first, today)]
    assert cells[(today - first).days + 1 :] == [None] * (6 - today.weekday())


@given(plans, todays)
def test_week_sets_is_sets_per_day_from_monday(plan, today):
    history = history_of(plan)
    monday = today - timedelta(days=today.weekday())
    assert stats.week_sets(history, today) == sum(sets for _, sets in stats.sets_per_day(history, monday, today))
