"""Shared test data for the programme: the shipped programme, the built-in catalogue, and a plan helper."""

from __future__ import annotations

from datetime import date, timedelta

from helpers.records import make_session

from trainer.core.plan import Plan, make_plan
from trainer.core.programme_file import load_programme
from trainer.core.routines import load_catalog
from trainer.paths import builtin_routines_dir, resource

PROGRAMME = load_programme(resource("programmes", "default.json"))
CATALOG = load_catalog(builtin_routines_dir())
DAY0 = date(2026, 3, 2)


def day(offset: int) -> date:
    return DAY0 + timedelta(days=offset)


def session(offset: int, hour: int = 8, **fields):
    """A completed women's reverse-Kegel session ``offset`` days after DAY0, at ``hour`` local time."""
    when = day(offset).isoformat()
    fields.setdefault("hold_s", 5.0)
    fields.setdefault("started_at", f"{when}T{hour:02d}:15:00+01:00")
    return make_session(local_date=when, **fields)


def plan_for(sessions, today: date, routine_id: str = "reverse-kegel-women", target: int = 3,
             override_s: float | None = None, programme=PROGRAMME) -> Plan:
    return make_plan(programme, CATALOG.get(routine_id), CATALOG.routines, sessions, today, target,
                     override_s=override_s)
