"""A minimal freedesktop Notifications server for the notifier tests, run as a child process on a private bus.

Its slots carry the specification's types, so Qt dispatches a ``Notify`` call to it only when the call's
signature is exactly ``susssasa{sv}i``; a wrongly typed call gets an error, as from a real server. It records
every ``Notify`` call as one JSON line in the file named on the command line, answers ``GetCapabilities`` with the
capabilities given, and after each ``Notify`` can press one of the notification's actions (``--invoke KEY``):
deterministic, unlike a real server that waits for a person. With ``--hang`` it records a ``Notify`` call and
then never answers it, like a server that has frozen.

Usage: fake_notification_server.py RECORD_FILE [--capabilities actions,body] [--invoke start] [--hang]
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection

FIRST_ID = 42


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class FakeServer(QObject):
    ActionInvoked = Signal("uint", "QString")
    NotificationClosed = Signal("uint", "uint")

    def __init__(self, record: str, capabilities: list[str], invoke: str | None, hang: bool = False) -> None:
        super().__init__()
        self._hang = hang
        self._record = record
        self._capabilities = capabilities
        self._invoke = invoke
        self._next_id = FIRST_ID

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:  # noqa: N802 - the D-Bus method's name
        return self._capabilities

    @Slot("QString", "uint", "QString", "QString", "QString", "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, app_name, replaces_id, icon, summary, body, actions, hints, timeout):  # noqa: N802
        notification = self._next_id
        self._next_id += 1
        with open(self._record, "a", encoding="utf-8") as file:
            file.write(json.dumps({"app_name": app_name, "replaces_id": replaces_id, "summary": summary,
                                   "body": body, "actions": list(actions), "timeout": timeout}) + "\n")
        if self._hang:
            time.sleep(3600)  # until the test ends it
        if self._invoke:
            QTimer.singleShot(50, lambda: self.ActionInvoked.emit(notification, self._invoke))
            QTimer.singleShot(100, lambda: self.NotificationClosed.emit(notification, 2))
        return notification


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("record")
    parser.add_argument("--capabilities", default="actions,body")
    parser.add_argument("--invoke")
    parser.add_argument("--hang", action="store_true")
    options = parser.parse_args()
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.sessionBus()
    server = FakeServer(options.record, [c for c in options.capabilities.split(",") if c], options.invoke,
                        options.hang)
    exported = QDBusConnection.RegisterOption.ExportAllSlots | QDBusConnection.RegisterOption.ExportAllSignals
    if not (bus.registerObject("/org/freedesktop/Notifications", server, exported)
            and bus.registerService("org.freedesktop.Notifications")):
        print("could not register", flush=True)
        return 1
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
