"""A session that cannot be saved (full disk, read-only disk) is kept pending, never dropped (issue 10, #5)."""

from __future__ import annotations

import errno
import json
import os

import pytest
from store_testkit import WallClock, make_record

from trainer.core import atomic
from trainer.core.store import SessionPendingError, Store


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    # The second fallback is the user's cache: keep it inside the test's folder.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr("tempfile.gettempdir", lambda: str(tmp_path / "tmp"))


def failing_history_writes(monkeypatch, code: int) -> None:
    """Make every write of history.json fail with ``code``, as a full or read-only disk would."""
    real_write = atomic.os.write

    def write(fd, data):
        if os.readlink(f"/proc/self/fd/{fd}").rsplit("/", 1)[-1].startswith(".history.json."):
            raise OSError(code, os.strerror(code))
        return real_write(fd, data)

    monkeypatch.setattr(atomic.os, "write", write)


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EDQUOT])
def test_a_session_that_fails_to_save_is_kept_in_memory_and_in_pending(tmp_path, monkeypatch, code):
    folder = tmp_path / "data"
    store = Store.open(folder, wall_now=WallClock())
    store.append_session(make_record(1))
    failing_history_writes(monkeypatch, code)
    with pytest.raises(SessionPendingError) as caught:
        store.append_session(make_record(2))
    assert isinstance(caught.value, OSError) and caught.value.errno == code, "old handlers still catch it"
    assert store.sessions == (make_record(1), make_record(2))
    assert store.pending == (make_record(2),)
    assert store.pending_dir == folder / "pending"
    assert str(folder / "pending") in str(caught.value)
    assert store.notices[-1].kind == "pending" and store.notices[-1].path == folder / "pending"
    kept = json.loads((folder / "pending" / f"{make_record(2).id}.json").read_text())
    assert kept["id"] == make_record(2).id


def test_pending_sessions_are_saved_with_the_next_session(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    store = Store.open(folder, wall_now=WallClock())
    with monkeypatch.context() as patch:
        failing_history_writes(patch, errno.ENOSPC)
        with pytest.raises(SessionPendingError):
            store.append_session(make_record(1))
    store.append_session(make_record(2))
    assert store.pending == ()
    assert not list((folder / "pending").iterdir())
    assert Store.open(folder, wall_now=WallClock()).sessions == (make_record(1), make_record(2))


def test_pending_sessions_are_saved_at_close(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    store = Store.open(folder, wall_now=WallClock())
    with monkeypatch.context() as patch:
        failing_history_writes(patch, errno.ENOSPC)
        with pytest.raises(SessionPendingError):
            store.append_session(make_record(1))
        assert store.close() is False, "still failing: still pending"
    assert store.close() is True
    assert Store.open(folder, wall_now=WallClock()).sessions == (make_record(1),)


def test_pending_sessions_are_saved_at_the_next_start_once_and_only_once(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    store = Store.open(folder, wall_now=WallClock())
    store.append_session(make_record(1))
    with monkeypatch.context() as patch:
        failing_history_writes(patch, errno.ENOSPC)
        for n in (2, 3):
            with pytest.raises(SessionPendingError):
                store.append_session(make_record(n))
    # The app was killed here, before it could retry.
    reopened = Store.open(folder, wall_now=WallClock())
    assert reopened.sessions == (make_record(1), make_record(2), make_record(3))
    assert reopened.pending == ()
    assert [notice.kind for notice in reopened.notices] == ["pending-saved"]
    again = Store.open(folder, wall_now=WallClock())
    assert again.sessions == reopened.sessions and again.notices == []


def test_a_pending_file_for_a_session_already_saved_is_not_added_twice(tmp_path):
    folder = tmp_path / "data"
    store = Store.open(folder, wall_now=WallClock())
    store.append_session(make_record(1))
    (folder / "pending").mkdir()
    (folder / "pending" / f"{make_record(1).id}.json").write_text(json.dumps(make_record(1).to_json()))
    reopened = Store.open(folder, wall_now=WallClock())
    assert reopened.sessions == (make_record(1),)
    assert not (folder / "pending" / f"{make_record(1).id}.json").exists()


def test_with_the_data_folder_unwritable_the_session_waits_in_the_user_cache(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    store = Store.open(folder, wall_now=WallClock())
    real_open = atomic.os.open

    def read_only_data(path, flags, *args):
        if str(path).startswith(str(folder)) and flags & os.O_CREAT:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        return real_open(path, flags, *args)

    monkeypatch.setattr(atomic.os, "open", read_only_data)
    with pytest.raises(SessionPendingError) as caught:
        store.append_session(make_record(1))
    where = store.pending_dir
    assert where is not None and str(where).startswith(str(tmp_path / "cache"))
    assert str(where) in str(caught.value)
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    reopened = Store.open(folder, wall_now=WallClock())
    assert reopened.sessions == (make_record(1),) and reopened.pending == ()
    assert not list(where.iterdir())


def test_with_nowhere_to_write_the_session_stays_in_memory(tmp_path, monkeypatch):
    store = Store.open(tmp_path / "data", wall_now=WallClock())

    def no_space(fd, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "write", no_space)
    with pytest.raises(SessionPendingError):
        store.append_session(make_record(1))
    assert store.pending == (make_record(1),) and store.pending_dir is None
    assert "kept while the app is open" in store.notices[-1].message
    monkeypatch.undo()
    assert store.close() is True
    assert Store.open(tmp_path / "data", wall_now=WallClock()).sessions == (make_record(1),)


def test_a_pending_session_can_still_be_rated(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    store = Store.open(folder, wall_now=WallClock())
    failing_history_writes(monkeypatch, errno.ENOSPC)
    with pytest.raises(SessionPendingError):
        store.append_session(make_record(1))
    rated = make_record(1, discomfort=2)
    with pytest.raises(SessionPendingError):
        store.update_session(rated)
    assert store.pending == (rated,)
    monkeypatch.undo()
    assert Store.open(folder, wall_now=WallClock()).sessions == (rated,)



def test_a_failed_rating_of_a_saved_session_is_not_shown_as_saved(tmp_path, monkeypatch):
    store = Store.open(tmp_path / "data", wall_now=WallClock())
    store.append_session(make_record(1))
    failing_history_writes(monkeypatch, errno.ENOSPC)
    with pytest.raises(OSError):
        store.update_session(make_record(1, discomfort=2))
    assert store.sessions == (make_record(1),)


@pytest.mark.parametrize("call", ["fsync", "replace"])
def test_a_failing_fsync_or_replace_also_leaves_the_session_pending(tmp_path, monkeypatch, call):
    folder = tmp_path / "data"
    store = Store.open(folder, wall_now=WallClock())
    real = getattr(atomic.os, call)

    def fail_for_history(*args):
        target = os.readlink(f"/proc/self/fd/{args[0]}") if call == "fsync" else str(args[1])
        if target.rsplit("/", 1)[-1].startswith((".history.json.", "history.json")):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(*args)

    monkeypatch.setattr(atomic.os, call, fail_for_history)
    with pytest.raises(SessionPendingError):
        store.append_session(make_record(1))
    assert store.pending == (make_record(1),) and store.pending_dir == folder / "pending"
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert Store.open(folder, wall_now=WallClock()).sessions == (make_record(1),)
