"""The trend of self-timed holds: how long the person really held, day by day.

Kept beside ``stats.hold_trend`` (the planned hold) so Progress can show the two together; removed
sessions and sessions without a completed set are left out, as in every other figure.
"""

from __future__ import annotations

from datetime import date
from typing import Iterable

from trainer.core.records import SessionRecord, within_bounds


def real_hold_trend(sessions: Iterable[SessionRecord]) -> list[tuple[date, float]]:
    """(day, mean of the day's self-timed holds in seconds), by date, for days with any."""
    totals: dict[date, list[float]] = {}
    for record in sessions:
        if record.holds_s and not record.deleted and record.sets_completed > 0 and within_bounds(record):
            totals.setdefault(record.day, []).extend(record.holds_s)
    return [(day, round(sum(holds) / len(holds), 1)) for day, holds in sorted(totals.items())]
