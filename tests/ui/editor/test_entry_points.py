"""The editor from the Train page and the Routines menu: saving selects the routine, Delete asks and touches
only the person's own routines, and routine files go in and out through the file dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from trainer.core.routine_json import routine_file_bytes
from trainer.core.routines import load_routine_file
from trainer.ui.train.page import TrainPage

GOOD_FILE = (b'{"format": 1, "id": "from-a-friend", "title": "From a friend", "audience": "everyone", '
             b'"kind": "breath", "summary": "Slow breaths.", "positions": [], "instructions": [], "lead_in_s": 3, '
             b'"sets": 1, "rest_between_sets_s": 0, "blocks": [{"reps": 4, "cycle": '
             b'[{"phase": "inhale", "s": 4, "cue": "In"}, {"phase": "exhale", "s": 6, "cue": "Out"}]}]}')


@pytest.fixture
def page(qtbot, state, catalog, clock):
    widget = TrainPage(state, catalog, clock=clock)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def told(page):
    messages: list[tuple[str, str]] = []
    page.routine_actions.tell = lambda title, text: messages.append((title, text))
    return messages


def save_new(page: TrainPage, title: str) -> None:
    editor = page.routine_actions.open_new()
    editor.form.title.setText(title)
    editor.save.click()


def test_a_saved_routine_is_in_the_picker_and_chosen(page, data_dir):
    save_new(page, "Morning drop")
    assert page.picker.current_routine().id == "morning-drop"
    assert page.details.title.text() == "Morning drop"
    assert "morning-drop" in page.picker.visible_ids()
    assert page.routine_actions.delete.isEnabled()


def test_the_buttons_follow_the_chosen_routine(page):
    actions = page.routine_actions
    page.picker.select("reverse-kegel-women")
    assert not actions.delete.isEnabled() and actions.edit.iconText() == "View"
    assert actions.duplicate.isEnabled()
    save_new(page, "Mine")
    assert actions.delete.isEnabled() and actions.edit.iconText() == "Edit"


def test_a_built_in_routine_is_never_deleted(page, told):
    page.picker.select("reverse-kegel-women")
    asked = []
    page.routine_actions.confirm_delete = lambda routine: asked.append(routine) or True
    page.routine_actions.delete_current()
    assert asked == [] and page.library.catalog.get("reverse-kegel-women") is not None


def test_delete_asks_once_and_a_no_keeps_the_file(page, data_dir):
    save_new(page, "Mine")
    path = data_dir / "routines" / "mine.json"
    asked = []
    page.routine_actions.confirm_delete = lambda routine: asked.append(routine.title) or False
    page.routine_actions.delete_current()
    assert asked == ["Mine"] and path.exists()

    page.routine_actions.confirm_delete = lambda routine: True
    page.routine_actions.delete_current()
    assert not path.exists()
    assert page.library.catalog.get("mine") is None and "mine" not in page.picker.visible_ids()
    assert page.picker.current_routine() is not None


def test_a_routine_file_is_imported_through_the_file_dialog(page, monkeypatch, tmp_path, data_dir, told):
    source = tmp_path / "friend.json"
    source.write_bytes(GOOD_FILE)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: (str(source), ""))
    page.routine_actions.import_from_file()
    assert (data_dir / "routines" / "from-a-friend.json").read_bytes() == GOOD_FILE
    assert page.picker.current_routine().id == "from-a-friend"
    assert told == []


def test_a_bad_routine_file_is_refused_naming_the_field(page, monkeypatch, tmp_path, data_dir, told):
    source = tmp_path / "bad.json"
    source.write_bytes(GOOD_FILE.replace(b'"s": 6', b'"s": 0'))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: (str(source), ""))
    page.routine_actions.import_from_file()
    assert told == [("Not imported", "This routine file could not be imported: "
                     "bad.json: blocks[0].cycle[1].s: must be a positive number of seconds")]
    assert not (data_dir / "routines").exists() or not any((data_dir / "routines").iterdir())


def test_a_cancelled_file_dialog_does_nothing(page, monkeypatch, told):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: ("", ""))
    page.routine_actions.import_from_file()
    page.routine_actions.export_to_file()
    assert told == []


def test_the_chosen_routine_is_exported_through_the_file_dialog(page, monkeypatch, tmp_path, told):
    page.picker.select("reverse-kegel-men")
    offered = []

    def save_dialog(parent, caption, start, filters):
        offered.append(start)
        return str(tmp_path / "for-my-physio"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    page.routine_actions.export_to_file()
    target = tmp_path / "for-my-physio.json"
    routine = page.library.catalog.get("reverse-kegel-men")
    assert offered[0].endswith("reverse-kegel-men.json")
    assert target.read_bytes() == routine_file_bytes(routine)
    assert load_routine_file(target) == routine.__class__(**{**routine.__dict__, "builtin": False})
    assert told == []


def test_the_routine_actions_wait_while_a_session_runs(page):
    actions = page.routine_actions
    page.controller.toggle()
    assert not any(a.isEnabled() for a in (actions.new, actions.edit, actions.delete, actions.import_file))
    page.controller.stop()
    assert actions.new.isEnabled() and actions.edit.isEnabled()


def test_the_prescription_is_beside_the_routines_details(page, state):
    page.picker.select("reverse-kegel-women")
    sets = state.settings.daily_target_sets
    assert page.details.prescription.text() == f"Hold 5 s, rest 8 s, repeat 10 times, {sets} sets a day"
    page.details.hold.setValue(7)
    assert page.details.prescription.text() == f"Hold 7 s, rest 8 s, repeat 10 times, {sets} sets a day"


def test_the_main_window_has_a_routines_menu_with_every_entry(qtbot, state, catalog, clock):
    from trainer.ui.shell.main_window import MainWindow

    window = MainWindow(state, catalog, clock=clock, preview=True)
    qtbot.addWidget(window)
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    entries = [action.text() for action in menus["&Routines"].actions() if not action.isSeparator()]
    assert entries == ["&New Routine\u2026", "&Duplicate Routine\u2026", "&Edit Routine\u2026",
                       "De&lete Routine\u2026", "&Import Routine File\u2026", "E&xport Routine File\u2026"]
    assert menus["&Routines"].actions()[0] is window.train_page.routine_actions.new
