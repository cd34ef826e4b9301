"""Keeping the main window on its screen: the default and the restored geometry fit the available area.

``fitted(requested, available)`` is pure geometry, so it is tested with any screen size; ``fit_window``
applies it for the screen the window opens on (``QScreen.availableGeometry``, in logical pixels, so a 2x
scale factor halves the room). Before the window is shown its frame is unknown, so room is kept for a
typical title bar and border.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What a window manager's frame usually adds around the client area: borders, and a title bar above.
FRAME_ALLOWANCE = QSize(16, 48)


def fitted(requested: QRect, available: QRect, minimum: QSize) -> QRect:
    """``requested`` (the client area) shrunk to fit ``available`` with room for a frame, and moved inside it.

    The window's own minimum gives way too on a very small screen: a window bigger than the screen hides
    its buttons, which is worse than a cramped one.
    """
    room = QSize(max(available.width() - FRAME_ALLOWANCE.width(), 1),
                 max(available.height() - FRAME_ALLOWANCE.height(), 1))
    size = requested.size().boundedTo(room).expandedTo(minimum.boundedTo(room))
    left = min(requested.left(), available.left() + room.width() - size.width())
    top = min(requested.top(), available.top() + room.height() - size.height())
    return QRect(QPoint(max(left, available.left()), max(top, available.top())), size)


def available_geometry(window: QWidget) -> QRect | None:
    """The available area of the screen ``window`` opens on (under its centre), or None without a screen."""
    screen = QGuiApplication.screenAt(window.geometry().center()) or window.screen() or \
        QGuiApplication.primaryScreen()
    return None if screen is None else screen.availableGeometry()


def fit_window(window: QWidget, minimum: QSize) -> None:
    """Resize and move ``window`` so that it fits the available area of the screen it opens on."""
    geometry = window.geometry()
    available = available_geometry(window)
    if available is None:
        return
    target = fitted(geometry, available, minimum)
    window.setMinimumSize(minimum.boundedTo(target.size()))
    if target != geometry:
        window.setGeometry(target)
