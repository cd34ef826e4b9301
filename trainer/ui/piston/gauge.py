"""The reduced-motion stand-in for the moving anatomy: two still level gauges, breath and pelvic floor.

Each gauge is a vertical track with a mark at rest; a short bar from rest shows where the part is (up is
lifted, down is dropped). Nothing slides across the screen, yet the direction and depth stay readable.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPen

from trainer.ui.look.colors import with_alpha
from trainer.ui.piston.tints import Tints


def paint_gauges(painter: QPainter, rect: QRectF, floor: float, diaphragm: float, font: QFont,
                 tints: Tints) -> None:
    """Draw both gauges side by side, centred in ``rect``."""
    labels = (
        (QCoreApplication.translate("LevelGauge", "Diaphragm"), diaphragm, tints.diaphragm),
        (QCoreApplication.translate("LevelGauge", "Pelvic floor"), floor, tints.floor),
    )
    painter.save()
    painter.setFont(font)
    text_height = painter.fontMetrics().height()
    track_height = rect.height() * 0.62
    track_width = max(rect.width() * 0.07, 10.0)
    top = rect.center().y() - track_height / 2 - text_height / 2
    for index, (label, level, color) in enumerate(labels):
        x = rect.center().x() + (index - 0.5) * rect.width() * 0.32
        track = QRectF(x - track_width / 2, top, track_width, track_height)
        _paint_one(painter, track, level, color, tints)
        painter.setPen(tints.text)
        painter.drawText(QRectF(x - rect.width() * 0.16, track.bottom() + text_height * 0.5, rect.width() * 0.32,
                                text_height * 1.2), Qt.AlignmentFlag.AlignCenter, label)
    painter.setPen(tints.muted)
    hint_x = rect.center().x() - rect.width() * 0.16 - track_width * 2.2
    for text, y in ((QCoreApplication.translate("LevelGauge", "up"), top),
                    (QCoreApplication.translate("LevelGauge", "down"), top + track_height - text_height)):
        painter.drawText(QRectF(hint_x - rect.width() * 0.2, y, rect.width() * 0.2, text_height),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
    painter.restore()


def _paint_one(painter: QPainter, track: QRectF, level: float, color, tints: Tints) -> None:
    radius = track.width() / 2
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(tints.track)
    painter.drawRoundedRect(track, radius, radius)
    middle = track.center().y()
    at = middle + level * (track.height() / 2 - radius)
    painter.setBrush(with_alpha(color, 0.45))
    painter.drawRoundedRect(QRectF(track.left(), min(middle, at) - radius, track.width(),
                                   abs(at - middle) + 2 * radius), radius, radius)
    painter.setPen(QPen(tints.muted, max(track.width() * 0.12, 1.0)))
    painter.drawLine(QPointF(track.left() - radius, middle), QPointF(track.right() + radius, middle))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(QPointF(track.center().x(), at), radius * 1.25, radius * 1.25)
