"""The history table sizes its columns from each distinct text once, to the very widths Qt's own measuring of
every cell gives, whether the table is hidden, shown, or scrolled far down a long history."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QHeaderView, QTableView

from trainer.ui.progress.history_model import HistoryModel
from trainer.ui.progress.history_table import HistoryTable, sampled_rows

from helpers.records import make_session

TODAY = date(2026, 3, 25)
TITLES = ("Kegels", "Reverse Kegels for women", "Breathing pelvic floor drop")


def qt_sampled_rows(top: int, bottom: int, count: int, precision: int) -> list[int]:
    """QTableView::sizeHintForColumn's choice of rows, step by step as Qt takes them."""
    rows = list(range(top, bottom + 1))[: precision if precision > 0 else None]
    if precision <= 0:
        return rows if precision == 0 else list(range(count))
    up, down = top, rows[-1]
    while len(rows) < precision and (up > 0 or down < count - 1):
        if (len(rows) % 2 and up > 0) or down == count - 1:
            up -= 1
            rows.append(up)
        else:
            down += 1
            rows.append(down)
    return sorted(rows)


@pytest.mark.parametrize("top, bottom, count, precision", [
    (0, 7, 3000, 1000), (1500, 1507, 3000, 1000), (2992, 2999, 3000, 1000), (3, 10, 3000, 1000),
    (0, 7, 40, 1000), (0, 7, 3000, 0), (0, 7, 3000, -1), (10, 20, 3000, 5), (0, 0, 1, 1000),
])
def test_the_rows_measured_are_the_rows_qt_measures(top, bottom, count, precision):
    assert list(sampled_rows(top, bottom, count, precision)) == qt_sampled_rows(top, bottom, count, precision)


def long_history(days: int) -> list:
    sessions = []
    for n in range(days):
        day = TODAY - timedelta(days=n)
        sessions.append(make_session(day, routine_title=TITLES[n % 3], sets_completed=n % 4,
                                     outcome=("completed", "stopped", "discomfort")[n % 3],
                                     discomfort=None if n % 5 else n % 11, note="x" * (n % 40) or None))
    # Far beyond the first thousand rows: Qt leaves it unmeasured until it is scrolled near, and so must we.
    sessions.append(make_session(TODAY - timedelta(days=days + 1), routine_title="A far longer title " * 4))
    return sessions


@pytest.fixture
def table(qtbot):
    view = HistoryTable()
    qtbot.addWidget(view)
    model = HistoryModel(view)
    model.set_sessions(long_history(2400))
    view.setModel(model)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.resize(700, 260)
    return view


def widths(view: HistoryTable) -> tuple[list[int], list[int]]:
    columns = range(view.model().columnCount())
    return [view.sizeHintForColumn(c) for c in columns], [QTableView.sizeHintForColumn(view, c) for c in columns]


def test_a_hidden_table_sizes_its_columns_as_qt_would(table):
    ours, qts = widths(table)
    assert ours == qts and min(ours) > 0


def test_a_shown_table_scrolled_anywhere_sizes_its_columns_as_qt_would(table, qtbot):
    table.show()
    qtbot.waitExposed(table)
    titles = []
    for row in (0, 1200, table.model().rowCount() - 1):
        table.scrollTo(table.model().index(row, 0))
        ours, qts = widths(table)
        assert ours == qts, row
        titles.append(ours[1])
    # Scrolled to the end, the far longer title is among the rows measured, and widens its column.
    assert titles[0] == titles[1] < titles[2]


class CountingModel(HistoryModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.asked = 0

    def data(self, index, role=0):
        self.asked += 1
        return super().data(index, role)


def test_a_column_is_sized_without_asking_for_every_cell(qtbot):
    view = HistoryTable()
    qtbot.addWidget(view)
    model = CountingModel(view)
    model.set_sessions(long_history(2400))
    view.setModel(model)
    model.asked = 0
    view.sizeHintForColumn(1)
    # Three titles in the thousand rows measured: a few questions each, where Qt's own way asks thousands.
    assert 0 < model.asked < 100


def test_a_measured_column_is_measured_again_only_when_its_rows_or_font_change(qtbot):
    view = HistoryTable()
    qtbot.addWidget(view)
    model = CountingModel(view)
    sessions = long_history(30)[:-1]  # the three usual titles only
    model.set_sessions(sessions)
    view.setModel(model)
    first = view.sizeHintForColumn(1)
    model.asked = 0
    assert view.sizeHintForColumn(1) == first and model.asked == 0
    model.set_sessions(sessions + [make_session(TODAY, routine_title="A much longer routine title than those")])
    assert view.sizeHintForColumn(1) > first
    wider = view.sizeHintForColumn(1)
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    assert view.sizeHintForColumn(1) > wider
