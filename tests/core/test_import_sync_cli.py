"""`import FILE` and `sync` on the command line: what they merge, what they say, and one line for every
file or folder they cannot use."""

from __future__ import annotations

import json
import os

import pytest
from helpers.records import make_session
from test_cli import one_error_line, write_history

from trainer.app import main
from trainer.core import session_files
from trainer.core.lock import InstanceLock
from trainer.core.store import Store
from trainer.core.sync import APP_FOLDER


def history_ids(folder) -> list[str]:
    return [record.id for record in Store.open(folder).sessions]


def test_importing_another_history_adds_its_new_sessions_once(tmp_path, capsys):
    write_history(tmp_path / "mine", [make_session(id="a"), make_session(id="b")])
    write_history(tmp_path / "other", [make_session(id="b"), make_session(id="c"), make_session(id="d")])
    other = tmp_path / "other" / "history.json"
    assert main(["import", str(other), "--data-dir", str(tmp_path / "mine")]) == 0
    assert capsys.readouterr().out.startswith("2 new sessions imported")
    assert main(["import", str(other), "--data-dir", str(tmp_path / "mine")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("0 new sessions imported") and "3 already here" in out
    assert sorted(history_ids(tmp_path / "mine")) == ["a", "b", "c", "d"]


def test_an_import_is_preceded_by_a_backup_of_the_history(tmp_path, capsys):
    write_history(tmp_path / "mine", [make_session(id="a")])
    before = (tmp_path / "mine" / "history.json").read_bytes()
    write_history(tmp_path / "other", [make_session(id="c")])
    assert main(["import", str(tmp_path / "other" / "history.json"), "--data-dir", str(tmp_path / "mine")]) == 0
    (backup,) = [path for path in (tmp_path / "mine" / "backups").iterdir() if not path.name.startswith(".")]
    assert backup.read_bytes() == before


def test_importing_an_export_takes_the_later_note(tmp_path, capsys):
    original = make_session(id="a")
    write_history(tmp_path / "mine", [original])
    write_history(tmp_path / "other", [original.with_feedback(3, "tight today", updated_at="2026-03-30T09:00:00+02:00"),
                                       make_session(id="e")])
    export = tmp_path / "export.json"
    assert main(["export", "--json", str(export), "--data-dir", str(tmp_path / "other")]) == 0
    capsys.readouterr()
    assert main(["import", str(export), "--data-dir", str(tmp_path / "mine")]) == 0
    assert "1 new" in capsys.readouterr().out
    (kept,) = [record for record in Store.open(tmp_path / "mine").sessions if record.id == "a"]
    assert (kept.discomfort, kept.note) == (3, "tight today")


def test_importing_a_device_log_skips_and_counts_its_invalid_lines(tmp_path, capsys):
    log = tmp_path / ("f" * 32 + ".jsonl")
    good = [json.dumps(make_session(id=name).to_json()) for name in ("x", "y")]
    bad = json.dumps({**make_session(id="z").to_json(), "outcome": "exploded"})
    log.write_text("\n".join([good[0], bad, good[1], good[0]]) + "\n")
    assert main(["import", str(log), "--data-dir", str(tmp_path / "mine")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 new sessions imported") and "1 invalid entries skipped" in out
    assert sorted(history_ids(tmp_path / "mine")) == ["x", "y"]


@pytest.mark.parametrize("content, words", [
    (b"\x89PNG\r\n\x1a\n not a history", "is not a history"),
    (b'{"schema_version": 1, "sessions": []}', "holds no sessions"),
    (b"", "holds no sessions"),
    (b'{"schema_version": 1, "sessions": [{"id": 3}]}', "none of the 1 sessions"),
    (b'{"schema_version": 9, "sessions": []}', "newer version"),
])
def test_a_file_that_cannot_be_imported_gets_one_line_and_exit_2(tmp_path, capsys, content, words):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    assert main(["import", str(bad), "--data-dir", str(tmp_path / "mine")]) == 2
    assert words in one_error_line(capsys)
    assert not (tmp_path / "mine" / "history.json").exists()


def test_import_refuses_what_is_not_a_regular_file_and_what_is_too_big(tmp_path, capsys, monkeypatch):
    data = str(tmp_path / "mine")
    os.mkfifo(tmp_path / "pipe")
    for target, words in ((tmp_path, "not a regular file"), (tmp_path / "pipe", "not a regular file"),
                          (tmp_path / "missing.json", "does not exist")):
        assert main(["import", str(target), "--data-dir", data]) == 2
        assert words in one_error_line(capsys)
    write_history(tmp_path / "other", [make_session(id="a")])
    monkeypatch.setattr(session_files, "MAX_FILE_BYTES", 100)
    assert main(["import", str(tmp_path / "other" / "history.json"), "--data-dir", data]) == 2
    assert "too big" in one_error_line(capsys)


def test_import_waits_for_the_app_to_close_rather_than_race_it(tmp_path, capsys):
    write_history(tmp_path / "other", [make_session(id="a")])
    with InstanceLock(tmp_path / "mine"):
        assert main(["import", str(tmp_path / "other" / "history.json"), "--data-dir", str(tmp_path / "mine")]) == 2
    assert "already running" in one_error_line(capsys)


def set_sync_folder(data_dir, folder) -> None:
    store = Store.open(data_dir)
    store.save_settings(store.settings.replace(sync_folder=str(folder)))


def test_sync_without_a_folder_says_how_to_set_one(tmp_path, capsys):
    assert main(["sync", "--data-dir", str(tmp_path)]) == 2
    line = one_error_line(capsys)
    assert "no sync folder is set" in line and "settings.json" in line


def test_sync_shares_sessions_and_says_what_happened(tmp_path, capsys):
    folder = tmp_path / "Sync"
    (folder / APP_FOLDER).mkdir(parents=True)
    for name, session in (("laptop", "a"), ("desk", "b")):
        write_history(tmp_path / name, [make_session(id=session)])
        set_sync_folder(tmp_path / name, folder)
    assert main(["sync", "--data-dir", str(tmp_path / "laptop")]) == 0
    assert main(["sync", "--data-dir", str(tmp_path / "desk")]) == 0
    assert "1 new" in capsys.readouterr().out.splitlines()[-1]
    assert sorted(history_ids(tmp_path / "desk")) == ["a", "b"]


def test_sync_with_the_folder_away_exits_1_and_creates_nothing(tmp_path, capsys):
    set_sync_folder(tmp_path / "data", tmp_path / "media" / "usb")
    assert main(["sync", "--data-dir", str(tmp_path / "data")]) == 1
    assert "not there" in one_error_line(capsys)
    assert not (tmp_path / "media").exists()


def test_sync_into_the_data_folder_is_refused_with_its_reason(tmp_path, capsys):
    set_sync_folder(tmp_path / "data", tmp_path / "data" / "shared")
    assert main(["sync", "--data-dir", str(tmp_path / "data")]) == 2
    assert "inside the data folder" in one_error_line(capsys)
