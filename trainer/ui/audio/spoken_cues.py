"""Spoken cues: a calm voice says each phase as it begins, for people who practise with their eyes closed.

QtTextToSpeech is imported only when a session starts with spoken cues on, so start-up never pays for it.
Speech is a nicety like the chime: no speech engine, an engine in error, or one that fails mid-session simply
means silence (and the chime, if it is on, takes over); a session is never disturbed by it.
"""

from __future__ import annotations

from typing import Callable, Protocol

from PySide6.QtCore import QCoreApplication, QObject

from trainer.core.engine import Snapshot
from trainer.ui.words import breath_label

# Qt ships a "mock" engine for its own tests: it reports success and says nothing, so it must never be chosen.
_SILENT_ENGINES = ("mock",)
# What a speech engine that has gone wrong may raise; anything else is a bug and should be seen.
_ENGINE_ERRORS = (RuntimeError, OSError)


class Speaker(Protocol):
    """The part of QTextToSpeech the cues use; tests hand in a fake that records what it is told."""

    def say(self, text: str) -> None: ...

    def stop(self) -> None: ...

    def setVolume(self, volume: float) -> None: ...


def speech_engines() -> list[str]:
    """The speech engines installed here that can really speak; imports QtTextToSpeech, so ask only when needed."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return []
    return [name for name in QTextToSpeech.availableEngines() if name not in _SILENT_ENGINES]


def _qt_speaker(parent: QObject) -> Speaker | None:
    """A QTextToSpeech on a working engine, or None when this system has none.

    Qt's own choice comes first; if it fails to start (speechd without its service, say), any other installed
    engine is tried before giving up.
    """
    names = speech_engines()
    if not names:
        return None
    from PySide6.QtTextToSpeech import QTextToSpeech

    for name in (None, *names):
        speech = QTextToSpeech(parent) if name is None else QTextToSpeech(name, parent)
        if speech.state() != QTextToSpeech.State.Error and speech.engine() not in _SILENT_ENGINES:
            return speech
        speech.deleteLater()
    return None


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
        if not enabled:
            self.silence()
        elif self._speaker is not None:
            self._call(self._speaker.setVolume, self._volume)

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
        except (ImportError, *_ENGINE_ERRORS):
            self._speaker = None
        if self._speaker is None:
            self._unavailable = True
            return
        self._call(self._speaker.setVolume, self._volume)

    def phase_started(self, snapshot: Snapshot) -> bool:
        """Say the cue of the segment now under way; True when a voice is saying it."""
        return self._say(spoken_text(snapshot))

    def session_ended(self, completed: bool) -> None:
        self._say(QCoreApplication.translate("SpokenCues", "Well done") if completed
                  else QCoreApplication.translate("SpokenCues", "Session stopped"))

    def silence(self) -> None:
        """Stop mid-word: the session paused, or spoken cues were turned off."""
        if self._speaker is not None:
            self._call(self._speaker.stop)

    def _say(self, text: str) -> bool:
        self.prepare()
        if not self.active or self._speaker is None:
            return False
        # A new phase interrupts the last cue: a stale instruction is worse than a clipped one.
        return self._call(self._speaker.stop) and self._call(self._speaker.say, text)

    def _call(self, method: Callable, *args: object) -> bool:
        """One call into the engine; if it fails, the voice stays quiet from then on. True when it worked."""
        try:
            method(*args)
        except _ENGINE_ERRORS:
            self._speaker = None
            self._unavailable = True
            return False
        return True
