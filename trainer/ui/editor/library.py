"""The routines the app knows, and every change to the person's own: the one place that writes routine files.

Built-in routines come from the app's resources, the person's own from ``<data>/routines/``; after a save,
a delete or an import the catalogue is loaded again from both, so what the app shows is what is on disk.

Signals:
    changed(Catalog, str): the catalogue was reloaded; the id is the routine to show (empty: keep the current).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from trainer.core.routines import Catalog, Routine, load_catalog
from trainer.core.user_routines import delete_user_routine, export_routine, import_routine, save_user_routine
from trainer.paths import builtin_routines_dir, user_routines_dir

_FALLBACK_ID = "routine"


def slug(title: str) -> str:
    """An id from a title, in the characters a routine id may hold: "My Morning Drop" -> "my-morning-drop"."""
    pieces = "".join(ch if ch.isalnum() else " " for ch in title.casefold()).split()
    return "-".join(pieces) or _FALLBACK_ID


class RoutineLibrary(QObject):
    changed = Signal(object, str)

    def __init__(self, catalog: Catalog, data_dir: Path, builtin_dir: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.user_dir = user_routines_dir(data_dir)
        self._builtin_dir = builtin_dir or builtin_routines_dir()

    @property
    def catalog(self) -> Catalog:
        return self._catalog

    def unique_id(self, title: str, replaces: Routine | None = None) -> str:
        """An id for a routine called ``title`` that no other routine, and no other file, already has."""
        base = slug(title)
        candidate, number = base, 1
        while self._taken(candidate, replaces):
            number += 1
            candidate = f"{base}-{number}"
        return candidate

    def _taken(self, routine_id: str, replaces: Routine | None) -> bool:
        known = self._catalog.get(routine_id)
        path = self.user_dir / f"{routine_id}.json"
        if replaces is not None and not replaces.builtin and path == replaces.path:
            return False
        # A file that failed to load is still the person's: a new routine must not write over it.
        return known is not None or path.exists()

    def save(self, routine: Routine, replaces: Routine | None = None) -> Routine:
        """Write ``routine`` (raises ``RoutineFileError``), reload, and show it."""
        saved = save_user_routine(routine, self.user_dir, self._catalog, replaces)
        self.reload(saved.id)
        return saved

    def delete(self, routine: Routine) -> None:
        delete_user_routine(routine)
        self.reload()

    def import_file(self, source: Path) -> tuple[Routine, bool]:
        routine, is_new = import_routine(source, self.user_dir, self._catalog)
        self.reload(routine.id)
        return routine, is_new

    def export(self, routine: Routine, target: Path) -> None:
        export_routine(routine, target)

    def reload(self, show_id: str = "") -> None:
        self._catalog = load_catalog(self._builtin_dir, self.user_dir)
        self.changed.emit(self._catalog, show_id)
