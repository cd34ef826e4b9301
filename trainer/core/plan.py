"""Today's plan for one routine: the hold the programme suggests, the sets done, and why, in plain words.

The person's own hold (``settings.hold_s[routine_id]``, set with the hold control) always wins over the
programme: it is reported as ``override_s`` and becomes ``hold_s``, while ``programme_hold_s`` keeps the
programme's suggestion.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Iterable

from trainer.core import stats
from trainer.core.plan_text import plan_advice, plan_message
from trainer.core.programme import EASED, PROGRESSED, START, STEADY, Level, hold_levels, hold_track
from trainer.core.programme_file import Programme
from trainer.core.records import SessionRecord
from trainer.core.routine_hold import rest_between_holds_s, total_length_s, with_hold
from trainer.core.routines import Routine


@dataclass(frozen=True)
class Plan:
    """What to practise next.

    ``routine_id`` is the routine proposed for the next session: the one asked for, or the breathing drop
    after an ease. ``hold_s`` and ``rest_s`` are its hold and rest (None for a routine without a progressive
    hold). ``level`` (1 = the shortest hold), ``levels``, ``programme_hold_s``, ``override_s`` and
    ``last_step_on`` are those of the asked routine's hold track, so after an ease they tell the hold to come
    back to.
    """

    routine_id: str
    asked_routine_id: str
    hold_s: float | None
    rest_s: float | None
    reps: int
    session_s: float
    sets_today: int
    daily_target_sets: int
    level: int | None
    levels: int | None
    programme_hold_s: float | None
    override_s: float | None
    reason: str
    last_step_on: date | None
    steady_left: int
    message: str
    advice: str | None

    def to_json(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in self.__dataclass_fields__}
        data["last_step_on"] = self.last_step_on.isoformat() if self.last_step_on else None
        return data


def make_plan(programme: Programme, routine: Routine, routines: Iterable[Routine],
              sessions: Iterable[SessionRecord], today: date, daily_target_sets: int,
              override_s: float | None = None) -> Plan:
    """The plan for ``routine`` on ``today``.

    Args:
        routines: every known routine (the catalogue), to tell which hold each session trained.
        override_s: the person's own hold for ``routine``, if they set one.
    """
    sessions = tuple(sessions)
    catalogue = {known.id: known for known in routines}
    catalogue.setdefault(routine.id, routine)
    track = hold_track(routine)
    levels = hold_levels(programme, sessions, {key: hold_track(value) for key, value in catalogue.items()}, today)
    level = levels.by_track.get(track) if track else None
    override_s = override_s if level is not None else None
    proposed = routine
    ease_routine = catalogue.get(programme.ease_routine_id)
    if levels.ease_pending and ease_routine is not None:
        proposed = ease_routine
    hold_s = None
    if proposed.id == routine.id and level is not None:
        hold_s = override_s or level.hold_s
    elif hold_track(proposed) is not None:
        hold_s = proposed.hold_s
    shaped = with_hold(proposed, hold_s, programme.min_rest_share) if hold_s else proposed
    session_s = total_length_s(shaped)
    reason = _reason(levels.ease_pending, level, today)
    plan = Plan(
        routine_id=proposed.id,
        asked_routine_id=routine.id,
        hold_s=hold_s,
        rest_s=rest_between_holds_s(shaped) if hold_s else None,
        reps=proposed.reps_per_set,
        session_s=session_s,
        sets_today=stats.sets_per_day(sessions, today, today)[0][1],
        daily_target_sets=_capped_target(programme, daily_target_sets, session_s / proposed.sets),
        level=_level_number(programme, level.hold_s) if level else None,
        levels=_level_number(programme, programme.max_s[track]) if level else None,
        programme_hold_s=level.hold_s if level else None,
        override_s=override_s,
        reason=reason,
        last_step_on=level.last_step_on if level else None,
        steady_left=level.steady_left if level else 0,
        message="",
        advice=plan_advice(programme) if reason == EASED else None,
    )
    at_ceiling = level is not None and level.hold_s >= programme.max_s[track]
    return replace(plan, message=plan_message(plan, proposed.title, at_ceiling=at_ceiling))


def _reason(ease_pending: bool, level: Level | None, today: date) -> str:
    if ease_pending:
        return EASED
    if level is None:
        return STEADY
    if level.reason in (PROGRESSED, EASED) and level.last_step_on == today:
        return level.reason
    return START if level.reason == START else STEADY


def _level_number(programme: Programme, hold_s: float) -> int:
    return 1 + round((hold_s - programme.min_s) / programme.step_s)


def _capped_target(programme: Programme, target: int, set_s: float) -> int:
    """The daily target, lowered so that a day's sets stay within the programme's daily minutes."""
    fits = math.floor(programme.max_daily_minutes * 60 / set_s) if set_s > 0 else target
    return max(1, min(target, fits))

