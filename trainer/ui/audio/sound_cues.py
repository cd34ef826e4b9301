"""A sound at each phase change, one per kind of moment, for people who practise with their eyes closed.

The theme (``soft`` tones, a single ``bell``, or ``none``) picks the files; ``trainer.core.cues`` says which
kind of moment a phase is (breathe in, out, hold, squeeze, rest, the end). QtMultimedia is imported only when
a session first starts with sound on, so start-up never pays for it. All six sounds of the theme load then, at
once and asynchronously; one asked for before it has loaded plays as soon as it has, so the lead-in's sound is
not lost. Sound is a nicety: a missing audio device, library or file silences it and never disturbs a session.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QUrl

from trainer.core.cues import CUE_KINDS, cue_sound
from trainer.paths import resource

THEMES = ("soft", "bell", "none")


def qt_sound_effect(parent: QObject, source: Path, volume: float):
    """The real player; QSoundEffect loads asynchronously and plays without blocking."""
    from PySide6.QtMultimedia import QSoundEffect

    effect = QSoundEffect(parent)
    effect.setSource(QUrl.fromLocalFile(str(source)))
    effect.setVolume(volume)
    return effect


class SoundCues(QObject):
    """Plays the theme's sound for a cue kind. ``source``, when given, is one file for every kind (tests)."""

    def __init__(self, parent: QObject | None = None, source: Path | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._enabled = False
        self._theme = "soft"
        self._volume = 0.6
        self._effects: dict[str, object] = {}  # kind -> QSoundEffect, for the theme loaded
        self._loaded_theme: str | None = None
        self._pending: str | None = None  # a kind asked for before its sound had loaded
        self._unavailable = False

    def configure(self, enabled: bool, volume: float, theme: str = "soft") -> None:
        self._enabled = enabled
        self._theme = theme if theme in THEMES else "soft"
        self._volume = min(max(volume, 0.0), 1.0)
        for effect in self._effects.values():
            effect.setVolume(self._volume)

    @property
    def enabled(self) -> bool:
        return self._enabled and self._theme != "none" and not self._unavailable

    def prepare(self) -> None:
        """Load the theme's sounds ahead of the first phase change; loading is asynchronous, so do it early."""
        if not self.enabled or self._loaded_theme == self._theme:
            return
        self._clear()
        try:
            for kind in CUE_KINDS:
                # Looked up at use, so the test suite can keep the host's sound server out of every test.
                effect = qt_sound_effect(self, self._file(kind), self._volume)
                if not effect.isLoaded():
                    effect.loadedChanged.connect(partial(self._on_effect_loaded_changed, kind))
                self._effects[kind] = effect
        except (ImportError, OSError, RuntimeError):
            self._clear()
            self._unavailable = True
            return
        self._loaded_theme = self._theme

    def play(self, kind: str) -> None:
        """The sound for ``kind`` (one of ``cues.CUE_KINDS``), now or as soon as it has loaded."""
        if not self.enabled:
            return
        self.prepare()
        effect = self._effects.get(kind)
        if effect is None:
            return
        if effect.isLoaded():
            self._pending = None
            effect.play()
        else:
            self._pending = kind

    def _file(self, kind: str) -> Path:
        return self._source or resource(*cue_sound(self._theme, kind))

    def _clear(self) -> None:
        for effect in self._effects.values():
            effect.deleteLater()
        self._effects = {}
        self._loaded_theme = None
        self._pending = None

    def _on_effect_loaded_changed(self, kind: str) -> None:
        effect = self._effects.get(kind)
        if self._pending == kind and effect is not None and effect.isLoaded():
            self._pending = None
            effect.play()
