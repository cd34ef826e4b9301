"""The session list on Progress: removing a mistaken session and undoing it, and editing a rating and note,
through the keyboard and buttons, into history.json, the page's figures and the command line."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from trainer.app import main
from trainer.core.store import Store
from trainer.ui.progress.history_list import UNDO_MS
from trainer.ui.progress.page import ProgressPage
from trainer.ui.state import AppState

from helpers.records import make_session

TODAY = date(2026, 3, 25)
EDIT_TIME = datetime(2026, 3, 25, 18, 30, tzinfo=timezone(timedelta(hours=1)))
SESSIONS = [
    make_session(TODAY - timedelta(days=2), id="00000000-0000-0000-0000-00000000000a", note="felt easy"),
    make_session(TODAY - timedelta(days=1), id="00000000-0000-0000-0000-00000000000b", discomfort=2),
    make_session(TODAY, id="00000000-0000-0000-0000-00000000000c", sets_completed=2, outcome="discomfort",
                 discomfort=7),
]


def entries(data_dir: Path) -> dict[str, dict]:
    document = json.loads((data_dir / "history.json").read_text(encoding="utf-8"))
    return {entry["id"]: entry for entry in document["sessions"]}


@pytest.fixture
def page(qtbot, data_dir):
    store = Store.open(data_dir)
    for record in SESSIONS:
        store.append_session(record)
    state = AppState(store)
    state.wall_now = lambda: EDIT_TIME
    widget = ProgressPage(state, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cell(page: ProgressPage, row: int, column: int) -> str:
    model = page.history.model
    return model.data(model.index(row, column))


def test_the_sessions_are_listed_newest_first_with_what_was_recorded(page):
    model = page.history.model
    assert model.rowCount() == 3
    assert [cell(page, row, 0) for row in range(3)] == ["Wed 25 Mar 2026", "Tue 24 Mar 2026", "Mon 23 Mar 2026"]
    assert [cell(page, 0, column) for column in range(6)] == [
        "Wed 25 Mar 2026", "Reverse Kegels for women", "2", "Stopped: discomfort", "7 of 10", ""]
    assert cell(page, 2, 5) == "felt easy"
    assert model.data(model.index(2, 4), Qt.ItemDataRole.AccessibleTextRole) == "not rated"
    assert page.history.table.accessibleName()
    assert not page.history.remove_button.isEnabled()  # nothing chosen yet


def test_delete_removes_the_session_from_every_figure_and_undo_brings_it_back(qtbot, page, data_dir, capsys):
    history = page.history
    assert page.cards.today.value_label.text() == "2 / 3"
    history.table.setFocus()
    history.select_row(0)
    qtbot.keyClick(history.table, Qt.Key.Key_Delete)

    kept = entries(data_dir)
    assert kept["00000000-0000-0000-0000-00000000000c"]["deleted_at"] == EDIT_TIME.isoformat(timespec="milliseconds")
    assert len(kept) == 3  # still in the file
    assert history.model.rowCount() == 2 and history.model.row_of("00000000-0000-0000-0000-00000000000c") is None
    assert page.cards.today.value_label.text() == "0 / 3"  # the cards and charts redrew without it
    assert page.cards.total.caption_label.text() == "2 sessions"
    assert history.undo_bar.isVisible() and "Wed 25 Mar 2026" in history.undo_label.text()
    assert history.undo_timer.isActive() and history.undo_timer.interval() == UNDO_MS
    assert main(["stats", "--json", "--data-dir", str(data_dir)], wall_now=lambda: EDIT_TIME) == 0
    stats = json.loads(capsys.readouterr().out)
    assert (stats["sessions"], stats["today_sets"], stats["sets_total"]) == (2, 0, 2)

    qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)
    back = entries(data_dir)["00000000-0000-0000-0000-00000000000c"]
    assert "deleted_at" not in back
    # Stamped after the removal, so a device that synced the removal takes the undo too.
    assert datetime.fromisoformat(back["updated_at"]) > EDIT_TIME
    assert not history.undo_bar.isVisible() and not history.undo_timer.isActive()
    assert history.model.rowCount() == 3 and history.selected().id == "00000000-0000-0000-0000-00000000000c"
    assert page.cards.today.value_label.text() == "2 / 3"
    assert main(["stats", "--json", "--data-dir", str(data_dir)], wall_now=lambda: EDIT_TIME) == 0
    assert json.loads(capsys.readouterr().out)["sessions"] == 3


def test_the_undo_goes_after_its_time_or_the_next_change(qtbot, page):
    history = page.history
    history.select_row(2)
    qtbot.mouseClick(history.remove_button, Qt.MouseButton.LeftButton)
    assert history.undo_bar.isVisible()
    history.undo_timer.timeout.emit()
    assert not history.undo_bar.isVisible() and not history.undo_pending()

    history.select_row(0)
    qtbot.mouseClick(history.remove_button, Qt.MouseButton.LeftButton)
    history.select_row(0)
    qtbot.mouseClick(history.remove_button, Qt.MouseButton.LeftButton)
    # Only the latest removal can be undone; the bar names it.
    assert "Tue 24 Mar 2026" in history.undo_label.text()
    assert history.model.rowCount() == 0
    assert not page.is_empty_state_shown()  # the list stays while its undo is offered
    qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)
    assert history.model.rowCount() == 1


def test_enter_edits_a_rating_and_note_and_stamps_the_edit(qtbot, page, data_dir):
    history = page.history
    history.table.setFocus()
    history.select_row(2)
    qtbot.keyClick(history.table, Qt.Key.Key_Return)
    editor = history.editor
    assert editor is not None and editor.note.text() == "felt easy" and editor.rating.value() == -1
    editor.rating.setValue(3)
    editor.note.setText("  easier on the left side ")
    editor.accept()

    entry = entries(data_dir)["00000000-0000-0000-0000-00000000000a"]
    assert (entry["discomfort"], entry["note"]) == (3, "easier on the left side")
    assert entry["updated_at"] == EDIT_TIME.isoformat(timespec="milliseconds")
    assert cell(page, 2, 4) == "3 of 10" and cell(page, 2, 5) == "easier on the left side"
    assert history.selected().id == "00000000-0000-0000-0000-00000000000a"


def test_an_edit_left_unchanged_or_cancelled_writes_nothing(qtbot, page, data_dir):
    history = page.history
    before = (data_dir / "history.json").read_bytes()
    history.select_row(1)
    qtbot.mouseClick(history.edit_button, Qt.MouseButton.LeftButton)
    history.editor.accept()
    history.select_row(1)
    qtbot.mouseClick(history.edit_button, Qt.MouseButton.LeftButton)
    history.editor.note.setText("never saved")
    history.editor.reject()
    assert (data_dir / "history.json").read_bytes() == before
