"""The history folds as they were before they were made fast, kept as the reference the fast ones must match.

``reference_index`` is ``stats.DayIndex.build`` as it was (one date-keyed pass), ``reference_levels`` is
``programme.hold_levels`` as it was (a ``Level`` per session, the whole history sorted each time). Both are
plainly correct and slow; tests/core/test_fast_folds.py compares them with the real ones.
"""

from __future__ import annotations

from datetime import date, datetime

from trainer.core.programme import EASED, PROGRESSED, START, STEADY, Level, Levels, eases
from trainer.core.records import within_bounds


def reference_index(sessions):
    """(sets by day, longest hold by day, sorted days, (sessions, sets, minutes))."""
    sets: dict[date, int] = {}
    holds: dict[date, float] = {}
    count = total_sets = 0
    seconds = 0.0
    for record in sessions:
        if record.deleted_at is not None or not within_bounds(record):
            continue
        count += 1
        seconds += record.duration_s
        if record.sets_completed < 1:
            continue
        day = date.fromisoformat(record.local_date)
        total_sets += record.sets_completed
        sets[day] = sets.get(day, 0) + record.sets_completed
        holds[day] = max(holds.get(day, record.hold_s), record.hold_s)
    return sets, holds, tuple(sorted(sets)), (count, total_sets, seconds / 60.0)


def _step_up(programme, track, level, day):
    if level.steady_left or level.hold_s + programme.step_s > programme.max_s[track]:
        return level
    if level.comfortable_sessions < programme.progress_sessions:
        return level
    if len(level.comfortable_days) < programme.progress_days:
        return level
    if level.last_step_on is not None and (day - level.last_step_on).days < programme.days_since_step:
        return level
    return Level(hold_s=level.hold_s + programme.step_s, reason=PROGRESSED, last_step_on=day)


def _comfortable(programme, session, level):
    if session.outcome != "completed" or session.hold_s < level.hold_s:
        return False
    if session.discomfort is not None and session.discomfort > programme.comfortable_rating:
        return False
    holds = session.holds_s
    return not holds or sum(holds) / len(holds) >= programme.min_self_timed_share * session.hold_s


def _fold(programme, track, level, session):
    day = session.day
    level = _step_up(programme, track, level, day)
    if eases(programme, session):
        return Level(hold_s=max(programme.min_s, level.hold_s - programme.step_s), reason=EASED, last_step_on=day)
    reason = STEADY if level.reason == START else level.reason
    steady_left = max(0, level.steady_left - 1)
    count, days = level.comfortable_sessions, level.comfortable_days
    rating = session.discomfort
    if rating is not None and rating >= programme.steady_rating:
        steady_left, count, days = programme.steady_sessions, 0, ()
    elif _comfortable(programme, session, level):
        count = min(count + 1, programme.progress_sessions)
        days = tuple(sorted({*days, day}))[-programme.progress_days:]
    return Level(level.hold_s, reason, level.last_step_on, count, days, steady_left)


def _started(session):
    moment = datetime.fromisoformat(session.started_at)
    return moment if moment.tzinfo is not None else moment.astimezone()


def reference_levels(programme, sessions, tracks, today) -> Levels:
    by_track = {track: Level(hold_s=programme.start_s) for track in programme.max_s}
    ease_pending = False
    for session in sorted((s for s in sessions if not s.deleted), key=_started):
        track = tracks.get(session.routine_id)
        if track in by_track:
            by_track[track] = _fold(programme, track, by_track[track], session)
        ease_pending = eases(programme, session)
    by_track = {track: _step_up(programme, track, level, today) for track, level in by_track.items()}
    return Levels(by_track=by_track, ease_pending=ease_pending)
