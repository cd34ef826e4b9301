"""A small dialog to change a recorded session's discomfort rating and note afterwards."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from trainer.core.records import SessionRecord
from trainer.ui.progress.history_model import day_label

NO_RATING = -1  # the spin box's "None" value, as in the summary after a session


class FeedbackEditor(QDialog):
    def __init__(self, record: SessionRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record
        self.setWindowTitle(self.tr("Rating and note"))
        heading = QLabel(self.tr("{routine}, {day}").format(routine=record.routine_title, day=day_label(record.day)),
                         self)
        heading.setWordWrap(True)
        self.rating = QSpinBox(self)
        self.rating.setRange(NO_RATING, 10)
        self.rating.setSpecialValueText(self.tr("None"))
        self.rating.setValue(NO_RATING if record.discomfort is None else record.discomfort)
        self.rating.setAccessibleName(self.tr("Discomfort from 0 to 10, optional"))
        self.rating.setToolTip(self.tr("0 means none at all, 10 the worst you can imagine."))
        self.note = QLineEdit(record.note or "", self)
        self.note.setMaxLength(500)
        self.note.setMinimumWidth(300)
        self.note.setPlaceholderText(self.tr("Optional, for you or your therapist"))
        self.note.setAccessibleName(self.tr("Note about this session, optional"))
        form = QFormLayout()
        form.addRow(self.tr("Discomfort (0–10):"), self.rating)
        form.addRow(self.tr("Note:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(heading)
        column.addLayout(form)
        column.addWidget(buttons)

    def discomfort(self) -> int | None:
        value = self.rating.value()
        return None if value == NO_RATING else value

    def note_text(self) -> str | None:
        return self.note.text().strip() or None

    def changed(self) -> bool:
        return (self.discomfort(), self.note_text()) != (self.record.discomfort, self.record.note)
