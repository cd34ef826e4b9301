"""Daily backups: made from the good file just before the first write of a day, the last seven kept."""

from __future__ import annotations

from datetime import timedelta

from store_testkit import START, WallClock, backup_names, make_record, names, written_by_store

from trainer.core.store import Store


def test_the_very_first_write_has_nothing_to_back_up(tmp_path):
    store = Store.open(tmp_path, wall_now=WallClock())
    store.append_session(make_record(1))
    store.append_session(make_record(2))
    assert not store.backups_dir.exists()


def test_the_first_write_of_a_day_backs_up_the_file_as_it_was(tmp_path):
    clock = WallClock()
    written_by_store(tmp_path, [make_record(1)], clock)
    clock.advance(days=1)
    store = Store.open(tmp_path, wall_now=clock)
    before = store.history_path.read_bytes()
    store.append_session(make_record(2))
    backup = store.backups_dir / "history-2026-03-30.json"
    assert backup.read_bytes() == before
    store.append_session(make_record(3))
    assert backup.read_bytes() == before, "later writes that day leave the day's backup alone"
    assert backup_names(store.backups_dir) == {backup.name}


def test_a_store_left_open_past_midnight_backs_up_the_next_day(tmp_path):
    clock = WallClock(START.replace(hour=23, minute=50))
    store = Store.open(tmp_path, wall_now=clock)
    store.append_session(make_record(1))
    clock.advance(minutes=20)
    before = store.history_path.read_bytes()
    store.append_session(make_record(2))
    assert (store.backups_dir / "history-2026-03-30.json").read_bytes() == before


def test_a_backup_made_earlier_today_by_another_run_is_kept(tmp_path):
    clock = WallClock()
    written_by_store(tmp_path, [make_record(1)], clock)
    clock.advance(days=1)
    first_run = Store.open(tmp_path, wall_now=clock)
    first_run.append_session(make_record(2))
    backup = first_run.backups_dir / "history-2026-03-30.json"
    morning = backup.read_bytes()
    Store.open(tmp_path, wall_now=clock).append_session(make_record(3))
    assert backup.read_bytes() == morning


def test_only_the_last_seven_days_are_kept(tmp_path):
    clock = WallClock()
    store = Store.open(tmp_path, wall_now=clock)
    for n in range(12):
        store.append_session(make_record(n + 1))
        clock.advance(days=1)
    last_day = (clock.now - timedelta(days=1)).date()
    expected = {f"history-{(last_day - timedelta(days=back)).isoformat()}.json" for back in range(7)}
    assert backup_names(store.backups_dir) == expected


def test_pruning_leaves_other_files_alone(tmp_path):
    clock = WallClock()
    store = Store.open(tmp_path, wall_now=clock)
    store.backups_dir.mkdir()
    strangers = {"notes.txt", "history-2026-13-45.json", "history-latest.json"}
    for name in strangers:
        (store.backups_dir / name).write_text("keep me")
    for n in range(10):
        store.append_session(make_record(n + 1))
        clock.advance(days=1)
    assert strangers <= backup_names(store.backups_dir)
    assert len(backup_names(store.backups_dir) - strangers) == 7


def test_backups_are_private(tmp_path):
    clock = WallClock()
    written_by_store(tmp_path, [make_record(1)], clock)
    clock.advance(days=1)
    store = Store.open(tmp_path, wall_now=clock)
    store.append_session(make_record(2))
    assert store.backups_dir.stat().st_mode & 0o777 == 0o700
    assert (store.backups_dir / "history-2026-03-30.json").stat().st_mode & 0o777 == 0o600
