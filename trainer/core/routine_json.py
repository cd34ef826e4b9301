"""Routines back to their file format, and every problem of a routine given as a dict, for the editor.

``routine_problems`` runs the loader itself on probes that each carry one field of the routine inside a
known-good one, so its messages are the loader's, word for word, and no rule is written twice.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Mapping

from trainer.core.routines import ROUTINE_FORMAT, Routine, RoutineError, parse_routine

_EDITOR_PATH = Path("routine.json")
_GOOD_STEP = {"phase": "rest", "s": 1, "cue": "-"}
_GOOD_BLOCK = {"reps": 1, "cycle": [_GOOD_STEP]}
_GOOD = {
    "format": ROUTINE_FORMAT, "id": "x", "title": "-", "audience": "everyone", "kind": "breath", "summary": "-",
    "positions": [], "instructions": [], "lead_in_s": 0, "sets": 1, "rest_between_sets_s": 0,
    "blocks": [_GOOD_BLOCK],
}


def _number(value: float) -> int | float:
    # The loader reads every duration as a float; whole seconds go back as 5, not 5.0, as people write them.
    return int(value) if float(value).is_integer() else value


def routine_to_json(routine: Routine) -> dict[str, Any]:
    """The routine as its file holds it (DESIGN "Routine files"); ``parse_routine`` gives it back equal."""
    data: dict[str, Any] = {
        "format": ROUTINE_FORMAT, "id": routine.id, "title": routine.title, "audience": routine.audience,
        "kind": routine.kind, "summary": routine.summary, "positions": list(routine.positions),
        "instructions": list(routine.instructions),
    }
    if routine.feel:
        data["feel"] = list(routine.feel)
    data.update(lead_in_s=_number(routine.lead_in_s), sets=routine.sets,
                rest_between_sets_s=_number(routine.rest_between_sets_s))
    data["blocks"] = [
        {"reps": block.reps, "cycle": [
            {"phase": step.phase, "s": _number(step.s), "cue": step.cue, **({"progressive": True} if step.progressive
                                                                             else {})}
            for step in block.cycle
        ]}
        for block in routine.blocks
    ]
    return data


def routine_file_bytes(routine: Routine) -> bytes:
    return (json.dumps(routine_to_json(routine), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def routine_problems(data: Any) -> list[tuple[str, str]]:
    """Every problem of a routine given as a dict, as ``(field, message)`` pairs; empty when it loads."""
    try:
        parse_routine(data, _EDITOR_PATH)
        return []
    except RoutineError as error:
        whole = (error.field, error.message)
    if not isinstance(data, Mapping):
        return [whole]
    problems: list[tuple[str, str]] = []
    for key in dict.fromkeys([*_GOOD, *data]):
        if key != "blocks":
            _probe(problems, _with(_GOOD, key, data))
    blocks = data.get("blocks")
    if not isinstance(blocks, list) or not blocks:
        _probe(problems, _with(_GOOD, "blocks", data))
    else:
        for index, block in enumerate(blocks):
            _block_problems(problems, index, block)
    return problems or [whole]


def _block_problems(problems: list[tuple[str, str]], index: int, block: Any) -> None:
    def probe(candidate: Any) -> None:
        _probe(problems, {**_GOOD, "blocks": [_GOOD_BLOCK] * index + [candidate]})

    if not isinstance(block, Mapping):
        probe(block)
        return
    for key in dict.fromkeys([*_GOOD_BLOCK, *block]):
        if key != "cycle":
            probe(_with(_GOOD_BLOCK, key, block))
    cycle = block.get("cycle")
    if not isinstance(cycle, list) or not cycle:
        probe(_with(_GOOD_BLOCK, "cycle", block))
        return
    for step_index, step in enumerate(cycle):
        if not isinstance(step, Mapping):
            probe({**_GOOD_BLOCK, "cycle": [_GOOD_STEP] * step_index + [step]})
            continue
        for key in dict.fromkeys([*_GOOD_STEP, *step]):
            probe({**_GOOD_BLOCK, "cycle": [_GOOD_STEP] * step_index + [_with(_GOOD_STEP, key, step)]})


def _with(good: Mapping[str, Any], key: str, source: Mapping[str, Any]) -> dict[str, Any]:
    """``good`` with ``key`` as ``source`` has it: its value, or missing when ``source`` lacks it."""
    candidate = dict(good)
    if key in source:
        candidate[key] = source[key]
    else:
        candidate.pop(key, None)
    return candidate


def _probe(problems: list[tuple[str, str]], candidate: dict[str, Any]) -> None:
    try:
        parse_routine(candidate, _EDITOR_PATH)
    except RoutineError as error:
        if (error.field, error.message) not in problems:
            problems.append((error.field, error.message))
