"""The command-line commands of the training programme: ``plan``, ``routine import`` and ``routine export``.

Like ``stats``, they never import Qt. Every problem is a ``CommandError``: one line on stderr, exit 2.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

from trainer.commands import CommandError, open_for_reading
from trainer.core.datadir import DataDirError, ensure_data_dir
from trainer.core.i18n import tr
from trainer.core.plan import make_plan
from trainer.core.plan_text import prescription
from trainer.core.programme_file import Programme, ProgrammeError, load_programme
from trainer.core.routines import Catalog, Routine, load_catalog
from trainer.core.stats import today_for
from trainer.core.user_routines import RoutineFileError, export_routine, import_routine
from trainer.paths import builtin_routines_dir, resource, user_routines_dir


def default_programme() -> Programme:
    try:
        return load_programme(resource("programmes", "default.json"))
    except ProgrammeError as error:
        raise CommandError(str(error)) from None


def _catalog(data_dir: Path) -> Catalog:
    try:
        ensure_data_dir(data_dir)
    except DataDirError as error:
        raise CommandError(str(error)) from None
    return load_catalog(builtin_routines_dir(), user_routines_dir(data_dir))


def _routine(catalog: Catalog, routine_id: str | None, fallback: str | None) -> Routine:
    if routine_id is None:
        return catalog.get(fallback or "") or catalog.routines[0]
    found = catalog.get(routine_id)
    if found is None:
        known = ", ".join(routine.id for routine in catalog.routines)
        raise CommandError(tr("there is no routine '{id}' (known: {known})").format(id=routine_id, known=known))
    return found


def plan(data_dir: Path, *, routine_id: str | None, as_json: bool) -> int:
    programme = default_programme()
    store = open_for_reading(data_dir)
    # Reading only: the routines folder is read if it is there, and neither it nor the data folder is created.
    catalog = load_catalog(builtin_routines_dir(), user_routines_dir(data_dir))
    settings = store.settings
    routine = _routine(catalog, routine_id, settings.last_routine_id)
    today = today_for(datetime.now().astimezone(), settings.day_start_hour)
    result = make_plan(programme, routine, catalog.routines, store.sessions, today, settings.daily_target_sets,
                       override_s=settings.hold_s.get(routine.id))
    if as_json:
        print(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
        return 0
    proposed = catalog.get(result.routine_id) or routine
    print(result.message)
    print(prescription(proposed, result.hold_s, result.daily_target_sets, programme.min_rest_share))
    if result.advice:
        print(result.advice)
    return 0


def routine_import(data_dir: Path, source: Path) -> int:
    catalog = _catalog(data_dir)
    try:
        routine, new = import_routine(source.expanduser(), user_routines_dir(data_dir), catalog)
    except RoutineFileError as error:
        raise CommandError(str(error)) from None
    message = tr("Imported '{id}' to {path}") if new else tr("'{id}' is already there, unchanged ({path})")
    print(message.format(id=routine.id, path=routine.path), file=sys.stderr)
    return 0


def routine_export(data_dir: Path, routine_id: str, target: Path) -> int:
    routine = _routine(_catalog(data_dir), routine_id, None)
    try:
        export_routine(routine, target.expanduser())
    except RoutineFileError as error:
        raise CommandError(str(error)) from None
    print(tr("Exported '{id}' to {path}").format(id=routine.id, path=target), file=sys.stderr)
    return 0
