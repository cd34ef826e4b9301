"""The torso cross-section of the piston view: ribs, lungs, the diaphragm dome and the pelvic-floor hammock.

Everything is drawn in a unit square (x and y from -1 to +1, y down) that the view scales to its circle, so
the figure stays crisp from a small window to full screen. The parts that never move are built once, at
import; only the diaphragm, the lungs under it, the belly between and the floor are built per frame, from
the two positions of the snapshot (-1 lifted .. +1 dropped).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QLinearGradient, QPainter, QPainterPath, QPen

from trainer.ui.piston_tints import Tints, mix, with_alpha

DOME_HALF_WIDTH = 0.46
FLOOR_ANCHOR_X = 0.25
FLOOR_ANCHOR_Y = 0.62


def _mirrored(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    return [(-x, y) for x, y in points]


def _torso_path() -> QPainterPath:
    """The body's outline, left half as cubic segments and mirrored for the right half."""
    left = [  # (control 1, control 2, end) from the neck, down the left side
        ((-0.18, -0.70), (-0.42, -0.68), (-0.50, -0.60)),
        ((-0.56, -0.57), (-0.58, -0.50), (-0.57, -0.42)),
        ((-0.55, -0.22), (-0.46, -0.10), (-0.45, 0.02)),
        ((-0.44, 0.14), (-0.54, 0.26), (-0.54, 0.42)),
        ((-0.54, 0.60), (-0.44, 0.74), (-0.28, 0.80)),
    ]
    path = QPainterPath(QPointF(-0.14, -0.82))
    for c1, c2, end in left:
        path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
    path.cubicTo(QPointF(-0.12, 0.86), QPointF(0.12, 0.86), QPointF(0.28, 0.80))
    previous = (-0.14, -0.82)
    ends = [previous] + [end for _, _, end in left]
    for index in range(len(left) - 1, -1, -1):
        c1, c2, _ = left[index]
        start = ends[index]
        path.cubicTo(QPointF(-c2[0], c2[1]), QPointF(-c1[0], c1[1]), QPointF(-start[0], start[1]))
    path.quadTo(QPointF(0.0, -0.84), QPointF(-0.14, -0.82))
    path.closeSubpath()
    return path


def _ribs_path() -> QPainterPath:
    path = QPainterPath()
    for i in range(5):
        y = -0.50 + i * 0.095
        reach = 0.47 + 0.02 * min(i, 2)
        for side in (-1, 1):
            path.moveTo(QPointF(side * 0.06, y))
            path.cubicTo(QPointF(side * 0.22, y - 0.05), QPointF(side * reach, y + 0.02),
                         QPointF(side * (reach - 0.02), y + 0.15))
    path.addRoundedRect(QRectF(-0.035, -0.56, 0.07, 0.36), 0.03, 0.03)  # the sternum
    return path


def _pelvis_path() -> QPainterPath:
    """The two hip bones as slim wings that curve down and in to the sit bones, where the floor hangs."""
    path = QPainterPath()
    for side in (-1, 1):
        path.moveTo(QPointF(side * 0.33, 0.33))
        path.cubicTo(QPointF(side * 0.40, 0.25), QPointF(side * 0.50, 0.23), QPointF(side * 0.51, 0.30))
        path.cubicTo(QPointF(side * 0.52, 0.42), QPointF(side * 0.40, 0.55), QPointF(side * 0.27, 0.63))
        path.cubicTo(QPointF(side * 0.30, 0.52), QPointF(side * 0.30, 0.40), QPointF(side * 0.33, 0.33))
        path.closeSubpath()
    return path


TORSO = _torso_path()
RIBS = _ribs_path()
PELVIS = _pelvis_path()


def dome(diaphragm: float) -> tuple[float, float]:
    """(centre y, edge y) of the diaphragm: dropped, it is lower and flatter; lifted, higher and rounder."""
    return (-0.17 + 0.12 * diaphragm, 0.02 + 0.03 * diaphragm)


def dome_y(x: float, centre: float, edge: float) -> float:
    ratio = x / DOME_HALF_WIDTH
    return centre + (edge - centre) * ratio * ratio


def floor_sag(floor: float) -> float:
    """The lowest point of the hammock: dropped, it sinks and lengthens; lifted, it rises and flattens."""
    return 0.69 + 0.085 * floor


