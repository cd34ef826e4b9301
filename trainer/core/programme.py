"""The hold progression: today's plan, derived afresh from the history each time it is asked for.

There is no stored level. ``hold_levels`` folds the sessions, oldest first, into one level per hold track
(the drop of reverse Kegels, the squeeze of Kegels), stepping up after comfortable sessions and easing off
after discomfort, with every number taken from the programme file. Days are the stored ``local_date``s, which
already carry the day-start hour, so travel and DST never move a session to another day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable, Mapping

from trainer.core.programme_file import Programme
from trainer.core.records import SessionRecord
from trainer.core.routines import Routine

START, STEADY, PROGRESSED, EASED = "start", "steady", "progressed", "eased"


def hold_track(routine: Routine) -> str | None:
    """The hold a routine progresses: the phase of its progressive step, or None (the breathing drop)."""
    return next((step.phase for block in routine.blocks for step in block.cycle if step.progressive), None)


@dataclass(frozen=True)
class Level:
    """Where one track stands after the sessions folded so far."""

    hold_s: float
    reason: str = START
    last_step_on: date | None = None
    # Comfortable sessions since the last step, and their distinct days; both capped at what a step needs, so
    # years at the longest hold stay as cheap to fold as a first week.
    comfortable_sessions: int = 0
    comfortable_days: tuple[date, ...] = ()
    steady_left: int = 0  # sessions still to stay at this hold after a 4-5 rating


@dataclass(frozen=True)
class Levels:
    by_track: dict[str, Level]
    ease_pending: bool  # the last session of all ended in pain: the next one is the breathing drop


def eases(programme: Programme, session: SessionRecord) -> bool:
    """A "This hurts" stop, or a rating in the red (6 or more): drop a step and rest."""
    rating = session.discomfort
    return session.outcome == "discomfort" or (rating is not None and rating >= programme.ease_rating)


def comfortable(programme: Programme, session: SessionRecord, level: Level) -> bool:
    """A completed session at least at the current hold, rated green or not rated, and not released early."""
    if session.outcome != "completed" or session.hold_s < level.hold_s:
        return False
    if session.discomfort is not None and session.discomfort > programme.comfortable_rating:
        return False
    holds = session.holds_s
    # A self-timed hold let go well before the target tells more than a rating left blank.
    return not holds or sum(holds) / len(holds) >= programme.min_self_timed_share * session.hold_s


def maybe_step_up(programme: Programme, track: str, level: Level, day: date) -> Level:
    """Step up on ``day`` when enough comfortable sessions on enough days have passed since the last step."""
    if level.steady_left or level.hold_s + programme.step_s > programme.max_s[track]:
        return level
    if level.comfortable_sessions < programme.progress_sessions:
        return level
    if len(level.comfortable_days) < programme.progress_days:
        return level
    if level.last_step_on is not None and (day - level.last_step_on).days < programme.days_since_step:
        return level
    return Level(hold_s=level.hold_s + programme.step_s, reason=PROGRESSED, last_step_on=day)


def fold_session(programme: Programme, track: str, level: Level, session: SessionRecord) -> Level:
    """The level after one more session of this track; the step up, if due, comes before it."""
    day = session.day
    level = maybe_step_up(programme, track, level, day)
    if eases(programme, session):
        # An ease is a step too: the wait and the count of comfortable sessions start again from here.
        return Level(hold_s=max(programme.min_s, level.hold_s - programme.step_s), reason=EASED,
                     last_step_on=day)
    reason = STEADY if level.reason == START else level.reason
    steady_left = max(0, level.steady_left - 1)
    count, days = level.comfortable_sessions, level.comfortable_days
    rating = session.discomfort
    if rating is not None and rating >= programme.steady_rating:
        steady_left, count, days = programme.steady_sessions, 0, ()
    elif comfortable(programme, session, level):
        count = min(count + 1, programme.progress_sessions)
        days = tuple(sorted({*days, day}))[-programme.progress_days:]
    # Built directly rather than with dataclasses.replace, which inspects the fields on every call: this runs
    # once per session at every start (11,000 times for ten years of history), and replace was 30 ms of it.
    return Level(level.hold_s, reason, level.last_step_on, count, days, steady_left)


def _started(session: SessionRecord) -> datetime:
    moment = datetime.fromisoformat(session.started_at)
    # A hand-edited time without an offset is read as local, so that it still sorts among the others.
    return moment if moment.tzinfo is not None else moment.astimezone()


def hold_levels(programme: Programme, sessions: Iterable[SessionRecord], tracks: Mapping[str, str | None],
                today: date) -> Levels:
    """Fold the history into a level per track, as of ``today``.

    Args:
        tracks: routine id -> its hold track (``hold_track``); sessions of unknown routines move no level.
        today: the plan's day; a step up that became due since the last session happens today.
    """
    by_track = {track: Level(hold_s=programme.start_s) for track in programme.max_s}
    ease_pending = False
    for session in sorted((s for s in sessions if not s.deleted), key=_started):
        track = tracks.get(session.routine_id)
        if track in by_track:
            by_track[track] = fold_session(programme, track, by_track[track], session)
        ease_pending = eases(programme, session)
    by_track = {track: maybe_step_up(programme, track, level, today) for track, level in by_track.items()}
    return Levels(by_track=by_track, ease_pending=ease_pending)
