"""One block of a routine in the editor: how many reps, and its cycle of steps as a compact table.

Each step is a row of real widgets (phase, seconds, cue, whether its hold grows with the programme) with
buttons to move it up or down and to remove it, so the whole table is worked with Tab, Space and the arrow
keys, and every widget tells a screen reader which step it belongs to. The phase can only be one of the
vocabulary's, shown by its human name.

Signals:
    edited(): any value, or the steps themselves, changed.
    remove_requested(): the person asked to remove this block.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDoubleSpinBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSpinBox, QToolButton, QVBoxLayout, QWidget,
)

from trainer.core.phases import PHASES
from trainer.ui import words
from trainer.ui.editor.marks import problem_label, problem_line, set_problem, show_lines

# Wide enough that the loader's own caps (100 reps, 10-minute phases) are what stops a number, with its message.
SPIN_MAX_REPS = 999
SPIN_MAX_S = 9999


def new_step() -> dict[str, Any]:
    """The step "Add step" adds: a short rest, with a cue, so it is valid from the start."""
    return {"phase": "rest", "s": 3.0, "cue": QCoreApplication.translate("RoutineEditor", "Rest and breathe")}


class _SecondsBox(QDoubleSpinBox):
    """Seconds as people write them: "5 s", and "2.5 s" only when there is a half."""

    def textFromValue(self, value: float) -> str:
        return self.locale().toString(value, "g", 6)


def seconds_box(parent: QWidget) -> QDoubleSpinBox:
    box = _SecondsBox(parent)
    box.setRange(0, SPIN_MAX_S)
    box.setDecimals(1)
    box.setSingleStep(1)
    box.setSuffix(QCoreApplication.translate("RoutineEditor", " s"))
    return box


class _StepRow:
    """The widgets of one step."""

    def __init__(self, parent: QWidget, step: dict[str, Any]) -> None:
        self.phase = QComboBox(parent)
        for name in PHASES:
            self.phase.addItem(words.phase_name(name), name)
        self.phase.setCurrentIndex(max(0, self.phase.findData(step["phase"])))
        self.seconds = seconds_box(parent)
        self.seconds.setValue(step["s"])
        self.cue = QLineEdit(step["cue"], parent)
        self.progressive = QCheckBox(parent)
        self.progressive.setChecked(bool(step.get("progressive")))
        self.up, self.down, self.remove = (QToolButton(parent) for _ in range(3))
        self.up.setText("\u2191")
        self.down.setText("\u2193")
        self.remove.setText("\u2715")

    def widgets(self) -> list[QWidget]:
        return [self.phase, self.seconds, self.cue, self.progressive, self.up, self.down, self.remove]

    def data(self) -> dict[str, Any]:
        step = {"phase": self.phase.currentData(), "s": self.seconds.value(), "cue": self.cue.text().strip()}
        if self.progressive.isChecked():
            step["progressive"] = True
        return step


class BlockEditor(QGroupBox):
    edited = Signal()
    remove_requested = Signal()

    def __init__(self, block: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_StepRow] = []
        reps_line = QHBoxLayout()
        reps_label = QLabel(self.tr("Repeat the steps"), self)
        self.reps = QSpinBox(self)
        self.reps.setRange(0, SPIN_MAX_REPS)
        self.reps.setSuffix(self.tr(" times"))
        self.reps.setValue(block["reps"])
        self.reps.valueChanged.connect(self.edited)
        reps_label.setBuddy(self.reps)
        self.remove = QPushButton(self.tr("Remove block"), self)
        self.remove.clicked.connect(self.remove_requested)
        reps_line.addWidget(reps_label)
        reps_line.addWidget(self.reps)
        reps_line.addStretch(1)
        reps_line.addWidget(self.remove)
        self.reps_problem = problem_label(self)

        self._grid_host = QWidget(self)
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setColumnStretch(2, 1)
        headings = (self.tr("Phase"), self.tr("Seconds"), self.tr("Cue"), self.tr("Grows"))
        for column, text in enumerate(headings):
            heading = QLabel(text, self._grid_host)
            heading.setObjectName("muted")
            self._grid.addWidget(heading, 0, column)
        self.add_step = QPushButton(self.tr("Add step"), self)
        self.add_step.clicked.connect(self._on_add_step_clicked)
        self.steps_problem = problem_label(self)

        column = QVBoxLayout(self)
        column.addLayout(reps_line)
        column.addWidget(self.reps_problem)
        column.addWidget(self._grid_host)
        column.addWidget(self.steps_problem)
        column.addWidget(self.add_step)
        self.set_number(1)
        self._set_steps(list(block["cycle"]))

    # Contents ---------------------------------------------------------------------------------------------

    def set_number(self, number: int) -> None:
        self._number = number
        self.setTitle(self.tr("Block {n}").format(n=number))
        self.reps.setAccessibleName(self.tr("Block {n}: times to repeat").format(n=number))
        self.remove.setAccessibleName(self.tr("Remove block {n}").format(n=number))
        self.add_step.setAccessibleName(self.tr("Add a step to block {n}").format(n=number))
        self._name_rows()

    def data(self) -> dict[str, Any]:
        return {"reps": self.reps.value(), "cycle": [row.data() for row in self._rows]}

    def rows(self) -> list[_StepRow]:
        return self._rows

    def set_read_only(self, read_only: bool, removable: bool = True) -> None:
        for widget in (self.reps, self.remove, self.add_step, *(w for row in self._rows for w in row.widgets())):
            widget.setEnabled(not read_only)
        # A routine that cannot be changed shows no buttons for changing it.
        for widget in (self.remove, self.add_step, *(w for row in self._rows for w in (row.up, row.down, row.remove))):
            widget.setVisible(not read_only)
        self.remove.setEnabled(not read_only and removable)
        if not read_only:
            self._name_rows()

    def _set_steps(self, steps: list[dict[str, Any]], focus: tuple[int, str] | None = None) -> None:
        for row in self._rows:
            for widget in row.widgets():
                self._grid.removeWidget(widget)
                widget.deleteLater()
        self._rows = [_StepRow(self._grid_host, step) for step in steps]
        for index, row in enumerate(self._rows):
            for column, widget in enumerate(row.widgets()):
                self._grid.addWidget(widget, index + 1, column)
            row.phase.currentIndexChanged.connect(self.edited)
            row.seconds.valueChanged.connect(self.edited)
            row.cue.textChanged.connect(self.edited)
            row.progressive.toggled.connect(self.edited)
            row.up.clicked.connect(lambda _=False, i=index: self._move(i, -1))
            row.down.clicked.connect(lambda _=False, i=index: self._move(i, +1))
            row.remove.clicked.connect(lambda _=False, i=index: self._remove_step(i))
        self._name_rows()
        if focus is not None and 0 <= focus[0] < len(self._rows):
            getattr(self._rows[focus[0]], focus[1]).setFocus()

    def _name_rows(self) -> None:
        count = len(self._rows)
        for index, row in enumerate(self._rows, start=1):
            where = {"block": self._number, "step": index}
            row.phase.setAccessibleName(self.tr("Block {block}, step {step}: phase").format(**where))
            row.seconds.setAccessibleName(self.tr("Block {block}, step {step}: seconds").format(**where))
            row.cue.setAccessibleName(self.tr("Block {block}, step {step}: cue").format(**where))
            row.progressive.setAccessibleName(
                self.tr("Block {block}, step {step}: the hold grows as you progress").format(**where))
            row.up.setAccessibleName(self.tr("Move step {step} up").format(**where))
            row.down.setAccessibleName(self.tr("Move step {step} down").format(**where))
            row.remove.setAccessibleName(self.tr("Remove step {step}").format(**where))
            row.up.setEnabled(index > 1)
            row.down.setEnabled(index < count)
            row.remove.setEnabled(count > 1)

    def _on_add_step_clicked(self) -> None:
        self._set_steps([row.data() for row in self._rows] + [new_step()], focus=(len(self._rows), "phase"))
        self.edited.emit()

    def _move(self, index: int, offset: int) -> None:
        steps = [row.data() for row in self._rows]
        target = index + offset
        steps[index], steps[target] = steps[target], steps[index]
        # Focus follows the step, on the same button, so pressing it again keeps moving it.
        self._set_steps(steps, focus=(target, "up" if offset < 0 else "down"))
        self.edited.emit()

    def _remove_step(self, index: int) -> None:
        steps = [row.data() for row in self._rows]
        del steps[index]
        self._set_steps(steps, focus=(min(index, len(steps) - 1), "phase"))
        self.edited.emit()

    # Problems ---------------------------------------------------------------------------------------------

    def show_problems(self, problems: dict[str, str]) -> None:
        """Mark this block's problems, given by field relative to it: "reps", "cycle", "cycle[1].s"."""
        set_problem(self.reps, problems.get("reps", ""))
        show_lines(self.reps_problem, [problem_line(self.tr("Times to repeat"), problems["reps"])]
                   if "reps" in problems else [])
        lines = [problems["cycle"]] if "cycle" in problems else []
        parts = {"phase": self.tr("phase"), "s": self.tr("seconds"), "cue": self.tr("cue"),
                 "progressive": self.tr("grows")}
        for index, row in enumerate(self._rows):
            for key, widget in (("phase", row.phase), ("s", row.seconds), ("cue", row.cue),
                                ("progressive", row.progressive)):
                message = problems.get(f"cycle[{index}].{key}", "")
                set_problem(widget, message)
                if message:
                    where = self.tr("Step {step}, {part}").format(step=index + 1, part=parts[key])
                    lines.append(problem_line(where, message))
        show_lines(self.steps_problem, lines)
