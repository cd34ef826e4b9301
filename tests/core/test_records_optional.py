"""The optional history keys (holds_s, device, updated_at, deleted_at): kept exactly, validated, and a removed
session counts in no figure while staying in the file."""

from __future__ import annotations

import json
from datetime import date

import pytest

from trainer.core import stats
from trainer.core.records import RecordError, SessionRecord
from trainer.core.settings import Settings

from helpers.records import make_session


def test_optional_keys_are_absent_until_used():
    data = make_session().to_json()
    for key in ("note", "holds_s", "device", "updated_at", "deleted_at"):
        assert key not in data


def test_optional_keys_round_trip_through_json():
    record = make_session(holds_s=(5.2, 4.8, 6.0), device="laptop-1", updated_at="2026-03-29T09:00:00+02:00",
                          deleted_at="2026-03-30T10:00:00+02:00")
    data = json.loads(json.dumps(record.to_json()))
    assert data["holds_s"] == [5.2, 4.8, 6.0]
    assert SessionRecord.from_json(data) == record


@pytest.mark.parametrize("key, value", [
    ("holds_s", "5"), ("holds_s", [5, "x"]), ("holds_s", [-1]), ("holds_s", [True]), ("holds_s", [1e9]),
    ("holds_s", [1.0] * 1001), ("device", 7), ("updated_at", "yesterday"), ("deleted_at", 12),
])
def test_a_bad_optional_key_is_damage_naming_the_key(key, value):
    data = make_session().to_json()
    data[key] = value
    with pytest.raises(RecordError) as caught:
        SessionRecord.from_json(data)
    assert caught.value.field == key


def test_a_removed_session_counts_in_no_figure_and_undo_brings_it_back():
    kept = make_session(local_date="2026-03-28")
    removed = make_session(local_date="2026-03-29").with_deleted("2026-03-29T20:00:00+02:00")
    today = date(2026, 3, 29)
    figures = stats.summary([kept, removed], today, 3)
    assert figures["sessions"] == 1 and figures["today_sets"] == 0 and figures["practice_days"] == 1
    restored = removed.with_deleted(None)
    assert stats.summary([kept, restored], today, 3)["today_sets"] == 1
    assert "deleted_at" not in restored.to_json()


def test_an_edit_keeps_its_time_and_a_later_edit_moves_it():
    record = make_session().with_feedback(2, "easy", updated_at="2026-03-29T09:00:00+02:00")
    again = record.with_feedback(3, "fine")
    assert again.updated_at == "2026-03-29T09:00:00+02:00"
    assert record.with_feedback(4, None, updated_at="2026-03-30T09:00:00+02:00").updated_at.startswith("2026-03-30")


def test_new_settings_have_calm_defaults_and_are_validated():
    settings = Settings()
    assert settings.reminders == () and not settings.close_to_tray and settings.sound_theme == "soft"
    assert settings.language == "system" and settings.text_scale == 1.0 and settings.sync_folder is None
    loaded = Settings.from_json({"reminders": ["18:00", "09:30"], "sound_theme": "bell", "language": "de",
                                 "text_scale": 1.25, "sync_folder": "/media/sync", "self_timed_holds": True})
    assert loaded.reminders == ("09:30", "18:00") and loaded.sound_theme == "bell"
    assert loaded.language == "de" and loaded.text_scale == 1.25 and loaded.self_timed_holds
    assert Settings.from_json(loaded.to_json()) == loaded
    bad = Settings.from_json({"reminders": ["25:00"], "sound_theme": "loud", "language": "xx", "text_scale": 9})
    assert bad == Settings()
