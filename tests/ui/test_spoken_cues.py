"""Spoken cues: with the setting on, each phase is said as it begins; off, or without an engine, silence."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject

from trainer.core.routines import Catalog
from trainer.ui.spoken_cues import SpokenCues
from trainer.ui.train_page import TrainPage

from session_helpers import run, tiny_routine


class FakeSpeaker:
    def __init__(self) -> None:
        self.said: list[str] = []
        self.stops = 0
        self.volume: float | None = None

    def say(self, text: str) -> None:
        self.said.append(text)

    def stop(self) -> None:
        self.stops += 1

    def setVolume(self, volume: float) -> None:
        self.volume = volume


@pytest.fixture
def speaker() -> FakeSpeaker:
    return FakeSpeaker()


def page_with_voice(qtbot, store, clock, factory, spoken: bool) -> TrainPage:
    store.save_settings(store.settings.replace(spoken_cues=spoken, volume=0.4))
    page = TrainPage(store, Catalog((tiny_routine(),), ()), clock=clock)
    qtbot.addWidget(page)
    page.voice = SpokenCues(page, speaker_factory=factory)
    page.apply_settings(store.settings)
    return page


def test_each_phase_is_spoken_in_order_when_on(qtbot, store, clock, speaker):
    """The lead-in, every phase with its breath, and the end are said, each cutting off the last."""
    page = page_with_voice(qtbot, store, clock, lambda parent: speaker, spoken=True)
    page.controller.toggle()
    run(page.controller, clock, 6)
    page.summary_dialog.accept()
    assert speaker.said == [
        "Get ready. Settle in and breathe",
        "Breathe in. Let go", "Breathe out. Let it rise",
        "Breathe in. Let go", "Breathe out. Let it rise",
        "Well done",
    ]
    assert speaker.stops == len(speaker.said)
    assert speaker.volume == pytest.approx(0.4)


def test_nothing_is_spoken_when_off(qtbot, store, clock, speaker):
    created = []
    page = page_with_voice(qtbot, store, clock, lambda parent: created.append(1) or speaker, spoken=False)
    page.controller.toggle()
    run(page.controller, clock, 6)
    page.summary_dialog.accept()
    assert speaker.said == [] and created == []


def test_a_missing_engine_means_silence_and_the_session_goes_on(qtbot, store, clock):
    """Without a speech engine the session still runs to a complete record, and the chime takes over."""
    page = page_with_voice(qtbot, store, clock, lambda parent: None, spoken=True)
    chimes = []
    page.sounds.phase_started = lambda: chimes.append(1)
    page.controller.toggle()
    run(page.controller, clock, 6)
    page.summary_dialog.accept()
    assert not page.voice.active
    assert store.sessions[-1].outcome == "completed"
    assert len(chimes) == 5


def test_an_engine_that_fails_to_start_is_treated_as_missing(qtbot):
    def broken(parent: QObject):
        raise RuntimeError("no audio")

    voice = SpokenCues(speaker_factory=broken)
    voice.configure(True, 0.5)
    voice.prepare()
    assert not voice.active
