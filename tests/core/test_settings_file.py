"""Saving settings rewrites only what was changed: ignored values, unknown keys and a newer schema version stay
exactly as they were in the file, and the values that were ignored are named."""

from __future__ import annotations

import json

from trainer.core.settings import SETTINGS_SCHEMA_VERSION, Settings
from trainer.core.store import Store


def read(document: dict) -> Settings:
    # Through JSON, as the store reads it.
    return Settings.from_json(json.loads(json.dumps(document)))


def test_out_of_range_values_are_ignored_named_and_written_back_as_they_were():
    document = {"schema_version": 1, "daily_target_sets": 500, "volume": "loud", "theme": "dark",
                "reminders": ["25:00"], "hold_s": {"a": 8, "b": 900}}
    settings = read(document)
    assert (settings.daily_target_sets, settings.volume, settings.reminders) == (3, 0.6, ())
    assert settings.hold_s == {"a": 8.0}
    assert set(settings.ignored) == {"daily_target_sets", "volume", "reminders", "hold_s"}
    saved = settings.replace(sound=False).to_json()
    for key in ("daily_target_sets", "volume", "reminders", "hold_s", "theme"):
        assert saved[key] == document[key]
    assert saved["sound"] is False


def test_a_changed_value_is_written_over_the_ignored_one():
    settings = read({"schema_version": 1, "daily_target_sets": 500})
    assert settings.replace(daily_target_sets=5).to_json()["daily_target_sets"] == 5


def test_unknown_keys_are_kept():
    document = {"schema_version": 1, "future_option": {"nested": [1, 2]}, "theme": "light"}
    saved = read(document).replace(theme="dark").to_json()
    assert saved["future_option"] == {"nested": [1, 2]} and saved["theme"] == "dark"


def test_a_newer_schema_version_is_not_downgraded():
    saved = read({"schema_version": SETTINGS_SCHEMA_VERSION + 1, "theme": "dark"}).replace(sound=False).to_json()
    assert saved["schema_version"] == SETTINGS_SCHEMA_VERSION + 1


def test_an_unchanged_file_reads_back_equal_and_nothing_is_ignored():
    chosen = Settings(daily_target_sets=5, reminders=("08:00",), hold_s={"x": 7.0})
    again = read(chosen.to_json())
    assert again == chosen and again.ignored == ()
    assert again.to_json() == chosen.to_json()
    assert chosen.to_json()["schema_version"] == SETTINGS_SCHEMA_VERSION


def test_saving_through_the_store_keeps_what_was_not_changed(tmp_path):
    document = {"schema_version": 1, "daily_target_sets": 500, "from_a_later_version": True}
    (tmp_path / "settings.json").write_text(json.dumps(document))
    store = Store.open(tmp_path)
    assert store.settings.ignored == ("daily_target_sets",)
    store.save_settings(store.settings.replace(theme="dark"))
    saved = json.loads((tmp_path / "settings.json").read_text())
    assert saved["daily_target_sets"] == 500 and saved["from_a_later_version"] is True
    assert saved["theme"] == "dark"
