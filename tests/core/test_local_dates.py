"""The practice day of a moment, on DST nights and after the system's time zone changes under a running app."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from routine_factory import make_routine

from trainer.core.clock import FakeClock
from trainer.core.engine import SessionEngine
from trainer.core.records import local_date_for, local_time

ZONES = ("Europe/Berlin", "America/New_York")
# The evenings before both changes of 2026 in each zone, in UTC.
NIGHTS = {
    "Europe/Berlin": (datetime(2026, 3, 28, 18, tzinfo=timezone.utc), datetime(2026, 10, 24, 18, tzinfo=timezone.utc)),
    "America/New_York": (datetime(2026, 3, 8, 0, tzinfo=timezone.utc), datetime(2026, 11, 1, 0, tzinfo=timezone.utc)),
}


@pytest.fixture
def system_zone(monkeypatch):
    """Set the process's time zone the way the system would (TZ), and put it back afterwards."""

    def set_zone(name: str, *, apply: bool = True) -> None:
        monkeypatch.setenv("TZ", name)
        if apply:
            time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()


def wall_clock_rule(wall: datetime, day_start_hour: int) -> date:
    """The brute-force rule: the wall clock's date, or the day before while its hour is under the day start."""
    day = date(wall.year, wall.month, wall.day)
    return day - timedelta(days=1) if wall.hour < day_start_hour else day


def moments(zone: str):
    """Every 15 minutes over 30 hours around each change, as the zone's aware local times."""
    for first in NIGHTS[zone]:
        for quarter in range(30 * 4):
            yield (first + timedelta(minutes=15 * quarter)).astimezone(ZoneInfo(zone))


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("day_start_hour", range(7))
def test_the_practice_day_follows_the_wall_clock_across_both_dst_changes(zone, day_start_hour):
    for moment in moments(zone):
        assert local_date_for(moment, day_start_hour) == wall_clock_rule(moment, day_start_hour), moment
    # No day dropped: within each night's 30 hours the practice days run on without a gap.
    for night in NIGHTS[zone]:
        ordinals = sorted({local_date_for(m, day_start_hour).toordinal() for m in moments(zone)
                           if abs(m - night) < timedelta(hours=30)})
        assert ordinals == list(range(ordinals[0], ordinals[-1] + 1))


@pytest.mark.parametrize("zone", ZONES)
def test_the_apps_fixed_offset_local_time_gives_the_same_day(system_zone, zone):
    # The app takes datetime.now().astimezone(): a fixed offset, not a ZoneInfo. Day start 3, both nights.
    system_zone(zone)
    for moment in moments(zone):
        fixed = moment.astimezone(timezone.utc).astimezone()
        assert fixed.utcoffset() == moment.utcoffset()
        assert local_date_for(fixed, 3) == wall_clock_rule(moment, 3), moment


def test_a_session_is_recorded_in_the_time_zone_in_force_when_it_is_recorded(system_zone):
    system_zone("Europe/Berlin")
    clock = FakeClock(100.0)
    engine = SessionEngine(make_routine())
    engine.start(clock.now())
    # The system moves to New York while the app runs; only the environment changes, as for a running app.
    system_zone("America/New_York", apply=False)
    clock.advance(5)
    engine.stop(clock.now())
    record = engine.record()
    started = datetime.fromisoformat(record.started_at)
    assert started.utcoffset() == started.astimezone(ZoneInfo("America/New_York")).utcoffset()
    assert record.local_date == local_date_for(started.astimezone(ZoneInfo("America/New_York"))).isoformat()


def test_local_time_reads_a_changed_time_zone(system_zone):
    moment = datetime(2026, 7, 1, 12, tzinfo=timezone.utc)
    system_zone("Europe/Berlin")
    assert local_time(moment).utcoffset() == timedelta(hours=2)
    system_zone("America/New_York", apply=False)
    assert local_time(moment).utcoffset() == timedelta(hours=-4)
