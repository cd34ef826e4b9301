"""Routine files: loading and validating them, and the catalogue of built-in and user routines.

A routine file that is wrong is rejected with a message naming the file and the field. One bad user file never
hides the others, and a user routine cannot replace a built-in one by reusing its id.

A routine file is untrusted input that is expanded into a timeline, so what it may ask for is bounded before
anything is expanded: a phase lasts at most 10 minutes, a routine has at most 20 sets, 20 blocks, 100 reps a
block and 20 phases a cycle, and a whole session (its own numbers, computed without expanding) lasts at most
2 hours, with at most 1,000 reps and 4,000 phases in all. Only a regular file of at most 256 KiB is read.
"""

from __future__ import annotations

import errno
import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from trainer.core.file_errors import FileFieldError
from trainer.core.i18n import tr
from trainer.core.phases import PHASES
from trainer.core.reading import NOT_REGULAR, TOO_LARGE, UnreadableFileError, read_regular

ROUTINE_FORMAT = 1
AUDIENCES = ("men", "women", "everyone")
KINDS = ("reverse-kegel", "breath", "kegel", "combined")
# DOMAIN keeps a day's practice well under 15 minutes; these caps leave room for any real routine while
# keeping the expanded timeline small (4,000 segments are about a megabyte).
MAX_STEP_S = 600  # a single phase, lead-in or rest longer than 10 minutes is a typo, not a routine
MAX_SETS = 20
MAX_BLOCKS = 20
MAX_REPS = 100  # per block
MAX_STEPS = 20  # per cycle
MAX_SESSION_S = 2 * 3600
MAX_SESSION_REPS = 1000  # the history's own bound on reps (records.MAX_COUNT)
MAX_SESSION_PHASES = 4000
MAX_FILE_BYTES = 256 * 1024


class RoutineError(FileFieldError):
    """A routine file that cannot be used: ``path`` and ``field`` say where, ``message`` says what."""


@dataclass(frozen=True)
class Step:
    """One phase of a block's cycle: its name, its seconds, its spoken cue; a progressive hold follows the plan."""

    phase: str
    s: float
    cue: str
    progressive: bool = False


@dataclass(frozen=True)
class Block:
    """A cycle of steps repeated ``reps`` times."""

    reps: int
    cycle: tuple[Step, ...]


@dataclass(frozen=True)
class Routine:
    """A routine as read from its file: what it is for, how to do it, and its blocks and sets."""

    id: str
    title: str
    audience: str
    kind: str
    summary: str
    positions: tuple[str, ...]
    instructions: tuple[str, ...]
    lead_in_s: float
    sets: int
    rest_between_sets_s: float
    blocks: tuple[Block, ...]
    feel: tuple[str, ...] = ()
    builtin: bool = False
    path: Path | None = field(default=None, compare=False)

    @property
    def reps_per_set(self) -> int:
        return sum(block.reps for block in self.blocks)

    @property
    def hold_s(self) -> float:
        """The routine's own hold length: its progressive step, or else its longest step."""
        steps = [step for block in self.blocks for step in block.cycle]
        progressive = [step.s for step in steps if step.progressive]
        return max(progressive or [step.s for step in steps])

    @property
    def has_progressive_hold(self) -> bool:
        return any(step.progressive for block in self.blocks for step in block.cycle)


