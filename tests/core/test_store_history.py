"""history.json: appending, the exact file format, atomic private writes, and records refused before writing."""

from __future__ import annotations

import json
import math
import os
import stat

import pytest
from store_testkit import WallClock, history_document, make_record, mode, names, write_json, written_by_store

from trainer.core import atomic
from trainer.core.records import RecordError
from trainer.core.store import Store


def test_append_then_reopen_round_trips_in_order(tmp_path):
    records = [
        make_record(3, note="felt easier", discomfort=2, outcome="discomfort"),
        make_record(1, routine_title="Réverse Kegels — für alle"),
        make_record(2, outcome="stopped", reps_completed=4, sets_completed=0),
    ]
    store = Store.open(tmp_path, wall_now=WallClock())
    for record in records:
        store.append_session(record)
    assert store.sessions == tuple(records)
    reopened = Store.open(tmp_path, wall_now=WallClock())
    assert reopened.sessions == tuple(records)
    assert reopened.notices == []


def test_the_file_holds_the_design_format(tmp_path):
    records = [make_record(1, routine_title="Réverse"), make_record(2)]
    raw = written_by_store(tmp_path, records)
    assert json.loads(raw) == {"schema_version": 1, "sessions": [record.to_json() for record in records]}
    text = raw.decode("utf-8")
    assert "Réverse" in text, "non-ASCII text is kept readable, not escaped"
    assert text.startswith('{"schema_version": 1,\n "sessions": [\n')
    assert len(text.splitlines()) == 2 + len(records) + 1, "one session per line"


def test_no_file_until_the_first_append(tmp_path):
    store = Store.open(tmp_path, wall_now=WallClock())
    assert not store.history_path.exists()
    store.append_session(make_record(1))
    assert store.history_path.exists()


def test_writes_are_private_and_leave_no_temp_files(tmp_path):
    folder = tmp_path / "data"
    store = Store.open(folder, wall_now=WallClock())
    store.append_session(make_record(1))
    store.append_session(make_record(2))
    store.save_settings(store.settings.replace(daily_target_sets=5))
    assert names(folder) == {"history.json", "settings.json"}
    assert mode(folder) == 0o700
    assert mode(store.history_path) == 0o600
    assert mode(store.settings_path) == 0o600


def test_an_atomic_write_syncs_the_file_then_the_folder(tmp_path, monkeypatch):
    synced = []
    real_fsync = os.fsync

    def recording_fsync(fd):
        synced.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", recording_fsync)
    atomic.write_atomic(tmp_path / "history.json", b"{}")
    assert synced == ["file", "folder"]


def test_a_failed_write_keeps_the_old_file_and_the_old_sessions(tmp_path, monkeypatch):
    store = Store.open(tmp_path, wall_now=WallClock())
    store.append_session(make_record(1))
    before = store.history_path.read_bytes()

    def failing_replace(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", failing_replace)
    with pytest.raises(OSError):
        store.append_session(make_record(2))
    assert store.history_path.read_bytes() == before
    # The session is not dropped (see test_store_pending.py): it waits, in memory and in pending/.
    assert names(tmp_path) == {"history.json", "pending"}
    assert store.sessions == (make_record(1), make_record(2))
    assert store.pending == (make_record(2),)


@pytest.mark.parametrize(
    "bad",
    [
        make_record(2, outcome="finished"),
        make_record(2, started_at="yesterday"),
        make_record(2, discomfort=11),
        make_record(1),
    ],
    ids=["unknown outcome", "bad time", "discomfort out of range", "id already present"],
)
def test_a_record_that_would_not_read_back_is_refused_before_writing(tmp_path, bad):
    store = Store.open(tmp_path, wall_now=WallClock())
    store.append_session(make_record(1))
    before = store.history_path.read_bytes()
    with pytest.raises(RecordError):
        store.append_session(bad)
    assert store.history_path.read_bytes() == before
    assert store.sessions == (make_record(1),)


def test_a_duration_json_cannot_hold_is_refused(tmp_path):
    store = Store.open(tmp_path, wall_now=WallClock())
    with pytest.raises(ValueError):
        store.append_session(make_record(1, duration_s=math.nan))
    assert not store.history_path.exists()


def test_appending_to_a_hand_edited_file_keeps_every_session_and_key(tmp_path):
    document = history_document([make_record(1), make_record(2)])
    document["sessions"][0]["mood"] = "calm"
    write_json(tmp_path / "history.json", document, indent=4)
    store = Store.open(tmp_path, wall_now=WallClock())
    store.append_session(make_record(3))
    saved = json.loads(store.history_path.read_bytes())
    assert saved["sessions"][:2] == document["sessions"]
    assert Store.open(tmp_path, wall_now=WallClock()).sessions == (make_record(1), make_record(2), make_record(3))
    store.append_session(make_record(4))
    assert [entry["id"] for entry in json.loads(store.history_path.read_bytes())["sessions"]] == [
        make_record(n).id for n in (1, 2, 3, 4)
    ]


def test_appending_to_an_empty_history_file(tmp_path):
    write_json(tmp_path / "history.json", {"schema_version": 1, "sessions": []}, indent=None)
    store = Store.open(tmp_path, wall_now=WallClock())
    store.append_session(make_record(1))
    assert Store.open(tmp_path, wall_now=WallClock()).sessions == (make_record(1),)


def test_a_note_with_a_lone_surrogate_survives(tmp_path):
    """JSON can escape a lone surrogate, UTF-8 cannot hold it: the line falls back to ASCII escapes."""
    record = make_record(1, note="pain \ud83d only")
    written_by_store(tmp_path, [record])
    assert Store.open(tmp_path, wall_now=WallClock()).sessions == (record,)
