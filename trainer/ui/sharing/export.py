"""Writing the history to a CSV or JSON file from the app, byte for byte what ``export`` on the command line
writes: the same renderers, written the same way (atomically, private)."""

from __future__ import annotations

from pathlib import Path

from trainer.commands import render_csv, render_json
from trainer.core.atomic import write_atomic
from trainer.core.records import SessionRecord


def write_export(sessions: tuple[SessionRecord, ...], path: Path, *, as_json: bool) -> None:
    """Raises ``OSError`` when the file cannot be written."""
    data = render_json(sessions) if as_json else render_csv(sessions)
    write_atomic(path, data.encode("utf-8"))
