"""The commands that bring sessions in from other devices and files, and take a summary out to a
physiotherapist: ``import``, ``sync`` and ``report``.

``import`` and ``sync`` write the history, so they take the data folder's lock: with the app open on the same
folder, its copy in memory would otherwise overwrite what they merged at its next save.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Iterator

from trainer.commands import CommandError
from trainer.core.device import device_id
from trainer.core.i18n import tr
from trainer.core.importing import import_file
from trainer.core.lock import AlreadyRunningError, InstanceLock
from trainer.core.session_files import SessionFileError
from trainer.core.store import DataDirError, Store, StoreReadOnlyError
from trainer.core.sync import sync_once


def _stamp() -> str:
    return datetime.now().astimezone().strftime("%Y%m%dT%H%M%S")


@contextmanager
def _locked_store(data_dir: Path) -> Iterator[Store]:
    lock = InstanceLock(data_dir)
    try:
        lock.acquire()
    except AlreadyRunningError as error:
        raise CommandError(tr("{reason} Close it, or use its menu, and try again.").format(reason=error)) from None
    except DataDirError as error:
        raise CommandError(str(error)) from None
    try:
        try:
            store = Store.open(data_dir)
        except DataDirError as error:
            raise CommandError(str(error)) from None
        for notice in store.notices:
            print(notice.message, file=sys.stderr)
        yield store
    finally:
        lock.release()


def import_command(data_dir: Path, path: Path) -> int:
    path = path.expanduser()
    with _locked_store(data_dir) as store:
        try:
            result = import_file(store, path)
        except (SessionFileError, StoreReadOnlyError) as error:
            raise CommandError(str(error)) from None
        except OSError as error:
            raise CommandError(tr("cannot save the history: {reason}").format(reason=error.strerror)) from None
    print(result.message(path))
    return 0


def sync_command(data_dir: Path) -> int:
    """Exit 0 when synced, 1 while the folder is away (a later sync catches up), 2 when it needs the person."""
    with _locked_store(data_dir) as store:
        if store.settings.sync_folder is None:
            raise CommandError(tr('no sync folder is set: choose one in the app\'s settings, or set "sync_folder" '
                                  "in {path}").format(path=store.settings_path))
        try:
            result = sync_once(store, device_id(store.data_dir, _stamp()))
        except OSError as error:
            raise CommandError(tr("cannot save the history: {reason}").format(reason=error.strerror)) from None
    for notice in result.notices:
        print(notice, file=sys.stderr)
    if result.status == "waiting":
        print(result.message, file=sys.stderr)
        return 1
    if result.status != "synced":
        raise CommandError(result.message)
    print(result.message)
    if result.archived:
        print(tr("{n} conflict copies were merged and moved to {folder}.").format(
            n=len(result.archived), folder=result.archived[0].parent))
    return 0


def report_command(data_dir: Path, pdf: Path, *, days: int | None, start: date | None, end: date | None,
                   name: str | None) -> int:
    from trainer.core.periods import chosen_span, period_for
    from trainer.core.report_data import build_report

    try:
        chosen_span(start, end)
    except ValueError as error:
        raise CommandError(str(error)) from None
    target = pdf.expanduser()
    if not target.parent.is_dir():
        raise CommandError(tr("cannot write {path}: the folder {folder} does not exist").format(
            path=target, folder=target.parent))
    if target.is_dir():
        raise CommandError(tr("cannot write {path}: it is a folder").format(path=target))
    try:
        store = Store.open(data_dir)
    except DataDirError as error:
        raise CommandError(str(error)) from None
    for notice in store.notices:
        print(notice.message, file=sys.stderr)
    period = period_for(datetime.now().astimezone(), store.settings.day_start_hour, days=days, start=start, end=end)
    report = build_report(store.sessions, store.settings, _catalog(data_dir), period)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        # A report needs fonts, not a screen: with no display, Qt's offscreen platform is enough.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from trainer.ui.reports.pdf_report import write_pdf

    try:
        pages = write_pdf(target, report, name=name)
    except OSError as error:
        raise CommandError(tr("cannot write {path}: {reason}").format(path=target, reason=error.strerror)) from None
    print(tr("Wrote a {pages}-page report for {start} to {end} to {path}").format(
        pages=pages, start=period.start.isoformat(), end=period.end.isoformat(), path=target), file=sys.stderr)
    return 0


def _catalog(data_dir: Path):
    from trainer.core.routines import load_catalog
    from trainer.paths import builtin_routines_dir, user_routines_dir

    return load_catalog(builtin_routines_dir(), user_routines_dir(data_dir))
