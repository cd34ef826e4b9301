"""Speech never blocks the GUI thread: the engine lives in a worker process that a watchdog gives up on.

These tests aim the real speech engine (QtTextToSpeech's speechd plugin in the worker) at fake daemons, so
they behave the same whatever speech service the host has: running, hung or none.
"""

from __future__ import annotations

import sys
import time

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer

from trainer.ui.audio.speech_process import SpeechProcess
from trainer.ui.audio.spoken_cues import SpokenCues, speech_engines

from helpers.speech_daemons import refusing_daemon, silent_daemon

# The speechd plugin ships in the PySide6 wheel but loads only where libspeechd2 is installed.
needs_speechd = pytest.mark.skipif("speechd" not in speech_engines(),
                                   reason="libspeechd2 (Debian) is not installed, so Qt has no speechd engine")

# Each call into the speaker must return in well under a frame; generous for a loaded CI machine.
AT_ONCE_S = 0.05


def timed(call, *args) -> float:
    start = time.perf_counter()
    call(*args)
    return time.perf_counter() - start


def responsive_for(qtbot, ms: int) -> int:
    """Run the event loop for ``ms`` with a 50 ms heartbeat; how many beats arrived shows it was not frozen."""
    beats = []
    heart = QTimer()
    heart.setObjectName("test-heartbeat")
    heart.timeout.connect(lambda: beats.append(1))
    heart.start(50)
    qtbot.wait(ms)
    heart.stop()
    return len(beats)


@needs_speechd
def test_a_daemon_that_never_answers_never_blocks_and_the_watchdog_gives_up(qtbot, tmp_path, monkeypatch):
    with silent_daemon(tmp_path) as address:
        monkeypatch.setenv("SPEECHD_ADDRESS", address)
        elapsed = QElapsedTimer()
        elapsed.start()
        speech = SpeechProcess(start_timeout_ms=1500, answer_timeout_ms=500)
        assert elapsed.elapsed() < 500  # starting the worker does not wait for it
        assert timed(speech.setVolume, 0.5) < AT_ONCE_S
        assert timed(speech.say, "Breathe in") < AT_ONCE_S
        assert timed(speech.stop) < AT_ONCE_S
        with qtbot.waitSignal(speech.failed, timeout=5000) as failed:
            assert responsive_for(qtbot, 300) >= 3
        assert "did not answer" in failed.args[0]
        assert not speech.alive
        assert timed(speech.say, "Breathe out") < AT_ONCE_S  # a dead voice stays quiet and quick


@needs_speechd
def test_a_daemon_that_refuses_means_no_voice_at_once(qtbot, tmp_path, monkeypatch):
    with refusing_daemon(tmp_path) as address:
        monkeypatch.setenv("SPEECHD_ADDRESS", address)
        speech = SpeechProcess(start_timeout_ms=5000)
        assert timed(speech.say, "Breathe in") < AT_ONCE_S
        with qtbot.waitSignal(speech.failed, timeout=5000) as failed:
            pass
        assert "No speech engine" in failed.args[0]


@needs_speechd
def test_spoken_cues_hand_over_to_the_chime_when_the_daemon_hangs(qtbot, tmp_path, monkeypatch):
    """The cues' own path to the real voice: each cue returns at once, and a hung voice goes quiet with a reason."""
    from trainer.ui.audio import spoken_cues

    with silent_daemon(tmp_path) as address:
        monkeypatch.setenv("SPEECHD_ADDRESS", address)
        monkeypatch.setattr(spoken_cues, "system_speaker",
                            lambda parent: SpeechProcess(parent, start_timeout_ms=1000, answer_timeout_ms=500))
        cues = SpokenCues()
        cues.configure(True, 0.6)
        assert timed(cues.prepare) < 0.2
        with qtbot.waitSignal(cues.unavailable, timeout=5000):
            pass
        assert not cues.active and "did not answer" in cues.unavailable_reason
        assert timed(cues.session_ended, True) < AT_ONCE_S


def test_a_worker_that_cannot_start_fails_cleanly(qtbot):
    speech = SpeechProcess(command=["/nonexistent/speech-worker"])
    with qtbot.waitSignal(speech.failed, timeout=5000):
        pass
    assert not speech.alive


def test_a_worker_that_dies_mid_session_fails_cleanly(qtbot):
    """A worker that says it is ready and then exits is noticed at once, not at the next watchdog."""
    script = "import sys; print('{\"ready\": \"fake\"}', flush=True); sys.stdin.readline()"
    speech = SpeechProcess(command=[sys.executable, "-c", script])
    with qtbot.waitSignal(speech.ready, timeout=5000):
        pass
    with qtbot.waitSignal(speech.failed, timeout=5000) as failed:
        speech.say("Breathe in")  # the worker reads one line and exits
    assert "stopped" in failed.args[0]
