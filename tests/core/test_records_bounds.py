"""Absurd but well-formed numbers in a history record: damage to that record alone, part of no figure, and
every statistic stays cheap and finite whatever the values."""

from __future__ import annotations

import json
import math
import tracemalloc
from datetime import date, timedelta

import pytest
from helpers.records import make_session

from trainer.core import stats
from trainer.core.records import RecordError, RecordRangeError, SessionRecord

TODAY = date(2026, 3, 29)


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("sets_completed", 1001, "more than 1000"),
        ("sets_completed", 2**31, "more than 1000"),
        ("reps_completed", 10**400, "more than 1000"),
        ("reps_planned", -1, "negative"),
        ("duration_s", 86_401, "more than 86400"),
        ("duration_s", 10**400, "more than 86400"),
        ("duration_s", math.inf, "not a finite number"),
        ("duration_s", math.nan, "not a finite number"),
        ("hold_s", 3601.0, "more than 3600"),
        ("hold_s", -0.5, "negative"),
        ("holds_s", [1e9], "at most 1000 holds"),
        ("holds_s", [1.0] * 1001, "at most 1000 holds"),
    ],
)
def test_an_out_of_range_value_is_damage_to_that_record_naming_the_field(key, value, words):
    data = make_session().to_json()
    data[key] = value
    with pytest.raises(RecordRangeError) as caught:
        SessionRecord.from_json(data)
    assert caught.value.field == key and words in str(caught.value)


def test_values_at_the_bounds_are_kept():
    data = make_session(sets_completed=1000, duration_s=86_400, hold_s=3600, reps_planned=1000).to_json()
    assert SessionRecord.from_json(data).sets_completed == 1000


def test_an_entry_that_is_also_malformed_is_malformed_not_out_of_range():
    # The reader keeps out-of-range entries aside; one that is broken besides must stay a plain format error.
    data = make_session().to_json()
    data["sets_completed"] = 10**6
    data["started_at"] = "yesterday"
    with pytest.raises(RecordError) as caught:
        SessionRecord.from_json(data)
    assert type(caught.value) is RecordError and caught.value.field == "started_at"


def absurd_records() -> list[SessionRecord]:
    # Built in code, so they never met from_json: the figures must leave them out by themselves.
    return [make_session(sets_completed=10**12), make_session(duration_s=math.inf),
            make_session(hold_s=math.nan), make_session(hold_s=1e308)]


def test_a_record_with_absurd_numbers_counts_in_no_figure():
    good = make_session(local_date="2026-03-28", duration_s=120.0, hold_s=6.0)
    figures = stats.summary([good, *absurd_records()], TODAY, 3)
    assert (figures["sessions"], figures["sets_total"], figures["minutes_total"]) == (1, 1, 2.0)
    assert figures["practice_days"] == 1 and figures["today_sets"] == 0
    assert stats.hold_trend([good, *absurd_records()]) == [(date(2026, 3, 28), 6.0)]


def test_the_stats_object_is_always_strict_json():
    json.dumps(stats.summary(absurd_records(), TODAY, 3), allow_nan=False)


def test_a_day_with_a_million_sets_costs_no_more_than_its_records():
    history = [make_session(sets_completed=1000, local_date=TODAY.isoformat()) for _ in range(1000)]
    tracemalloc.start()
    try:
        index = stats.DayIndex.build(history)
        figures = stats.summary(index, TODAY, 3)
        cells = stats.heatmap(index, TODAY)
        year = stats.sets_per_day(index, TODAY - timedelta(days=364), TODAY)
        trend = stats.hold_trend(index)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert figures["today_sets"] == 10**6 and cells[-1][TODAY.weekday()] == 10**6
    assert len(year) == 365 and len(trend) == 1
    assert peak < 512 * 1024
