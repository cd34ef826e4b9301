"""The piston view: the animated centre of the Train page, painted from the latest session snapshot only.

Top to bottom: a small label naming the phase, one large line with the breath and the cue, the side-view torso
inside a countdown ring, and a line saying where the session is. With reduced motion, two still level gauges
replace the moving figure. Sizes, fonts and rectangles are laid out on resize; a paint only draws.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPixmap, QRegion, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from trainer.core.engine import SessionState, Snapshot
from trainer.core.phases import PHASES
from trainer.core.timeline import LEAD_IN, SET_REST
from trainer.ui import words
from trainer.ui.language import text_scale
from trainer.ui.piston.ring import paint_arc, paint_badge, paint_big_number, paint_track, ring_width
from trainer.ui.piston.gauge import paint_gauges
from trainer.ui.piston.painter import AnatomyFigure
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
        self._painted = self._pose(None, self._content)  # floor, diaphragm and ring of the last frame asked for
        self._skipped = False
        self._resting = False
        self._reduced_motion = False
        self._tints = Tints.from_palette(self.palette())
        self._figure = AnatomyFigure(self._tints)
        self._backdrop = QPixmap()
        self._backdrop_key: tuple | None = None
        self._geometry = self._layout(self.size())
        self._fitted: dict[str, QFont] = {}

    @property
    def snapshot(self) -> Snapshot | None:
        return self._snapshot

    def set_snapshot(self, snapshot: Snapshot | None) -> None:
        previous, self._snapshot = self._content, snapshot
        content = self._content = content_for(snapshot, self._resting)
        if (previous.label, previous.line, previous.footer) != (content.label, content.line, content.footer):
            self._painted = self._pose(snapshot, content)
            self._skipped = False
            self.update()
            return
        pose = self._pose(snapshot, content)
        if (not self._skipped and _same_marks(previous, content) and _barely_moved(self._painted, pose)):
            # A hold or a rest: the floor stays and the diaphragm only wobbles, so every other frame is left
            # out (30 Hz). Never two in a row, and never a frame whose texts, badge or arrows change, so a phase
            # change is painted on its own tick and the picture lags the snapshot by one frame at most.
            self._skipped = True
            return
        self._painted = pose
        self._skipped = False
        # Most frames only move the figure and the ring: repaint just that square (and the badge below).
        ring = self._geometry.ring
        self.update(ring.adjusted(-2, -2, 2, self._geometry.footer.height()).toAlignedRect())

    @staticmethod
    def _pose(snapshot: Snapshot | None, content: Content) -> tuple[float, float, float]:
        if snapshot is None:
            return (0.0, 0.0, -1.0)
        return (snapshot.floor, snapshot.diaphragm, -1.0 if content.ring_left is None else content.ring_left)

    def set_resting(self, resting: bool) -> None:
        """After "This hurts — stop": a stopped session offers rest, never a restart."""
        self._resting = resting
        self.set_snapshot(self._snapshot)

    def set_reduced_motion(self, reduced: bool) -> None:
        self._reduced_motion = reduced
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
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange, QEvent.Type.FontChange):
            self._tints = Tints.from_palette(self.palette())
            self._figure = AnatomyFigure(self._tints)
            self._backdrop_key = None
            self._geometry = self._layout(self.size())
            self._fitted.clear()
            self.update()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._geometry = self._layout(event.size())
        self._fitted.clear()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        content = self._content
        geometry, tints = self._geometry, self._tints
        dirty = event.rect().toRectF()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        # The backdrop is opaque and covers the ring, so only the area around it needs the background.
        painter.setClipRegion(event.region().subtracted(QRegion(geometry.ring.toAlignedRect())))
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
        self._paint_backdrop(painter)
        paint_arc(painter, geometry.ring, tints, content.ring_left)
        self._paint_figure(painter, content)
        if content.big_number:
            paint_big_number(painter, geometry.figure, content.big_number, geometry.number_font, tints)
        if content.badge:
            badge_at = QPointF(geometry.ring.center().x(), geometry.ring.bottom() - geometry.ring.height() * 0.009)
            paint_badge(painter, badge_at, content.badge, geometry.footer_font, tints)
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

    def _paint_figure(self, painter: QPainter, content: Content) -> None:
        snapshot = self._snapshot
        floor = snapshot.floor if snapshot else 0.0
        diaphragm = snapshot.diaphragm if snapshot else 0.0
        figure = self._geometry.figure
        if self._reduced_motion:
            if not content.dimmed:
                paint_gauges(painter, figure, floor, diaphragm, self._geometry.footer_font, self._tints)
            return
        self._figure.paint(painter, figure.center(), self._figure_scale(), floor, diaphragm, content.headings)
        if content.dimmed:
            # One translucent veil is far cheaper than drawing every part of the figure translucently. It
            # covers all inside the ring's track, the names beside the body included.
            track = ring_width(self._geometry.ring)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(with_alpha(self._tints.background, 0.72))
            painter.drawEllipse(self._geometry.ring.adjusted(track, track, -track, -track))

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


# How little the figure and the ring may have moved since the last painted frame for a frame to be left out:
# a hold's wobble moves the diaphragm at most 0.0016 a frame, a moving phase 0.02 to 0.07; the ring of a 2 s
# phase turns 0.8 % a frame.
STILL_POSE = 0.005
STILL_RING = 0.01


def _same_marks(a: Content, b: Content) -> bool:
    return (a.badge, a.big_number, a.dimmed, a.headings) == (b.badge, b.big_number, b.dimmed, b.headings)


def _barely_moved(painted: tuple[float, float, float], pose: tuple[float, float, float]) -> bool:
    return (abs(pose[0] - painted[0]) + abs(pose[1] - painted[1]) <= STILL_POSE
            and abs(pose[2] - painted[2]) <= STILL_RING)


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
    spec = PHASES[snapshot.phase]
    headings = (
        0.0 if spec.floor is None else spec.floor - snapshot.floor,
        0.0 if spec.diaphragm is None else spec.diaphragm - snapshot.diaphragm,
    )
    return Content(label=label, line=words.cue_line(snapshot), footer=words.position_line(snapshot),
                   ring_left=ring_left, badge=words.seconds_left(snapshot), headings=headings)
