"""A soft chime at each phase change, for people who practise with their eyes closed.

QtMultimedia is imported only when the Train page is first shown with sound on (or a session starts), so
start-up never pays for it. QSoundEffect loads asynchronously: a chime asked for while it is still loading
plays as soon as it is ready, unless that is too late to mark the change. Sound is a nicety: a missing audio
device, library or file silences the chime, says why in ``unavailable_reason`` (Settings shows it), and never
disturbs a session.

Signals:
    played(): emitted the moment ``play()`` is called on the effect (the phase trace notes it).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal

from trainer.paths import resource

# A chime this long after its phase change would mark nothing (and would sound like a stray one).
LATE_S = 0.3


def qt_sound_effect(parent: QObject, source: Path, volume: float):
    """The real chime player; QSoundEffect loads asynchronously and plays without blocking."""
    from PySide6.QtMultimedia import QSoundEffect

    effect = QSoundEffect(parent)
    effect.setSource(QUrl.fromLocalFile(str(source)))
    effect.setVolume(volume)
    return effect


class SoundCues(QObject):
    played = Signal()

    def __init__(self, parent: QObject | None = None, source: Path | None = None,
                 now: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._source = source
        self._now = now
        self._enabled = False
        self._volume = 0.6
        self._effect = None  # a QSoundEffect once prepared
        self._unavailable = False
        self._waiting_since: float | None = None  # a chime asked for while the effect was still loading
        self.unavailable_reason = ""

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
        except (ImportError, OSError, RuntimeError) as error:
            self._fail(QCoreApplication.translate("SoundCues", "The chime cannot play here: {error}").format(
                error=error))
            return
        self._effect = effect
        if not effect.isLoaded():
            effect.statusChanged.connect(self._on_effect_status_changed)

    def phase_started(self) -> None:
        if not self.enabled:
            return
        self.prepare()
        if self._effect is None:
            return
        if self._effect.isLoaded():
            self._play()
        else:
            self._waiting_since = self._now()

    def _play(self) -> None:
        self._waiting_since = None
        self._effect.play()
        self.played.emit()

    def _fail(self, reason: str) -> None:
        self._unavailable = True
        self._waiting_since = None
        self.unavailable_reason = reason

    def _on_effect_status_changed(self) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        status = self._effect.status()
        if status == QSoundEffect.Status.Error:
            self._fail(QCoreApplication.translate("SoundCues", "The chime could not be loaded, so sessions are "
                                                                "silent."))
        elif status == QSoundEffect.Status.Ready and self._waiting_since is not None:
            if self._now() - self._waiting_since <= LATE_S:
                self._play()
            self._waiting_since = None
