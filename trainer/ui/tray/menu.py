"""The tray's menu, built apart from the icon so that it works (and is tested) where no tray exists.

Signals name what the person asked for; whoever owns the window and the reminders does it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget


class TrayMenu(QMenu):
    start_requested = Signal()
    show_requested = Signal()
    snooze_hour_requested = Signal()
    pause_today_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_action = self._add(self.tr("Start the next routine"), self.start_requested)
        self.show_action = self._add(self.tr("Show"), self.show_requested)
        self.addSeparator()
        self.snooze_action = self._add(self.tr("Snooze reminders for an hour"), self.snooze_hour_requested)
        self.pause_action = self._add(self.tr("Pause reminders until tomorrow"), self.pause_today_requested)
        self.addSeparator()
        self.quit_action = self._add(self.tr("Quit"), self.quit_requested)
        self.set_reminders_on(False)

    def set_reminders_on(self, on: bool) -> None:
        """With no reminder times set, there is nothing to snooze or pause."""
        self.snooze_action.setEnabled(on)
        self.pause_action.setEnabled(on)

    def _add(self, text: str, signal: Signal) -> QAction:
        action = self.addAction(text)
        action.triggered.connect(signal)
        return action
