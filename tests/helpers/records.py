"""The one session-record builder of the test suites: a valid ``SessionRecord`` from just the fields a test
cares about."""

from __future__ import annotations

import itertools
import uuid
from datetime import date
from typing import Any

from trainer.core.records import SessionRecord

# Deterministic ids keep failing examples reproducible (no random uuid4 in test data).
_ids = itertools.count(1)


def make_session(
    local_date: str | date = "2026-03-29",
    sets_completed: int = 1,
    outcome: str = "completed",
    hold_s: float = 5.0,
    duration_s: float = 150.0,
    started_at: str | None = None,
    routine_id: str = "reverse-kegel-women",
    **fields: Any,
) -> SessionRecord:
    """A session on ``local_date``; ``started_at`` defaults to 08:15 that day at UTC+02:00.

    Any other ``SessionRecord`` field (``reps_completed``, ``discomfort``, ``note``, ``id``…) can be
    given by keyword.
    """
    local_date = local_date.isoformat() if isinstance(local_date, date) else local_date
    values: dict[str, Any] = {
        "id": str(uuid.UUID(int=next(_ids))),
        "routine_id": routine_id,
        "routine_title": "Reverse Kegels for women",
        "started_at": started_at or f"{local_date}T08:15:00+02:00",
        "local_date": local_date,
        "duration_s": duration_s,
        "reps_planned": 10,
        "reps_completed": 10 if sets_completed else 0,
        "sets_completed": sets_completed,
        "hold_s": hold_s,
        "outcome": outcome,
    }
    values.update(fields)
    return SessionRecord(**values)
