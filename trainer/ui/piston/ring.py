"""The countdown ring around the piston figure, and the big number shown inside it during the lead-in.

The ring is a quiet track with an arc for the time left in the phase; it empties clockwise from the top, so a
glance tells how much of the phase remains without reading a number.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen, QPolygonF, QRegion

from trainer.ui.piston.tints import Tints


def ring_width(rect: QRectF) -> float:
    return max(rect.width() * 0.018, 3.0)


def paint_track(painter: QPainter, rect: QRectF, tints: Tints) -> None:
    """The quiet full circle; it never changes, so the view draws it once into its backdrop."""
    width = ring_width(rect)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(tints.track, width))
    painter.drawEllipse(rect.adjusted(width / 2, width / 2, -width / 2, -width / 2))


def paint_arc(painter: QPainter, rect: QRectF, tints: Tints, left: float | None,
              region: QRegion | None = None) -> None:
    """The arc over the track for ``left``, the part of the phase still to come (0..1; None: no arc).

    Only the pieces of the arc that ``region`` (the paint event's) can see are filled: most frames repaint
    the arc's moving end alone. A piece is a polygon on a fixed grid of angles, so a pixel comes out the
    same whether the whole arc or a piece of it was filled, and partial frames leave a true picture.
    """
    if left is None or left <= 0.0:
        return
    ring = _Ring(rect)
    end = _TURN * min(left, 1.0)
    pieces = _visible(ring, end, region)
    if pieces is None:
        return
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(tints.accent)
    for start, stop in pieces:
        painter.drawPolygon(ring.band(start, stop))
    # Round caps: a disc as wide as the arc at each end, drawn whole wherever the region shows it.
    for angle in (0.0, end):
        painter.drawEllipse(ring.point(angle, ring.mid), ring.width / 2, ring.width / 2)
    painter.restore()


def arc_change(rect: QRectF, before: float, after: float) -> QRectF | None:
    """The pixels that change when the arc goes from ``before`` to ``after`` left (None: too far to bother;
    repaint the ring)."""
    ring = _Ring(rect)
    low, high = sorted((_TURN * min(max(before, 0.0), 1.0), _TURN * min(max(after, 0.0), 1.0)))
    if high - low > math.radians(30):
        return None
    steps = max(1, math.ceil((high - low) / math.radians(5)))
    points = [ring.point(low + (high - low) * i / steps, ring.mid) for i in range(steps + 1)]
    xs, ys = [p.x() for p in points], [p.y() for p in points]
    pad = ring.width / 2 + 2.0
    return QRectF(min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad)


_TURN = 2 * math.pi
# The grid the arc's edges are built on: fine enough that its chords stay within a tenth of a pixel of the
# circle on a full-screen ring.
_STEP = math.radians(1.5)
_GRID = [(math.sin(i * _STEP), -math.cos(i * _STEP)) for i in range(round(_TURN / _STEP) + 1)]


class _Ring:
    """The arc's circle for ``rect``: angles run clockwise from twelve o'clock, in radians."""

    def __init__(self, rect: QRectF) -> None:
        self.width = ring_width(rect)
        self.centre = rect.center()
        self.mid = rect.width() / 2 - self.width / 2

    def point(self, angle: float, radius: float) -> QPointF:
        return QPointF(self.centre.x() + radius * math.sin(angle), self.centre.y() - radius * math.cos(angle))

    def band(self, start: float, stop: float) -> QPolygonF:
        """The arc's body from ``start`` to ``stop``, its edges through the grid's angles in between."""
        cx, cy = self.centre.x(), self.centre.y()
        first, last = math.floor(start / _STEP) + 1, math.ceil(stop / _STEP) - 1
        outer_r, inner_r = self.mid + self.width / 2, self.mid - self.width / 2
        outer = [self.point(start, outer_r)]
        outer += [QPointF(cx + outer_r * s, cy + outer_r * c) for s, c in _GRID[first:last + 1]]
        outer.append(self.point(stop, outer_r))
        inner = [self.point(stop, inner_r)]
        inner += [QPointF(cx + inner_r * s, cy + inner_r * c) for s, c in reversed(_GRID[first:last + 1])]
        inner.append(self.point(start, inner_r))
        return QPolygonF(outer + inner)


def _visible(ring: _Ring, end: float, region: QRegion | None) -> list[tuple[float, float]] | None:
    """The pieces of the arc from 0 to ``end`` that the rectangles of ``region`` cover, by angle; None when
    ``region`` lies wholly inside the arc's inner edge, where neither the arc nor its caps reach (the figure
    and the badge: most of a frame's rectangles)."""
    if region is None:
        return [(0.0, end)]
    pieces = []
    reached = False
    # Past the grid step, so a piece's cut ends (and their first chords) lie outside what it must paint.
    margin = _STEP * 1.5
    for box in region:
        span = _angles(ring, QRectF(box))
        if span is None:
            return [(0.0, end)]
        if not span:
            continue
        reached = True
        low, high = span[0] - margin, span[1] + margin
        for shift in (-_TURN, 0.0, _TURN):
            start, stop = max(low + shift, 0.0), min(high + shift, end)
            if start < stop:
                pieces.append((start, stop))
    return pieces if reached else None


def _angles(ring: _Ring, box: QRectF) -> tuple[float, ...] | None:
    """The angles (from, to) ``box`` spans as seen from the ring's centre; None: it holds the centre, so all of
    them; none, ``()``: it lies inside the arc's inner edge, as the figure does."""
    cx, cy = ring.centre.x(), ring.centre.y()
    inside = (ring.mid - ring.width / 2 - 1.0) ** 2
    corners = (box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight())
    if all((c.x() - cx) ** 2 + (c.y() - cy) ** 2 < inside for c in corners):
        return ()
    if box.contains(ring.centre):
        return None
    middle = math.atan2(box.center().x() - cx, cy - box.center().y())
    offsets = []
    for corner in corners:
        angle = math.atan2(corner.x() - cx, cy - corner.y()) - middle
        offsets.append((angle + math.pi) % _TURN - math.pi)
    return middle + min(offsets), middle + max(offsets)


def badge_box(centre: QPointF, text: str, font: QFont) -> QRectF:
    """Where ``paint_badge`` draws ``text``, its outline included."""
    # Whole-pixel metrics, as a painter's own fontMetrics() gives them.
    metrics = QFontMetrics(font)
    width = max(metrics.horizontalAdvance(text) + metrics.height(), metrics.height() * 1.6)
    height = metrics.height() * 1.25
    return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)


def paint_badge(painter: QPainter, centre: QPointF, text: str, font: QFont, tints: Tints) -> None:
    """A small rounded label, e.g. the seconds left, sitting on the ring."""
    painter.save()
    painter.setFont(font)
    box = badge_box(centre, text, font)
    height = box.height()
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
