"""The chime through a real sound server: PulseAudio's null sink, recorded from its monitor.

One short session is recorded. The moment of each phase change comes from the app itself, with no change to
it: Qt sends the screen-reader announcement of a phase and plays its chime from the same tick, so the
announcement's arrival over AT-SPI marks the change to within a few milliseconds. The gaps between chimes are
checked against the routine's timings too, so a late announcement cannot hide a late chime.

The exact check would compare against times the app writes down itself: the last test is written against
such a trace (``PFT_TRACE_FILE``) and fails until the app has one.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from desktop.app import App, write_settings
from desktop.processes import wait_until
from desktop.sound import Recorder, onsets

pytestmark = [pytest.mark.desktop, pytest.mark.timeout(120)]

ROUTINE = "kegel-women"  # lead-in 5 s, then squeeze 2 s, hold 5 s, let go 5 s
# Phase changes after pressing Start (the start itself is not a change of phase: the person just pressed Start).
CHANGES_S = (5.0, 7.0, 12.0)
PHASE_WORDS = ("Squeeze", "Hold the squeeze", "Let go")
TOLERANCE_S = 0.100


class Recording:
    """What one recorded session left: chime onsets, phase-change announcements, and the app's trace file."""

    def __init__(self, onsets: list[float], announcements: list[dict], start: float, trace: Path) -> None:
        self.onsets = onsets
        self.announcements = announcements
        self.start = start
        self.trace = trace

    def relative(self, times) -> list[float]:
        return [round(t - self.start, 3) for t in times]


@pytest.fixture(scope="module")
def recording(display, session_bus, a11y, pulse, tmp_path_factory) -> Recording:

    folder = tmp_path_factory.mktemp("sound")
    data = folder / "data"
    write_settings(data, sound=True, volume=0.6)
    trace = folder / "trace.jsonl"
    env = {**pulse.env, "QT_QPA_PLATFORM": "xcb", "QT_ACCESSIBILITY": "1", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
           "PFT_TRACE_FILE": str(trace)}
    app = App(display, env, data, folder / "app.log", routine=ROUTINE)
    recorder = None
    listener = None
    try:
        app.wait_for_window()
        recorder = Recorder(pulse, folder)
        listener = a11y.listen(app.pid, 30)
        a11y.press(app.pid, "Start")
        # The first announcement ("Get ready") marks the start; then wait for the last change and its chime.
        first = listener.wait_for(lambda e: e["type"] == "object:announcement", 10, "the session to start")
        wait_until(lambda: time.monotonic() > first["t"] + CHANGES_S[-1] + 1.2, CHANGES_S[-1] + 5,
                   "the last phase change and its chime", poll=0.1)
        start_time, samples = recorder.stop()
        said = listener.announcements()
        yield Recording(onsets(samples, start_time), said[1:], first["t"], trace)
    finally:
        if listener is not None:
            listener.stop()
        if recorder is not None:
            recorder.group.stop()
        app.stop()


def _nearest(times: list[float], target: float) -> float | None:
    return min(times, key=lambda t: abs(t - target), default=None)


def test_a_chime_is_heard_within_100_ms_of_each_phase_change(recording):
    """Every phase change, as the app announces it, is heard as a chime no more than 100 ms away."""
    said = recording.announcements[:len(CHANGES_S)]
    report = (f"announcements (s after Start): {recording.relative(e['t'] for e in said)} "
              f"{[e['any_data'] for e in said]}; onsets: {recording.relative(recording.onsets)}")
    assert [(e["any_data"] or "").split(".")[0] for e in said] == list(PHASE_WORDS), report
    for event in said:
        onset = _nearest(recording.onsets, event["t"])
        assert onset is not None and abs(onset - event["t"]) <= TOLERANCE_S, report
    # The chimes keep the routine's own rhythm, whatever the announcements did.
    heard = [_nearest(recording.onsets, e["t"]) for e in said]
    for (a, b), (ta, tb) in zip(zip(heard, heard[1:]), zip(CHANGES_S, CHANGES_S[1:])):
        assert abs((b - a) - (tb - ta)) <= TOLERANCE_S, report


def test_no_chime_is_heard_between_phase_changes(recording):
    """Each chime belongs to a phase change: nothing else sounds during the session."""
    changes = [e["t"] for e in recording.announcements[:len(CHANGES_S)]]
    strays = [t for t in recording.onsets if t > recording.start + 0.5
              and all(abs(t - c) > TOLERANCE_S for c in changes)]
    assert not strays, f"stray onsets (s after Start): {recording.relative(strays)}"


def test_each_chime_is_within_100_ms_of_the_phase_change_the_app_traces(recording):
    """With PFT_TRACE_FILE=PATH the app appends one JSON line per phase change, {"t": time.monotonic() at the
    boundary as the engine computes it (start + paused + offset, not the tick that noticed it), "phase": ...,
    "kind": ...}; each is heard as a chime within 100 ms."""
    assert recording.trace.exists(), "the app wrote no PFT_TRACE_FILE"
    changes = [json.loads(line) for line in recording.trace.read_text().splitlines() if line.strip()]
    boundaries = [c["t"] for c in changes if c["t"] > recording.start + 0.5]
    assert len(boundaries) >= len(CHANGES_S)
    for boundary in boundaries[:len(CHANGES_S)]:
        onset = _nearest(recording.onsets, boundary)
        assert onset is not None and -0.005 <= onset - boundary <= TOLERANCE_S, \
            f"boundaries: {recording.relative(boundaries)}; onsets: {recording.relative(recording.onsets)}"
