"""A calendar heatmap of the last 52 weeks: one rounded square per day, deeper colour for more sets.

Weeks run left to right, Monday at the top, as in ``stats.heatmap``. Colour intensity is measured against the
daily target, so meeting the target always looks the same whatever the target is. Days after today are left
blank. Cell rectangles are computed on resize, so painting and hit-testing are plain look-ups.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QWidget

from trainer.ui import words
from trainer.ui.look.colors import muted_text
from trainer.ui.progress import colors

MIN_PITCH, MAX_PITCH = 8.0, 17.0
LABEL_GAP = 6.0
LEVELS = len(colors.LEVEL_STRENGTHS)  # the empty level, then four of practice


def practice_level(sets: int, target: int) -> int:
    """0 for no practice; 1 under half the target; 2 under the target; 3 at it; 4 well beyond (1.5x)."""
    if sets <= 0:
        return 0
    fraction = sets / max(1, target)
    if fraction < 0.5:
        return 1
    if fraction < 1.0:
        return 2
    return 3 if fraction < 1.5 else 4


@dataclass(frozen=True)
class _Cell:
    rect: QRectF
    day: date
    sets: int
    level: int


class CalendarHeatmap(QLabel):
    """The last ``weeks`` weeks of practice as a grid of rounded squares, with month labels and a legend.

    A QLabel with no text of its own, painted here: so a screen reader meets a named piece of text (its
    summary, then the day under the keyboard focus as the arrows move), not an unnamed filler.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[list[int | None]] = []
        self._first = date.today()
        self._today = date.today()
        self._target = 1
        self._cells: list[_Cell] = []
        self._months: list[tuple[QPointF, str]] = []
        self._weekdays: list[tuple[QPointF, str]] = []
        self._legend: list[tuple[QRectF, int]] = []
        self._legend_text: list[tuple[QPointF, str]] = []
        self._focus_index = -1
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(words.practice_calendar())

    # -- data -------------------------------------------------------------------------------------------

    def set_data(self, rows: list[list[int | None]], today: date, target: int) -> None:
        """Show ``stats.heatmap`` rows (oldest week first, Monday..Sunday) ending in ``today``'s week."""
        self._rows = rows
        self._today = today
        self._target = target
        self._first = today - timedelta(days=today.weekday() + 7 * (len(rows) - 1))
        self._focus_index = -1
        self.setAccessibleDescription(self.summary())
        self._layout_cells()
        self.updateGeometry()
        self.update()

    def summary(self) -> str:
        """One line on the whole grid: how many of its days had practice."""
        days = sum(1 for row in self._rows for sets in row if sets)
        return self.tr("%n day(s) with practice in the last year", "", days)

    def sets_on(self, day: date) -> int | None:
        """Sets shown for ``day``; ``None`` for a day after today or outside the grid."""
        offset = (day - self._first).days
        if not 0 <= offset < 7 * len(self._rows):
            return None
        return self._rows[offset // 7][offset % 7]

    def cell_at(self, pos: QPointF) -> tuple[date, int] | None:
        """The (day, sets) under ``pos``, or ``None`` over a label, a gap or a future day."""
        for cell in self._cells:
            if cell.rect.contains(pos):
                return cell.day, cell.sets
        return None

    def describe(self, day: date, sets: int) -> str:
        when = self.locale().toString(QDate(day.year, day.month, day.day), self.locale().FormatType.LongFormat)
        if sets == 0:
            return self.tr("%1: no practice").replace("%1", when)
        text = self.tr("%1: %n set(s)", "", sets)
        return text.replace("%1", when)

    # -- geometry ---------------------------------------------------------------------------------------

    def _metrics(self) -> tuple[QFontMetricsF, float, float]:
        metrics = QFontMetricsF(self.font())
        gutter = max(metrics.horizontalAdvance(self._weekday_name(d)) for d in (1, 3, 5)) + LABEL_GAP
        return metrics, gutter, metrics.height()

    def _pitch_for(self, width: float) -> float:
        _, gutter, _ = self._metrics()
        weeks = max(1, len(self._rows))
        return min(MAX_PITCH, max(MIN_PITCH, (width - gutter) / weeks))

    def _height_for_pitch(self, pitch: float) -> int:
        _, _, line = self._metrics()
        return int(line + LABEL_GAP + 7 * pitch + LABEL_GAP * 2 + line)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height_for_pitch(self._pitch_for(width))

    def sizeHint(self) -> QSize:
        _, gutter, _ = self._metrics()
        width = int(gutter + max(1, len(self._rows)) * MAX_PITCH)
        return QSize(width, self._height_for_pitch(MAX_PITCH))

    def minimumSizeHint(self) -> QSize:
        _, gutter, _ = self._metrics()
        return QSize(int(gutter + 20 * MIN_PITCH), self._height_for_pitch(MIN_PITCH))

    def resizeEvent(self, event) -> None:
        self._layout_cells()
        super().resizeEvent(event)

    def _weekday_name(self, weekday: int) -> str:
        return self.locale().dayName(weekday, self.locale().FormatType.ShortFormat)

    def _layout_cells(self) -> None:
        metrics, gutter, line = self._metrics()
        pitch = self._pitch_for(self.width())
        # Too narrow for a year even at the smallest squares: keep the most recent weeks that fit.
        weeks = min(len(self._rows), max(1, int((self.width() - gutter) / pitch + 1e-6)))
        hidden = len(self._rows) - weeks
        gap = max(2.0, round(pitch * 0.18))
        side = pitch - gap
        # Centre the grid and its labels together when the widget is wider than the largest cells need.
        left = max(0.0, (self.width() - (gutter + weeks * pitch - gap)) / 2) + gutter
        top = line + LABEL_GAP
        self._cells = []
        for week, row in enumerate(self._rows[hidden:]):
            for weekday, sets in enumerate(row):
                if sets is None:
                    continue
                rect = QRectF(left + week * pitch, top + weekday * pitch, side, side)
                day = self._first + timedelta(days=(hidden + week) * 7 + weekday)
                self._cells.append(_Cell(rect, day, sets, practice_level(sets, self._target)))
        # Baselines that centre each label's capital height on its row of squares.
        centring = (metrics.ascent() - metrics.descent()) / 2
        self._weekdays = [
            (QPointF(left - LABEL_GAP - metrics.horizontalAdvance(name), top + i * pitch + side / 2 + centring), name)
            for i, name in ((i, self._weekday_name(i + 1)) for i in (0, 2, 4))
        ]
        self._months = []
        last_label_x = -1e9
        for week in range(weeks):
            monday = self._first + timedelta(days=7 * (hidden + week))
            if week and monday.month == (monday - timedelta(days=7)).month:
                continue
            name = self.locale().monthName(monday.month, self.locale().FormatType.ShortFormat)
            x = left + week * pitch
            # The first column is usually part of a month; label it only if the next label leaves room.
            if x - last_label_x < metrics.horizontalAdvance(name) + LABEL_GAP:
                if self._months and week:
                    self._months.pop()
                else:
                    continue
            self._months.append((QPointF(x, metrics.ascent()), name))
            last_label_x = x
        self._layout_legend(left, top + 7 * pitch - gap + LABEL_GAP * 2, side, gap, line, weeks * pitch - gap)

    def _layout_legend(self, left: float, top: float, side: float, gap: float, line: float, width: float) -> None:
        metrics = QFontMetricsF(self.font())
        less, more = self.tr("Less"), self.tr("More")
        right = left + width
        more_x = right - metrics.horizontalAdvance(more)
        first_box = more_x - LABEL_GAP - LEVELS * (side + gap) + gap
        baseline = top + (line + metrics.ascent() - metrics.descent()) / 2
        box_top = top + (line - side) / 2
        self._legend = [(QRectF(first_box + i * (side + gap), box_top, side, side), i) for i in range(LEVELS)]
        self._legend_text = [
            (QPointF(first_box - LABEL_GAP - metrics.horizontalAdvance(less), baseline), less),
            (QPointF(more_x, baseline), more),
        ]

    # -- painting and interaction -----------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        fills = colors.level_colors(palette)
        radius = max(2.0, self._cells[0].rect.width() * 0.22) if self._cells else 2.0
        painter.setPen(Qt.PenStyle.NoPen)
        for cell in self._cells:
            painter.setBrush(fills[cell.level])
            painter.drawRoundedRect(cell.rect, radius, radius)
        for rect, level in self._legend:
            painter.setBrush(fills[level])
            painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(muted_text(palette))
        for point, text in self._months + self._weekdays + self._legend_text:
            painter.drawText(point, text)
        self._paint_rings(painter)

    def _paint_rings(self, painter: QPainter) -> None:
        """Outline today, and the keyboard-focused day while the calendar has focus."""
        palette = self.palette()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for cell in self._cells:
            if cell.day == self._today:
                painter.setPen(QPen(muted_text(palette), 1.2))
                painter.drawRoundedRect(cell.rect.adjusted(-1.5, -1.5, 1.5, 1.5), 3, 3)
        if self.hasFocus() and 0 <= self._focus_index < len(self._cells):
            painter.setPen(QPen(palette.color(palette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(self._cells[self._focus_index].rect.adjusted(-2, -2, 2, 2), 4, 4)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            found = self.cell_at(QPointF(event.pos()))
            if found is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.describe(*found), self)
            return True
        return super().event(event)

    def focusInEvent(self, event) -> None:
        if self._focus_index < 0 and self._cells:
            self._focus_index = len(self._cells) - 1
        self._announce_focus()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)

    def keyPressEvent(self, event) -> None:
        steps = {Qt.Key.Key_Left: -7, Qt.Key.Key_Right: 7, Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        step = steps.get(Qt.Key(event.key()))
        if step is None or not self._cells:
            super().keyPressEvent(event)
            return
        self._focus_index = min(len(self._cells) - 1, max(0, self._focus_index + step))
        self._announce_focus()

    def _announce_focus(self) -> None:
        if 0 <= self._focus_index < len(self._cells):
            cell = self._cells[self._focus_index]
            text = self.describe(cell.day, cell.sets)
            self.setAccessibleDescription(text)
            QToolTip.showText(self.mapToGlobal(cell.rect.bottomRight().toPoint()), text, self)
        self.update()

    def focused_day(self) -> date | None:
        if 0 <= self._focus_index < len(self._cells):
            return self._cells[self._focus_index].day
        return None

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LocaleChange):
            self._layout_cells()
            self.updateGeometry()
        super().changeEvent(event)
