"""The wake watcher: logind's PrepareForSleep(false) on a bus becomes ``resumed``; going to sleep does not."""

from __future__ import annotations

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from trainer.ui.reminders.wake import INTERFACE, PATH, WakeWatcher
from ui.notify.notification_buses import private_bus

pytestmark = pytest.mark.slow


def test_waking_up_is_told_and_falling_asleep_is_not(qtbot):
    with private_bus() as address:
        bus = QDBusConnection.connectToBus(address, "wake-test")
        # Another connection plays logind: the signal must travel through the bus daemon.
        logind = QDBusConnection.connectToBus(address, "wake-test-logind")
        try:
            watcher = WakeWatcher(bus)
            assert watcher.connected
            # The match rule reaches the bus daemon asynchronously; one round trip on the same connection
            # makes sure it is in place before "logind" speaks (the daemon handles a connection in order).
            ping = QDBusMessage.createMethodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                 "org.freedesktop.DBus", "GetId")
            assert bus.call(ping).type() == QDBusMessage.MessageType.ReplyMessage
            woke = []
            watcher.resumed.connect(lambda: woke.append(True))
            for going_to_sleep in (True, False):
                signal = QDBusMessage.createSignal(PATH, INTERFACE, "PrepareForSleep")
                signal.setArguments([going_to_sleep])
                assert logind.send(signal)
            qtbot.waitUntil(lambda: bool(woke), timeout=5000)
            qtbot.wait(100)
            assert woke == [True]
        finally:
            QDBusConnection.disconnectFromBus("wake-test-logind")
            QDBusConnection.disconnectFromBus("wake-test")
