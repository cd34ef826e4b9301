"""A deferred open (``Store.open(defer_history=True)``): the settings now, the history just after the window
has painted, and never a write over a history that was not read."""

from __future__ import annotations

import json

import pytest

from store_testkit import WallClock, history_document, make_record, write_json
from trainer.core.datadir import DataDirError
from trainer.core.store import Store, StoreReadOnlyError


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "data"
    path.mkdir(mode=0o700)
    write_json(path / "history.json", history_document([make_record(1), make_record(2)]))
    (path / "settings.json").write_text(json.dumps({"daily_target_sets": 5}))
    return path


def test_the_settings_are_read_at_once_and_the_history_only_when_asked(folder, monkeypatch):
    reads = []
    store = Store.open(folder, wall_now=WallClock(), defer_history=True)
    monkeypatch.setattr(store, "_load_history", lambda: reads.append("history"))
    assert store.settings.daily_target_sets == 5
    assert not store.history_loaded and reads == []
    store.load_history()
    store.load_history()
    assert store.history_loaded and reads == ["history"]


def test_every_reader_of_the_history_reads_it_first(folder):
    assert len(Store.open(folder, defer_history=True).sessions) == 2
    assert Store.open(folder, defer_history=True).pending == ()
    assert not Store.open(folder, defer_history=True).read_only


def test_a_session_appended_before_the_history_was_read_joins_it(folder):
    store = Store.open(folder, wall_now=WallClock(), defer_history=True)
    store.append_session(make_record(3))
    ids = [entry["id"] for entry in json.loads((folder / "history.json").read_text())["sessions"]]
    assert ids == [make_record(n).id for n in (1, 2, 3)]


def test_what_reading_the_history_finds_is_noticed_then(folder):
    (folder / "history.json").write_text("{ not json")
    store = Store.open(folder, wall_now=WallClock(), defer_history=True)
    assert store.notices == []
    store.load_history()
    assert [notice.kind for notice in store.notices] == ["corrupt-no-backup"]
    assert store.sessions == ()
    assert list(folder.glob("history.json.corrupt-*"))  # kept aside, as at an eager open


def test_a_history_that_cannot_be_read_later_is_never_written_over(folder, monkeypatch):
    before = (folder / "history.json").read_bytes()
    store = Store.open(folder, wall_now=WallClock(), defer_history=True)

    def fail() -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(store, "_load_history", fail)
    with pytest.raises(DataDirError):
        store.load_history()
    with pytest.raises(StoreReadOnlyError):
        store.append_session(make_record(3))
    assert (folder / "history.json").read_bytes() == before


def test_closing_a_store_whose_history_was_never_read_writes_nothing(folder, monkeypatch):
    store = Store.open(folder, wall_now=WallClock(), defer_history=True)
    monkeypatch.setattr(store, "_load_history", lambda: pytest.fail("closing read the history"))
    assert store.close()
    assert not store.history_loaded
