"""The torso cross-section of the piston view: ribs, lungs, the diaphragm dome and the pelvic-floor hammock.

Everything is drawn in a unit square (x and y from -1 to +1, y down) that the view scales to its circle, so
the figure stays crisp from a small window to full screen. The parts that never move are built once, at
import; only the diaphragm, the lungs under it, the belly between and the floor are built per frame, from
the two positions of the snapshot (-1 lifted .. +1 dropped).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPainter, QPainterPath, QPen, QPixmap, QTransform

from trainer.ui.piston_tints import Tints, mix

DOME_HALF_WIDTH = 0.445
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
    """Paints the figure for one pair of positions.

    The body, ribs and hip bones never move. The view draws the body once into its backdrop
    (``paint_body``); the ribs and hip bones are rendered once per size into small pixmaps laid over the
    moving organs. A frame then draws only what moves, which keeps a 60 Hz session cheap on the CPU.
    """

    def __init__(self, tints: Tints) -> None:
        self.tints = tints
        skin = QLinearGradient(0.0, -0.8, 0.0, 0.85)
        skin.setColorAt(0.0, tints.skin)
        skin.setColorAt(1.0, tints.skin_shade)
        self._skin = QBrush(skin)
        self._overlays_key: tuple[int, float] | None = None
        self._overlays: list[tuple[QPointF, QPixmap]] = []
        self._radius = 1
        self._unit = QTransform()

    def _pen(self, color: QColor, width: float) -> QPen:
        """A pen ``width`` units wide, in pixels."""
        return QPen(color, width * self._radius, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                    Qt.PenJoinStyle.RoundJoin)

    def paint_body(self, painter: QPainter, centre: QPointF, scale: float) -> None:
        """The still body outline and skin, for the view's backdrop."""
        radius, origin = _placement(centre, scale)
        painter.save()
        painter.translate(origin.x() + radius, origin.y() + radius)
        painter.scale(radius, radius)
        painter.setPen(QPen(self.tints.outline, 0.012))
        painter.setBrush(self._skin)
        painter.drawPath(TORSO)
        painter.restore()

    def paint(self, painter: QPainter, centre: QPointF, scale: float, floor: float, diaphragm: float,
              headings: tuple[float, float]) -> None:
        """Draw what moves at ``centre``, one unit being ``scale`` pixels, at ``floor``/``diaphragm``.

        ``headings`` (floor, diaphragm) give the direction and weight of the arrows.
        """
        radius, origin = _placement(centre, scale)
        self._ensure_overlays(radius, painter.device().devicePixelRatioF())
        # The moving parts are mapped to pixels before drawing: stroking in pixel space is several times
        # cheaper for Qt's raster engine than stroking under a scaling transform.
        self._radius = radius
        self._unit = QTransform.fromTranslate(origin.x() + radius, origin.y() + radius).scale(radius, radius)
        centre_y, edge_y = dome(diaphragm)
        sag = floor_sag(floor)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.tints.abdomen)
        painter.drawPath(self._unit.map(self._belly(centre_y, edge_y, sag)))
        self._paint_lungs(painter, diaphragm, centre_y, edge_y)
        for offset, pixmap in self._overlays:
            painter.drawPixmap(origin + offset, pixmap)
        self._paint_diaphragm(painter, centre_y, edge_y)
        self._paint_floor(painter, floor, sag)
        self._paint_arrows(painter, headings, centre_y, sag)
        painter.restore()

    def _ensure_overlays(self, radius: int, ratio: float) -> None:
        if self._overlays_key == (radius, ratio):
            return
        self._overlays_key = (radius, ratio)
        t = self.tints
        ribs = (QPen(t.rib, 0.018, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap), Qt.BrushStyle.NoBrush)
        bones = (QPen(mix(t.bone, t.outline, 0.35), 0.008), QBrush(t.bone))
        self._overlays = [_overlay(path, pen, brush, radius, ratio) for path, (pen, brush) in
                          ((RIBS, ribs), (PELVIS, bones))]

    def _belly(self, centre: float, edge: float, sag: float) -> QPainterPath:
        w, ax, ay = DOME_HALF_WIDTH, FLOOR_ANCHOR_X, FLOOR_ANCHOR_Y
        path = QPainterPath(QPointF(-w, edge))
        path.quadTo(QPointF(0.0, 2 * centre - edge), QPointF(w, edge))
        path.cubicTo(QPointF(w + 0.04, 0.25), QPointF(ax + 0.15, 0.50), QPointF(ax, ay))
        path.quadTo(QPointF(0.0, 2 * sag - ay), QPointF(-ax, ay))
        path.cubicTo(QPointF(-ax - 0.15, 0.50), QPointF(-w - 0.04, 0.25), QPointF(-w, edge))
        return path

    def _paint_lungs(self, painter: QPainter, diaphragm: float, centre: float, edge: float) -> None:
        fullness = (diaphragm + 1.0) / 2.0
        painter.setBrush(mix(self.tints.lung_empty, self.tints.lung_full, fullness))
        # Opaque colours only: a translucent stroke costs Qt's raster engine ten times an opaque one.
        painter.setPen(self._pen(mix(self.tints.lung_empty, self.tints.lung_full, 0.75), 0.008))
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
            painter.drawPath(self._unit.map(path))

    def _paint_diaphragm(self, painter: QPainter, centre: float, edge: float) -> None:
        w = DOME_HALF_WIDTH
        path = QPainterPath(QPointF(-w, edge))
        path.quadTo(QPointF(0.0, 2 * centre - edge), QPointF(w, edge))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self._pen(self.tints.diaphragm, 0.04))
        painter.drawPath(self._unit.map(path))

    def _paint_floor(self, painter: QPainter, floor: float, sag: float) -> None:
        ax, ay = FLOOR_ANCHOR_X, FLOOR_ANCHOR_Y
        thickness = 0.05 - 0.015 * floor  # a lifted floor is short and thick, a dropped one long and thin
        path = QPainterPath(QPointF(-ax, ay))
        path.quadTo(QPointF(0.0, 2 * sag - ay), QPointF(ax, ay))
        path.quadTo(QPointF(0.0, 2 * (sag + thickness) - ay), QPointF(-ax, ay))
        path.closeSubpath()
        painter.setPen(self._pen(self.tints.floor, 0.016))
        painter.setBrush(self.tints.floor)
        painter.drawPath(self._unit.map(path))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mix(self.tints.bone, self.tints.outline, 0.4))
        for side in (-1, 1):
            painter.drawEllipse(self._unit.map(QPointF(side * ax, ay)), 0.022 * self._radius, 0.022 * self._radius)

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
        painter.setPen(self._pen(mix(self.tints.abdomen, self.tints.arrow, 0.8 * weight), 0.016))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath()
        for offset in (-0.025, 0.025):
            tip_y = at.y() + direction * (offset + 0.02)
            path.moveTo(QPointF(at.x() - 0.045, tip_y - direction * 0.035))
            path.lineTo(QPointF(at.x(), tip_y))
            path.lineTo(QPointF(at.x() + 0.045, tip_y - direction * 0.035))
        painter.drawPath(self._unit.map(path))


def _placement(centre: QPointF, scale: float) -> tuple[int, QPointF]:
    """Whole-pixel radius and top-left corner of the unit square, so cached layers line up exactly."""
    radius = max(int(round(scale)), 1)
    return radius, QPointF(round(centre.x()) - radius, round(centre.y()) - radius)


def _overlay(path: QPainterPath, pen: QPen, brush, radius: int, ratio: float) -> tuple[QPointF, QPixmap]:
    """``path`` drawn once into a pixmap just big enough for it, and where that pixmap sits in the square."""
    bounds = path.boundingRect().adjusted(-0.02, -0.02, 0.02, 0.02)
    pixels = QRectF((bounds.left() + 1) * radius, (bounds.top() + 1) * radius, bounds.width() * radius,
                    bounds.height() * radius).toAlignedRect()
    pixmap = QPixmap(pixels.size() * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # Drawn once per size, so the simpler scaled painter is fine here.
    painter.translate(radius - pixels.left(), radius - pixels.top())
    painter.scale(radius, radius)
    painter.setPen(pen)
    painter.setBrush(brush)
    painter.drawPath(path)
    painter.end()
    return QPointF(pixels.topLeft()), pixmap
