"""Restoring a backup: never a moment without a history, and backups ranked by what they hold, not their names.

Defects 1 and 6 of issue 10: a restore cut short left an empty history and the good backup was pruned a week
later; a backup named 2036 (clock wrong) was restored ahead of a fuller one, and after the clock was set back new
backups were pruned as soon as they were written.
"""

from __future__ import annotations

from store_testkit import STAMP, WallClock, backup_names, make_record, written_by_store

from trainer.core import atomic
from trainer.core.store import Store


def day_record(n: int, day: str):
    return make_record(n, started_at=f"{day}T08:15:02+02:00", local_date=day)


def seed(folder, name: str, records, scratch) -> bytes:
    raw = written_by_store(scratch, records)
    (folder / "backups").mkdir(parents=True, exist_ok=True)
    (folder / "backups" / name).write_bytes(raw)
    return raw


def test_a_restore_cut_short_leaves_the_damaged_file_in_place_and_the_next_start_recovers(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    backup = seed(folder, "history-2026-03-28.json", [make_record(1), make_record(2)], tmp_path / "s")
    (folder / "history.json").write_bytes(b"{torn")
    real_replace = atomic.os.replace

    def crash(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", crash)
    cut_short = Store.open(folder, wall_now=WallClock())
    assert cut_short.sessions == (make_record(1), make_record(2)), "shown from the backup, in memory"
    assert cut_short.read_only and [notice.kind for notice in cut_short.notices] == ["recovery-deferred"]
    assert (folder / "history.json").read_bytes() == b"{torn", "never a moment without the damaged file"
    assert (folder / f"history.json.corrupt-{STAMP}").read_bytes() == b"{torn"

    monkeypatch.setattr(atomic.os, "replace", real_replace)
    store = Store.open(folder, wall_now=WallClock())
    assert store.sessions == (make_record(1), make_record(2))
    assert (folder / "history.json").read_bytes() == backup
    assert [notice.kind for notice in store.notices] == ["restored-backup"]
    assert sorted(p.name for p in folder.glob("history.json.corrupt-*")) == [f"history.json.corrupt-{STAMP}"], \
        "the copy kept by the cut-short restore is reused, not duplicated"


def test_no_history_but_a_corrupt_copy_and_a_backup_is_recovered_with_a_notice(tmp_path):
    folder = tmp_path / "data"
    backup = seed(folder, "history-2026-03-28.json", [make_record(1)], tmp_path / "s")
    (folder / "history.json.corrupt-20260328T220000").write_bytes(b"{torn")  # left by an older version's restore
    store = Store.open(folder, wall_now=WallClock())
    assert store.sessions == (make_record(1),)
    assert (folder / "history.json").read_bytes() == backup
    assert [notice.kind for notice in store.notices] == ["restored-backup"]
    assert "2026-03-28" in store.notices[0].message


def test_a_week_of_practice_after_a_lost_history_never_prunes_the_only_full_backup(tmp_path):
    folder = tmp_path / "data"
    full = seed(folder, "history-2026-03-28.json", [day_record(n, "2026-03-27") for n in range(1, 21)],
                tmp_path / "s")
    # What the old restore left behind when cut short: a history started again from nothing.
    clock = WallClock()
    store = Store.open(folder, wall_now=clock)
    for n in range(21, 31):
        clock.advance(days=1)
        store.append_session(day_record(n, clock.now.date().isoformat()))
    assert (folder / "backups" / "history-2026-03-28.json").read_bytes() == full
    assert len(backup_names(store.backups_dir)) == 8, "the best seven by the newest session, and the fullest"


def test_a_backup_named_2036_is_not_restored_ahead_of_a_fuller_one(tmp_path):
    folder = tmp_path / "data"
    five = [day_record(n, "2026-03-20") for n in range(1, 6)]
    twenty_five = five + [day_record(n, "2026-03-27") for n in range(6, 26)]
    seed(folder, "history-2036-01-01.json", five, tmp_path / "a")
    seed(folder, "history-2026-03-28.json", twenty_five, tmp_path / "b")
    (folder / "history.json").write_bytes(b"{torn")
    store = Store.open(folder, wall_now=WallClock())
    assert len(store.sessions) == 25
    assert "2026-03-28" in store.notices[0].message


def test_with_the_newest_sessions_alike_the_fuller_backup_wins(tmp_path):
    folder = tmp_path / "data"
    seed(folder, "history-2036-01-01.json", [make_record(1)], tmp_path / "a")
    seed(folder, "history-2026-03-28.json", [make_record(1), make_record(2)], tmp_path / "b")
    (folder / "history.json").write_bytes(b"{torn")
    assert len(Store.open(folder, wall_now=WallClock()).sessions) == 2


def test_backups_written_after_the_clock_was_set_back_are_kept(tmp_path):
    folder = tmp_path / "data"
    clock = WallClock()
    store = Store.open(folder, wall_now=clock)
    n = 0
    for _ in range(7):  # a week of backups, then the clock is set back ten years
        clock.advance(days=1)
        n += 1
        store.append_session(day_record(n, "2026-03-27"))
    clock.advance(days=-3650)
    for _ in range(3):  # these backups are named 2016 but hold the most
        clock.advance(days=1)
        n += 1
        store.append_session(day_record(n, clock.now.date().isoformat()))
    kept = backup_names(store.backups_dir)
    newest = f"history-{clock.now.date().isoformat()}.json"
    assert newest in kept, "the backup just written is not pruned"
    assert len(kept) == 7
    (folder / "history.json").write_bytes(b"{torn")
    assert len(Store.open(folder, wall_now=clock).sessions) == n - 1, "the fullest backup is the one restored"


def test_a_same_day_backup_holding_more_is_not_replaced(tmp_path):
    folder = tmp_path / "data"
    fuller = seed(folder, "history-2026-03-29.json", [make_record(n) for n in range(1, 6)], tmp_path / "a")
    # A migration writes today's backup: here of a smaller, older-format history.
    (folder / "history.json").write_text('{"sessions": []}')
    store = Store.open(folder, wall_now=WallClock())
    assert [notice.kind for notice in store.notices] == ["migrated"]
    assert (folder / "backups" / "history-2026-03-29.json").read_bytes() == fuller
    assert (folder / "backups" / "history-2026-03-29-1.json").read_bytes() == b'{"sessions": []}'


def test_without_hard_links_the_damaged_bytes_are_copied_before_the_restore(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    backup = seed(folder, "history-2026-03-28.json", [make_record(1)], tmp_path / "s")
    (folder / "history.json").write_bytes(b"{torn")

    def no_links(source, target):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(atomic.os, "link", no_links)
    Store.open(folder, wall_now=WallClock())
    assert (folder / f"history.json.corrupt-{STAMP}").read_bytes() == b"{torn"
    assert (folder / "history.json").read_bytes() == backup


def test_a_damaged_linked_history_is_restored_through_the_link(tmp_path):
    folder, elsewhere = tmp_path / "data", tmp_path / "synced"
    backup = seed(folder, "history-2026-03-28.json", [make_record(1)], tmp_path / "s")
    elsewhere.mkdir()
    (elsewhere / "history.json").write_bytes(b"{torn")
    (folder / "history.json").symlink_to(elsewhere / "history.json")
    store = Store.open(folder, wall_now=WallClock())
    assert store.sessions == (make_record(1),)
    assert (folder / "history.json").is_symlink()
    assert (elsewhere / "history.json").read_bytes() == backup
    assert (folder / f"history.json.corrupt-{STAMP}").read_bytes() == b"{torn"
