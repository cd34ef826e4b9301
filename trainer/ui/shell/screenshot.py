"""Rendering a window to a PNG without putting it on screen: ``--screenshot`` and the README's pictures."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget

SCREENSHOT_SIZE = QSize(1200, 760)


def settle() -> None:
    """Let layouts, polish and deferred first paints finish; a few rounds cover nested layouts."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def render_to_png(window: QWidget, path: Path, size: QSize = SCREENSHOT_SIZE) -> bool:
    """Show ``window`` off screen at ``size``, paint it into ``path``; False when the file cannot be written."""
    # The window is laid out and painted like a real one, but the platform never maps it on a display.
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.resize(size)
    window.show()
    settle()
    image = window.grab().toImage()
    return image.save(str(path), "PNG")
