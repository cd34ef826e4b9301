"""The session record: one practised session as it is kept in ``history.json``.

A record is immutable. ``local_date`` is fixed when the session is recorded and never recomputed, so travel
and daylight-saving changes cannot move a session to another day.

A well-formed entry whose numbers no session can reach (a million sets, a week-long session, 2**31 reps,
infinity) is damage to that one record, not to the file: ``from_json`` raises ``RecordRangeError`` for it, so
the reader can keep the entry as it is in the file and leave it out of every figure.
"""

from __future__ import annotations

import dataclasses
import math
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Mapping

OUTCOMES = ("completed", "stopped", "discomfort")


class RecordError(ValueError):
    """A session entry that does not match the format; ``field`` names the offending key."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


class RecordRangeError(RecordError):
    """A well-formed entry with a value beyond what any session can hold: damage to that record alone."""


# What any real session stays within: routines allow at most 1,000 reps and 2 hours a session (routines.py).
MAX_COUNT = 1000
MAX_DURATION_S = 24 * 3600
MAX_HOLD_S = 3600
MAX_HOLDS = 1000  # a self-timed hold is one per rep


def local_date_for(moment: datetime, day_start_hour: int = 0) -> date:
    """The practice day that ``moment`` (local, aware) belongs to, with days starting at ``day_start_hour``.

    With a day start of 3, a session at 01:30 still counts for the evening before. Subtracting a timedelta
    from an aware datetime works on its wall clock (the offset is left alone), so on a DST night the day still
    follows the clock on the wall; tests/core/test_local_dates.py checks it every 15 minutes of both nights.
    """
    return (moment - timedelta(hours=day_start_hour)).date()


def local_time(moment: datetime) -> datetime:
    """``moment`` in the time zone the system is in now.

    The C library reads the zone once per process; ``tzset`` makes it read it again, so an app left running
    across a change of time zone records the next session in the new zone.
    """
    if hasattr(time, "tzset"):  # Unix only
        time.tzset()
    return moment.astimezone()


def within_bounds(record: "SessionRecord") -> bool:
    """Whether the record's figures are ones a session can have; a record built in code skips ``from_json``."""
    return (0 <= record.sets_completed <= MAX_COUNT and 0 <= record.duration_s <= MAX_DURATION_S
            and 0 <= record.hold_s <= MAX_HOLD_S)


def new_session_id() -> str:
    # Imported here: uuid pulls in platform, about 3 ms of every start, and only a finished session needs it.
    import uuid

    return str(uuid.uuid4())


