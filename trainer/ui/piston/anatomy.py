"""The shapes of the side-view (sagittal) torso in the piston view, facing left: front at -x, back at +x.

Everything lives in a unit square (x and y from -1 to +1, y down) that the painter scales to the view's
circle. The still parts (body, spine, sacrum, ribs, breastbone, pubic bone) are built once, at
import. The moving parts are functions of the snapshot's two positions (-1 lifted .. +1 dropped): the
diaphragm's dome, the belly wall, the pelvic floor's hammock and the tailbone it hangs from.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QTransform

# The belly wall runs from the front of the lower ribs down to the groin; on the in-breath it swells forward.
BELLY_TOP = QPointF(-0.42, -0.08)
BELLY_BOTTOM = QPointF(-0.34, 0.62)
BELLY_WALL = 0.05  # thickness of the wall between the skin and the belly's contents
# The hammock is slung from the back of the pubic bone to the tip of the tailbone.
PUBIC_ANCHOR = QPointF(-0.235, 0.585)
TAILBONE_PIVOT = QPointF(0.268, 0.545)
_TAILBONE = (QPointF(0.262, 0.574), QPointF(0.249, 0.602), QPointF(0.228, 0.626))
_TAILBONE_SIZES = (0.028, 0.024, 0.020)
# The dome spans from the costal margin at the front to the lumbar spine at the back, which sits lower.
_DOME_FRONT = QPointF(-0.375, -0.07)
_DOME_BACK = QPointF(0.17, 0.05)
_DOME_STEPS = 16
# The breastbone, from the notch below the throat to its tip above the belly.
_STERNUM_TOP = QPointF(-0.225, -0.585)
_STERNUM_TIP = QPointF(-0.365, -0.20)
# Where the dashes beside the names of the diaphragm and the floor end: in front of the body, clear of the
# belly at its fullest.
DIAPHRAGM_NAME = QPointF(-0.47, -0.09)
FLOOR_NAME = QPointF(-0.465, 0.50)
# How far the figure sits toward the back of the circle, to make that room in front.
BACKWARD_SHIFT = 0.10


def _p(x: float, y: float) -> QPointF:
    return QPointF(x, y)


def belly_controls(diaphragm: float) -> tuple[tuple[float, float], tuple[float, float]]:
    """The two control points of the belly's front: the lower the diaphragm, the further forward it swells."""
    swell = 0.035 * (diaphragm + 1.0)
    return (-0.455 - swell, 0.10), (-0.475 - swell * 1.15, 0.44)


def _body_path() -> QPainterPath:
    """The outline from the neck to the top of the thighs, with the belly at its flattest (breathed out)."""
    segments = [  # (control 1, control 2, end), from the front of the neck, down the front, up the back
        ((-0.10, -0.82), (-0.12, -0.76), (-0.135, -0.71)),  # throat
        ((-0.19, -0.64), (-0.34, -0.60), (-0.39, -0.50)),  # collarbone to the upper chest
        ((-0.43, -0.42), (-0.45, -0.30), (-0.44, -0.20)),  # chest
        ((-0.435, -0.14), (-0.425, -0.11), (BELLY_TOP.x(), BELLY_TOP.y())),  # lower ribs
        (*belly_controls(-1.0), (BELLY_BOTTOM.x(), BELLY_BOTTOM.y())),  # belly, breathed out
        ((-0.30, 0.675), (-0.345, 0.76), (-0.35, 0.82)),  # front of the thigh
        ((-0.14, 0.89), (0.10, 0.89), (0.30, 0.82)),  # where the figure is cut off
        ((0.38, 0.76), (0.455, 0.68), (0.44, 0.53)),  # buttock
        ((0.43, 0.40), (0.35, 0.30), (0.345, 0.15)),  # hollow of the lower back
        ((0.345, 0.02), (0.375, -0.22), (0.37, -0.42)),  # upper back
        ((0.365, -0.58), (0.28, -0.66), (0.22, -0.73)),  # to the back of the neck
        ((0.19, -0.77), (0.175, -0.82), (0.17, -0.88)),
    ]
    path = QPainterPath(_p(-0.09, -0.88))
    for c1, c2, end in segments:
        path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
    path.quadTo(_p(0.04, -0.91), _p(-0.09, -0.88))
    path.closeSubpath()
    return path


def _spine_line() -> QPainterPath:
    """The centre line of the vertebral bodies: a gentle S from the neck to the top of the sacrum."""
    path = QPainterPath(_p(0.06, -0.84))
    path.cubicTo(_p(0.06, -0.62), _p(0.275, -0.50), _p(0.225, -0.10))
    path.cubicTo(_p(0.215, -0.01), _p(0.15, 0.20), _p(0.185, 0.31))
    return path


def _vertebrae(line: QPainterPath, count: int = 18) -> QPainterPath:
    """Rounded blocks along ``line``, growing from the small neck vertebrae to the broad lumbar ones."""
    path = QPainterPath()
    length = line.length()
    for index in range(count):
        share = (index + 0.5) / count
        at = line.pointAtPercent(line.percentAtLength(length * share))
        ahead = line.pointAtPercent(line.percentAtLength(min(length * share + 0.01, length)))
        behind = line.pointAtPercent(line.percentAtLength(max(length * share - 0.01, 0.0)))
        angle = math.degrees(math.atan2(ahead.y() - behind.y(), ahead.x() - behind.x()))
        along = length / count * 0.74
        across = 0.055 + 0.05 * share
        block = QPainterPath()
        block.addRoundedRect(QRectF(-along / 2, -across / 2, along, across), along * 0.35, along * 0.35)
        path.addPath(QTransform().translate(at.x(), at.y()).rotate(angle).map(block))
    return path


