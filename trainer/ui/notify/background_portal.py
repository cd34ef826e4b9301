"""Inside the Flatpak, "Start at login" through the Background portal instead of the host's autostart folder.

``RequestBackground`` with ``autostart`` asks the portal to write (or, with false, remove) the host's autostart
entry for this app; the desktop may ask the person the first time. The call is asynchronous and its answer
(a Response signal on a request object) is not waited for: the setting is the person's wish either way.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

SERVICE = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.Background"
COMMAND = ["pelvic-floor-trainer", "--background"]


def in_flatpak() -> bool:
    return bool(os.environ.get("FLATPAK_ID"))


def request_background(autostart: bool, parent: QObject,
                       bus: QDBusConnection | None = None) -> QDBusPendingCallWatcher | None:
    """Send the request; returns the watcher (deleted when answered), or None without a session bus."""
    bus = bus or QDBusConnection.sessionBus()
    if not bus.isConnected():
        return None
    message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "RequestBackground")
    reason = QCoreApplication.translate("Portal", "To remind you to practise, without a window open")
    message.setArguments(["", {"reason": reason, "autostart": autostart, "commandline": COMMAND}])
    watcher = QDBusPendingCallWatcher(bus.asyncCall(message), parent)
    watcher.finished.connect(watcher.deleteLater)
    return watcher
