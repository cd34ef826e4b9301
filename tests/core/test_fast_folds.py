"""The fast history folds give exactly what the plain ones gave (``fold_reference``), over random histories:
the day index of every statistic, and the programme's levels, folded at once or continued session by session."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from helpers.records import make_session
from hypothesis import given, settings
from hypothesis import strategies as st
from programme_kit import CATALOG, PROGRAMME

from fold_reference import reference_index, reference_levels
from trainer.core import stats
from trainer.core.programme import hold_levels, hold_track

START = date(2026, 3, 2)
TRACKS = {routine.id: hold_track(routine) for routine in CATALOG.routines}


@st.composite
def records(draw):
    day = START + timedelta(days=draw(st.integers(0, 40)))
    # Another ISO form of the same day, as a hand-edited file may hold: it must count for that very day.
    local = day.strftime("%Y%m%d") if draw(st.integers(0, 9)) == 0 else day.isoformat()
    hour, minute = draw(st.integers(0, 23)), draw(st.sampled_from([0, 15, 30]))
    zone = draw(st.sampled_from(["+01:00", "+02:00", "-05:00", "Z", ""]))  # "" is a naive, hand-edited time
    outcome = draw(st.sampled_from(["completed", "completed", "completed", "stopped", "discomfort"]))
    return make_session(
        local_date=local,
        started_at=f"{day.isoformat()}T{hour:02d}:{minute:02d}:00{zone}",
        routine_id=draw(st.sampled_from(sorted(TRACKS) + ["combined"])),
        outcome=outcome,
        sets_completed=draw(st.sampled_from([0, 1, 1, 2, 3, 5000])),
        hold_s=draw(st.sampled_from([-0.0, 0.0, 4.0, 5.0, 6.0, 7.0, 8.0, 12.0, 4000.0])),
        duration_s=draw(st.sampled_from([150.0, 0.0, 90000.0])),
        discomfort=draw(st.none() | st.integers(0, 10)),
        holds_s=draw(st.none() | st.lists(st.sampled_from([1.0, 4.0, 6.0, 9.0]), min_size=1, max_size=3).map(tuple)),
        deleted_at=draw(st.sampled_from([None, None, None, None, "2026-05-01T10:00:00+02:00"])),
    )


histories = st.lists(records(), max_size=60)
todays = st.integers(0, 50).map(lambda offset: START + timedelta(days=offset))


def index_figures(index: stats.DayIndex):
    # repr keeps the sign of a zero hold, which == would not tell apart.
    return (dict(index.sets), repr(sorted(index.holds.items())), index.days,
            (index.totals.sessions, index.totals.sets, index.totals.minutes))


def reference_figures(sessions):
    sets, holds, days, totals = reference_index(sessions)
    return sets, repr(sorted(holds.items())), days, totals


@settings(max_examples=300, deadline=None)
@given(histories)
def test_the_day_index_is_the_plain_fold(history):
    assert index_figures(stats.DayIndex.build(history)) == reference_figures(history)


@settings(max_examples=50, deadline=None)
@given(histories, histories)
def test_the_kept_day_index_belongs_to_its_own_tuple(first, second):
    """Asked again with the same tuple, the index is the one built; any other history gets its own."""
    one, two = tuple(first), tuple(first + second)
    index = stats.day_index(one)
    assert stats.day_index(one) is index
    assert index_figures(stats.day_index(two)) == reference_figures(two)
    assert index_figures(stats.day_index(one)) == reference_figures(one)


@settings(max_examples=300, deadline=None)
@given(histories, todays)
def test_the_levels_are_the_plain_fold(history, today):
    assert hold_levels(PROGRAMME, history, TRACKS, today) == reference_levels(PROGRAMME, history, TRACKS, today)


@settings(max_examples=200, deadline=None)
@given(histories, st.lists(records(), max_size=6), todays)
def test_levels_continued_session_by_session_are_the_plain_fold(history, later, today):
    """As the app asks: the history, then the history and each new session (older ones too, as a merge adds)."""
    sessions = tuple(history)
    hold_levels(PROGRAMME, sessions, TRACKS, today)
    for record in later:
        sessions = sessions + (record,)
        assert hold_levels(PROGRAMME, sessions, TRACKS, today) == reference_levels(PROGRAMME, sessions, TRACKS,
                                                                                   today)


@settings(max_examples=100, deadline=None)
@given(histories.filter(bool), st.data(), todays)
def test_levels_after_a_removal_or_an_edit_are_the_plain_fold(history, data, today):
    sessions = tuple(history)
    hold_levels(PROGRAMME, sessions, TRACKS, today)
    where = data.draw(st.integers(0, len(sessions) - 1))
    changed = data.draw(st.sampled_from([
        dataclasses.replace(sessions[where], deleted_at="2026-05-01T10:00:00+02:00"),
        dataclasses.replace(sessions[where], deleted_at=None),
        dataclasses.replace(sessions[where], discomfort=8),
    ]))
    edited = sessions[:where] + (changed,) + sessions[where + 1:]
    assert hold_levels(PROGRAMME, edited, TRACKS, today) == reference_levels(PROGRAMME, edited, TRACKS, today)
    shorter = sessions[:where]
    assert hold_levels(PROGRAMME, shorter, TRACKS, today) == reference_levels(PROGRAMME, shorter, TRACKS, today)
