"""The Progress page: cards, charts and calendar show the store's history for a fixed ``today``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QToolTip

from trainer.core.store import Store
from helpers.records import make_session
from trainer.ui.progress.page import ProgressPage
from trainer.ui.state import AppState

TODAY = date(2026, 3, 25)  # a Wednesday
REPO = Path(__file__).resolve().parents[3]


def _session(day: date, sets: int = 1, duration_s: float = 120.0, **fields):
    # Two minutes a session, so the totals this page shows come out in round figures.
    return make_session(day, sets_completed=sets, duration_s=duration_s, **fields)


def _days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


# Wed 18 .. Sat 21: a 4-day run; Sun 22: stopped before a set (no practice day); Mon 23 .. today: 3 days.
HISTORY = [
    *(_session(_days_ago(n), hold_s=5.0) for n in (7, 6, 5, 4)),
    _session(_days_ago(3), sets=0, duration_s=60.0, outcome="stopped"),
    _session(_days_ago(2), hold_s=6.0),
    _session(_days_ago(1), sets=3, hold_s=7.0),
    _session(TODAY, hold_s=8.0),
    _session(TODAY, hold_s=6.0),
]
DAILY_SETS = {_days_ago(7): 1, _days_ago(6): 1, _days_ago(5): 1, _days_ago(4): 1, _days_ago(2): 1,
              _days_ago(1): 3, TODAY: 2}


def _write_history(data_dir: Path, sessions) -> None:
    document = {"schema_version": 1, "sessions": [record.to_json() for record in sessions]}
    (data_dir / "history.json").write_text(json.dumps(document), encoding="utf-8")


def _noon_utc(day: date) -> float:
    return datetime(day.year, day.month, day.day, 12, tzinfo=timezone.utc).timestamp()


@pytest.fixture
def history_store(data_dir: Path) -> Store:
    _write_history(data_dir, HISTORY)
    return Store.open(data_dir)


@pytest.fixture
def page(qtbot, history_store) -> ProgressPage:
    widget = ProgressPage(AppState(history_store), today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    widget.ensure_built()
    return widget


def test_cards_show_streaks_today_week_and_total(page):
    """The five cards read the history: 3-day streak, 4-day best, 2 of 3 today, 6 this week, 17 minutes."""
    cards = page.cards
    assert cards.current_streak.value_label.text() == "3 days"
    assert cards.longest_streak.value_label.text() == "4 days"
    assert cards.longest_streak.caption_label.text() == "7 practice days in all"
    assert cards.today.value_label.text() == "2 / 3"
    assert cards.today.caption_label.text() == "1 set to go"
    assert cards.today_progress.fraction() == pytest.approx(2 / 3)
    assert cards.week.value_label.text() == "6 sets"
    assert cards.total.value_label.text() == "17 min"  # 8 x 120 s + 60 s
    assert cards.total.caption_label.text() == "9 sessions"


def test_sets_chart_places_each_day_at_utc_noon_with_its_sets(page):
    """30 days, oldest first, each at its date's UTC noon; the bars' heights are the sets of that day."""
    chart = page.sets_chart
    days = [_days_ago(n) for n in range(29, -1, -1)]
    assert chart.day_x.tolist() == [_noon_utc(day) for day in days]
    assert chart.sets.tolist() == [DAILY_SETS.get(day, 0) for day in days]
    # The drawn curve: one step per bar, centred on the day's noon, as high as its sets.
    edges, heights = chart.bars.xData, chart.bars.yData
    assert np.allclose((edges[0::2] + edges[1::2]) / 2, chart.day_x)
    assert heights[0::2].tolist() == chart.sets.tolist()
    assert not heights[1::2].any()


def test_target_line_follows_the_daily_target_setting(page, history_store):
    """The dashed line sits at the target, and moves when the setting changes and the page refreshes."""
    assert page.sets_chart.target_line.value() == 3
    history_store.save_settings(history_store.settings.replace(daily_target_sets=5))
    page.refresh()
    page.ensure_built()
    assert page.sets_chart.target_line.value() == 5
    assert page.cards.today.value_label.text() == "2 / 5"
    assert "5 sets" in page.target_caption.text()


@pytest.mark.parametrize("span", [90, 365, 30])
def test_choosing_a_span_changes_the_days_shown_and_the_x_range(page, qtbot, span):
    """The segmented buttons pick 30, 90 or 365 days; both charts then cover exactly those days."""
    page.show()
    if span != 30:
        qtbot.mouseClick(page.range_selector.buttons[90 if span == 365 else 30], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.range_selector.buttons[span], Qt.MouseButton.LeftButton)
    assert page.range_selector.span() == span
    chart = page.sets_chart
    assert len(chart.day_x) == span
    assert chart.day_x[0] == _noon_utc(_days_ago(span - 1))
    left, right = chart.getPlotItem().getViewBox().viewRange()[0]
    assert left == pytest.approx(_noon_utc(_days_ago(span - 1)) - 43_200)
    assert right == pytest.approx(_noon_utc(TODAY) + 43_200)
    hold_left, hold_right = page.hold_chart.getPlotItem().getViewBox().viewRange()[0]
    assert (hold_left, hold_right) == pytest.approx((left, right))


def test_hold_trend_shows_the_longest_hold_of_each_practice_day(page):
    """One point per practice day at UTC noon: the day's longest hold, in seconds."""
    chart = page.hold_chart
    practice_days = sorted(DAILY_SETS)
    assert chart.day_x.tolist() == [_noon_utc(day) for day in practice_days]
    assert chart.holds.tolist() == [5.0, 5.0, 5.0, 5.0, 6.0, 7.0, 8.0]


