"""Paints the side-view torso of the piston view: the still body and bones, and the parts that move.

The shapes come from ``piston_anatomy`` in a unit square that this module scales to the view's circle, so
the figure stays crisp from a small window to full screen. The body is drawn once into the view's backdrop,
the bones once per size into small pixmaps; a frame draws only what moves: the belly wall, the belly's
contents, the lungs, the diaphragm, the pelvic floor, the tailbone and the arrows.
"""

from __future__ import annotations

import functools
import math

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (QBrush, QColor, QFont, QFontMetricsF, QLinearGradient, QPainter, QPainterPath, QPen,
                           QPixmap, QPolygonF, QTransform)

from trainer.ui.piston import anatomy
from trainer.ui.look.colors import mix
from trainer.ui.piston.tints import Tints

_Part = tuple[QPainterPath, QPen | Qt.PenStyle, QBrush | QColor | Qt.BrushStyle]


class AnatomyFigure:
    """Paints the figure for one pair of positions (floor, diaphragm: -1 lifted .. +1 dropped)."""

    def __init__(self, tints: Tints) -> None:
        self.tints = tints
        skin = QLinearGradient(0.0, -0.9, 0.0, 0.9)
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

    def paint_body(self, painter: QPainter, centre: QPointF, scale: float, font: QFont) -> None:
        """The still body outline and skin, and the names of the two moving parts, for the view's backdrop."""
        radius, origin = _placement(centre, scale)
        painter.save()
        painter.translate(origin.x() + radius, origin.y() + radius)
        painter.scale(radius, radius)
        painter.setPen(QPen(self.tints.outline, 0.012))
        painter.setBrush(self._skin)
        painter.drawPath(anatomy.BODY)
        painter.restore()
        self._radius = radius
        self._unit = QTransform.fromTranslate(origin.x() + radius, origin.y() + radius).scale(radius, radius)
        self._paint_names(painter, font)

    def _paint_names(self, painter: QPainter, font: QFont) -> None:
        """Small names beside the body with a dash in each part's colour, so a newcomer knows what moves.

        They are left out when the figure is too small for them to fit inside the ring.
        """
        names = (
            (QCoreApplication.translate("PistonView", "Diaphragm"), anatomy.DIAPHRAGM_NAME, self.tints.diaphragm),
            (QCoreApplication.translate("PistonView", "Pelvic floor"), anatomy.FLOOR_NAME, self.tints.floor),
        )
        metrics = QFontMetricsF(font)
        placed = []
        to_unit = self._unit.inverted()[0]
        for text, at, color in names:
            dash_end = self._unit.map(at)
            dash_start = QPointF(dash_end.x() - 0.06 * self._radius, dash_end.y())
            width = metrics.horizontalAdvance(text)
            box = QRectF(dash_start.x() - 0.025 * self._radius - width, dash_end.y() - metrics.height() / 2, width,
                         metrics.height())
            for corner in (box.topLeft(), box.bottomLeft()):
                # Measured from the ring's centre: the names stay inside its track (and the lead-in's veil).
                point = to_unit.map(corner)
                if (point.x() + anatomy.BACKWARD_SHIFT) ** 2 + point.y() ** 2 > 0.93 ** 2:
                    return
            placed.append((text, box, dash_start, dash_end, color))
        painter.save()
        painter.setFont(font)
        for text, box, dash_start, dash_end, color in placed:
            painter.setPen(self._pen(color, 0.014))
            painter.drawLine(dash_start, dash_end)
            painter.setPen(self.tints.muted)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()

    @staticmethod
    def moving_area(centre: QPointF, scale: float) -> QRectF:
        """The pixels a change of pose can repaint, antialiasing included."""
        return _to_pixels(moving_unit_bounds(), centre, scale)

    @staticmethod
    def painted_area(centre: QPointF, scale: float) -> QRectF:
        """The pixels ``paint`` draws on, for any pose: what moves and the bones laid over it."""
        return _to_pixels(_painted_unit_bounds(), centre, scale)

    def paint(self, painter: QPainter, centre: QPointF, scale: float, floor: float, diaphragm: float,
              headings: tuple[float, float] | None) -> None:
        """Draw what moves at ``centre``, one unit being ``scale`` pixels, at ``floor``/``diaphragm``.

        ``headings`` (floor, diaphragm) give the direction and weight of the arrows; None leaves them out,
        for a picture that ``paint_arrows`` completes.
        """
        radius, origin = self._place(centre, scale)
        self._ensure_overlays(radius, painter.device().devicePixelRatioF())
        dome = anatomy.dome_points(diaphragm)
        sag = anatomy.floor_sag(floor)
        bones, tip = anatomy.tailbone(floor)
        painter.save()
        self._paint_belly(painter, diaphragm, dome, sag, tip)
        self._paint_lungs(painter, diaphragm, dome)
        for offset, pixmap in self._overlays:
            painter.drawPixmap(origin + offset, pixmap)
        # Filled shapes, not strokes, for everything that moves: stroking a curve costs Qt's raster engine
        # several times what filling its outline does.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.tints.diaphragm)
        painter.drawPolygon(self._unit.map(_band(dome, 0.011, 0.008)))
        for end in (dome[0], dome[-1]):
            painter.drawEllipse(self._unit.map(end), 0.011 * radius, 0.011 * radius)
        self._paint_floor(painter, floor, sag, tip)
        for color, grow in ((self.tints.bone_edge, 0.006), (self.tints.bone, 0.0)):
            painter.setBrush(color)
            for at, size in bones:
                painter.drawEllipse(self._unit.map(at), (size + grow) * radius, (size * 0.8 + grow) * radius)
        if headings is not None:
            self._paint_chevrons(painter, dome, sag, headings)
        painter.restore()

    def paint_arrows(self, painter: QPainter, centre: QPointF, scale: float, floor: float, diaphragm: float,
                     headings: tuple[float, float]) -> None:
        """Only the arrows of ``paint``, the topmost layer, over a picture painted without them."""
        self._place(centre, scale)
        painter.save()
        self._paint_chevrons(painter, anatomy.dome_points(diaphragm), anatomy.floor_sag(floor), headings)
        painter.restore()

    def _place(self, centre: QPointF, scale: float) -> tuple[int, QPointF]:
        radius, origin = _placement(centre, scale)
        # The moving parts are mapped to pixels before drawing: stroking in pixel space is several times
        # cheaper for Qt's raster engine than stroking under a scaling transform.
        self._radius = radius
        self._unit = QTransform.fromTranslate(origin.x() + radius, origin.y() + radius).scale(radius, radius)
        return radius, origin

    def _paint_chevrons(self, painter: QPainter, dome: list[QPointF], sag: float,
                        headings: tuple[float, float]) -> None:
        diaphragm_spot, floor_spot = _chevron_spots(dome, sag)
        floor_heading, diaphragm_heading = headings
        self._chevron(painter, diaphragm_spot, diaphragm_heading)
        self._chevron(painter, floor_spot, floor_heading)

    def _ensure_overlays(self, radius: int, ratio: float) -> None:
        """The bones that lie over the moving parts, each drawn once per size into a pixmap of its own."""
        if self._overlays_key == (radius, ratio):
            return
        self._overlays_key = (radius, ratio)
        t = self.tints
        edge = QPen(t.bone_edge, 0.007)
        ribs = QPen(t.rib, 0.016, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        column = QPen(t.spine, 0.07, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        groups: list[list[_Part]] = [
            [(anatomy.RIBS, ribs, Qt.BrushStyle.NoBrush), (anatomy.STERNUM, edge, QBrush(t.bone))],
            [(anatomy.SPINE_LINE, column, Qt.BrushStyle.NoBrush), (anatomy.VERTEBRAE, edge, QBrush(t.bone)),
             (anatomy.SACRUM, edge, QBrush(t.bone))],
            [(anatomy.PUBIC_BONE, edge, QBrush(t.bone))],
        ]
        self._overlays = [_overlay(parts, radius, ratio) for parts in groups]

    def _paint_belly(self, painter: QPainter, diaphragm: float, dome: list[QPointF], sag: float,
                     tip: QPointF) -> None:
        """The belly wall, swelling forward on the in-breath, and the soft contents between dome and floor."""
        wall, contents = _belly_paths(diaphragm, dome, sag, tip)
        skin = QBrush(self._skin)
        skin.setTransform(self._unit)
        # The skin's edge: the wall in the outline colour, then the wall again in skin a line's width behind.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.tints.outline)
        painter.drawPath(self._unit.map(wall.translated(-0.006, 0.0)))
        painter.setBrush(skin)
        painter.drawPath(self._unit.map(wall.translated(0.006, 0.0)))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.tints.abdomen)
        painter.drawPath(self._unit.map(contents))

    def _paint_lungs(self, painter: QPainter, diaphragm: float, dome: list[QPointF]) -> None:
        """The lung above the dome: its base follows the dome down, and it deepens in colour as it fills."""
        fullness = (diaphragm + 1.0) / 2.0
        painter.setBrush(mix(self.tints.lung_empty, self.tints.lung_full, fullness))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPath(self._unit.map(_lung_path(dome)))

    def _paint_floor(self, painter: QPainter, floor: float, sag: float, tip: QPointF) -> None:
        """The hammock from pubic bone to tailbone: dropped it hangs long and thin, lifted short and thick."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.tints.floor)
        painter.drawPath(self._unit.map(_floor_path(floor, sag, tip)))

    def _chevron(self, painter: QPainter, at: QPointF, heading: float) -> None:
        """A soft double chevron pointing down for a positive heading, up for a negative one."""
        weight = min(abs(heading) * 1.6, 1.0)
        if weight < 0.08:
            return
        painter.setPen(self._pen(mix(self.tints.abdomen, self.tints.arrow, 0.8 * weight), CHEVRON_PEN))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._unit.map(_chevron_path(at, heading)))


CHEVRON_PEN = 0.016


def _belly_paths(diaphragm: float, dome: list[QPointF], sag: float,
                 tip: QPointF) -> tuple[QPainterPath, QPainterPath]:
    """The belly's wall and its contents, in the unit square."""
    (c1x, c1y), (c2x, c2y) = anatomy.belly_controls(diaphragm)
    top, bottom = anatomy.BELLY_TOP, anatomy.BELLY_BOTTOM
    front = QPainterPath(top)
    front.cubicTo(QPointF(c1x, c1y), QPointF(c2x, c2y), bottom)
    wall = QPainterPath(front)
    wall.lineTo(QPointF(-0.26, 0.60))
    wall.lineTo(QPointF(-0.30, -0.06))
    wall.closeSubpath()
    inset = anatomy.BELLY_WALL
    contents = QPainterPath(dome[0])
    for point in dome[1:]:
        contents.lineTo(point)
    # Down the front of the lumbar spine and the sacrum, which are drawn over this edge.
    contents.cubicTo(QPointF(0.155, 0.20), QPointF(0.16, 0.30), QPointF(0.20, 0.40))
    contents.lineTo(anatomy.TAILBONE_PIVOT)
    contents.lineTo(tip)
    contents.quadTo(_hammock_control(tip, sag), anatomy.PUBIC_ANCHOR)
    contents.lineTo(QPointF(bottom.x() + inset, 0.50))
    contents.cubicTo(QPointF(c2x + inset, c2y), QPointF(c1x + inset, c1y), dome[0])
    return wall, contents


def _lung_path(dome: list[QPointF]) -> QPainterPath:
    path = QPainterPath(QPointF(0.04, -0.68))
    path.cubicTo(QPointF(-0.12, -0.70), QPointF(-0.33, -0.52), QPointF(-0.37, -0.28))
    path.quadTo(QPointF(-0.385, -0.16), dome[0])
    for point in dome[1:]:
        path.lineTo(point)
    path.cubicTo(QPointF(0.24, -0.15), QPointF(0.22, -0.63), QPointF(0.04, -0.68))
    return path


def _floor_path(floor: float, sag: float, tip: QPointF) -> QPainterPath:
    front = anatomy.PUBIC_ANCHOR
    thickness = 0.045 - 0.015 * floor
    path = QPainterPath(front)
    path.quadTo(_hammock_control(tip, sag), tip)
    path.quadTo(_hammock_control(tip, sag + thickness), front)
    path.closeSubpath()
    return path


def _chevron_path(at: QPointF, heading: float) -> QPainterPath:
    direction = 1.0 if heading > 0 else -1.0
    path = QPainterPath()
    for offset in (-0.025, 0.025):
        tip_y = at.y() + direction * (offset + 0.02)
        path.moveTo(QPointF(at.x() - 0.045, tip_y - direction * 0.035))
        path.lineTo(QPointF(at.x(), tip_y))
        path.lineTo(QPointF(at.x() + 0.045, tip_y - direction * 0.035))
    return path


def _chevron_spots(dome: list[QPointF], sag: float) -> tuple[QPointF, QPointF]:
    """Where the diaphragm's and the floor's arrows sit."""
    apex = min(dome, key=QPointF.y)
    return QPointF(apex.x(), apex.y() + 0.15), QPointF(0.0, sag - 0.12)


# What moving_unit_bounds() works out, written down: working it out takes some 15 ms, all of it before the
# window's first paint. tests/ui/piston checks that the two agree, so a change to the shapes shows here.
MOVING_UNIT_BOUNDS = (-0.5069144182762122, -0.6815179761406898, 0.8095917784634729, 1.4922319296065711)


def moving_unit_bounds() -> QRectF:
    """All that ``AnatomyFigure.paint`` draws that can change, over every pose, in the unit square."""
    return QRectF(*MOVING_UNIT_BOUNDS)


def measured_moving_unit_bounds() -> QRectF:
    """``moving_unit_bounds`` worked out from the shapes, over a grid of poses."""
    bounds = QRectF()
    levels = [i / 4 - 1.0 for i in range(9)]
    for floor in levels:
        for diaphragm in levels:
            dome = anatomy.dome_points(diaphragm)
            sag = anatomy.floor_sag(floor)
            bones, tip = anatomy.tailbone(floor)
            wall, contents = _belly_paths(diaphragm, dome, sag, tip)
            for path in (wall.translated(-0.006, 0.0), wall.translated(0.006, 0.0), contents, _lung_path(dome),
                         _floor_path(floor, sag, tip)):
                bounds = bounds.united(path.boundingRect())
            bounds = bounds.united(_band(dome, 0.011, 0.008).boundingRect().adjusted(-0.011, -0.011, 0.011, 0.011))
            for at, size in bones:
                reach = size + 0.006
                bounds = bounds.united(QRectF(at.x() - reach, at.y() - reach, 2 * reach, 2 * reach))
            half = CHEVRON_PEN / 2
            for spot in _chevron_spots(dome, sag):
                for heading in (-1.0, 1.0):
                    stroke = _chevron_path(spot, heading).boundingRect()
                    bounds = bounds.united(stroke.adjusted(-half, -half, half, half))
    return bounds


@functools.cache
def still_overlay_unit_bounds() -> QRectF:
    """The bones ``paint`` lays over the moving parts, which it draws too, in the unit square."""
    bounds = QRectF()
    for path in (anatomy.RIBS, anatomy.STERNUM, anatomy.SPINE_LINE, anatomy.VERTEBRAE, anatomy.SACRUM,
                 anatomy.PUBIC_BONE):
        bounds = bounds.united(path.boundingRect())
    return bounds.adjusted(-0.04, -0.04, 0.04, 0.04)


def _band(points: list[QPointF], end: float, swell: float) -> QPolygonF:
    """A band along ``points``, ``end`` half-thick at its ends and ``end + swell`` in the middle."""
    xs, ys = [p.x() for p in points], [p.y() for p in points]
    last = len(points) - 1
    upper, lower = [], []
    for index in range(last + 1):
        ahead, behind = min(index + 1, last), max(index - 1, 0)
        dx, dy = xs[ahead] - xs[behind], ys[ahead] - ys[behind]
        scale = (end + swell * math.sin(math.pi * index / last)) / math.hypot(dx, dy)
        nx, ny = -dy * scale, dx * scale
        upper.append(QPointF(xs[index] + nx, ys[index] + ny))
        lower.append(QPointF(xs[index] - nx, ys[index] - ny))
    return QPolygonF(upper + lower[::-1])


def _hammock_control(tip: QPointF, sag: float) -> QPointF:
    """The control point that puts the middle of a quadratic from the pubic bone to ``tip`` at height ``sag``."""
    front = anatomy.PUBIC_ANCHOR
    return QPointF((front.x() + tip.x()) / 2, 2 * sag - (front.y() + tip.y()) / 2)


@functools.cache
def _painted_unit_bounds() -> QRectF:
    return moving_unit_bounds().united(still_overlay_unit_bounds())


def _to_pixels(unit: QRectF, centre: QPointF, scale: float) -> QRectF:
    radius, origin = _placement(centre, scale)
    return QRectF(origin.x() + (unit.left() + 1) * radius, origin.y() + (unit.top() + 1) * radius,
                  unit.width() * radius, unit.height() * radius).adjusted(-2, -2, 2, 2)


def unit_rect_to_pixels(unit: QRectF, centre: QPointF, scale: float) -> QRect:
    """``unit`` in whole pixels, each edge rounded on its own, so rectangles that meet in the unit square meet in
    pixels too."""
    radius, origin = _placement(centre, scale)
    left, top = round(origin.x() + (unit.left() + 1) * radius), round(origin.y() + (unit.top() + 1) * radius)
    right = round(origin.x() + (unit.right() + 1) * radius)
    bottom = round(origin.y() + (unit.bottom() + 1) * radius)
    return QRect(left, top, right - left, bottom - top)


def pixel_radius(scale: float) -> int:
    """The whole pixels one unit of the figure takes at ``scale``: what the figure and its caches are drawn at."""
    return max(int(round(scale)), 1)


def _placement(centre: QPointF, scale: float) -> tuple[int, QPointF]:
    """Whole-pixel radius and top-left corner of the unit square, so cached layers line up exactly.

    The square sits a little toward the back, leaving room in front of the body for the names of the parts.
    """
    radius = pixel_radius(scale)
    return radius, QPointF(round(centre.x() + anatomy.BACKWARD_SHIFT * radius) - radius, round(centre.y()) - radius)


def _overlay(parts: list[_Part], radius: int, ratio: float) -> tuple[QPointF, QPixmap]:
    """``parts`` drawn once into a pixmap just big enough for them, and where that pixmap sits in the square."""
    bounds = QRectF()
    for path, _, _ in parts:
        bounds = bounds.united(path.boundingRect())
    bounds.adjust(-0.04, -0.04, 0.04, 0.04)
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
    for path, pen, brush in parts:
        painter.setPen(pen)
        painter.setBrush(brush)
        painter.drawPath(path)
    painter.end()
    return QPointF(pixels.topLeft()), pixmap
