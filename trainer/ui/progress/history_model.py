"""The sessions as a table model for the history list: newest first, removed sessions left out.

Columns: date, routine, sets, outcome, rating, note. Each row's record is at ``Qt.UserRole``.
"""

from __future__ import annotations

from datetime import date
from operator import attrgetter
from typing import Any, Iterable

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt,
)

from trainer.core.records import SessionRecord

_CONTEXT = "HistoryModel"
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_USER = int(Qt.ItemDataRole.UserRole.value)
_ANSWERED = frozenset((_DISPLAY, _ACCESSIBLE, _ALIGNMENT, _USER))
_CENTRE = int(Qt.AlignmentFlag.AlignCenter.value)
_NEWEST_FIRST = attrgetter("local_date", "started_at")
# What each column's text depends on: rows that agree on it show the same text.
_COLUMN_KEYS = (attrgetter("local_date"), attrgetter("routine_title"), attrgetter("sets_completed"),
                attrgetter("outcome"), attrgetter("discomfort"), attrgetter("note"))


def _headers() -> tuple[str, ...]:
    t = QCoreApplication.translate
    return (t(_CONTEXT, "Date"), t(_CONTEXT, "Routine"), t(_CONTEXT, "Sets"), t(_CONTEXT, "Outcome"),
            t(_CONTEXT, "Discomfort"), t(_CONTEXT, "Note"))


def outcome_label(outcome: str) -> str:
    t = QCoreApplication.translate
    return {"completed": t(_CONTEXT, "Completed"), "stopped": t(_CONTEXT, "Stopped early"),
            "discomfort": t(_CONTEXT, "Stopped: discomfort")}.get(outcome, outcome)


def day_label(day: date) -> str:
    # The locale names the weekday and month; the pattern keeps the day unambiguous in every language.
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SessionRecord] = []
        self._headers = _headers()
        # Counts resets, so that what a view has measured of the rows can tell when it is out of date.
        self.revision = 0

    def set_sessions(self, sessions: Iterable[SessionRecord]) -> None:
        self.beginResetModel()
        self._rows = sorted((record for record in sessions if not record.deleted), key=_NEWEST_FIRST, reverse=True)
        self.revision += 1
        self.endResetModel()

    def distinct_texts(self, column: int, rows: range) -> dict[str, int]:
        """Each text that ``column`` shows in ``rows``, with the first of those rows that shows it."""
        key = _COLUMN_KEYS[column]
        firsts: dict[Any, int] = {}
        for row in rows:
            firsts.setdefault(key(self._rows[row]), row)
        texts: dict[str, int] = {}
        for row in firsts.values():
            texts.setdefault(self._cell(self._rows[row], column, False), row)
        return texts

    def record(self, row: int) -> SessionRecord:
        return self._rows[row]

    def row_of(self, record_id: str) -> int | None:
        return next((row for row, record in enumerate(self._rows) if record.id == record_id), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every cell the header measures (up to 1,000 rows of ten years of history
        # at the first view), so the roles are compared with plain ints, and the roles no cell answers go first.
        if role not in _ANSWERED or not index.isValid():
            return None
        record = self._rows[index.row()]
        if role == _USER:
            return record
        if role == _ALIGNMENT:
            return _CENTRE if index.column() in (2, 4) else None
        return self._cell(record, index.column(), role == _ACCESSIBLE)

    def _cell(self, record: SessionRecord, column: int, spoken: bool) -> str:
        t = QCoreApplication.translate
        if column == 0:
            return day_label(record.day)
        if column == 1:
            return record.routine_title
        if column == 2:
            return str(record.sets_completed)
        if column == 3:
            return outcome_label(record.outcome)
        if column == 4:
            if record.discomfort is None:
                return t(_CONTEXT, "not rated") if spoken else "–"
            return t(_CONTEXT, "{n} of 10").format(n=record.discomfort)
        # An empty cell still needs words for a screen reader, which otherwise reads a nameless cell.
        return record.note or (t(_CONTEXT, "no note") if spoken else "")
