"""The closed vocabulary of exercise phases, and what the breath, the floor and the diaphragm do in each.

Positions run from -1 (lifted) through 0 (rest) to +1 (dropped), for both the pelvic floor and the diaphragm:
on the in-breath the diaphragm descends and the floor drops with it, like a piston.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PhaseSpec:
    """What a phase asks of the breath, the pelvic floor and the diaphragm: the figure's targets."""

    breath: str  # "in", "out", "soft", "even" or "free"
    floor: float | None  # target; None means "stay where it is"
    diaphragm: float | None  # target; None means "stay, with gentle small breaths"
    wobble: bool = False  # gentle small breaths on the diaphragm while holding


PHASES: dict[str, PhaseSpec] = {
    "inhale": PhaseSpec("in", 0.4, 1.0),
    "exhale": PhaseSpec("out", 0.0, -0.3),
    "drop": PhaseSpec("in", 1.0, 1.0),
    "hold-drop": PhaseSpec("soft", 1.0, None, wobble=True),
    "return": PhaseSpec("out", 0.0, -0.3),
    "squeeze": PhaseSpec("out", -1.0, -0.3),
    "hold-squeeze": PhaseSpec("even", -1.0, None, wobble=True),
    "let-go": PhaseSpec("in", 0.0, 0.5),
    "rest": PhaseSpec("free", 0.0, None, wobble=True),
}
