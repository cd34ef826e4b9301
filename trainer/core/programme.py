"""The hold progression: today's plan, derived afresh from the history each time it is asked for.

There is no stored level. ``hold_levels`` folds the sessions, oldest first, into one level per hold track
(the drop of reverse Kegels, the squeeze of Kegels), stepping up after comfortable sessions and easing off
after discomfort, with every number taken from the programme file. Days are the stored ``local_date``s, which
already carry the day-start hour, so travel and DST never move a session to another day.
"""

from __future__ import annotations

import operator
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


def comfortable(programme: Programme, session: SessionRecord, hold_s: float) -> bool:
    """A completed session at least at the current hold ``hold_s``, rated green or not rated, and not released
    early."""
    if session.outcome != "completed" or session.hold_s < hold_s:
        return False
    if session.discomfort is not None and session.discomfort > programme.comfortable_rating:
        return False
    holds = session.holds_s
    # A self-timed hold let go well before the target tells more than a rating left blank.
    return not holds or sum(holds) / len(holds) >= programme.min_self_timed_share * session.hold_s


def _step_due(programme: Programme, max_s: float, hold_s: float, steady_left: int, count: int,
              days: tuple[date, ...], last_step_on: date | None, day: date) -> bool:
    """Whether a level (given field by field) steps up on ``day``: enough comfortable sessions on enough days,
    the wait since the last step over, no steady session left, and room below the track's longest hold."""
    return (not steady_left and hold_s + programme.step_s <= max_s and count >= programme.progress_sessions
            and len(days) >= programme.progress_days
            and (last_step_on is None or (day - last_step_on).days >= programme.days_since_step))


def maybe_step_up(programme: Programme, track: str, level: Level, day: date) -> Level:
    """Step up on ``day`` when enough comfortable sessions on enough days have passed since the last step."""
    if not _step_due(programme, programme.max_s[track], level.hold_s, level.steady_left, level.comfortable_sessions,
                     level.comfortable_days, level.last_step_on, day):
        return level
    return Level(hold_s=level.hold_s + programme.step_s, reason=PROGRESSED, last_step_on=day)


def fold_sessions(programme: Programme, track: str, level: Level, sessions: Iterable[SessionRecord]) -> Level:
    """The level after more sessions of this track, oldest first; before each, the step up if one is due.

    The level is carried in local names and made a ``Level`` once at the end: this runs over every session
    of the track at start (6,500 for ten years of history), and a ``Level`` per session was most of its cost.
    """
    hold_s, reason, last_step_on = level.hold_s, level.reason, level.last_step_on
    count, days, steady_left = level.comfortable_sessions, level.comfortable_days, level.steady_left
    step_s, min_s, max_s = programme.step_s, programme.min_s, programme.max_s[track]
    need_sessions, need_days = programme.progress_sessions, programme.progress_days
    parsed: dict[str, date] = {}  # three sessions a day share one local_date
    for session in sessions:
        day = parsed.get(session.local_date)
        if day is None:
            day = parsed[session.local_date] = session.day
        if _step_due(programme, max_s, hold_s, steady_left, count, days, last_step_on, day):
            hold_s, reason, last_step_on, count, days = hold_s + step_s, PROGRESSED, day, 0, ()
        if eases(programme, session):
            # An ease is a step too: the wait and the count of comfortable sessions start again from here.
            hold_s, reason, last_step_on = max(min_s, hold_s - step_s), EASED, day
            count, days, steady_left = 0, (), 0
            continue
        if reason == START:
            reason = STEADY
        if steady_left:
            steady_left -= 1
        rating = session.discomfort
        if rating is not None and rating >= programme.steady_rating:
            steady_left, count, days = programme.steady_sessions, 0, ()
        elif comfortable(programme, session, hold_s):
            count = min(count + 1, need_sessions)
            if day not in days:
                days = tuple(sorted((*days, day)))[-need_days:]
    return Level(hold_s, reason, last_step_on, count, days, steady_left)