def test_calendar_on_the_page_holds_the_sets_per_day(page):
    """The heatmap is fed from the same history: known days have their sets, the future is None."""
    assert page.heatmap.sets_on(TODAY) == 2
    assert page.heatmap.sets_on(_days_ago(1)) == 3
    assert page.heatmap.sets_on(_days_ago(3)) == 0
    assert page.heatmap.sets_on(TODAY + timedelta(days=1)) is None
    assert page.calendar_caption.text() == "7 days with practice in the last year"


def test_new_user_sees_the_empty_state_until_a_session_is_recorded(qtbot, store):
    """No sessions: an invitation instead of charts; after a session and refresh(), the charts."""
    page = ProgressPage(AppState(store), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.ensure_built()
    assert page.is_empty_state_shown()
    assert page.empty_state.train_button.isVisibleTo(page)
    store.append_session(_session(TODAY))
    page.refresh()
    page.ensure_built()
    assert not page.is_empty_state_shown()
    assert page.cards.today.value_label.text() == "1 / 3"


def test_go_to_train_is_emitted_from_the_empty_state_button(qtbot, store):
    """The empty state's button asks the main window to switch to the Train page."""
    page = ProgressPage(AppState(store), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.go_to_train, timeout=1000):
        qtbot.mouseClick(page.empty_state.train_button, Qt.MouseButton.LeftButton)


def test_refresh_while_hidden_waits_until_the_page_is_shown(page, history_store):
    """A hidden page only notes that it is stale; showing it brings the new session in."""
    history_store.append_session(_session(TODAY))
    page.refresh()
    assert page.cards.today.value_label.text() == "2 / 3"
    page.show()
    assert page.cards.today.value_label.text() == "3 / 3"
    assert page.cards.today.caption_label.text() == "Daily target met"


def test_refresh_while_shown_updates_at_once(page, history_store):
    """On screen, refresh() rebuilds straight away."""
    page.show()
    history_store.append_session(_session(TODAY))
    page.refresh()
    assert page.cards.today.value_label.text() == "3 / 3"
    assert page.sets_chart.sets[-1] == 3


def test_a_page_shown_again_on_a_new_day_moves_today_along(qtbot, history_store):
    """Left open past midnight, the page recomputes when shown: today starts again at 0."""
    day = [TODAY]
    page = ProgressPage(AppState(history_store), today=lambda: day[0])
    qtbot.addWidget(page)
    page.show()
    assert page.cards.today.value_label.text() == "2 / 3"
    page.hide()
    day[0] = TODAY + timedelta(days=1)
    page.show()
    assert page.cards.today.value_label.text() == "0 / 3"
    assert page.cards.current_streak.value_label.text() == "3 days"  # still alive until tomorrow ends


def test_the_page_is_not_built_until_needed(qtbot, history_store):
    """Creating the page builds nothing; the charts appear on ensure_built()."""
    page = ProgressPage(AppState(history_store), today=lambda: TODAY)
    qtbot.addWidget(page)
    assert not hasattr(page, "sets_chart")
    page.ensure_built()
    assert page.sets_chart.day_x.size == 30


def test_importing_the_page_does_not_import_pyqtgraph_but_building_it_does(data_dir):
    """pyqtgraph (and numpy) are a start-up cost the app only pays when Progress is first opened."""
    _write_history(data_dir, HISTORY)
    script = (
        "import sys\n"
        "import trainer.ui.progress.page as progress\n"
        "print('after import:', 'pyqtgraph' in sys.modules or 'numpy' in sys.modules)\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from trainer.ui.state import AppState\n"
        f"page = progress.ProgressPage(AppState.open({str(data_dir)!r}))\n"
        "print('after page:', 'pyqtgraph' in sys.modules)\n"
        "page.ensure_built()\n"
        "print('after build:', 'pyqtgraph' in sys.modules)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYQTGRAPH_QT_LIB", None)
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
    )
    assert "after import: False" in result.stdout, result.stderr
    assert "after page: False" in result.stdout, result.stderr
    assert "after build: True" in result.stdout, result.stderr
    assert result.returncode == 0, result.stderr


