"""Opening a folder for the user, and saying where it is when no file manager answers.

``QDesktopServices.openUrl`` returns False where nothing can show a folder (a minimal desktop, a sandbox).
Then a small window gives the path as selectable text with a Copy button, so the folder can still be found.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from trainer.ui import words


def open_folder(folder: Path, parent: QWidget) -> QDialog | None:
    """Show ``folder`` in the file manager; if none answers, open (and return) the window with its path."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return None
    dialog = FolderPathDialog(folder, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


class FolderPathDialog(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("folderPathDialog")
        self.setWindowTitle(self.tr("Folder"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        intro = QLabel(self.tr("No file manager answered, so the folder could not be opened. It is here:"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.path = QLabel(str(folder), self)
        self.path.setObjectName("folderPath")
        self.path.setWordWrap(True)
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.path.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.path)
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setAccessibleDescription(self.tr("Copy the folder's path"))
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = QPushButton(words.close(), self)
        close.setDefault(True)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.path.text())
        self.copy_button.setText(self.tr("Copied"))
