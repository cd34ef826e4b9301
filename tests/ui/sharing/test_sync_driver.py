"""The app's sync driver, with two data folders sharing one sync folder and a real file watcher: what one
app records reaches the other when the watcher fires, conflict copies are merged and archived, and problems
are told once while a folder that is away waits quietly."""

from __future__ import annotations

from datetime import date

import pytest

from helpers.records import make_session
from trainer.core.history_format import encode_session
from trainer.core.store import Store
from trainer.core.sync import APP_FOLDER, start_folder
from trainer.ui.sharing.sync_driver import SyncDriver
from trainer.ui.state import AppState

WATCH_MS = 10_000


@pytest.fixture
def drivers(tmp_path):
    made = []

    def make(name: str, folder) -> tuple[AppState, SyncDriver]:
        data = tmp_path / name
        data.mkdir(mode=0o700)
        state = AppState(Store.open(data))
        state.change_settings(state.settings.replace(sync_folder=str(folder)))
        driver = SyncDriver(state)
        made.append(driver)
        return state, driver

    yield make
    for driver in made:
        driver.stop()


@pytest.fixture
def shared(tmp_path):
    folder = tmp_path / "Sync"
    folder.mkdir()
    start_folder(folder)
    return folder


def test_a_session_recorded_on_one_device_reaches_the_other_when_its_watcher_fires(qtbot, drivers, shared):
    state_a, driver_a = drivers("a", shared)
    state_b, driver_b = drivers("b", shared)
    assert driver_b.sync_now().status == "synced"  # B is now watching the folder
    first = make_session(date.today(), note="first")
    with qtbot.waitSignal(driver_b.synced, timeout=WATCH_MS, check_params_cb=lambda result: result.new == 1):
        with qtbot.waitSignal(driver_a.synced, timeout=WATCH_MS):
            state_a.record_session(first)  # A syncs after its session: its new log appears in the folder
    assert [record.id for record in state_b.sessions] == [first.id]

    # B now watches A's log itself: a line appended to it wakes B too.
    second = make_session(date.today(), note="second")
    with qtbot.waitSignal(state_b.history_changed, timeout=WATCH_MS):
        state_a.record_session(second)
    assert {record.id for record in state_b.sessions} == {first.id, second.id}


def test_a_conflict_copy_is_merged_and_archived(qtbot, drivers, shared):
    state, driver = drivers("a", shared)
    driver.sync_now()
    copied = make_session(date.today(), note="only in the copy")
    copy = shared / APP_FOLDER / "abc.sync-conflict-20260329-081500-XYZ.jsonl"
    with qtbot.waitSignal(driver.synced, timeout=WATCH_MS, check_params_cb=lambda result: result.archived) as seen:
        copy.write_bytes(encode_session(copied) + b"\n")
    assert copied.id in {record.id for record in state.sessions}
    assert not copy.exists()
    assert seen.args[0].archived[0].parent == shared / APP_FOLDER / "archive"


def test_a_folder_that_is_away_waits_without_a_word(qtbot, drivers, tmp_path):
    state, driver = drivers("a", tmp_path / "unmounted")
    told = []
    driver.problem.connect(lambda message, folder: told.append(message))
    assert driver.sync_now().status == "waiting"
    assert driver.sync_now().status == "waiting"
    assert told == [] and driver.watcher.directories() == []


def test_a_refused_folder_is_told_once_not_at_every_sync(qtbot, drivers, tmp_path):
    state, driver = drivers("a", tmp_path / "a" / "inside")
    told = []
    driver.problem.connect(lambda message, folder: told.append((message, folder)))
    driver.sync_now()
    driver.sync_now()
    assert len(told) == 1 and "inside the data folder" in told[0][0]
    assert told[0][1] == str(tmp_path / "a" / "inside")


def test_a_sync_at_start_waits_for_the_event_loop_and_a_stopped_driver_does_nothing(qtbot, drivers, shared):
    state, driver = drivers("a", shared)
    results = []
    driver.synced.connect(results.append)
    driver.start()
    assert results == []  # not before the window has had its first paint
    qtbot.waitUntil(lambda: results != [], timeout=WATCH_MS)
    driver.stop()
    assert driver.sync_now() is None
    state.record_session(make_session(date.today()))
    assert not (shared / APP_FOLDER / f"{state.device}.jsonl").exists()


def test_choosing_a_folder_in_the_settings_syncs_at_once(qtbot, drivers, shared, tmp_path):
    state, driver = drivers("a", tmp_path / "none-yet")
    with qtbot.waitSignal(driver.synced, timeout=WATCH_MS) as seen:
        state.change_settings(state.settings.replace(sync_folder=str(shared)))
    assert seen.args[0].status == "synced"


def test_without_a_sync_folder_nothing_is_made_or_watched(qtbot, state, data_dir):
    driver = SyncDriver(state)
    try:
        assert driver.sync_now().status == "off"
    finally:
        driver.stop()
    assert not (data_dir / "device.json").exists() and driver.watcher.directories() == []


def test_a_sync_still_due_when_the_window_closes_runs_before_the_driver_stops(qtbot, drivers, shared):
    state, driver = drivers("a", shared)
    driver.sync_now()
    last = make_session(date.today())
    state.record_session(last)  # the session a closing window keeps; its sync is waiting for the quiet
    driver.stop()
    assert last.id.encode() in (shared / APP_FOLDER / f"{state.device}.jsonl").read_bytes()
