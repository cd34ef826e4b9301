"""The About box: what the app is, its version, where the user's data lives, and its licence."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trainer import __version__
from trainer.ui import words
from trainer.ui.dialogs.folder_path import open_folder


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, icon: QIcon, parent: QWidget | None = None, discreet: bool = False) -> None:
        """``discreet``: the window title names the app as the discreet title does."""
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(words.about_title(discreet))
        self.setMinimumWidth(500)
        self._data_dir = data_dir
        self.folder_dialog = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 20)
        outer.setSpacing(20)
        mark = QLabel(self)
        mark.setPixmap(icon.pixmap(72, 72))
        mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        mark.setAccessibleName(self.tr("App icon"))
        outer.addWidget(mark)

        column = QVBoxLayout()
        column.setSpacing(10)
        outer.addLayout(column, 1)
        title = QLabel(words.app_title(discreet), self)
        title.setObjectName("pageTitle")
        column.addWidget(title)
        version = QLabel(self.tr("Version {version}").format(version=__version__), self)
        version.setObjectName("muted")
        column.addWidget(version)
        for text in (
            self.tr("A calm companion for reverse Kegels: relaxing and lowering the pelvic floor in time with "
                    "the breath, with Kegel and breath-only routines beside them."),
            self.tr("Your practice history stays on this computer. Nothing is sent anywhere."),
            self.tr("General information for practice, not medical advice."),
        ):
            label = QLabel(text, self)
            label.setWordWrap(True)
            column.addWidget(label)

        folder = QLabel(self.tr("Data folder: {path}").format(path=data_dir), self)
        folder.setObjectName("muted")
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(folder)
        licence = QLabel(
            self.tr("Free software under the GNU General Public License, version 3 or later. "
                    "Made with Qt {qt} and PySide6 {pyside}.").format(qt=qVersion(), pyside=PySide6.__version__),
            self,
        )
        licence.setObjectName("muted")
        licence.setWordWrap(True)
        column.addWidget(licence)

        buttons = QDialogButtonBox(self)
        open_button = QPushButton(self.tr("Open data folder"), self)
        open_button.setAccessibleName(open_button.text())
        open_button.setAccessibleDescription(self.tr("Open the data folder in the file manager"))
        open_button.clicked.connect(self._on_open_button_clicked)
        buttons.addButton(open_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = QPushButton(words.close(), self)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        close.setFocus()
        buttons.rejected.connect(self.reject)
        column.addSpacing(6)
        column.addWidget(buttons)

    def _on_open_button_clicked(self) -> None:
        self.folder_dialog = open_folder(self._data_dir, self)
