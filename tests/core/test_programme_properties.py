"""Property tests: over random histories the hold moves at most one step per session and stays in its bounds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from programme_kit import PROGRAMME, day, plan_for, session

# One random session: a day gap after the previous one, its outcome, its rating, and self-timed holds or none.
sessions = st.tuples(
    st.integers(0, 3),
    st.sampled_from(["completed", "completed", "completed", "stopped", "discomfort"]),
    st.none() | st.integers(0, 10),
    st.none() | st.lists(st.floats(0, 15), min_size=1, max_size=4),
    st.sampled_from(["reverse-kegel-women", "reverse-kegel-women", "breath-drop", "kegel-women"]),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(sessions, max_size=40), st.booleans())
def test_the_hold_never_jumps_more_than_one_step_nor_leaves_its_bounds(items, follows_plan):
    """Each session, practised at the planned hold (or always at 5 s), moves the plan by at most 1 s."""
    history = []
    offset = 0
    previous = plan_for(history, day(offset)).programme_hold_s
    for gap, outcome, rating, holds, routine_id in items:
        offset += gap
        hold = plan_for(history, day(offset)).programme_hold_s if follows_plan else 5.0
        history.append(session(offset, hold_s=hold, outcome=outcome, discomfort=rating, routine_id=routine_id,
                               holds_s=tuple(holds) if holds else None))
        current = plan_for(history, day(offset)).programme_hold_s
        assert abs(current - previous) <= PROGRAMME.step_s
        assert PROGRAMME.min_s <= current <= PROGRAMME.max_s["hold-drop"]
        previous = current
