"""The piston model: phase targets from the DESIGN table, smooth easing, no jumps, and breath coupling."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from routine_factory import make_routine

from trainer.core.engine import SessionEngine
from trainer.core.phases import PHASES
from trainer.core.piston import breath_for, ease, positions
from trainer.core.routines import load_catalog
from trainer.core.settings import COUPLINGS
from trainer.core.timeline import Timeline
from trainer.paths import builtin_routines_dir


def test_phase_table_matches_the_design():
    table = {name: (spec.breath, spec.floor, spec.diaphragm) for name, spec in PHASES.items()}
    assert table == {
        "inhale": ("in", 0.4, 1.0),
        "exhale": ("out", 0.0, -0.3),
        "drop": ("in", 1.0, 1.0),
        "hold-drop": ("soft", 1.0, None),
        "return": ("out", 0.0, -0.3),
        "squeeze": ("out", -1.0, -0.3),
        "hold-squeeze": ("even", -1.0, None),
        "let-go": ("in", 0.0, 0.5),
        "rest": ("free", 0.0, None),
    }


def test_ease_is_smooth_and_bounded():
    assert ease(0) == 0 and ease(1) == 1 and ease(0.5) == pytest.approx(0.5)
    assert ease(-1) == 0 and ease(2) == 1
    assert ease(0.1) < 0.1  # slow start, like a breath


def cycle_routine(*phases):
    cycle = [{"phase": phase, "s": 2, "cue": "x"} for phase in phases]
    return make_routine(lead_in_s=0, sets=1, blocks=[{"reps": 1, "cycle": cycle}])


def test_drop_moves_floor_and_diaphragm_down_together():
    timeline = Timeline.from_routine(cycle_routine("drop", "hold-drop", "return"))
    drop, hold, back = timeline.segments
    assert positions(drop, 0.0, False) == (0.0, 0.0)
    assert positions(drop, 1.0, False) == (1.0, 1.0)
    floor, _ = positions(hold, 0.5, True)
    assert floor == 1.0
    assert positions(back, 1.0, False) == pytest.approx((0.0, -0.3))


def test_squeeze_lifts_the_floor():
    timeline = Timeline.from_routine(cycle_routine("squeeze", "hold-squeeze", "let-go"))
    squeeze, hold, let_go = timeline.segments
    assert positions(squeeze, 1.0, False)[0] == -1.0
    assert positions(hold, 0.3, True)[0] == -1.0
    assert positions(let_go, 1.0, False) == pytest.approx((0.0, 0.5))


def test_holds_breathe_gently_without_passing_the_held_position():
    timeline = Timeline.from_routine(cycle_routine("drop", "hold-drop"))
    hold = timeline.segments[1]
    diaphragm = [positions(hold, i / 100, True)[1] for i in range(101)]
    assert min(diaphragm) < 1.0 - 0.03
    assert max(diaphragm) <= 1.0
    assert diaphragm[0] == diaphragm[-1] == 1.0


def test_exhale_release_swaps_only_drop_and_return():
    for name, spec in PHASES.items():
        swapped = breath_for(name, spec, "exhale-release")
        expected = {"drop": "out", "return": "in"}.get(name, spec.breath)
        assert swapped == expected
        assert breath_for(name, spec, "inhale-release") == spec.breath


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(sorted(PHASES)), min_size=2, max_size=10))
def test_positions_never_jump_at_a_boundary(phases):
    """Where one phase ends, the next begins at the same floor and diaphragm positions."""
    timeline = Timeline.from_routine(cycle_routine(*phases))
    for before, after in zip(timeline.segments, timeline.segments[1:]):
        wobble_before = PHASES[before.phase].wobble
        wobble_after = PHASES[after.phase].wobble
        end = positions(before, 1.0, wobble_before)
        start = positions(after, 0.0, wobble_after)
        assert end == pytest.approx(start, abs=1e-9)
        for i in range(21):
            floor, diaphragm = positions(after, i / 20, wobble_after)
            assert -1.0 <= floor <= 1.0 and -1.0 <= diaphragm <= 1.0


@pytest.mark.parametrize("coupling", COUPLINGS)
def test_the_diaphragm_follows_the_breath_in_every_builtin_routine(coupling):
    """Down on every in-breath, up on every out-breath, under both couplings; the coupling only moves which
    breath the floor's release rides on (with exhale-release the floor drops while the diaphragm rises)."""
    catalog = load_catalog(builtin_routines_dir(), None)
    assert len(catalog.routines) >= 5
    for routine in catalog.routines:
        engine = SessionEngine(routine, coupling=coupling)
        for segment in engine.timeline.segments:
            breath = breath_for(segment.phase, PHASES[segment.phase], coupling)
            moved = segment.diaphragm_to - segment.diaphragm_from
            where = f"{routine.id} segment {segment.index} ({segment.phase}, breath {breath})"
            if breath == "in":
                assert moved > 0 or segment.diaphragm_to == 1.0, where
            elif breath == "out":
                assert moved < 0 or segment.diaphragm_to == PHASES["exhale"].diaphragm, where


def test_with_exhale_release_the_floor_drops_as_the_diaphragm_rises():
    timeline = Timeline.from_routine(cycle_routine("drop", "hold-drop", "return"), coupling="exhale-release")
    drop, _, back = timeline.segments
    assert drop.floor_to == 1.0 and drop.diaphragm_to < drop.diaphragm_from
    assert back.floor_to == 0.0 and back.diaphragm_to > back.diaphragm_from
