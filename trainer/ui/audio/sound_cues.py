"""A distinct, soft sound at each kind of moment, for people who practise with their eyes closed.

The theme (``soft`` tones, a single ``bell``, or ``none``) picks the files; ``trainer.core.cues`` says which
kind of moment a phase is (breathe in, out, hold, squeeze, rest, the end). QtMultimedia is imported only when
a session starts with sound on, so neither start-up nor a look at Progress pays for it (some 30 MiB). All six
sounds of the theme load then, at once and asynchronously; one asked for while it is still loading plays as
soon as it is ready, unless that is too late to mark the change. Sound is a nicety: a missing audio device,
library or file silences it, says why in ``unavailable_reason`` (Settings shows it), and never disturbs a
session.

Signals:
    played(): emitted the moment ``play()`` is called on an effect (the phase trace notes it).
"""

from __future__ import annotations

import time
from functools import partial
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal

from trainer.core.cues import CUE_KINDS, cue_sound
from trainer.paths import resource

THEMES = ("soft", "bell", "none")
# A sound this long after its phase change would mark nothing (and would sound like a stray one).
LATE_S = 0.3


def qt_sound_effect(parent: QObject, source: Path, volume: float):
    """The real player; QSoundEffect loads asynchronously and plays without blocking."""
    from PySide6.QtMultimedia import QSoundEffect

    effect = QSoundEffect(parent)
    effect.setSource(QUrl.fromLocalFile(str(source)))
    effect.setVolume(volume)
    return effect


class SoundCues(QObject):
    """Plays the theme's sound for a cue kind. ``source``, when given, is one file for every kind (tests)."""

    played = Signal()

    def __init__(self, parent: QObject | None = None, source: Path | None = None,
                 now: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._source = source
        self._now = now
        self._enabled = False
        self._theme = "soft"
        self._volume = 0.6
        self._effects: dict[str, object] = {}  # kind -> QSoundEffect, for the theme loaded
        self._loaded_theme: str | None = None
        self._pending: tuple[str, float] | None = None  # a kind asked for before it had loaded, and when
        self._unavailable = False
        self.unavailable_reason = ""

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
                    effect.statusChanged.connect(partial(self._on_effect_status_changed, kind))
                self._effects[kind] = effect
        except (ImportError, OSError, RuntimeError) as error:
            self._clear()
            self._fail(QCoreApplication.translate("SoundCues", "The sounds cannot play here: {error}").format(
                error=error))
            return
        self._loaded_theme = self._theme

    def play(self, kind: str) -> None:
        """The sound for ``kind`` (one of ``cues.CUE_KINDS``), now or as soon as it has loaded."""
        if not self.enabled:
            return
        asked = self._now()  # before a first load's import, so that its time counts toward being too late
        self.prepare()
        effect = self._effects.get(kind)
        if effect is None:
            return
        if effect.isLoaded():
            self._play(effect)
        else:
            self._pending = (kind, asked)

    def _play(self, effect) -> None:
        self._pending = None
        effect.play()
        self.played.emit()

    def _file(self, kind: str) -> Path:
        return self._source or resource(*cue_sound(self._theme, kind))

    def _clear(self) -> None:
        for effect in self._effects.values():
            effect.deleteLater()
        self._effects = {}
        self._loaded_theme = None
        self._pending = None

    def _fail(self, reason: str) -> None:
        self._unavailable = True
        self._pending = None
        self.unavailable_reason = reason

    def _on_effect_status_changed(self, kind: str) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        effect = self._effects.get(kind)
        if effect is None:
            return
        status = effect.status()
        if status == QSoundEffect.Status.Error:
            self._clear()
            self._fail(QCoreApplication.translate("SoundCues", "The sounds could not be loaded, so sessions are "
                                                                "silent."))
        elif status == QSoundEffect.Status.Ready and self._pending is not None and self._pending[0] == kind:
            if self._now() - self._pending[1] <= LATE_S:
                self._play(effect)
            self._pending = None
