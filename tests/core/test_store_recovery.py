"""A damaged history: moved aside byte for byte, the newest good backup restored, and the user told."""

from __future__ import annotations

import json

import pytest
from store_testkit import STAMP, WallClock, history_document, make_record, write_json, written_by_store

from trainer.core import atomic
from trainer.core.store import Store

GOOD = history_document([make_record(1), make_record(2)])


def entry(n: int, **changes) -> dict:
    return {**make_record(n).to_json(), **changes}


DAMAGED = {
    "not JSON": b'{"schema_version": 1, "sessions": [',
    "empty file": b"",
    "zero bytes": b"\x00" * 64,
    "not UTF-8": b'{"schema_version": 1, "sessions": [], "x": "\xff"}',
    "top level is a list": b"[]",
    "sessions missing": b'{"schema_version": 1}',
    "sessions not a list": b'{"schema_version": 1, "sessions": {}}',
    "unknown top-level key": json.dumps({**GOOD, "extra": 1}).encode(),
    "version as text": json.dumps({**GOOD, "schema_version": "1"}).encode(),
    "version zero written out": json.dumps({**GOOD, "schema_version": 0}).encode(),
    "version true": json.dumps({**GOOD, "schema_version": True}).encode(),
    "session missing a field": json.dumps(
        {"schema_version": 1, "sessions": [{k: v for k, v in entry(1).items() if k != "local_date"}]}
    ).encode(),
    "session with a bad outcome": json.dumps({"schema_version": 1, "sessions": [entry(1, outcome="won")]}).encode(),
    "duplicate ids": json.dumps({"schema_version": 1, "sessions": [entry(1), entry(1)]}).encode(),
    # NaN is not JSON at all; an out-of-range number such as 1e999 is damage to its entry alone
    # (test_store_damaged_records.py).
    "NaN duration": json.dumps({"schema_version": 1, "sessions": [entry(1, duration_s=float("nan"))]}).encode(),
    "unversioned with an extra key": json.dumps({"sessions": [], "extra": 1}).encode(),
    "nested too deep": b"[" * 100_000,
}


def seed_backup(folder, day: str, records) -> bytes:
    """A backup as the store would have made it, written by a store in a scratch folder next to ``folder``."""
    raw = written_by_store(folder.with_name("scratch"), records)
    path = folder / "backups" / f"history-{day}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw)
    return raw


@pytest.mark.parametrize("damaged", DAMAGED.values(), ids=DAMAGED.keys())
def test_a_damaged_file_is_moved_aside_and_the_backup_restored(tmp_path, damaged):
    folder = tmp_path / "data"
    backup = seed_backup(folder, "2026-03-28", [make_record(1)])
    (folder / "history.json").write_bytes(damaged)

    store = Store.open(folder, wall_now=WallClock())

    corrupt = folder / f"history.json.corrupt-{STAMP}"
    assert corrupt.read_bytes() == damaged
    assert (folder / "history.json").read_bytes() == backup
    assert store.sessions == (make_record(1),)
    assert [(notice.kind, notice.path) for notice in store.notices] == [("restored-backup", corrupt)]
    assert str(corrupt) in store.notices[0].message and "2026-03-28" in store.notices[0].message


def test_without_a_backup_the_history_starts_empty_and_waits_for_the_next_session(tmp_path):
    (tmp_path / "history.json").write_bytes(b"{garbage")
    store = Store.open(tmp_path, wall_now=WallClock())
    corrupt = tmp_path / f"history.json.corrupt-{STAMP}"
    assert corrupt.read_bytes() == b"{garbage"
    assert store.sessions == ()
    assert [(notice.kind, notice.path) for notice in store.notices] == [("corrupt-no-backup", corrupt)]
    assert not store.history_path.exists()

    store.append_session(make_record(7))
    assert Store.open(tmp_path, wall_now=WallClock()).sessions == (make_record(7),)
    assert corrupt.read_bytes() == b"{garbage"


def test_an_earlier_damaged_file_is_never_overwritten(tmp_path):
    clock = WallClock()
    for content in (b"first", b"second", b"third"):
        (tmp_path / "history.json").write_bytes(content)
        Store.open(tmp_path, wall_now=clock)
    assert (tmp_path / f"history.json.corrupt-{STAMP}").read_bytes() == b"first"
    assert (tmp_path / f"history.json.corrupt-{STAMP}-1").read_bytes() == b"second"
    assert (tmp_path / f"history.json.corrupt-{STAMP}-2").read_bytes() == b"third"


def test_without_hard_links_the_file_is_still_moved_and_never_overwrites(tmp_path, monkeypatch):
    def no_links(source, target):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(atomic.os, "link", no_links)
    for content in (b"first", b"second"):
        (tmp_path / "history.json").write_bytes(content)
        Store.open(tmp_path, wall_now=WallClock())
    assert (tmp_path / f"history.json.corrupt-{STAMP}").read_bytes() == b"first"
    assert (tmp_path / f"history.json.corrupt-{STAMP}-1").read_bytes() == b"second"


def test_the_newest_backup_that_loads_wins(tmp_path):
    folder = tmp_path / "data"
    backups = folder / "backups"
    backups.mkdir(parents=True)
    good = written_by_store(tmp_path / "scratch", [make_record(1), make_record(2)])
    unusable = {
        "history-2026-03-28.json": b"{broken",
        "history-2026-03-27.json": json.dumps({"schema_version": 5, "sessions": []}).encode(),
    }
    for name, raw in unusable.items():
        (backups / name).write_bytes(raw)
    (backups / "history-2026-03-26.json").write_bytes(good)
    (backups / "history-2026-03-20.json").write_bytes(written_by_store(tmp_path / "older", [make_record(1)]))
    (folder / "history.json").write_bytes(b"{broken")

    store = Store.open(folder, wall_now=WallClock())

    assert store.sessions == (make_record(1), make_record(2))
    assert "2026-03-26" in store.notices[0].message
    for name, raw in unusable.items():
        assert (backups / name).read_bytes() == raw, "a bad backup is left for the user to look at"


def test_a_restored_unversioned_backup_is_then_migrated(tmp_path):
    old = write_json(tmp_path / "backups" / "history-2026-03-20.json", history_document([make_record(1)], None))
    (tmp_path / "history.json").write_bytes(b"\x00\x00")
    store = Store.open(tmp_path, wall_now=WallClock())
    assert [notice.kind for notice in store.notices] == ["restored-backup", "migrated"]
    assert store.sessions == (make_record(1),)
    assert json.loads(store.history_path.read_bytes())["schema_version"] == 1
    assert (tmp_path / "backups" / "history-2026-03-29.json").read_bytes() == old
