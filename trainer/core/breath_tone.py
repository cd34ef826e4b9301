"""An optional quiet tone that follows the breath: its pitch rises on the in-breath and falls on the out-breath.

Pure numbers for the UI's tone player: ``breath_tone(breath, progress)`` gives the pitch and loudness at a point
of a segment. The pitch glides a perfect fifth (220 to 330 Hz, low and unobtrusive) with an ease-in-out curve,
as lungs fill and empty, and the loudness swells and fades within each breath, so that one breath joins the next
without a click. Holds and rests are silent: the tone marks breathing, and stillness is the cue to hold.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

LOW_HZ = 220.0
HIGH_HZ = 330.0
MAX_GAIN = 0.25  # of the cue volume: a background to the cues, never louder than them


@dataclass(frozen=True)
class Tone:
    frequency_hz: float
    gain: float  # 0..MAX_GAIN, to be multiplied by the person's volume


def breath_tone(breath: str, progress: float) -> Tone | None:
    """The tone for a breath direction ("in", "out"; others are silent) at ``progress`` (0..1) of the segment."""
    if breath not in ("in", "out"):
        return None
    progress = min(max(progress, 0.0), 1.0)
    eased = 0.5 - 0.5 * math.cos(math.pi * progress)
    rise = eased if breath == "in" else 1.0 - eased
    return Tone(LOW_HZ * (HIGH_HZ / LOW_HZ) ** rise, MAX_GAIN * math.sin(math.pi * progress))
