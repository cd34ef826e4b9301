"""Self-timed holds: the person, not the clock, ends each progressive hold.

While the person presses (Space or the Hold button), the hold ahead of them is open: it may last up to
``cap_s(target)``, twice the target and at most a minute, so a forgotten key cannot stall a session. The
release ends it there and then, and everything after it in the timeline moves by the difference. The
timeline is rebuilt rather than patched, so the engine still answers every question by bisection.
"""

from __future__ import annotations

from dataclasses import replace

from trainer.core.timeline import Timeline

MAX_SELF_TIMED_S = 60.0


def cap_s(target_s: float) -> float:
    """The longest a self-timed hold may last: twice the target, at most a minute (never below the target)."""
    return max(target_s, min(2 * target_s, MAX_SELF_TIMED_S))


def next_hold(timeline: Timeline, elapsed: float) -> int | None:
    """The progressive hold under way at ``elapsed``, or the next one to come; None after the last."""
    index = timeline.index_at(elapsed)
    return next((segment.index for segment in timeline.segments[index:]
                 if segment.progressive and segment.end > elapsed), None)


def with_hold_end(timeline: Timeline, index: int, end: float) -> Timeline:
    """``timeline`` with segment ``index`` ending at ``end`` and every later segment moved to follow it."""
    segments = list(timeline.segments)
    shift = end - segments[index].end
    segments[index] = replace(segments[index], end=end)
    for later in range(index + 1, len(segments)):
        segment = segments[later]
        segments[later] = replace(segment, start=segment.start + shift, end=segment.end + shift)
    return Timeline(segments)


def holds_done(timeline: Timeline, elapsed: float) -> tuple[float, ...]:
    """The seconds of each progressive hold that had ended by ``elapsed``, in order."""
    return tuple(round(segment.duration, 1) for segment in timeline.segments
                 if segment.progressive and segment.end <= elapsed)
