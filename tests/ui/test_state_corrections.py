"""The app state's corrections of the history: removing, undoing and re-rating a session, stamped for sync."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from helpers.records import make_session
from trainer.core.merge import merge_record
from trainer.ui.state import AppState

AT = datetime(2026, 3, 25, 18, 30, tzinfo=timezone.utc)


def entry(data_dir, record_id: str) -> dict:
    return next(e for e in json.loads((data_dir / "history.json").read_text())["sessions"] if e["id"] == record_id)


def test_an_undo_beats_the_removal_it_undoes_even_within_the_same_instant(store, data_dir):
    record = make_session()
    store.append_session(record)
    state = AppState(store)
    state.wall_now = lambda: AT
    changes = []
    state.history_changed.connect(lambda: changes.append(True))
    removed = state.remove_session(record.id)
    assert removed.deleted and entry(data_dir, record.id)["deleted_at"] == "2026-03-25T18:30:00.000+00:00"
    assert state.restore_session(record.id)  # the clock has not moved on
    back = state.sessions[0]
    assert not back.deleted and "deleted_at" not in entry(data_dir, record.id)
    # Another device that only saw the removal takes the undo when the two copies meet.
    assert not merge_record(removed, back).deleted and not merge_record(back, removed).deleted
    assert changes == [True, True]


def test_a_removal_stamped_without_an_offset_can_still_be_undone(store):
    record = make_session(deleted_at="2026-03-25T18:30:00")
    store.append_session(record)
    state = AppState(store)
    state.wall_now = lambda: AT - timedelta(days=1)  # a clock behind the removal
    assert state.restore_session(record.id)
    assert datetime.fromisoformat(state.sessions[0].updated_at) > AT


def test_an_edited_rating_and_note_are_stamped(store, data_dir):
    record = make_session(note="old")
    store.append_session(record)
    state = AppState(store)
    state.wall_now = lambda: AT
    assert state.edit_feedback(record.id, 4, "  new note ")
    saved = entry(data_dir, record.id)
    assert (saved["discomfort"], saved["note"], saved["updated_at"]) == (4, "new note", "2026-03-25T18:30:00.000+00:00")


def test_a_correction_that_cannot_be_saved_says_so_and_changes_nothing(store, monkeypatch):
    record = make_session()
    store.append_session(record)
    state = AppState(store)
    failures = []
    state.save_failed.connect(lambda topic, text: failures.append((topic, text)))

    def refuse(_record):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(store, "update_session", refuse)
    assert state.remove_session(record.id) is None
    assert failures == [("history", "Your change to the history could not be saved: Permission denied")]
    assert not state.sessions[0].deleted
