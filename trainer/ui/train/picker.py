"""The routine picker: filter chips (All, Men, Women, Breath only, Strength) over a list of routine cards.

Each compact card shows the title and how long the routine takes (computed from the expanded timeline, so it
is always the true length); screen readers and the tooltip also hear who it is for and its summary. Routines
for everyone appear under Men and under Women. The list asks for the height of its cards, no more, so the
page can give the chosen routine's details the rest of the column.

Signals:
    routine_selected(Routine): the current routine changed, by mouse, keyboard or ``select``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QStyle, QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget,
)

from trainer.core.routines import Routine
from trainer.core.timeline import Timeline
from trainer.ui.language import translate_routine_text
from trainer.ui.look.flow import FlowLayout
from trainer.ui.words import format_duration
from trainer.ui.look.choice_row import ChoiceRow
from trainer.ui.look.colors import accent as accent_of, focus_ring, mix

FILTERS = ("all", "men", "women", "breath", "strength")
ROUTINE_ROLE = Qt.ItemDataRole.UserRole
META_ROLE = Qt.ItemDataRole.UserRole + 1
LENGTH_ROLE = Qt.ItemDataRole.UserRole + 2
_PAD_X, _PAD_Y, _GAP = 14, 10, 2  # inside a card across and down, and half the gap between cards


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
    """Paints a routine as a compact soft card: the title, and on the right how long it takes.

    One line per card keeps all the built-in routines in view above the details at the smallest default
    window; who a routine is for, and its summary, are in the details just below and in the tooltip.
    """

    def _title_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = QFontMetrics(self._title_font(option)).height() + 2 * _PAD_Y + 2 * _GAP
        return QSize(option.rect.width(), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        routine: Routine = index.data(ROUTINE_ROLE)
        palette: QPalette = option.palette
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        accent = accent_of(palette)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        card = QRectF(option.rect).adjusted(1.5, _GAP + 0.5, -1.5, -_GAP - 0.5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = palette.color(QPalette.ColorRole.Base)
        painter.setBrush(mix(window, accent, 0.16) if selected else mix(window, base, 0.9 if hovered else 0.6))
        border = accent if selected else mix(window, text, 0.14)
        # The chosen card already has an accent edge; keyboard focus adds a ring that differs from it.
        painter.setPen(QPen(focus_ring(palette, on_accent=True), 2.0) if focused else QPen(border, 1.0))
        painter.drawRoundedRect(card, 9, 9)

        inner = card.toAlignedRect().adjusted(_PAD_X, 0, -_PAD_X, 0)
        centred = Qt.AlignmentFlag.AlignVCenter
        painter.setFont(option.font)
        painter.setPen(accent if selected else mix(window, text, 0.62))
        length = index.data(LENGTH_ROLE)
        painter.drawText(inner, centred | Qt.AlignmentFlag.AlignRight, length)
        length_width = QFontMetrics(option.font).horizontalAdvance(length) + _PAD_X
        title_font = self._title_font(option)
        title = QFontMetrics(title_font).elidedText(translate_routine_text(routine, routine.title), Qt.TextElideMode.ElideRight,
                                                    inner.width() - length_width)
        painter.setFont(title_font)
        painter.setPen(text)
        painter.drawText(inner, centred | Qt.AlignmentFlag.AlignLeft, title)
        painter.restore()


class _FittedList(QListWidget):
    """A list that asks for just the height of the cards it shows, so the details below get the rest."""

    def sizeHint(self) -> QSize:
        rows = [row for row in range(self.count()) if not self.item(row).isHidden()]
        height = sum(self.sizeHintForRow(row) for row in rows) + 2 * self.frameWidth()
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        # Two cards stay in view however short the window: enough to see there is a list to scroll.
        row = self.sizeHintForRow(0) if self.count() else 0
        return QSize(super().minimumSizeHint().width(), min(self.sizeHint().height(), 2 * row))


class RoutinePicker(QWidget):
    routine_selected = Signal(object)

    def __init__(self, routines: tuple[Routine, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routine-picker")
        labels = {
            "all": self.tr("All"), "men": self.tr("Men"), "women": self.tr("Women"),
            "breath": self.tr("Breath only"), "strength": self.tr("Strength"),
        }
        chips = FlowLayout(spacing=6)
        self.filter_buttons: dict[str, QPushButton] = {}
        for key in FILTERS:
            button = QPushButton(labels[key], self)
            button.setObjectName("filterChip")
            button.setAccessibleName(labels[key])
            button.setAccessibleDescription(self.tr("Show routines: {filter}").format(filter=labels[key]))
            button.clicked.connect(self._on_chip_clicked)
            chips.addWidget(button)
            self.filter_buttons[key] = button
        # Radio buttons to a screen reader, each a Tab stop, arrows between them (Qt checks the one reached).
        self._chip_row = ChoiceRow(list(self.filter_buttons.values()), self)
        self.filter_buttons["all"].setChecked(True)
        self._filter = "all"

        self.list = _FittedList(self)
        self.list.setObjectName("routine-list")
        self.list.setAccessibleName(self.tr("Routines"))
        self.list.setItemDelegate(_CardDelegate(self.list))
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(True)
        self.list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setFrameShape(QListWidget.Shape.NoFrame)
        self.list.setMouseTracking(True)
        # The cards sit on the sidebar's own background. The viewport is made here rather than asked for:
        # the first QWidget that Qt made on its own to reach Python makes PySide create every QWidget
        # subclass it knows to find its type (about 10 ms at start-up).
        viewport = QWidget()
        viewport.setAutoFillBackground(False)
        self.list.setViewport(viewport)
        self.set_routines(routines)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(chips)
        layout.addWidget(self.list)
        # The chips' look is in the app's stylesheet (QPushButton#filterChip): a widget's own stylesheet would
        # make Qt restyle the whole picker on its own at start-up.

    def _item(self, routine: Routine) -> QListWidgetItem:
        length = format_duration(routine_length_s(routine))
        meta = f"{audience_label(routine.audience)} · {length}"
        title, summary = (translate_routine_text(routine, text) for text in (routine.title, routine.summary))
        item = QListWidgetItem(title)
        item.setData(ROUTINE_ROLE, routine)
        item.setData(META_ROLE, meta)
        item.setData(LENGTH_ROLE, length)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}. {meta}. {summary}")
        item.setToolTip(summary)
        return item

    def set_routines(self, routines: tuple[Routine, ...]) -> None:
        """Show ``routines`` instead, under the same filter; nothing is current until ``select`` is called."""
        self.list.blockSignals(True)
        self.list.clear()
        for routine in routines:
            self.list.addItem(self._item(routine))
        self.list.blockSignals(False)
        self.set_filter(self._filter)

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
        self.list.updateGeometry()

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

    def _on_chip_clicked(self) -> None:
        self.set_filter(next(key for key, chip in self.filter_buttons.items() if chip is self.sender()))

    def _on_list_current_item_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.routine_selected.emit(current.data(ROUTINE_ROLE))
