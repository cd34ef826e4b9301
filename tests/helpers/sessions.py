"""Helpers shared by the Train page and controller tests: a tiny routine, and ticking on the fake clock."""

from __future__ import annotations

from pathlib import Path

from trainer.core.clock import FakeClock
from trainer.core.routines import Routine, parse_routine
from trainer.ui.train.controller import SessionController


def tiny_routine(sets: int = 1, rest_between_sets_s: float = 0) -> Routine:
    """Lead-in 1 s, then 2 reps of two 1 s phases: 5 s in all (each further set adds its rest and 4 s)."""
    return parse_routine({
        "format": 1, "id": "tiny", "title": "Tiny", "audience": "everyone", "kind": "reverse-kegel",
        "summary": "A tiny routine for tests.", "positions": ["lying"], "instructions": ["Breathe."],
        "lead_in_s": 1, "sets": sets, "rest_between_sets_s": rest_between_sets_s,
        "blocks": [{"reps": 2, "cycle": [
            {"phase": "drop", "s": 1, "cue": "Let go"},
            {"phase": "return", "s": 1, "cue": "Let it rise"},
        ]}],
    }, Path("tiny.json"))


def run(controller: SessionController, clock: FakeClock, seconds: float, step: float = 0.1) -> None:
    """Advance the fake clock in timer-sized steps, ticking the controller as the real timer would."""
    for _ in range(round(seconds / step)):
        clock.advance(step)
        controller.tick()
