"""Odd things at the store's file names (issue 10, #7 and #9): pipes, devices, huge files, links, a file named
``backups``, a byte-order mark. None may hang the app, fill its memory or stop it from starting."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from store_testkit import WallClock, child_env, make_record, written_by_store

from trainer.core.reading import HISTORY_CAP
from trainer.core.store import Store


@pytest.fixture
def deadline():
    """Fail, rather than hang the suite, if an open blocks (as it did on a named pipe)."""

    def timeout(signum, frame):
        raise TimeoutError("the store blocked")

    previous = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("name", ["history.json", "settings.json"])
def test_a_named_pipe_does_not_hang_the_start(tmp_path, deadline, name):
    os.mkfifo(tmp_path / name)
    store = Store.open(tmp_path, wall_now=WallClock())
    kind = "unreadable-history" if name == "history.json" else "unreadable-settings"
    assert [notice.kind for notice in store.notices] == [kind]
    assert "not a regular file" in store.notices[0].message and name in store.notices[0].message
    assert os.path.exists(tmp_path / name), "left where it is"


def test_a_pipe_at_history_json_is_never_written_over(tmp_path, deadline):
    os.mkfifo(tmp_path / "history.json")
    store = Store.open(tmp_path, wall_now=WallClock())
    assert store.read_only
    with pytest.raises(Exception):
        store.append_session(make_record(1))


PEAK = textwrap.dedent(
    """
    import resource, sys
    from trainer.core.store import Store
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    store = Store.open(sys.argv[1])
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(store.notices[0].kind, (after - before) // 1024)
    """
)


@pytest.mark.parametrize("hostile", ["dev-zero", "huge"])
def test_a_link_to_dev_zero_or_a_huge_file_is_refused_without_reading_it(tmp_path, hostile):
    folder = tmp_path / "data"
    folder.mkdir()
    if hostile == "dev-zero":
        os.symlink("/dev/zero", folder / "history.json")
    else:
        with open(folder / "history.json", "wb") as file:
            file.truncate(HISTORY_CAP + 1)  # sparse: costs no disk
    done = subprocess.run([sys.executable, "-c", PEAK, str(folder)], capture_output=True, text=True,
                          env=child_env(), timeout=60)
    kind, grown_mib = done.stdout.split()
    print(f"{hostile}: peak memory grew {grown_mib} MiB")
    assert kind == "unreadable-history"
    assert int(grown_mib) < 16


def test_settings_over_the_cap_are_refused(tmp_path):
    with open(tmp_path / "settings.json", "wb") as file:
        file.truncate(2 * 1024 * 1024)
    store = Store.open(tmp_path, wall_now=WallClock())
    assert [notice.kind for notice in store.notices] == ["unreadable-settings"]
    assert "larger than 1 MiB" in store.notices[0].message


def test_a_symlinked_history_is_written_through_to_its_target(tmp_path):
    folder, elsewhere = tmp_path / "data", tmp_path / "synced"
    folder.mkdir()
    elsewhere.mkdir()
    target = elsewhere / "my-history.json"
    target.write_bytes(written_by_store(tmp_path / "scratch", [make_record(1)]))
    os.symlink(target, folder / "history.json")
    store = Store.open(folder, wall_now=WallClock())
    store.append_session(make_record(2))
    assert os.path.islink(folder / "history.json"), "the link is not replaced by a private copy"
    assert Store.open(folder, wall_now=WallClock()).sessions == (make_record(1), make_record(2))
    assert oct(os.stat(target).st_mode & 0o777) == oct(0o600)
    assert not [name for name in os.listdir(folder) if name.endswith(".tmp")]


def test_a_dangling_history_link_is_refused_with_a_reason(tmp_path):
    os.symlink(tmp_path / "gone.json", tmp_path / "history.json")
    store = Store.open(tmp_path, wall_now=WallClock())
    assert [notice.kind for notice in store.notices] == ["unreadable-history"]
    assert "does not exist" in store.notices[0].message
    assert store.read_only and os.path.islink(tmp_path / "history.json")


def test_a_byte_order_mark_is_not_damage(tmp_path):
    raw = written_by_store(tmp_path / "scratch", [make_record(1)])
    (tmp_path / "history.json").write_bytes(b"\xef\xbb\xbf" + raw)
    (tmp_path / "settings.json").write_bytes(b'\xef\xbb\xbf{"schema_version": 1, "daily_target_sets": 5}')
    store = Store.open(tmp_path, wall_now=WallClock())
    assert store.notices == []
    assert store.sessions == (make_record(1),)
    assert store.settings.daily_target_sets == 5
    store.append_session(make_record(2))
    assert Store.open(tmp_path, wall_now=WallClock()).sessions == (make_record(1), make_record(2))


def test_a_file_named_backups_does_not_stop_the_start(tmp_path):
    (tmp_path / "backups").write_text("not a folder")
    written_by_store(tmp_path, [make_record(1)])
    clock = WallClock()
    clock.advance(days=1)
    store = Store.open(tmp_path, wall_now=clock)
    assert [notice.kind for notice in store.notices] == ["backups-off"]
    assert "is a file" in store.notices[0].message
    store.append_session(make_record(2))
    assert (tmp_path / "backups").read_text() == "not a folder"
    assert len(Store.open(tmp_path, wall_now=clock).sessions) == 2


def test_an_unreadable_backups_folder_does_not_stop_the_start(tmp_path, monkeypatch):
    (tmp_path / "backups").mkdir()
    written_by_store(tmp_path, [make_record(1)])
    real_listdir = os.listdir

    def listdir(path="."):
        if str(path).endswith("backups"):
            raise PermissionError(13, "Permission denied")
        return real_listdir(path)

    monkeypatch.setattr(os, "listdir", listdir)
    clock = WallClock()
    clock.advance(days=1)
    store = Store.open(tmp_path, wall_now=clock)
    assert [notice.kind for notice in store.notices] == ["backups-off"]
    assert "Permission denied" in store.notices[0].message
    store.append_session(make_record(2))


def test_with_backups_off_a_migration_keeps_the_old_file_beside_the_history(tmp_path):
    (tmp_path / "backups").write_text("not a folder")
    old = b'{"sessions": []}'
    (tmp_path / "history.json").write_bytes(old)
    store = Store.open(tmp_path, wall_now=WallClock())
    assert [notice.kind for notice in store.notices] == ["backups-off", "migrated"]
    assert store.notices[1].path.read_bytes() == old
    assert store.notices[1].path.name.startswith("history.json.v0-")
