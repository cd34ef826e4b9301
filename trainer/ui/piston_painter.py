"""The torso cross-section of the piston view, seen from the side: spine, ribs, lungs, the diaphragm dome and
the pelvic-floor hammock slung between the pubic bone and the tailbone.

The body faces left. Everything is drawn in a unit square (x and y from -1 to +1, y down) that the view
scales to its circle, so the figure stays crisp from a small window to full screen. The parts that never
move (the body, the bones, the ribs and the two labels) are built once; each frame draws only the lungs, the
belly, the diaphragm and the floor, from the snapshot's two positions (-1 lifted .. +1 dropped).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (QBrush, QColor, QFont, QFontMetricsF, QLinearGradient, QPainter, QPainterPath, QPen, QPixmap,
                           QTransform)

from trainer.ui.piston_tints import Tints, mix

# Where the diaphragm is attached: at the front under the breastbone, at the back in front of the spine.
DOME_FRONT = (-0.39, -0.02)
DOME_BACK = (0.18, 0.08)
# Where the pelvic floor hangs: behind the pubic bone at the front, from the tailbone at the back.
PUBIC_ANCHOR = (-0.20, 0.60)
TAILBONE_ANCHOR = (0.19, 0.63)
FRONT_WALL_X = -0.37
SPINE_FRONT_X = 0.18
# The figure is drawn a little wider than tall so the body reads as a torso, not a bottle.
STRETCH_X = 1.18


def _torso_path() -> QPainterPath:
    """The body in profile: chest and belly on the left, the back's gentle S-curve on the right."""
    path = QPainterPath(QPointF(-0.10, -0.86))
    path.cubicTo(QPointF(-0.12, -0.74), QPointF(-0.40, -0.70), QPointF(-0.44, -0.52))  # throat to chest
    path.cubicTo(QPointF(-0.48, -0.34), QPointF(-0.42, -0.16), QPointF(-0.43, -0.02))  # chest to ribs' edge
    path.cubicTo(QPointF(-0.46, 0.14), QPointF(-0.48, 0.34), QPointF(-0.40, 0.52))    # the belly
    path.cubicTo(QPointF(-0.36, 0.62), QPointF(-0.30, 0.74), QPointF(-0.22, 0.80))    # lower belly to groin
    path.cubicTo(QPointF(-0.10, 0.86), QPointF(0.16, 0.86), QPointF(0.30, 0.80))      # between the legs
    path.cubicTo(QPointF(0.44, 0.74), QPointF(0.50, 0.56), QPointF(0.42, 0.40))       # the buttock
    path.cubicTo(QPointF(0.34, 0.26), QPointF(0.32, 0.10), QPointF(0.36, -0.10))      # the small of the back
    path.cubicTo(QPointF(0.42, -0.34), QPointF(0.40, -0.58), QPointF(0.24, -0.72))    # the upper back
    path.cubicTo(QPointF(0.16, -0.78), QPointF(0.12, -0.82), QPointF(0.10, -0.86))    # up to the neck
    path.closeSubpath()
    return path


# The spine's natural S, from the neck to the top of the sacrum: back at the upper back, in at the waist.
SPINE_CURVE = ((0.04, -0.80), (0.17, -0.58), (0.25, -0.32), (0.25, -0.06), (0.21, 0.14), (0.23, 0.26))


def _spine_centres(count: int = 15) -> list[tuple[float, float, float]]:
    """(x, y, tilt in degrees) of each vertebra, spaced evenly along ``SPINE_CURVE``."""
    centres = []
    segments = len(SPINE_CURVE) - 1
    for i in range(count):
        position = i / (count - 1) * segments
        k = min(int(position), segments - 1)
        t = position - k
        (x0, y0), (x1, y1) = SPINE_CURVE[k], SPINE_CURVE[k + 1]
        tilt = math.degrees(math.atan2(x1 - x0, y1 - y0))
        centres.append((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, -tilt))
    return centres


def _bones_path() -> QPainterPath:
    path = QPainterPath()
    for x, y, tilt in _spine_centres():
        body = QPainterPath()
        body.addRoundedRect(QRectF(-0.045, -0.028, 0.09, 0.056), 0.018, 0.018)
        path.addPath(QTransform().translate(x, y).rotate(tilt).map(body))
    sacrum = QPainterPath(QPointF(0.21, 0.27))  # sacrum and tailbone, curving back and then in
    sacrum.cubicTo(QPointF(0.31, 0.30), QPointF(0.36, 0.44), QPointF(0.32, 0.54))
    sacrum.cubicTo(QPointF(0.29, 0.60), QPointF(0.24, 0.64), QPointF(0.18, 0.66))
    sacrum.cubicTo(QPointF(0.22, 0.60), QPointF(0.25, 0.54), QPointF(0.25, 0.47))
    sacrum.cubicTo(QPointF(0.25, 0.38), QPointF(0.22, 0.32), QPointF(0.18, 0.30))
    sacrum.closeSubpath()
    path.addPath(sacrum)
    pubic = QPainterPath()
    pubic.addEllipse(QPointF(0.0, 0.0), 0.045, 0.075)
    path.addPath(QTransform().translate(-0.25, 0.55).rotate(-28).map(pubic))
    path.addRoundedRect(QRectF(-0.42, -0.62, 0.05, 0.42), 0.025, 0.025)  # the breastbone
    return path


