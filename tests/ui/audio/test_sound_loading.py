"""The cue sounds: loaded early, played once ready if that is still in time, and a failure says why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtMultimedia import QSoundEffect

from trainer.ui.audio import sound_cues
from trainer.ui.audio.sound_cues import LATE_S, SoundCues


class LoadingEffect(QObject):
    """A QSoundEffect stand-in that is still loading until the test says otherwise."""

    statusChanged = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.plays = 0
        self._status = QSoundEffect.Status.Loading

    def isLoaded(self) -> bool:
        return self._status == QSoundEffect.Status.Ready

    def status(self):
        return self._status

    def finish(self, status) -> None:
        self._status = status
        self.statusChanged.emit()

    def play(self) -> None:
        self.plays += 1

    def setVolume(self, volume: float) -> None:
        pass


@pytest.fixture
def effect(monkeypatch):
    made = LoadingEffect()
    monkeypatch.setattr(sound_cues, "qt_sound_effect", lambda parent, source, volume: made)
    return made


def chime_at(clock) -> SoundCues:
    cues = SoundCues(now=clock.now)
    cues.configure(True, 0.5)
    return cues


def test_a_chime_asked_for_while_loading_plays_as_soon_as_it_is_ready(effect, clock, qtbot):
    cues = chime_at(clock)
    with qtbot.waitSignal(cues.played, timeout=1000):
        cues.play("in")
        assert effect.plays == 0
        clock.advance(LATE_S / 2)
        effect.finish(QSoundEffect.Status.Ready)
    assert effect.plays == 1


def test_a_chime_that_would_come_too_late_is_dropped(effect, clock):
    cues = chime_at(clock)
    cues.play("in")
    clock.advance(LATE_S + 0.1)
    effect.finish(QSoundEffect.Status.Ready)
    assert effect.plays == 0
    cues.play("in")
    assert effect.plays == 1  # the next phase change is marked as usual


def test_prepare_loads_before_any_phase_so_the_first_chime_is_ready(effect, clock):
    cues = chime_at(clock)
    cues.prepare()
    effect.finish(QSoundEffect.Status.Ready)
    cues.play("in")
    assert effect.plays == 1


def test_a_chime_that_fails_to_load_goes_quiet_and_says_why(effect, clock):
    cues = chime_at(clock)
    cues.prepare()
    effect.finish(QSoundEffect.Status.Error)
    assert not cues.enabled and cues.unavailable_reason
    cues.play("in")
    assert effect.plays == 0
