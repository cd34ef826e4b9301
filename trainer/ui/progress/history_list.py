"""The list of recorded sessions on Progress, where a mistaken one can be removed and a rating or note changed.

A removed session stays in the file (``deleted_at``) and leaves every figure; a calm bar offers to undo it
for ``UNDO_MS``, or until the next change. Delete removes the selected session and Enter edits it, so the
whole list works from the keyboard. Every change goes through the app state, which tells the page to redraw.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from trainer.core.records import SessionRecord
from trainer.ui.progress.feedback_editor import FeedbackEditor
from trainer.ui.progress.history_model import HistoryModel, day_label
from trainer.ui.progress.history_table import HistoryTable
from trainer.ui.state import AppState

UNDO_MS = 10_000
VISIBLE_ROWS = 8


class HistoryList(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._removed: SessionRecord | None = None
        self.editor: FeedbackEditor | None = None
        self.model = HistoryModel(self)
        self.table = HistoryTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Your sessions, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for its buttons, as a keyboard user expects
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

        self.edit_button = QPushButton(self.tr("Edit rating and note…"), self)
        self.edit_button.setToolTip(self.tr("Change the selected session's discomfort rating and note (Enter)"))
        self.remove_button = QPushButton(self.tr("Remove session"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected session if it was recorded by mistake (Delete)"))
        for button in (self.edit_button, self.remove_button):
            button.setAccessibleDescription(button.toolTip())
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self._build_undo_bar()
        self._build_shortcuts()

        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.undo_bar)
        column.addWidget(self.table)
        column.addLayout(buttons)
        self._on_table_selection_changed()

    def _build_undo_bar(self) -> None:
        self.undo_bar = QFrame(self)
        self.undo_bar.setObjectName("banner")
        row = QHBoxLayout(self.undo_bar)
        row.setContentsMargins(12, 6, 12, 6)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"), self.undo_bar)
        self.undo_button.setAccessibleDescription(self.tr("Bring back the session just removed"))
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        row.addWidget(self.undo_label, 1)
        row.addWidget(self.undo_button)
        self.undo_bar.hide()
        self.undo_timer = QTimer(self)
        self.undo_timer.setObjectName("history-undo")
        self.undo_timer.setSingleShot(True)
        self.undo_timer.setInterval(UNDO_MS)
        self.undo_timer.timeout.connect(self._on_undo_timer_timeout)

    def _build_shortcuts(self) -> None:
        for key, slot in ((QKeySequence.StandardKey.Delete, self._on_remove_button_clicked),
                          (Qt.Key.Key_Return, self._on_edit_button_clicked),
                          (Qt.Key.Key_Enter, self._on_edit_button_clicked)):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    # The interface the page uses ------------------------------------------------------------------------

    def set_sessions(self, sessions) -> None:
        """Show ``sessions`` (removed ones left out), keeping the selected session selected."""
        selected = self.selected()
        self.model.set_sessions(sessions)
        # As tall as its rows, up to VISIBLE_ROWS: a short history leaves no empty box, a long one scrolls.
        rows = min(max(self.model.rowCount(), 1), VISIBLE_ROWS)
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + rows * row_height + 4)
        row = self.model.row_of(selected.id) if selected else None
        if row is not None:
            self.select_row(row)
        self._on_table_selection_changed()

    def undo_pending(self) -> bool:
        return self._removed is not None

    def selected(self) -> SessionRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(index, flags)

    # Changes --------------------------------------------------------------------------------------------

    def _on_remove_button_clicked(self) -> None:
        record = self.selected()
        if record is None:
            return
        row = self.model.row_of(record.id)
        self._dismiss_undo()
        # Marked before the save, whose history_changed redraws the page: it keeps the list for this undo.
        self._removed = record
        if self._state.remove_session(record.id) is None:
            self._removed = None
            return
        self.undo_label.setText(self.tr("Removed the session of {day} ({routine}). It no longer counts in your "
                                        "figures.").format(day=day_label(record.day), routine=record.routine_title))
        self.undo_bar.show()
        self.undo_timer.start()
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))
        self.table.setFocus()

    def _on_undo_button_clicked(self) -> None:
        record = self._removed
        self._dismiss_undo()
        if record is not None and self._state.restore_session(record.id):
            row = self.model.row_of(record.id)
            if row is not None:
                self.select_row(row)
            self.table.setFocus()

    def _on_undo_timer_timeout(self) -> None:
        self._dismiss_undo()

    def _dismiss_undo(self) -> None:
        self._removed = None
        self.undo_timer.stop()
        self.undo_bar.hide()

    def _on_edit_button_clicked(self) -> None:
        record = self.selected()
        if record is None:
            return
        self._dismiss_undo()
        editor = FeedbackEditor(record, self)
        editor.finished.connect(partial(self._on_editor_finished, editor))
        self.editor = editor
        editor.open()

    def _on_editor_finished(self, editor: FeedbackEditor, result: int) -> None:
        if self.editor is editor:
            self.editor = None
        editor.deleteLater()
        if result == FeedbackEditor.DialogCode.Accepted and editor.changed():
            self._state.edit_feedback(editor.record.id, editor.discomfort(), editor.note_text())

    def _on_table_double_clicked(self, _index) -> None:
        self._on_edit_button_clicked()

    def _on_table_selection_changed(self, *_args) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def hideEvent(self, event: QHideEvent) -> None:
        # An undo offered on a page no longer in view would surprise; and no timer may outlive the page.
        self._dismiss_undo()
        super().hideEvent(event)