def test_the_rendered_page_shows_bars_in_the_accent_on_a_calm_ground(page):
    """page.grab() is a real picture: many colours, and the bars' accent is among them."""
    page.show()
    image = page.grab().toImage()
    assert image.width() >= 1000 and image.height() >= 900
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20
    chart = page.sets_chart
    tallest = int(np.argmax(chart.sets))
    view = chart.getPlotItem().getViewBox()
    middle_of_bar = view.mapViewToScene(QPointF(chart.day_x[tallest], chart.sets[tallest] / 2))
    pixel = image.pixelColor(chart.mapTo(page, chart.mapFromScene(middle_of_bar)))
    bar = chart.bars.opts["fillBrush"].color()
    assert abs(pixel.hue() - bar.hue()) <= 12 and pixel.saturation() > 40


def test_a_dark_palette_reaches_the_cards_and_the_charts(page):
    """Nothing is hard-coded black or white: on a dark palette the chart ground is dark, the figures light."""
    palette = QPalette(page.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor("#182020"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e2ebe8"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#111817"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e2ebe8"))
    page.setPalette(palette)
    assert page.sets_chart.backgroundBrush().color().lightnessF() < 0.3
    assert page.hold_chart.backgroundBrush().color().lightnessF() < 0.3
    value = page.cards.today.value_label
    assert value.palette().color(value.foregroundRole()).lightnessF() > 0.7


def test_every_control_has_an_accessible_name(page):
    """Range buttons, charts, calendar and cards can be announced by a screen reader."""
    named = [*page.range_selector.buttons.values(), page.sets_chart, page.hold_chart, page.heatmap,
             *page.cards.cards(), page.empty_state.train_button]
    assert all(widget.accessibleName() for widget in named)
    assert page.cards.today.accessibleDescription() == "2 / 3. 1 set to go"


def test_hovering_a_bar_tells_its_day_and_sets(page, qtbot):
    """Moving the mouse over yesterday's bar shows a tooltip with that day's sets."""
    page.show()
    chart = page.sets_chart
    view = chart.getPlotItem().getViewBox()
    over_yesterday = view.mapViewToScene(QPointF(_noon_utc(_days_ago(1)), 1.0))
    chart.scene().sigMouseMoved.emit(over_yesterday)
    qtbot.waitUntil(QToolTip.isVisible, timeout=1000)
    assert QToolTip.text().endswith(": 3 sets")
    QToolTip.hideText()


@pytest.mark.parametrize("span", [30, 90])
def test_each_chart_says_what_it_shows_and_follows_the_span(page, qtbot, span):
    """The text alternatives: how often the target was met, and the longest hold, over the days shown."""
    page.show()
    qtbot.mouseClick(page.range_selector.buttons[span], Qt.MouseButton.LeftButton)
    # Within the span: 7 practice days, the target of 3 met once (3 sets yesterday); holds of up to 8 s.
    assert page.sets_chart.accessibleName() == f"Sets per day, last {span} days: target met on 1 of them"
    assert page.hold_chart.accessibleName() == f"Longest hold per day, last {span} days: held up to 8 s on 7 of them"


def test_the_range_buttons_are_named_as_shown_and_described_at_length(page):
    buttons = page.range_selector.buttons
    assert [buttons[span].accessibleName() for span in (30, 90, 365)] == ["30 days", "90 days", "Year"]
    assert buttons[365].accessibleDescription() == "Show the last 365 days"


@pytest.mark.parametrize("span", [30, 90, 365])
def test_the_date_axis_names_months_at_every_span(page, qtbot, span):
    page.show()
    qtbot.mouseClick(page.range_selector.buttons[span], Qt.MouseButton.LeftButton)
    page.sets_chart.grab()  # pyqtgraph's date axis learns its font metrics as it first paints
    axis = page.sets_chart.day_axis
    low, high = page.sets_chart.getPlotItem().getViewBox().viewRange()[0]
    # The finest labels (days, or months over a year) begin with one that names its month, so every span
    # says which months it shows even where no month begins inside it.
    spacing, values = axis.tickValues(low, high, 900)[-1]
    first = axis.tickStrings(values, 1, spacing)[0]
    months = {QLocale().monthName(month, QLocale.FormatType.ShortFormat) for month in range(1, 13)}
    assert any(month in first for month in months), first
