"""Local times of day ("HH:MM") as real instants, correct across midnight and daylight-saving changes.

A wall time that a spring-forward night skips (02:30 in Berlin on the last Sunday of March) happens at the
moment the clocks jump, as the wall clock passes it then; one that an autumn night repeats happens once, the
first time. Both need a zone with rules (a ``ZoneInfo``): a fixed offset, as ``datetime.now().astimezone()``
gives, cannot know that tomorrow's offset differs, so ``local_now`` hands out the system's zone instead.
"""

from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_UTC = timezone.utc


def parse_time(text: str) -> time:
    """``"HH:MM"`` as a time of day; the settings have already checked the form."""
    return time(int(text[:2]), int(text[3:5]))


def at_wall_time(day: date, wall: time, zone: tzinfo) -> datetime:
    """The instant, aware in ``zone``, when the wall clock on ``day`` first shows ``wall`` (or passes it)."""
    naive = datetime.combine(day, wall)
    first = naive.replace(tzinfo=zone, fold=0)
    if _wall(first, zone) == naive:
        return first
    # Skipped by a spring-forward gap: fold=1 reads the time with the later offset, an instant before the
    # jump, and fold=0 with the earlier offset, one after it. The jump itself is where the wall clock
    # first reaches ``wall``, found to the second between the two.
    low = naive.replace(tzinfo=zone, fold=1).astimezone(_UTC)
    high = first.astimezone(_UTC)
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if _wall(middle, zone) >= naive:
            high = middle
        else:
            low = middle
    return high.replace(microsecond=0).astimezone(zone)


def _wall(moment: datetime, zone: tzinfo) -> datetime:
    # Through UTC: ``astimezone`` to the datetime's own zone returns it unchanged, nonexistent time included.
    return moment.astimezone(_UTC).astimezone(zone).replace(tzinfo=None, fold=0)


def day_start(day: date, day_start_hour: int, zone: tzinfo) -> datetime:
    """When the practice day ``day`` begins: ``day_start_hour`` o'clock on that calendar day."""
    return at_wall_time(day, time(day_start_hour), zone)


def system_zone() -> tzinfo:
    """The machine's time zone with its rules: ``TZ`` if it names one, else ``/etc/localtime``.

    Without either (Windows without tzdata), the current fixed offset is the best there is; the UI re-arms its
    reminder timer after a clock change, which bounds the error to one reminder around a DST change.
    """
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    try:
        with open("/etc/localtime", "rb") as file:
            return ZoneInfo.from_file(file, key="localtime")
    except (OSError, ValueError):
        return datetime.now().astimezone().tzinfo


def local_now() -> datetime:
    """Now, aware in the system's zone: what the reminder functions expect as ``now``."""
    return datetime.now(system_zone())
