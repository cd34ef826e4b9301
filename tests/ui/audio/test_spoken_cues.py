"""Spoken cues: with the setting on, each phase is said as it begins; off, or without an engine, silence."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from trainer.core.engine import SessionState
from trainer.core.routines import Catalog
from trainer.core.settings import Settings
from trainer.ui.dialogs import settings as settings_dialog
from trainer.ui.dialogs.settings import SettingsDialog
from trainer.ui.audio.sound_cues import SoundCues
from trainer.ui.audio.spoken_cues import SpokenCues, speech_engines
from trainer.ui.state import AppState
from trainer.ui.train.page import TrainPage

from helpers.sessions import run, tiny_routine
from helpers.speech_daemons import refusing_daemon

TINY_CUES = [
    "Get ready. Settle in and breathe",
    "Breathe in. Let go", "Breathe out. Let it rise",
    "Breathe in. Let go", "Breathe out. Let it rise",
    "Well done",
]


class FakeSpeaker:
    """Records what it is told; ``fail_after`` makes ``say`` raise as an engine that lost its service would."""

    def __init__(self, fail_after: int | None = None) -> None:
        self.said: list[str] = []
        self.stops = 0
        self.volume: float | None = None
        self._fail_after = fail_after

    def say(self, text: str) -> None:
        if self._fail_after is not None and len(self.said) >= self._fail_after:
            raise RuntimeError("speech service went away")
        self.said.append(text)

    def stop(self) -> None:
        self.stops += 1

    def setVolume(self, volume: float) -> None:
        self.volume = volume


class CountingChime(SoundCues):
    """A chime that counts each phase it is asked to mark instead of playing anything."""

    def __init__(self) -> None:
        super().__init__()
        self.chimes: list[int] = []

    def prepare(self) -> None:
        pass

    def play(self, kind: str) -> None:
        if kind != "end":
            self.chimes.append(1)


@pytest.fixture
def speaker() -> FakeSpeaker:
    return FakeSpeaker()


def page_with_voice(qtbot, store, clock, factory, spoken: bool) -> TrainPage:
    store.save_settings(store.settings.replace(spoken_cues=spoken, volume=0.4))
    page = TrainPage(AppState(store), Catalog((tiny_routine(),), ()), clock=clock, sounds=CountingChime(),
                     voice=SpokenCues(speaker_factory=factory))
    qtbot.addWidget(page)
    return page


def count_chimes(page: TrainPage) -> list[int]:
    chimes = page.cues.sounds.chimes
    return chimes


def test_each_phase_is_spoken_in_order_when_on(qtbot, store, clock, speaker):
    """The lead-in, every phase with its breath, and the end are said, each cutting off the last."""
    page = page_with_voice(qtbot, store, clock, lambda parent: speaker, spoken=True)
    chimes = count_chimes(page)
    page.controller.toggle()
    run(page.controller, clock, 6)
    page.summary_dialog.accept()
    assert speaker.said == TINY_CUES
    assert speaker.stops == len(speaker.said)
    assert speaker.volume == pytest.approx(0.4)
    assert chimes == []  # the voice marks each change; no chime under the words


def test_the_rest_between_sets_is_said_too(qtbot, store, clock, speaker):
    store.save_settings(store.settings.replace(spoken_cues=True))
    page = TrainPage(AppState(store), Catalog((tiny_routine(sets=2, rest_between_sets_s=1),), ()), clock=clock,
                     voice=SpokenCues(speaker_factory=lambda parent: speaker))
    qtbot.addWidget(page)
    page.controller.toggle()
    run(page.controller, clock, 11)
    page.summary_dialog.accept()
    assert speaker.said == [*TINY_CUES[:5], "Rest between sets", *TINY_CUES[1:]]


def test_nothing_is_spoken_when_off(qtbot, store, clock, speaker):
    created = []
    page = page_with_voice(qtbot, store, clock, lambda parent: created.append(1) or speaker, spoken=False)
    page.controller.toggle()
    run(page.controller, clock, 6)
    page.summary_dialog.accept()
    assert speaker.said == [] and created == []


def test_pausing_or_turning_the_voice_off_stops_it_mid_word(qtbot, store, clock, speaker):
    state = AppState(store)
    store.save_settings(store.settings.replace(spoken_cues=True, volume=0.4))
    page = TrainPage(state, Catalog((tiny_routine(),), ()), clock=clock,
                     voice=SpokenCues(speaker_factory=lambda parent: speaker))
    qtbot.addWidget(page)
    page.controller.toggle()
    run(page.controller, clock, 1.5)
    stops = speaker.stops
    page.controller.toggle()
    assert page.controller.snapshot.state is SessionState.PAUSED
    assert speaker.stops == stops + 1
    page.controller.toggle()
    state.change_settings(state.settings.replace(spoken_cues=False))
    assert speaker.stops == stops + 2
    run(page.controller, clock, 1.0)
    assert speaker.said == TINY_CUES[:2]
    page.controller.stop()
    page.summary_dialog.accept()


def test_a_missing_engine_means_silence_and_the_session_goes_on(qtbot, store, clock):
    """Without a speech engine the session still runs to a complete record, and the chime takes over."""
    page = page_with_voice(qtbot, store, clock, lambda parent: None, spoken=True)
    chimes = count_chimes(page)
    page.controller.toggle()
    run(page.controller, clock, 6)
    page.summary_dialog.accept()
    assert not page.cues.voice.active
    assert store.sessions[-1].outcome == "completed"
    assert len(chimes) == 5


def test_an_engine_that_fails_mid_session_goes_quiet_and_the_chime_takes_over(qtbot, store, clock):
    speaker = FakeSpeaker(fail_after=2)
    page = page_with_voice(qtbot, store, clock, lambda parent: speaker, spoken=True)
    chimes = count_chimes(page)
    page.controller.toggle()
    run(page.controller, clock, 6)
    page.summary_dialog.accept()
    assert speaker.said == TINY_CUES[:2]
    assert len(chimes) == 3  # the third phase, whose cue failed, and the two after it
    assert store.sessions[-1].outcome == "completed"
    assert not page.cues.voice.active


def test_an_engine_that_fails_to_start_is_treated_as_missing(qtbot):
    def broken(parent: QObject):
        raise RuntimeError("no audio")

    voice = SpokenCues(speaker_factory=broken)
    voice.configure(True, 0.5)
    voice.prepare()
    assert not voice.active


def test_qt_silent_mock_engine_is_never_offered():
    """Qt's mock engine reports success and says nothing; offering it would mute the chime for no voice."""
    assert "mock" not in speech_engines()


