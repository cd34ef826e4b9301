"""The calendar heatmap: its cells hold the right sets per day, blank the future, and paint by level."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from trainer.core import stats
from trainer.ui.progress import colors
from helpers.records import make_session
from trainer.ui.progress.heatmap import CalendarHeatmap, practice_level

TODAY = date(2026, 3, 25)  # a Wednesday: Thursday to Sunday of this week are still to come


@pytest.fixture
def heatmap(qtbot) -> CalendarHeatmap:
    history = [
        make_session(TODAY, sets_completed=3),
        make_session(TODAY - timedelta(days=1), sets_completed=1),
        make_session(TODAY - timedelta(days=1), sets_completed=1),
        make_session(TODAY - timedelta(days=30), sets_completed=5),
        make_session(TODAY - timedelta(days=400), sets_completed=2),  # older than the grid
    ]
    widget = CalendarHeatmap()
    qtbot.addWidget(widget)
    widget.set_data(stats.heatmap(history, TODAY), TODAY, target=3)
    widget.resize(900, widget.heightForWidth(900))
    # Shown, so that every resize lays the cells out at once rather than when first painted.
    widget.show()
    return widget


def test_cells_hold_the_sets_of_each_known_day(heatmap):
    """Sessions on one day add up; days without practice read 0."""
    assert heatmap.sets_on(TODAY) == 3
    assert heatmap.sets_on(TODAY - timedelta(days=1)) == 2
    assert heatmap.sets_on(TODAY - timedelta(days=30)) == 5
    assert heatmap.sets_on(TODAY - timedelta(days=2)) == 0


def test_future_days_and_days_outside_the_grid_are_none(heatmap):
    """The rest of this week is blank, and so is anything before the 52 weeks."""
    assert heatmap.sets_on(TODAY + timedelta(days=1)) is None
    assert heatmap.sets_on(TODAY + timedelta(days=4)) is None  # Sunday of this week
    assert heatmap.sets_on(TODAY - timedelta(days=400)) is None


def test_the_grid_starts_on_a_monday_51_weeks_before_this_week(heatmap):
    """52 Monday-first weeks: the first cell is the Monday 51 weeks before this week's Monday."""
    first_monday = TODAY - timedelta(days=TODAY.weekday() + 7 * 51)
    assert first_monday.weekday() == 0
    assert heatmap.sets_on(first_monday) == 0
    assert heatmap.sets_on(first_monday - timedelta(days=1)) is None


def test_hovering_a_cell_finds_its_day_and_a_future_cell_finds_nothing(heatmap):
    """Hit-testing uses the precomputed rectangles; future days have none."""
    cells = {cell.day: cell.rect for cell in heatmap._cells}
    assert heatmap.cell_at(cells[TODAY].center()) == (TODAY, 3)
    assert heatmap.cell_at(cells[TODAY - timedelta(days=30)].center()) == (TODAY - timedelta(days=30), 5)
    tomorrow_spot = cells[TODAY].center() + QPointF(0, cells[TODAY].height() + 3)
    assert heatmap.cell_at(tomorrow_spot) is None
    assert TODAY + timedelta(days=1) not in cells


def test_the_tooltip_text_names_the_day_and_its_sets(heatmap):
    """The hover text carries the date and the number of sets, or says there was no practice."""
    assert heatmap.describe(TODAY, 3).endswith(": 3 sets")
    assert "2026" in heatmap.describe(TODAY, 3)
    assert heatmap.describe(TODAY, 1).endswith(": 1 set")
    assert heatmap.describe(TODAY, 0).endswith("no practice")


@pytest.mark.parametrize(
    ("sets", "target", "level"),
    [(0, 3, 0), (1, 3, 1), (2, 3, 2), (3, 3, 3), (4, 3, 3), (5, 3, 4), (1, 1, 3), (2, 1, 4), (3, 10, 1)],
)
def test_colour_level_is_measured_against_the_daily_target(sets, target, level):
    """Meeting the target is level 3 whatever the target; 1.5 times the target or more is the deepest."""
    assert practice_level(sets, target) == level


def test_cells_are_painted_in_the_colour_of_their_level(heatmap):
    """A pixel in today's cell (target met) has the level-3 colour; a day without practice the empty one."""
    image = heatmap.grab().toImage()
    fills = colors.level_colors(heatmap.palette())
    cells = {cell.day: cell.rect for cell in heatmap._cells}

    def pixel(day: date) -> QColor:
        return image.pixelColor(cells[day].center().toPoint())

    def close(a: QColor, b: QColor) -> bool:
        return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 3

    assert close(pixel(TODAY), fills[3])
    assert close(pixel(TODAY - timedelta(days=30)), fills[4])
    assert close(pixel(TODAY - timedelta(days=2)), fills[0])
    assert not close(fills[0], fills[3])


def test_all_cells_fit_inside_the_widget_at_narrow_and_wide_sizes(heatmap):
    """Cells are laid out again on resize and never spill over the edge; too narrow, the oldest weeks go."""
    year = 7 * 51 + TODAY.weekday() + 1
    for width, shown in ((300, range(7 * 20, year)), (700, [year]), (1400, [year])):
        heatmap.resize(width, heatmap.heightForWidth(width))
        bounds = heatmap.rect().toRectF()
        assert all(bounds.contains(cell.rect) for cell in heatmap._cells)
        assert len(heatmap._cells) in shown
        assert heatmap._cells[-1].day == TODAY


def test_dark_palette_gives_dark_empty_cells(heatmap):
    """Colours come from the palette: on a dark window an empty day is dark too."""
    palette = QPalette(heatmap.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor("#182020"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e2ebe8"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#111817"))
    heatmap.setPalette(palette)
    image = heatmap.grab().toImage()
    empty = next(cell for cell in heatmap._cells if cell.sets == 0)
    assert image.pixelColor(empty.rect.center().toPoint()).lightnessF() < 0.3


def test_arrow_keys_walk_the_days_from_today(heatmap, qtbot):
    """The calendar is keyboard reachable: focus starts on today, Up/Down move a day, Left/Right a week."""
    heatmap.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(heatmap.hasFocus)
    assert heatmap.focused_day() == TODAY
    qtbot.keyClick(heatmap, Qt.Key.Key_Up)
    assert heatmap.focused_day() == TODAY - timedelta(days=1)
    qtbot.keyClick(heatmap, Qt.Key.Key_Left)
    assert heatmap.focused_day() == TODAY - timedelta(days=8)
    assert heatmap.accessibleDescription() == heatmap.describe(TODAY - timedelta(days=8), 0)


def test_a_tooltip_event_over_a_cell_shows_its_day(heatmap, qtbot):
    """Qt's tooltip request over a cell is answered with that day's text; over a label, with nothing."""
    rect = next(cell.rect for cell in heatmap._cells if cell.day == TODAY - timedelta(days=1))
    point = rect.center().toPoint()
    QApplication.sendEvent(heatmap, QHelpEvent(QEvent.Type.ToolTip, point, heatmap.mapToGlobal(point)))
    qtbot.waitUntil(QToolTip.isVisible, timeout=1000)
    assert QToolTip.text() == heatmap.describe(TODAY - timedelta(days=1), 2)
    QToolTip.hideText()
