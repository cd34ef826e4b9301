"""The countdown ring around the piston figure, and the big number shown inside it during the lead-in.

The ring is a quiet track with an arc for the time left in the phase; it empties clockwise from the top, so a
glance tells how much of the phase remains without reading a number.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPen

from trainer.ui.piston.tints import Tints


def ring_width(rect: QRectF) -> float:
    return max(rect.width() * 0.018, 3.0)


def paint_track(painter: QPainter, rect: QRectF, tints: Tints) -> None:
    """The quiet full circle; it never changes, so the view draws it once into its backdrop."""
    width = ring_width(rect)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(tints.track, width))
    painter.drawEllipse(rect.adjusted(width / 2, width / 2, -width / 2, -width / 2))


def paint_arc(painter: QPainter, rect: QRectF, tints: Tints, left: float | None) -> None:
    """The arc over the track for ``left``, the part of the phase still to come (0..1; None: no arc)."""
    if left is None or left <= 0.0:
        return
    width = ring_width(rect)
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(tints.accent, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    # Qt angles are sixteenths of a degree, counter-clockwise from three o'clock; start at twelve.
    inner = rect.adjusted(width / 2, width / 2, -width / 2, -width / 2)
    painter.drawArc(inner, 90 * 16, -round(360 * 16 * min(left, 1.0)))
    painter.restore()


def paint_badge(painter: QPainter, centre: QPointF, text: str, font: QFont, tints: Tints) -> None:
    """A small rounded label, e.g. the seconds left, sitting on the ring."""
    painter.save()
    painter.setFont(font)
    metrics = painter.fontMetrics()
    width = max(metrics.horizontalAdvance(text) + metrics.height(), metrics.height() * 1.6)
    height = metrics.height() * 1.25
    box = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
    painter.setPen(QPen(tints.track, 1.0))
    painter.setBrush(tints.background)
    painter.drawRoundedRect(box, height / 2, height / 2)
    painter.setPen(tints.text)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def paint_big_number(painter: QPainter, rect: QRectF, text: str, font: QFont, tints: Tints) -> None:
    """The lead-in countdown: one large, light numeral centred in ``rect``."""
    painter.save()
    painter.setFont(font)
    painter.setPen(tints.accent)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
