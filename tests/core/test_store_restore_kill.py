"""Fault injection: the start that restores a backup over a damaged history, SIGKILLed at random moments.

After every kill, ``history.json`` is byte for byte the damaged file or the backup, never missing or partial,
and the next start shows every backed-up session.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_testkit import child_env, make_record, written_by_store

from trainer.core.store import InstanceLock, Store

CHILD = Path(__file__).with_name("store_restore_child.py")
KILLS = 50
SESSIONS = 3000  # about a megabyte, so that the restore takes long enough to be cut


def time_an_open(folder: Path) -> float:
    """Seconds from the child's "ready" to the end of its restoring open, when nothing kills it."""
    child = subprocess.Popen([sys.executable, str(CHILD), str(folder)], stdout=subprocess.PIPE, text=True,
                             env=child_env())
    with child:
        assert child.stdout.readline() == "ready\n", "the child did not start; see its stderr"
        start = time.perf_counter()
        assert child.stdout.readline().startswith("opened")
        return time.perf_counter() - start


def kill_during_open(folder: Path, delay_s: float) -> bool:
    """Run the restoring start and kill it ``delay_s`` after its imports; True if it finished first."""
    child = subprocess.Popen([sys.executable, str(CHILD), str(folder)], stdout=subprocess.PIPE, text=True,
                             env=child_env())
    with child:
        assert child.stdout.readline() == "ready\n", "the child did not start; see its stderr"
        time.sleep(delay_s)
        child.kill()
        return child.stdout.read().startswith("opened")


@pytest.mark.slow
def test_a_restore_killed_at_random_moments_leaves_the_damaged_file_or_the_backup(tmp_path):
    records = [make_record(n) for n in range(1, SESSIONS + 1)]
    backup = written_by_store(tmp_path / "scratch", records)
    folder = tmp_path / "data"
    (folder / "backups").mkdir(parents=True)
    (folder / "backups" / "history-2026-03-28.json").write_bytes(backup)
    damaged = backup[: len(backup) // 2]  # a write torn by some older crash: late damage, a slow parse
    (folder / "history.json").write_bytes(damaged)
    # Kills aimed over the open's own span (this machine's speed), most of all its end, where the copy and
    # the replace are; a first, unkilled run measures it.
    span = time_an_open(folder)
    delays = random.Random(20261201)
    outcomes = {"before the copy": 0, "between copy and replace": 0, "restored": 0, "finished": 0}
    for _ in range(KILLS):
        (folder / "history.json").write_bytes(damaged)
        kept = len(list(folder.glob("history.json.corrupt-*")))
        finished = kill_during_open(folder, delays.uniform(0.4 * span, 1.3 * span))
        on_disk = (folder / "history.json").read_bytes()
        assert on_disk in (damaged, backup), "history.json is the damaged file or the backup, nothing else"
        copied = len(list(folder.glob("history.json.corrupt-*"))) > kept
        outcomes["finished" if finished else "restored" if on_disk == backup
                 else "between copy and replace" if copied else "before the copy"] += 1
        with InstanceLock(folder):
            store = Store.open(folder)
        assert len(store.sessions) == SESSIONS, "the next start shows every backed-up session"
        assert [notice.kind for notice in store.notices] == (["restored-backup"] if on_disk == damaged else [])
        assert (folder / "history.json").read_bytes() == backup
        corrupt = sorted(folder.glob("history.json.corrupt-*"))
        assert corrupt and all(path.read_bytes() == damaged for path in corrupt), "damaged bytes kept exactly"
    print(f"restore kills: {outcomes}, open {span * 1000:.0f} ms")
    assert outcomes["before the copy"] and outcomes["restored"] + outcomes["finished"], "kills on both sides"
