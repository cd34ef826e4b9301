"""The routine editor dialog: one routine's fields on the left; its length, prescription and figure on the right.

It edits a new routine, a copy, or one of the person's own; a built-in routine opens read-only with
"Duplicate to edit". Every edit is judged by the loader's own rules (``routine_problems``): each problem is
told beside its field, and Save stays disabled until there are none. Saving goes through the library, which
writes the file atomically and reloads the catalogue.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from trainer.core.clock import Clock
from trainer.core.plan_text import prescription
from trainer.core.routine_hold import total_length_s
from trainer.core.routine_json import routine_problems, routine_to_json
from trainer.core.routines import Routine, RoutineError, parse_routine
from trainer.core.user_routines import RoutineFileError
from trainer.ui.editor.form import RoutineForm
from trainer.ui.editor.library import RoutineLibrary
from trainer.ui.editor.marks import EDITOR_STYLE
from trainer.ui.editor.preview import FigurePreview
from trainer.ui.words import format_duration

SIDE_WIDTH = 280


class RoutineEditor(QDialog):
    """Edits ``routine`` (None: a new one). ``copy`` makes a new routine from it; a built-in one is only shown."""

    def __init__(self, library: RoutineLibrary, routine: Routine | None = None, *, copy: bool = False,
                 daily_sets: int = 1, reduced_motion: bool = False, clock: Clock | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routine-editor")
        self.setStyleSheet(EDITOR_STYLE)
        self._library = library
        self._daily_sets = daily_sets
        self.saved: Routine | None = None
        self.form = RoutineForm(self)
        self.form.edited.connect(self._on_form_edited)
        self.preview = FigurePreview(clock, self)
        self.preview.set_reduced_motion(reduced_motion)
        self._build_layout()
        self._start(routine, copy)

    def _build_layout(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side = QWidget(self)
        side.setFixedWidth(SIDE_WIDTH)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.length = QLabel(side)
        font = QFont(self.length.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.length.setFont(font)
        self.length.setAccessibleName(self.tr("Total length"))
        self.prescription = QLabel(side)
        self.prescription.setWordWrap(True)
        self.prescription.setAccessibleName(self.tr("Prescription"))
        self.status = QLabel(side)
        self.status.setObjectName("problem")
        self.status.setWordWrap(True)
        self.file_name = QLabel(side)
        self.file_name.setObjectName("muted")
        self.file_name.setWordWrap(True)
        self.file_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (self.length, self.prescription, self.status):
            column.addWidget(widget)
        column.addWidget(self.preview, 1)
        column.addWidget(self.file_name)

        self.buttons = QDialogButtonBox(self)
        self.save = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.duplicate = QPushButton(self.tr("Duplicate to edit"), self)
        self.buttons.addButton(self.duplicate, QDialogButtonBox.ButtonRole.ActionRole)
        self.save.clicked.connect(self._on_save_clicked)
        self.cancel.clicked.connect(self.reject)
        self.duplicate.clicked.connect(self._on_duplicate_clicked)

        body = QHBoxLayout()
        body.setSpacing(20)
        body.addWidget(scroll, 1)
        body.addWidget(side)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(940, 680)

    # Which routine, and how ---------------------------------------------------------------------------------

    def _start(self, routine: Routine | None, copy: bool) -> None:
        self._replaces = routine if routine is not None and not copy and not routine.builtin else None
        self._read_only = routine is not None and routine.builtin and not copy
        if routine is None:
            data = self._new_routine()
            self.setWindowTitle(self.tr("New routine"))
        elif copy:
            data = {**routine_to_json(routine), "title": self.tr("{title} (copy)").format(title=routine.title)}
            self.setWindowTitle(self.tr("New routine from “{title}”").format(title=routine.title))
        elif self._read_only:
            data = routine_to_json(routine)
            self.setWindowTitle(self.tr("“{title}” (built in)").format(title=routine.title))
        else:
            data = routine_to_json(routine)
            self.setWindowTitle(self.tr("Edit “{title}”").format(title=routine.title))
        # An edited routine keeps its id, so it stays the same file; a new one takes its id from its title.
        self._fixed_id = self._replaces.id if self._replaces is not None else (routine.id if self._read_only else None)
        self.form.load(data)
        self.form.set_read_only(self._read_only)
        self.save.setVisible(not self._read_only)
        self.duplicate.setVisible(self._read_only)
        # The one thing to do with a built-in routine is to copy it; with one's own, to save it.
        self.duplicate.setDefault(self._read_only)
        self.save.setDefault(not self._read_only)
        self.cancel.setText(self.tr("Close") if self._read_only else self.tr("Cancel"))
        self.status.setObjectName("muted" if self._read_only else "problem")
        self.status.style().polish(self.status)
        if self._read_only:
            self.status.setText(self.tr("Built-in routines cannot be changed. Duplicate this one to make "
                                        "your own version."))
        self._on_form_edited()
        self.form.title.setFocus()

    def _new_routine(self) -> dict[str, Any]:
        step = {"phase": "drop", "s": 3, "cue": self.tr("Let go and soften")}
        hold = {"phase": "hold-drop", "s": 5, "cue": self.tr("Stay soft and open"), "progressive": True}
        back = {"phase": "return", "s": 5, "cue": self.tr("Let it rise on its own")}
        return {"format": 1, "id": "", "title": self.tr("My routine"), "audience": "everyone",
                "kind": "reverse-kegel", "summary": self.tr("My own reverse Kegels."), "positions": ["lying"],
                "instructions": [], "lead_in_s": 5, "sets": 1, "rest_between_sets_s": 60,
                "blocks": [{"reps": 10, "cycle": [step, hold, back]}]}

    def routine_id(self) -> str:
        return self._fixed_id or self._library.unique_id(self.form.title.text(), self._replaces)

    # Following edits --------------------------------------------------------------------------------------

    def _judge(self) -> tuple[str, list[tuple[str, str]], Routine | None]:
        """The id, the problems, and the routine as the form has it now (None while it has problems)."""
        data = self.form.data(self.routine_id())
        problems = routine_problems(data)
        if problems:
            return data["id"], problems, None
        try:
            return data["id"], [], parse_routine(data, Path(f"{data['id']}.json"))
        except RoutineError as error:
            return data["id"], [(error.field, error.message)], None

    def routine(self) -> Routine | None:
        return self._judge()[2]

    def _on_form_edited(self) -> None:
        routine_id, problems, routine = self._judge()
        self.form.show_problems(problems)
        self.save.setEnabled(routine is not None)
        self.preview.show_routine(routine)
        self.file_name.setText(self.tr("Saved as {file}").format(file=f"{routine_id}.json"))
        self.file_name.setVisible(not self._read_only)
        if not self._read_only:
            count = len(problems)
            self.status.setText(self.tr("%n field needs attention", "", count) if count == 1
                                else self.tr("%n fields need attention", "", count) if count else "")
        if routine is None:
            self.length.setText(self.tr("Length: not yet known"))
            self.prescription.setText("")
            return
        self.length.setText(self.tr("About {length}").format(length=format_duration(total_length_s(routine))))
        self.prescription.setText(prescription(routine, None, self._daily_sets))

    # Buttons ----------------------------------------------------------------------------------------------

    def _on_save_clicked(self) -> None:
        routine = self.routine()
        if routine is None:
            return
        try:
            self.saved = self._library.save(routine, self._replaces)
        except RoutineFileError as error:
            self.status.setText(self.tr("Not saved: {reason}").format(reason=error))
            return
        self.accept()

    def _on_duplicate_clicked(self) -> None:
        source = self._library.catalog.get(self._fixed_id or "")
        if source is not None:
            self._start(source, copy=True)

    def done(self, result: int) -> None:
        # The preview's timer never outlives the dialog, however it closes (Esc, Cancel, Save, the window).
        self.preview.stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.preview.stop()
        super().closeEvent(event)
