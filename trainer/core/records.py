"""The session record: one practised session as it is kept in ``history.json``.

A record is immutable. ``local_date`` is fixed when the session is recorded and never recomputed, so travel
and daylight-saving changes cannot move a session to another day.
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Mapping

OUTCOMES = ("completed", "stopped", "discomfort")


class RecordError(ValueError):
    """A session entry that does not match the format; ``field`` names the offending key."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


def local_date_for(moment: datetime, day_start_hour: int = 0) -> date:
    """The practice day that ``moment`` (local, aware) belongs to, with days starting at ``day_start_hour``.

    With a day start of 3, a session at 01:30 still counts for the evening before.
    """
    return (moment - timedelta(hours=day_start_hour)).date()


def new_session_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class SessionRecord:
    id: str
    routine_id: str
    routine_title: str
    started_at: str
    local_date: str
    duration_s: float
    reps_planned: int
    reps_completed: int
    sets_completed: int
    hold_s: float
    outcome: str
    discomfort: int | None = None
    note: str | None = None

    @property
    def day(self) -> date:
        return date.fromisoformat(self.local_date)

    def with_feedback(self, discomfort: int | None, note: str | None) -> "SessionRecord":
        """The same record with the discomfort rating and note that the user added afterwards."""
        note = (note or "").strip() or None
        return dataclasses.replace(self, discomfort=discomfort, note=note)

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        if data["note"] is None:
            # "note" is an optional extension of the DESIGN format; absent rather than null keeps files lean.
            del data["note"]
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "SessionRecord":
        """Validate one entry of ``history.json``; raises ``RecordError`` naming the first bad field."""
        if not isinstance(data, Mapping):
            raise RecordError("session", "is not an object")

        def need(key: str, types: type | tuple[type, ...]) -> Any:
            if key not in data:
                raise RecordError(key, "is missing")
            value = data[key]
            if isinstance(value, bool) or not isinstance(value, types):
                raise RecordError(key, "has the wrong type")
            return value

        started_at = need("started_at", str)
        local_date = need("local_date", str)
        try:
            datetime.fromisoformat(started_at)
        except ValueError:
            raise RecordError("started_at", "is not an ISO date and time") from None
        try:
            date.fromisoformat(local_date)
        except ValueError:
            raise RecordError("local_date", "is not an ISO date") from None
        outcome = need("outcome", str)
        if outcome not in OUTCOMES:
            raise RecordError("outcome", f"must be one of {', '.join(OUTCOMES)}")
        discomfort = data.get("discomfort")
        if discomfort is not None:
            if isinstance(discomfort, bool) or not isinstance(discomfort, int) or not 0 <= discomfort <= 10:
                raise RecordError("discomfort", "must be null or a whole number from 0 to 10")
        note = data.get("note")
        if note is not None and not isinstance(note, str):
            raise RecordError("note", "has the wrong type")
        numbers = {}
        for key in ("duration_s", "hold_s"):
            value = need(key, (int, float))
            if value < 0:
                raise RecordError(key, "is negative")
            numbers[key] = float(value)
        counts = {}
        for key in ("reps_planned", "reps_completed", "sets_completed"):
            value = need(key, int)
            if value < 0:
                raise RecordError(key, "is negative")
            counts[key] = value
        return cls(
            id=need("id", str),
            routine_id=need("routine_id", str),
            routine_title=need("routine_title", str),
            started_at=started_at,
            local_date=local_date,
            outcome=outcome,
            discomfort=discomfort,
            note=note,
            **numbers,
            **counts,
        )
