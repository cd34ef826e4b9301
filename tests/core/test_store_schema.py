"""Schema versions: a newer file is opened read-only and never written; an older one is migrated after a backup."""

from __future__ import annotations

import json

import pytest
from store_testkit import WallClock, history_document, make_record, names, write_json

from trainer.core import recovery
from trainer.core.history_format import HISTORY_SCHEMA_VERSION, MIGRATIONS
from trainer.core.store import Store, StoreReadOnlyError


def newer_file(folder, sessions) -> bytes:
    return write_json(folder / "history.json", {"schema_version": 2, "sessions": sessions, "goals": {"a": 1}})


def test_a_newer_file_opens_read_only_with_its_sessions(tmp_path):
    raw = newer_file(tmp_path, [make_record(1).to_json(), make_record(2).to_json()])
    store = Store.open(tmp_path, wall_now=WallClock())
    assert store.read_only
    assert store.sessions == (make_record(1), make_record(2))
    assert [(notice.kind, notice.path) for notice in store.notices] == [("newer-schema", store.history_path)]
    assert "format 2" in store.notices[0].message
    assert store.history_path.read_bytes() == raw


def test_a_newer_file_is_never_written(tmp_path):
    raw = newer_file(tmp_path, [make_record(1).to_json()])
    clock = WallClock()
    store = Store.open(tmp_path, wall_now=clock)
    clock.advance(days=1)
    with pytest.raises(StoreReadOnlyError):
        store.append_session(make_record(2))
    store.save_settings(store.settings.replace(daily_target_sets=6))
    assert store.settings.daily_target_sets == 6, "kept for this run"
    assert store.history_path.read_bytes() == raw
    assert names(tmp_path) == {"history.json"}
    assert store.sessions == (make_record(1),)


def test_a_newer_file_with_sessions_this_version_cannot_read_opens_empty(tmp_path):
    raw = newer_file(tmp_path, [{"id": "x", "kind": "future"}])
    store = Store.open(tmp_path, wall_now=WallClock())
    assert store.read_only and store.sessions == ()
    assert [notice.kind for notice in store.notices] == ["newer-schema"]
    assert names(tmp_path) == {"history.json"}
    assert store.history_path.read_bytes() == raw


def test_an_unversioned_file_is_backed_up_then_migrated(tmp_path):
    records = [make_record(1), make_record(2, note="éasy")]
    original = write_json(tmp_path / "history.json", history_document(records, version=None), indent=3)
    store = Store.open(tmp_path, wall_now=WallClock())

    backup = tmp_path / "backups" / "history-2026-03-29.json"
    assert backup.read_bytes() == original
    assert json.loads(store.history_path.read_bytes()) == history_document(records)
    assert store.sessions == tuple(records)
    assert not store.read_only
    assert [(notice.kind, notice.path) for notice in store.notices] == [("migrated", backup)]
    assert "format 0 to format 1" in store.notices[0].message

    store.append_session(make_record(3))
    reopened = Store.open(tmp_path, wall_now=WallClock())
    assert reopened.sessions == (*records, make_record(3))
    assert reopened.notices == []


def test_the_backup_is_on_disk_before_the_migrated_file_is_written(tmp_path, monkeypatch):
    original = write_json(tmp_path / "history.json", history_document([make_record(1)], version=None))
    real_write = recovery.write_atomic

    def history_write_fails(path, data):
        if path.name == "history.json":
            raise OSError(28, "No space left on device")
        real_write(path, data)

    monkeypatch.setattr(recovery, "write_atomic", history_write_fails)
    # A disk that fails mid-repair still shows the history (issue 10, #8), and changes nothing more.
    store = Store.open(tmp_path, wall_now=WallClock())
    assert store.sessions == (make_record(1),) and store.read_only
    assert [notice.kind for notice in store.notices] == ["recovery-deferred"]
    assert (tmp_path / "backups" / "history-2026-03-29.json").read_bytes() == original
    assert (tmp_path / "history.json").read_bytes() == original


def test_the_migration_backup_replaces_one_made_earlier_the_same_day(tmp_path):
    (tmp_path / "backups").mkdir()
    (tmp_path / "backups" / "history-2026-03-29.json").write_bytes(b"this morning")
    original = write_json(tmp_path / "history.json", history_document([make_record(1)], version=None))
    Store.open(tmp_path, wall_now=WallClock())
    assert (tmp_path / "backups" / "history-2026-03-29.json").read_bytes() == original


def test_an_unversioned_file_with_a_bad_session_is_treated_as_damaged(tmp_path):
    original = write_json(tmp_path / "history.json", {"sessions": [{"id": 1}]})
    store = Store.open(tmp_path, wall_now=WallClock())
    assert [notice.kind for notice in store.notices] == ["corrupt-no-backup"]
    assert store.notices[0].path.read_bytes() == original
    assert not (tmp_path / "backups").exists()


def test_every_older_version_has_a_migration_step():
    assert sorted(MIGRATIONS) == list(range(HISTORY_SCHEMA_VERSION))


def test_the_first_migration_keeps_the_sessions_as_they_are():
    sessions = [{"id": "a", "anything": [1, 2]}]
    assert MIGRATIONS[0]({"sessions": sessions}) == {"schema_version": 1, "sessions": sessions}
