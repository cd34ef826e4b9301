"""The cue sounds: one file per kind of moment in the chosen theme, silence for "none", nothing lost to loading."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtMultimedia import QSoundEffect

from trainer.core.cues import CUE_KINDS
from trainer.ui.audio import sound_cues
from trainer.ui.audio.sound_cues import SoundCues


class LoadingEffect(QObject):
    """A player that has loaded only when the test says so, and records what it played."""

    statusChanged = Signal()

    def __init__(self, source, volume: float, played: list) -> None:
        super().__init__()
        self.source, self.volume, self._played, self.loaded = source, volume, played, False

    def isLoaded(self) -> bool:
        return self.loaded

    def status(self):
        return QSoundEffect.Status.Ready if self.loaded else QSoundEffect.Status.Loading

    def finish_loading(self) -> None:
        self.loaded = True
        self.statusChanged.emit()

    def play(self) -> None:
        self._played.append(self.source.name)

    def setVolume(self, volume: float) -> None:
        self.volume = volume


@pytest.fixture
def made(monkeypatch):
    effects: dict[str, LoadingEffect] = {}
    played: list[str] = []

    def factory(parent, source, volume):
        effect = LoadingEffect(source, volume, played)
        effects[f"{source.parent.name}/{source.stem}"] = effect
        return effect

    monkeypatch.setattr(sound_cues, "qt_sound_effect", factory)
    return effects, played


@pytest.mark.parametrize("theme", ["soft", "bell"])
def test_each_kind_plays_its_own_file_of_the_theme(made, theme):
    effects, played = made
    cues = SoundCues()
    cues.configure(True, 0.5, theme)
    cues.prepare()
    assert sorted(effects) == sorted(f"{theme}/{kind}" for kind in CUE_KINDS)
    for effect in effects.values():
        effect.finish_loading()
    played.clear()  # nothing was pending, so loading played nothing
    for kind in CUE_KINDS:
        cues.play(kind)
    assert played == [f"{kind}.wav" for kind in CUE_KINDS]
    assert {effect.volume for effect in effects.values()} == {0.5}


def test_the_theme_none_is_silent_and_loads_nothing(made):
    effects, played = made
    cues = SoundCues()
    cues.configure(True, 0.5, "none")
    cues.play("in")
    assert not cues.enabled and effects == {} and played == []


def test_a_sound_asked_for_while_loading_plays_once_it_has_loaded(made):
    """The lead-in's sound comes right at Start, before QSoundEffect has decoded it: it must not be lost."""
    effects, played = made
    cues = SoundCues()
    cues.configure(True, 0.5, "soft")
    cues.play("rest")
    assert played == []
    effects["soft/in"].finish_loading()
    assert played == []
    effects["soft/rest"].finish_loading()
    assert played == ["rest.wav"]


def test_changing_the_theme_loads_the_new_one_at_the_next_session(made):
    effects, _ = made
    cues = SoundCues()
    cues.configure(True, 0.5, "soft")
    cues.prepare()
    cues.configure(True, 0.5, "bell")
    cues.prepare()
    assert "bell/in" in effects
