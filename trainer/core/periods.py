"""The period a report covers: the last N days up to today, or the dates the person gives.

Kept apart from the report's content so that the command line can check ``--days``, ``--from`` and ``--to``
without importing what the report needs.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from trainer.core.i18n import tr
from trainer.core.records import local_date_for

DEFAULT_DAYS = 28
MAX_DAYS = 366


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end


def parse_day(text: str) -> date:
    """A date given on the command line, ``YYYY-MM-DD``."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("'{text}' is not a date like 2026-03-29").format(text=text)) from None


def parse_days(text: str) -> int:
    """A number of days on the command line, 1 to ``MAX_DAYS``."""
    if not text.isdigit() or not 1 <= int(text) <= MAX_DAYS:
        raise argparse.ArgumentTypeError(tr("'{text}' is not a number of days from 1 to {most}").format(
            text=text, most=MAX_DAYS))
    return int(text)


def chosen_span(start: date | None, end: date | None) -> Period | None:
    """The period ``start`` to ``end`` given by the person, or ``None`` when neither is given; raises
    ``ValueError`` with a message for the person when the dates do not make a period."""
    if start is None and end is None:
        return None
    if start is None or end is None:
        raise ValueError(tr("--from and --to go together"))
    if end < start:
        raise ValueError(tr("--to is before --from"))
    period = Period(start, end)
    if period.days > MAX_DAYS:
        raise ValueError(tr("a report covers at most {most} days").format(most=MAX_DAYS))
    return period


def period_for(now: datetime, day_start_hour: int, *, days: int | None = None, start: date | None = None,
               end: date | None = None) -> Period:
    """``start`` to ``end`` (see ``chosen_span``), or else the last ``days`` days up to today, 28 unless told."""
    chosen = chosen_span(start, end)
    if chosen is not None:
        return chosen
    today = local_date_for(now, day_start_hour)
    return Period(today - timedelta(days=(days or DEFAULT_DAYS) - 1), today)
