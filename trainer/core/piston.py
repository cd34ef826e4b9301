"""The piston model: where the pelvic floor and the diaphragm are at any moment of a session.

Each segment starts where the previous one ended and eases toward its phase's target, so the positions never
jump at a boundary. Holds keep their position, with gentle small breaths on the diaphragm that begin and end
at zero so they also join without a jump.
"""

from __future__ import annotations

import math
from typing import Iterable

from trainer.core.phases import PhaseSpec

# With exhale-release the floor lets go on the out-breath: the drop and return phases swap their breath.
_EXHALE_RELEASE_BREATH = {"drop": "out", "return": "in"}
WOBBLE_AMPLITUDE = 0.06
WOBBLE_PERIOD_S = 4.0


def breath_for(phase: str, spec: PhaseSpec, coupling: str) -> str:
    """The breath direction shown for ``phase`` under the chosen breath coupling."""
    if coupling == "exhale-release":
        return _EXHALE_RELEASE_BREATH.get(phase, spec.breath)
    return spec.breath


def ease(progress: float) -> float:
    """Cosine ease-in-out: slow at both ends, like a breath, and continuous in speed at boundaries."""
    progress = min(max(progress, 0.0), 1.0)
    return 0.5 - 0.5 * math.cos(math.pi * progress)


def ease_positions(specs: Iterable[PhaseSpec]) -> list[tuple[float, float, float, float]]:
    """For consecutive phases, (floor_from, floor_to, diaphragm_from, diaphragm_to), each starting at rest."""
    floor = diaphragm = 0.0
    result = []
    for spec in specs:
        floor_to = floor if spec.floor is None else spec.floor
        diaphragm_to = diaphragm if spec.diaphragm is None else spec.diaphragm
        result.append((floor, floor_to, diaphragm, diaphragm_to))
        floor, diaphragm = floor_to, diaphragm_to
    return result


def positions(segment, progress: float, wobble: bool) -> tuple[float, float]:
    """Floor and diaphragm positions for a segment at ``progress`` (0..1), clamped to -1..+1."""
    k = ease(progress)
    floor = segment.floor_from + (segment.floor_to - segment.floor_from) * k
    diaphragm = segment.diaphragm_from + (segment.diaphragm_to - segment.diaphragm_from) * k
    if wobble and segment.duration > 0:
        # A whole number of small breaths that fits the segment, so the wobble is zero at both ends; each one
        # lifts the diaphragm slightly and lets it settle back, never past the held position.
        cycles = max(1, round(segment.duration / WOBBLE_PERIOD_S))
        diaphragm -= WOBBLE_AMPLITUDE * (0.5 - 0.5 * math.cos(2 * math.pi * cycles * progress))
    return (min(max(floor, -1.0), 1.0), min(max(diaphragm, -1.0), 1.0))
