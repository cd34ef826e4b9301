"""The figure copied from pre-rendered tiles looks as the figure drawn directly, and the tiles stay bounded."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtGui import QImage

from trainer.ui.look import theme
from trainer.ui.piston import tiles as tiles_module
from trainer.ui.piston.tiles import POSE_REACH, POSE_STEP_PX, TILES, PoseTiles
from trainer.ui.piston.view import PistonView

from test_piston_view import BASE, middle_columns, pixels_of

# The piston view's size in the default main window, where the tiles are used.
DEFAULT_SIZE = (328, 500)
POSES = ((0.0, 0.0), (1.0, 1.0), (-1.0, -0.3), (0.37, 0.81), (-0.6, 0.2), (1.0, -1.0))


def snap(**changes):
    return dataclasses.replace(BASE, **changes)


def make_view(qtbot, size=DEFAULT_SIZE, tiled=True) -> PistonView:
    view = PistonView()
    qtbot.addWidget(view)
    view.resize(*size)
    if not tiled:
        view._tiles.usable = lambda *args: False
    return view


def render(view: PistonView, **changes) -> QImage:
    # Far from any pose: the view keeps the figure where it was drawn until it has moved FIGURE_STEP_PX, and
    # these tests compare exact poses.
    view._figure_pose = (9.0, 9.0, (0.0, 0.0))
    view.set_snapshot(snap(**changes))
    return view.grab().toImage()


def worst_difference(a: QImage, b: QImage) -> int:
    """The largest difference of any colour channel of any pixel."""
    worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            p, q = a.pixel(x, y), b.pixel(x, y)
            if p != q:
                worst = max(worst, *(abs(((p >> s) & 255) - ((q >> s) & 255)) for s in (0, 8, 16)))
    return worst


def differing(a: QImage, b: QImage, by: int) -> int:
    """How many pixels differ by more than ``by`` in some channel."""
    count = 0
    for y in range(a.height()):
        for x in range(a.width()):
            p, q = a.pixel(x, y), b.pixel(x, y)
            if p != q and any(abs(((p >> s) & 255) - ((q >> s) & 255)) > by for s in (0, 8, 16)):
                count += 1
    return count


def tiles_of(view: PistonView) -> PoseTiles:
    view.grab()
    tiles = view._tiles
    assert tiles.usable(view._geometry.figure.center(), view._figure_scale(), view.devicePixelRatioF())
    return tiles


def rounded(tiles: PoseTiles, position: float) -> float:
    """The kept pose nearest ``position``, which the tiles show without fading."""
    return tiles.position(round(position * tiles._levels_per_unit))


@pytest.mark.parametrize("size", [DEFAULT_SIZE, (260, 300)])
def test_the_tiled_figure_looks_as_the_figure_drawn_directly(qtbot, size):
    tiled, direct = make_view(qtbot, size), make_view(qtbot, size, tiled=False)
    tiles = tiles_of(tiled)
    for floor, diaphragm in POSES:
        floor, diaphragm = rounded(tiles, floor), rounded(tiles, diaphragm)
        # One level of a channel at most: the skin's gradient, started at a tile's edge, rounds a shade apart.
        assert worst_difference(render(tiled, floor=floor, diaphragm=diaphragm),
                                render(direct, floor=floor, diaphragm=diaphragm)) <= 1
    assert tiles.bytes_used() > 0


def test_the_kept_poses_are_half_a_pixel_of_travel_apart(qtbot):
    view = make_view(qtbot)
    tiles = tiles_of(view)
    radius = round(view._figure_scale())
    step = (tiles.position(1) - tiles.position(0)) * POSE_REACH * radius * view.devicePixelRatioF()
    assert step == pytest.approx(POSE_STEP_PX)


@pytest.mark.parametrize("share", [0.25, 0.5, 0.75])
def test_a_pose_between_two_kept_ones_is_faded_close_to_drawing_it_there(qtbot, share):
    """No step: between two kept poses the picture is neither of them but far closer to the true one."""
    tiled, direct = make_view(qtbot), make_view(qtbot, tiled=False)
    tiles = tiles_of(tiled)
    step = tiles.position(1)
    for floor, diaphragm in POSES[1:4]:
        floor, diaphragm = rounded(tiles, floor), rounded(tiles, diaphragm)
        between = {"floor": floor + share * step, "diaphragm": diaphragm - share * step}
        faded, true = render(tiled, **between), render(direct, **between)
        neighbours = [render(direct, floor=floor, diaphragm=diaphragm),
                      render(direct, floor=floor + step, diaphragm=diaphragm - step)]
        assert worst_difference(faded, true) <= 20
        assert differing(faded, true, 4) * 3 < min(differing(kept, true, 4) for kept in neighbours)


def test_each_tile_shows_only_the_position_it_is_kept_for(qtbot):
    """The cuts between tiles are where no edge of the other position reaches, over its whole range."""
    view = make_view(qtbot)
    tiles = tiles_of(view)
    for index, (_, depends) in enumerate(TILES):
        for fixed in (-1.0, 0.0, 1.0):
            pictures = []
            for other in (-1.0, -0.5, 0.0, 0.5, 1.0):
                pose = (fixed, other) if depends == "floor" else (other, fixed)
                pictures.append(tiles_module._render(tiles._rects[index], 1.0, view._figure, view._backdrop,
                                                     view._geometry.ring.toAlignedRect().topLeft(),
                                                     view._geometry.figure.center(), view._figure_scale(),
                                                     pose).toImage())
            assert all(picture == pictures[0] for picture in pictures[1:]), (index, depends, fixed)


def test_the_tiled_floor_and_diaphragm_still_move_down_on_the_in_breath(qtbot):
    view = make_view(qtbot)
    tiles_of(view)
    columns = middle_columns(view, 20, 30)
    floor, diaphragm = view._tints.floor, view._tints.diaphragm
    dropped, lifted = render(view, floor=1.0, diaphragm=1.0), render(view, floor=-1.0, diaphragm=-1.0)
    assert max(y for _, y in pixels_of(dropped, floor, columns)) > max(y for _, y in pixels_of(lifted, floor, columns)) + 15
    assert min(y for _, y in pixels_of(dropped, diaphragm, columns)) > \
        min(y for _, y in pixels_of(lifted, diaphragm, columns)) + 15


def test_the_tiles_are_bounded(qtbot):
    view = make_view(qtbot)
    tiles = tiles_of(view)
    tiles._limit = 7
    for step in range(200):
        render(view, floor=step / 100 - 1.0, diaphragm=1.0 - step / 100)
    assert all(len(cache) <= 7 for cache in tiles._cached)
    assert tiles.bytes_used() <= tiles_module.BUDGET_BYTES


def test_a_size_whose_tiles_would_not_fit_draws_the_figure_directly(qtbot):
    view = make_view(qtbot, (1200, 900))
    view.grab()
    assert not view._tiles.usable(view._geometry.figure.center(), view._figure_scale(), 1.0)
    assert view._tiles.bytes_used() == 0
    assert pixels_of(render(view, floor=1.0), view._tints.floor, middle_columns(view))


@pytest.mark.parametrize("change", ["resize", "theme"])
def test_the_tiles_are_drawn_anew_after_a_resize_or_a_theme_change(qtbot, change):
    tiled, direct = make_view(qtbot), make_view(qtbot, tiled=False)
    render(tiled, floor=0.5, diaphragm=0.5)
    for view in (tiled, direct):
        if change == "resize":
            view.resize(300, 460)
        else:
            view.setPalette(theme.build_palette("dark"))
    tiles = tiles_of(tiled)
    floor, diaphragm = rounded(tiles, 0.5), rounded(tiles, 0.5)
    assert worst_difference(render(tiled, floor=floor, diaphragm=diaphragm),
                            render(direct, floor=floor, diaphragm=diaphragm)) <= 1
