"""The timeline: expansion of a routine, and O(log n) look-ups that agree with a brute-force walk."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st
from routine_factory import make_routine

from trainer.core.timeline import LEAD_IN, PHASE, SET_REST, Timeline


def test_expansion_order_lead_in_sets_reps_phases_and_rests():
    """Lead-in, then each set's reps and phases, with a rest between sets but not after the last."""
    timeline = Timeline.from_routine(make_routine())
    kinds = [segment.kind for segment in timeline.segments]
    assert kinds[0] == LEAD_IN
    assert kinds.count(SET_REST) == 1
    assert kinds.count(PHASE) == 2 * 3 * 3
    assert kinds[-1] == PHASE
    assert timeline.total_s == 2 + 2 * 3 * 4.5 + 4
    assert timeline.reps_planned == 6


def test_segments_are_contiguous_and_numbered():
    timeline = Timeline.from_routine(make_routine())
    for before, after in zip(timeline.segments, timeline.segments[1:]):
        assert before.end == after.start
        assert after.index == before.index + 1
    first_phase = timeline.segments[1]
    assert (first_phase.set, first_phase.sets, first_phase.rep, first_phase.reps) == (1, 2, 1, 3)
    last = timeline.segments[-1]
    assert (last.set, last.rep, last.ends_rep, last.ends_set) == (2, 3, True, True)


def test_progressive_hold_replaces_only_progressive_steps():
    timeline = Timeline.from_routine(make_routine(), hold_s=7)
    holds = [s.duration for s in timeline.segments if s.phase == "hold-drop"]
    drops = [s.duration for s in timeline.segments if s.phase == "drop"]
    assert set(holds) == {7} and set(drops) == {1}


def test_zero_lead_in_and_zero_rest_add_no_segments():
    timeline = Timeline.from_routine(make_routine(lead_in_s=0, rest_between_sets_s=0))
    assert {segment.kind for segment in timeline.segments} == {PHASE}
    assert timeline.segments[0].start == 0


def test_lookup_clamps_outside_the_session():
    timeline = Timeline.from_routine(make_routine())
    assert timeline.index_at(-5) == 0
    assert timeline.index_at(timeline.total_s + 100) == len(timeline.segments) - 1
    assert timeline.index_at(2.0) == 1  # a boundary belongs to the segment it starts


def test_completed_reps_and_sets_count_only_ended_reps():
    timeline = Timeline.from_routine(make_routine())
    assert timeline.completed_by(0) == (0, 0)
    first_rep_end = 2 + 4.5
    assert timeline.completed_by(first_rep_end - 0.01) == (0, 0)
    assert timeline.completed_by(first_rep_end) == (1, 0)
    assert timeline.completed_by(2 + 3 * 4.5) == (3, 1)
    assert timeline.completed_by(timeline.total_s) == (6, 2)


steps = st.fixed_dictionaries({
    "phase": st.sampled_from(["inhale", "exhale", "drop", "hold-drop", "return", "squeeze", "let-go", "rest"]),
    "s": st.floats(min_value=0.05, max_value=20, allow_nan=False).map(lambda v: round(v, 2)),
    "cue": st.just("cue"),
})
blocks = st.fixed_dictionaries({"reps": st.integers(1, 6), "cycle": st.lists(steps, min_size=1, max_size=4)})
routines = st.builds(
    lambda lead, sets, rest, bs: make_routine(lead_in_s=lead, sets=sets, rest_between_sets_s=rest, blocks=bs),
    st.sampled_from([0, 0.5, 5]), st.integers(1, 4), st.sampled_from([0, 3, 60]),
    st.lists(blocks, min_size=1, max_size=3),
)


@settings(max_examples=150, deadline=None)
@given(routine=routines, fractions=st.lists(st.floats(min_value=-0.1, max_value=1.1), min_size=1, max_size=30))
def test_bisect_lookup_agrees_with_a_brute_force_walk(routine, fractions):
    """For random routines and times, index_at finds the same segment as walking the list from the start."""
    timeline = Timeline.from_routine(routine)
    assert math.isclose(timeline.total_s, sum(s.duration for s in timeline.segments))
    for fraction in fractions:
        elapsed = fraction * timeline.total_s
        expected = len(timeline.segments) - 1
        for segment in timeline.segments:
            if elapsed < segment.end:
                expected = segment.index
                break
        assert timeline.index_at(elapsed) == expected
