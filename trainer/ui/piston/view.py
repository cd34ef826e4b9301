"""The piston view: the animated centre of the Train page, painted from the latest session snapshot only.

Top to bottom: a small label naming the phase, one large line with the breath and the cue, the side-view torso
inside a countdown ring, and a line saying where the session is. With reduced motion, two still level gauges
replace the moving figure. Sizes, fonts and rectangles are laid out on resize; a paint only draws.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPixmap, QRegion, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from trainer.core.engine import SessionState, Snapshot
from trainer.core.phases import PHASES
from trainer.core.timeline import LEAD_IN, SET_REST
from trainer.ui import words
from trainer.ui.language import text_scale
from trainer.ui.piston.ring import (arc_change, badge_box, paint_arc, paint_badge, paint_big_number, paint_track,
                                    ring_width)
from trainer.ui.piston.gauge import paint_gauges
from trainer.ui.piston.painter import AnatomyFigure
from trainer.ui.piston.tiles import POSE_REACH, PoseTiles
from trainer.ui.look.colors import with_alpha
from trainer.ui.piston.tints import Tints


@dataclass(frozen=True)
class Content:
    """What one frame shows, decided from the snapshot alone."""

    label: str
    line: str
    footer: str
    ring_left: float | None = None
    big_number: str = ""
    badge: str = ""
    dimmed: bool = False
    headings: tuple[float, float] = (0.0, 0.0)


@dataclass(frozen=True)
class _Geometry:
    """Where the view's parts go for its current size: the label, the ring, the figure and their fonts."""

    label: QRectF
    line: QRectF
    footer: QRectF
    ring: QRectF
    figure: QRectF
    label_font: QFont
    line_font: QFont
    footer_font: QFont
    name_font: QFont
    number_font: QFont


