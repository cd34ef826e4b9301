"""The Progress page's pyqtgraph charts: sets per day against the target, and the longest hold per day.

This module imports pyqtgraph, so only the Progress page imports it, and only when it is first built: the
app starts without paying for pyqtgraph. Each day sits at its local date's UTC noon on a ``DateAxisItem``
with ``utcOffset=0``, so a bar can never slide onto a neighbouring day across DST or travel. Bars are one
stepped, filled curve built with numpy, which stays fast with years of days where ``BarGraphItem`` would not.
"""

from __future__ import annotations

import os
from datetime import date
from typing import Sequence

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFont
from PySide6.QtWidgets import QToolTip

# PySide6 is already imported above; the variable keeps pyqtgraph on it even if PyQt is installed too.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np  # noqa: E402
import pyqtgraph as pg  # noqa: E402

from trainer.ui.look.colors import mix, muted_text  # noqa: E402
from trainer.ui.progress import colors  # noqa: E402

pg.setConfigOptions(antialias=True)

DAY_S = 86_400
HALF_DAY_S = DAY_S // 2
EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
# Above this many days, bars are a pixel or two wide and gaps between them would only add noise.
GAPLESS_FROM_DAYS = 120
BAR_HALF_WIDTH = 0.34 * DAY_S


def noon_utc(ordinals: np.ndarray) -> np.ndarray:
    """UTC noon, in seconds since the epoch, of each date given by its proleptic ordinal."""
    return (np.asarray(ordinals, dtype=np.float64) - EPOCH_ORDINAL) * DAY_S + HALF_DAY_S


