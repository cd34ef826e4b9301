"""Spoken cues: a calm voice says each phase as it begins, for people who practise with their eyes closed.

QtTextToSpeech is imported only when a session starts with spoken cues on, so start-up never pays for it.
Speech is a nicety like the chime: no speech engine, an engine in error, or one that fails mid-session simply
means silence (and the chime, if it is on, takes over); a session is never disturbed by it.
"""

from __future__ import annotations

from typing import Callable, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from trainer.core.engine import Snapshot
from trainer.core.timeline import LEAD_IN, SET_REST
from trainer.ui.words import announcement, breath_label, session_stopped, well_done

# What a speaker that has gone wrong may raise; anything else is a bug and should be seen.
_ENGINE_ERRORS = (RuntimeError, OSError)


class Speaker(Protocol):
    """What the cues need of a voice; none of these may block. Tests hand in a fake that records them."""

    def say(self, text: str) -> None: ...

    def stop(self) -> None: ...

    def setVolume(self, volume: float) -> None: ...


def speech_engines() -> list[str]:
    """The speech engines installed here that can really speak.

    Listing reads plugin metadata only and talks to no speech service, so it cannot hang; it does import
    QtTextToSpeech, so ask only when needed.
    """
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return []
    from trainer.ui.audio.speech_worker import SILENT_ENGINES

    return [name for name in QTextToSpeech.availableEngines() if name not in SILENT_ENGINES]


def system_speaker(parent: QObject) -> Speaker | None:
    """The real voice: a worker process that owns the engine (see ``speech_worker`` for why a process)."""
    if not speech_engines():
        return None
    from trainer.ui.audio.speech_process import SpeechProcess

    return SpeechProcess(parent)


def spoken_text(snapshot: Snapshot) -> str:
    """What the voice says as a segment begins: short, so it ends well before the next one."""
    if snapshot.kind in (LEAD_IN, SET_REST):
        # The same words a screen reader hears; one translation for both.
        return announcement(snapshot)
    breath = breath_label(snapshot.breath)
    return f"{breath}. {snapshot.cue}" if snapshot.cue else breath


class SpokenCues(QObject):
    """Says each phase; goes quiet for good when its speaker fails, and says why in ``unavailable_reason``.

    Signals:
        unavailable(str): the voice has gone quiet; the chime takes over. The text is for Settings.
    """

    unavailable = Signal(str)

    def __init__(self, parent: QObject | None = None,
                 speaker_factory: Callable[[QObject], Speaker | None] | None = None) -> None:
        super().__init__(parent)
        # Looked up at use, not bound here, so the test suite can keep every real speech service out.
        self._factory = speaker_factory
        self._speaker: Speaker | None = None
        self._enabled = False
        self._volume = 0.6
        self._unavailable = False
        self.unavailable_reason = ""

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
        factory = self._factory or system_speaker
        try:
            self._speaker = factory(self)
        except (ImportError, *_ENGINE_ERRORS):
            self._speaker = None
        if self._speaker is None:
            self._go_quiet(QCoreApplication.translate(
                "SpokenCues", "No speech engine is installed on this computer."))
            return
        failed = getattr(self._speaker, "failed", None)
        if failed is not None:
            failed.connect(self._go_quiet)
        self._call(self._speaker.setVolume, self._volume)

    def phase_started(self, snapshot: Snapshot) -> bool:
        """Say the cue of the segment now under way; True when a voice is saying it."""
        return self._say(spoken_text(snapshot))

    def session_ended(self, completed: bool) -> None:
        self._say(well_done() if completed else session_stopped())

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

    def shut_down(self) -> None:
        """The app is closing: end the voice without waiting for it."""
        close = getattr(self._speaker, "close", None)
        if close is not None:
            close()

    def _call(self, method: Callable, *args: object) -> bool:
        """One call into the speaker; if it fails, the voice stays quiet from then on. True when it worked."""
        try:
            method(*args)
        except _ENGINE_ERRORS:
            self._go_quiet(QCoreApplication.translate("SpokenCues", "The voice stopped working."))
            return False
        return True

    def _go_quiet(self, reason: str) -> None:
        if self._unavailable:
            return
        self._unavailable = True
        if self._speaker is not None:
            self.shut_down()
        self._speaker = None
        self.unavailable_reason = reason
        self.unavailable.emit(reason)
