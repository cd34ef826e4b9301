"""The moving figure pre-rendered per pose, in a few opaque tiles that each depend on one position only.

A breathing cycle passes through the same poses again and again, so a frame can copy the figure instead of
filling its paths anew. The figure's painted area is cut into tiles along lines that no moving edge crosses:
the top (above the lungs) never changes; the chest and the front of the belly follow the diaphragm alone;
the pelvis follows the floor alone. Tiles are kept for poses POSE_STEP_PX of travel apart (in device
pixels); a pose between two is the nearer one with the further one faded over it in proportion, which moves
an antialiased edge as smoothly as drawing it there would, at a quarter of the memory of keeping every
quarter pixel. Each tile is the view's backdrop with the figure drawn over it, so a frame is a few copies;
the arrows, whose weight changes every frame, are drawn over them directly. When all the poses a size can
need would not fit in BUDGET_BYTES (a large window on a high-density screen), the view paints the figure
directly instead: a cache that keeps evicting what it is about to need would cost more than it saves.
"""

from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF
from PySide6.QtGui import QPainter, QPixmap

from trainer.ui.piston.painter import AnatomyFigure, pixel_radius, unit_rect_to_pixels

# How far apart (device pixels of travel) the kept poses are. Fading between poses a whole pixel apart
# would blur an edge into a two-pixel ramp while it moves; half a pixel apart it stays as sharp as drawn.
POSE_STEP_PX = 0.5
# What the cached tiles of one size may take at most, all poses in: about 18 MB at the default window size.
BUDGET_BYTES = 32 * 1024 * 1024
# How far a moving edge travels, in figure units, per unit of floor or diaphragm (the dome's apex, the
# hammock's lowest point); the rest move less.
POSE_REACH = 0.1
_FAR = 10.0
# Below this share of a step the nearer pose alone is drawn: the faded one would change no pixel by a level.
_FADE_FROM = 1 / 256
# (left, top, right, bottom) in the figure's unit square, and the one position each tile shows: none above
# the lungs; the diaphragm for the chest and, in front of the pubic bone, the belly wall; the floor for the
# pelvis behind it. tests/ui/piston checks that a tile does not change with the other position.
TILES = (
    ((-_FAR, -_FAR, _FAR, -0.72), None),
    ((-_FAR, -0.72, _FAR, 0.25), "diaphragm"),
    ((-_FAR, 0.25, -0.26, _FAR), "diaphragm"),
    ((-0.26, 0.25, _FAR, _FAR), "floor"),
)


class PoseTiles:
    """Tiles of one figure at one size over one backdrop; ``clear`` when any of those change."""

    def __init__(self) -> None:
        self._key: tuple | None = None
        self._rects: list[QRect] = []
        self._levels_per_unit = 1.0
        self._cached: list[OrderedDict[int, QPixmap]] = [OrderedDict() for _ in TILES]
        self._limit = 0

    def clear(self) -> None:
        self._key = None
        for cache in self._cached:
            cache.clear()

    def usable(self, centre: QPointF, scale: float, ratio: float) -> bool:
        """Whether the tiles for this size fit the budget (see the module's docstring)."""
        self._prepare(centre, scale, ratio)
        return self._limit > 0

    def bytes_used(self) -> int:
        return sum(p.width() * p.height() * 4 for cache in self._cached for p in cache.values())

    def paint(self, painter: QPainter, figure: AnatomyFigure, backdrop: QPixmap, backdrop_at: QPoint,
              centre: QPointF, scale: float, floor: float, diaphragm: float, box: QRect) -> None:
        """Copy the tiles for (``floor``, ``diaphragm``) that meet ``box``, the painter's clip."""
        ratio = painter.device().devicePixelRatioF()
        self._prepare(centre, scale, ratio)
        positions = {None: 0.0, "floor": floor, "diaphragm": diaphragm}
        for index, ((_, depends), rect) in enumerate(zip(TILES, self._rects)):
            if not rect.intersects(box):
                continue
            exact = positions[depends] * self._levels_per_unit
            level = math.floor(exact + 0.5)
            painter.drawPixmap(rect.topLeft(), self._tile(index, level, floor, diaphragm, figure, backdrop,
                                                          backdrop_at, centre, scale, ratio))
            share = abs(exact - level)
            if share >= _FADE_FROM:
                # The neighbouring pose on the snapshot's side, faded in as far as the snapshot is toward it.
                other = level + (1 if exact > level else -1)
                painter.setOpacity(share)
                painter.drawPixmap(rect.topLeft(), self._tile(index, other, floor, diaphragm, figure, backdrop,
                                                              backdrop_at, centre, scale, ratio))
                painter.setOpacity(1.0)

    def position(self, level: int) -> float:
        """The position the tiles of ``level`` show."""
        return level / self._levels_per_unit

    def _tile(self, index: int, level: int, floor: float, diaphragm: float, figure: AnatomyFigure,
              backdrop: QPixmap, backdrop_at: QPoint, centre: QPointF, scale: float, ratio: float) -> QPixmap:
        cache = self._cached[index]
        pixmap = cache.get(level)
        if pixmap is not None:
            cache.move_to_end(level)
            return pixmap
        # A tile does not change with the position it is not kept for, so that one stays as it is.
        depends = TILES[index][1]
        pose = (self.position(level) if depends == "floor" else floor,
                self.position(level) if depends == "diaphragm" else diaphragm)
        pixmap = cache[level] = _render(self._rects[index], ratio, figure, backdrop, backdrop_at, centre, scale,
                                        pose)
        if len(cache) > self._limit:
            cache.popitem(last=False)
        return pixmap

    def _prepare(self, centre: QPointF, scale: float, ratio: float) -> None:
        key = (centre.x(), centre.y(), scale, ratio)
        if key == self._key:
            return
        self.clear()
        self._key = key
        area = AnatomyFigure.painted_area(centre, scale).toAlignedRect()
        self._rects = []
        for (left, top, right, bottom), _ in TILES:
            cut = unit_rect_to_pixels(QRectF(QPointF(left, top), QPointF(right, bottom)), centre, scale)
            self._rects.append(area.intersected(cut))
        self._levels_per_unit = POSE_REACH * pixel_radius(scale) * ratio / POSE_STEP_PX
        # Every level from -1 to +1 for each moving tile, and one beyond each end to fade toward; the still one
        # once.
        levels = 2 * math.ceil(self._levels_per_unit) + 3
        per_level = sum(_bytes(rect, ratio) for (_, depends), rect in zip(TILES, self._rects) if depends)
        self._limit = levels if levels * per_level + _bytes(self._rects[0], ratio) <= BUDGET_BYTES else 0


def _bytes(rect: QRect, ratio: float) -> int:
    return math.ceil(rect.width() * ratio) * math.ceil(rect.height() * ratio) * 4


def _render(rect: QRect, ratio: float, figure: AnatomyFigure, backdrop: QPixmap, backdrop_at: QPoint,
            centre: QPointF, scale: float, pose: tuple[float, float]) -> QPixmap:
    """One tile: the backdrop under it, and the figure without its arrows at ``pose`` (floor, diaphragm)."""
    pixmap = QPixmap(rect.size() * ratio)
    pixmap.setDevicePixelRatio(ratio)
    layer = QPainter(pixmap)
    layer.translate(-rect.left(), -rect.top())
    layer.drawPixmap(backdrop_at, backdrop)
    layer.setRenderHint(QPainter.RenderHint.Antialiasing)
    figure.paint(layer, centre, scale, pose[0], pose[1], None)
    layer.end()
    return pixmap
