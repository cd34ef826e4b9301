"""The Trainer menu's sharing items: export the history, import one, and the physiotherapist's report.

``SharingActions`` adds them to the menu it is given and answers them. Every file dialog goes through
``choose_save_path`` and ``choose_open_path``, which tests replace; the answers are calm message boxes with
no stock icon, opened without blocking.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from trainer.core.routines import Catalog
from trainer.ui.state import AppState

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


class SharingActions(QObject):
    def __init__(self, window: QMainWindow, state: AppState, catalog: Catalog, menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._state = state
        self._catalog = catalog
        self.choose_save_path = self._ask_save_path
        self.choose_open_path = self._ask_open_path
        self.message: QMessageBox | None = None
        self.report_dialog = None
        self.export_action = self._add(menu, self.tr("&Export History\u2026"), self.export_history)
        self.import_action = self._add(menu, self.tr("&Import History\u2026"), self.import_history)
        self.report_action = self._add(menu, self.tr("&Report for Your Physiotherapist\u2026"), self.open_report)
        menu.addSeparator()

    def _add(self, menu: QMenu, text: str, slot) -> QAction:
        action = QAction(text, self._window)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # The dialogs' classes are imported where they are used: PySide makes each on first use, and a start that
    # imported them would pay for that (some 1.5 ms for these two).
    def _ask_save_path(self, title: str, suggested: str, filters: str) -> tuple[str, str]:
        from PySide6.QtWidgets import QFileDialog

        return QFileDialog.getSaveFileName(self._window, title, str(Path.home() / suggested), filters)

    def _ask_open_path(self, title: str, filters: str) -> str:
        from PySide6.QtWidgets import QFileDialog

        return QFileDialog.getOpenFileName(self._window, title, str(Path.home()), filters)[0]

    def _tell(self, title: str, text: str) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.NoIcon, title, text, QMessageBox.StandardButton.NoButton, self._window)
        box.addButton(self.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
        box.finished.connect(box.deleteLater)
        self.message = box
        box.open()
        return box

    def export_history(self) -> None:
        csv_filter = self.tr("CSV spreadsheet (*.csv)")
        json_filter = self.tr("JSON (*.json)")
        chosen, picked = self.choose_save_path(self.tr("Export your history"), "practice-history.csv",
                                               f"{csv_filter};;{json_filter}")
        if not chosen:
            return
        path = Path(chosen)
        as_json = path.suffix.lower() == ".json" or (picked == json_filter and path.suffix.lower() != ".csv")
        if not path.suffix:
            path = path.with_suffix(".json" if as_json else ".csv")
        # Imported on first use: the command line's renderers are not needed to start the app.
        from trainer.ui.sharing.export import write_export

        sessions = self._state.sessions
        try:
            write_export(sessions, path, as_json=as_json)
        except OSError as error:
            self._tell(self.tr("Not exported"), self.tr("The history could not be written to {path}: {reason}")
                       .format(path=path, reason=error.strerror or error))
            return
        if len(sessions) == 1:
            text = self.tr("1 session was written to {path}.").format(path=path)
        else:
            text = self.tr("{n} sessions were written to {path}.").format(n=len(sessions), path=path)
        self._tell(self.tr("History exported"), text)

    def import_history(self) -> None:
        chosen = self.choose_open_path(self.tr("Import a history"),
                                       self.tr("Histories, exports and device logs (*.json *.jsonl);;All files (*)"))
        if not chosen:
            return
        imported, message = self._state.import_history(Path(chosen))
        self._tell(self.tr("History imported") if imported else self.tr("Nothing imported"), message)

    def open_report(self):
        # Imported when first opened: the report's layout code is not needed for most runs.
        from trainer.ui.sharing.report_dialog import ReportDialog

        dialog = ReportDialog(self._state, self._catalog, self._window)
        dialog.accepted.connect(self._on_report_dialog_accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.report_dialog = dialog
        dialog.open()
        return dialog

    def _on_report_dialog_accepted(self) -> None:
        path = self.sender().saved_to
        self._tell(self.tr("Report saved"), self.tr("The report was saved to {path}.").format(path=path))
