"""The editor's entry points: New, Duplicate, Edit, Delete, Import and Export, as actions the Train page's
buttons and the main window's Routines menu share, for the routine chosen on the Train page.

Delete asks once. Import and export go through file dialogs; a file that cannot be used is refused with the
loader's message, which names the field. ``confirm_delete`` and ``tell`` are attributes so tests can answer
and listen instead of a message box.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QSizePolicy, QToolButton, QWidget

from trainer.core.routines import Routine
from trainer.core.user_routines import RoutineFileError
from trainer.ui.editor.library import RoutineLibrary
from trainer.ui.look.flow import FlowLayout
from trainer.ui.state import AppState

if TYPE_CHECKING:
    from trainer.ui.editor.dialog import RoutineEditor


class RoutineActions(QObject):
    def __init__(self, state: AppState, library: RoutineLibrary, parent: QWidget) -> None:
        super().__init__(parent)
        self._state = state
        self._parent = parent
        self.library = library
        self.editor: RoutineEditor | None = None
        self._routine: Routine | None = None
        self.confirm_delete: Callable[[Routine], bool] = self._ask_to_delete
        self.tell: Callable[[str, str], None] = self._show_message
        self.new = self._action(self.tr("&New Routine\u2026"), self.tr("New"), self.open_new)
        self.duplicate = self._action(self.tr("&Duplicate Routine\u2026"), self.tr("Duplicate"), self.open_duplicate)
        self.edit = self._action(self.tr("&Edit Routine\u2026"), self.tr("Edit"), self.open_edit)
        self.delete = self._action(self.tr("De&lete Routine\u2026"), self.tr("Delete"), self.delete_current)
        self.import_file = self._action(self.tr("&Import Routine File\u2026"), "", self.import_from_file)
        self.export_file = self._action(self.tr("E&xport Routine File\u2026"), "", self.export_to_file)
        self.set_routine(None)

    def _action(self, text: str, short: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        # The buttons under the picker say the short word; the menu says what it acts on.
        action.setIconText(short or text)
        action.triggered.connect(slot)
        return action

    def set_routine(self, routine: Routine | None) -> None:
        """The routine the actions act on: the one chosen on the Train page."""
        self._routine = routine
        for action in (self.duplicate, self.edit, self.export_file):
            action.setEnabled(routine is not None)
        self.delete.setEnabled(routine is not None and not routine.builtin)
        self.edit.setIconText(self.tr("View") if routine is not None and routine.builtin else self.tr("Edit"))

    def set_enabled(self, enabled: bool) -> None:
        """Off while a session runs: the routine under way is not changed beneath it."""
        for action in (self.new, self.duplicate, self.edit, self.delete, self.import_file, self.export_file):
            action.setEnabled(enabled)
        if enabled:
            self.set_routine(self._routine)

    # Opening the editor -----------------------------------------------------------------------------------

    def open_new(self) -> RoutineEditor:
        return self._open(None, copy=False)

    def open_duplicate(self) -> RoutineEditor | None:
        return self._open(self._routine, copy=True) if self._routine is not None else None

    def open_edit(self) -> RoutineEditor | None:
        return self._open(self._routine, copy=False) if self._routine is not None else None

    def _open(self, routine: Routine | None, copy: bool) -> RoutineEditor:
        # Imported when first opened, like the other dialogs (test_startup_modules.py holds start-up to that).
        from trainer.ui.editor.dialog import RoutineEditor

        settings = self._state.settings
        editor = RoutineEditor(self.library, routine, copy=copy, daily_sets=settings.daily_target_sets,
                               reduced_motion=settings.reduced_motion, parent=self._parent)
        editor.finished.connect(editor.deleteLater)
        self.editor = editor
        # open(), not exec(): window-modal without a nested event loop, so nothing blocks and tests can drive it.
        editor.open()
        return editor

    # Delete, import, export -------------------------------------------------------------------------------

    def delete_current(self) -> None:
        routine = self._routine
        if routine is None or routine.builtin or not self.confirm_delete(routine):
            return
        try:
            self.library.delete(routine)
        except RoutineFileError as error:
            self.tell(self.tr("Not deleted"), str(error))

    def import_from_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # as QMessageBox below: a class made on first use costs a start

        name, _ = QFileDialog.getOpenFileName(self._parent, self.tr("Import a routine file"), str(Path.home()),
                                              self.tr("Routine files (*.json)"))
        if not name:
            return
        try:
            routine, is_new = self.library.import_file(Path(name))
        except RoutineFileError as error:
            self.tell(self.tr("Not imported"),
                      self.tr("This routine file could not be imported: {reason}").format(reason=error))
            return
        if not is_new:
            already = self.tr("“{title}” is already one of your routines, unchanged.")
            self.tell(self.tr("Already here"), already.format(title=routine.title))

    def export_to_file(self) -> None:
        routine = self._routine
        if routine is None:
            return
        start = str(Path.home() / f"{routine.id}.json")
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(self._parent, self.tr("Export “{title}”").format(title=routine.title),
                                              start, self.tr("Routine files (*.json)"))
        if not name:
            return
        target = Path(name) if Path(name).suffix else Path(name).with_suffix(".json")
        try:
            self.library.export(routine, target)
        except RoutineFileError as error:
            self.tell(self.tr("Not exported"), str(error))

    def _ask_to_delete(self, routine: Routine) -> bool:
        from PySide6.QtWidgets import QMessageBox

        # No question-mark icon: a gentle question, not an alarm (as every message box of the app).
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Delete routine"),
                          self.tr("Delete “{title}”? This cannot be undone.").format(title=routine.title),
                          QMessageBox.StandardButton.Cancel, self._parent)
        box.setInformativeText(self.tr("To keep a copy, export it to a file first (Routines menu)."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    def _show_message(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox(QMessageBox.Icon.NoIcon, title, text, QMessageBox.StandardButton.Ok, self._parent).exec()


def routine_buttons(actions: RoutineActions, parent: QWidget) -> QWidget:
    """The row of small buttons under the Train page's picker: New, Duplicate, Edit (View), Delete."""
    row = QWidget(parent)
    # A flow, not a row: at large text sizes and in longer languages the buttons wrap instead of clipping.
    line = FlowLayout(row, spacing=4)
    for action in (actions.new, actions.duplicate, actions.edit, actions.delete):
        button = QToolButton(row)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAccessibleName(action.toolTip())
        button.setAutoRaise(True)
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        line.addWidget(button)
    return row


def add_routines_menu(bar: QMenuBar, actions: RoutineActions) -> QMenu:
    """The main window's Routines menu; one call from the window builds it."""
    # By its class name, as self.tr would: lupdate files a call on another object under that name instead.
    menu = bar.addMenu(QCoreApplication.translate("RoutineActions", "&Routines"))
    for action in (actions.new, actions.duplicate, actions.edit, actions.delete):
        menu.addAction(action)
    menu.addSeparator()
    menu.addAction(actions.import_file)
    menu.addAction(actions.export_file)
    return menu
