"""A normal start paints before it reads the history: the plan line waits in its place, and what reading the
history finds still reaches the banner and the pages."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from helpers.records import make_session
from trainer.core.store import Store
from trainer.ui.shell import fit
from trainer.ui.shell.application import GuiOptions, run_gui
from trainer.ui.shell.first_paint import FirstPaint
from trainer.ui.shell.main_window import MainWindow
from trainer.ui.state import AppState

ACCEPTED = {"safety_accepted_at": "2026-03-29T08:00:00+02:00"}


@pytest.fixture(autouse=True)
def roomy_screen(monkeypatch):
    monkeypatch.setattr(fit, "available_geometry", lambda window: QRect(0, 0, 1920, 1040))


def deferred_window(qtbot, data_dir, catalog, clock) -> MainWindow:
    (data_dir / "settings.json").write_text(json.dumps(ACCEPTED))
    window = MainWindow(AppState.open(data_dir, defer_history=True), catalog, clock)
    qtbot.addWidget(window)
    return window


def test_the_plan_line_keeps_its_place_until_the_history_is_read(qtbot, data_dir, catalog, clock):
    window = deferred_window(qtbot, data_dir, catalog, clock)
    line = window.train_page.plan_line
    assert not window._state.history_loaded
    assert line.waiting and line.isVisibleTo(window) and line.message.text().strip() == ""
    window._state.load_history()
    assert not line.waiting and line.message.text().startswith("Today")


def test_a_damaged_history_found_after_the_first_paint_is_told_in_the_banner(qtbot, data_dir, catalog, clock):
    (data_dir / "history.json").write_text("{not json")
    window = deferred_window(qtbot, data_dir, catalog, clock)
    assert window.banner.messages() == []
    window._state.load_history()
    [message] = window.banner.messages()
    assert "damaged" in message


def test_opening_progress_reads_a_history_still_unread(qtbot, data_dir, catalog, clock):
    Store.open(data_dir).append_session(make_session())
    window = deferred_window(qtbot, data_dir, catalog, clock)
    window.show_page("progress")
    assert window._state.history_loaded
    assert not window.progress_page.is_empty_state_shown()


def test_first_paint_fires_once_after_the_window_has_painted(qtbot, data_dir, catalog, clock):
    window = deferred_window(qtbot, data_dir, catalog, clock)
    first = FirstPaint(window)
    fired = []
    first.painted.connect(lambda: fired.append(window._state.history_loaded))
    window.show()
    qtbot.waitUntil(lambda: fired == [False], timeout=3000)
    window.update()
    qtbot.wait(50)
    assert fired == [False]


def test_a_normal_run_reads_the_history_just_after_the_first_paint(qtbot, data_dir, monkeypatch):
    (data_dir / "settings.json").write_text(json.dumps(ACCEPTED))
    Store.open(data_dir).append_session(make_session())
    seen = {}

    def fake_exec(app):
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen["at_show"] = window._state.history_loaded
        qtbot.waitUntil(lambda: window._state.history_loaded, timeout=5000)
        seen["plan"] = window.train_page.plan_line.message.text()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert run_gui(GuiOptions(data_dir=data_dir)) == 0
    assert seen["at_show"] is False and seen["plan"].startswith("Today")


def test_what_waits_for_the_first_paint_starts_at_the_latest_when_nothing_paints(qtbot, data_dir, catalog, clock):
    window = deferred_window(qtbot, data_dir, catalog, clock)  # never shown, so it never paints
    first = FirstPaint(window, at_the_latest_ms=50)
    fired = []
    first.painted.connect(lambda: fired.append(True))
    qtbot.waitUntil(lambda: fired == [True], timeout=3000)
    window.show()
    qtbot.wait(100)
    assert fired == [True]  # once, not again at the paint that comes later
