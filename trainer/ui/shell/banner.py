"""The calm notice area at the top of the window: things the user should know, each one dismissible.

It carries what the store had to do on start-up (a damaged history moved aside and a backup restored, a newer
file opened read-only) and routine files that could not be loaded. The banner hides itself when empty.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class _Notice(QFrame):
    """One message with its own buttons."""

    dismissed = Signal()

    def __init__(self, text: str, folder: Path | None, heading: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder_dialog = None
        self.setObjectName("banner")
        self._folder = folder
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 10, 10)
        layout.setSpacing(10)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(heading or self.tr("Notice"))
        self.label.setAccessibleDescription(text)
        words = QVBoxLayout()
        words.setSpacing(2)
        self.heading = None
        if heading:
            self.heading = QLabel(heading, self)
            font = self.heading.font()
            font.setBold(True)
            self.heading.setFont(font)
            words.addWidget(self.heading)
        words.addWidget(self.label)
        layout.addLayout(words, 1)
        if folder is not None:
            show = QPushButton(self.tr("Show folder"), self)
            show.setAccessibleName(show.text())
            show.setAccessibleDescription(self.tr("Show the folder this notice is about"))
            show.clicked.connect(self._on_show_clicked)
            layout.addWidget(show)
        dismiss = QPushButton(self.tr("Dismiss"), self)
        dismiss.setAccessibleName(dismiss.text())
        dismiss.setAccessibleDescription(self.tr("Dismiss this notice"))
        dismiss.clicked.connect(self._on_dismiss_clicked)
        layout.addWidget(dismiss)

    def _on_show_clicked(self) -> None:
        # Imported at the first click, like the other dialogs: most runs never show a folder.
        from trainer.ui.dialogs.folder_path import open_folder

        self.folder_dialog = open_folder(self._folder, self.window())

    def _on_dismiss_clicked(self) -> None:
        self.dismissed.emit()


class Banner(QWidget):
    """A stack of notices; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder_dialog = None
        self.setAccessibleName(self.tr("Notices"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(24, 12, 24, 0)
        self._layout.setSpacing(8)
        self._notices: list[_Notice] = []
        self.setVisible(False)

    def add_notice(self, text: str, path: Path | str | None = None, heading: str | None = None) -> None:
        """Show ``text`` under ``heading``; with a ``path``, a button opens the folder that holds it."""
        folder = None
        if path is not None:
            path = Path(path)
            folder = path if path.is_dir() else path.parent
        notice = _Notice(text, folder, heading, self)
        notice.dismissed.connect(self._on_notice_dismissed)
        self._notices.append(notice)
        self._layout.addWidget(notice)
        self.setVisible(True)

    def messages(self) -> list[str]:
        return [notice.label.text() for notice in self._notices]

    def headings(self) -> list[str | None]:
        return [notice.heading.text() if notice.heading else None for notice in self._notices]

    def _on_notice_dismissed(self) -> None:
        notice = self.sender()
        self._notices.remove(notice)
        notice.hide()
        notice.deleteLater()
        self.setVisible(bool(self._notices))
