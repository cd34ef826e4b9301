"""Which cue sound marks the start of each part of a session, and where each theme keeps its sounds.

Six kinds, one per thing the body does next, so that with eyes closed the sound alone says what to do:
breathing in or letting go, breathing out or returning, holding, squeezing, resting, and the end.
"""

from __future__ import annotations

from trainer.core.timeline import LEAD_IN, PHASE, SET_REST

CUE_KINDS = ("in", "out", "hold", "squeeze", "rest", "end")
SOUND_THEMES_WITH_FILES = ("soft", "bell")
DONE = "done"  # the snapshot's kind once the session is over

# Every phase in trainer.core.phases, by what the person does in it.
_PHASE_CUES = {
    "inhale": "in",
    "drop": "in",
    "let-go": "in",
    "exhale": "out",
    "return": "out",
    "hold-drop": "hold",
    "hold-squeeze": "hold",
    "squeeze": "squeeze",
    "rest": "rest",
}


def cue_kind(segment_kind: str, phase: str) -> str:
    """The cue for entering a segment (``Segment.kind`` and ``.phase``), or ``"done"`` for the end.

    The lead-in and the rests between sets are rests: a quiet sign that the session is on, nothing to do yet.
    """
    if segment_kind == DONE:
        return "end"
    if segment_kind in (LEAD_IN, SET_REST):
        return "rest"
    if segment_kind != PHASE:
        raise ValueError(f"unknown segment kind {segment_kind!r}")
    return _PHASE_CUES[phase]


def cue_sound(theme: str, kind: str) -> tuple[str, str, str] | None:
    """The resource path parts of a cue's sound (``resource(*parts)``), or None for the silent theme "none"."""
    if theme not in SOUND_THEMES_WITH_FILES:
        return None
    if kind not in CUE_KINDS:
        raise ValueError(f"unknown cue kind {kind!r}")
    return ("sounds", theme, f"{kind}.wav")
