"""History at scale, without Qt: open ten years of history and compute every statistic; append one session.

"Load + stats" is what opening the app and its Progress page costs the core: ``Store.open`` (read, parse,
validate) and every figure the page and ``stats`` show. "Append" is recording one session: each is the first
of its day, so it also pays for the day's backup, which is the worst case a user meets. "Plan" is the Train
page's plan line on a history just opened: the programme folded over ten years, and today's sets.
"""

from __future__ import annotations

import random
import time
from datetime import date, datetime, time as clock_time, timedelta
from pathlib import Path

from bench.history_data import copy_data_dir, session
from bench.sampling import median
from trainer.core import stats
from trainer.core.plan import make_plan
from trainer.core.programme_file import load_programme
from trainer.core.routines import load_catalog
from trainer.core.store import Store
from trainer.paths import builtin_routines_dir, resource

ROUNDS = 7


def load_and_stats(folder: Path, today: date) -> float:
    """Milliseconds to open the store and compute everything the Progress page and ``stats`` show."""
    start = time.perf_counter()
    store = Store.open(folder)
    index = stats.DayIndex.build(store.sessions)
    stats.summary(index, today, store.settings.daily_target_sets)
    stats.heatmap(index, today)
    first = index.days[0] if index.days else today
    stats.sets_per_day(index, first, today)
    stats.hold_trend(index)
    return (time.perf_counter() - start) * 1000.0


def plan_line(folder: Path, today: date) -> float:
    """Milliseconds for the plan line's first plan on a freshly opened store (nothing folded yet)."""
    store = Store.open(folder, read_only=True)
    programme = load_programme(resource("programmes", "default.json"))
    catalog = load_catalog(builtin_routines_dir())
    settings = store.settings
    routine = catalog.get(settings.last_routine_id or "") or catalog.routines[0]
    start = time.perf_counter()
    make_plan(programme, routine, catalog.routines, store.sessions, today, settings.daily_target_sets,
              override_s=settings.hold_s.get(routine.id))
    return (time.perf_counter() - start) * 1000.0


def append_and_save(folder: Path, today: date, rounds: int) -> list[float]:
    """Milliseconds per append, each on a new day so that each also writes that day's backup."""
    rng = random.Random(7)
    days = [today + timedelta(days=n + 1) for n in range(rounds)]
    times = []
    for day in days:
        noon = datetime.combine(day, clock_time(12)).astimezone()
        store = Store.open(folder, wall_now=lambda noon=noon: noon)
        record = session(rng, day, 0)
        start = time.perf_counter()
        store.append_session(record)
        times.append((time.perf_counter() - start) * 1000.0)
    return times


def run(template: Path, scratch: Path, today: date) -> dict[str, float]:
    folder = copy_data_dir(template, scratch / "history")
    size = (folder / "history.json").stat().st_size
    loads = [load_and_stats(folder, today) for _ in range(ROUNDS)]
    plans = [plan_line(folder, today) for _ in range(ROUNDS)]
    appends = append_and_save(folder, today, ROUNDS)
    return {
        "history_bytes": size,
        "history_load_stats_ms": median(loads),
        "history_append_save_ms": median(appends),
        "history_plan_ms": median(plans),
    }
