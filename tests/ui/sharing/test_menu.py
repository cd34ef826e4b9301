"""The Trainer menu's export and import: what the dialogs write and what they say."""

from __future__ import annotations

import json

import pytest

from helpers.records import make_session
from trainer import commands
from trainer.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, state, catalog, clock):
    state.change_settings(state.settings.replace(safety_accepted_at="2026-03-29T08:00:00+02:00"))
    win = MainWindow(state, catalog, clock)
    qtbot.addWidget(win)
    return win


@pytest.fixture
def recorded(store):
    sessions = [make_session("2026-03-28", note="=HYPERLINK(\"x\")"), make_session("2026-03-29", note="calm")]
    store.merge_sessions(sessions)
    return sessions


def test_the_menu_offers_export_import_and_the_report(window):
    texts = [action.text() for action in window.menuBar().actions()[0].menu().actions()]
    assert {"&Export History\u2026", "&Import History\u2026", "&Report for Your Physiotherapist\u2026"} <= set(texts)


def test_a_csv_export_is_the_command_line_export_byte_for_byte(window, recorded, data_dir, tmp_path, capsys):
    chosen = tmp_path / "mine"
    window.sharing.choose_save_path = lambda title, suggested, filters: (str(chosen), filters.split(";;")[0])
    window.sharing.export_action.trigger()
    commands.export(data_dir, csv_path=tmp_path / "cli.csv", json_path=None)
    assert (tmp_path / "mine.csv").read_bytes() == (tmp_path / "cli.csv").read_bytes()
    assert "'=HYPERLINK" in (tmp_path / "mine.csv").read_text()
    assert window.sharing.message.text() == f"2 sessions were written to {tmp_path / 'mine.csv'}."


def test_a_json_export_matches_the_command_line_but_for_the_moment_it_was_made(window, recorded, data_dir, tmp_path):
    window.sharing.choose_save_path = lambda *_: (str(tmp_path / "mine.json"), "")
    window.sharing.export_action.trigger()
    commands.export(data_dir, csv_path=None, json_path=tmp_path / "cli.json")
    mine, cli = (json.loads((tmp_path / name).read_text()) for name in ("mine.json", "cli.json"))
    assert mine.pop("exported_at") and cli.pop("exported_at")
    assert mine == cli and len(mine["sessions"]) == 2


def test_an_export_that_cannot_be_written_says_why(window, recorded, tmp_path):
    window.sharing.choose_save_path = lambda *_: (str(tmp_path / "missing" / "out.csv"), "")
    window.sharing.export_action.trigger()
    assert window.sharing.message.windowTitle() == "Not exported"
    assert "No such file or directory" in window.sharing.message.text()


def test_import_says_how_many_were_new_and_progress_follows(qtbot, window, state, recorded, tmp_path):
    other = [recorded[0], make_session("2026-03-30", note="from the laptop"), make_session("2026-03-31")]
    source = tmp_path / "laptop.json"
    source.write_text(commands.render_json(tuple(other)))
    window.sharing.choose_open_path = lambda *_: str(source)
    with qtbot.waitSignal(state.history_changed, timeout=1000):
        window.sharing.import_action.trigger()
    assert window.sharing.message.windowTitle() == "History imported"
    assert window.sharing.message.text().startswith(f"2 new sessions imported from {source}")
    assert "1 already here" in window.sharing.message.text()
    assert len(state.sessions) == 4


def test_a_file_that_will_not_parse_gets_a_clear_message(window, state, recorded, tmp_path):
    source = tmp_path / "notes.txt"
    source.write_text("this is not a history")
    window.sharing.choose_open_path = lambda *_: str(source)
    window.sharing.import_action.trigger()
    assert window.sharing.message.windowTitle() == "Nothing imported"
    assert str(source) in window.sharing.message.text()
    assert len(state.sessions) == 2
