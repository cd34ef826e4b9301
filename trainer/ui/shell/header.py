"""The window's header: the app's mark and name, a segmented Train | Progress switch, and a Settings button."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QApplication, QButtonGroup, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QWidget,
)

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
        settings.setAccessibleName(self.tr("Open settings"))
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
        self._group = QButtonGroup(self)
        self.tabs: dict[str, QPushButton] = {}
        labels = {"train": (self.tr("Train"), self.tr("Train page (Ctrl+1)")),
                  "progress": (self.tr("Progress"), self.tr("Progress page (Ctrl+2)"))}
        for name in PAGES:
            text, accessible = labels[name]
            tab = QPushButton(text, switch)
            tab.setObjectName("pageTab")
            tab.setCheckable(True)
            tab.setAccessibleName(accessible)
            tab.setToolTip(accessible)
            self._group.addButton(tab)
            row.addWidget(tab)
            self.tabs[name] = tab
        self._group.buttonClicked.connect(self._on_group_button_clicked)
        return switch

    def set_current(self, page: str) -> None:
        self.tabs[page].setChecked(True)

    def _on_group_button_clicked(self, button: QPushButton) -> None:
        self.page_chosen.emit(next(name for name, tab in self.tabs.items() if tab is button))
