"""Reading without writing (issue 10, #8 and #10): a read-only folder or open, and a process without the lock,
still show the history, and change nothing on disk; repairs happen only under the instance lock."""

from __future__ import annotations

import errno
import fcntl
import os

import pytest
from store_testkit import STAMP, WallClock, make_record, snapshot, written_by_store

from trainer.core.store import Store, StoreReadOnlyError


@pytest.fixture
def needing_repair(tmp_path):
    """A folder with everything a start would repair: a damaged history with a backup, a stale temp file, an
    open mode, an old-format settings file that does not parse."""
    folder = tmp_path / "data"
    raw = written_by_store(tmp_path / "scratch", [make_record(1), make_record(2)])
    (folder / "backups").mkdir(parents=True)
    (folder / "backups" / "history-2026-03-28.json").write_bytes(raw)
    (folder / "history.json").write_bytes(b"{torn")
    (folder / "settings.json").write_text("{")
    stale = folder / ".history.json.999999.0a1b2c3d.tmp"
    stale.write_bytes(b"partial")
    os.utime(stale, (0, 0))
    os.chmod(folder, 0o755)
    return folder


def test_read_only_open_shows_the_restored_history_and_writes_nothing(needing_repair):
    before = snapshot(needing_repair)
    store = Store.open(needing_repair, wall_now=WallClock(), read_only=True)
    assert store.sessions == (make_record(1), make_record(2))
    assert "recovery-deferred" in [notice.kind for notice in store.notices]
    assert snapshot(needing_repair) == before
    with pytest.raises(StoreReadOnlyError):
        store.append_session(make_record(3))


def test_read_only_open_of_a_missing_folder_creates_nothing(tmp_path):
    store = Store.open(tmp_path / "none", read_only=True)
    assert store.sessions == () and not (tmp_path / "none").exists()


def test_without_the_lock_a_start_repairs_nothing_on_disk(needing_repair):
    fd = os.open(needing_repair / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)  # another instance (a separate open file, as in another process)
    try:
        before = snapshot(needing_repair)
        store = Store.open(needing_repair, wall_now=WallClock())
        assert snapshot(needing_repair) == before, "--smoke and stats change nothing while the app runs"
    finally:
        os.close(fd)
    assert store.sessions == (make_record(1), make_record(2)), "shown from memory"
    assert store.read_only, "an append would overwrite the unrepaired file"
    repaired = Store.open(needing_repair, wall_now=WallClock())
    assert [notice.kind for notice in repaired.notices] == ["restored-backup", "settings-reset"]
    assert (needing_repair / f"history.json.corrupt-{STAMP}").read_bytes() == b"{torn"
    assert not (needing_repair / ".history.json.999999.0a1b2c3d.tmp").exists()
    assert os.stat(needing_repair).st_mode & 0o777 == 0o700


def test_an_unwritable_folder_opens_read_only_with_a_notice(tmp_path, monkeypatch):
    written_by_store(tmp_path, [make_record(1)])
    real_access = os.access
    monkeypatch.setattr("trainer.core.datadir.os.access",
                        lambda path, wanted: False if wanted & os.W_OK else real_access(path, wanted))
    store = Store.open(tmp_path, wall_now=WallClock())
    assert store.sessions == (make_record(1),)
    assert [notice.kind for notice in store.notices] == ["read-only-folder"]


def test_a_folder_gone_read_only_still_reads_a_history_that_needs_repair(needing_repair, monkeypatch):
    real_open = os.open

    def erofs(path, flags, *args):
        if flags & (os.O_CREAT | os.O_WRONLY | os.O_RDWR):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", erofs)
    before = snapshot(needing_repair)
    store = Store.open(needing_repair, wall_now=WallClock())
    assert store.sessions == (make_record(1), make_record(2))
    assert snapshot(needing_repair) == before


def test_a_temp_file_of_a_live_writer_is_left_alone(tmp_path):
    clock = WallClock()
    written_by_store(tmp_path, [make_record(1)], clock)
    live = tmp_path / f".history.json.{os.getpid()}.0a1b2c3d.tmp"
    dead = tmp_path / ".history.json.999999.0a1b2c3d.tmp"
    for path in (live, dead):
        path.write_bytes(b"partial")
    Store.open(tmp_path, wall_now=clock)
    assert live.exists() and not dead.exists()
