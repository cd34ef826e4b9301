"""The Reminders section of the Settings dialog: the times of day, closing to the tray, and starting at login.

Reminders are off until turned on; turning them on with no times suggests three spread over a waking day.
Where the desktop has no system tray, the tray option is greyed out and the section says why.
"""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSystemTrayIcon, QTimeEdit, QToolButton,
    QVBoxLayout, QWidget,
)

from trainer.core.reminder_text import SUGGESTED_TIMES
from trainer.core.settings import Settings
from trainer.ui.look.wrapping_check import WrappingCheckBox

MAX_TIMES = 8
COLUMNS = 4  # times side by side, so eight fit in two short rows
_NEW_TIME = "12:00"


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


class RemindersGroup(QGroupBox):
    def __init__(self, settings: Settings, parent: QWidget | None = None, tray: bool | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Reminders"))
        self._has_tray = QSystemTrayIcon.isSystemTrayAvailable() if tray is None else tray
        # Kept as it was where it cannot be changed: the same settings may move to a desktop with a tray.
        self._stored_close_to_tray = settings.close_to_tray
        box = QVBoxLayout(self)
        box.setSpacing(6)
        self.enabled = QCheckBox(self.tr("Remind me to practise"), self)
        self.enabled.setAccessibleName(self.tr("Reminders"))
        box.addWidget(self.enabled)
        self._grid = QGridLayout()
        self._grid.setContentsMargins(24, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(4)
        box.addLayout(self._grid)
        self.time_edits: list[QTimeEdit] = []
        self.add_button = QPushButton(self.tr("Add a time"), self)
        self._grid.addWidget(self.add_button, 0, 0)
        self.add_button.setAccessibleName(self.tr("Add a reminder time"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        box.addWidget(_hint(self.tr("Skipped once today's target is met, or within an hour of a session."), self))
        self.close_to_tray = WrappingCheckBox(self.tr("Closing the window keeps the trainer in the tray"), self)
        self.close_to_tray.setChecked(settings.close_to_tray and self._has_tray)
        self.close_to_tray.setEnabled(self._has_tray)
        box.addWidget(self.close_to_tray)
        if not self._has_tray:
            box.addWidget(_hint(self.tr("This desktop has no tray: reminders come as notifications instead."),
                                self))
        self.start_at_login = WrappingCheckBox(self.tr("Start at login, without a window, for the reminders"), self)
        self.start_at_login.setChecked(settings.start_at_login)
        box.addWidget(self.start_at_login)
        for text in settings.reminders:
            self._add_time(text)
        self.enabled.setChecked(bool(settings.reminders))
        self.enabled.toggled.connect(self._on_enabled_toggled)
        self._follow_enabled()

    def values(self) -> dict[str, object]:
        """The settings this section edits, for ``Settings.replace``."""
        times = sorted({edit.time().toString("HH:mm") for edit in self.time_edits}) if self.enabled.isChecked() \
            else []
        close_to_tray = self.close_to_tray.isChecked() if self._has_tray else self._stored_close_to_tray
        return {"reminders": tuple(times), "close_to_tray": close_to_tray,
                "start_at_login": self.start_at_login.isChecked()}

    def _add_time(self, text: str) -> None:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        edit = QTimeEdit(QTime.fromString(text, "HH:mm"), row)
        edit.setDisplayFormat("HH:mm")
        edit.setAccessibleName(self.tr("Reminder time"))
        remove = QToolButton(row)
        remove.setText("\u00d7")
        remove.setToolTip(self.tr("Remove this time"))
        remove.setAccessibleName(self.tr("Remove this reminder time"))
        remove.clicked.connect(lambda: self._on_remove_clicked(row, edit))
        layout.addWidget(edit)
        layout.addWidget(remove)
        self.time_edits.append(edit)
        self._grid.removeWidget(self.add_button)
        self._regrid()
        self.add_button.setEnabled(len(self.time_edits) < MAX_TIMES)

    def _regrid(self) -> None:
        # The Add button follows the last time, in the same grid, so the section stays short.
        cells = [edit.parentWidget() for edit in self.time_edits] + [self.add_button]
        for index, cell in enumerate(cells):
            self._grid.addWidget(cell, index // COLUMNS, index % COLUMNS)
        self._grid.setColumnStretch(COLUMNS, 1)

    def _on_remove_clicked(self, row: QWidget, edit: QTimeEdit) -> None:
        self.time_edits.remove(edit)
        self._grid.removeWidget(row)
        self._grid.removeWidget(self.add_button)
        row.deleteLater()
        self._regrid()
        self.add_button.setEnabled(len(self.time_edits) < MAX_TIMES)
        if not self.time_edits:
            self.enabled.setChecked(False)

    def _on_add_button_clicked(self) -> None:
        self._add_time(_NEW_TIME)

    def _on_enabled_toggled(self, on: bool) -> None:
        if on and not self.time_edits:
            for text in SUGGESTED_TIMES:
                self._add_time(text)
        self._follow_enabled()

    def _follow_enabled(self) -> None:
        on = self.enabled.isChecked()
        for edit in self.time_edits:
            edit.parentWidget().setEnabled(on)
        self.add_button.setEnabled(on and len(self.time_edits) < MAX_TIMES)
