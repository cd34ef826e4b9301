"""The window's header: the app's mark and name, a segmented Train | Progress switch, and a Settings button."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QApplication, QButtonGroup, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QWidget,
)

from trainer.ui.look.choice_row import ChoiceRow

PAGES = ("train", "progress")


class PageHeader(QFrame):
    """Emits ``page_chosen("train" | "progress")`` and ``settings_requested``; the window does the rest."""

    page_chosen = Signal(str)
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 12, 16, 12)
        layout.addLayout(self._brand_row(), 1)
        layout.addWidget(self._page_switch())
        end = QHBoxLayout()
        end.addStretch(1)
        settings = QToolButton(self)
        settings.setObjectName("headerButton")
        settings.setText(self.tr("Settings"))
        settings.setAccessibleName(self.tr("Settings"))
        settings.setAccessibleDescription(self.tr("Open settings (Ctrl+,)"))
        settings.setToolTip(self.tr("Settings (Ctrl+,)"))
        settings.clicked.connect(self.settings_requested)
        end.addWidget(settings)
        layout.addLayout(end, 1)

    def _brand_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        icon = QApplication.windowIcon()
        if not icon.isNull():
            mark = QLabel(self)
            mark.setPixmap(icon.pixmap(QSize(28, 28), self.devicePixelRatioF()))
            row.addWidget(mark)
        self.brand = QLabel(self)
        self.brand.setObjectName("brand")
        # A long name in large text takes two lines in a narrow window, and one wherever it fits.
        self.brand.setWordWrap(True)
        self.brand.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(self.brand, 1)
        return row

    def _page_switch(self) -> QFrame:
        switch = QFrame(self)
        switch.setObjectName("pageSwitch")
        row = QHBoxLayout(switch)
        row.setContentsMargins(3, 3, 3, 3)
        row.setSpacing(2)
        self.tabs: dict[str, QPushButton] = {}
        labels = {"train": (self.tr("Train"), self.tr("Train page (Ctrl+1)")),
                  "progress": (self.tr("Progress"), self.tr("Progress page (Ctrl+2)"))}
        for name in PAGES:
            text, accessible = labels[name]
            tab = QPushButton(text, switch)
            tab.setObjectName("pageTab")
            tab.setAccessibleName(text)
            tab.setAccessibleDescription(accessible)
            tab.setToolTip(accessible)
            tab.clicked.connect(self._on_tab_clicked)
            row.addWidget(tab)
            self.tabs[name] = tab
        # One page of two, read as radio buttons; each page a Tab stop of its own.
        self._row = ChoiceRow(list(self.tabs.values()), self)
        return switch

    def set_current(self, page: str) -> None:
        self.tabs[page].setChecked(True)

    def _on_tab_clicked(self) -> None:
        self.page_chosen.emit(next(name for name, tab in self.tabs.items() if tab is self.sender()))