class _Reader:
    """Reads typed fields from one JSON object, raising ``RoutineError`` with a dotted field path."""

    def __init__(self, path: Path, data: Any, where: str = "") -> None:
        self.path = path
        self.where = where
        if not isinstance(data, Mapping):
            raise RoutineError(path, where or "file", tr("must be a JSON object"))
        self.data = data

    def name(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def fail(self, key: str, message: str) -> RoutineError:
        return RoutineError(self.path, self.name(key), message)

    def get(self, key: str, types: type | tuple[type, ...], default: Any = ...) -> Any:
        if key not in self.data:
            if default is ...:
                raise self.fail(key, tr("is missing"))
            return default
        value = self.data[key]
        if isinstance(value, bool) and bool not in (types if isinstance(types, tuple) else (types,)):
            raise self.fail(key, tr("has the wrong type"))
        if not isinstance(value, types):
            raise self.fail(key, tr("has the wrong type"))
        return value

    def text(self, key: str, default: Any = ...) -> str:
        value = self.get(key, str, default)
        if isinstance(value, str) and not value.strip():
            raise self.fail(key, tr("is empty"))
        return value

    def texts(self, key: str, default: Any = ...) -> tuple[str, ...]:
        values = self.get(key, list, default)
        for index, value in enumerate(values):
            if not isinstance(value, str) or not value.strip():
                raise RoutineError(self.path, f"{self.name(key)}[{index}]", tr("must be a non-empty text"))
        return tuple(values)

    def seconds(self, key: str, *, allow_zero: bool, default: Any = ...) -> float:
        value = self.get(key, (int, float), default)
        if not math.isfinite(value) or value < 0 or (value == 0 and not allow_zero):
            raise self.fail(key, tr("must be a positive number of seconds"))
        if value > MAX_STEP_S:
            raise self.fail(key, tr("is longer than 10 minutes"))
        return float(value)

    def count(self, key: str, maximum: int, default: Any = ...) -> int:
        value = self.get(key, int, default)
        if not 1 <= value <= maximum:
            raise self.fail(key, tr("must be a whole number from 1 to {maximum}").format(maximum=maximum))
        return value

    def choice(self, key: str, choices: tuple[str, ...]) -> str:
        value = self.get(key, str)
        if value not in choices:
            raise self.fail(key, tr("must be one of: {choices}").format(choices=", ".join(choices)))
        return value


def parse_routine(data: Any, path: Path, *, builtin: bool = False) -> Routine:
    """Validate a parsed routine file; raises ``RoutineError`` naming the first bad field."""
    top = _Reader(path, data)
    fmt = top.get("format", int)
    if fmt != ROUTINE_FORMAT:
        raise top.fail("format", tr("unknown format {format}").format(format=fmt))
    blocks_data = top.get("blocks", list)
    if not blocks_data:
        raise top.fail("blocks", tr("needs at least one block"))
    if len(blocks_data) > MAX_BLOCKS:
        raise top.fail("blocks", tr("has more than {n} blocks").format(n=MAX_BLOCKS))
    blocks = tuple(_parse_block(path, item, index) for index, item in enumerate(blocks_data))
    routine_id = top.text("id")
    if not all(ch.isalnum() or ch in "-_." for ch in routine_id):
        raise top.fail("id", tr("may hold only letters, digits, '-', '_' and '.'"))
    routine = Routine(
        id=routine_id,
        title=top.text("title"),
        audience=top.choice("audience", AUDIENCES),
        kind=top.choice("kind", KINDS),
        summary=top.text("summary"),
        positions=top.texts("positions"),
        instructions=top.texts("instructions"),
        lead_in_s=top.seconds("lead_in_s", allow_zero=True),
        sets=top.count("sets", MAX_SETS),
        rest_between_sets_s=top.seconds("rest_between_sets_s", allow_zero=True),
        blocks=blocks,
        feel=top.texts("feel", ()),
        builtin=builtin,
        path=path,
    )
    _check_session_size(routine, top)
    return routine


def session_size(routine: Routine) -> tuple[float, int, int]:
    """(seconds, reps, phases) of one session at the routine's own hold, from its numbers alone."""
    set_s = sum(block.reps * sum(step.s for step in block.cycle) for block in routine.blocks)
    phases = sum(block.reps * len(block.cycle) for block in routine.blocks)
    rests = routine.sets - 1
    seconds = routine.lead_in_s + routine.sets * set_s + rests * routine.rest_between_sets_s
    return seconds, routine.sets * routine.reps_per_set, routine.sets * phases


def _check_session_size(routine: Routine, top: _Reader) -> None:
    seconds, reps, phases = session_size(routine)
    if seconds > MAX_SESSION_S:
        raise top.fail("blocks", tr("make a session longer than 2 hours ({minutes:.0f} minutes)").format(
            minutes=seconds / 60))
    if reps > MAX_SESSION_REPS:
        raise top.fail("blocks", tr("make more than {n} reps in a session").format(n=MAX_SESSION_REPS))
    if phases > MAX_SESSION_PHASES:
        raise top.fail("blocks", tr("make more than {n} phases in a session").format(n=MAX_SESSION_PHASES))


def _parse_block(path: Path, data: Any, index: int) -> Block:
    block = _Reader(path, data, f"blocks[{index}]")
    reps = block.count("reps", MAX_REPS)
    cycle_data = block.get("cycle", list)
    if not cycle_data:
        raise block.fail("cycle", tr("needs at least one phase"))
    if len(cycle_data) > MAX_STEPS:
        raise block.fail("cycle", tr("has more than {n} phases").format(n=MAX_STEPS))
    steps = []
    for step_index, item in enumerate(cycle_data):
        step = _Reader(path, item, f"{block.where}.cycle[{step_index}]")
        phase = step.get("phase", str)
        if phase not in PHASES:
            raise step.fail("phase", tr("unknown phase '{phase}'").format(phase=phase))
        steps.append(
            Step(
                phase=phase,
                s=step.seconds("s", allow_zero=False),
                cue=step.text("cue"),
                progressive=step.get("progressive", bool, False),
            )
        )
    return Block(reps=reps, cycle=tuple(steps))


def load_routine_file(path: Path, *, builtin: bool = False) -> Routine:
    """Read and validate one routine file; any problem, however the file is broken, is a ``RoutineError``."""
    raw = _read_bytes(path)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeError, RecursionError) as error:
        # ValueError covers bad JSON and integers beyond Python's digit limit; RecursionError, deep nesting.
        reason = str(error) if not isinstance(error, RecursionError) else tr("nested too deeply")
        raise RoutineError(path, "file", tr("is not valid JSON ({reason})").format(reason=reason)) from None
    return parse_routine(data, path, builtin=builtin)


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, if it is a regular file within the size cap (``reading.read_regular``: a named pipe
    at the path would otherwise hang the start for good, and a link to /dev/zero be read until memory runs out)."""
    try:
        raw = read_regular(path, MAX_FILE_BYTES)
    except UnreadableFileError as error:
        if error.kind == TOO_LARGE:
            raise RoutineError(path, "file", tr("is larger than {kib} KiB").format(
                kib=MAX_FILE_BYTES // 1024)) from None
        if error.kind == NOT_REGULAR:
            raise RoutineError(path, "file", tr("is not a regular file")) from None
        raw = None  # a link to nothing reads as a missing file, as it always did here
    except IsADirectoryError:
        raise RoutineError(path, "file", tr("is not a regular file")) from None
    except OSError as error:
        raise RoutineError(path, "file", tr("cannot be read ({reason})").format(reason=error.strerror)) from None
    if raw is None:
        reason = os.strerror(errno.ENOENT)
        raise RoutineError(path, "file", tr("cannot be read ({reason})").format(reason=reason))
    return raw


@dataclass(frozen=True)
class Catalog:
    """The routines that loaded, built in and the person's own, and the files that did not."""

    routines: tuple[Routine, ...]
    errors: tuple[RoutineError, ...]

    def get(self, routine_id: str) -> Routine | None:
        return next((routine for routine in self.routines if routine.id == routine_id), None)


def load_catalog(builtin_dir: Path, user_dir: Path | None = None) -> Catalog:
    """Load the built-in routines, then the user's; collect every problem instead of stopping at the first."""
    routines: list[Routine] = []
    errors: list[RoutineError] = []
    seen: set[str] = set()
    for directory, builtin in ((builtin_dir, True), (user_dir, False)):
        if directory is None or not directory.is_dir():
            continue
        for path in sorted(directory.glob("*.json")):
            try:
                routine = load_routine_file(path, builtin=builtin)
            except RoutineError as error:
                errors.append(error)
                continue
            if routine.id in seen:
                errors.append(
                    RoutineError(path, "id", tr("'{id}' is already used by another routine").format(id=routine.id))
                )
                continue
            seen.add(routine.id)
            routines.append(routine)
    return Catalog(tuple(routines), tuple(errors))
