"""The tray icon, where the desktop has a tray: the app's icon, today's sets in its tooltip, and the menu.

``tray_available()`` is asked once at start-up; without a tray everything goes through the window and the
notifications instead. Clicking the icon or a message it showed brings the window back.

Signals:
    show_requested(): the icon or one of its messages was clicked.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from trainer.ui import words
from trainer.ui.tray.menu import TrayMenu

MESSAGE_MS = 15_000


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def tooltip_text(discreet: bool, sets_today: int, target: int) -> str:
    """The app's title and today's sets against the target, e.g. "Pelvic Floor Trainer\\n1 of 3 sets today"."""
    if target == 1:
        line = QCoreApplication.translate("Tray", "{done} of {target} set today")
    else:
        line = QCoreApplication.translate("Tray", "{done} of {target} sets today")
    return f"{words.app_title(discreet)}\n{line.format(done=sets_today, target=target)}"


class TrayIcon(QObject):
    show_requested = Signal()

    def __init__(self, icon: QIcon, menu: TrayMenu, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = menu
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(self._on_icon_activated)
        self.icon.messageClicked.connect(self.show_requested)
        self.icon.show()

    def set_tooltip(self, text: str) -> None:
        self.icon.setToolTip(text)

    def show_message(self, summary: str, body: str) -> bool:
        """A balloon from the tray; False where the tray cannot show one."""
        if not self.icon.isVisible() or not QSystemTrayIcon.supportsMessages():
            return False
        self.icon.showMessage(summary, body, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        return True

    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_requested.emit()
