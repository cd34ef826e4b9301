"""A routine expanded once into a flat schedule of segments, with O(log n) look-up by elapsed time.

The session engine never counts ticks: it asks the timeline which segment holds a given elapsed time.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from trainer.core.piston import ease_positions, phase_spec
from trainer.core.routines import MAX_SESSION_PHASES, Routine, session_size

LEAD_IN = "lead-in"
PHASE = "phase"
SET_REST = "set-rest"


@dataclass(frozen=True)
class Segment:
    """A stretch of a session's timeline: the lead-in, one phase, or a rest between sets."""

    index: int
    kind: str  # LEAD_IN, PHASE or SET_REST
    phase: str  # a name from PHASES ("rest" for lead-in and set rests)
    cue: str
    start: float
    end: float
    set: int  # 1-based; 0 during the lead-in
    sets: int
    rep: int  # 1-based within the set; 0 outside reps
    reps: int
    ends_rep: bool = False
    ends_set: bool = False
    progressive: bool = False  # the hold that grows with the programme, and that self-timed holds time
    # Piston positions at the start of the segment and where it is heading; see piston.py.
    floor_from: float = 0.0
    floor_to: float = 0.0
    diaphragm_from: float = 0.0
    diaphragm_to: float = 0.0

    @property
    def duration(self) -> float:
        return self.end - self.start


class Timeline:
    """The whole session as consecutive segments from 0 to ``total_s``."""

    def __init__(self, segments: list[Segment]) -> None:
        if not segments:
            raise ValueError("a timeline needs at least one segment")
        self.segments: tuple[Segment, ...] = tuple(segments)
        self._starts = [segment.start for segment in segments]
        self._rep_ends = [segment.end for segment in segments if segment.ends_rep]
        self._set_ends = [segment.end for segment in segments if segment.ends_set]
        self.total_s = segments[-1].end

    @classmethod
    def from_routine(cls, routine: Routine, hold_s: float | None = None,
                     coupling: str = "inhale-release") -> "Timeline":
        """Expand lead-in, sets, blocks, reps and phases, with rests between sets.

        ``hold_s`` replaces the length of the steps the routine marks progressive, as the user lengthens holds.
        ``coupling`` is the breath coupling setting: it decides which breath the floor's release rides on.
        A routine built in code skips the file's checks, so its size is checked here too, before expanding.
        """
        phases = session_size(routine)[2]
        if phases > MAX_SESSION_PHASES:
            raise ValueError(f"a session of {phases} phases is more than {MAX_SESSION_PHASES}")
        raw: list[dict] = []
        clock = 0.0

        def add(**fields) -> None:
            nonlocal clock
            end = clock + fields.pop("s")
            raw.append(dict(start=clock, end=end, **fields))
            clock = end

        if routine.lead_in_s > 0:
            add(kind=LEAD_IN, phase="rest", cue="", s=routine.lead_in_s, set=0, rep=0)
        reps = routine.reps_per_set
        for set_number in range(1, routine.sets + 1):
            rep = 0
            for block in routine.blocks:
                for _ in range(block.reps):
                    rep += 1
                    for step_index, step in enumerate(block.cycle):
                        seconds = hold_s if (step.progressive and hold_s) else step.s
                        last = step_index == len(block.cycle) - 1
                        add(kind=PHASE, phase=step.phase, cue=step.cue, s=seconds, set=set_number, rep=rep,
                            ends_rep=last, ends_set=last and rep == reps, progressive=step.progressive)
            if set_number < routine.sets and routine.rest_between_sets_s > 0:
                add(kind=SET_REST, phase="rest", cue="", s=routine.rest_between_sets_s, set=set_number, rep=0)
        targets = ease_positions([phase_spec(item["phase"], coupling) for item in raw])
        segments = [
            Segment(index=i, sets=routine.sets, reps=reps, floor_from=f0, floor_to=f1, diaphragm_from=d0,
                    diaphragm_to=d1, **item)
            for i, (item, (f0, f1, d0, d1)) in enumerate(zip(raw, targets))
        ]
        return cls(segments)

    def index_at(self, elapsed: float) -> int:
        """The segment holding ``elapsed`` (clamped to the first and last), by bisection."""
        index = bisect.bisect_right(self._starts, elapsed) - 1
        return min(max(index, 0), len(self.segments) - 1)

    def segment_at(self, elapsed: float) -> Segment:
        return self.segments[self.index_at(elapsed)]

    @property
    def reps_planned(self) -> int:
        return len(self._rep_ends)

    def completed_by(self, elapsed: float) -> tuple[int, int]:
        """Reps and sets whose last phase has ended by ``elapsed``."""
        return (bisect.bisect_right(self._rep_ends, elapsed), bisect.bisect_right(self._set_ends, elapsed))