def _sacrum_path() -> QPainterPath:
    """The sacrum: a wedge as deep as the last lumbar vertebra, bending back and narrowing to the tailbone."""
    path = QPainterPath(_p(0.128, 0.338))
    path.quadTo(_p(0.19, 0.31), _p(0.24, 0.318))
    path.cubicTo(_p(0.29, 0.38), _p(0.305, 0.47), _p(0.288, 0.548))
    path.quadTo(_p(0.27, 0.56), _p(0.25, 0.548))
    path.cubicTo(_p(0.225, 0.48), _p(0.16, 0.40), _p(0.128, 0.338))
    path.closeSubpath()
    return path


def _ribs_path() -> QPainterPath:
    """Six ribs sloping down and forward from the spine: five to the breastbone, one to the costal margin."""
    path = QPainterPath()
    spine = _spine_line()
    for index in range(6):
        back = _point_at_y(spine, -0.66 + 0.064 * index)
        if index < 5:
            front = _STERNUM_TOP + (_STERNUM_TIP - _STERNUM_TOP) * (0.08 + 0.2 * index)
        else:
            front = _p(-0.385, -0.15)
        # Each rib leaves the spine backward-down, then sweeps forward; the lower ones sag less, so
        # none dips below the front of the diaphragm.
        path.moveTo(back)
        path.cubicTo(back + _p(0.06, 0.07), front + _p(0.16, 0.07 - 0.008 * index), front)
    return path


def _sternum_path() -> QPainterPath:
    along = _STERNUM_TIP - _STERNUM_TOP
    length = math.hypot(along.x(), along.y())
    bar = QPainterPath()
    bar.addRoundedRect(QRectF(-length / 2, -0.021, length, 0.042), 0.021, 0.021)
    centre = (_STERNUM_TOP + _STERNUM_TIP) / 2
    angle = math.degrees(math.atan2(along.y(), along.x()))
    return QTransform().translate(centre.x(), centre.y()).rotate(angle).map(bar)


def _pubic_path() -> QPainterPath:
    oval = QPainterPath()
    oval.addEllipse(_p(0.0, 0.0), 0.07, 0.038)
    return QTransform().translate(-0.275, 0.53).rotate(62).map(oval)


def _point_at_y(line: QPainterPath, y: float) -> QPointF:
    """The point of a downward-running ``line`` at height ``y``."""
    low, high = 0.0, 1.0
    for _ in range(30):
        mid = (low + high) / 2
        if line.pointAtPercent(mid).y() < y:
            low = mid
        else:
            high = mid
    return line.pointAtPercent(low)


BODY = _body_path()
VERTEBRAE = _vertebrae(_spine_line())
SPINE_LINE = _spine_line()
SACRUM = _sacrum_path()
RIBS = _ribs_path()
STERNUM = _sternum_path()
PUBIC_BONE = _pubic_path()


def dome_points(diaphragm: float) -> list[QPointF]:
    """The diaphragm from front to back: dropped (+1) it is lower and flatter, lifted (-1) higher and rounder."""
    height = 0.22 - 0.08 * diaphragm
    shift = 0.02 * diaphragm
    return [QPointF(x, base + shift - height * rise) for x, base, rise in _DOME_STEPS_AT]


def _dome_steps() -> list[tuple[float, float, float]]:
    """Per step of the dome, what no position changes: its x, the straight line under it, and how much of the
    dome's height it takes. Worked out once, as the dome is built anew every frame."""
    steps = []
    for step in range(_DOME_STEPS + 1):
        # Steps bunch up toward the ends, where the dome's sides are steep.
        t = 0.5 - 0.5 * math.cos(math.pi * step / _DOME_STEPS)
        x = _DOME_FRONT.x() + (_DOME_BACK.x() - _DOME_FRONT.x()) * t
        base = _DOME_FRONT.y() + (_DOME_BACK.y() - _DOME_FRONT.y()) * t
        steps.append((x, base, math.sin(math.pi * t) ** 0.7))
    return steps


_DOME_STEPS_AT = _dome_steps()


def floor_sag(floor: float) -> float:
    """The lowest point of the hammock: dropped, it sinks and lengthens; lifted, it rises and flattens."""
    return 0.68 + 0.10 * floor


def tailbone(floor: float) -> tuple[list[tuple[QPointF, float]], QPointF]:
    """The tailbone's segments (centre, radius) and its tip: it tips back as the floor lets go, forward as it lifts."""
    turn = QTransform().translate(TAILBONE_PIVOT.x(), TAILBONE_PIVOT.y()).rotate(-13.0 * floor)
    turn.translate(-TAILBONE_PIVOT.x(), -TAILBONE_PIVOT.y())
    segments = [(turn.map(point), size) for point, size in zip(_TAILBONE, _TAILBONE_SIZES)]
    return segments, turn.map(_TAILBONE[-1])
