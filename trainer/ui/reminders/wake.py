"""Telling the reminders that the machine has woken, from logind's ``PrepareForSleep(false)`` on the system bus.

The reminder timer counts monotonic time, which stands still during a suspend: without this, a reminder due
while the machine slept would come as late as the sleep was long, and with the window hidden (``--background``)
nothing else would notice the wake. A signal, not a poll: no wake-ups of our own. Any sender counts (a second
check is harmless), and where there is no system bus (a container, another OS) nothing is connected.

Signals:
    resumed(): the machine has just woken from a suspend or hibernation.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, SLOT, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage

PATH = "/org/freedesktop/login1"
INTERFACE = "org.freedesktop.login1.Manager"


class WakeWatcher(QObject):
    resumed = Signal()

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        bus = bus if bus is not None else QDBusConnection.systemBus()
        self.connected = bus.isConnected() and bus.connect("", PATH, INTERFACE, "PrepareForSleep", self,
                                                           SLOT("_on_login1_prepare_for_sleep(QDBusMessage)"))

    @Slot(QDBusMessage)
    def _on_login1_prepare_for_sleep(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if arguments and arguments[0] is False:
            self.resumed.emit()
