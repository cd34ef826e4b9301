"""The person's own routines in ``<data>/routines/``: save, delete, import and export, each write atomic.

A user routine never takes the id of a built-in one, nor of another user routine: the catalogue would then
have to hide one of them.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from trainer.core.atomic import write_atomic
from trainer.core.datadir import PRIVATE_DIR_MODE
from trainer.core.i18n import tr
from trainer.core.routine_json import routine_file_bytes
from trainer.core.routines import Catalog, Routine, RoutineError, load_routine_file


class RoutineFileError(Exception):
    """A routine that cannot be saved, imported, exported or deleted; the message says why, in one line."""


def _clash(routine: Routine, catalog: Catalog, replaces: Routine | None) -> str | None:
    known = catalog.get(routine.id)
    # The catalogue may have been reloaded since the editor took ``replaces``: the file tells them apart.
    if known is None or (replaces is not None and not known.builtin and known.path == replaces.path):
        return None
    if known.builtin:
        return tr("'{id}' is the id of a built-in routine; give this routine another id").format(id=routine.id)
    return tr("'{id}' is already the id of another of your routines").format(id=routine.id)


def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        write_atomic(path, data)
    except OSError as error:
        raise RoutineFileError(tr("cannot write {path}: {reason}").format(path=path, reason=error.strerror)) from None


def save_user_routine(routine: Routine, user_dir: Path, catalog: Catalog, replaces: Routine | None = None) -> Routine:
    """Write ``routine`` as ``<user_dir>/<id>.json`` and return it as saved (with its path).

    ``replaces`` is the user routine being edited: its id may be kept, and its old file goes if the id changed.
    """
    problem = _clash(routine, catalog, replaces)
    if problem:
        raise RoutineFileError(problem)
    if replaces is not None and replaces.builtin:
        raise RoutineFileError(tr("built-in routines cannot be changed; duplicate it instead"))
    path = user_dir / f"{routine.id}.json"
    _write(path, routine_file_bytes(routine))
    if replaces is not None and replaces.path is not None and replaces.path != path:
        replaces.path.unlink(missing_ok=True)
    return replace(routine, builtin=False, path=path)


def delete_user_routine(routine: Routine) -> None:
    """Remove a user routine's file; built-in routines are never deleted."""
    if routine.builtin or routine.path is None:
        raise RoutineFileError(tr("'{id}' is a built-in routine and cannot be deleted").format(id=routine.id))
    try:
        routine.path.unlink(missing_ok=True)
    except OSError as error:
        raise RoutineFileError(tr("cannot delete {path}: {reason}").format(path=routine.path,
                                                                          reason=error.strerror)) from None


def import_routine(source: Path, user_dir: Path, catalog: Catalog) -> tuple[Routine, bool]:
    """Copy a routine file into ``user_dir`` after checking it as loading does.

    Returns the routine and whether it was new: importing a routine already there, unchanged, is no error.
    """
    try:
        routine = load_routine_file(source)
    except RoutineError as error:
        raise RoutineFileError(str(error)) from None
    known = catalog.get(routine.id)
    if known is not None and not known.builtin and known == routine:
        return known, False
    problem = _clash(routine, catalog, None)
    if problem:
        raise RoutineFileError(problem)
    target = user_dir / f"{routine.id}.json"
    if target.exists():
        # A file of that name that failed to load, or holds another id: never overwrite what the person made.
        raise RoutineFileError(tr("{path} already exists and holds another routine").format(path=target))
    try:
        data = source.read_bytes()
    except OSError as error:
        raise RoutineFileError(tr("cannot read {path}: {reason}").format(path=source, reason=error.strerror)) from None
    # The file's own bytes, not a re-serialised copy: the author's layout and any extra keys are kept.
    _write(target, data)
    return replace(routine, path=target), True


def export_routine(routine: Routine, target: Path) -> None:
    """Write ``routine`` to ``target`` in the routine file format."""
    if target.is_dir():
        raise RoutineFileError(tr("cannot export to {path}: it is a folder").format(path=target))
    if not target.parent.is_dir():
        raise RoutineFileError(tr("cannot export to {path}: the folder {folder} does not exist").format(
            path=target, folder=target.parent))
    _write(target, routine_file_bytes(routine))

