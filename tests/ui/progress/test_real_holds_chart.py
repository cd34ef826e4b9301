"""The hold trend's second series: the person's own self-timed holds, named in the caption by line and marker."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from helpers.records import make_session
from trainer.core.store import Store
from trainer.ui.progress.page import ProgressPage
from trainer.ui.state import AppState

TODAY = date(2026, 3, 25)


def _noon_utc(day: date) -> float:
    return datetime(day.year, day.month, day.day, 12, tzinfo=timezone.utc).timestamp()


def make_page(qtbot, data_dir, sessions) -> ProgressPage:
    store = Store.open(data_dir)
    for record in sessions:
        store.append_session(record)
    page = ProgressPage(AppState(store), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.ensure_built()
    return page


def test_self_timed_days_show_their_average_real_hold_beside_the_planned_one(qtbot, data_dir):
    yesterday = TODAY - timedelta(days=1)
    page = make_page(qtbot, data_dir, [
        make_session(yesterday, hold_s=5.0, holds_s=(4.0, 5.0)),
        make_session(TODAY, hold_s=6.0, holds_s=(6.5, 5.5, 6.3)),
        make_session(TODAY - timedelta(days=2), hold_s=5.0),
    ])
    chart = page.hold_chart
    assert chart.real_x.tolist() == [_noon_utc(yesterday), _noon_utc(TODAY)]
    assert chart.real_holds.tolist() == pytest.approx([4.5, 6.1])
    assert "Dashed line with squares: your own holds" in page.hold_caption.text()
    # Told apart by line style and marker too, not by colour alone.
    assert chart.real_line.opts["symbol"] != chart.line.opts["symbol"]
    assert chart.real_line.opts["pen"].style() != chart.line.opts["pen"].style()


def test_without_self_timed_sessions_there_is_no_second_series_or_legend(qtbot, data_dir):
    page = make_page(qtbot, data_dir, [make_session(TODAY)])
    assert len(page.hold_chart.real_holds) == 0
    assert "Dashed line" not in page.hold_caption.text()
