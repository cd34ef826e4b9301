"""Merging session histories from several devices and files, by session id.

Each copy of a session holds three independent parts, and each part is merged on its own:

- the recorded facts (routine, times, reps, holds…), which never change once recorded: copies agree, and
  should a hand-edited file disagree, the copy whose facts sort last wins;
- the feedback (``discomfort``, ``note``, ``updated_at``): the copy with the later ``updated_at`` wins;
- the removal (``deleted_at``): the copy whose latest event, ``max(updated_at, deleted_at)``, is later wins,
  so a removal beats older edits and a later edit or un-delete beats an older removal; at the same instant
  the removal wins. Un-deleting must therefore stamp ``updated_at`` (``restored`` does), or the removal
  still recorded on another device would win again.

Every part picks the greatest copy under a total order (ties broken by the exact text), so merging is
commutative, associative and idempotent: any devices syncing in any order reach the same history, and no
session is ever dropped. Times are compared as instants, so offsets from travel do not matter.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterable, Mapping, Sequence

from trainer.core.records import SessionRecord

_FEEDBACK = ("discomfort", "note", "updated_at")
_REMOVAL = ("deleted_at",)
_FACTS = tuple(name for name in SessionRecord.__dataclass_fields__ if name not in _FEEDBACK + _REMOVAL)
_NEVER = float("-inf")


def _instant(text: str | None) -> float:
    if text is None:
        return _NEVER
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        # A time without an offset is taken as UTC: any fixed reading keeps the order the same everywhere.
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


def _facts_key(record: SessionRecord) -> str:
    return json.dumps([getattr(record, name) for name in _FACTS], ensure_ascii=True)


def _feedback_key(record: SessionRecord) -> tuple[float, str]:
    return _instant(record.updated_at), json.dumps([getattr(record, name) for name in _FEEDBACK])


def _removal_key(record: SessionRecord) -> tuple[float, bool, str]:
    latest = max(_instant(record.updated_at), _instant(record.deleted_at))
    return latest, record.deleted, record.deleted_at or ""


def merge_record(first: SessionRecord, second: SessionRecord) -> SessionRecord:
    """Two copies of one session (the same id) merged into one; raises ``ValueError`` for different ids."""
    if first.id != second.id:
        raise ValueError(f"cannot merge sessions {first.id} and {second.id}")
    if first == second:
        # Nearly every session is the same in the local history and in the folder: no keys to build then.
        return first
    facts = max(first, second, key=_facts_key)
    feedback = max(first, second, key=_feedback_key)
    removal = max(first, second, key=_removal_key)
    if facts is feedback is removal:
        return facts
    changes: dict[str, Any] = {name: getattr(feedback, name) for name in _FEEDBACK}
    changes["deleted_at"] = removal.deleted_at
    return dataclasses.replace(facts, **changes)


def merge_histories(*histories: Iterable[SessionRecord]) -> tuple[SessionRecord, ...]:
    """The union of the histories by id, each session merged from all its copies; sorted by start then id,
    so the same sessions always come out in the same order."""
    merged: dict[str, SessionRecord] = {}
    for history in histories:
        for record in history:
            known = merged.get(record.id)
            merged[record.id] = record if known is None else merge_record(known, record)
    return tuple(sorted(merged.values(), key=lambda record: (_instant(record.started_at), record.id)))


@dataclass(frozen=True)
class MergePlan:
    """What merging ``incoming`` into ``current`` does: the result (``current``'s order kept, new sessions
    after it), how many sessions are new, and how many known ones change."""

    sessions: tuple[SessionRecord, ...]
    new: int
    updated: int

    @property
    def changes_anything(self) -> bool:
        return bool(self.new or self.updated)


def plan_merge(current: Sequence[SessionRecord], incoming: Iterable[SessionRecord]) -> MergePlan:
    """Merge ``incoming`` into the ``current`` history by id, keeping the order ``current`` was recorded in."""
    arrived = {record.id: record for record in merge_histories(incoming)}
    kept: list[SessionRecord] = []
    updated = 0
    for record in current:
        other = arrived.pop(record.id, None)
        merged = record if other is None else merge_record(record, other)
        updated += merged != record
        kept.append(merged)
    fresh = sorted(arrived.values(), key=lambda record: (_instant(record.started_at), record.id))
    return MergePlan(tuple(kept) + tuple(fresh), new=len(fresh), updated=updated)


def merged_entries(entries: Sequence[Mapping[str, Any]], sessions: Sequence[SessionRecord]) -> list[dict[str, Any]]:
    """The history file's ``entries`` rewritten to hold ``sessions`` (a ``plan_merge`` result), in order.

    Keys a newer version added to an entry are kept; every key this version knows comes from the record, so
    a note or removal that the merge took away is gone from the entry too.
    """
    known = {entry.get("id"): entry for entry in entries}
    result: list[dict[str, Any]] = []
    for record in sessions:
        entry = {key: value for key, value in known.get(record.id, {}).items()
                 if key not in SessionRecord.__dataclass_fields__}
        entry.update(record.to_json())
        result.append(entry)
    return result


def restored(record: SessionRecord, at: str) -> SessionRecord:
    """``record`` brought back at ``at``: the time is stamped so that the un-delete travels to other devices."""
    return dataclasses.replace(record, deleted_at=None, updated_at=at)