def _ribs_path() -> QPainterPath:
    """Ribs seen from the side: slanting arcs from the spine down and forward to the breastbone."""
    path = QPainterPath()
    for i in range(6):
        y = -0.60 + i * 0.085
        path.moveTo(QPointF(0.22, y))
        path.cubicTo(QPointF(0.05, y - 0.06), QPointF(-0.24, y + 0.02), QPointF(-0.36, y + 0.16))
    return path


TORSO = _torso_path()
BONES = _bones_path()
RIBS = _ribs_path()


def dome(diaphragm: float) -> tuple[float, float]:
    """(peak y, edge shift) of the diaphragm: dropped, lower and flatter; lifted, higher and rounder."""
    return (-0.20 + 0.13 * diaphragm, 0.03 * diaphragm)


def _dome_points(diaphragm: float, steps: int = 12) -> list[QPointF]:
    """Points along the dome from the front attachment to the back one (a quadratic curve)."""
    peak, shift = dome(diaphragm)
    (x0, y0), (x2, y2) = DOME_FRONT, DOME_BACK
    y0, y2 = y0 + shift, y2 + shift
    cx, cy = -0.12, 2 * peak - (y0 + y2) / 2
    points = []
    for step in range(steps + 1):
        t = step / steps
        a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t * t
        points.append(QPointF(a * x0 + b * cx + c * x2, a * y0 + b * cy + c * y2))
    return points


def floor_sag(floor: float) -> float:
    """The lowest point of the hammock: dropped, it sinks and lengthens; lifted, it rises and tightens."""
    return 0.675 + 0.085 * floor


def _hammock_control(sag: float) -> QPointF:
    (x0, y0), (x2, y2) = PUBIC_ANCHOR, TAILBONE_ANCHOR
    return QPointF((x0 + x2) / 2, 2 * sag - (y0 + y2) / 2)


