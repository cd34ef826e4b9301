"""The chosen routine in full: length, positions, the steps, what it should feel like, a short checklist
before starting, and the hold length for routines whose hold grows as the user progresses.

The checklist is a gentle reminder only: ticking it is never required to start.

Signals:
    hold_changed(str, float): the user chose a new hold length (seconds) for the routine with this id.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)

from trainer.core.plan_text import prescription
from trainer.core.routines import Routine
from trainer.ui.train.picker import audience_label, routine_length_s
from trainer.ui.look.wrapping_check import WrappingCheckBox
from trainer.ui import words
from trainer.ui.language import translate_routine_text
from trainer.ui.words import format_duration

HOLD_RANGE_S = (3, 20)  # the programme eases down to 3 s


class RoutineDetails(QScrollArea):
    hold_changed = Signal(str, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routine-details")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a Tab stop itself: an unnamed pane to a screen reader. Tab into the spin box and the checklist
        # scrolls them into view, and the mouse wheel scrolls the text.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._routine: Routine | None = None
        body = QWidget(self)
        body.setObjectName("routine-details-body")
        self._column = QVBoxLayout(body)
        self._column.setContentsMargins(4, 4, 12, 12)
        self._column.setSpacing(8)

        # A quieter heading than the page's own: the chosen card just above already names the routine.
        self.title = self._label(body)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(title_font)
        self.meta = self._label(body, "muted")
        # How a physiotherapist would write it down: "Hold 5 s, rest 8 s, repeat 10 times, 3 sets a day".
        self.prescription = self._label(body)
        self.prescription.setAccessibleName(self.tr("Prescription"))
        self._daily_sets = 1
        self.positions = self._section(body, self.tr("Positions"))
        self.steps = self._section(body, words.how_to_do_it())
        self.feel = self._section(body, self.tr("What it should feel like"))
        self._build_hold(body)
        self._build_checklist(body)
        self._column.addStretch(1)
        self.setWidget(body)

    # Building -------------------------------------------------------------------------------------------

    def _label(self, parent: QWidget, name: str = "") -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if name:
            label.setObjectName(name)
        self._column.addWidget(label)
        return label

    def _heading(self, parent: QWidget, text: str) -> QLabel:
        heading = QLabel(text, parent)
        font = QFont(heading.font())
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        self._column.addSpacing(6)
        self._column.addWidget(heading)
        return heading

    def _section(self, parent: QWidget, heading: str) -> QLabel:
        self._heading(parent, heading)
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        # Read the content, not the heading again: the heading is a label of its own just before it.
        label.setAccessibleDescription(heading)
        self._column.addWidget(label)
        return label

    def _build_hold(self, parent: QWidget) -> None:
        self.hold_box = QWidget(parent)
        row = QVBoxLayout(self.hold_box)
        row.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Hold length"), self.hold_box)
        font = QFont(heading.font())
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        line = QHBoxLayout()
        self.hold = QSpinBox(self.hold_box)
        self.hold.setRange(*HOLD_RANGE_S)
        self.hold.setSuffix(self.tr(" s"))
        self.hold.setAccessibleName(self.tr("Hold length in seconds"))
        self.hold.valueChanged.connect(self._on_hold_value_changed)
        heading.setBuddy(self.hold)
        line.addWidget(self.hold)
        hint = QLabel(self.tr("Today's plan sets the hold; change it here to choose your own."), self.hold_box)
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        line.addWidget(hint, 1)
        row.addWidget(heading)
        row.addLayout(line)
        self._column.addSpacing(6)
        self._column.addWidget(self.hold_box)

    def _build_checklist(self, parent: QWidget) -> None:
        self._heading(parent, words.before_you_start())
        self.checklist = [
            WrappingCheckBox(self.tr("I have emptied my bladder"), parent),
            WrappingCheckBox(self.tr("I'm not in the middle of a core workout"), parent),
            WrappingCheckBox(self.tr("I'll stop if anything hurts"), parent),
        ]
        for box in self.checklist:
            self._column.addWidget(box)
        note = QLabel(self.tr("Just a reminder: you can start whenever you are ready."), parent)
        note.setObjectName("muted")
        note.setWordWrap(True)
        self._column.addWidget(note)

    # Showing a routine ----------------------------------------------------------------------------------

    def routine(self) -> Routine | None:
        return self._routine

    def show_routine(self, routine: Routine, hold_s: float | None, daily_sets: int = 1) -> None:
        """Show ``routine``; ``hold_s`` is the user's saved hold for it (None: the routine's own), and
        ``daily_sets`` the sets a day the prescription line asks for."""
        self._routine = routine
        self._daily_sets = daily_sets
        self.title.setText(translate_routine_text(routine, routine.title))
        for label, items, markup in ((self.positions, routine.positions, _bullets),
                                     (self.steps, routine.instructions, _numbered),
                                     (self.feel, routine.feel, _bullets)):
            shown = _translated(routine, items)
            label.setText(markup(shown))
            label.setAccessibleName("\n".join(shown))
        self.feel.setVisible(bool(routine.feel))
        self.hold_box.setVisible(routine.has_progressive_hold)
        self.hold.blockSignals(True)
        self.hold.setValue(round(hold_s or routine.hold_s))
        self.hold.blockSignals(False)
        self._update_meta(hold_s)
        self.verticalScrollBar().setValue(0)

    def set_hold(self, hold_s: float) -> None:
        """Show ``hold_s`` (today's plan, or the person's own) without announcing it as a new choice."""
        self.hold.blockSignals(True)
        self.hold.setValue(round(hold_s))
        self.hold.blockSignals(False)
        self._update_meta(hold_s)

    def _update_meta(self, hold_s: float | None) -> None:
        routine = self._routine
        if routine is None:
            return
        length = format_duration(routine_length_s(routine, hold_s))
        reps = self.tr("{sets} × {reps} reps").format(sets=routine.sets, reps=routine.reps_per_set) \
            if routine.sets > 1 else self.tr("{reps} reps").format(reps=routine.reps_per_set)
        summary = translate_routine_text(routine, routine.summary)
        self.meta.setText(f"{audience_label(routine.audience)} · {length} · {reps}\n{summary}")
        self.prescription.setText(prescription(routine, hold_s, self._daily_sets))

    def _on_hold_value_changed(self, value: int) -> None:
        if self._routine is not None:
            self._update_meta(float(value))
            self.hold_changed.emit(self._routine.id, float(value))


def _translated(routine: Routine, texts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(translate_routine_text(routine, text) for text in texts)


def _escaped(text: str) -> str:
    # Not html.escape: its module loads html.entities, a table of two thousand names (some 1.5 ms of a start),
    # and text inside a list item needs only these three.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _bullets(items: tuple[str, ...]) -> str:
    rows = "".join(f"<li>{_escaped(item)}</li>" for item in items)
    return f"<ul style='margin-left:-20px'>{rows}</ul>"


def _numbered(items: tuple[str, ...]) -> str:
    rows = "".join(f"<li style='margin-bottom:4px'>{_escaped(item)}</li>" for item in items)
    return f"<ol style='margin-left:-16px'>{rows}</ol>"
