"""Opening a data folder: created private, checked, read without writing, and one clear error when unusable."""

from __future__ import annotations

import os
import tempfile

import pytest
from store_testkit import WallClock, make_record, mode, names, written_by_store

from trainer.core import i18n
from trainer.core.settings import Settings
from trainer.core.store import DataDirError, Store



def _permissions_enforced() -> bool:
    """False as root (with CAP_DAC_OVERRIDE), where a chmod cannot deny anything to the test itself."""
    with tempfile.TemporaryDirectory() as probe:
        os.chmod(probe, 0o500)
        try:
            return not os.access(probe, os.W_OK)
        finally:
            os.chmod(probe, 0o700)


needs_permissions = pytest.mark.skipif(
    not _permissions_enforced(), reason="running as root: chmod cannot deny access, so this case is untestable"
)


@pytest.fixture
def bracketing_translator():
    """Mark every core string that went through ``tr`` so tests can see it did."""
    i18n.set_translator(lambda context, text: f"<{context}>{text}")
    yield
    i18n.set_translator(None)


def test_open_creates_the_folder_and_missing_parents_private(tmp_path):
    folder = tmp_path / "home" / "share" / "trainer"
    store = Store.open(folder, wall_now=WallClock())
    assert store.data_dir == folder
    for created in (tmp_path / "home", tmp_path / "home" / "share", folder):
        assert mode(created) == 0o700


def test_an_existing_open_folder_is_made_private(tmp_path):
    folder = tmp_path / "chosen"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    Store.open(folder, wall_now=WallClock())
    assert mode(folder) == 0o700


def test_a_new_folder_opens_empty_and_writes_nothing(tmp_path):
    store = Store.open(tmp_path, wall_now=WallClock())
    assert store.sessions == ()
    assert store.settings == Settings()
    assert store.notices == []
    assert not store.read_only
    assert names(tmp_path) == set()


def test_paths_are_inside_the_data_folder(tmp_path):
    store = Store.open(tmp_path, wall_now=WallClock())
    assert store.history_path == tmp_path / "history.json"
    assert store.settings_path == tmp_path / "settings.json"
    assert store.backups_dir == tmp_path / "backups"


def test_opening_a_good_history_writes_nothing(tmp_path):
    raw = written_by_store(tmp_path, [make_record(1)])
    before = {name: (tmp_path / name).stat().st_mtime_ns for name in names(tmp_path)}
    clock = WallClock()
    clock.advance(days=3)
    Store.open(tmp_path, wall_now=clock)
    assert {name: (tmp_path / name).stat().st_mtime_ns for name in names(tmp_path)} == before
    assert (tmp_path / "history.json").read_bytes() == raw


def assert_one_line_naming(error: DataDirError, path) -> None:
    message = str(error)
    assert str(path) in message
    assert "\n" not in message


def test_a_folder_that_is_a_file_is_refused(tmp_path):
    path = tmp_path / "data"
    path.write_text("not a folder")
    with pytest.raises(DataDirError) as caught:
        Store.open(path)
    assert_one_line_naming(caught.value, path)
    assert "is a file" in str(caught.value)


def test_a_folder_that_cannot_be_created_is_refused(tmp_path):
    (tmp_path / "file").write_text("")
    path = tmp_path / "file" / "data"
    with pytest.raises(DataDirError) as caught:
        Store.open(path)
    assert_one_line_naming(caught.value, path)
    assert "Cannot create" in str(caught.value)


@needs_permissions
def test_a_folder_that_cannot_be_written_is_refused(tmp_path):
    path = tmp_path / "data"
    path.mkdir()
    os.chmod(path, 0o500)
    try:
        with pytest.raises(DataDirError) as caught:
            Store.open(path)
    finally:
        os.chmod(path, 0o700)
    assert_one_line_naming(caught.value, path)


@needs_permissions
def test_a_folder_under_a_locked_parent_is_refused(tmp_path):
    os.chmod(tmp_path, 0o500)
    try:
        with pytest.raises(DataDirError) as caught:
            Store.open(tmp_path / "data")
    finally:
        os.chmod(tmp_path, 0o700)
    assert_one_line_naming(caught.value, tmp_path / "data")


def test_an_unreadable_history_is_a_folder_error_not_a_traceback(tmp_path):
    (tmp_path / "history.json").mkdir()
    with pytest.raises(DataDirError) as caught:
        Store.open(tmp_path)
    assert_one_line_naming(caught.value, tmp_path)


def test_temp_files_left_by_a_crash_are_removed_once_stale(tmp_path):
    clock = WallClock()
    (tmp_path / "backups").mkdir()
    stale = [tmp_path / ".history.json.41.0a1b2c3d.tmp", tmp_path / ".settings.json.41.0a1b2c3d.tmp",
             tmp_path / "backups" / ".history-2026-03-28.json.41.0a1b2c3d.tmp"]
    fresh = tmp_path / ".history.json.42.0a1b2c3d.tmp"
    unrelated = tmp_path / ".notes.tmp"
    two_hours_ago = clock.now.timestamp() - 7200
    for path in [*stale, fresh, unrelated]:
        path.write_bytes(b"partial")
        os.utime(path, (two_hours_ago, two_hours_ago))
    os.utime(fresh, (clock.now.timestamp() - 60, clock.now.timestamp() - 60))
    store = Store.open(tmp_path, wall_now=clock)
    assert store.notices == []
    assert not any(path.exists() for path in stale)
    assert fresh.exists() and unrelated.exists()


def test_folder_errors_go_through_the_translator(tmp_path, bracketing_translator):
    path = tmp_path / "data"
    path.write_text("")
    with pytest.raises(DataDirError, match=r"^<core>The data folder"):
        Store.open(path)


def test_notices_go_through_the_translator(tmp_path, bracketing_translator):
    (tmp_path / "settings.json").write_text("{")
    store = Store.open(tmp_path, wall_now=WallClock())
    assert [notice.message[:6] for notice in store.notices] == ["<core>"]


def test_a_folder_without_access_rights_is_refused(tmp_path, monkeypatch):
    """The same check as the chmod tests above, with the answer forced so it also runs as root."""
    monkeypatch.setattr("trainer.core.datadir.os.access", lambda path, wanted: False)
    with pytest.raises(DataDirError, match="cannot be read") as caught:
        Store.open(tmp_path)
    assert_one_line_naming(caught.value, tmp_path)