class AnatomyFigure:
    """Paints the figure for one pair of positions.

    The body and the labels go into the view's backdrop once (``paint_body``); bones and ribs are rendered
    once per size into pixmaps laid over the moving organs. A frame then draws only what moves, which keeps
    a 60 Hz session cheap on the CPU.
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
        """The still body outline and skin, and the two labels, for the view's backdrop."""
        radius, origin = _placement(centre, scale)
        painter.save()
        painter.translate(origin.x() + radius, origin.y() + radius)
        painter.scale(radius * STRETCH_X, radius)
        painter.setPen(QPen(self.tints.outline, 0.012))
        painter.setBrush(self._skin)
        painter.drawPath(TORSO)
        painter.restore()
        self._paint_labels(painter, radius, origin)

    def _paint_labels(self, painter: QPainter, radius: int, origin: QPointF) -> None:
        """Name the two moving parts at the front, where nothing moves past them."""
        unit = _unit_transform(radius, origin)
        labels = ((QCoreApplication.translate("PistonView", "Diaphragm"), -0.16),
                  (QCoreApplication.translate("PistonView", "Pelvic floor"), 0.66))
        boxes = [(text, unit.mapRect(QRectF(-0.80, y - 0.06, 0.32, 0.12))) for text, y in labels]
        font = QFont(painter.font())
        pixels = max(int(radius * 0.052), 8)
        font.setPixelSize(pixels)
        def too_wide() -> bool:
            return any(QFontMetricsF(font).horizontalAdvance(text) > box.width() for text, box in boxes)

        # Shrink a little in a small window; where even small text would spill out of the ring, leave the
        # labels out: the moving parts still speak for themselves.
        while pixels > 8 and too_wide():
            pixels -= 1
            font.setPixelSize(pixels)
        if too_wide():
            return
        painter.save()
        painter.setFont(font)
        painter.setPen(self.tints.muted)
        for text, box in boxes:
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
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
        self._unit = _unit_transform(radius, origin)
        dome_points = _dome_points(diaphragm)
        sag = floor_sag(floor)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.tints.abdomen)
        painter.drawPath(self._unit.map(self._belly(dome_points, sag)))
        self._paint_lungs(painter, diaphragm, dome_points)
        for offset, pixmap in self._overlays:
            painter.drawPixmap(origin + offset, pixmap)
        self._paint_diaphragm(painter, dome_points)
        self._paint_floor(painter, floor, sag)
        self._paint_arrows(painter, headings, dome(diaphragm)[0], sag)
        painter.restore()

    def _ensure_overlays(self, radius: int, ratio: float) -> None:
        if self._overlays_key == (radius, ratio):
            return
        self._overlays_key = (radius, ratio)
        t = self.tints
        ribs = (QPen(t.rib, 0.018, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap), Qt.BrushStyle.NoBrush)
        bones = (QPen(mix(t.bone, t.outline, 0.35), 0.008), QBrush(t.bone))
        self._overlays = [_overlay(path, pen, brush, radius, ratio) for path, (pen, brush) in
                          ((RIBS, ribs), (BONES, bones))]

    def _belly(self, dome_points: list[QPointF], sag: float) -> QPainterPath:
        """The space under the diaphragm, down to the floor: what the piston presses on."""
        path = QPainterPath(dome_points[0])
        for point in dome_points[1:]:
            path.lineTo(point)
        path.lineTo(QPointF(SPINE_FRONT_X, 0.30))
        path.cubicTo(QPointF(0.24, 0.40), QPointF(0.24, 0.54), QPointF(*TAILBONE_ANCHOR))
        path.quadTo(_hammock_control(sag), QPointF(*PUBIC_ANCHOR))
        path.cubicTo(QPointF(-0.30, 0.50), QPointF(FRONT_WALL_X - 0.03, 0.25), QPointF(FRONT_WALL_X, 0.10))
        path.closeSubpath()
        return path

    def _paint_lungs(self, painter: QPainter, diaphragm: float, dome_points: list[QPointF]) -> None:
        """One lung in profile, its base resting on the dome: it grows downward as the dome descends."""
        fullness = (diaphragm + 1.0) / 2.0
        painter.setBrush(mix(self.tints.lung_empty, self.tints.lung_full, fullness))
        # Opaque colours only: a translucent stroke costs Qt's raster engine ten times an opaque one.
        painter.setPen(self._pen(mix(self.tints.lung_empty, self.tints.lung_full, 0.75), 0.008))
        base = [QPointF(p.x(), p.y() - 0.035) for p in dome_points[1:-1]]
        path = QPainterPath(base[0])
        for point in base[1:]:
            path.lineTo(point)
        path.cubicTo(QPointF(0.21, -0.10), QPointF(0.20, -0.50), QPointF(0.10, -0.66))
        path.cubicTo(QPointF(0.02, -0.74), QPointF(-0.14, -0.72), QPointF(-0.22, -0.60))
        path.cubicTo(QPointF(-0.32, -0.46), QPointF(-0.36, -0.22), QPointF(base[0].x() - 0.01, base[0].y() - 0.02))
        path.closeSubpath()
        painter.drawPath(self._unit.map(path))

    def _paint_diaphragm(self, painter: QPainter, dome_points: list[QPointF]) -> None:
        path = QPainterPath(dome_points[0])
        for point in dome_points[1:]:
            path.lineTo(point)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self._pen(self.tints.diaphragm, 0.04))
        painter.drawPath(self._unit.map(path))

    def _paint_floor(self, painter: QPainter, floor: float, sag: float) -> None:
        """The hammock from pubic bone to tailbone: dropped, long and low; lifted, short and high."""
        front, back = QPointF(*PUBIC_ANCHOR), QPointF(*TAILBONE_ANCHOR)
        thickness = 0.05 - 0.015 * floor  # a lifted floor is short and thick, a dropped one long and thin
        path = QPainterPath(front)
        path.quadTo(_hammock_control(sag), back)
        path.quadTo(_hammock_control(sag + thickness), front)
        path.closeSubpath()
        painter.setPen(self._pen(self.tints.floor, 0.016))
        painter.setBrush(self.tints.floor)
        painter.drawPath(self._unit.map(path))

    def _paint_arrows(self, painter: QPainter, headings: tuple[float, float], peak: float, sag: float) -> None:
        floor_heading, diaphragm_heading = headings
        self._chevron(painter, QPointF(-0.10, peak + 0.17), diaphragm_heading)
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


def _unit_transform(radius: int, origin: QPointF) -> QTransform:
    return QTransform.fromTranslate(origin.x() + radius, origin.y() + radius).scale(radius * STRETCH_X, radius)


def _overlay(path: QPainterPath, pen: QPen, brush, radius: int, ratio: float) -> tuple[QPointF, QPixmap]:
    """``path`` drawn once into a pixmap just big enough for it, and where that pixmap sits in the square."""
    path = QTransform.fromScale(STRETCH_X, 1.0).map(path)
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
