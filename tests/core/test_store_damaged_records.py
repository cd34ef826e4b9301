"""An entry with an out-of-range value is damage to that entry, not to the file (issue 10, #4): it is kept in
the file byte for byte through every save, left out of every figure, and the person is told."""

from __future__ import annotations

import json
import os

import pytest
from store_testkit import WallClock, make_record, write_json, written_by_store

from trainer.app import main
from trainer.core.history_format import entry_texts
from trainer.core.records import RecordError
from trainer.core.store import Store


def damaged_history(folder) -> tuple[bytes, list[bytes]]:
    """A store-written history of sessions 1 and 2 with two damaged entries spliced between them, as they
    would be in the file: 100,000 sets, and a hold of 1e308 seconds. Returns the bytes and the two entries."""
    raw = written_by_store(folder, [make_record(1), make_record(2)])
    sets = json.dumps({**make_record(3).to_json(), "sets_completed": 100000}).encode()
    hold = json.dumps({**make_record(4).to_json(), "hold_s": 1e308}).replace("1e+308", "1e308").encode()
    first, second = raw.split(b",\n  ")
    raw = first + b",\n  " + sets + b",\n  " + hold + b",\n  " + second
    (folder / "history.json").write_bytes(raw)
    return raw, [sets, hold]


def test_damaged_entries_are_left_out_and_the_others_load(tmp_path):
    raw, _ = damaged_history(tmp_path)
    store = Store.open(tmp_path, wall_now=WallClock())
    assert store.sessions == (make_record(1), make_record(2))
    assert not store.read_only
    [notice] = store.notices
    assert notice.kind == "damaged-sessions" and notice.path == store.history_path
    assert "2 sessions" in notice.message and "sets done" in notice.message and "hold length" in notice.message
    assert (tmp_path / "history.json").read_bytes() == raw, "opening never rewrites the file for them"
    assert not list(tmp_path.glob("history.json.corrupt-*"))


def test_stats_json_leaves_them_out_and_is_strict_json(tmp_path, capsys):
    damaged_history(tmp_path)
    assert main(["stats", "--json", "--data-dir", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    figures = json.loads(captured.out, parse_constant=lambda name: pytest.fail(f"{name} is not JSON"))
    assert figures["sessions"] == 2 and figures["sets_total"] == 2
    assert "2 sessions" in captured.err


def test_an_append_keeps_the_damaged_entries_byte_for_byte(tmp_path):
    _, damaged = damaged_history(tmp_path)
    store = Store.open(tmp_path, wall_now=WallClock())
    store.append_session(make_record(5))
    texts = entry_texts((tmp_path / "history.json").read_bytes())
    assert texts[1:3] == damaged
    assert len(texts) == 5
    assert Store.open(tmp_path, wall_now=WallClock()).sessions == (make_record(1), make_record(2), make_record(5))


def test_an_update_keeps_the_damaged_entries_byte_for_byte(tmp_path):
    _, damaged = damaged_history(tmp_path)
    store = Store.open(tmp_path, wall_now=WallClock())
    store.update_session(make_record(2).with_feedback(3, "fine"))
    texts = entry_texts((tmp_path / "history.json").read_bytes())
    assert texts[1:3] == damaged
    assert Store.open(tmp_path, wall_now=WallClock()).sessions[1].discomfort == 3


def test_a_hand_edited_file_rewritten_on_append_keeps_an_infinite_value_as_written(tmp_path):
    document = {"schema_version": 1, "sessions": [make_record(1).to_json(), make_record(2).to_json()]}
    raw = write_json(tmp_path / "history.json", document, indent=2).replace(b'"hold_s": 5.0', b'"hold_s": 1e999', 1)
    (tmp_path / "history.json").write_bytes(raw)
    [damaged_text] = [text for text in entry_texts(raw) if b"1e999" in text]
    store = Store.open(tmp_path, wall_now=WallClock())
    assert store.sessions == (make_record(2),)
    store.append_session(make_record(3))
    assert damaged_text in entry_texts((tmp_path / "history.json").read_bytes())


def test_an_older_format_file_keeps_its_damaged_entry_through_the_migration(tmp_path):
    entry = json.dumps({**make_record(1).to_json(), "reps_planned": 2**31}).encode()
    raw = b'{"sessions": [' + entry + b", " + json.dumps(make_record(2).to_json()).encode() + b"]}"
    (tmp_path / "history.json").write_bytes(raw)
    store = Store.open(tmp_path, wall_now=WallClock())
    assert [notice.kind for notice in store.notices] == ["damaged-sessions", "migrated"]
    assert entry_texts((tmp_path / "history.json").read_bytes())[0] == entry


def test_a_damaged_entry_s_id_is_not_reused_or_updated(tmp_path):
    damaged_history(tmp_path)
    store = Store.open(tmp_path, wall_now=WallClock())
    with pytest.raises(RecordError):
        store.append_session(make_record(3))
    with pytest.raises(KeyError):
        store.update_session(make_record(4))


def test_a_damaged_entry_sharing_an_id_is_damage_to_the_file(tmp_path):
    entry = {**make_record(1).to_json(), "sets_completed": 10**6}
    (tmp_path / "history.json").write_text(json.dumps({"schema_version": 1,
                                                       "sessions": [make_record(1).to_json(), entry]}))
    store = Store.open(tmp_path, wall_now=WallClock())
    assert [notice.kind for notice in store.notices] == ["corrupt-no-backup"]


def test_a_read_only_open_reports_them_too(tmp_path):
    raw, _ = damaged_history(tmp_path)
    os.chmod(tmp_path, 0o700)
    store = Store.open(tmp_path, wall_now=WallClock(), read_only=True)
    assert [notice.kind for notice in store.notices] == ["damaged-sessions"]
    assert (tmp_path / "history.json").read_bytes() == raw


def test_a_merge_keeps_the_damaged_entries_and_refuses_their_ids(tmp_path):
    """Import and sync merge through merge_sessions: the damaged entries stay byte for byte, and a session
    arriving under a damaged entry's id is not added beside it."""
    _, damaged = damaged_history(tmp_path)
    store = Store.open(tmp_path, wall_now=WallClock())
    assert store.merge_sessions([make_record(5), make_record(3)]) == 1
    texts = entry_texts((tmp_path / "history.json").read_bytes())
    assert sorted(texts[-2:]) == sorted(damaged) and len(texts) == 5
    reopened = Store.open(tmp_path, wall_now=WallClock())
    assert {session.id for session in reopened.sessions} == {make_record(n).id for n in (1, 2, 5)}