# Slots, not a __dict__ per record: ten years of history is 11,000 records, and slots keep them in a
# third of the memory (the budget caps memory after opening Progress at 1.2x a bare pyqtgraph window).
@dataclass(frozen=True, slots=True)
class SessionRecord:
    """One session in the history, as it is written to ``history.json``."""

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
    # Optional keys (DESIGN "History and settings"), absent from the file while unused.
    holds_s: tuple[float, ...] | None = None
    device: str | None = None
    updated_at: str | None = None
    deleted_at: str | None = None

    @property
    def day(self) -> date:
        return date.fromisoformat(self.local_date)

    @property
    def deleted(self) -> bool:
        """Removed by the person: kept in the file so it can be undone, left out of every figure."""
        return self.deleted_at is not None

    def with_feedback(self, discomfort: int | None, note: str | None,
                      updated_at: str | None = None) -> "SessionRecord":
        """The same record with the discomfort rating and note that the user added afterwards.

        ``updated_at`` marks a later edit, so that the newest edit wins when devices merge their histories.
        """
        note = (note or "").strip() or None
        return dataclasses.replace(self, discomfort=discomfort, note=note,
                                   updated_at=updated_at if updated_at is not None else self.updated_at)

    def with_deleted(self, deleted_at: str | None) -> "SessionRecord":
        """Removed (with the time it was removed) or, with None, brought back."""
        return dataclasses.replace(self, deleted_at=deleted_at)

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        for key in OPTIONAL_KEYS:
            # Optional keys are absent rather than null: files stay lean and match older readers.
            if data[key] is None:
                del data[key]
        if self.holds_s is not None:
            data["holds_s"] = list(self.holds_s)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "SessionRecord":
        """Validate one entry of ``history.json``; raises ``RecordError`` naming the first bad field.

        An otherwise well-formed entry with a value out of range raises ``RecordRangeError`` instead, naming
        the first such field, so that an entry with both kinds of fault counts as malformed.

        A history file is read through ``plain_records.plain_record`` first, which accepts the plain entries
        (nearly all of them) on its own; this careful reading is for the rest, and for single entries
        (pending files, each append's check). It checks types with ``type(...) is`` (which also rules out
        ``bool`` posing as a number) and fills the frozen instance's slots through their own setters,
        skipping the generated ``__init__``'s per-field ``object.__setattr__`` calls.
        """
        if not isinstance(data, Mapping):
            raise RecordError("session", "is not an object")
        record = object.__new__(cls)
        get = data.get
        out_of_range: RecordRangeError | None = None
        for key, put, shared in _TEXT_FIELDS:
            value = get(key, _MISSING)
            if type(value) is not str:
                raise RecordError(key, "is missing" if value is _MISSING else "has the wrong type")
            put(record, sys.intern(value) if shared else value)
        for key, put, maximum in _NUMBER_FIELDS:
            value = get(key, _MISSING)
            if type(value) not in (int, float):
                raise RecordError(key, "is missing" if value is _MISSING else "has the wrong type")
            # Written "not 0 <= value <= maximum" so that NaN, which compares false to everything, is caught.
            in_range = 0 <= value <= maximum
            if out_of_range is None and not in_range:
                out_of_range = _range_error(key, value, maximum)
            # float() of an integer of 400 digits overflows; such a record is refused anyway.
            put(record, float(value) if in_range else 0.0)
        for key, put in _COUNT_FIELDS:
            value = get(key, _MISSING)
            if type(value) is not int:
                raise RecordError(key, "is missing" if value is _MISSING else "has the wrong type")
            if out_of_range is None and not 0 <= value <= MAX_COUNT:
                out_of_range = _range_error(key, value, MAX_COUNT)
            put(record, value)
        try:
            datetime.fromisoformat(record.started_at)
        except ValueError:
            raise RecordError("started_at", "is not an ISO date and time") from None
        try:
            date.fromisoformat(record.local_date)
        except ValueError:
            raise RecordError("local_date", "is not an ISO date") from None
        if record.outcome not in OUTCOMES:
            raise RecordError("outcome", f"must be one of {', '.join(OUTCOMES)}")
        discomfort = get("discomfort")
        if discomfort is not None and (type(discomfort) is not int or not 0 <= discomfort <= 10):
            raise RecordError("discomfort", "must be null or a whole number from 0 to 10")
        note = get("note")
        if note is not None and type(note) is not str:
            raise RecordError("note", "has the wrong type")
        _put_discomfort(record, discomfort)
        _put_note(record, note)
        holds = get("holds_s")
        if holds is not None:
            if type(holds) is not list or any(type(v) not in (int, float) for v in holds):
                raise RecordError("holds_s", "must be a list of seconds")
            if out_of_range is None and (len(holds) > MAX_HOLDS or not all(0 <= v <= MAX_HOLD_S for v in holds)):
                out_of_range = RecordRangeError("holds_s", f"must hold at most {MAX_HOLDS} holds of 0 to "
                                                           f"{MAX_HOLD_S} seconds")
            holds = tuple(float(v) for v in holds)
        _put_holds(record, holds)
        for key, put in _OPTIONAL_TEXTS:
            value = get(key)
            if value is not None and type(value) is not str:
                raise RecordError(key, "has the wrong type")
            put(record, value)
        for key in ("updated_at", "deleted_at"):
            value = getattr(record, key)
            if value is not None:
                try:
                    datetime.fromisoformat(value)
                except ValueError:
                    raise RecordError(key, "is not an ISO date and time") from None
        if out_of_range is not None:
            raise out_of_range
        return record


_MISSING = object()


def _range_error(key: str, value: float, maximum: float) -> RecordRangeError:
    if type(value) is float and not math.isfinite(value):
        return RecordRangeError(key, "is not a finite number")
    if value < 0:
        return RecordRangeError(key, "is negative")
    return RecordRangeError(key, f"is more than {maximum:g}")


def _setter(name: str):
    """The slot's own setter: it fills a frozen instance without going through its refusing __setattr__."""
    return getattr(SessionRecord, name).__set__


# Texts that thousands of records repeat (a handful of routines, three sessions a day) are interned: one copy.
_TEXT_FIELDS = tuple((name, _setter(name), name in ("routine_id", "routine_title", "local_date", "outcome"))
                     for name in ("id", "routine_id", "routine_title", "started_at", "local_date", "outcome"))
_NUMBER_FIELDS = (("duration_s", _setter("duration_s"), MAX_DURATION_S), ("hold_s", _setter("hold_s"), MAX_HOLD_S))
_COUNT_FIELDS = tuple((name, _setter(name)) for name in ("reps_planned", "reps_completed", "sets_completed"))
_put_discomfort = _setter("discomfort")
_put_note = _setter("note")
_put_holds = _setter("holds_s")
_OPTIONAL_TEXTS = tuple((name, _setter(name)) for name in ("device", "updated_at", "deleted_at"))
OPTIONAL_KEYS = ("note", "holds_s", "device", "updated_at", "deleted_at")
