"""A client of the freedesktop Notifications service, for reminders with Start and Snooze buttons.

Nothing here waits on D-Bus in the GUI thread: capabilities come from an asynchronous call, actions and closings
arrive as signals, and ``Notify`` runs in a short-lived worker thread.

Why a worker thread and not ``asyncCall``: PySide6 (6.12) cannot marshal a D-Bus ``uint32`` from Python. A
Python int goes out as ``int32`` through ``QDBusMessage.setArguments`` (``uint16`` through ``QDBusArgument``),
and servers reject ``(sisssasa{sv}i)`` for ``Notify(susssasa{sv}i)``. A ``QDBusInterface`` whose slots have
C++ types marshals correctly when invoked with ``Q_ARG("uint", …)``, but such a call blocks. Its types come
from introspection, which Qt caches per interface name on the connection; a real server's introspection
leaves ``a{sv}`` as a raw type that cannot be invoked, so the cache is filled first from a local object of ours
that describes the interface with Qt's type annotation (a local call: no bus round trip).

Notifications sent from our own connection matter too: dunst and others send ActionInvoked and
NotificationClosed only to the connection that asked for the notification.

Signals:
    availability_changed(bool): the probe found (or lost) a server that takes notifications.
    delivered(int): a notification is on screen, with the server's id.
    delivery_failed(): a requested notification could not be shown; the caller uses the tray, then the window.
    start_requested(), snooze_requested(): the person pressed Start or Snooze on one of ours.
    closed(): one of ours was dismissed or expired.
"""

from __future__ import annotations

import itertools
import threading

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, QObject, Qt, Signal, SLOT, Slot
from PySide6.QtDBus import (
    QDBusConnection, QDBusInterface, QDBusMessage, QDBusPendingCallWatcher, QDBusVirtualObject,
)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
START, SNOOZE = "start", "snooze"
# A server that takes longer than this to show a notification is treated as absent for this reminder.
CALL_TIMEOUT_MS = 10_000
_TYPES_PATH = "/io/github/pelvicfloortrainer/NotificationTypes"
_TYPES = f"""<interface name="{INTERFACE}">
 <method name="Notify">
  <arg direction="in" type="s"/><arg direction="in" type="u"/><arg direction="in" type="s"/>
  <arg direction="in" type="s"/><arg direction="in" type="s"/><arg direction="in" type="as"/>
  <arg direction="in" type="a{{sv}}"/><annotation name="org.qtproject.QtDBus.QtTypeName.In6" value="QVariantMap"/>
  <arg direction="in" type="i"/><arg direction="out" type="u"/>
 </method>
</interface>"""
_names = itertools.count(1)


class _InterfaceTypes(QDBusVirtualObject):
    """Describes the Notifications interface with Qt types, only to be introspected once, locally."""

    def introspect(self, path: str) -> str:
        return _TYPES

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        return False


def _cache_interface_types(bus: QDBusConnection) -> None:
    types = _InterfaceTypes()
    if bus.registerVirtualObject(_TYPES_PATH, types):
        QDBusInterface(bus.baseService(), _TYPES_PATH, INTERFACE, bus)
        bus.unregisterObject(_TYPES_PATH)


