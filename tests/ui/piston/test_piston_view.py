"""The piston view paints from the snapshot alone: what it says in each state, and what it draws."""

from __future__ import annotations

import dataclasses
import math

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from trainer.core.engine import SessionEngine, SessionState, Snapshot
from trainer.core.routines import load_catalog
from trainer.core.timeline import LEAD_IN, PHASE, SET_REST
from trainer.paths import builtin_routines_dir
from trainer.ui.look import theme
from trainer.ui.look.colors import mix
from trainer.ui.piston.painter import AnatomyFigure
from trainer.ui.piston.view import PistonView, content_for

BASE = Snapshot(
    state=SessionState.RUNNING, kind="phase", phase="drop", cue="Let go and soften", breath="in",
    progress=0.5, phase_left_s=1.5, session_left_s=130.0, elapsed_s=5.0, total_s=135.0, rep=3, reps=10,
    set=1, sets=1, floor=0.0, diaphragm=0.0, suspended=False, routine_title="Reverse Kegels for women",
)


def snap(**changes) -> Snapshot:
    return dataclasses.replace(BASE, **changes)


@pytest.fixture
def view(qtbot):
    widget = PistonView()
    qtbot.addWidget(widget)
    widget.resize(520, 600)
    return widget


def render(view: PistonView, snapshot: Snapshot | None) -> QImage:
    view.set_snapshot(snapshot)
    return view.grab().toImage()


def changed_pixels(a: QImage, b: QImage, step: int = 3) -> int:
    return sum(a.pixel(x, y) != b.pixel(x, y) for x in range(0, a.width(), step) for y in range(0, a.height(), step))


def pixels_of(image: QImage, color: QColor, columns: range) -> list[tuple[int, int]]:
    """Every (x, y) in ``columns`` painted exactly ``color``: the inside of a solid-filled part."""
    rgb = color.rgb()
    return [(x, y) for x in columns for y in range(image.height()) if image.pixel(x, y) == rgb]


