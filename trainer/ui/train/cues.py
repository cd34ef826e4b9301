"""What a session says and plays: screen-reader announcements, the chime or the voice, and the pause words.

The Train page tells this object what happened (a phase began, the session paused or ended); it decides what
is announced and whether the voice or the chime marks it. The chime and the voice are handed in, so tests
pass fakes and a later tray or reminder can share the same ones.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from trainer.core.cues import cue_kind
from trainer.core.engine import Snapshot
from trainer.core.settings import Settings
from trainer.ui.audio.sound_cues import SoundCues
from trainer.ui.audio.spoken_cues import SpokenCues
from trainer.ui.train.announce import announce
from trainer.ui.train.trace import PhaseTrace
from trainer.ui import words


class SessionCues(QObject):
    """Announces on ``target`` (the widget screen readers hear) and marks each phase with voice or chime."""

    def __init__(self, target: QWidget, sounds: SoundCues | None = None, voice: SpokenCues | None = None,
                 parent: QObject | None = None, trace: PhaseTrace | None = None) -> None:
        super().__init__(parent)
        self._trace = trace
        self._phase = ("", 0)  # the phase (name, segment index) the next cue marks, for the trace
        self._target = target
        self.sounds = sounds if sounds is not None else SoundCues()
        self.voice = voice if voice is not None else SpokenCues()
        # Owned here, so they live as long as the page however they were made.
        self.sounds.setParent(self)
        self.voice.setParent(self)
        self.last_announcement = ""
        if trace is not None:
            self.sounds.played.connect(self._on_sounds_played)

    def configure(self, settings: Settings) -> None:
        self.sounds.configure(settings.sound, settings.volume, settings.sound_theme)
        self.voice.configure(settings.spoken_cues, settings.volume)

    @property
    def heard(self) -> bool:
        """Whether a phase change makes a sound, so a session can go on with the window out of sight."""
        return self.sounds.enabled or self.voice.active

    def session_running(self) -> None:
        """A session is about to start or resume: load the voice and the chime before its clock starts."""
        self.voice.prepare()
        self.sounds.prepare()

    def phase_started(self, snapshot: Snapshot, index: int = 0) -> None:
        self._phase = (snapshot.phase, index)
        self.announce(words.announcement(snapshot))
        # One sound at a time: the voice already marks the change and a chime under it would blur the first
        # word. Without a voice (none installed, or it failed) the chime marks it instead.
        if self.voice.phase_started(snapshot):
            if self._trace is not None:
                self._trace.write(time.monotonic(), "speech", *self._phase)
        else:
            self.sounds.play(cue_kind(snapshot.kind, snapshot.phase))

    def _on_sounds_played(self) -> None:
        self._trace.write(time.monotonic(), "chime", *self._phase)

    def session_paused(self, suspended: bool) -> None:
        self.voice.silence()
        self.announce(words.paused(suspended))

    def session_ended(self, completed: bool) -> None:
        self.announce(self.tr("Session complete") if completed else words.session_stopped())
        if completed and not self.voice.active:
            self.sounds.play("end")
        self.voice.session_ended(completed)

    def announce(self, text: str) -> None:
        self.last_announcement = text
        announce(self._target, text)
