"""The row of summary cards at the top of the Progress page: streaks, today against the target, week, total.

Each card is a quiet rounded surface with a small title, one large figure and a caption. The cards are handed
the ``stats.summary`` object and fill in their text; they compute nothing themselves.
"""

from __future__ import annotations

from typing import Any, Mapping

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from trainer.ui.progress import colors

CARD_RADIUS = 12.0


class ProgressLine(QWidget):
    """A thin rounded bar showing a fraction from 0 to 1, for today's sets against the target."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 0.0
        self.setFixedHeight(6)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def fraction(self) -> float:
        return self._fraction

    def set_fraction(self, fraction: float) -> None:
        self._fraction = min(1.0, max(0.0, fraction))
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        rect = QRectF(self.rect())
        radius = rect.height() / 2
        painter.setBrush(colors.empty_cell(self.palette()))
        painter.drawRoundedRect(rect, radius, radius)
        if self._fraction > 0:
            filled = QRectF(rect.left(), rect.top(), max(rect.height(), rect.width() * self._fraction), rect.height())
            painter.setBrush(colors.accent_fill(self.palette()))
            painter.drawRoundedRect(filled, radius, radius)


class CardSurface(QWidget):
    """A softly lifted rounded surface; the Progress page's cards and chart panels all sit on one."""

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(colors.card_border(self.palette()))
        painter.setBrush(colors.card_fill(self.palette()))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), CARD_RADIUS, CARD_RADIUS)


class StatCard(CardSurface):
    """One figure with its title and caption."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(title)
        self.value_label = QLabel("–")
        self.caption_label = QLabel()
        self.caption_label.setWordWrap(True)
        value_font = QFont(self.font())
        value_font.setPointSizeF(value_font.pointSizeF() * 1.9)
        value_font.setWeight(QFont.Weight.DemiBold)
        self.value_label.setFont(value_font)
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 0.92)
        title_font.setWeight(QFont.Weight.Medium)
        self.title_label.setFont(title_font)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(18, 14, 18, 16)
        self._layout.setSpacing(4)
        self._layout.addWidget(self.title_label)
        self._layout.addWidget(self.value_label)
        self._layout.addWidget(self.caption_label)
        self._layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(130)
        self.setAccessibleName(title)
        # Title and caption are quieter than the figure; the role follows any palette change by itself.
        for label in (self.title_label, self.caption_label):
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

    def set_figure(self, value: str, caption: str) -> None:
        self.value_label.setText(value)
        self.caption_label.setText(caption)
        # Screen readers get the whole card as one sentence rather than three separate labels.
        self.setAccessibleDescription(f"{value}. {caption}")

    def add_footer(self, widget: QWidget) -> None:
        self._layout.insertWidget(self._layout.count() - 1, widget)


class StatCards(QWidget):
    """The five cards in a row, filled from the ``stats.summary`` object."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current_streak = StatCard(self.tr("Current streak"))
        self.longest_streak = StatCard(self.tr("Longest streak"))
        self.today = StatCard(self.tr("Today"))
        self.week = StatCard(self.tr("This week"))
        self.total = StatCard(self.tr("Time practised"))
        self.today_progress = ProgressLine()
        self.today_progress.setAccessibleName(self.tr("Today's sets against the daily target"))
        self.today.add_footer(self.today_progress)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        for card in self.cards():
            layout.addWidget(card)

    def cards(self) -> tuple[StatCard, ...]:
        return (self.current_streak, self.longest_streak, self.today, self.week, self.total)

    def show_summary(self, summary: Mapping[str, Any]) -> None:
        # "(s)" plurals take their English forms from trainer_en.ts, which the app always loads for English.
        current = summary["current_streak_days"]
        self.current_streak.set_figure(
            self.tr("%n day(s)", "", current),
            self.tr("Keep it going today") if current else self.tr("A new one starts with one set"),
        )
        longest, days = summary["longest_streak_days"], summary["practice_days"]
        self.longest_streak.set_figure(
            self.tr("%n day(s)", "", longest),
            self.tr("%n practice day(s) in all", "", days),
        )
        done, target = summary["today_sets"], summary["daily_target_sets"]
        left = target - done
        self.today.set_figure(
            self.tr("%1 / %2").replace("%1", str(done)).replace("%2", str(target)),
            self.tr("Daily target met") if left <= 0 else self.tr("%n set(s) to go", "", left),
        )
        self.today_progress.set_fraction(done / target if target else 1.0)
        week = summary["week_sets"]
        self.week.set_figure(self.tr("%n set(s)", "", week), self.tr("Since Monday"))
        minutes, sessions = round(summary["minutes_total"]), summary["sessions"]
        self.total.set_figure(
            self.tr("%n min", "", minutes),
            self.tr("%n session(s)", "", sessions),
        )
