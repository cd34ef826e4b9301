"""Shared helpers for the store tests: a wall clock tests move by hand, and deterministic session records."""

from __future__ import annotations

import json
import os
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from helpers.records import make_session
from trainer.core.records import SessionRecord
from trainer.core.store import Store

START = datetime(2026, 3, 29, 8, 15, 2, tzinfo=timezone(timedelta(hours=2)))
STAMP = "20260329T081502"


class WallClock:
    """An aware wall clock that only moves when told to; passed to ``Store.open(wall_now=...)``."""

    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def make_record(n: int, **fields: Any) -> SessionRecord:
    """Session number ``n``: a fixed id from ``n`` so failures are reproducible, started at ``START``."""
    values: dict[str, Any] = {"id": str(uuid.UUID(int=n)), "started_at": START.isoformat(), "duration_s": 151.2,
                              "discomfort": None}
    return make_session(**{**values, **fields})


def history_document(records: list[SessionRecord], version: int | None = 1) -> dict[str, Any]:
    document: dict[str, Any] = {"sessions": [record.to_json() for record in records]}
    if version is not None:
        document = {"schema_version": version, **document}
    return document


def write_json(path: Path, document: Any, indent: int | None = 2) -> bytes:
    """Write ``document`` in a layout the store itself would not use, and return the bytes written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(document, indent=indent).encode("utf-8")
    path.write_bytes(raw)
    return raw


def written_by_store(folder: Path, records: list[SessionRecord], clock: WallClock | None = None) -> bytes:
    """Let a store write ``records`` to ``folder`` and return the history bytes."""
    store = Store.open(folder, wall_now=clock or WallClock())
    for record in records:
        store.append_session(record)
    return store.history_path.read_bytes()


def mode(path: Path) -> int:
    return os.stat(path).st_mode & 0o777


def names(folder: Path) -> set[str]:
    return set(os.listdir(folder))


def backup_names(folder: Path) -> set[str]:
    """The files in ``backups/`` but the store's own cache of what each backup holds."""
    return names(folder) - {".ranks.json"}


def snapshot(folder) -> dict:
    """Every file under ``folder`` with its bytes and mode, to show that nothing changed."""
    found = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = os.path.join(root, name)
            info = os.lstat(path)
            content = Path(path).read_bytes() if os.path.isfile(path) and not os.path.islink(path) else None
            found[os.path.relpath(path, folder)] = (info.st_mode, content)
    found["."] = os.stat(folder).st_mode
    return found


def child_env() -> dict[str, str]:
    """The environment for a child Python that must import ``trainer`` from this checkout, installed or not."""
    root = Path(__file__).resolve().parents[2]
    # The checkout for trainer, tests/ for the helpers package the children share with the tests.
    paths = [str(root), str(root / "tests"), *filter(None, [os.environ.get("PYTHONPATH")])]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
