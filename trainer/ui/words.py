"""The words the Train page shows for a session: breath labels, phase names, durations, progress lines.

Kept in one place so the piston view, the screen-reader announcements, the picker and the summary dialog all
say the same thing the same way, and every text is marked for translation once.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from trainer.core.engine import Snapshot

_CONTEXT = "SessionText"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def breath_label(breath: str) -> str:
    """What the breath does now: "Breathe in", "Breathe out", "Breathe softly", ..."""
    labels = {
        "in": _t("Breathe in"),
        "out": _t("Breathe out"),
        "soft": _t("Breathe softly"),
        "even": _t("Breathe evenly"),
        "free": _t("Breathe freely"),
    }
    return labels.get(breath, labels["free"])


def phase_name(phase: str) -> str:
    """A readable name for a phase of the closed vocabulary."""
    names = {
        "inhale": _t("Breathing in"),
        "exhale": _t("Breathing out"),
        "drop": _t("Drop"),
        "hold-drop": _t("Hold the drop"),
        "return": _t("Return"),
        "squeeze": _t("Squeeze"),
        "hold-squeeze": _t("Hold the squeeze"),
        "let-go": _t("Let go"),
        "rest": _t("Rest"),
    }
    return names.get(phase, phase)


def format_duration(seconds: float) -> str:
    """A length for people: "45 s", "3 min", "2 min 15 s" (rounded to whole seconds)."""
    total = max(0, int(round(seconds)))
    minutes, rest = divmod(total, 60)
    if minutes == 0:
        return _t("{seconds} s").format(seconds=rest)
    if rest == 0:
        return _t("{minutes} min").format(minutes=minutes)
    return _t("{minutes} min {seconds} s").format(minutes=minutes, seconds=rest)


def cue_line(snapshot: Snapshot) -> str:
    """The large line of the view: the breath, then the cue, e.g. "Breathe in · Let go and soften"."""
    breath = breath_label(snapshot.breath)
    return f"{breath} · {snapshot.cue}" if snapshot.cue else breath


def position_line(snapshot: Snapshot) -> str:
    """Where the session is: "Rep 3 of 10 · Set 1 of 2 · 2 min 10 s left" (no rep during lead-in or rests)."""
    parts = []
    if snapshot.rep:
        parts.append(_t("Rep {rep} of {reps}").format(rep=snapshot.rep, reps=snapshot.reps))
    if snapshot.sets > 1 and snapshot.set:
        parts.append(_t("Set {set} of {sets}").format(set=snapshot.set, sets=snapshot.sets))
    parts.append(_t("{time} left").format(time=format_duration(math.ceil(snapshot.session_left_s))))
    return " · ".join(parts)


def seconds_left(snapshot: Snapshot) -> str:
    """The whole seconds left in the phase, counted down the way people count: 3, 2, 1."""
    return str(max(1, math.ceil(snapshot.phase_left_s - 1e-6)))


def announcement(snapshot: Snapshot) -> str:
    """What a screen reader says when a phase begins."""
    if snapshot.kind == "lead-in":
        return _t("Get ready. {cue}").format(cue=snapshot.cue)
    if snapshot.kind == "set-rest":
        return _t("Rest between sets")
    return f"{phase_name(snapshot.phase)}. {cue_line(snapshot)}"
