"""In idle time after the window shows, the Progress page builds and fills itself unseen, one single shot at a
time, so that its first view is a paint: complete and correct, and never while a session runs."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QStackedWidget

from trainer.core.store import Store
from trainer.ui.progress.page import ProgressPage
from trainer.ui.state import AppState

from helpers.records import make_session

TODAY = date(2026, 3, 25)


@pytest.fixture
def hidden_page(qtbot, data_dir):
    """The page behind another page of a shown window, as Progress sits behind Train."""
    store = Store.open(data_dir)
    for n in range(3):
        store.append_session(make_session(TODAY - timedelta(days=n)))
    state = AppState(store)
    window = QStackedWidget()
    qtbot.addWidget(window)
    front = QStackedWidget()
    window.addWidget(front)
    page = ProgressPage(state, today=lambda: TODAY)
    window.addWidget(page)
    window.resize(1000, 800)
    window.show()
    qtbot.waitExposed(window)
    return window, page, state


def test_the_page_is_built_and_filled_unseen_in_idle_time(hidden_page, qtbot):
    window, page, state = hidden_page
    page.warm_up()
    qtbot.waitUntil(lambda: hasattr(page, "history") and page.history.model.rowCount() == 3)
    assert not page.isVisible() and page.cards.current_streak.value_label.text() == "3 days"
    # Shown, it has nothing left to do but paint what it holds, and holds what is true now.
    window.setCurrentWidget(page)
    assert page.cards.current_streak.value_label.text() == "3 days" and not page.is_empty_state_shown()
    state.record_session(make_session(TODAY, sets_completed=2))
    assert page.cards.today.value_label.text() == "3 / 3"


def test_a_session_started_in_between_stops_the_warm_up(hidden_page, qtbot):
    _, page, _ = hidden_page
    busy = []
    page.warm_up(still_idle=lambda: not busy)
    busy.append(True)
    qtbot.wait(50)
    assert not page.is_empty_state_shown() and not hasattr(page, "cards")


def test_a_closed_window_is_not_warmed_up(hidden_page, qtbot):
    window, page, _ = hidden_page
    page.warm_up()
    window.hide()
    qtbot.wait(50)
    assert not hasattr(page, "cards")