class PistonView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("piston-view")
        self.setAccessibleName(self.tr("Session view"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 280)
        # The whole rectangle is painted every frame, so Qt need not clear it first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._snapshot: Snapshot | None = None
        self._content = content_for(None)
        # The figure's floor, diaphragm and arrows as last drawn: a frame may leave it where it was (_figure_moved).
        self._figure_pose = _pose_of(None, self._content)
        self._words_key: tuple | None = None
        self._resting = False
        self._reduced_motion = False
        self._tints = Tints.from_palette(self.palette())
        self._figure = AnatomyFigure(self._tints)
        self._backdrop = QPixmap()
        self._backdrop_key: tuple | None = None
        self._tiles = PoseTiles()
        self._geometry = self._layout(self.size())
        self._fitted: dict[str, QFont] = {}
        self._badge_boxes: dict[str, QRectF] = {}

    @property
    def snapshot(self) -> Snapshot | None:
        return self._snapshot

    def set_snapshot(self, snapshot: Snapshot | None) -> None:
        previous, self._snapshot = self._content, snapshot
        content = self._content = self._content_for(snapshot)
        pose = _pose_of(snapshot, content)
        if _needs_whole_view(previous, content):
            self._figure_pose = pose
            self.update()
            return
        # Most frames change only a few small things: repaint just those, each where it was and where it is.
        ring = self._geometry.ring
        dirty = QRegion()
        if content.ring_left != previous.ring_left:
            change = arc_change(ring, previous.ring_left, content.ring_left)
            dirty += (change or ring).toAlignedRect()
        if content.badge != previous.badge:
            for text in (previous.badge, content.badge):
                if text:
                    dirty += self._badge_box(text)
        if self._figure_moved(pose):
            self._figure_pose = pose
            dirty += self._moving_area().toAlignedRect()
        if not dirty.isEmpty():
            self.update(dirty)

    def _content_for(self, snapshot: Snapshot | None) -> Content:
        """``content_for``, its words reused while they stay the same: a running phase asks for the same
        translated names and lines about sixty times a second, and only the ring and the arrows change."""
        key = _words_key(snapshot, self._resting)
        if key is None or key != self._words_key:
            self._words_key = key
            return content_for(snapshot, self._resting)
        return dataclasses.replace(self._content, ring_left=1.0 - snapshot.progress, headings=_headings(snapshot))

    def _figure_moved(self, pose: tuple[float, float, tuple[float, float]]) -> bool:
        """Whether the figure has moved far enough from where it was last drawn to be drawn again.

        In a hold the diaphragm's small breaths move its edge a few hundredths of a pixel a frame, and the
        slowest breaths about a third of a pixel: the figure is redrawn each time it has moved FIGURE_STEP_PX,
        so holds barely repaint it while moving phases keep (nearly) every frame.
        """
        drawn = self._figure_pose
        if pose == drawn:
            return False
        if self._reduced_motion:
            return True
        change = max(abs(pose[0] - drawn[0]), abs(pose[1] - drawn[1]),
                     abs(pose[2][0] - drawn[2][0]), abs(pose[2][1] - drawn[2][1]))
        return change * POSE_REACH * self._figure_scale() >= FIGURE_STEP_PX

    def _moving_area(self) -> QRectF:
        if self._reduced_motion:
            return self._geometry.ring
        return AnatomyFigure.moving_area(self._geometry.figure.center(), self._figure_scale())

    def _badge_box(self, text: str) -> QRect:
        """Where the badge saying ``text`` is drawn; cached per text until the next layout."""
        box = self._badge_boxes.get(text)
        if box is None:
            box = self._badge_boxes[text] = badge_box(self._badge_centre(), text, self._geometry.footer_font)
        return box.toAlignedRect()

    def _badge_centre(self) -> QPointF:
        ring = self._geometry.ring
        return QPointF(ring.center().x(), ring.bottom() - ring.height() * 0.009)

    def set_resting(self, resting: bool) -> None:
        """After "This hurts — stop": a stopped session offers rest, never a restart."""
        self._resting = resting
        self.set_snapshot(self._snapshot)

    def set_reduced_motion(self, reduced: bool) -> None:
        self._reduced_motion = reduced
        self._figure_pose = _pose_of(self._snapshot, self._content)
        self.update()

    def reduced_motion(self) -> bool:
        return self._reduced_motion

    def content(self) -> Content:
        """The texts and marks for the current snapshot; public so tests can read what a frame says."""
        return self._content

    def sizeHint(self) -> QSize:
        return QSize(520, 600)

    # Events ---------------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._words_key = None
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange, QEvent.Type.FontChange):
            self._tints = Tints.from_palette(self.palette())
            self._figure = AnatomyFigure(self._tints)
            self._backdrop_key = None
            self._geometry = self._layout(self.size())
            self._fitted.clear()
            self._badge_boxes.clear()
            self.update()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._geometry = self._layout(event.size())
        self._fitted.clear()
        self._badge_boxes.clear()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        content = self._content
        geometry, tints = self._geometry, self._tints
        region = event.region()
        dirty = event.rect().toRectF()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        # The backdrop is opaque and covers the ring, so only the area around it needs the background.
        painter.setClipRegion(region.subtracted(QRegion(geometry.ring.toAlignedRect())))
        painter.fillRect(event.rect(), tints.background)
        painter.setClipping(False)
        if dirty.intersects(geometry.label):
            painter.setPen(tints.muted)
            painter.setFont(geometry.label_font)
            painter.drawText(geometry.label, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                             content.label)
        if dirty.intersects(geometry.line):
            painter.setPen(tints.text)
            line_font = self._fit(content.line, geometry.line_font, geometry.line.width())
            painter.setFont(line_font)
            line = QFontMetricsF(line_font).elidedText(content.line, Qt.TextElideMode.ElideRight,
                                                       geometry.line.width())
            painter.drawText(geometry.line, Qt.AlignmentFlag.AlignCenter, line)
        self._paint_ring(painter, content, region)
        if dirty.intersects(geometry.footer):
            painter.setPen(tints.muted)
            painter.setFont(geometry.footer_font)
            painter.drawText(geometry.footer, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             content.footer)
        painter.end()

    # Drawing --------------------------------------------------------------------------------------------

    def _paint_backdrop(self, painter: QPainter) -> None:
        """The ring's track and the still body, rendered once per size and theme as one opaque pixmap."""
        geometry = self._geometry
        ratio = painter.device().devicePixelRatioF()
        area = geometry.ring.toAlignedRect()
        key = (area.getRect(), ratio, self._reduced_motion, self._tints)
        if key != self._backdrop_key:
            self._backdrop_key = key
            # The tiles copy the backdrop under the figure, and it changes only with what they depend on.
            self._tiles.clear()
            self._backdrop = QPixmap(area.size() * ratio)
            self._backdrop.setDevicePixelRatio(ratio)
            # Filled opaque first, so every frame copies it instead of blending it.
            self._backdrop.fill(self._tints.background)
            layer = QPainter(self._backdrop)
            layer.setRenderHint(QPainter.RenderHint.Antialiasing)
            layer.translate(-area.left(), -area.top())
            paint_track(layer, geometry.ring, self._tints)
            if not self._reduced_motion:
                self._figure.paint_body(layer, geometry.figure.center(), self._figure_scale(), geometry.name_font)
            layer.end()
        painter.drawPixmap(area.topLeft(), self._backdrop)

    def _figure_scale(self) -> float:
        # One unit is about the ring's radius: the side-view figure and the names beside it reach at most 0.93
        # of it from the centre, inside the track (which begins at about 0.97).
        return self._geometry.figure.width() * 0.55

    def _paint_ring(self, painter: QPainter, content: Content, region: QRegion) -> None:
        """All inside the ring's square, one rectangle of ``region`` at a time where that is cheaper.

        Qt's raster engine takes its fast paths (a pixmap blit, span fills) only under a rectangular clip; a
        frame's region is usually two or three separate rectangles (the arc's end, the figure, the badge), so
        each is painted under its own. Every pixel still gets the same layers in the same order.
        """
        geometry, tints = self._geometry, self._tints
        ring = geometry.ring.toAlignedRect()
        boxes = [box for box in (region & ring)]
        tiled = self._tiled(painter)
        figure_area = AnatomyFigure.painted_area(geometry.figure.center(), self._figure_scale()).toAlignedRect()
        for box in boxes:
            painter.setClipRect(box)
            self._paint_backdrop(painter)
            if tiled and box.intersects(figure_area):
                # Before the arc, as the opaque tiles' corners reach under it (the figure itself never does).
                floor, diaphragm, _ = self._figure_pose
                self._tiles.paint(painter, self._figure, self._backdrop, ring.topLeft(), geometry.figure.center(),
                                  self._figure_scale(), floor, diaphragm, box)
            paint_arc(painter, geometry.ring, tints, content.ring_left, QRegion(box))
        self._paint_figure(painter, region, tiled)
        badge_at = self._badge_centre()
        for box in boxes:
            painter.setClipRect(box)
            if content.dimmed:
                # One translucent veil is far cheaper than drawing every part of the figure translucently. It
                # covers all inside the ring's track, the names beside the body included.
                track = ring_width(geometry.ring)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(with_alpha(tints.background, 0.72))
                painter.drawEllipse(geometry.ring.adjusted(track, track, -track, -track))
            if content.big_number:
                paint_big_number(painter, geometry.figure, content.big_number, geometry.number_font, tints)
            if content.badge and box.intersects(self._badge_box(content.badge)):
                paint_badge(painter, badge_at, content.badge, geometry.footer_font, tints)
        painter.setClipping(False)

    def _tiled(self, painter: QPainter) -> bool:
        """Whether this paint copies the figure from PoseTiles rather than drawing it."""
        if self._reduced_motion:
            return False
        return self._tiles.usable(self._geometry.figure.center(), self._figure_scale(),
                                  painter.device().devicePixelRatioF())

    def _paint_figure(self, painter: QPainter, region: QRegion, tiled: bool) -> None:
        # The pose last chosen to be drawn (_figure_moved), so a frame repainting only the arc or the badge
        # next to the figure draws the same figure as the rest of the screen shows.
        floor, diaphragm, headings = self._figure_pose
        figure = self._geometry.figure
        if self._reduced_motion:
            area = figure
        else:
            area = AnatomyFigure.painted_area(figure.center(), self._figure_scale())
        seen = region & area.toAlignedRect()
        if seen.isEmpty():
            return
        painter.setClipRegion(seen)
        if self._reduced_motion:
            if not self._content.dimmed:
                paint_gauges(painter, figure, floor, diaphragm, self._geometry.footer_font, self._tints)
            return
        if tiled:
            # The tiles hold the rest of the figure.
            self._figure.paint_arrows(painter, figure.center(), self._figure_scale(), floor, diaphragm, headings)
        else:
            self._figure.paint(painter, figure.center(), self._figure_scale(), floor, diaphragm, headings)

    def _fit(self, text: str, font: QFont, width: float) -> QFont:
        """The line font, shrunk (to no less than 70 %) until ``text`` fits ``width``; cached per text."""
        fitted = self._fitted.get(text)
        if fitted is None:
            fitted = QFont(font)
            advance = QFontMetricsF(font).horizontalAdvance(text)
            if advance > width > 0:
                fitted.setPixelSize(max(int(font.pixelSize() * max(width / advance, 0.7)), 11))
            self._fitted[text] = fitted
        return fitted

    def _layout(self, size: QSize) -> _Geometry:
        w, h = float(size.width()), float(size.height())
        margin = max(12.0, 0.035 * min(w, h))
        # Large text scales the figure's words too; _fit shrinks a line that would not fit the width.
        scale = text_scale()
        line_px = min(max(min(w * 0.05, h * 0.052), 16.0), 40.0) * scale
        label_px = max(11.0, line_px * 0.5)
        footer_px = max(12.0, line_px * 0.56)
        width = max(w - 2 * margin, 1.0)
        label = QRectF(margin, margin, width, label_px * 1.6)
        line = QRectF(margin, label.bottom(), width, line_px * 1.6)
        footer = QRectF(margin, h - margin - footer_px * 1.6, width, footer_px * 1.6)
        top, bottom = line.bottom() + margin * 0.8, footer.top() - margin * 0.5
        diameter = max(min(width, bottom - top), 40.0)
        ring = QRectF(w / 2 - diameter / 2, top + (bottom - top - diameter) / 2, diameter, diameter)
        inset = diameter * 0.05
        figure = ring.adjusted(inset, inset, -inset, -inset)
        return _Geometry(
            label=label, line=line, footer=footer, ring=ring, figure=figure,
            label_font=self._font(label_px, QFont.Weight.DemiBold, spacing=108.0),
            line_font=self._font(line_px, QFont.Weight.Medium),
            footer_font=self._font(footer_px, QFont.Weight.Normal),
            name_font=self._font(max(11.0, footer_px * 0.62), QFont.Weight.Normal),
            number_font=self._font(max(diameter * 0.3, 24.0), QFont.Weight.Light),
        )

    def _font(self, pixels: float, weight: QFont.Weight, spacing: float = 100.0) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(int(pixels))
        font.setWeight(weight)
        if spacing != 100.0:
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, spacing)
            font.setCapitalization(QFont.Capitalization.AllUppercase)
        return font


