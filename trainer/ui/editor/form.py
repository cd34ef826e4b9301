"""The routine's fields in the editor: what it is, who it is for, how it is timed, how to do it, its blocks.

``data()`` gives the routine as its file would hold it, so the loader's own checks (``routine_problems``)
judge the form; ``show_problems`` puts each message beside the field it names.

Signals:
    edited(): any field changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox,
    QVBoxLayout, QWidget,
)

from trainer.core.routines import AUDIENCES, KINDS
from trainer.ui.editor.marks import problem_label, problem_line, set_problem, show_lines
from trainer.ui.editor.steps import BlockEditor, new_step, seconds_box

STANDARD_POSITIONS = ("lying", "sitting", "standing")
_BLOCK = "blocks["


def _t(text: str) -> str:
    return QCoreApplication.translate("RoutineForm", text)


def audience_names() -> dict[str, str]:
    return {"men": _t("Men"), "women": _t("Women"), "everyone": _t("Everyone")}


def kind_names() -> dict[str, str]:
    return {"reverse-kegel": _t("Reverse Kegels (letting go)"), "breath": _t("Breathing only"),
            "kegel": _t("Kegels (squeezing)"), "combined": _t("Both, combined")}


class RoutineForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields = QFormLayout()
        self._problems: dict[str, QLabel] = {}
        self._extra: dict[str, Any] = {}
        self._names: dict[str, str] = {}
        self.title = self._add("title", _t("Title"), QLineEdit(self))
        self.summary = self._add("summary", _t("Summary"), QLineEdit(self))
        self.audience = self._add("audience", _t("For"), self._combo(AUDIENCES, audience_names()))
        self.kind = self._add("kind", _t("Kind"), self._combo(KINDS, kind_names()))
        self._positions_box = QWidget(self)
        self._positions_line = QHBoxLayout(self._positions_box)
        self._positions_line.setContentsMargins(0, 0, 0, 0)
        self.positions: list[QCheckBox] = []
        self._add("positions", _t("Positions"), self._positions_box)
        self.lead_in = self._add("lead_in_s", _t("Get ready for"), seconds_box(self))
        self.sets = self._add("sets", _t("Sets"), QSpinBox(self))
        self.sets.setRange(0, 99)
        self.rest = self._add("rest_between_sets_s", _t("Rest between sets"), seconds_box(self))
        self.instructions = self._add("instructions", _t("How to do it"), QPlainTextEdit(self))
        self.instructions.setPlaceholderText(_t("One instruction a line"))
        self.instructions.setTabChangesFocus(True)
        self.instructions.setFixedHeight(self.instructions.fontMetrics().lineSpacing() * 5 + 12)
        for widget in (self.title, self.summary):
            widget.textChanged.connect(self.edited)
        for widget in (self.audience, self.kind):
            widget.currentIndexChanged.connect(self.edited)
        for widget in (self.lead_in, self.sets, self.rest):
            widget.valueChanged.connect(self.edited)
        self.instructions.textChanged.connect(self.edited)

        self.blocks: list[BlockEditor] = []
        self._blocks_column = QVBoxLayout()
        self.add_block = QPushButton(_t("Add block"), self)
        self.add_block.clicked.connect(self._on_add_block_clicked)
        self.blocks_problem = problem_label(self)
        self.other_problem = problem_label(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.other_problem)
        column.addLayout(self._fields)
        column.addLayout(self._blocks_column)
        column.addWidget(self.blocks_problem)
        column.addWidget(self.add_block)
        column.addStretch(1)

    def _add(self, key: str, name: str, widget: QWidget) -> Any:
        holder = QWidget(self)
        stack = QVBoxLayout(holder)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(2)
        stack.addWidget(widget)
        self._problems[key] = problem_label(holder)
        self._names[key] = name
        stack.addWidget(self._problems[key])
        label = QLabel(name, self)
        label.setBuddy(widget)
        widget.setAccessibleName(name)
        self._fields.addRow(label, holder)
        setattr(self, f"_{key}_widget", widget)
        return widget

    def _combo(self, keys: tuple[str, ...], names: dict[str, str]) -> QComboBox:
        combo = QComboBox(self)
        for key in keys:
            combo.addItem(names[key], key)
        return combo

    # Filling and reading ----------------------------------------------------------------------------------

    def load(self, data: dict[str, Any]) -> None:
        """Show a routine given as its file holds it (``routine_to_json``)."""
        self.blockSignals(True)
        self.title.setText(data["title"])
        self.summary.setText(data["summary"])
        self.audience.setCurrentIndex(max(0, self.audience.findData(data["audience"])))
        self.kind.setCurrentIndex(max(0, self.kind.findData(data["kind"])))
        self._set_positions(data["positions"])
        self.lead_in.setValue(data["lead_in_s"])
        self.sets.setValue(data["sets"])
        self.rest.setValue(data["rest_between_sets_s"])
        self.instructions.setPlainText("\n".join(data["instructions"]))
        for block in self.blocks:
            block.deleteLater()
        self.blocks = []
        for block in data["blocks"]:
            self._append_block(block)
        self.blockSignals(False)
        self._extra = {key: data[key] for key in ("feel",) if key in data}

    def _set_positions(self, texts: list[str]) -> None:
        while self._positions_line.count():
            item = self._positions_line.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        # A routine's own wording ("lying on your back, knees bent") is kept on the box it belongs to.
        chosen = {word: next((text for text in texts if text.casefold().startswith(word)), None)
                  for word in STANDARD_POSITIONS}
        others = [text for text in texts if text not in chosen.values()]
        names = {"lying": _t("Lying"), "sitting": _t("Sitting"), "standing": _t("Standing")}
        self.positions = []
        for word in STANDARD_POSITIONS:
            text = chosen[word]
            self._position_box(names[word] if text in (None, word) else text, text or word, text is not None)
        for text in others:
            self._position_box(text, text, True)
        self._positions_line.addStretch(1)

    def _position_box(self, label: str, text: str, checked: bool) -> None:
        box = QCheckBox(label, self._positions_box)
        box.setProperty("position", text)
        box.setChecked(checked)
        box.toggled.connect(self.edited)
        self._positions_line.addWidget(box)
        self.positions.append(box)

    def data(self, routine_id: str) -> dict[str, Any]:
        lines = [line.strip() for line in self.instructions.toPlainText().splitlines()]
        return {
            "format": 1, "id": routine_id, "title": self.title.text().strip(), "audience": self.audience.currentData(),
            "kind": self.kind.currentData(), "summary": self.summary.text().strip(),
            "positions": [box.property("position") for box in self.positions if box.isChecked()],
            "instructions": [line for line in lines if line], **self._extra,
            "lead_in_s": self.lead_in.value(), "sets": self.sets.value(), "rest_between_sets_s": self.rest.value(),
            "blocks": [block.data() for block in self.blocks],
        }

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.title, self.summary, self.instructions):
            widget.setReadOnly(read_only)
        for widget in (self.audience, self.kind, self.lead_in, self.sets, self.rest, self.add_block, *self.positions):
            widget.setEnabled(not read_only)
        self.add_block.setVisible(not read_only)
        for block in self.blocks:
            block.set_read_only(read_only, removable=len(self.blocks) > 1)

    # Blocks -----------------------------------------------------------------------------------------------

    def _append_block(self, block: dict[str, Any]) -> None:
        editor = BlockEditor(block, self)
        editor.edited.connect(self.edited)
        editor.remove_requested.connect(self._on_block_remove_requested)
        self._blocks_column.addWidget(editor)
        self.blocks.append(editor)
        self._number_blocks()

    def _number_blocks(self) -> None:
        for number, block in enumerate(self.blocks, start=1):
            block.set_number(number)
            block.remove.setEnabled(len(self.blocks) > 1)

    def _on_add_block_clicked(self) -> None:
        self._append_block({"reps": 1, "cycle": [new_step()]})
        self.blocks[-1].reps.setFocus()
        self.edited.emit()

    def _on_block_remove_requested(self) -> None:
        block = self.sender()
        self.blocks.remove(block)
        block.deleteLater()
        self._number_blocks()
        self.edited.emit()

    # Problems ---------------------------------------------------------------------------------------------

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        """Put each ``(field, message)`` beside its field; fields of blocks go to their block."""
        top: dict[str, list[str]] = {}
        other: list[str] = []
        per_block: list[dict[str, str]] = [{} for _ in self.blocks]
        for field, message in problems:
            if field.startswith(_BLOCK):
                number, _, rest = field[len(_BLOCK):].partition("].")
                if number.isdigit() and int(number) < len(per_block):
                    per_block[int(number)][rest] = message
                    continue
            key = field.split("[")[0]
            if key in self._problems or key == "blocks":
                top.setdefault(key, []).append(message)
            else:
                # The id and the format are the editor's own to fill in; a problem there is still told.
                other.append(problem_line(field, message))
        for key, label in self._problems.items():
            messages = top.get(key, [])
            set_problem(getattr(self, f"_{key}_widget"), " ".join(messages))
            show_lines(label, [problem_line(self._names[key], message) for message in messages])
        show_lines(self.other_problem, other)
        show_lines(self.blocks_problem, [problem_line(_t("Blocks"), m) for m in top.get("blocks", [])])
        for block, found in zip(self.blocks, per_block):
            block.show_problems(found)
