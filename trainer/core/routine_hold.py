"""A routine at a given hold: the hold applied, the rest between holds kept at least as long, and its length.

The rest between two holds is everything else in the cycle (the release and the next drop or squeeze).
"""

from __future__ import annotations

from dataclasses import replace

from trainer.core.routines import Block, Routine


def total_length_s(routine: Routine, hold_s: float | None = None) -> float:
    """Seconds from start to end of a session, as ``Timeline.from_routine`` lays it out, from the numbers alone."""
    one_set = sum(
        block.reps * sum(hold_s if (step.progressive and hold_s) else step.s for step in block.cycle)
        for block in routine.blocks
    )
    return routine.lead_in_s + routine.sets * one_set + (routine.sets - 1) * routine.rest_between_sets_s


def rest_between_holds_s(routine: Routine) -> float | None:
    """The rest around the progressive hold, or None when the routine has none."""
    for block in routine.blocks:
        if any(step.progressive for step in block.cycle):
            return sum(step.s for step in block.cycle if not step.progressive)
    return None


def with_hold(routine: Routine, hold_s: float, min_rest_share: float = 1.0) -> Routine:
    """``routine`` with its progressive steps lasting ``hold_s``, and the rest between holds at least
    ``min_rest_share`` times the hold: the step after each hold (the release) is lengthened as needed."""
    return replace(routine, blocks=tuple(_block_with_hold(block, hold_s, min_rest_share) for block in routine.blocks))


def _block_with_hold(block: Block, hold_s: float, min_rest_share: float) -> Block:
    positions = [index for index, step in enumerate(block.cycle) if step.progressive]
    if not positions:
        return block
    steps = [replace(step, s=hold_s) if step.progressive else step for step in block.cycle]
    rest = sum(step.s for step in steps if not step.progressive)
    missing = min_rest_share * hold_s - rest
    if missing > 0:
        after = [(positions[0] + offset) % len(steps) for offset in range(1, len(steps))]
        release = next((index for index in after if not steps[index].progressive), None)
        if release is not None:
            steps[release] = replace(steps[release], s=steps[release].s + missing)
    return replace(block, cycle=tuple(steps))
