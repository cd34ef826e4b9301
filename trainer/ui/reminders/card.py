"""The calm card in the window that carries a reminder when the desktop has neither notifications nor a tray.

It sits above the pages, says what the reminder says, and offers Start, Snooze (while a snooze is left) and
Dismiss; it hides itself when dismissed or acted on, and a newer reminder replaces what it showed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class ReminderCard(QWidget):
    """The card, inset from the window's edges as the notice banner is."""

    start_requested = Signal()
    snooze_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 0)
        frame = QFrame(self)
        frame.setObjectName("reminderCard")
        frame.setAccessibleName(self.tr("Reminder"))
        self.frame = frame
        outer.addWidget(frame)
        self.summary = QLabel(frame)
        self.summary.setObjectName("reminderSummary")  # bold, by the app's stylesheet
        self.body = QLabel(frame)
        self.body.setWordWrap(True)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.summary)
        words.addWidget(self.body)
        self.start_button = QPushButton(self.tr("Start"), frame)
        self.start_button.setProperty("primary", True)
        self.start_button.setAccessibleName(self.tr("Start the next routine"))
        self.snooze_button = QPushButton(self.tr("Snooze 10 min"), frame)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), frame)
        self.dismiss_button.setAccessibleName(self.tr("Dismiss this reminder"))
        row = QHBoxLayout(frame)
        row.setContentsMargins(16, 10, 10, 10)
        row.setSpacing(10)
        row.addLayout(words, 1)
        for button in (self.start_button, self.snooze_button, self.dismiss_button):
            row.addWidget(button)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.snooze_button.clicked.connect(self._on_snooze_button_clicked)
        self.dismiss_button.clicked.connect(self.hide)
        self.hide()

    def show_reminder(self, summary: str, body: str, can_snooze: bool) -> None:
        self.summary.setText(summary)
        self.body.setText(body)
        self.frame.setAccessibleDescription(f"{summary}\n{body}")
        self.snooze_button.setVisible(can_snooze)
        self.show()

    def _on_start_button_clicked(self) -> None:
        self.hide()
        self.start_requested.emit()

    def _on_snooze_button_clicked(self) -> None:
        self.hide()
        self.snooze_requested.emit()