def middle_columns(view: PistonView, left: int = 30, right: int = 50) -> range:
    """Columns through the middle of the figure, where the dome's top and the hammock's bottom are."""
    return range(view.width() // 2 - left, view.width() // 2 + right)


def test_the_floor_is_drawn_where_the_snapshot_puts_it(view):
    """Dropped (+1) the hammock hangs lower than lifted (-1), and nothing in the top half of the figure moves."""
    dropped = render(view, snap(floor=1.0))
    lifted = render(view, snap(floor=-1.0))
    floor = view._tints.floor
    lowest_dropped = max(y for _, y in pixels_of(dropped, floor, middle_columns(view)))
    lowest_lifted = max(y for _, y in pixels_of(lifted, floor, middle_columns(view)))
    assert lowest_dropped > lowest_lifted + 25
    half = view.height() // 2
    top_changes = sum(dropped.pixel(x, y) != lifted.pixel(x, y) for x in range(0, view.width(), 3)
                      for y in range(0, half - 60, 3))
    assert top_changes == 0


def test_the_hammock_lengthens_from_pubic_bone_to_tailbone_as_it_drops(view):
    """The domain's cue, more room between pubic bone and tailbone: the hammock's midline is longer dropped."""
    def length(floor: float) -> float:
        rows: dict[int, list[int]] = {}
        for x, y in pixels_of(render(view, snap(floor=floor)), view._tints.floor, middle_columns(view, 130, 150)):
            rows.setdefault(x, []).append(y)
        middle = [sum(ys) / len(ys) for _, ys in sorted(rows.items())]
        return sum(math.hypot(1.0, b - a) for a, b in zip(middle, middle[1:]))

    assert length(1.0) > length(-1.0) * 1.08


def test_the_diaphragm_descends_and_the_lungs_fill_on_the_in_breath(view):
    breathed_in = render(view, snap(diaphragm=1.0))
    breathed_out = render(view, snap(diaphragm=-1.0))
    tints = view._tints
    top_in = min(y for _, y in pixels_of(breathed_in, tints.diaphragm, middle_columns(view)))
    top_out = min(y for _, y in pixels_of(breathed_out, tints.diaphragm, middle_columns(view)))
    assert top_in > top_out + 25
    everywhere = range(0, view.width(), 2)
    full = pixels_of(breathed_in, mix(tints.lung_empty, tints.lung_full, 1.0), everywhere)
    empty = pixels_of(breathed_out, mix(tints.lung_empty, tints.lung_full, 0.0), everywhere)
    assert len(full) > len(empty) * 1.1  # the lung grows down into the room the dome leaves


def test_the_belly_swells_forward_on_the_in_breath(view):
    """The figure faces left: the belly's front edge moves left as the diaphragm descends."""
    def belly_front(image: QImage) -> int:
        row, x = int(view.height() * 0.62), view.width() // 2
        background = image.pixel(1, 1)
        while image.pixel(x, row) != background:
            x -= 1
        return x

    assert belly_front(render(view, snap(diaphragm=1.0))) < belly_front(render(view, snap(diaphragm=-1.0))) - 8


def test_the_moving_parts_are_named_when_there_is_room(view):
    """A dash in the floor's colour beside its name, in front of the body; left out when the window is small."""
    def dash_pixels(width: int, height: int) -> int:
        view.resize(width, height)
        # The hammock itself starts right of the middle less a twelfth of the width; the dash is further left.
        return len(pixels_of(render(view, snap()), view._tints.floor, range(0, width // 2 - width // 12)))

    assert dash_pixels(1200, 760) > 10
    assert dash_pixels(240, 280) == 0


def test_reduced_motion_draws_gauges_that_still_show_the_floor(view):
    anatomy = render(view, snap(floor=1.0))
    view.set_reduced_motion(True)
    assert view.reduced_motion()
    dropped = render(view, snap(floor=1.0))
    lifted = render(view, snap(floor=-1.0))
    assert changed_pixels(anatomy, dropped) > 200
    assert changed_pixels(dropped, lifted) > 20


def test_the_view_paints_the_palette_window_colour_in_light_and_dark(view):
    for variant in ("light", "dark"):
        palette = theme.build_palette(variant)
        view.setPalette(palette)
        image = render(view, snap())
        corner = QColor(image.pixel(2, 2))
        assert corner == palette.color(QPalette.ColorRole.Window)


def test_a_phase_says_the_breath_and_the_cue_with_where_the_session_is():
    content = content_for(snap())
    assert content.label == "Drop"
    assert content.line == "Breathe in · Let go and soften"
    assert content.footer == "Rep 3 of 10 · 2 min 10 s left"
    assert content.badge == "2"
    assert content.ring_left == 0.5
    assert content.headings[0] > 0  # dropping: the floor's arrow points down


def test_a_squeeze_points_the_floor_arrow_up_and_names_the_set():
    content = content_for(snap(phase="squeeze", cue="Squeeze and lift", breath="out", floor=-0.2, set=2, sets=3))
    assert content.line == "Breathe out · Squeeze and lift"
    assert "Set 2 of 3" in content.footer
    assert content.headings[0] < 0


@pytest.mark.parametrize("breath, label", [("soft", "Breathe softly"), ("even", "Breathe evenly"),
                                           ("free", "Breathe freely"), ("out", "Breathe out")])
def test_every_breath_has_its_words(breath, label):
    assert content_for(snap(breath=breath)).line.startswith(label)


def test_the_lead_in_counts_down_with_a_big_number():
    content = content_for(snap(kind="lead-in", phase="rest", cue="Settle in and breathe", rep=0, set=0,
                               phase_left_s=2.3))
    assert content.big_number == "3"
    assert content.label == "Get ready" and content.dimmed


def test_idle_ready_paused_suspended_and_finished_say_so():
    assert content_for(None).line == "Choose a routine to begin"
    assert content_for(snap(state=SessionState.READY)).line == "Press Space to begin"
    assert content_for(snap(state=SessionState.PAUSED)).line == "Paused"
    assert content_for(snap(state=SessionState.PAUSED, suspended=True)).line == "Paused while you were away"
    assert content_for(snap(state=SessionState.FINISHED, kind="done")).line == "Well done"
    assert content_for(snap(state=SessionState.STOPPED, kind="done")).line == "Session stopped"


@pytest.mark.parametrize("coupling", ["inhale-release", "exhale-release"])
def test_held_and_resting_phases_show_no_arrows(coupling):
    """Through a whole real session, holds (with their small breaths), the set rest and the lead-in point
    nowhere, while the moving phases between them do point."""
    routine = dataclasses.replace(
        next(r for r in load_catalog(builtin_routines_dir(), None).routines if r.id == "kegel-and-reverse"),
        sets=2, rest_between_sets_s=3.0)
    engine = SessionEngine(routine, coupling=coupling)
    engine.start(0.0)
    still, moving = {}, {}
    for tick in range(1, 20_000):
        snapshot = engine.snapshot(tick * 0.05)
        if snapshot.state is not SessionState.RUNNING:
            break
        headings = content_for(snapshot).headings
        key = snapshot.kind if snapshot.kind != PHASE else snapshot.phase
        if key in ("hold-drop", "hold-squeeze", LEAD_IN, SET_REST):
            still.setdefault(key, set()).add(headings)
        elif snapshot.progress < 0.5:
            moving.setdefault(key, set()).add(headings)
    assert still == {key: {(0.0, 0.0)} for key in ("hold-drop", "hold-squeeze", LEAD_IN, SET_REST)}
    assert set(moving) == {"squeeze", "let-go", "drop", "return"}
    assert all(any(h != (0.0, 0.0) for h in headings) for headings in moving.values())


def test_it_scales_from_small_to_large_without_losing_the_figure(view):
    for width, height in ((240, 280), (1600, 1000)):
        view.resize(width, height)
        image = render(view, snap(floor=1.0))
        background = image.pixel(1, 1)
        centre = image.pixel(width // 2, int(height * 0.55))
        assert centre != background


def test_repainting_only_the_ring_between_text_changes_leaves_a_true_picture(qtbot, view):
    """Most frames repaint just the ring; what is on screen must still equal a full repaint."""
    view.show()
    qtbot.waitExposed(view)
    for step in range(30):
        view.set_snapshot(snap(floor=step / 30, diaphragm=1 - step / 30, progress=step / 30,
                               phase_left_s=3 - step / 10))
        QApplication.processEvents()
    on_screen = QApplication.primaryScreen().grabWindow(view.winId()).toImage()
    full = view.grab().toImage().convertToFormat(on_screen.format())
    assert changed_pixels(on_screen, full, step=2) == 0


def _painted_regions(qtbot, view, snapshots):
    """Show ``snapshots`` one frame each; the region each frame's paint event covered."""
    regions = []
    original = view.paintEvent

    def record(event):
        regions.append(event.region())
        original(event)

    view.paintEvent = record
    for snapshot in snapshots:
        view.set_snapshot(snapshot)
        QApplication.processEvents()
    view.paintEvent = original
    return regions


def test_a_moving_frame_repaints_the_figure_and_the_arc_end_but_not_the_whole_ring(qtbot, view):
    """The dirty area of a frame covers what moved (the figure, the arc's end), and little else."""
    view.show()
    qtbot.waitExposed(view)
    view.set_snapshot(snap(floor=0.2, diaphragm=0.2, progress=0.30, phase_left_s=1.4))
    QApplication.processEvents()
    (region,) = _painted_regions(qtbot, view, [snap(floor=0.25, diaphragm=0.25, progress=0.31, phase_left_s=1.38)])
    ring = view._geometry.ring.toAlignedRect()
    figure = AnatomyFigure.moving_area(view._geometry.figure.center(), view._figure_scale()).toAlignedRect()
    end = view._geometry.ring.center() + QPointF(
        math.sin(2 * math.pi * 0.69), -math.cos(2 * math.pi * 0.69)) * (ring.width() / 2 - 6)
    assert region.contains(figure)
    assert region.contains(end.toPoint())
    area = sum(box.width() * box.height() for box in region)
    assert area < 0.6 * ring.width() * ring.height()


def test_a_hold_repaints_only_the_arc_until_the_figure_has_moved_a_fraction_of_a_pixel(qtbot, view):
    view.show()
    qtbot.waitExposed(view)
    view.set_snapshot(snap(phase="hold-drop", floor=1.0, diaphragm=0.0, progress=0.5, phase_left_s=1.0))
    QApplication.processEvents()
    figure = AnatomyFigure.moving_area(view._geometry.figure.center(), view._figure_scale()).toAlignedRect()
    still, moved = _painted_regions(qtbot, view, [
        snap(phase="hold-drop", floor=1.0, diaphragm=0.0005, progress=0.51, phase_left_s=0.98),
        snap(phase="hold-drop", floor=1.0, diaphragm=0.05, progress=0.52, phase_left_s=0.96),
    ])
    assert not still.intersects(figure)
    assert moved.contains(figure)


def test_a_phase_change_repaints_the_whole_view_even_when_nothing_else_differs(qtbot, view):
    """A new phase refills the arc: that frame is never left to the small repaints."""
    view.show()
    qtbot.waitExposed(view)
    view.set_snapshot(snap(progress=0.99, phase_left_s=0.01))
    QApplication.processEvents()
    (region,) = _painted_regions(qtbot, view, [snap(progress=0.0, phase_left_s=1.5)])
    assert region.contains(view.rect())


def test_small_repaints_through_a_hold_and_a_lead_in_leave_a_true_picture(qtbot, view):
    """Arc-only frames, figure frames and badge frames together still equal one full repaint."""
    view.show()
    qtbot.waitExposed(view)
    frames = [snap(phase="hold-drop", floor=1.0, diaphragm=-0.06 * math.sin(step / 8), progress=step / 40,
                   phase_left_s=2.0 - step / 20) for step in range(40)]
    frames += [snap(kind=LEAD_IN, phase="rest", floor=0.0, diaphragm=0.0, progress=step / 20,
                    phase_left_s=3 - step / 20, rep=0) for step in range(20)]
    for frame in frames:
        view.set_snapshot(frame)
        QApplication.processEvents()
    on_screen = QApplication.primaryScreen().grabWindow(view.winId()).toImage()
    full = view.grab().toImage().convertToFormat(on_screen.format())
    assert changed_pixels(on_screen, full, step=1) == 0


def test_the_words_reused_between_frames_are_those_content_for_gives(view):
    """Through a whole session with sets, a rest and a lead-in, what the view shows is what ``content_for``
    says for each frame, though it words a running phase only when its words change."""
    routine = dataclasses.replace(
        next(r for r in load_catalog(builtin_routines_dir(), None).routines if r.id == "kegel-and-reverse"),
        sets=2, rest_between_sets_s=3.0)
    engine = SessionEngine(routine)
    engine.start(0.0)
    for tick in range(1, 40_000):
        snapshot = engine.snapshot(tick * 0.017)
        view.set_snapshot(snapshot)
        assert view.content() == content_for(snapshot)
        if snapshot.state is not SessionState.RUNNING:
            break


def test_the_written_down_bounds_of_the_moving_parts_are_those_of_the_shapes():
    from trainer.ui.piston.painter import measured_moving_unit_bounds, moving_unit_bounds

    written, measured = moving_unit_bounds(), measured_moving_unit_bounds()
    for a, b in ((written.left(), measured.left()), (written.top(), measured.top()),
                 (written.right(), measured.right()), (written.bottom(), measured.bottom())):
        assert a == pytest.approx(b, abs=1e-9)
