"""How a reminder reaches the person: the best of what the desktop offers, tried in order.

First a desktop notification with Start and Snooze buttons (where the server offers actions); if there is no
notification server, or it fails, the tray's message; and where neither exists, the window comes forward with
the calm card. Each step reports failure by returning, never by waiting.

Signals:
    start_requested(), snooze_requested(): from the notification's buttons or the card's.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal

from trainer.ui.notify.dbus_notifier import DBusNotifier

# (summary, body) -> whether the tray showed it
TrayMessage = Callable[[str, str], bool]
# (summary, body, can_snooze): raise the window and show the card
ShowInWindow = Callable[[str, str, bool], None]


class ReminderDelivery(QObject):
    start_requested = Signal()
    snooze_requested = Signal()

    def __init__(self, notifier: DBusNotifier | None, tray_message: TrayMessage | None,
                 show_in_window: ShowInWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notifier = notifier
        self._tray_message = tray_message
        self._show_in_window = show_in_window
        self._last: tuple[str, str, bool] | None = None
        self.last_route = ""  # "notification", "tray" or "window": where the last reminder went
        if notifier is not None:
            self.attach_notifier(notifier)

    def attach_notifier(self, notifier: DBusNotifier) -> None:
        """Use ``notifier`` first from now on; it is made when the first reminder is due."""
        self.notifier = notifier
        notifier.delivery_failed.connect(self._on_notifier_delivery_failed)
        notifier.start_requested.connect(self.start_requested)
        notifier.snooze_requested.connect(self.snooze_requested)

    def deliver(self, summary: str, body: str, can_snooze: bool) -> None:
        self._last = (summary, body, can_snooze)
        if self.notifier is not None and self.notifier.available is not False:
            # Still probing (None) counts as worth a try: the notifier queues it and reports a failure.
            self.last_route = "notification"
            self.notifier.notify(summary, body, can_snooze)
            return
        self._without_notifications()

    def _on_notifier_delivery_failed(self) -> None:
        if self._last is not None:
            self._without_notifications()

    def _without_notifications(self) -> None:
        summary, body, can_snooze = self._last
        if self._tray_message is not None and self._tray_message(summary, body):
            self.last_route = "tray"
            return
        self.last_route = "window"
        self._show_in_window(summary, body, can_snooze)
