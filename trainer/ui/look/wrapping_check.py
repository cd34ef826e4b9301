"""A check box whose label wraps onto more lines instead of widening the column it sits in.

The "before you start" list and Settings use it: with large text or a long language, a line like "I'm not in
the middle of a core workout" would otherwise be wider than the column or the dialog it sits in.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QStyle, QStyleOptionButton, QWidget

_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap


class WrappingCheckBox(QCheckBox):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _text_left(self) -> int:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return self.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, self).left()

    def _text_rect(self, width: int) -> QRect:
        return self.fontMetrics().boundingRect(QRect(0, 0, max(width - self._text_left(), 1), 10_000), _FLAGS,
                                               self.text())

    def minimumSizeHint(self) -> QSize:
        longest = max((self.fontMetrics().horizontalAdvance(word) for word in self.text().split()), default=0)
        return QSize(self._text_left() + longest, super().minimumSizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(super().sizeHint().height(), self._text_rect(width).height() + 4)

    def paintEvent(self, event) -> None:
        # The style draws the box and the focus frame without the text; the text is drawn wrapped beside it.
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter = QPainter(self)
        self.style().drawControl(QStyle.ControlElement.CE_CheckBox, option, painter, self)
        left = self._text_left()
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(QRect(left, 0, self.width() - left, self.height()), _FLAGS, self.text())
