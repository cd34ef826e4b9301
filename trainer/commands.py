"""The command-line commands that work on the history without opening a window: ``stats`` and ``export``.

They only read: the data folder may be read-only, a snapshot, or open in the app meanwhile.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Callable

from trainer.core import stats as statistics
from trainer.core.atomic import write_atomic
from trainer.core.i18n import tr
from trainer.core.records import SessionRecord
from trainer.core.store import DataDirError, Store

EXPORT_COLUMNS = tuple(SessionRecord.__dataclass_fields__)


class CommandError(Exception):
    """A problem the user can fix (a bad path, an unwritable file); printed as one line, exit 2."""


def open_for_reading(data_dir: Path) -> Store:
    """The store as a reading command sees it: opened read-only, so it takes no lock and writes nothing (not
    even a repair: a damaged history is shown as it would be restored, and the app repairs it when it opens)."""
    try:
        store = Store.open(data_dir, read_only=True)
    except DataDirError as error:
        raise CommandError(str(error)) from None
    for notice in store.notices:
        print(notice.message, file=sys.stderr)
    return store


def _local_now() -> datetime:
    return datetime.now().astimezone()


def stats(data_dir: Path, *, as_json: bool, wall_now: Callable[[], datetime] | None = None) -> int:
    """Print the streaks and totals; ``wall_now`` (local time, with offset) says what "today" is."""
    store = open_for_reading(data_dir)
    today = statistics.today_for((wall_now or _local_now)(), store.settings.day_start_hour)
    summary = statistics.summary(store.sessions, today, store.settings.daily_target_sets)
    if as_json:
        # allow_nan=False: Infinity or NaN would not be JSON; the figures are finite, and this keeps them so.
        print(json.dumps(summary, indent=2, allow_nan=False))
        return 0
    target = summary["daily_target_sets"]
    lines = [
        (tr("Current streak"), _plural(summary["current_streak_days"], tr("1 day"), tr("{n} days"))),
        (tr("Longest streak"), _plural(summary["longest_streak_days"], tr("1 day"), tr("{n} days"))),
        (tr("Today"), _plural(target, tr("{done} of 1 set"), tr("{done} of {n} sets")).format(
            done=summary["today_sets"])),
        (tr("This week"), _plural(summary["week_sets"], tr("1 set"), tr("{n} sets"))),
        (tr("Practice days"), str(summary["practice_days"])),
        (tr("Sessions"), str(summary["sessions"])),
        (tr("Sets in all"), str(summary["sets_total"])),
        (tr("Minutes in all"), f"{summary['minutes_total']:.1f}"),
    ]
    width = max(len(label) for label, _ in lines)
    for label, value in lines:
        print(f"{label:<{width}}  {value}")
    return 0


def _plural(n: int, one: str, many: str) -> str:
    """``one`` for 1, else ``many`` with ``n`` filled in; other placeholders are left for the caller."""
    return one if n == 1 else many.replace("{n}", str(n))


def export(data_dir: Path, *, csv_path: Path | None, json_path: Path | None) -> int:
    target = (csv_path or json_path).expanduser()
    if not target.parent.is_dir():
        raise CommandError(tr("cannot export to {path}: the folder {folder} does not exist").format(
            path=target, folder=target.parent))
    if target.is_dir():
        raise CommandError(tr("cannot export to {path}: it is a folder").format(path=target))
    store = open_for_reading(data_dir)
    sessions = store.sessions
    data = render_csv(sessions) if csv_path is not None else render_json(sessions)
    try:
        # Atomic and private (0600): an export holds health data, and a half-written file must never appear.
        write_atomic(target, data.encode("utf-8"))
    except OSError as error:
        raise CommandError(tr("cannot write {path}: {reason}").format(path=target, reason=error.strerror)) from None
    print(tr("Exported {n} sessions to {path}").format(n=len(sessions), path=target), file=sys.stderr)
    return 0


def render_csv(sessions: tuple[SessionRecord, ...]) -> str:
    """One row per session, with a header, in the order they were recorded.

    Rows end in CRLF as RFC 4180 has them: the writer quotes a cell holding any character of the line
    terminator, so with a bare LF a note holding a carriage return would split its row in two.
    """
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for session in sessions:
        values = {key: getattr(session, key) for key in EXPORT_COLUMNS}
        writer.writerow({key: _cell(value) for key, value in values.items()})
    return buffer.getvalue()


# A spreadsheet runs a cell that starts with one of these as a formula ("=HYPERLINK(...)" in a note).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    """The value as a CSV cell; text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return value
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def render_json(sessions: tuple[SessionRecord, ...]) -> str:
    payload = {
        "schema_version": 1,
        "exported_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "sessions": [session.to_json() for session in sessions],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
