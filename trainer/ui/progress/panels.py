"""Small building blocks of the Progress page: titled panels, the 30/90/365-day selector, the empty state.

Kept apart from ``progress_page`` so the page module reads as layout and data flow, and so none of these
pulls in pyqtgraph.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from trainer.ui.look.choice_row import ChoiceRow
from trainer.ui.look.colors import is_dark, mix, muted_text
from trainer.ui.progress import colors
from trainer.ui.progress.cards import CardSurface


def muted_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    # A palette role rather than a colour, so a theme change reaches the label without any code.
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class Section(CardSurface):
    """A titled panel: heading (and a control on its right), an optional quiet caption, then its body.

    Made in its place (``parent``), and the body added after, so that nothing built is moved twice.
    """

    def __init__(self, title: str, caption: QLabel | None, parent: QWidget) -> None:
        super().__init__(parent)
        heading = QLabel(title, self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        self._header = QHBoxLayout()
        self._header.setSpacing(12)
        self._header.addWidget(heading)
        self._header.addStretch(1)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(20, 16, 20, 18)
        self._layout.setSpacing(6)
        self._layout.addLayout(self._header)
        if caption is not None:
            caption.setWordWrap(True)
            caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self._layout.addWidget(caption)
        self._layout.addSpacing(6)
        self.setAccessibleName(title)

    def add_body(self, body: QWidget, tool: QWidget | None = None) -> None:
        if tool is not None:
            self._header.addWidget(tool)
        self._layout.addWidget(body)


class RangeSelector(QWidget):
    """Segmented buttons choosing how many days the charts cover.

    Signals:
        span_chosen(int): the user picked a span, in days.
    """

    span_chosen = Signal(int)
    SPANS = (30, 90, 365)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = (self.tr("30 days"), self.tr("90 days"), self.tr("Year"))
        descriptions = (
            self.tr("Show the last 30 days"),
            self.tr("Show the last 90 days"),
            self.tr("Show the last 365 days"),
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(2)
        self.buttons: dict[int, QPushButton] = {}
        for span, label, description in zip(self.SPANS, labels, descriptions):
            button = QPushButton(label)
            # Named as shown ("label in name"); the longer wording is the description.
            button.setAccessibleName(label)
            button.setAccessibleDescription(description)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(self._on_button_clicked)
            layout.addWidget(button)
            self.buttons[span] = button
        # Radio buttons to a screen reader, each a Tab stop, arrows between them.
        self._row = ChoiceRow(list(self.buttons.values()), self)
        self.buttons[self.SPANS[0]].setChecked(True)
        self.setAccessibleName(self.tr("Time span"))
        self._sheet = ""
        self._apply_palette()

    def span(self) -> int:
        return next(span for span, button in self.buttons.items() if button.isChecked())

    def _on_button_clicked(self) -> None:
        self.span_chosen.emit(next(span for span, button in self.buttons.items() if button is self.sender()))

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    def _track(self) -> QColor:
        palette = self.palette()
        return mix(colors.card_fill(palette), palette.color(QPalette.ColorRole.WindowText), 0.06)

    def paintEvent(self, event) -> None:
        # The track is painted rather than styled: a style sheet background would rewrite this widget's own
        # palette, from which the style sheet is computed, and feed back into itself.
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._track())
        painter.drawRoundedRect(QRectF(self.rect()), 9, 9)

    def _apply_palette(self) -> None:
        palette = self.palette()
        track = self._track()
        chosen = palette.color(QPalette.ColorRole.Base) if not is_dark(palette) else mix(
            track, palette.color(QPalette.ColorRole.WindowText), 0.12
        )
        sheet = f"""
            QPushButton {{
                background: transparent; border: 1px solid transparent; border-radius: 7px;
                padding: 3px 12px; min-height: 18px; color: {muted_text(palette).name()};
            }}
            QPushButton:hover {{ color: {palette.color(QPalette.ColorRole.WindowText).name()}; }}
            QPushButton:checked {{
                background: {chosen.name()}; color: {palette.color(QPalette.ColorRole.WindowText).name()};
                border: 1px solid {colors.card_border(palette).name()};
            }}
            QPushButton:focus {{ border: 2px solid {palette.color(QPalette.ColorRole.Highlight).name()}; }}
        """
        # Setting a style sheet announces a palette change of its own; only a real change is applied.
        if sheet != self._sheet:
            self._sheet = sheet
            self.setStyleSheet(sheet)


class _Motif(QWidget):
    """A short row of calendar squares filling up: a hint of what the page will show, drawn in the accent."""

    def sizeHint(self) -> QSize:
        return QSize(7 * 22, 22)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        fills = colors.level_colors(self.palette())
        levels = (0, 1, 0, 2, 3, 3, 4)
        side, gap = 18.0, 4.0
        left = (self.width() - (len(levels) * (side + gap) - gap)) / 2
        for i, level in enumerate(levels):
            painter.setBrush(fills[level])
            painter.drawRoundedRect(QRectF(left + i * (side + gap), 2, side, side), 4.5, 4.5)


class EmptyState(QWidget):
    """What a new user sees before their first session: an invitation rather than empty charts.

    Signals:
        train_clicked: the "Go to Train" button was pressed.
    """

    train_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Your practice will show up here"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        body = muted_label(
            self.tr(
                "After your first session you will find your streak, your sets for each day and a calendar "
                "of the days you practised. A few unhurried minutes a day is all it takes."
            )
        )
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        privacy = muted_label(self.tr("Your history stays on this computer."))
        privacy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        small = QFont(privacy.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        privacy.setFont(small)
        self.train_button = QPushButton(self.tr("Go to Train"))
        self.train_button.setProperty("primary", True)
        self.train_button.setAccessibleName(self.tr("Go to the Train page"))
        self.train_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.train_button.clicked.connect(self._on_train_button_clicked)

        # The words sit in a column of bounded width, centred, so lines stay short enough to read at a glance.
        column = QWidget()
        column.setMaximumWidth(440)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        words = QVBoxLayout(column)
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(10)
        words.addWidget(title)
        words.addWidget(body)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(column, 6)
        centred.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(14)
        layout.addStretch(2)
        layout.addWidget(_Motif(), 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(10)
        layout.addLayout(centred)
        layout.addSpacing(10)
        layout.addWidget(self.train_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(privacy)
        layout.addStretch(3)
        self.setAccessibleName(self.tr("No practice yet"))

    def _on_train_button_clicked(self) -> None:
        self.train_clicked.emit()
