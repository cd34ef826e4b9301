"""The table of the history list, whose columns fit their contents without measuring every cell.

``ResizeToContents`` asks the view for each column's width, and ``QTableView`` answers by asking the delegate
for the size of every cell in up to ``resizeContentsPrecision`` rows (1,000) around the visible ones: with ten
years of history some 5,000 cells, each a round of ``data()`` calls into Python, and the header asks again at
every layout change. Most cells repeat a few texts (five routines, three outcomes), so the answer here measures
each distinct text of those same rows once, and asks the delegate only about the widest; and it keeps the
answer until the rows, the font or the style change, as one showing of the page lays the table out many times.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QTableView

from trainer.ui.progress.history_model import HistoryModel

# Texts this close to the widest by font metrics are measured by the delegate too, which lays the text out
# itself and may round differently.
WIDEST_SLACK_PX = 3.0
# Answers kept at most: one per column for the few row windows a header resizes over between two resets.
KEPT_HINTS = 64
_REMEASURE_ON = (QEvent.Type.StyleChange, QEvent.Type.FontChange, QEvent.Type.LocaleChange,
                 QEvent.Type.LanguageChange)


def sampled_rows(top: int, bottom: int, count: int, precision: int) -> range:
    """The rows ``QTableView.sizeHintForColumn`` measures: the visible ``top``..``bottom`` (the first
    ``precision`` of them), then more rows, alternately below and above, until ``precision`` rows are measured;
    a negative ``precision`` means every row, 0 the visible ones."""
    if count <= 0:
        return range(0)
    if precision < 0:
        return range(count)
    top = min(max(0, top), count - 1)
    bottom = min(max(top, bottom), count - 1)
    if precision == 0:
        return range(top, bottom + 1)
    bottom = min(bottom, top + precision - 1)
    extra = precision - (bottom - top + 1)
    below = min(count - 1 - bottom, (extra + 1) // 2)
    above = min(top, extra - below)
    below = min(count - 1 - bottom, extra - above)
    return range(top - above, bottom + below + 1)


class HistoryTable(QTableView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._hints: dict[tuple, int] = {}

    def changeEvent(self, event) -> None:
        # A style sheet's padding or a new font changes every cell's size, with the same texts; a new language
        # the texts themselves.
        if event.type() in _REMEASURE_ON:
            self._hints.clear()
        super().changeEvent(event)

    def sizeHintForColumn(self, column: int) -> int:
        model = self.model()
        if not isinstance(model, HistoryModel) or model.rowCount() == 0:
            return super().sizeHintForColumn(column)
        self.ensurePolished()
        count = model.rowCount()
        header = self.verticalHeader()
        top = header.visualIndexAt(0)
        bottom = header.visualIndexAt(self.viewport().height())
        if not self.isVisible() or bottom < 0:
            # As Qt does: a hidden table, or one whose rows do not fill it, measures from its first row down.
            top, bottom = max(0, top), count - 1
        rows = sampled_rows(top, bottom, count, self.horizontalHeader().resizeContentsPrecision())
        key = (column, rows.start, rows.stop, model.revision, self.font().key(), self.showGrid())
        if key not in self._hints:
            if len(self._hints) >= KEPT_HINTS:
                self._hints.clear()
            self._hints[key] = self._measure(model, column, rows)
        return self._hints[key]

    def _measure(self, model: HistoryModel, column: int, rows: range) -> int:
        texts = model.distinct_texts(column, rows)
        metrics = QFontMetricsF(self.font())
        advances = {text: metrics.horizontalAdvance(text) for text in texts}
        widest = max(advances.values())
        hint = 0
        for text, row in texts.items():
            if advances[text] >= widest - WIDEST_SLACK_PX:
                hint = max(hint, self.sizeHintForIndex(model.index(row, column)).width())
        return hint + 1 if self.showGrid() else hint
