"""The routine picker: filter chips (All, Men, Women, Breath only, Strength) over a list of routine cards.

Each card shows the title, who it is for and how long it takes (computed from the expanded timeline, so it
is always the true length), and the one-line summary. Routines for everyone appear under Men and under Women.

Signals:
    routine_selected(Routine): the current routine changed, by mouse, keyboard or ``select``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QHBoxLayout, QListView, QListWidget, QListWidgetItem, QPushButton,
    QStyle, QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget,
)

from trainer.core.routines import Routine
from trainer.core.timeline import Timeline
from trainer.ui.piston_tints import mix
from trainer.ui.session_text import format_duration

FILTERS = ("all", "men", "women", "breath", "strength")
ROUTINE_ROLE = Qt.ItemDataRole.UserRole
META_ROLE = Qt.ItemDataRole.UserRole + 1
_PAD = 12


def matches(routine: Routine, key: str) -> bool:
    """Whether ``routine`` shows under the filter ``key``."""
    if key in ("men", "women"):
        return routine.audience in (key, "everyone")
    if key == "breath":
        return routine.kind == "breath"
    if key == "strength":
        return routine.kind in ("kegel", "combined")
    return True


def routine_length_s(routine: Routine, hold_s: float | None = None) -> float:
    return Timeline.from_routine(routine, hold_s).total_s


def audience_label(audience: str) -> str:
    labels = {
        "men": QCoreApplication.translate("RoutinePicker", "For men"),
        "women": QCoreApplication.translate("RoutinePicker", "For women"),
    }
    return labels.get(audience, QCoreApplication.translate("RoutinePicker", "For everyone"))


class _CardDelegate(QStyledItemDelegate):
    """Paints a routine as a soft card: bold title, a quiet line of facts, and the wrapped summary."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[str, int, str], int] = {}

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setWeight(QFont.Weight.DemiBold)
        title.setPointSizeF(option.font.pointSizeF() * 1.08)
        return title, QFont(option.font)

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        return max(width - 2 * _PAD - 8, 80)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        routine: Routine = index.data(ROUTINE_ROLE)
        width = self._text_width(option)
        # The list asks for every card's size many times while it lays out (dozens of calls at start-up), and
        # wrapping the summary is the slow part: each text is measured once per width and font.
        key = (routine.summary, width, option.font.key())
        height = self._heights.get(key)
        if height is None:
            title_font, body_font = self._fonts(option)
            body = QFontMetrics(body_font)
            summary = body.boundingRect(QRect(0, 0, width, 10000), Qt.TextFlag.TextWordWrap, routine.summary)
            height = self._heights[key] = (QFontMetrics(title_font).height() + body.height() + summary.height()
                                           + 2 * _PAD + 10)
        return QSize(width, height + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        routine: Routine = index.data(ROUTINE_ROLE)
        palette: QPalette = option.palette
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        accent = palette.color(QPalette.ColorRole.Highlight)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        card = option.rect.adjusted(2, 3, -2, -3)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = mix(window, accent, 0.16) if selected else mix(window, palette.color(QPalette.ColorRole.Base),
                                                                0.9 if hovered else 0.6)
        painter.setBrush(fill)
        border = accent if selected else mix(window, text, 0.14)
        painter.setPen(QPen(border, 2.0 if selected and option.state & QStyle.StateFlag.State_HasFocus else 1.0))
        painter.drawRoundedRect(card, 10, 10)
        title_font, body_font = self._fonts(option)
        x, y, width = card.left() + _PAD, card.top() + _PAD, self._text_width(option)
        painter.setPen(text)
        painter.setFont(title_font)
        title_height = QFontMetrics(title_font).height()
        painter.drawText(QRect(x, y, width, title_height), Qt.AlignmentFlag.AlignLeft, routine.title)
        y += title_height + 2
        painter.setFont(body_font)
        body_height = QFontMetrics(body_font).height()
        painter.setPen(accent if selected else mix(window, text, 0.6))
        painter.drawText(QRect(x, y, width, body_height), Qt.AlignmentFlag.AlignLeft, index.data(META_ROLE))
        y += body_height + 4
        painter.setPen(mix(window, text, 0.82))
        painter.drawText(QRect(x, y, width, card.bottom() - y), Qt.TextFlag.TextWordWrap, routine.summary)
        painter.restore()


class RoutinePicker(QWidget):
    routine_selected = Signal(object)

    def __init__(self, routines: tuple[Routine, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routine-picker")
        labels = {
            "all": self.tr("All"), "men": self.tr("Men"), "women": self.tr("Women"),
            "breath": self.tr("Breath only"), "strength": self.tr("Strength"),
        }
        chips = QHBoxLayout()
        chips.setSpacing(6)
        self._group = QButtonGroup(self)
        self.filter_buttons: dict[str, QPushButton] = {}
        for key in FILTERS:
            button = QPushButton(labels[key], self)
            button.setObjectName("filterChip")
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Show routines: {filter}").format(filter=labels[key]))
            self._group.addButton(button)
            chips.addWidget(button)
            self.filter_buttons[key] = button
        chips.addStretch(1)
        self.filter_buttons["all"].setChecked(True)
        self._filter = "all"
        self._group.buttonClicked.connect(self._on_group_button_clicked)

        self.list = QListWidget(self)
        self.list.setObjectName("routine-list")
        self.list.setAccessibleName(self.tr("Routines"))
        self.list.setItemDelegate(_CardDelegate(self.list))
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setFrameShape(QListWidget.Shape.NoFrame)
        self.list.setMouseTracking(True)
        self.list.viewport().setAutoFillBackground(False)
        for routine in routines:
            self.list.addItem(self._item(routine))
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(chips)
        layout.addWidget(self.list, 1)
        self.setStyleSheet(
            "QPushButton#filterChip { border-radius: 14px; padding: 4px 12px; min-height: 18px; }"
            "QPushButton#filterChip:checked { background: palette(highlight); color: palette(highlighted-text);"
            " border-color: palette(highlight); }"
            "QPushButton#filterChip:focus { padding: 3px 11px; }"
        )

    def _item(self, routine: Routine) -> QListWidgetItem:
        meta = f"{audience_label(routine.audience)} · {format_duration(routine_length_s(routine))}"
        item = QListWidgetItem(routine.title)
        item.setData(ROUTINE_ROLE, routine)
        item.setData(META_ROLE, meta)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{routine.title}. {meta}. {routine.summary}")
        item.setToolTip(routine.summary)
        return item

    # Filtering ------------------------------------------------------------------------------------------

    def current_filter(self) -> str:
        return self._filter

    def set_filter(self, key: str) -> None:
        if key not in FILTERS:
            raise ValueError(f"unknown filter {key!r}")
        self._filter = key
        self.filter_buttons[key].setChecked(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(not matches(item.data(ROUTINE_ROLE), key))

    def visible_ids(self) -> list[str]:
        """The ids of the routines the current filter shows, top to bottom."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return [item.data(ROUTINE_ROLE).id for item in items if not item.isHidden()]

    # Selection ------------------------------------------------------------------------------------------

    def current_routine(self) -> Routine | None:
        item = self.list.currentItem()
        return None if item is None else item.data(ROUTINE_ROLE)

    def select(self, routine_id: str) -> bool:
        """Make ``routine_id`` current, showing every routine if the filter hid it; False when unknown."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ROUTINE_ROLE).id == routine_id:
                if item.isHidden():
                    self.set_filter("all")
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)
                return True
        return False

    def _on_group_button_clicked(self, button: QPushButton) -> None:
        self.set_filter(next(key for key, chip in self.filter_buttons.items() if chip is button))

    def _on_list_current_item_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.routine_selected.emit(current.data(ROUTINE_ROLE))
