"""Reading sessions from files that another device, or another copy of the app, wrote.

Three kinds are understood: a ``history.json``, an ``export --json`` file (both an object with a ``sessions``
list), and a device log from the sync folder (JSON Lines: one session per line). Such a file is never trusted:
it must be a regular file under a size cap, and each entry is validated like the history's own; an entry that
fails is skipped and counted, never imported. In a log each line stands alone, so a file cut off mid-line (a
half-synced copy) still gives every line before the cut.
"""

from __future__ import annotations

import json
import math
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trainer.core.history_format import HISTORY_SCHEMA_VERSION
from trainer.core.i18n import tr
from trainer.core.records import RecordError, SessionRecord

# Ten years of practice is about 4 MB as a log; a file sixteen times that is not a history.
MAX_FILE_BYTES = 64 * 1024 * 1024


class SessionFileError(Exception):
    """The file cannot be used at all (missing, not a regular file, too big, not a history); one line."""


@dataclass(frozen=True)
class SessionsRead:
    """The sessions a file holds, the entries skipped because they did not validate, and the file's kind:
    ``"history"`` (a history or an export) or ``"log"``."""

    sessions: tuple[SessionRecord, ...]
    skipped: int
    kind: str


def read_capped(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file no bigger than ``limit`` (``MAX_FILE_BYTES``); raises ``SessionFileError``
    otherwise."""
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        # O_NONBLOCK: opening a FIFO someone named must not hang; regular files ignore the flag.
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NONBLOCK)
    except FileNotFoundError:
        raise SessionFileError(tr("{path} does not exist").format(path=path)) from None
    except OSError as error:
        raise SessionFileError(tr("cannot read {path}: {reason}").format(path=path, reason=error.strerror)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SessionFileError(tr("{path} is not a regular file").format(path=path))
        if info.st_size > limit:
            raise SessionFileError(tr("{path} is too big to be a history (over {most} MB)").format(
                path=path, most=max(1, limit // (1024 * 1024))))
        with os.fdopen(fd, "rb", closefd=False) as file:
            data = file.read(limit + 1)
    except OSError as error:
        raise SessionFileError(tr("cannot read {path}: {reason}").format(path=path, reason=error.strerror)) from None
    finally:
        os.close(fd)
    if len(data) > limit:  # it grew while being read
        raise SessionFileError(tr("{path} is too big to be a history").format(path=path))
    return data


def parse_entry(entry: Any) -> SessionRecord | None:
    """One session as found in a file, or ``None`` when it does not validate."""
    try:
        record = SessionRecord.from_json(entry)
    except RecordError:
        return None
    if not (math.isfinite(record.duration_s) and math.isfinite(record.hold_s)):
        return None
    return record


def _loads(text: str | bytes) -> Any:
    return json.loads(text, parse_constant=_reject_constant)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse_log(raw: bytes) -> SessionsRead:
    """The sessions of a device log: every line that holds one valid session; blank lines are ignored."""
    sessions: list[SessionRecord] = []
    skipped = 0
    for line in raw.splitlines():
        if not line.strip():
            continue
        try:
            record = parse_entry(_loads(line))
        except (ValueError, RecursionError):
            record = None
        if record is None:
            skipped += 1
        else:
            sessions.append(record)
    return SessionsRead(tuple(sessions), skipped, "log")


def parse_sessions(raw: bytes, path: Path) -> SessionsRead:
    """A history, an export or a log, told apart by their content; raises ``SessionFileError`` when the bytes
    are none of them or hold no session."""
    try:
        document = _loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        document = None
    if isinstance(document, dict) and "sessions" in document:
        read = _parse_document(document, path)
    else:
        read = parse_log(raw)
        if read.skipped and not read.sessions:
            raise SessionFileError(tr("{path} is not a history, an export or a device log").format(path=path))
    if not read.sessions:
        message = tr("none of the {n} sessions in {path} is valid") if read.skipped else tr("{path} holds no sessions")
        raise SessionFileError(message.format(path=path, n=read.skipped))
    return read


def _parse_document(document: dict[str, Any], path: Path) -> SessionsRead:
    version = document.get("schema_version", 0)
    if type(version) is int and version > HISTORY_SCHEMA_VERSION:
        raise SessionFileError(tr("{path} was written by a newer version of Pelvic Floor Trainer").format(path=path))
    entries = document["sessions"]
    if not isinstance(entries, list):
        raise SessionFileError(tr("{path} is not a history, an export or a device log").format(path=path))
    records = [parse_entry(entry) for entry in entries]
    sessions = tuple(record for record in records if record is not None)
    return SessionsRead(sessions, len(records) - len(sessions), "history")


def read_sessions_file(path: Path) -> SessionsRead:
    """Read a history, export or device log; raises ``SessionFileError`` with one line for the person."""
    return parse_sessions(read_capped(path), path)
