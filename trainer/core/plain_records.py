"""The quick way to read a history entry: a well-formed, in-range session in a few checks, or None.

``SessionRecord.from_json`` walks the fields one by one so that it can name the first bad one; at every start
it would do that 11,000 times for ten years of history, almost always to find nothing wrong. ``plain_record``
checks the same rules in straight-line code and builds the record in one go, but it never explains: for any
entry it is not sure of (a wrong type, a value out of range, a date that does not parse, anything unusual) it
returns None and the caller asks ``from_json``, which says what is wrong. So an entry it accepts gives the
very record ``from_json`` gives (tests/core/test_plain_records.py checks both on generated entries), and one
it refuses meets the same validation as before.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from trainer.core.records import MAX_COUNT, MAX_DURATION_S, MAX_HOLD_S, MAX_HOLDS, OUTCOMES, SessionRecord

_REQUIRED = itemgetter("id", "routine_id", "routine_title", "started_at", "local_date", "outcome",
                       "duration_s", "hold_s", "reps_planned", "reps_completed", "sets_completed")
_OUTCOMES = frozenset(OUTCOMES)
_intern = sys.intern
_parse_moment = datetime.fromisoformat
_parse_day = date.fromisoformat


class _Unfrozen:
    """The record's very slots, without the frozen ``__setattr__``: filled with plain attribute stores, then
    made a ``SessionRecord`` by assigning ``__class__`` (Python allows it between classes of one layout).

    Seventeen calls of each slot's setter on a frozen instance were a third of reading a plain entry.
    """

    __slots__ = SessionRecord.__slots__


def plain_record(entry: Any) -> SessionRecord | None:
    """The record of ``entry`` if it is a valid, in-range session beyond doubt; None means "ask from_json"."""
    if type(entry) is not dict:
        return None
    try:
        session_id, routine_id, title, started, local, outcome, duration, hold, planned, done, sets = _REQUIRED(entry)
    except KeyError:
        return None
    # ``type(...) is`` rules out bool posing as a number, as from_json does; the chained comparisons are
    # written so that NaN, which compares false to everything, fails them.
    if not (type(session_id) is str and type(routine_id) is str and type(title) is str and type(started) is str
            and type(local) is str and type(outcome) is str and outcome in _OUTCOMES
            and (type(duration) is float or type(duration) is int) and 0 <= duration <= MAX_DURATION_S
            and (type(hold) is float or type(hold) is int) and 0 <= hold <= MAX_HOLD_S
            and type(planned) is int and 0 <= planned <= MAX_COUNT and type(done) is int
            and 0 <= done <= MAX_COUNT and type(sets) is int and 0 <= sets <= MAX_COUNT):
        return None
    get = entry.get
    discomfort, note, holds = get("discomfort"), get("note"), get("holds_s")
    device, updated, deleted = get("device"), get("updated_at"), get("deleted_at")
    if discomfort is not None and (type(discomfort) is not int or not 0 <= discomfort <= 10):
        return None
    if not ((note is None or type(note) is str) and (device is None or type(device) is str)
            and (updated is None or type(updated) is str) and (deleted is None or type(deleted) is str)):
        return None
    if holds is not None:
        if (type(holds) is not list or len(holds) > MAX_HOLDS
                or not all((type(v) is float or type(v) is int) and 0 <= v <= MAX_HOLD_S for v in holds)):
            return None
        holds = tuple(map(float, holds))
    try:
        _parse_moment(started)
        _parse_day(local)
        if updated is not None:
            _parse_moment(updated)
        if deleted is not None:
            _parse_moment(deleted)
    except ValueError:
        return None
    record = _Unfrozen()
    record.id = session_id
    # Texts that thousands of records repeat are interned, as from_json does: one copy each.
    record.routine_id = _intern(routine_id)
    record.routine_title = _intern(title)
    record.started_at = started
    record.local_date = _intern(local)
    record.outcome = _intern(outcome)
    record.duration_s = float(duration)
    record.hold_s = float(hold)
    record.reps_planned = planned
    record.reps_completed = done
    record.sets_completed = sets
    record.discomfort = discomfort
    record.note = note
    record.holds_s = holds
    record.device = device
    record.updated_at = updated
    record.deleted_at = deleted
    record.__class__ = SessionRecord
    return record  # type: ignore[return-value]