@pytest.mark.slow
def test_speech_loads_only_when_a_session_starts_with_spoken_cues_on(tmp_path):
    """Start-up never imports QtTextToSpeech; starting a session does. The voice is aimed at a daemon that
    refuses, so the host's own speech service is never touched."""
    script = textwrap.dedent("""
        import sys
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from trainer.core.clock import FakeClock
        from trainer.core.routines import load_catalog
        from trainer.core.store import Store
        from trainer.paths import builtin_routines_dir
        from trainer.ui.state import AppState
        from trainer.ui.train.page import TrainPage
        app = QApplication([])
        store = Store.open(Path(sys.argv[1]))
        store.save_settings(store.settings.replace(spoken_cues=True))
        clock = FakeClock(start=100.0)
        page = TrainPage(AppState(store), load_catalog(builtin_routines_dir(), Path(sys.argv[1]) / "routines"), clock=clock)
        print("before start:", "PySide6.QtTextToSpeech" in sys.modules)
        page.controller.toggle()
        for _ in range(100):
            clock.advance(0.1)
            page.controller.tick()
        print("after start:", "PySide6.QtTextToSpeech" in sys.modules, page.controller.snapshot.state.name)
        page.controller.stop()
        page.summary_dialog.accept()
        page.deleteLater()
    """)
    with refusing_daemon(tmp_path) as address:
        result = subprocess.run(
            [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, timeout=60,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen", SPEECHD_ADDRESS=address),
            cwd=Path(__file__).resolve().parents[3],
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["before start: False", "after start: True RUNNING"]


def test_the_settings_dialog_says_when_no_engine_is_installed(qtbot, monkeypatch):
    monkeypatch.setattr(settings_dialog, "speech_engines", lambda: [])
    dialog = SettingsDialog(Settings(sound=False, spoken_cues=False))
    qtbot.addWidget(dialog)
    assert not dialog.volume.isEnabled()
    assert "in place of the chime" in dialog.speech_note.text()
    dialog.spoken_cues.setChecked(True)
    assert dialog.volume.isEnabled()  # the volume is the voice's too
    assert "No speech engine is installed" in dialog.speech_note.text()