class AnatomyFigure:
    """Paints the figure for one pair of positions; holds the brushes that depend on the palette."""

    def __init__(self, tints: Tints) -> None:
        self.tints = tints
        skin = QLinearGradient(0.0, -0.8, 0.0, 0.85)
        skin.setColorAt(0.0, tints.skin)
        skin.setColorAt(1.0, tints.skin_shade)
        self._skin = QBrush(skin)

    def paint(self, painter: QPainter, floor: float, diaphragm: float, headings: tuple[float, float],
              opacity: float = 1.0) -> None:
        """Draw at ``floor``/``diaphragm``; ``headings`` (floor, diaphragm) give the arrows' direction and weight."""
        t = self.tints
        painter.save()
        painter.setOpacity(opacity)
        painter.setPen(QPen(t.outline, 0.012))
        painter.setBrush(self._skin)
        painter.drawPath(TORSO)
        painter.setClipPath(TORSO)
        centre, edge = dome(diaphragm)
        sag = floor_sag(floor)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(t.abdomen)
        painter.drawPath(self._belly(centre, edge, sag))
        self._paint_lungs(painter, diaphragm, centre, edge)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(t.rib, 0.018, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawPath(RIBS)
        painter.setPen(QPen(mix(t.bone, t.outline, 0.35), 0.008))
        painter.setBrush(t.bone)
        painter.drawPath(PELVIS)
        painter.setClipping(False)
        self._paint_diaphragm(painter, centre, edge)
        self._paint_floor(painter, floor, sag)
        self._paint_arrows(painter, headings, centre, sag)
        painter.restore()

    def _belly(self, centre: float, edge: float, sag: float) -> QPainterPath:
        w, ax, ay = DOME_HALF_WIDTH, FLOOR_ANCHOR_X, FLOOR_ANCHOR_Y
        path = QPainterPath(QPointF(-w, edge))
        path.quadTo(QPointF(0.0, 2 * centre - edge), QPointF(w, edge))
        path.cubicTo(QPointF(w + 0.06, 0.25), QPointF(ax + 0.15, 0.50), QPointF(ax, ay))
        path.quadTo(QPointF(0.0, 2 * sag - ay), QPointF(-ax, ay))
        path.cubicTo(QPointF(-ax - 0.15, 0.50), QPointF(-w - 0.06, 0.25), QPointF(-w, edge))
        return path

    def _paint_lungs(self, painter: QPainter, diaphragm: float, centre: float, edge: float) -> None:
        fullness = (diaphragm + 1.0) / 2.0
        painter.setBrush(mix(self.tints.lung_empty, self.tints.lung_full, fullness))
        painter.setPen(QPen(with_alpha(self.tints.lung_full, 0.6), 0.008))
        swell = 0.02 * diaphragm
        for side in (-1, 1):
            inner, outer = side * 0.07, side * (DOME_HALF_WIDTH - 0.02 + swell)
            path = QPainterPath(QPointF(inner, dome_y(inner, centre, edge) - 0.03))
            path.cubicTo(QPointF(side * 0.10, -0.30), QPointF(side * 0.08, -0.62), QPointF(side * 0.22, -0.64))
            path.cubicTo(QPointF(side * 0.38, -0.66), QPointF(outer, -0.42), QPointF(outer, dome_y(outer, centre, edge) - 0.03))
            for step in range(1, 9):
                x = outer + (inner - outer) * step / 8
                path.lineTo(QPointF(x, dome_y(x, centre, edge) - 0.03))
            path.closeSubpath()
            painter.drawPath(path)

    def _paint_diaphragm(self, painter: QPainter, centre: float, edge: float) -> None:
        w = DOME_HALF_WIDTH
        path = QPainterPath(QPointF(-w, edge))
        path.quadTo(QPointF(0.0, 2 * centre - edge), QPointF(w, edge))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self.tints.diaphragm, 0.04, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawPath(path)

    def _paint_floor(self, painter: QPainter, floor: float, sag: float) -> None:
        ax, ay = FLOOR_ANCHOR_X, FLOOR_ANCHOR_Y
        thickness = 0.05 - 0.015 * floor  # a lifted floor is short and thick, a dropped one long and thin
        path = QPainterPath(QPointF(-ax, ay))
        path.quadTo(QPointF(0.0, 2 * sag - ay), QPointF(ax, ay))
        path.quadTo(QPointF(0.0, 2 * (sag + thickness) - ay), QPointF(-ax, ay))
        path.closeSubpath()
        painter.setPen(QPen(self.tints.floor, 0.016, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(self.tints.floor)
        painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mix(self.tints.bone, self.tints.outline, 0.4))
        for side in (-1, 1):
            painter.drawEllipse(QPointF(side * ax, ay), 0.022, 0.022)

    def _paint_arrows(self, painter: QPainter, headings: tuple[float, float], centre: float, sag: float) -> None:
        floor_heading, diaphragm_heading = headings
        self._chevron(painter, QPointF(0.0, centre + 0.16), diaphragm_heading)
        self._chevron(painter, QPointF(0.0, sag - 0.13), floor_heading)

    def _chevron(self, painter: QPainter, at: QPointF, heading: float) -> None:
        """A soft double chevron pointing down for a positive heading, up for a negative one."""
        weight = min(abs(heading) * 1.6, 1.0)
        if weight < 0.08:
            return
        direction = 1.0 if heading > 0 else -1.0
        painter.setPen(QPen(with_alpha(self.tints.arrow, 0.75 * weight), 0.016, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for offset in (-0.025, 0.025):
            tip_y = at.y() + direction * (offset + 0.02)
            path = QPainterPath(QPointF(at.x() - 0.045, tip_y - direction * 0.035))
            path.lineTo(QPointF(at.x(), tip_y))
            path.lineTo(QPointF(at.x() + 0.045, tip_y - direction * 0.035))
            painter.drawPath(path)
