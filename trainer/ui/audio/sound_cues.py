"""A soft chime at each phase change, for people who practise with their eyes closed.

QtMultimedia is imported only when a session first starts with sound on, so start-up never pays for it.
Sound is a nicety: a missing audio device, library or file silences the chime and never disturbs a session.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl

from trainer.paths import resource


def qt_sound_effect(parent: QObject, source: Path, volume: float):
    """The real chime player; QSoundEffect loads asynchronously and plays without blocking."""
    from PySide6.QtMultimedia import QSoundEffect

    effect = QSoundEffect(parent)
    effect.setSource(QUrl.fromLocalFile(str(source)))
    effect.setVolume(volume)
    return effect


class SoundCues(QObject):
    def __init__(self, parent: QObject | None = None, source: Path | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._enabled = False
        self._volume = 0.6
        self._effect = None  # a QSoundEffect once prepared
        self._unavailable = False

    def configure(self, enabled: bool, volume: float) -> None:
        self._enabled = enabled
        self._volume = min(max(volume, 0.0), 1.0)
        if self._effect is not None:
            self._effect.setVolume(self._volume)

    @property
    def enabled(self) -> bool:
        return self._enabled and not self._unavailable

    def prepare(self) -> None:
        """Load the chime ahead of the first phase change; loading is asynchronous, so do it early."""
        if not self.enabled or self._effect is not None:
            return
        try:
            # Looked up at use, so the test suite can keep the host's sound server out of every test.
            effect = qt_sound_effect(self, self._source or resource("sounds", "chime.wav"), self._volume)
        except (ImportError, OSError, RuntimeError):
            self._unavailable = True
            return
        self._effect = effect

    def phase_started(self) -> None:
        if not self.enabled:
            return
        self.prepare()
        if self._effect is not None and self._effect.isLoaded():
            self._effect.play()
