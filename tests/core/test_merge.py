"""Merging histories by id: later edits win, removals travel, and any order of merges gives one history."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone
from functools import reduce

from helpers.records import make_session
from hypothesis import example, given, settings
from hypothesis import strategies as st

from trainer.core.merge import merge_histories, merge_record, merged_entries, plan_merge, restored

BASE = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
ZONES = [timezone.utc, timezone(timedelta(hours=2)), timezone(timedelta(hours=-7))]


def at(tick: int, zone: int = 0) -> str:
    """The ISO time ``tick`` seconds after the base, written in one of several offsets (the same instant)."""
    return (BASE + timedelta(seconds=tick)).astimezone(ZONES[zone % len(ZONES)]).isoformat()


def test_the_later_edit_wins_for_rating_and_note_whatever_the_offsets():
    """An edit at 10:00+02:00 is earlier than one at 09:30Z, though its text sorts later."""
    base = make_session(id="s")
    early = base.with_feedback(2, "early", updated_at="2026-03-01T10:00:00+02:00")
    late = base.with_feedback(5, "late", updated_at="2026-03-01T09:30:00+00:00")
    for merged in (merge_record(early, late), merge_record(late, early)):
        assert (merged.discomfort, merged.note) == (5, "late")


def test_a_removal_wins_over_an_older_edit_and_loses_to_a_later_un_delete():
    base = make_session(id="s")
    edited = base.with_feedback(3, "sore", updated_at=at(10))
    deleted = base.with_deleted(at(20))
    merged = merge_record(edited, deleted)
    assert merged.deleted and (merged.discomfort, merged.note) == (3, "sore")
    back = restored(merged, at(30))
    assert not merge_record(deleted, back).deleted
    assert not merge_record(back, deleted).deleted


def test_a_removal_and_an_edit_at_the_same_instant_leave_the_session_removed():
    base = make_session(id="s")
    assert merge_record(base.with_feedback(1, "x", updated_at=at(5)), base.with_deleted(at(5, zone=1))).deleted


def test_merge_record_refuses_two_different_sessions():
    try:
        merge_record(make_session(id="a"), make_session(id="b"))
    except ValueError as error:
        assert "a" in str(error)
    else:
        raise AssertionError("merged two sessions with different ids")


def copies():
    """Copies of one session as devices may hold it: any rating, note, edit time and removal."""
    base = make_session(id="same")
    times = st.none() | st.builds(at, st.integers(0, 3), st.integers(0, 2))
    return st.builds(
        lambda discomfort, note, updated, deleted: dataclasses.replace(
            base, discomfort=discomfort, note=note, updated_at=updated, deleted_at=deleted),
        st.none() | st.integers(0, 10), st.none() | st.sampled_from(["a", "b", "c"]), times, times)


EDITED_AFTER_REMOVAL = dataclasses.replace(make_session(id="same"), deleted_at=at(1), updated_at=at(3))
EDITED = dataclasses.replace(make_session(id="same"), updated_at=at(2))
REMOVED = dataclasses.replace(make_session(id="same"), deleted_at=at(2))


@settings(max_examples=500, deadline=None)
@given(copies(), copies(), copies())
# A copy edited after its removal is where a rule on the removal time alone stops being associative.
@example(EDITED_AFTER_REMOVAL, EDITED, REMOVED)
def test_merging_copies_is_commutative_associative_and_idempotent(a, b, c):
    assert merge_record(a, b) == merge_record(b, a)
    assert merge_record(merge_record(a, b), c) == merge_record(a, merge_record(b, c))
    assert merge_record(a, a) == a
    assert merge_record(merge_record(a, b), b) == merge_record(a, b)


# One step of the simulation: (kind, device, other device or session choice).
STEPS = st.lists(st.tuples(st.sampled_from(["append", "edit", "delete", "restore", "sync"]),
                           st.integers(0, 2), st.integers(0, 50)), max_size=40)


def simulate(devices: int, steps) -> tuple[list[dict], set[str]]:
    """Devices append, edit, remove and restore sessions and merge each other's histories now and then."""
    states: list[dict] = [{} for _ in range(devices)]
    created: set[str] = set()
    for tick, (kind, device, choice) in enumerate(steps, start=1):
        device %= devices
        local = states[device]
        if kind == "append":
            session_id = f"d{device}-{tick}"
            created.add(session_id)
            local[session_id] = make_session(id=session_id, device=f"dev{device}")
        elif kind == "sync":
            other = states[choice % devices]
            merged = merge_histories(local.values(), other.values())
            states[device] = {record.id: record for record in merged}
        elif local:
            record = local[sorted(local)[choice % len(local)]]
            if kind == "edit":
                local[record.id] = record.with_feedback(choice % 11, f"note {tick}", updated_at=at(tick, choice))
            elif kind == "delete":
                local[record.id] = record.with_deleted(at(tick, choice))
            else:
                local[record.id] = restored(record, at(tick, choice))
    return states, created


@settings(max_examples=200, deadline=None)
@given(st.integers(2, 3), STEPS, st.randoms(use_true_random=False))
def test_any_order_of_syncs_converges_and_no_session_is_lost(devices, steps, rng):
    states, created = simulate(devices, steps)
    expected = merge_histories(*(state.values() for state in states))
    # Finish with pairwise syncs in a random order until every device has heard from every other.
    pairs = [(a, b) for a in range(devices) for b in range(devices) if a != b]
    for _ in range(devices):
        rng.shuffle(pairs)
        for a, b in pairs:
            merged = merge_histories(states[a].values(), states[b].values())
            states[a] = {record.id: record for record in merged}
    results = {merge_histories(state.values()) for state in states}
    assert results == {expected}
    assert {record.id for record in expected} == created


@settings(max_examples=100, deadline=None)
@given(STEPS, st.permutations(range(3)))
def test_the_order_in_which_histories_are_merged_does_not_matter(steps, order):
    states, _ = simulate(3, steps)
    histories = [list(state.values()) for state in states]
    forward = merge_histories(*histories)
    shuffled = reduce(lambda acc, index: merge_histories(acc, histories[index]), order, ())
    assert shuffled == forward


def test_plan_merge_keeps_the_recorded_order_and_appends_new_sessions_by_start():
    first = make_session(id="first", local_date="2026-03-05")
    second = make_session(id="second", local_date="2026-03-01")
    later = make_session(id="later", local_date="2026-03-09")
    earlier = make_session(id="earlier", local_date="2026-03-02")
    plan = plan_merge([first, second], [later, earlier, second.with_feedback(2, "hm", updated_at=at(1))])
    assert [record.id for record in plan.sessions] == ["first", "second", "earlier", "later"]
    assert (plan.new, plan.updated) == (2, 1)
    assert plan.sessions[1].note == "hm"
    assert not plan_merge(plan.sessions, [first, later]).changes_anything


def test_merged_entries_keep_unknown_keys_and_drop_what_the_merge_took_away():
    record = make_session(id="s", note="old", deleted_at=at(1))
    entries = [{**record.to_json(), "from_the_future": 7}]
    back = restored(record.with_feedback(None, None, updated_at=at(2)), at(2))
    (entry,) = merged_entries(entries, [back])
    assert entry["from_the_future"] == 7
    assert "note" not in entry and "deleted_at" not in entry
    assert entry["updated_at"] == at(2)
