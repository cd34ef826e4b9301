"""The end-of-session summary: what was done, today's sets against the target, the streak, and an optional
discomfort rating and note.

The session is already saved when this opens; the dialog only offers feedback to add to it. After "This
hurts — stop" it says, kindly, to rest and to see a pelvic-health physiotherapist if the discomfort stays.
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QFrame, QGridLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSpinBox,
    QVBoxLayout, QWidget,
)

from trainer.core import stats
from trainer.core.records import SessionRecord
from trainer.ui import words
from trainer.ui.dialogs.hold_summary import holds_line
from trainer.ui.words import format_duration

NO_RATING = -1  # the spin box's "None" value: the user gave no rating


class SummaryDialog(QDialog):
    """Shows ``record``; ``sessions`` is the history including it. ``saved`` False: it could not be kept."""

    def __init__(self, record: SessionRecord, sessions: Iterable[SessionRecord], daily_target: int, *,
                 saved: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryDialog")
        self.setWindowTitle(self.tr("Session summary"))
        self.setMinimumWidth(460)
        self.record = record
        figures = stats.summary(tuple(sessions), record.day, daily_target)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)

        self.heading = QLabel(self._heading_text(), self)
        self.heading.setObjectName("pageTitle")
        layout.addWidget(self.heading)
        subtitle = QLabel(record.routine_title, self)
        subtitle.setObjectName("muted")
        layout.addWidget(subtitle)
        layout.addWidget(self._figures(record))
        line = holds_line(record)
        self.holds_label = self._wrapped(line or "")
        self.holds_label.setVisible(line is not None)
        layout.addWidget(self.holds_label)
        layout.addLayout(self._today(figures))
        if record.outcome == "discomfort":
            layout.addWidget(self._advice())
        elif record.outcome == "stopped":
            layout.addWidget(self._wrapped(self.tr("Stopped early. What you did is kept in your history.")))
        if saved:
            layout.addLayout(self._feedback())
        else:
            self.rating = self.note = None
            layout.addWidget(self._wrapped(self.tr("This session could not be saved, so there is nothing to add "
                                                   "feedback to.")))
        buttons = QDialogButtonBox(self)
        # A plain text button (a stock one brings the platform's icon); named as shown, described at length.
        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.setAccessibleName(self.done_button.text())
        self.done_button.setAccessibleDescription(self.tr("Close the summary"))
        buttons.addButton(self.done_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.done_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        # Enter or Space closes at once; the feedback fields are there for whoever wants them.
        self.done_button.setFocus()

    def _heading_text(self) -> str:
        if self.record.outcome == "discomfort":
            return self.tr("Rest now")
        if self.record.outcome == "stopped":
            return self.tr("Session saved")
        return words.well_done()

    def _wrapped(self, text: str, name: str = "") -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        if name:
            label.setObjectName(name)
        return label

    def _figures(self, record: SessionRecord) -> QFrame:
        frame = QFrame(self)
        grid = QGridLayout(frame)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(28)
        items = (
            (self.tr("Reps"), self.tr("{done} of {planned}").format(done=record.reps_completed,
                                                                    planned=record.reps_planned)),
            (self.tr("Sets"), str(record.sets_completed)),
            (self.tr("Time"), format_duration(record.duration_s)),
        )
        self.figure_labels: dict[str, QLabel] = {}
        for column, (name, value) in enumerate(items):
            caption = QLabel(name, frame)
            caption.setObjectName("muted")
            number = QLabel(value, frame)
            font = number.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            font.setWeight(font.Weight.DemiBold)
            number.setFont(font)
            number.setAccessibleName(f"{name}: {value}")
            grid.addWidget(caption, 0, column)
            grid.addWidget(number, 1, column)
            self.figure_labels[name] = number
        grid.setColumnStretch(len(items), 1)
        return frame

    def _today(self, figures: dict) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(6)
        today, target = figures["today_sets"], figures["daily_target_sets"]
        if today >= target:
            text = self.tr("{today} of {target} sets today — today's target is reached.")
        else:
            text = self.tr("{today} of {target} sets today.")
        self.today_label = self._wrapped(text.format(today=today, target=target))
        box.addWidget(self.today_label)
        bar = QProgressBar(self)
        bar.setRange(0, target)
        bar.setValue(min(today, target))
        bar.setTextVisible(False)
        bar.setMaximumHeight(8)
        bar.setAccessibleName(self.tr("Sets today"))
        box.addWidget(bar)
        streak = figures["current_streak_days"]
        if streak == 0:
            text = self.tr("Complete a full set to start a streak.")
        elif streak == 1:
            text = self.tr("1 day of practice in a row.")
        else:
            text = self.tr("{days} days of practice in a row.").format(days=streak)
        self.streak_label = self._wrapped(text, "muted")
        box.addWidget(self.streak_label)
        return box

    def _advice(self) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("banner")
        column = QVBoxLayout(frame)
        column.setContentsMargins(14, 12, 14, 12)
        self.advice = QLabel(
            self.tr("You did the right thing by stopping. Rest now and breathe gently. If the discomfort stays "
                    "or comes back, please see a pelvic-health physiotherapist before you practise again."),
            frame,
        )
        self.advice.setWordWrap(True)
        column.addWidget(self.advice)
        return frame

    def _feedback(self) -> QFormLayout:
        form = QFormLayout()
        form.setSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.rating = QSpinBox(self)
        self.rating.setRange(NO_RATING, 10)
        self.rating.setSpecialValueText(self.tr("None"))
        self.rating.setValue(NO_RATING)
        self.rating.setMinimumWidth(110)
        self.rating.setAccessibleName(self.tr("Discomfort from 0 to 10, optional"))
        self.rating.setToolTip(self.tr("0 means none at all, 10 the worst you can imagine."))
        form.addRow(self.tr("Discomfort (0–10):"), self.rating)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Optional, for you or your therapist"))
        self.note.setAccessibleName(self.tr("Note about this session, optional"))
        self.note.setMaxLength(500)
        self.note.setMinimumWidth(280)
        form.addRow(self.tr("Note:"), self.note)
        return form

    def updated_record(self) -> SessionRecord | None:
        """The record with the user's rating and note, or None when they added nothing."""
        if self.rating is None:
            return None
        rating = None if self.rating.value() == NO_RATING else self.rating.value()
        note = self.note.text().strip() or None
        if rating is None and note is None:
            return None
        return self.record.with_feedback(rating, note)
