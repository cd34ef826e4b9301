"""The colour vocabulary every widget shares: mixing, transparency, and the palette's accent.

One ``mix`` for the whole UI, and one meaning of "accent": the palette's highlight, the app's teal. Softer
uses of it (a card's fill, a chart's bars) are named for what they are and built from these.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def mix(base: QColor, other: QColor, amount: float) -> QColor:
    """``base`` moved ``amount`` (0..1) of the way toward ``other``, alpha included."""
    amount = min(max(amount, 0.0), 1.0)
    return QColor.fromRgbF(
        base.redF() + (other.redF() - base.redF()) * amount,
        base.greenF() + (other.greenF() - base.greenF()) * amount,
        base.blueF() + (other.blueF() - base.blueF()) * amount,
        base.alphaF() + (other.alphaF() - base.alphaF()) * amount,
    )


def with_alpha(color: QColor, alpha: float) -> QColor:
    result = QColor(color)
    result.setAlphaF(min(max(alpha, 0.0), 1.0))
    return result


def accent(palette: QPalette) -> QColor:
    """The app's teal accent as the palette carries it."""
    return QColor(palette.color(QPalette.ColorRole.Highlight))


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def muted_text(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.PlaceholderText)
