"""One instance per data folder: a flock on <data dir>/.lock, held across processes and freed when one dies."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from store_testkit import child_env

from trainer.core.store import AlreadyRunningError, InstanceLock

HOLDER = textwrap.dedent(
    """
    import sys
    from trainer.core.store import InstanceLock
    lock = InstanceLock(sys.argv[1]).acquire()
    print("locked", flush=True)
    sys.stdin.read()
    """
)

TRIER = textwrap.dedent(
    """
    import sys
    from trainer.core.store import AlreadyRunningError, InstanceLock
    try:
        InstanceLock(sys.argv[1]).acquire()
    except AlreadyRunningError as error:
        print("busy", error.pid)
    else:
        print("free")
    """
)


def run_python(code: str, *args: str, **options) -> subprocess.Popen:
    command = [sys.executable, "-c", code, *args]
    return subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=child_env(), **options)


@pytest.fixture
def holder(tmp_path):
    """A child process holding the lock on ``tmp_path`` until it is killed."""
    child = run_python(HOLDER, str(tmp_path), stdin=subprocess.PIPE)
    assert child.stdout.readline() == "locked\n"
    yield child
    child.kill()
    child.wait()
    child.stdout.close()
    child.stdin.close()


def test_a_second_process_is_refused_with_the_holders_pid(tmp_path, holder):
    with pytest.raises(AlreadyRunningError) as caught:
        InstanceLock(tmp_path).acquire()
    assert caught.value.pid == holder.pid
    assert str(tmp_path) in str(caught.value) and str(holder.pid) in str(caught.value)


def test_the_lock_is_free_again_once_the_holder_is_killed(tmp_path, holder):
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    with InstanceLock(tmp_path) as lock:
        assert lock.held


def test_a_held_lock_refuses_a_child_process(tmp_path):
    with InstanceLock(tmp_path):
        trier = run_python(TRIER, str(tmp_path))
        out, _ = trier.communicate(timeout=30)
    assert out.split() == ["busy", str(os.getpid())]
    trier = run_python(TRIER, str(tmp_path))
    out, _ = trier.communicate(timeout=30)
    assert out.split() == ["free"]


def test_acquire_and_release(tmp_path):
    lock = InstanceLock(tmp_path / "new")
    lock.acquire()
    assert lock.held
    assert (tmp_path / "new" / ".lock").read_text() == f"{os.getpid()}\n"
    assert (tmp_path / "new").stat().st_mode & 0o777 == 0o700
    with pytest.raises(AlreadyRunningError):
        InstanceLock(tmp_path / "new").acquire()
    lock.release()
    lock.release()
    assert not lock.held
    InstanceLock(tmp_path / "new").acquire().release()


def test_the_context_manager_releases_on_error(tmp_path):
    with pytest.raises(KeyError):
        with InstanceLock(tmp_path):
            raise KeyError("boom")
    with InstanceLock(tmp_path) as again:
        assert again.held


def test_the_running_instance_can_be_found_for_a_handover(tmp_path, holder):
    from trainer.core.lock import held_here, holder_pid

    assert holder_pid(tmp_path) == holder.pid
    assert not held_here(tmp_path), "held by the child, not by this process"


def test_this_process_knows_which_folders_it_holds(tmp_path):
    from trainer.core.lock import held_here, holder_pid

    assert holder_pid(tmp_path / "none") is None
    with InstanceLock(tmp_path):
        assert held_here(tmp_path) and held_here(str(tmp_path) + "/.")
    assert not held_here(tmp_path)
