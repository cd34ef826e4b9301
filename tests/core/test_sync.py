"""The sync folder: each device appends to its own log, conflict copies are merged then archived, damaged logs
never harm the local history, and a missing folder is waited for, never created."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from helpers.records import make_session
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.core.device import device_id
from trainer.core.merge import restored
from trainer.core.store import Store
from trainer.core import sync as sync_module
from trainer.core.sync import APP_FOLDER, LogCache, folder_refusal, start_folder, sync_once, watched_paths

STAMP = "20260301T120000"
LATER = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


class Device:
    """One computer: its own data folder, store and device id, sharing ``folder``."""

    def __init__(self, root, name: str, folder) -> None:
        self.data = root / name
        self.store = Store.open(self.data)
        self.store.save_settings(self.store.settings.replace(sync_folder=str(folder)))
        if folder.is_dir():
            start_folder(folder)  # as the settings do when the person chooses the folder
        self.id = device_id(self.data, STAMP)

    def sync(self):
        return sync_once(self.store, self.id)

    def session(self, session_id: str):
        return next(record for record in self.store.sessions if record.id == session_id)

    def history(self) -> dict:
        return {record.id: record for record in Store.open(self.data).sessions}


def when(minutes: int) -> str:
    return (LATER + timedelta(minutes=minutes)).isoformat()


def shared(folder):
    return folder / APP_FOLDER


def test_the_device_id_is_made_once_and_kept_private(tmp_path):
    first = device_id(tmp_path, STAMP)
    assert device_id(tmp_path, STAMP) == first
    assert os.stat(tmp_path / "device.json").st_mode & 0o777 == 0o600


def test_a_damaged_device_file_is_kept_aside_and_replaced(tmp_path):
    (tmp_path / "device.json").write_text("{not json")
    new = device_id(tmp_path, STAMP)
    assert len(new) == 32
    assert (tmp_path / f"device.json.corrupt-{STAMP}").read_text() == "{not json"


def test_two_devices_see_each_others_sessions_edits_and_removals(tmp_path):
    folder = tmp_path / "Sync"
    folder.mkdir()
    laptop, desk = Device(tmp_path, "laptop", folder), Device(tmp_path, "desk", folder)
    laptop.store.append_session(make_session(id="from-laptop"))
    desk.store.append_session(make_session(id="from-desk"))
    assert laptop.sync().published == 1
    result = desk.sync()
    assert (result.status, result.new, result.published) == ("synced", 1, 1)
    assert laptop.sync().new == 1
    assert laptop.history().keys() == desk.history().keys() == {"from-laptop", "from-desk"}
    assert sorted(os.listdir(shared(folder))) == sorted([f"{laptop.id}.jsonl", f"{desk.id}.jsonl"])

    edited = laptop.session("from-desk").with_feedback(4, "a bit tight", updated_at=when(1))
    laptop.store.merge_sessions([edited])
    desk.store.merge_sessions([desk.session("from-laptop").with_deleted(when(2))])
    laptop.sync(), desk.sync(), laptop.sync()
    for device in (laptop, desk):
        history = device.history()
        assert (history["from-desk"].discomfort, history["from-desk"].note) == (4, "a bit tight")
        assert history["from-laptop"].deleted


def test_a_second_sync_with_nothing_new_writes_nothing(tmp_path):
    folder = tmp_path / "Sync"
    folder.mkdir()
    laptop = Device(tmp_path, "laptop", folder)
    laptop.store.append_session(make_session(id="one"))
    laptop.sync()
    log = shared(folder) / f"{laptop.id}.jsonl"
    before = log.read_bytes()
    again = laptop.sync()
    assert (again.new, again.updated, again.published) == (0, 0, 0)
    assert log.read_bytes() == before
    assert os.stat(log).st_mode & 0o777 == 0o600


def test_conflict_copies_are_merged_then_archived_with_their_bytes(tmp_path):
    folder = tmp_path / "Sync"
    folder.mkdir()
    laptop = Device(tmp_path, "laptop", folder)
    laptop.sync()
    names = [f"{'a' * 32}.sync-conflict-20260301-101500-ABCDEFG.jsonl",
             f"{'b' * 32} (Sam's conflicted copy 2026-03-01).jsonl"]
    contents = {}
    for index, name in enumerate(names):
        line = json.dumps(make_session(id=f"conflict-{index}").to_json()) + "\n"
        (shared(folder) / name).write_text(line)
        contents[name] = line.encode()
    result = laptop.sync()
    assert result.new == 2
    assert {"conflict-0", "conflict-1"} <= laptop.history().keys()
    for name in names:
        assert not (shared(folder) / name).exists()
        assert (shared(folder) / "archive" / name).read_bytes() == contents[name]
    assert len(result.archived) == 2
    # What only the copies held is in this device's log now, for devices that never saw the copies.
    assert result.published == 2
    later = Device(tmp_path, "later", folder)
    assert later.sync().new == 2


def test_a_conflict_copy_whose_name_is_already_archived_keeps_both(tmp_path):
    folder = tmp_path / "Sync"
    folder.mkdir()
    laptop = Device(tmp_path, "laptop", folder)
    name = f"{'a' * 32}.sync-conflict-20260301-101500-ABCDEFG.jsonl"
    for index in range(2):
        (shared(folder)).mkdir(exist_ok=True)
        (shared(folder) / name).write_text(json.dumps(make_session(id=f"c{index}").to_json()) + "\n")
        laptop.sync()
    archived = sorted(os.listdir(shared(folder) / "archive"))
    assert len(archived) == 2
    assert {"c0", "c1"} <= laptop.history().keys()


def test_a_half_synced_log_gives_its_whole_lines_and_a_notice(tmp_path):
    folder = tmp_path / "Sync"
    (folder / APP_FOLDER).mkdir(parents=True)
    laptop = Device(tmp_path, "laptop", folder)
    laptop.store.append_session(make_session(id="mine", note="my own"))
    lines = [json.dumps(make_session(id=f"far-{n}").to_json()) for n in range(3)]
    cut = "\n".join(lines)[:-40]  # the third line is cut off mid-way
    (shared(folder) / f"{'c' * 32}.jsonl").write_text(cut)
    result = laptop.sync()
    assert result.status == "synced"
    history = laptop.history()
    assert {"mine", "far-0", "far-1"} <= history.keys() and "far-2" not in history
    assert history["mine"].note == "my own"
    assert any("1 damaged lines" in notice and "c" * 32 in notice for notice in result.notices)


def test_a_log_that_is_not_a_log_is_skipped_and_the_history_is_untouched(tmp_path):
    folder = tmp_path / "Sync"
    (folder / APP_FOLDER).mkdir(parents=True)
    laptop = Device(tmp_path, "laptop", folder)
    laptop.store.append_session(make_session(id="mine"))
    before = laptop.store.history_path.read_bytes()
    (shared(folder) / f"{'d' * 32}.jsonl").write_bytes(b"\x00\xff garbage \n{]\n")
    os.mkfifo(shared(folder) / f"{'e' * 32}.jsonl")
    result = laptop.sync()
    assert result.status == "synced" and result.new == 0
    assert laptop.store.history_path.read_bytes() == before
    assert any("2 damaged lines" in notice for notice in result.notices)


def test_a_line_cut_short_in_the_own_log_does_not_swallow_the_next_one(tmp_path):
    folder = tmp_path / "Sync"
    folder.mkdir()
    laptop = Device(tmp_path, "laptop", folder)
    laptop.store.append_session(make_session(id="one"))
    laptop.sync()
    log = shared(folder) / f"{laptop.id}.jsonl"
    with open(log, "ab") as file:
        file.write(b'{"id": "half')  # a crash mid-append
    laptop.store.append_session(make_session(id="two"))
    assert not laptop.sync().notices
    elsewhere = Device(tmp_path, "elsewhere", folder)
    elsewhere.sync()
    assert {"one", "two"} <= elsewhere.history().keys()


def test_a_vanished_folder_waits_quietly_and_is_not_created(tmp_path):
    laptop = Device(tmp_path, "laptop", tmp_path / "USB" / "Sync")
    laptop.store.append_session(make_session(id="one"))
    before = laptop.store.history_path.read_bytes()
    result = laptop.sync()
    assert result.status == "waiting" and not result.notices
    assert not (tmp_path / "USB").exists()
    assert laptop.store.history_path.read_bytes() == before
    (tmp_path / "USB" / "Sync" / APP_FOLDER).mkdir(parents=True)
    assert laptop.sync().published == 1


def test_an_empty_folder_is_taken_for_a_bare_mount_point_until_the_folder_is_started(tmp_path):
    mount = tmp_path / "mnt" / "nas"
    mount.mkdir(parents=True)
    laptop = Device(tmp_path, "laptop", tmp_path / "elsewhere")
    laptop.store.append_session(make_session(id="one"))
    result = sync_once(laptop.store, laptop.id, mount)
    assert result.status == "waiting" and "mounted" in result.message
    assert list(mount.iterdir()) == []
    start_folder(mount)
    assert sync_once(laptop.store, laptop.id, mount).published == 1


def test_no_folder_set_is_off(tmp_path):
    store = Store.open(tmp_path / "data")
    assert sync_once(store, "f" * 32).status == "off"


def test_a_sync_folder_inside_the_data_folder_is_refused(tmp_path):
    laptop = Device(tmp_path, "laptop", tmp_path / "laptop" / "backups")
    result = laptop.sync()
    assert result.status == "refused" and "inside the data folder" in result.message
    assert not (tmp_path / "laptop" / "backups" / APP_FOLDER).exists()
    assert folder_refusal(tmp_path / "laptop", tmp_path / "laptop") is not None


def test_a_data_folder_inside_the_sync_folder_is_refused(tmp_path):
    assert "inside the sync folder" in folder_refusal(tmp_path, tmp_path / "data")
    assert folder_refusal(tmp_path / "Sync", tmp_path / "data") is None


def test_a_restore_on_one_device_beats_an_older_removal_on_another(tmp_path):
    folder = tmp_path / "Sync"
    folder.mkdir()
    laptop, desk = Device(tmp_path, "laptop", folder), Device(tmp_path, "desk", folder)
    laptop.store.append_session(make_session(id="s"))
    laptop.sync(), desk.sync()
    desk.store.merge_sessions([desk.session("s").with_deleted(when(1))])
    desk.sync(), laptop.sync()
    assert laptop.history()["s"].deleted
    laptop.store.merge_sessions([restored(laptop.session("s"), when(2))])
    laptop.sync(), desk.sync()
    assert not desk.history()["s"].deleted
    entry = json.loads(desk.store.history_path.read_text())["sessions"][0]
    assert "deleted_at" not in entry


ACTIONS = st.lists(st.tuples(st.sampled_from(["record", "edit", "remove", "restore", "sync", "sync"]),
                             st.integers(0, 2), st.integers(0, 20)), max_size=25)


@pytest.mark.slow
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(2, 3), ACTIONS, st.permutations(range(3)))
def test_devices_syncing_in_any_order_through_the_folder_converge_and_lose_nothing(count, actions, order):
    """Interleaved recording, edits, removals, restores and syncs; then two rounds of syncs in a random order."""
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        folder = root / "Sync"
        folder.mkdir()
        devices = [Device(root, f"device{n}", folder) for n in range(count)]
        recorded = set()
        for tick, (action, which, choice) in enumerate(actions, start=1):
            device = devices[which % count]
            sessions = device.store.sessions
            if action == "record":
                recorded.add(f"s{tick}")
                device.store.append_session(make_session(id=f"s{tick}"))
            elif action == "sync":
                device.sync()
            elif sessions:
                record = sessions[choice % len(sessions)]
                changed = {"edit": lambda: record.with_feedback(choice % 11, f"n{tick}", updated_at=when(tick)),
                           "remove": lambda: record.with_deleted(when(tick)),
                           "restore": lambda: restored(record, when(tick))}[action]()
                device.store.merge_sessions([changed])
        for _ in range(2):
            for index in order:
                if index < count:
                    assert devices[index].sync().status == "synced"
        histories = [device.history() for device in devices]
        assert all(history == histories[0] for history in histories)
        assert histories[0].keys() == recorded


def test_a_watcher_watches_the_other_logs_but_never_the_own_one(tmp_path):
    folder = tmp_path / "Sync"
    assert watched_paths(folder, "f" * 32) == []
    folder.mkdir()
    assert watched_paths(folder, "f" * 32) == [folder]  # to see the app's folder appear
    laptop, desk = Device(tmp_path, "laptop", folder), Device(tmp_path, "desk", folder)
    for device in (laptop, desk):
        device.store.append_session(make_session())
        device.sync()
    assert watched_paths(folder, laptop.id) == [shared(folder), shared(folder) / f"{desk.id}.jsonl"]


def test_a_history_from_a_newer_version_is_not_synced(tmp_path):
    folder = tmp_path / "Sync"
    folder.mkdir()
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "history.json").write_text('{"schema_version": 99, "sessions": []}')
    store = Store.open(tmp_path / "data")
    assert sync_once(store, "f" * 32, folder).status == "refused"
    assert not (folder / APP_FOLDER).exists()


def test_a_log_cache_reads_a_log_again_only_once_it_changed(tmp_path, monkeypatch):
    folder = tmp_path / "Sync"
    folder.mkdir()
    laptop, desk = Device(tmp_path, "laptop", folder), Device(tmp_path, "desk", folder)
    desk.store.append_session(make_session(id="one"))
    desk.sync()
    reads = []
    real = sync_module.read_capped
    monkeypatch.setattr(sync_module, "read_capped", lambda path: reads.append(path.name) or real(path))
    cache = LogCache()
    sync_once(laptop.store, laptop.id, cache=cache)
    sync_once(laptop.store, laptop.id, cache=cache)
    assert reads.count(f"{desk.id}.jsonl") == 1
    desk.store.append_session(make_session(id="two"))
    desk.sync()
    reads.clear()
    assert sync_once(laptop.store, laptop.id, cache=cache).new == 1
    assert reads.count(f"{desk.id}.jsonl") == 1