class DBusNotifier(QObject):
    """Shows reminders as desktop notifications, one at a time: a new one replaces the last, never a pile.

    Args:
        app_name: the name the server shows; a neutral one in discreet mode.
        address: a D-Bus address to use instead of the session bus (tests use a private bus).
    """

    availability_changed = Signal(bool)
    delivered = Signal(int)
    delivery_failed = Signal()
    start_requested = Signal()
    snooze_requested = Signal()
    closed = Signal()
    _notify_done = Signal(int, str)  # from the worker thread: the id, or an error message

    def __init__(self, app_name: str, address: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app_name = app_name
        # A connection of our own: the interface cache filled below is per connection, and nothing else in the
        # process may have filled it first with the server's raw types.
        self._connection_name = f"pelvic-floor-trainer-notify-{next(_names)}"
        self._bus = QDBusConnection.connectToBus(address or QDBusConnection.BusType.SessionBus,
                                                 self._connection_name)
        self.available: bool | None = None  # None until the server has answered
        self.actions = False
        self.markup = False
        self._ours: set[int] = set()
        self._last_id = 0
        self._pending: tuple[str, str, bool] | None = None
        self._worker: threading.Thread | None = None
        self._notify_done.connect(self._on_worker_notify_done)
        if not self._bus.isConnected():
            self.available = False
            return
        _cache_interface_types(self._bus)
        for name, slot in (("ActionInvoked", "_on_server_action_invoked(QDBusMessage)"),
                           ("NotificationClosed", "_on_server_notification_closed(QDBusMessage)")):
            self._bus.connect(SERVICE, PATH, INTERFACE, name, self, SLOT(slot))
        self.probe()

    def probe(self) -> None:
        """Ask the server what it offers; after a resume, a server that was missing may be back."""
        if not self._bus.isConnected():
            return
        watcher = QDBusPendingCallWatcher(
            self._bus.asyncCall(QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "GetCapabilities")), self)
        watcher.finished.connect(self._on_capabilities_finished)

    def notify(self, summary: str, body: str, can_snooze: bool) -> None:
        """Show a reminder, with Start (and Snooze when ``can_snooze``) where the server offers actions."""
        if self.available is None or self._worker is not None:
            # The last reminder wins: reminders are minutes apart, so a newer one makes an older one moot.
            self._pending = (summary, body, can_snooze)
            return
        if not self.available:
            self.delivery_failed.emit()
            return
        actions = [START, self.tr("Start")]
        if can_snooze:
            actions += [SNOOZE, self.tr("Snooze 10 min")]
        if self.markup:
            summary, body = _escape(summary), _escape(body)
        arguments = (self._app_name, self._last_id, "", summary, body, actions if self.actions else [])
        self._worker = threading.Thread(target=self._send, args=arguments, name="notify", daemon=True)
        self._worker.start()

    def close(self) -> None:
        """Wait for a notification still being sent, then leave the bus; the notifier is not used again."""
        if self._worker is not None:
            self._worker.join(CALL_TIMEOUT_MS / 1000)
        QDBusConnection.disconnectFromBus(self._connection_name)

    def _send(self, app_name: str, replaces_id: int, icon: str, summary: str, body: str,
              actions: list[str]) -> None:
        # Runs in the worker thread. The interface's types are cached, so constructing it does not introspect.
        remote = QDBusInterface(SERVICE, PATH, INTERFACE, self._bus)
        remote.setTimeout(CALL_TIMEOUT_MS)
        notification = QMetaObject.invokeMethod(
            remote, "Notify", Qt.ConnectionType.DirectConnection, Q_RETURN_ARG("uint"),
            Q_ARG("QString", app_name), Q_ARG("uint", replaces_id), Q_ARG("QString", icon),
            Q_ARG("QString", summary), Q_ARG("QString", body), Q_ARG("QStringList", actions),
            Q_ARG("QVariantMap", {}), Q_ARG("int", -1))
        error = remote.lastError()
        self._notify_done.emit(int(notification or 0), error.message() if error.isValid() else "")

    @Slot(int, str)
    def _on_worker_notify_done(self, notification: int, error: str) -> None:
        self._worker.join()
        self._worker = None
        if error or not notification:
            self._set_available(False)
            self.delivery_failed.emit()
        else:
            self._last_id = notification
            self._ours.add(notification)
            self.delivered.emit(notification)
        self._send_pending()

    def _on_capabilities_finished(self, watcher: QDBusPendingCallWatcher) -> None:
        if watcher.isError():
            self._set_available(False)
        else:
            arguments = watcher.reply().arguments()
            capabilities = [str(item) for item in arguments[0]] if arguments else []
            self.actions = "actions" in capabilities
            self.markup = "body-markup" in capabilities
            self._set_available(True)
        watcher.deleteLater()
        self._send_pending()

    def _send_pending(self) -> None:
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self.notify(*pending)

    def _set_available(self, available: bool) -> None:
        if available != self.available:
            self.available = available
            self.availability_changed.emit(available)

    @Slot(QDBusMessage)
    def _on_server_action_invoked(self, message: QDBusMessage) -> None:
        # Some servers broadcast this signal for every application's notifications; only ours count.
        arguments = message.arguments()
        if len(arguments) != 2 or arguments[0] not in self._ours:
            return
        if arguments[1] == START:
            self.start_requested.emit()
        elif arguments[1] == SNOOZE:
            self.snooze_requested.emit()

    @Slot(QDBusMessage)
    def _on_server_notification_closed(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if arguments and arguments[0] in self._ours:
            self._ours.discard(arguments[0])
            if arguments[0] == self._last_id:
                self._last_id = 0
            self.closed.emit()


def _escape(value: str) -> str:
    """Plain text for a server that reads the body as markup."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
