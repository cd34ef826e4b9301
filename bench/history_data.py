"""Ten years of synthetic history, three sessions a day, written in the real ``history.json`` format.

The file is rendered by the store's own format module, so it has exactly the layout the app writes (one
session per line, the splice-friendly trailer) and it validates on open. A fixed seed makes every run of the
bench read the same bytes.
"""

from __future__ import annotations

import json
import random
import shutil
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from trainer.core.history_format import encode_json, render_history
from trainer.core.records import SessionRecord
from trainer.core.settings import Settings

YEARS = 10
SESSIONS_PER_DAY = 3
_ROUTINES = (
    ("reverse-kegel-women", "Reverse Kegels for women", 10, 5.0),
    ("reverse-kegel-men", "Reverse Kegels for men", 10, 5.0),
    ("breath-drop", "Breathing pelvic floor drop", 10, 2.0),
    ("kegel-women", "Kegels for women", 10, 5.0),
    ("combined", "Kegels and reverse Kegels", 8, 4.0),
)
_HOURS = (7, 13, 21)


def session(rng: random.Random, day: date, slot: int) -> SessionRecord:
    """One plausible session: mostly completed, some stopped early, a few stopped for discomfort."""
    routine_id, title, reps, hold = rng.choice(_ROUTINES)
    # Summer time in the middle of the year, so offsets vary as they do for a real European user.
    offset = timezone(timedelta(hours=2 if 4 <= day.month <= 9 else 1))
    started = datetime(day.year, day.month, day.day, _HOURS[slot], rng.randrange(60), rng.randrange(60),
                       tzinfo=offset)
    roll = rng.random()
    outcome = "completed" if roll < 0.9 else ("stopped" if roll < 0.98 else "discomfort")
    done = reps if outcome == "completed" else rng.randrange(reps)
    return SessionRecord(
        id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        routine_id=routine_id,
        routine_title=title,
        started_at=started.isoformat(timespec="seconds"),
        local_date=day.isoformat(),
        duration_s=round(rng.uniform(120.0, 300.0), 1),
        reps_planned=reps,
        reps_completed=done,
        sets_completed=1 if outcome == "completed" else 0,
        hold_s=hold + rng.choice((0.0, 1.0, 2.0)),
        outcome=outcome,
        discomfort=rng.randrange(3, 8) if outcome == "discomfort" else None,
    )


def sessions(today: date, years: int = YEARS, seed: int = 20260329) -> list[SessionRecord]:
    """``SESSIONS_PER_DAY`` sessions on every day of the ``years`` up to and including ``today``."""
    rng = random.Random(seed)
    first = today - timedelta(days=365 * years + years // 4 - 1)
    days = (first + timedelta(days=n) for n in range((today - first).days + 1))
    return [session(rng, day, slot) for day in days for slot in range(SESSIONS_PER_DAY)]


def write_data_dir(folder: Path, today: date) -> int:
    """Fill ``folder`` as a long-time user's data dir (history, accepted safety notice); returns the count."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    records = sessions(today)
    raw = render_history([encode_json(record.to_json()) for record in records])
    (folder / "history.json").write_bytes(raw)
    settings = Settings(safety_accepted_at=f"{today.isoformat()}T08:00:00+02:00").to_json()
    (folder / "settings.json").write_text(json.dumps(settings, indent=1) + "\n")
    return len(records)


def copy_data_dir(template: Path, folder: Path) -> Path:
    """A private copy of a filled data dir, so that one measurement's writes never reach another's."""
    shutil.copytree(template, folder)
    folder.chmod(0o700)
    return folder
