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


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2's contrast ratio of two opaque colours, 1 (none) to 21 (black on white)."""
    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def focus_ring(palette: QPalette, on_accent: bool = False) -> QColor:
    """The keyboard focus ring: the accent around ordinary controls, the text colour around one already
    filled with the accent (where an accent ring would vanish). Both stay at least 3:1 from the window."""
    role = QPalette.ColorRole.WindowText if on_accent else QPalette.ColorRole.Highlight
    return QColor(palette.color(role))
