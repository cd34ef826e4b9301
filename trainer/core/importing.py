"""Importing another history, an export or a device log into this one, by session id (``import FILE``).

The Store takes its backup first and writes once; a session already here is never added again, and one
edited elsewhere takes the later rating and note (``trainer.core.merge``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trainer.core.i18n import tr
from trainer.core.merge import plan_merge
from trainer.core.session_files import read_sessions_file
from trainer.core.store import Store


@dataclass(frozen=True)
class ImportResult:
    """Sessions new to the history, known ones the file changed, known ones unchanged, and invalid entries
    that were skipped."""

    new: int
    updated: int
    unchanged: int
    skipped: int

    def message(self, path: Path) -> str:
        parts = [tr("{n} new sessions imported from {path}").format(n=self.new, path=path)]
        if self.updated:
            parts.append(tr("{n} updated").format(n=self.updated))
        if self.unchanged:
            parts.append(tr("{n} already here").format(n=self.unchanged))
        if self.skipped:
            parts.append(tr("{n} invalid entries skipped").format(n=self.skipped))
        return "; ".join(parts) + "."


def import_file(store: Store, path: Path) -> ImportResult:
    """Merge the sessions of ``path`` into ``store``. Raises ``SessionFileError`` (one line) for a file that
    cannot be used, and ``StoreReadOnlyError`` for a history from a newer version."""
    read = read_sessions_file(path)
    plan = plan_merge(store.sessions, read.sessions)
    new = store.merge_sessions(read.sessions)
    distinct = len({record.id for record in read.sessions})
    return ImportResult(new, plan.updated, distinct - new - plan.updated, read.skipped)
