"""Builders for routine data in tests: a valid routine dict to start from, and small routines for the engine."""

from __future__ import annotations

import copy
from pathlib import Path

from trainer.core.routines import parse_routine

VALID = {
    "format": 1,
    "id": "test-routine",
    "title": "Test routine",
    "audience": "everyone",
    "kind": "reverse-kegel",
    "summary": "A routine for tests.",
    "positions": ["lying"],
    "instructions": ["Breathe."],
    "lead_in_s": 2,
    "sets": 2,
    "rest_between_sets_s": 4,
    "blocks": [
        {"reps": 3, "cycle": [
            {"phase": "drop", "s": 1, "cue": "Let go"},
            {"phase": "hold-drop", "s": 2, "cue": "Stay soft", "progressive": True},
            {"phase": "return", "s": 1.5, "cue": "Let it rise"},
        ]}
    ],
}


def routine_data(**changes) -> dict:
    data = copy.deepcopy(VALID)
    data.update(changes)
    return data


def make_routine(**changes):
    return parse_routine(routine_data(**changes), Path("test-routine.json"))
