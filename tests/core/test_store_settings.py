"""settings.json: saved atomically and privately; a file that does not parse is kept aside and defaults used."""

from __future__ import annotations

import json

import pytest
from store_testkit import STAMP, WallClock, make_record, mode, names, written_by_store

from trainer.core.settings import Settings
from trainer.core.store import Store


def test_missing_settings_are_the_defaults(tmp_path):
    store = Store.open(tmp_path, wall_now=WallClock())
    assert store.settings == Settings()
    assert store.notices == []


def test_saved_settings_come_back(tmp_path):
    chosen = Settings(daily_target_sets=5, day_start_hour=3, theme="dark", hold_s={"reverse-kegel-women": 8.0},
                      safety_accepted_at="2026-03-29T08:00:00+02:00", last_routine_id="bréath")
    store = Store.open(tmp_path, wall_now=WallClock())
    store.save_settings(chosen)
    assert store.settings == chosen
    assert Store.open(tmp_path, wall_now=WallClock()).settings == chosen
    assert json.loads(store.settings_path.read_bytes())["schema_version"] == 1
    assert mode(store.settings_path) == 0o600
    assert names(tmp_path) == {"settings.json"}


@pytest.mark.parametrize("damaged", [b"{", b"[1, 2]", b'"dark"', b"\xff\xfe", b""], ids=repr)
def test_damaged_settings_are_kept_aside_and_reset(tmp_path, damaged):
    history = written_by_store(tmp_path, [make_record(1)])
    (tmp_path / "settings.json").write_bytes(damaged)
    store = Store.open(tmp_path, wall_now=WallClock())
    corrupt = tmp_path / f"settings.json.corrupt-{STAMP}"
    assert corrupt.read_bytes() == damaged
    assert store.settings == Settings()
    assert [(notice.kind, notice.path) for notice in store.notices] == [("settings-reset", corrupt)]
    assert not store.settings_path.exists()
    assert store.sessions == (make_record(1),)
    assert store.history_path.read_bytes() == history


def test_bad_values_fall_back_one_by_one_and_are_named_once(tmp_path):
    raw = json.dumps({"schema_version": 1, "daily_target_sets": 500, "theme": "dark", "volume": "loud"}).encode()
    (tmp_path / "settings.json").write_bytes(raw)
    store = Store.open(tmp_path, wall_now=WallClock())
    assert store.settings == Settings(theme="dark")
    assert [notice.kind for notice in store.notices] == ["settings-ignored"]
    assert "daily_target_sets, volume" in store.notices[0].message
    assert store.settings_path.read_bytes() == raw


def test_settings_that_were_not_understood_are_named_in_a_notice_and_left_as_written(tmp_path):
    written = {"schema_version": 1, "daily_target_sets": 99, "theme": "neon", "sound": False}
    raw = json.dumps(written).encode()
    (tmp_path / "settings.json").write_bytes(raw)
    store = Store.open(tmp_path, wall_now=WallClock())
    [notice] = store.notices
    assert (notice.kind, notice.path) == ("settings-ignored", store.settings_path)
    assert "not understood" in notice.message
    assert "daily_target_sets" in notice.message and "theme" in notice.message and "sound" not in notice.message
    assert store.settings.sound is False and store.settings.daily_target_sets == 3
    assert (tmp_path / "settings.json").read_bytes() == raw


def test_understood_settings_bring_no_notice(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps({"schema_version": 1, "theme": "dark", "extra": 1}))
    assert Store.open(tmp_path, wall_now=WallClock()).notices == []