_started_at = operator.attrgetter("started_at")
_zone = operator.attrgetter("tzinfo")


def _moments(sessions: list[SessionRecord]) -> tuple[list[datetime], bool]:
    """When each session started (parsed in C: this runs over every session at start), and whether any
    time had no offset."""
    moments = list(map(datetime.fromisoformat, map(_started_at, sessions)))
    naive = None in map(_zone, moments)
    if naive:
        # A hand-edited time without an offset is read as local, so that it still sorts among the others.
        moments = [moment if moment.tzinfo is not None else moment.astimezone() for moment in moments]
    return moments, naive


@dataclass(frozen=True)
class _Folded:
    """The fold of one history tuple, before today's step up: kept so that the next history, this one and
    a session or two more, folds only those."""

    programme: Programme
    tracks: Mapping[str, str | None]
    sessions: tuple[SessionRecord, ...]
    last_start: datetime | None  # of the latest session folded
    by_track: dict[str, Level]
    ease_pending: bool


_last_fold: _Folded | None = None


def _fold(programme: Programme, sessions: tuple[SessionRecord, ...], tracks: Mapping[str, str | None]) -> _Folded:
    """The levels after every session, oldest first (by ``started_at``), and whether the last one eased.

    The app asks again after each session with the same history and one more; the last answer is kept, and
    a history that only adds sessions starting no earlier than the latest folded one continues from it. Any
    other change (a removal, an edit, a merge that adds older sessions) folds from the start.
    """
    global _last_fold
    last = _last_fold
    if not (last is not None and len(sessions) >= len(last.sessions) and last.programme == programme
            and last.tracks == tracks and all(map(operator.is_, sessions, last.sessions))):
        last = None
    fresh = [session for session in sessions[len(last.sessions) if last else 0:] if session.deleted_at is None]
    moments, naive = _moments(fresh)
    if last is not None and last.last_start is not None and any(moment < last.last_start for moment in moments):
        last = None
        fresh = [session for session in sessions if session.deleted_at is None]
        moments, naive = _moments(fresh)
    # Stable, so that sessions starting at the same instant stay in the history's order.
    order = sorted(range(len(fresh)), key=moments.__getitem__)
    by_track = dict(last.by_track) if last else {track: Level(hold_s=programme.start_s) for track in programme.max_s}
    ours: dict[str | None, list[SessionRecord]] = {track: [] for track in by_track}
    for index in order:
        session = fresh[index]
        bucket = ours.get(tracks.get(session.routine_id))
        if bucket is not None:
            bucket.append(session)
    for track, track_sessions in ours.items():
        if track_sessions:
            by_track[track] = fold_sessions(programme, track, by_track[track], track_sessions)
    if order:
        ease_pending, last_start = eases(programme, fresh[order[-1]]), moments[order[-1]]
    else:
        ease_pending, last_start = (last.ease_pending, last.last_start) if last else (False, None)
    folded = _Folded(programme, dict(tracks), sessions, last_start, by_track, ease_pending)
    # A time without an offset is read in the zone in force now, which may change while the app runs
    # (``records.local_time``): such a history is folded afresh each time, as it always was.
    _last_fold = None if naive else folded
    return folded


def hold_levels(programme: Programme, sessions: Iterable[SessionRecord], tracks: Mapping[str, str | None],
                today: date) -> Levels:
    """Fold the history into a level per track, as of ``today``.

    Args:
        tracks: routine id -> its hold track (``hold_track``); sessions of unknown routines move no level.
        today: the plan's day; a step up that became due since the last session happens today.
    """
    folded = _fold(programme, tuple(sessions), tracks)
    by_track = {track: maybe_step_up(programme, track, level, today) for track, level in folded.by_track.items()}
    return Levels(by_track=by_track, ease_pending=folded.ease_pending)
