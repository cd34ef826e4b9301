"""Whenever the page says "Press Space to begin", Space begins: on opening, after the safety notice, after a
routine is picked with the mouse or the keyboard, and after a session ends. After "This hurts — stop" the page
offers rest and the breathing drop instead, and Space restarts nothing. Keys go where Qt sends them: to the
widget with the focus."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from trainer.core.engine import SessionState
from trainer.core.store import Store
from trainer.ui.dialogs.safety import SafetyDialog
from trainer.ui.shell import fit
from trainer.ui.shell.main_window import MainWindow
from trainer.ui.state import AppState

from helpers.sessions import run

ACCEPTED = "2026-03-01T09:00:00+01:00"


@pytest.fixture(autouse=True)
def roomy_screen(monkeypatch):
    monkeypatch.setattr(fit, "available_geometry", lambda window: QRect(0, 0, 1920, 1040))


def open_window(qtbot, data_dir, catalog, clock, accepted: bool = True) -> MainWindow:
    store = Store.open(data_dir)
    if accepted:
        store.save_settings(store.settings.replace(safety_accepted_at=ACCEPTED))
    window = MainWindow(AppState(store), catalog, clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    if accepted:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def press(qtbot, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


def state_of(window: MainWindow) -> SessionState:
    return window.train_page.controller.snapshot.state


def sessions(data_dir) -> list[dict]:
    path = data_dir / "history.json"
    return json.loads(path.read_text())["sessions"] if path.exists() else []


def test_on_opening_the_focus_is_on_start_and_space_begins(qtbot, data_dir, catalog, clock):
    window = open_window(qtbot, data_dir, catalog, clock)
    assert QApplication.focusWidget() is window.train_page.controls.toggle_button
    press(qtbot, Qt.Key.Key_Space)
    assert state_of(window) is SessionState.RUNNING
    window.train_page.controller.stop()


def test_after_the_safety_notice_space_begins(qtbot, data_dir, catalog, clock):
    window = open_window(qtbot, data_dir, catalog, clock, accepted=False)
    qtbot.waitUntil(lambda: window.findChild(SafetyDialog) is not None)
    window.findChild(SafetyDialog).accept_button.click()
    # The offscreen platform hands activation back only when asked; a window manager does it by itself.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert QApplication.focusWidget() is window.train_page.controls.toggle_button
    press(qtbot, Qt.Key.Key_Space)
    assert state_of(window) is SessionState.RUNNING
    window.train_page.controller.stop()


def test_after_clicking_a_card_space_begins_that_routine(qtbot, data_dir, catalog, clock):
    window = open_window(qtbot, data_dir, catalog, clock)
    routines = window.train_page.picker.list
    rect = routines.visualItemRect(routines.item(2))
    qtbot.mouseClick(routines.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    press(qtbot, Qt.Key.Key_Space)
    assert state_of(window) is SessionState.RUNNING
    assert window.train_page.controller.engine.routine.id == routines.item(2).data(Qt.ItemDataRole.UserRole).id
    window.train_page.controller.stop()


def test_the_arrows_move_between_chips_and_space_still_begins(qtbot, data_dir, catalog, clock):
    window = open_window(qtbot, data_dir, catalog, clock)
    picker = window.train_page.picker
    picker.filter_buttons["all"].setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is picker.filter_buttons["men"] and picker.current_filter() == "men"
    assert state_of(window) is SessionState.READY  # Right moved between chips; it did not skip a phase
    press(qtbot, Qt.Key.Key_Space)
    assert state_of(window) is SessionState.RUNNING
    window.train_page.controller.stop()


def test_tab_stops_at_every_chip_and_both_page_switches(qtbot, data_dir, catalog, clock):
    window = open_window(qtbot, data_dir, catalog, clock)
    seen = []
    for _ in range(20):
        press(qtbot, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    chips = list(window.train_page.picker.filter_buttons.values())
    assert all(chip in seen for chip in chips)
    assert all(tab in seen for tab in window.header.tabs.values())
    assert [widget for widget in seen if widget in chips][:5] == chips  # in their order, from the first


def test_after_a_session_ends_space_begins_again(qtbot, data_dir, catalog, clock):
    window = open_window(qtbot, data_dir, catalog, clock)
    page = window.train_page
    press(qtbot, Qt.Key.Key_Space)
    run(page.controller, clock, 6.0)
    press(qtbot, Qt.Key.Key_Escape)
    page.summary_dialog.accept()
    assert QApplication.focusWidget() is page.controls.toggle_button
    press(qtbot, Qt.Key.Key_Space)
    assert state_of(window) is SessionState.RUNNING
    page.controller.stop()


def test_a_stop_inside_the_lead_in_is_recorded_nowhere(qtbot, data_dir, catalog, clock):
    window = open_window(qtbot, data_dir, catalog, clock)
    page = window.train_page
    press(qtbot, Qt.Key.Key_Space)
    run(page.controller, clock, 2.0)
    press(qtbot, Qt.Key.Key_Escape)
    assert sessions(data_dir) == [] and page.summary_dialog is None
    assert state_of(window) is SessionState.READY and page.view.content().line == "Press Space to begin"


def test_after_this_hurts_the_page_offers_rest_and_never_a_restart(qtbot, data_dir, catalog, clock):
    window = open_window(qtbot, data_dir, catalog, clock)
    page = window.train_page
    press(qtbot, Qt.Key.Key_Space)
    run(page.controller, clock, 6.0)
    qtbot.mouseClick(page.controls.hurts_button, Qt.MouseButton.LeftButton)
    page.summary_dialog.accept()
    assert sessions(data_dir)[0]["outcome"] == "discomfort"
    content = page.view.content()
    assert (content.line, content.footer) == ("Rest now",
                                              "When you are ready, the breathing drop is a gentle way back.")
    assert "again" not in page.controls.toggle_button.text()
    assert not page.controls.toggle_button.property("primary")  # not the accented main action now
    assert QApplication.focusWidget() is not page.controls.toggle_button
    assert page.picker.current_routine().id == "reverse-kegel-women"  # nothing chosen for them
    press(qtbot, Qt.Key.Key_Space)
    assert state_of(window) is SessionState.STOPPED
    assert page.rest_offer.isVisible()
    qtbot.mouseClick(page.rest_offer, Qt.MouseButton.LeftButton)
    assert page.picker.current_routine().id == "breath-drop" and not page.rest_offer.isVisible()
    assert page.view.content().line == "Press Space to begin" and page.controls.toggle_button.property("primary")
    press(qtbot, Qt.Key.Key_Space)
    assert state_of(window) is SessionState.RUNNING
    page.controller.stop()


def test_after_clicking_a_chip_space_begins_and_the_chip_stays_as_it_was(qtbot, data_dir, catalog, clock):
    window = open_window(qtbot, data_dir, catalog, clock)
    picker = window.train_page.picker
    qtbot.mouseClick(picker.filter_buttons["women"], Qt.MouseButton.LeftButton)
    assert picker.current_filter() == "women"
    press(qtbot, Qt.Key.Key_Space)
    assert state_of(window) is SessionState.RUNNING
    assert picker.filter_buttons["women"].isChecked()
    window.train_page.controller.stop()
