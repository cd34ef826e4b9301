"""The quick reading of a history entry (``plain_records``) agrees with ``SessionRecord.from_json``: an entry it
accepts gives the very same record, and every entry ``from_json`` refuses, it refuses too."""

from __future__ import annotations

import dataclasses
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.core.history_format import encode_json, parse_history, render_history
from trainer.core.plain_records import plain_record
from trainer.core.records import RecordError, SessionRecord

GOOD = {
    "id": "1d0c5c8e-2a53-4d42-9a55-1c8b8f0b6e01",
    "routine_id": "reverse-kegel-women",
    "routine_title": "Reverse Kegels for women",
    "started_at": "2026-03-29T08:15:00+02:00",
    "local_date": "2026-03-29",
    "duration_s": 150.5,
    "reps_planned": 10,
    "reps_completed": 10,
    "sets_completed": 1,
    "hold_s": 5.0,
    "outcome": "completed",
    "discomfort": None,
}

# Values that are right for some field, wrong for others, or wrong for all: the quick path must never accept
# what the careful one refuses, whichever field they land in.
odd_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.integers(990, 1010),
    st.sampled_from([86400, 86401, 3600, 3601, 2**31, 10**400, -0.0]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["", "completed", "stopped", "discomfort", "done", "2026-03-29", "20260329",
                     "2026-W13-7", "2026-02-30", "2026-03-29T08:15:00", "2026-03-29T08:15:00+02:00",
                     "2026-03-29 08:15", "not a date", "\ud800"]),
    st.text(max_size=8),
    st.lists(st.one_of(st.floats(-1, 4000), st.integers(-1, 4000), st.booleans(), st.text(max_size=2)),
             max_size=4),
    st.just([5.0] * 1001),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
)
fields = st.sampled_from(sorted(GOOD) + ["note", "holds_s", "device", "updated_at", "deleted_at", "extra"])


@st.composite
def entries(draw):
    entry = dict(GOOD)
    for _ in range(draw(st.integers(0, 3))):
        entry[draw(fields)] = draw(odd_values)
    for key in draw(st.lists(fields, max_size=2)):
        entry.pop(key, None)
    return entry


def careful(entry):
    try:
        return SessionRecord.from_json(entry)
    except RecordError:
        return None


def same_record(quick: SessionRecord, slow: SessionRecord) -> bool:
    """Equal field by field, with the same types (5 == 5.0 would hide an int kept where a float belongs)."""
    pairs = [(getattr(quick, f.name), getattr(slow, f.name)) for f in dataclasses.fields(SessionRecord)]
    return all(type(a) is type(b) and (a == b or (a != a and b != b)) for a, b in pairs)


@settings(max_examples=600, deadline=None)
@given(entries())
def test_the_quick_reading_accepts_only_what_from_json_accepts_and_gives_the_same_record(entry):
    quick = plain_record(entry)
    if quick is None:
        return
    slow = careful(entry)
    assert slow is not None
    assert type(quick) is SessionRecord
    assert same_record(quick, slow)
    assert quick == slow and hash(quick) == hash(slow)


def test_a_plain_entry_takes_the_quick_path_and_its_record_stays_frozen():
    record = plain_record(dict(GOOD, holds_s=[4, 5.5], note="fine", device="laptop",
                               updated_at="2026-03-29T09:00:00+02:00"))
    assert record is not None and same_record(record, SessionRecord.from_json(dict(GOOD, holds_s=[4, 5.5],
        note="fine", device="laptop", updated_at="2026-03-29T09:00:00+02:00")))
    assert record.holds_s == (4.0, 5.5) and type(record.holds_s[0]) is float
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.hold_s = 9.0  # type: ignore[misc]


@pytest.mark.parametrize("change", [
    {"sets_completed": 1001}, {"duration_s": math.inf}, {"hold_s": math.nan}, {"reps_planned": True},
    {"discomfort": 11}, {"local_date": "2026-02-30"}, {"holds_s": [5.0] * 1001}, {"outcome": "done"},
])
def test_anything_in_doubt_is_left_to_from_json(change):
    assert plain_record(dict(GOOD, **change)) is None


@settings(max_examples=60, deadline=None)
@given(st.lists(entries(), max_size=12))
def test_a_whole_file_reads_as_from_json_reads_it_entry_by_entry(items):
    """The file's sessions (or its refusal) are what the careful reading of each entry gives."""
    for index, entry in enumerate(items):
        entry["id"] = f"id-{index}"
    try:
        raw = render_history([encode_json(entry) for entry in items])
    except ValueError:
        return  # NaN or infinity: no file can hold it
    slow = [careful(entry) for entry in items]
    try:
        parsed = parse_history(raw)
    except ValueError:
        # Refused as a whole only if some entry is malformed beyond a value out of range.
        assert None in slow
        return
    valid = [record for record in slow if record is not None]
    assert len(parsed.sessions) == len(valid)
    assert all(same_record(a, b) for a, b in zip(parsed.sessions, valid))
