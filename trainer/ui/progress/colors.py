"""Colours of the Progress page, derived from the widget's palette so light and dark themes both look right.

Nothing here is a fixed colour for text or background: everything is a blend of palette roles, so a theme
change (or a high-contrast palette) carries through the cards, the heatmap and the charts alike.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from trainer.ui.look.colors import accent, is_dark, mix

# Heatmap levels 1 to 4: how far each moves from the accent toward the text (level 0 is the empty cell).
LEVEL_DEPTHS = (0.0, 0.33, 0.67, 1.0)


def accent_fill(palette: QPalette) -> QColor:
    """The accent softened toward the window, so large filled areas (bars, the fullest day) stay calm."""
    return mix(accent(palette), palette.color(QPalette.ColorRole.Window), 0.15)


def card_fill(palette: QPalette) -> QColor:
    """A surface a little lifted from the window: lighter in a light theme, lighter still in a dark one."""
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    if is_dark(palette):
        return mix(window, QColor(255, 255, 255), 0.05)
    return mix(window, base, 0.7)


def card_border(palette: QPalette) -> QColor:
    return mix(palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText), 0.1)


def empty_cell(palette: QPalette) -> QColor:
    """A day without practice: visible as a place, but no louder than the grid it sits in."""
    return mix(card_fill(palette), palette.color(QPalette.ColorRole.WindowText), 0.08)


def level_colors(palette: QPalette) -> list[QColor]:
    """One colour per practice level (0 = none): the empty cell, then the accent growing toward the text.

    Even the lightest day with practice keeps 3:1 against an empty one (WCAG 1.4.11), so the calendar reads
    without relying on a faint tint; the higher levels deepen from there.
    """
    empty = empty_cell(palette)
    first = accent(palette)
    text = palette.color(QPalette.ColorRole.WindowText)
    return [empty] + [mix(first, text, 0.45 * depth) for depth in LEVEL_DEPTHS]
