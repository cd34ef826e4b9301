"""The UI's shared words: breath labels, phase names, durations, progress lines, and the phrases that more
than one screen says.

Kept in one place so the piston view, the screen-reader announcements, the picker, the dialogs and the
Progress page all say the same thing the same way, and each phrase sits in one translation context only.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from trainer.core.engine import Snapshot
from trainer.core.timeline import LEAD_IN, SET_REST


def _t(text: str) -> str:
    # Under the unnamed context, where lupdate files a module-level helper's strings.
    return QCoreApplication.translate("", text)


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
    """The whole seconds left in the phase, counted down the way people count: 3, 2, 1; during a self-timed
    hold, the whole seconds held so far, counted up, since the person decides when it ends."""
    if snapshot.held_s is not None:
        return str(math.floor(snapshot.held_s))
    return str(max(1, math.ceil(snapshot.phase_left_s - 1e-6)))


def announcement(snapshot: Snapshot) -> str:
    """What a screen reader says when a phase begins."""
    if snapshot.kind == LEAD_IN:
        return _t("Get ready. {cue}").format(cue=snapshot.cue)
    if snapshot.kind == SET_REST:
        return _t("Rest between sets")
    return f"{phase_name(snapshot.phase)}. {cue_line(snapshot)}"


# Phrases more than one screen uses -------------------------------------------------------------------------


def paused(suspended: bool) -> str:
    """The pause line: said when the session paused itself over a gap (suspend, a hidden window) or not."""
    return _t("Paused while you were away") if suspended else _t("Paused")


def well_done() -> str:
    return _t("Well done")


def session_stopped() -> str:
    return _t("Session stopped")


def before_you_start() -> str:
    return _t("Before you start")


def how_to_do_it() -> str:
    return _t("How to do it")


def close() -> str:
    return _t("Close")


def practice_calendar() -> str:
    return _t("Practice calendar")


def app_title(discreet: bool) -> str:
    """The app's name wherever others can see it (title bar, tray, notifications): neutral in discreet mode."""
    if discreet:
        return QCoreApplication.translate("MainWindow", "Breathing Trainer")
    return QCoreApplication.translate("MainWindow", "Pelvic Floor Trainer")


def about_title(discreet: bool) -> str:
    return _t("About Breathing Trainer") if discreet else _t("About Pelvic Floor Trainer")
