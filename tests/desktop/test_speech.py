"""Spoken cues through a real speech-dispatcher that has no sound server to speak to (issue 9 point 3).

That is the set-up that froze the app at its second cue: the window must go on answering keys through the
session, Esc must stop it, and the stopped session must be saved.
"""

from __future__ import annotations

import pytest

from desktop.app import sessions, write_settings
from desktop.display import screen_keeps_changing
from desktop.processes import wait_until

pytestmark = [pytest.mark.desktop, pytest.mark.timeout(120)]

ROUTINE = "kegel-women"  # cues at the start, then at 5 s and at 7 s
PAST_SECOND_CUE_S = 7.5
KEY_ANSWER_S = 3.0


def _speak_requests(daemon) -> int:
    """SPEAK commands the daemon received: at log level 4 it notes each as it reads the text that follows."""
    return daemon.log_file.read_text(errors="replace").count("Switching to data mode")


def _named(listener, role: str, name: str, after: float):
    return lambda: next((e for e in list(listener.events) if e["t"] > after and e.get("role") == role
                         and e.get("name") == name), None)


def _announced(listener, words: str, after: float):
    return lambda: next((e for e in listener.announcements()
                         if e["t"] > after and (e["any_data"] or "").startswith(words)), None)


def test_with_spoken_cues_and_no_sound_server_the_window_keeps_answering(launch, display, a11y, speech_daemon,
                                                                         tmp_path):
    """Past the second cue Space pauses and resumes, the piston moves, Esc stops, and history.json keeps it."""
    data = tmp_path / "data"
    write_settings(data, spoken_cues=True)
    spoken_before = _speak_requests(speech_daemon)
    app = launch(data, routine=ROUTINE, env={"SPEECHD_ADDRESS": speech_daemon.address})
    app.wait_for_window()
    listener = a11y.listen(app.pid, 60)
    try:
        a11y.press(app.pid, "Start")
        started = listener.wait_for(lambda e: e["type"] == "object:announcement", 10, "the session to start")
        wait_until(_announced(listener, "Hold the squeeze", started["t"]), PAST_SECOND_CUE_S + 5,
                   "the third phase (past the second spoken cue)")
        assert screen_keeps_changing(display, tmp_path, region=None) > 0, "the piston stopped moving"

        mark = listener.events[-1]["t"]
        display.key("space")
        wait_until(_announced(listener, "Paused", mark), KEY_ANSWER_S, "Space to pause the session")
        wait_until(_named(listener, "push button", "Resume", mark), KEY_ANSWER_S, "the Resume button")

        mark = listener.events[-1]["t"]
        display.key("space")
        wait_until(_named(listener, "push button", "Pause", mark), KEY_ANSWER_S, "Space to resume the session")

        mark = listener.events[-1]["t"]
        display.key("Escape")
        wait_until(_announced(listener, "Session stopped", mark), KEY_ANSWER_S, "Esc to stop the session")
    finally:
        listener.stop()
    saved = wait_until(lambda: [s for s in sessions(data) if s["outcome"] == "stopped"], 10,
                       "a stopped session in history.json")
    assert saved[0]["routine_id"] == ROUTINE
    # The cues really went to the daemon, the second one too, so the test exercised speech, not only the chime.
    spoken = _speak_requests(speech_daemon) - spoken_before
    assert spoken >= 2, f"speech-dispatcher was asked to speak {spoken} time(s)"
    assert app.group.alive()
