"""What keeps the app useful with its window out of sight: the tray, the reminders, and closing to the tray.

Built once for a normal run (never for ``--smoke`` or ``--screenshot``) around the main window. The tray icon
exists only where the desktop has a tray; its menu is built anyway, so every action it offers is one the rest
of the app can call. The notification client is made at the first reminder, so an app with reminders off
never talks to the notification server.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from trainer.core import autostart
from trainer.core.reminders import Reminder, progress_from
from trainer.core.settings import Settings
from trainer.core.wall_time import local_now
from trainer.ui import words
from trainer.ui.notify.background_portal import in_flatpak, request_background
from trainer.ui.notify.dbus_notifier import DBusNotifier
from trainer.ui.reminders.delivery import ReminderDelivery
from trainer.ui.reminders.scheduler import ReminderScheduler
from trainer.ui.reminders.wake import WakeWatcher
from trainer.ui.shell.main_window import MainWindow
from trainer.ui.state import AppState
from trainer.ui.tray.icon import TrayIcon, tooltip_text, tray_available
from trainer.ui.tray.menu import TrayMenu


class Companion(QObject):
    """The tray, the reminder scheduler and their delivery, wired to ``window``.

    Args:
        background: started with ``--background``: closing the window returns to the tray, if there is one.
        tray: whether to show a tray icon; by default, whether the desktop has a tray.
        notifier: makes the notification client at the first reminder; tests pass a fake.
        scheduler, wake: the reminder scheduler and the watcher of system wake-ups; tests pass their own.
    """

    def __init__(self, window: MainWindow, state: AppState, *, background: bool = False,
                 tray: bool | None = None, notifier: Callable[[str], DBusNotifier] | None = None,
                 scheduler: ReminderScheduler | None = None, wake: WakeWatcher | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.window = window
        self._app_state = state
        self._background = background
        self._quitting = False
        self._make_notifier = notifier or (lambda app_name: DBusNotifier(app_name, parent=self))
        self.menu = TrayMenu(window)
        has_tray = tray_available() if tray is None else tray
        self.tray = TrayIcon(window.windowIcon(), self.menu, self) if has_tray else None
        self.scheduler = scheduler or ReminderScheduler(state, parent=self)
        self.wake = wake or WakeWatcher(parent=self)
        self.delivery = ReminderDelivery(None, self.tray.show_message if self.tray else None,
                                         self._show_in_window, self)
        self._connect()
        self._follow_settings(state.settings)
        window.hides_on_close = self._hides_on_close

    def _connect(self) -> None:
        menu, card = self.menu, self.window.reminder_card
        menu.start_requested.connect(self.start_next_routine)
        menu.show_requested.connect(self.show_window)
        menu.snooze_hour_requested.connect(self._on_menu_snooze_hour_requested)
        menu.pause_today_requested.connect(self.scheduler.pause_until_tomorrow)
        menu.quit_requested.connect(self.quit)
        if self.tray is not None:
            self.tray.show_requested.connect(self.show_window)
        card.start_requested.connect(self.start_next_routine)
        card.snooze_requested.connect(self.scheduler.snooze)
        self.delivery.start_requested.connect(self.start_next_routine)
        self.delivery.snooze_requested.connect(self.scheduler.snooze)
        self.scheduler.reminder_due.connect(self._on_scheduler_reminder_due)
        self.wake.resumed.connect(self.scheduler.recheck)
        self._app_state.settings_changed.connect(self._on_state_settings_changed)
        self._app_state.history_changed.connect(self._on_state_history_changed)

    @property
    def hides_on_close(self) -> bool:
        """Closing the window hides it to the tray: asked for in the settings, or started in the background."""
        return self.tray is not None and (self._app_state.settings.close_to_tray or self._background)

    def _hides_on_close(self) -> bool:
        return self.hides_on_close and not self._quitting

    # What the tray, the notification and the card ask for --------------------------------------------------

    def show_window(self) -> None:
        window = self.window
        window.train_page.set_in_tray(False)
        if window.isMinimized():
            window.showNormal()
        else:
            window.show()
        window.raise_()
        window.activateWindow()

    def start_next_routine(self) -> None:
        """Show the Train page with the routine chosen there and start it, lead-in first, as Space would."""
        self.show_window()
        self.window.show_page("train")
        self.window.reminder_card.hide()
        if not self.window.train_page.session_active():
            self.window.train_page.controller.toggle()

    def quit(self) -> None:
        """Close the window for real (it may ask to end a session) and, once it has closed, end the app."""
        self._quitting = True
        closed = self.window.close()
        self._quitting = False
        if closed:
            QApplication.quit()

    def _on_menu_snooze_hour_requested(self) -> None:
        self.scheduler.pause_for(timedelta(hours=1))

    # Reminders -----------------------------------------------------------------------------------------------

    def _on_scheduler_reminder_due(self, reminder: Reminder, summary: str, body: str) -> None:
        if self.delivery.notifier is None:
            self.delivery.attach_notifier(self._make_notifier(
                words.app_title(self._app_state.settings.discreet_title)))
        self.delivery.deliver(summary, body, reminder.can_snooze)

    def _show_in_window(self, summary: str, body: str, can_snooze: bool) -> None:
        self.window.reminder_card.show_reminder(summary, body, can_snooze)
        self.show_window()

    # Following the app state ---------------------------------------------------------------------------------

    def _follow_settings(self, settings: Settings) -> None:
        self.menu.set_reminders_on(bool(settings.reminders))
        if self.tray is not None:
            now = local_now()
            progress = progress_from(self._app_state.sessions, now, settings.day_start_hour)
            self.tray.set_tooltip(tooltip_text(settings.discreet_title, progress.sets, settings.daily_target_sets))

    def _on_state_settings_changed(self, settings: Settings, previous: Settings) -> None:
        self._follow_settings(settings)
        if settings.start_at_login != previous.start_at_login:
            self._start_at_login(settings.start_at_login)

    def _start_at_login(self, on: bool) -> None:
        """Write or remove the autostart entry (a small local file), or ask the portal inside the Flatpak."""
        if in_flatpak():
            request_background(on, self)
            return
        try:
            if on:
                autostart.enable()
            else:
                autostart.disable()
        except OSError as error:
            self.window.banner.add_notice(self.tr("Start at login could not be changed: {error}").format(
                error=error.strerror or error))

    def _on_state_history_changed(self) -> None:
        self._follow_settings(self._app_state.settings)
