"""The app state: the one door to the store, and the signals everything else follows."""

from __future__ import annotations

import dataclasses
import json

import pytest

from helpers.records import make_session
from trainer.core.settings import Settings
from trainer.ui.state import AppState


def test_changed_settings_are_saved_and_announced_with_what_they_replace(state, data_dir):
    seen = []
    state.settings_changed.connect(lambda new, old: seen.append((new.daily_target_sets, old.daily_target_sets)))
    assert state.change_settings(state.settings.replace(daily_target_sets=5))
    assert json.loads((data_dir / "settings.json").read_text())["daily_target_sets"] == 5
    assert seen == [(5, 3)]
    assert state.change_settings(state.settings)  # the same settings again: saved, but nothing to follow
    assert seen == [(5, 3)]


@pytest.mark.parametrize(("topic", "words"), [("settings", "Your settings"), ("choice", "Your choice")])
def test_settings_that_cannot_be_written_still_apply_and_say_why(state, store, monkeypatch, topic, words):
    def refuse(_settings: Settings) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(store, "save_settings", refuse)
    failures, changes = [], []
    state.save_failed.connect(lambda *failure: failures.append(failure))
    state.settings_changed.connect(lambda new, _old: changes.append(new.reduced_motion))
    assert not state.change_settings(state.settings.replace(reduced_motion=True), topic=topic)
    assert failures == [(topic, f"{words} could not be saved: Permission denied")]
    assert changes == [True] and state.settings.reduced_motion


def test_remember_keeps_a_train_page_choice(state, store):
    assert state.remember(last_routine_id="breath-drop")
    assert store.settings.last_routine_id == "breath-drop"


def test_a_recorded_session_is_saved_then_announced(state, store):
    recorded, changed = [], []
    state.session_recorded.connect(recorded.append)
    state.history_changed.connect(lambda: changed.append(len(store.sessions)))
    session = make_session("2026-03-29")
    assert state.record_session(session)
    assert recorded == [session] and changed == [1]
    rated = dataclasses.replace(session, discomfort=2)
    assert state.update_session(rated)
    assert store.sessions[-1].discomfort == 2 and recorded[-1] == rated and changed == [1, 1]


def test_a_read_only_history_refuses_the_session_calmly(data_dir):
    (data_dir / "history.json").write_text('{"schema_version": 99, "sessions": []}')
    state = AppState.open(data_dir)
    failures, recorded = [], []
    state.save_failed.connect(lambda *failure: failures.append(failure))
    state.session_recorded.connect(recorded.append)
    assert not state.record_session(make_session("2026-03-29"))
    assert recorded == [] and [topic for topic, _text in failures] == ["session"]
    assert "newer version" in failures[0][1]
