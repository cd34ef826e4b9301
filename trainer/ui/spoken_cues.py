"""Spoken cues: a calm voice says each phase as it begins, for people who practise with their eyes closed.

QtTextToSpeech is imported only when a session starts with spoken cues on, so start-up never pays for it.
Speech is a nicety like the chime: no speech engine, or an engine in error, simply means silence.
"""

from __future__ import annotations

from typing import Callable, Protocol

from PySide6.QtCore import QCoreApplication, QObject

from trainer.core.engine import Snapshot
from trainer.ui.session_text import breath_label


class Speaker(Protocol):
    """The part of QTextToSpeech the cues use; tests hand in a fake that records what it is told."""

    def say(self, text: str) -> None: ...

    def stop(self) -> None: ...

    def setVolume(self, volume: float) -> None: ...


def _qt_speaker(parent: QObject) -> Speaker | None:
    """A QTextToSpeech on the platform's default engine, or None when this system has none that works."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return None
    if not QTextToSpeech.availableEngines():
        return None
    speech = QTextToSpeech(parent)
    if speech.state() == QTextToSpeech.State.Error:
        speech.deleteLater()
        return None
    return speech


def spoken_text(snapshot: Snapshot) -> str:
    """What the voice says as a segment begins: short, so it ends well before the next one."""
    if snapshot.kind == "lead-in":
        return QCoreApplication.translate("SpokenCues", "Get ready. {cue}").format(cue=snapshot.cue)
    if snapshot.kind == "set-rest":
        return QCoreApplication.translate("SpokenCues", "Rest between sets")
    breath = breath_label(snapshot.breath)
    return f"{breath}. {snapshot.cue}" if snapshot.cue else breath


class SpokenCues(QObject):
    def __init__(self, parent: QObject | None = None,
                 speaker_factory: Callable[[QObject], Speaker | None] = _qt_speaker) -> None:
        super().__init__(parent)
        self._factory = speaker_factory
        self._speaker: Speaker | None = None
        self._enabled = False
        self._volume = 0.6
        self._unavailable = False

    def configure(self, enabled: bool, volume: float) -> None:
        self._enabled = enabled
        self._volume = min(max(volume, 0.0), 1.0)
        if self._speaker is not None:
            self._speaker.setVolume(self._volume)

    @property
    def active(self) -> bool:
        """On in the settings and, once tried, backed by a working engine."""
        return self._enabled and not self._unavailable

    def prepare(self) -> None:
        """Find the speech engine when a session starts, so the first cue is not delayed by loading it."""
        if not self.active or self._speaker is not None:
            return
        try:
            self._speaker = self._factory(self)
        except RuntimeError:
            self._speaker = None
        if self._speaker is None:
            self._unavailable = True
            return
        self._speaker.setVolume(self._volume)

    def phase_started(self, snapshot: Snapshot) -> None:
        self._say(spoken_text(snapshot))

    def session_ended(self, completed: bool) -> None:
        self._say(QCoreApplication.translate("SpokenCues", "Well done") if completed
                  else QCoreApplication.translate("SpokenCues", "Session stopped"))

    def _say(self, text: str) -> None:
        if not self.active:
            return
        self.prepare()
        if self._speaker is None:
            return
        # A new phase interrupts the last cue: a stale instruction is worse than a clipped one.
        self._speaker.stop()
        self._speaker.say(text)
