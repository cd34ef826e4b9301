"""The settings dialog's sync-folder section: pick or clear the folder, and why a folder cannot be used.

Picking a folder makes the app's own folder inside it at once (``start_folder``), so the first sync finds it
started rather than taking an empty folder for an unmounted drive. Nothing else is written until Save.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trainer.core.sync import folder_refusal, start_folder


class SyncFolderSection(QGroupBox):
    """Edits the sync folder; ``folder()`` is the choice (None: no syncing). ``choose_folder`` asks the
    person for a folder (tests replace it)."""

    def __init__(self, folder: str | None, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sync folder"))
        self._data_dir = data_dir
        self._folder = folder
        box = QVBoxLayout(self)
        box.setSpacing(6)
        explain = QLabel(self.tr(
            "Share your history between your computers through a folder that Syncthing, Nextcloud or Dropbox "
            "keeps in step. Each computer adds its own sessions there and reads the others'."), self)
        explain.setObjectName("muted")
        explain.setWordWrap(True)
        box.addWidget(explain)
        row = QHBoxLayout()
        self.path_label = QLabel(self)
        self.path_label.setWordWrap(True)
        row.addWidget(self.path_label, 1)
        self.choose_button = QPushButton(self.tr("Choose\u2026"), self)
        self.choose_button.setAccessibleName(self.tr("Choose the sync folder"))
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        row.addWidget(self.choose_button)
        self.clear_button = QPushButton(self.tr("Stop syncing"), self)
        self.clear_button.setAccessibleName(self.tr("Stop syncing through this folder"))
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        row.addWidget(self.clear_button)
        box.addLayout(row)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(False)
        box.addWidget(self.problem_label)
        self.choose_folder = self._ask_for_folder
        self._show()

    def folder(self) -> str | None:
        return self._folder

    def _show(self) -> None:
        if self._folder is None:
            self.path_label.setText(self.tr("Not syncing."))
        else:
            self.path_label.setText(self._folder)
        self.clear_button.setEnabled(self._folder is not None)

    def _ask_for_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Choose the sync folder"), self._folder or "")

    def _on_choose_button_clicked(self) -> None:
        chosen = self.choose_folder()
        if not chosen:
            return
        refusal = folder_refusal(Path(chosen), self._data_dir)
        if refusal is None:
            try:
                start_folder(chosen)
            except OSError as error:
                refusal = self.tr("The folder {folder} cannot be used: {reason}").format(
                    folder=chosen, reason=error.strerror or error)
        self.problem_label.setText(refusal or "")
        self.problem_label.setVisible(refusal is not None)
        if refusal is None:
            self._folder = chosen
            self._show()

    def _on_clear_button_clicked(self) -> None:
        self._folder = None
        self.problem_label.setVisible(False)
        self._show()
