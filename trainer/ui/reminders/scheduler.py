"""The reminder scheduler: one single-shot timer aimed at the next reminder, and nothing else that wakes.

The rules live in ``trainer.core.reminders``; this object feeds them the settings and the history from the app
state, keeps the small ``ReminderState`` between calls, and emits ``reminder_due`` with what to show.

A QTimer counts monotonic time, which stands still while the machine sleeps and ignores changes of the wall
clock, so the timer is aimed again whenever the wall clock may have moved under it: when it fires, when the
app becomes active after wall and monotonic time have drifted apart (a resume, a clock change), when told of a
resume (``recheck``), and when the settings or the history change. None of these is a timer of its own.

Signals:
    reminder_due(Reminder, str, str): a reminder to show now, with its summary and body.
"""

from __future__ import annotations

import dataclasses
import math
import time
from datetime import datetime, timedelta, timezone
from typing import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from trainer.core import reminders
from trainer.core.reminder_text import reminder_text
from trainer.core.settings import Settings
from trainer.core.wall_time import local_now
from trainer.ui.state import AppState

# Wall and monotonic time may drift this far apart between two looks before it counts as a jump: NTP slews by
# milliseconds, a suspend or a clock change moves by far more.
JUMP_S = 2.0
_UTC = timezone.utc


class ReminderScheduler(QObject):
    reminder_due = Signal(object, str, str)

    def __init__(self, state: AppState, now: Callable[[], datetime] = local_now,
                 monotonic: Callable[[], float] = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app_state = state
        self._now = now
        self._monotonic = monotonic
        self.state = reminders.starting_state(now())
        self.aimed_at: datetime | None = None
        self._anchor = self._look()
        self.timer = QTimer(self)
        self.timer.setObjectName("reminder")
        self.timer.setSingleShot(True)
        # Precise, though a reminder a second late would be on time: coarse timers may fire early (measured:
        # 30 to 90 ms early on a 65 s wait), and an early shot finds nothing due and must be aimed again.
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._on_timer_timeout)
        state.settings_changed.connect(self._on_state_settings_changed)
        state.history_changed.connect(self._on_state_history_changed)
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._on_app_application_state_changed)
        self.arm()

    @property
    def enabled(self) -> bool:
        return bool(self._app_state.settings.reminders)

    # Commands -------------------------------------------------------------------------------------------

    def arm(self) -> None:
        """Aim the one timer at the next reminder that would be shown, or stop it when there is none."""
        now = self._now()
        self._anchor = self._look(now)
        moment = reminders.next_reminder(self._plan(), self._progress(now), self.state, now)
        self.aimed_at = moment
        if moment is None:
            self.timer.stop()
            return
        wait_s = (moment.astimezone(_UTC) - now.astimezone(_UTC)).total_seconds()
        self.timer.start(max(0, math.ceil(wait_s * 1000)))

    def recheck(self) -> None:
        """Show what is due now (the newest reminder missed, at most), then aim again."""
        now = self._now()
        result = reminders.check(self._plan(), self._progress(now), self.state, now)
        self.state = result.state
        if result.reminder is not None:
            summary, body = reminder_text(result.reminder, self._app_state.settings.discreet_title)
            self.reminder_due.emit(result.reminder, summary, body)
        self.arm()

    def snooze(self) -> None:
        """The reminder shown last comes back in 10 minutes; after two snoozes nothing changes."""
        self.state = reminders.snooze(self.state, self._now())
        self.arm()

    def pause_for(self, duration: timedelta) -> None:
        self.state = reminders.pause(self.state, self._now() + duration)
        self.arm()

    def pause_until_tomorrow(self) -> None:
        now = self._now()
        self.state = reminders.pause(self.state, reminders.next_practice_day_start(
            now, self._app_state.settings.day_start_hour))
        self.arm()

    def jumped(self) -> bool:
        """Whether wall time moved differently from monotonic time since the timer was aimed."""
        anchor_wall, anchor_mono = self._anchor
        wall, mono = self._look()
        return abs((wall - anchor_wall) - (mono - anchor_mono)) > JUMP_S

    # Inputs ---------------------------------------------------------------------------------------------

    def _plan(self) -> reminders.Plan:
        settings = self._app_state.settings
        return reminders.Plan(settings.reminders, settings.day_start_hour, settings.daily_target_sets)

    def _progress(self, now: datetime) -> reminders.Progress:
        return reminders.progress_from(self._app_state.sessions, now, self._app_state.settings.day_start_hour)

    def _look(self, now: datetime | None = None) -> tuple[float, float]:
        return (now or self._now()).timestamp(), self._monotonic()

    def _on_timer_timeout(self) -> None:
        self.recheck()

    def _on_app_application_state_changed(self, app_state: Qt.ApplicationState) -> None:
        # Coming back to the desktop after a suspend shows up here; only a real jump is worth a check.
        if self.enabled and self.jumped():
            self.recheck()

    def _on_state_settings_changed(self, settings: Settings, previous: Settings) -> None:
        if settings.reminders != previous.reminders:
            # A time just added before now is not "missed": only what comes from now on is reminded of.
            now = self._now().astimezone(_UTC)
            self.state = dataclasses.replace(self.state, seen_until=max(self.state.seen_until, now))
        self.arm()

    def _on_state_history_changed(self) -> None:
        self.arm()
