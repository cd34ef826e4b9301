"""The hold trend sits below the fold of a window of the usual size, so it is built when it scrolls into view:
there, before it is painted, whole and lined up with the sets chart; and at once when the window is tall."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from trainer.core.store import Store
from trainer.ui.progress.page import ProgressPage
from trainer.ui.shell.screenshot import settle
from trainer.ui.state import AppState

from helpers.records import make_session

TODAY = date(2026, 3, 25)


def shown_page(qtbot, data_dir, height: int) -> ProgressPage:
    store = Store.open(data_dir)
    for n in range(120):
        store.append_session(make_session(TODAY - timedelta(days=n), hold_s=5.0 + n % 3))
    page = ProgressPage(AppState(store), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1000, height)
    page.show()
    qtbot.waitExposed(page)
    settle()  # the parts made in the first showEvent are shown and laid out by the events after it
    return page


def x_range(chart) -> list[float]:
    return chart.getPlotItem().getViewBox().viewRange()[0]


def test_out_of_view_the_hold_chart_waits_and_scrolled_to_it_is_whole(qtbot, data_dir):
    page = shown_page(qtbot, data_dir, 600)
    assert page._hold_slot.part() is None
    qtbot.mouseClick(page.range_selector.buttons[90], Qt.MouseButton.LeftButton)
    bar = page.content.verticalScrollBar()
    bar.setValue(bar.maximum())
    # Built by the scroll itself, before any event is handled or anything painted.
    chart = page._hold_slot.part()
    assert chart is not None and chart.isVisible() and chart.height() == 150
    assert len(chart.day_x) == 90 and chart.accessibleName().startswith("Longest hold per day, last 90 days")
    assert x_range(chart) == pytest.approx(x_range(page.sets_chart))
    qtbot.mouseClick(page.range_selector.buttons[30], Qt.MouseButton.LeftButton)
    assert len(chart.day_x) == 30 and x_range(chart) == pytest.approx(x_range(page.sets_chart))


def test_in_view_from_the_start_the_hold_chart_is_there_at_once(qtbot, data_dir):
    page = shown_page(qtbot, data_dir, 1400)
    chart = page._hold_slot.part()
    assert chart is not None and chart.isVisible() and len(chart.day_x) == 30
    assert x_range(chart) == pytest.approx(x_range(page.sets_chart))


def test_the_page_keeps_its_layout_with_the_chart_built_or_not(qtbot, data_dir):
    page = shown_page(qtbot, data_dir, 600)
    content = page.content.widget()
    before = content.sizeHint().height()
    page.hold_chart  # noqa: B018  (asking for it builds it)
    assert content.sizeHint().height() == before
