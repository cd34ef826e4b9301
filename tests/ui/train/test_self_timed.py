"""Self-timed holds through the Train page: Space or the Hold button held for as long as the person holds,
a whole session on a fake clock, ending in a history.json record with each rep's real seconds and a kind
summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from trainer.core.engine import SessionState
from trainer.core.routines import Catalog, parse_routine
from trainer.ui import words
from trainer.ui.train.page import TrainPage

from helpers.sessions import run

# Lead-in 1 s, then 3 reps of drop 1 s, the hold (progressive), return 2 s; the programme starts holds at 5 s.
HOLDING = parse_routine({
    "format": 1, "id": "holding", "title": "Holding", "audience": "everyone", "kind": "reverse-kegel",
    "summary": "A routine for tests.", "positions": ["lying"], "instructions": ["Breathe."],
    "lead_in_s": 1, "sets": 1, "rest_between_sets_s": 0,
    "blocks": [{"reps": 3, "cycle": [
        {"phase": "drop", "s": 1, "cue": "Let go"},
        {"phase": "hold-drop", "s": 2, "cue": "Stay soft", "progressive": True},
        {"phase": "return", "s": 2, "cue": "Let it rise"},
    ]}],
}, Path("holding.json"))


@pytest.fixture
def page(qtbot, state, clock):
    state.remember(self_timed_holds=True)
    widget = TrainPage(state, Catalog((HOLDING,), ()), clock=clock)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def until_hold(page: TrainPage, clock) -> None:
    while page.controller.snapshot.phase != "hold-drop":
        run(page.controller, clock, 0.1)


def test_a_whole_self_timed_session_keeps_each_real_hold(qtbot, page, clock, data_dir):
    controls = page.controls
    qtbot.keyClick(page, Qt.Key.Key_Space)  # Space still starts the session
    assert page.controller.snapshot.state is SessionState.RUNNING
    assert controls.toggle_button.text() == "Hold"
    assert "let go" in page.notice.text()

    # Rep 1: Space on the focused Hold button, held 4.8 s of the 5 s target.
    assert controls.toggle_button.hasFocus()
    until_hold(page, clock)
    qtbot.keyPress(controls.toggle_button, Qt.Key.Key_Space)
    run(page.controller, clock, 4.8)
    qtbot.keyRelease(controls.toggle_button, Qt.Key.Key_Space)
    assert page.controller.snapshot.phase == "return"
    assert page.controller.snapshot.state is SessionState.RUNNING  # letting go never pauses

    # Rep 2: the Hold button pressed and held with the mouse, 6.2 s.
    until_hold(page, clock)
    qtbot.mousePress(controls.toggle_button, Qt.MouseButton.LeftButton)
    run(page.controller, clock, 6.2)
    qtbot.mouseRelease(controls.toggle_button, Qt.MouseButton.LeftButton)
    assert page.controller.snapshot.phase == "return"

    # Rep 3: Space with the focus elsewhere on the page, down before the hold begins, 5.0 s into it.
    page.view.setFocus()
    while page.controller.snapshot.phase != "drop":
        run(page.controller, clock, 0.1)
    qtbot.keyPress(page.view, Qt.Key.Key_Space)
    until_hold(page, clock)
    run(page.controller, clock, 5.0)
    qtbot.keyRelease(page.view, Qt.Key.Key_Space)
    run(page.controller, clock, 10)

    entry = json.loads((data_dir / "history.json").read_text(encoding="utf-8"))["sessions"][-1]
    assert entry["outcome"] == "completed" and entry["reps_completed"] == 3
    assert entry["hold_s"] == 5.0
    assert entry["holds_s"] == pytest.approx([4.8, 6.2, 5.0], abs=0.11)
    summary = page.summary_dialog
    assert summary.holds_label.isVisibleTo(summary)
    text = summary.holds_label.text()
    assert text.startswith("Your holds: 4.8 s, 6.2 s, 5.0 s — target 5 s. "), text
    summary.accept()
    assert controls.toggle_button.text() == "Start again"


def test_a_hold_ends_at_twice_the_target_when_the_key_stays_down(qtbot, page, clock, data_dir):
    qtbot.keyClick(page, Qt.Key.Key_Space)
    until_hold(page, clock)
    qtbot.keyPress(page.controls.toggle_button, Qt.Key.Key_Space)
    run(page.controller, clock, 10.5)
    assert page.controller.snapshot.phase == "return"  # the cap, 10 s, ended it
    qtbot.keyRelease(page.controls.toggle_button, Qt.Key.Key_Space)
    qtbot.mouseClick(page.controls.stop_button, Qt.MouseButton.LeftButton)
    entry = json.loads((data_dir / "history.json").read_text(encoding="utf-8"))["sessions"][-1]
    assert entry["holds_s"] == [10.0] and entry["outcome"] == "stopped"
    page.summary_dialog.accept()


def test_guided_sessions_keep_space_for_start_and_pause(qtbot, page, state, clock):
    state.remember(self_timed_holds=False)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.controls.toggle_button.text() == "Pause"
    qtbot.keyClick(page.controls.toggle_button, Qt.Key.Key_Space)
    assert page.controller.snapshot.state is SessionState.PAUSED
    page.controller.stop()
    assert page.summary_dialog is None  # stopped in the lead-in: nothing was done, nothing is recorded


def test_while_holding_the_view_counts_the_seconds_held(qtbot, page, clock):
    qtbot.keyClick(page, Qt.Key.Key_Space)
    until_hold(page, clock)
    qtbot.keyPress(page.controls.toggle_button, Qt.Key.Key_Space)
    run(page.controller, clock, 7.3)
    assert words.seconds_left(page.view.snapshot) == "7"  # counted up, past the 5 s target
    qtbot.keyRelease(page.controls.toggle_button, Qt.Key.Key_Space)
    page.controller.stop()
    page.summary_dialog.accept()
