"""A reminder's words: what is left today, with the right plural, and nothing bodily in discreet mode."""

from datetime import date, datetime, timezone

import pytest

from trainer.core import i18n
from trainer.core.reminder_text import SUGGESTED_TIMES, reminder_text, sets_left_text
from trainer.core.reminders import RECENT_SESSION, Reminder
from trainer.core.settings import is_reminder_time
from trainer.core.wall_time import parse_time, system_zone


def reminder(sets_left: int) -> Reminder:
    return Reminder(datetime(2026, 6, 10, 11, 30, tzinfo=timezone.utc), date(2026, 6, 10), sets_left, True)


def test_the_body_says_how_many_sets_are_left_with_the_right_plural():
    """Two left reads "2 sets to go today", one left "1 set to go today"."""
    assert reminder_text(reminder(2), discreet=False)[1] == "2 sets to go today"
    assert sets_left_text(1) == "1 set to go today"


@pytest.mark.parametrize("sets_left", [1, 3])
def test_discreet_wording_names_no_body_part_or_exercise(sets_left):
    """In discreet mode neither line mentions the pelvis, the floor, Kegels or muscles."""
    text = " ".join(reminder_text(reminder(sets_left), discreet=True)).lower()
    assert "breathing break" in text
    for word in ("pelvic", "pelvis", "floor", "kegel", "muscle", "bladder"):
        assert word not in text


def test_reminder_texts_go_through_the_translator():
    """Both lines are translated by the installed translator, with the count filled in after."""
    i18n.set_translator(lambda context, text: f"[{context}] {text}")
    try:
        summary, body = reminder_text(reminder(2), discreet=False)
    finally:
        i18n.set_translator(None)
    assert summary.startswith("[reminders] ")
    assert body == "[reminders] 2 sets to go today"


def test_the_suggested_times_are_valid_and_spread_over_the_day():
    """Three valid "HH:MM" times, in order, each more than the no-reminder hour after a session apart."""
    assert len(SUGGESTED_TIMES) == 3 and all(is_reminder_time(t) for t in SUGGESTED_TIMES)
    minutes = [parse_time(t).hour * 60 + parse_time(t).minute for t in SUGGESTED_TIMES]
    assert minutes == sorted(minutes)
    assert min(b - a for a, b in zip(minutes, minutes[1:])) > 3 * RECENT_SESSION.total_seconds() / 60


def test_the_system_zone_follows_tz_when_it_names_a_zone(monkeypatch):
    """TZ=America/New_York gives that zone, with its rules (winter and summer offsets differ)."""
    monkeypatch.setenv("TZ", "America/New_York")
    zone = system_zone()
    winter = datetime(2026, 1, 10, 12, tzinfo=zone).utcoffset()
    summer = datetime(2026, 7, 10, 12, tzinfo=zone).utcoffset()
    assert (winter.total_seconds(), summer.total_seconds()) == (-5 * 3600, -4 * 3600)