# The figure is redrawn once a moving edge has shifted this far: a step of a third of a pixel in an
# antialiased edge cannot be seen, and a hold's small breaths would otherwise repaint the figure every frame.
FIGURE_STEP_PX = 0.3


def _pose_of(snapshot: Snapshot | None, content: Content) -> tuple[float, float, tuple[float, float]]:
    if snapshot is None:
        return (0.0, 0.0, content.headings)
    return (snapshot.floor, snapshot.diaphragm, content.headings)


def _needs_whole_view(a: Content, b: Content) -> bool:
    """A text, the big number or the veil changed, or the arc filled up again (a new phase): no frame that
    changes these is left to the small repaints."""
    if (a.label, a.line, a.footer, a.big_number, a.dimmed) != (b.label, b.line, b.footer, b.big_number, b.dimmed):
        return True
    if (a.ring_left is None) != (b.ring_left is None):
        return True
    return a.ring_left is not None and b.ring_left > a.ring_left


def _t(text: str) -> str:
    # Under the unnamed context, where lupdate files a module-level helper's strings.
    return QCoreApplication.translate("", text)


def content_for(snapshot: Snapshot | None, resting: bool = False) -> Content:
    """Decide what the view says and shows for ``snapshot`` (None: no routine chosen yet); ``resting``: the
    session was stopped because something hurt."""
    if snapshot is None:
        return Content(label="", line=_t("Choose a routine to begin"), footer="")
    state = snapshot.state
    if state is SessionState.READY:
        return Content(label=snapshot.routine_title, line=_t("Press Space to begin"),
                       footer=_t("About {time}").format(time=words.format_duration(snapshot.total_s)))
    if state is SessionState.FINISHED:
        return Content(label=snapshot.routine_title, line=words.well_done(),
                       footer=_t("Take a moment before you get up."))
    if state in (SessionState.STOPPED, SessionState.READY) and resting:
        return Content(label=snapshot.routine_title, line=_t("Rest now"),
                       footer=_t("When you are ready, the breathing drop is a gentle way back."))
    if state is SessionState.STOPPED:
        return Content(label=snapshot.routine_title, line=words.session_stopped(),
                       footer=_t("Rest now. Press Space to start again."))
    if state is SessionState.PAUSED:
        # A suspend gap: the computer slept, or the window was minimised or closed over a running session.
        return Content(label=words.phase_name(snapshot.phase), line=words.paused(snapshot.suspended),
                       footer=_t("Press Space to carry on"), ring_left=1.0 - snapshot.progress)
    ring_left = 1.0 - snapshot.progress
    if snapshot.kind == LEAD_IN:
        return Content(label=_t("Get ready"), line=snapshot.cue, footer=snapshot.routine_title,
                       ring_left=ring_left, big_number=words.seconds_left(snapshot), dimmed=True)
    label = _t("Between sets") if snapshot.kind == SET_REST else words.phase_name(snapshot.phase)
    return Content(label=label, line=words.cue_line(snapshot), footer=words.position_line(snapshot),
                   ring_left=ring_left, badge=words.seconds_left(snapshot), headings=_headings(snapshot))


def _headings(snapshot: Snapshot) -> tuple[float, float]:
    """How far the floor and the diaphragm still have to go in this phase (0: they stay)."""
    spec = PHASES[snapshot.phase]
    return (
        0.0 if spec.floor is None else spec.floor - snapshot.floor,
        0.0 if spec.diaphragm is None else spec.diaphragm - snapshot.diaphragm,
    )


def _words_key(snapshot: Snapshot | None, resting: bool) -> tuple | None:
    """All that ``content_for``'s words depend on in a running phase or rest between sets; None otherwise
    (those frames are few, and always worded afresh)."""
    if snapshot is None or snapshot.state is not SessionState.RUNNING or snapshot.kind == LEAD_IN:
        return None
    return (resting, snapshot.kind, snapshot.phase, snapshot.breath, snapshot.cue, snapshot.rep, snapshot.reps,
            snapshot.set, snapshot.sets, math.ceil(snapshot.session_left_s), words.seconds_left(snapshot))
