"""A place kept on a scrolling page for a part that is built only when it first comes into view.

The slot is exactly as tall as the part, so the page lays out the same with it or without it. It watches its
own moves and sizes and the scroll bar; once any of them brings it into the viewport it builds the part, puts
it in its place, and then hands it to ``placed``. A scroll builds it at once, before anything is painted there;
a move or a resize comes in the middle of a layout pass over the slot's own layout, which must not change under
it, so that check waits for the next turn of the event loop. A screen reader's
tree should hold the whole page, so the page builds every slot at once when assistive technology is active.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtWidgets import QScrollArea, QWidget

_WATCHED = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show)


class LazySlot(QWidget):
    def __init__(self, height: int, scroll: QScrollArea, build: Callable[[], QWidget],
                 placed: Callable[[QWidget], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setFixedHeight(height)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll = scroll
        self._build = build
        self._placed = placed
        self._part: QWidget | None = None
        self._check_waits = False
        # The scroll bar's range changes when the viewport grows or shrinks; its value when the page scrolls.
        # (Signals, not an event filter on the viewport: one could be called while the page is torn down.)
        bar = scroll.verticalScrollBar()
        bar.valueChanged.connect(self._on_scroll_bar_moved)
        bar.rangeChanged.connect(self._on_scroll_bar_range_changed)

    def part(self) -> QWidget | None:
        """The part, if it has been built."""
        return self._part

    def realise(self) -> QWidget:
        """The part, built and put in the slot's place now if it was not yet."""
        if self._part is None:
            bar = self._scroll.verticalScrollBar()
            bar.valueChanged.disconnect(self._on_scroll_bar_moved)
            bar.rangeChanged.disconnect(self._on_scroll_bar_range_changed)
            self._part = self._build()
            layout = self.parentWidget().layout()
            layout.replaceWidget(self, self._part)
            self.hide()
            self.deleteLater()
            # Placed and sized now rather than at the next layout pass, so the part is whole when first asked
            # (a linked chart takes its range from its size) and when first painted.
            self._part.show()
            layout.activate()
            self._placed(self._part)
        return self._part

    def event(self, event: QEvent) -> bool:
        if event.type() in _WATCHED:
            self._check_soon()
        return super().event(event)

    def _on_scroll_bar_moved(self, *_args) -> None:
        self._realise_if_in_view()

    def _on_scroll_bar_range_changed(self, *_args) -> None:
        # The range changes while the scroll area lays the page out: as a move, checked on the next turn.
        self._check_soon()

    def _check_soon(self) -> None:
        if self._part is None and not self._check_waits:
            self._check_waits = True
            QTimer.singleShot(0, self, self._on_check_due)

    def _on_check_due(self) -> None:
        self._check_waits = False
        self._realise_if_in_view()

    def _realise_if_in_view(self) -> None:
        # Until a layout has placed it (WA_Moved), the slot sits at its default place, which says nothing.
        if self._part is not None or not self.isVisible() or not self.testAttribute(Qt.WidgetAttribute.WA_Moved):
            return
        viewport = self._scroll.viewport()
        top = self.mapTo(viewport, QPoint(0, 0)).y()
        if top < viewport.height() and top + self.height() > 0:
            self.realise()
