"""Adding feedback to a saved session: the record is replaced in place, atomically, and nothing else moves."""

from __future__ import annotations

import json

import pytest
from store_testkit import make_record

from trainer.core.store import Store


def test_update_replaces_only_that_session_and_survives_reopen(tmp_path):
    store = Store.open(tmp_path)
    for n in range(3):
        store.append_session(make_record(n))
    rated = make_record(1).with_feedback(4, "  tight after lunch ")
    store.update_session(rated)
    assert store.sessions[1].discomfort == 4 and store.sessions[1].note == "tight after lunch"
    reopened = Store.open(tmp_path)
    assert reopened.notices == []
    assert reopened.sessions == store.sessions
    assert [s.id for s in reopened.sessions] == [make_record(n).id for n in range(3)]


def test_update_keeps_keys_this_version_does_not_know(tmp_path):
    store = Store.open(tmp_path)
    store.append_session(make_record(0))
    data = json.loads(store.history_path.read_text())
    data["sessions"][0]["heart_rate"] = 61
    store.history_path.write_text(json.dumps(data))
    store = Store.open(tmp_path)
    store.update_session(make_record(0).with_feedback(2, None))
    entry = json.loads(store.history_path.read_text())["sessions"][0]
    assert entry["heart_rate"] == 61 and entry["discomfort"] == 2 and "note" not in entry


def test_update_of_an_unknown_id_changes_nothing(tmp_path):
    store = Store.open(tmp_path)
    store.append_session(make_record(0))
    before = store.history_path.read_bytes()
    with pytest.raises(KeyError):
        store.update_session(make_record(7))
    assert store.history_path.read_bytes() == before