def day_of(x: float) -> date:
    return date.fromordinal(int(x // DAY_S) + EPOCH_ORDINAL)


class DayAxis(pg.DateAxisItem):
    """A date axis whose day ticks sit under the bars (noon) and whose labels follow the Qt locale."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom", utcOffset=0)

    def tickValues(self, minVal, maxVal, size):
        # pyqtgraph puts day ticks at midnight, between two bars; moving them to noon centres each label
        # under its day. Month and year ticks move too, onto the first day of their period.
        levels = []
        coarser: list[float] = []
        for spacing, values in super().tickValues(minVal, maxVal, size):
            values = [v + HALF_DAY_S for v in values if v + HALF_DAY_S <= maxVal]
            if coarser and len(values) > 1:
                # Day ticks run on their own 5-day rhythm; one just beside a month's label would overlap it.
                step = values[1] - values[0]
                values = [v for v in values if min(abs(v - c) for c in coarser) >= 0.6 * step]
            coarser.extend(values)
            levels.append((spacing, values))
        return levels

    def tickStrings(self, values, scale, spacing):
        locale = QLocale()
        labels = []
        # The first day label names its month too ("3 Nov"): the month ticks mark only where a month begins,
        # so without it a 30-day chart would show days of no month at all.
        first_day = QCoreApplication.translate("DayAxis", "d MMM", "a date format: day and short month name")
        for index, value in enumerate(values):
            day = day_of(value)
            if spacing >= 365 * DAY_S:
                labels.append(str(day.year))
            elif spacing >= 28 * DAY_S:
                labels.append(locale.monthName(day.month, QLocale.FormatType.ShortFormat))
            elif index == 0:
                labels.append(locale.toString(QDate(day.year, day.month, day.day), first_day))
            else:
                labels.append(str(day.day))
        return labels


class SecondsAxis(pg.AxisItem):
    """A value axis labelled in seconds, so the hold chart needs no separate unit caption."""

    def __init__(self) -> None:
        super().__init__(orientation="left")

    def tickStrings(self, values, scale, spacing):
        return [self.tr("%1 s").replace("%1", f"{value:g}") for value in values]


class _DayChart(pg.PlotWidget):
    """A read-only plot over days: no mouse zoom or pan, no menu, colours taken from the Qt palette."""

    def __init__(self, parent=None, left_axis: pg.AxisItem | None = None) -> None:
        self.day_axis = DayAxis()
        # pyqtgraph's constructor already changes the palette, before there is a plot to colour.
        self._ready = False
        axes = {"bottom": self.day_axis} if left_axis is None else {"bottom": self.day_axis, "left": left_axis}
        # Without a menu from the start: the view box would otherwise build one (some 15 ms) only to drop it.
        super().__init__(parent, axisItems=axes, enableMenu=False)
        item = self.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.showGrid(x=False, y=True, alpha=0.12)
        item.getViewBox().setDefaultPadding(0.0)
        item.getAxis("left").setWidth(40)
        # Neither the view nor its viewport is a Tab stop: each would be an unnamed filler to a screen reader.
        # The chart's text alternative is its accessible name (``text_alternative``).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.build_items()
        self._ready = True
        self._apply_palette()

    def wheelEvent(self, event) -> None:
        # The charts are fixed views; a wheel over one belongs to the scrolling page around it.
        event.ignore()

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.PaletteChange and self._ready:
            self._apply_palette()
        super().changeEvent(event)

    def _apply_palette(self) -> None:
        palette = self.palette()
        self.setBackground(colors.card_fill(palette))
        text = muted_text(palette)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.88)
        for name in ("left", "bottom"):
            axis = self.getPlotItem().getAxis(name)
            axis.setPen(colors.card_border(palette))
            axis.setTextPen(text)
            axis.setStyle(tickFont=font, tickLength=0, tickTextOffset=6)
        self.restyle(palette)

    def build_items(self) -> None:
        """Create and add the chart's own items; called once from the constructor."""

    def restyle(self, palette) -> None:
        """Colour the chart's own items; called again whenever the palette changes."""


class SetsPerDayChart(_DayChart):
    """Sets per day as filled bars, with the daily target as a dashed line across the chart."""

    def build_items(self) -> None:
        self.day_x = np.zeros(0)
        self.sets = np.zeros(0)
        self.bars = pg.PlotDataItem(stepMode="center", fillLevel=0)
        self.target_line = pg.InfiniteLine(pos=3, angle=0, movable=False)
        self.addItem(self.bars)
        self.addItem(self.target_line)
        self.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)

    def restyle(self, palette) -> None:
        fill = colors.accent_fill(palette)
        fill.setAlphaF(0.85)
        self.bars.setBrush(fill)
        self.bars.setPen(None)
        line = mix(palette.color(palette.ColorRole.WindowText), colors.card_fill(palette), 0.35)
        self.target_line.setPen(pg.mkPen(line, width=1.4, style=Qt.PenStyle.DashLine))

    def set_days(self, per_day: Sequence[tuple[date, int]], target: int) -> None:
        """Show (day, sets) for one or more consecutive days, oldest first, against the daily ``target``."""
        count = len(per_day)
        self.day_x = noon_utc(np.fromiter((day.toordinal() for day, _ in per_day), dtype=np.int64, count=count))
        self.sets = np.fromiter((sets for _, sets in per_day), dtype=np.float64, count=count)
        half = HALF_DAY_S if count > GAPLESS_FROM_DAYS else BAR_HALF_WIDTH
        # Each day is a step of its sets between noon +- half, then a step of 0 up to the next day's start,
        # so one curve draws every bar with a gap after it.
        edges = np.empty(2 * count)
        edges[0::2] = self.day_x - half
        edges[1::2] = self.day_x + half
        heights = np.zeros(2 * count - 1)
        heights[0::2] = self.sets
        self.bars.setData(edges, heights)
        self.target_line.setValue(target)
        top = max(float(self.sets.max(initial=0)), float(target)) + 1
        self.getPlotItem().getAxis("left").setTickSpacing(1 if top <= 7 else (2 if top <= 14 else 5), 1)
        self.setYRange(0, top, padding=0)
        self.setXRange(self.day_x[0] - HALF_DAY_S, self.day_x[-1] + HALF_DAY_S, padding=0)
        self.setAccessibleName(self.text_alternative(count, int((self.sets >= target).sum())))

    def text_alternative(self, days: int, met: int) -> str:
        """What the chart shows, in one sentence: for a screen reader, and for whoever cannot see the bars."""
        return self.tr("Sets per day, last %n days: target met on {met} of them", "", days).format(met=met)

    def _on_scene_mouse_moved(self, pos: QPointF) -> None:
        view = self.getPlotItem().getViewBox()
        if not len(self.day_x) or not view.sceneBoundingRect().contains(pos):
            QToolTip.hideText()
            return
        x = view.mapSceneToView(pos).x()
        index = int(round((x - self.day_x[0]) / DAY_S))
        if not 0 <= index < len(self.day_x):
            return
        day = day_of(self.day_x[index])
        sets = int(self.sets[index])
        when = QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
        text = self.tr("%1: %n set(s)", "", sets)
        QToolTip.showText(QCursor.pos(), text.replace("%1", when), self)


class HoldTrendChart(_DayChart):
    """The longest hold of each practice day, in seconds, as a soft line with a faint area beneath; and, for
    self-timed sessions, the day's real holds as a dashed line of squares, so the two can be told apart
    without seeing colour (the page's caption names them)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, left_axis=SecondsAxis())

    def build_items(self) -> None:
        self.day_x = np.zeros(0)
        self.holds = np.zeros(0)
        self.line = pg.PlotDataItem(fillLevel=0, symbol="o", symbolSize=5)
        self.addItem(self.line)
        self.real_x = np.zeros(0)
        self.real_holds = np.zeros(0)
        self.real_line = pg.PlotDataItem(symbol="s", symbolSize=6)
        self.addItem(self.real_line)

    def restyle(self, palette) -> None:
        stroke = colors.accent_fill(palette)
        area = QColor(stroke)
        area.setAlphaF(0.16)
        self.line.setPen(pg.mkPen(stroke, width=2))
        self.line.setBrush(area)
        self.line.setSymbolBrush(stroke)
        self.line.setSymbolPen(None)
        real = mix(palette.color(palette.ColorRole.WindowText), colors.card_fill(palette), 0.3)
        self.real_line.setPen(pg.mkPen(real, width=1.6, style=Qt.PenStyle.DashLine))
        self.real_line.setSymbolBrush(real)
        self.real_line.setSymbolPen(None)

    def set_days(self, trend: Sequence[tuple[date, float]], first: date, last: date,
                 real: Sequence[tuple[date, float]] = ()) -> None:
        """Show (day, longest hold in seconds) over the days from ``first`` to ``last``, and ``real``, (day,
        average self-timed hold), when there is any."""
        count = len(trend)
        self.day_x = noon_utc(np.fromiter((day.toordinal() for day, _ in trend), dtype=np.int64, count=count))
        self.holds = np.fromiter((hold for _, hold in trend), dtype=np.float64, count=count)
        # Dots help read a few weeks; over a year they would merge into a bead string.
        self.line.setSymbol("o" if len(self.day_x) <= 60 else None)
        self.line.setData(self.day_x, self.holds)
        self.real_x = noon_utc(np.fromiter((day.toordinal() for day, _ in real), dtype=np.int64, count=len(real)))
        self.real_holds = np.fromiter((hold for _, hold in real), dtype=np.float64, count=len(real))
        self.real_line.setData(self.real_x, self.real_holds)
        top = max(10.0, float(self.holds.max(initial=0)) + 3, float(self.real_holds.max(initial=0)) + 3)
        self.getPlotItem().getAxis("left").setTickSpacing(5 if top <= 30 else 10, 5)
        self.setYRange(0, top, padding=0)
        start, end = noon_utc(np.array([first.toordinal(), last.toordinal()]))
        self.setXRange(start - HALF_DAY_S, end + HALF_DAY_S, padding=0)
        days = (last - first).days + 1
        self.setAccessibleName(self.text_alternative(days, count, float(self.holds.max(initial=0))))

    def text_alternative(self, days: int, practised: int, longest: float) -> str:
        if not practised:
            return self.tr("Longest hold per day, last %n days: no holds yet", "", days)
        return self.tr("Longest hold per day, last %n days: held up to {seconds} s on {practised} of them", "",
                       days).format(seconds=f"{longest:g}", practised=practised)
