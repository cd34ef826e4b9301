"""The About box: what the app is, its version, where the user's data lives, and its licence."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trainer import __version__
from trainer.ui import words


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Pelvic Floor Trainer"))
        self.setMinimumWidth(500)
        self._data_dir = data_dir
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
        title = QLabel(self.tr("Pelvic Floor Trainer"), self)
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
        open_folder = QPushButton(self.tr("Open data folder"), self)
        open_folder.setAccessibleName(self.tr("Open the data folder"))
        open_folder.clicked.connect(self._on_open_folder_clicked)
        buttons.addButton(open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(words.close())
        close.setDefault(True)
        close.setFocus()
        buttons.rejected.connect(self.reject)
        column.addSpacing(6)
        column.addWidget(buttons)

    def _on_open_folder_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))
