"""Render the app icon's PNG sizes from its SVG, into the hicolor tree that desktop installs and the Flatpak use.

    python packaging/linux/render-icons.py          # write icons/hicolor/<N>x<N>/apps/<app id>.png and the SVG copy
    python packaging/linux/render-icons.py --check  # exit 1 if the committed icons no longer match the SVG

The SVG in resources/icons/ is the one source; everything under packaging/linux/icons/ is made from it, so CI
runs ``--check`` to catch an SVG edited without re-rendering. Rendering uses QtSvg offscreen: no display, and
no tool outside the app's own dependencies.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402  (the platform must be chosen before Qt loads)
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

APP_ID = "io.github.pelvicfloortrainer.PelvicFloorTrainer"
SIZES = (48, 64, 128, 256, 512)
CHECKOUT = Path(__file__).resolve().parents[2]
SOURCE_SVG = CHECKOUT / "resources" / "icons" / f"{APP_ID}.svg"
HICOLOR = Path(__file__).resolve().parent / "icons" / "hicolor"
# Antialiasing may differ by a step or two between Qt releases; a real change to the drawing moves far more.
TOLERANCE = 6


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def svg_copy_path() -> Path:
    return HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"


def differs(expected: QImage, actual: QImage) -> bool:
    if actual.isNull() or actual.size() != expected.size():
        return True
    ours = bytes(expected.constBits())
    theirs = bytes(actual.convertToFormat(expected.format()).constBits())
    return max(abs(a - b) for a, b in zip(ours, theirs)) > TOLERANCE


def write(renderer: QSvgRenderer) -> None:
    for size in SIZES:
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(path), "PNG"):
            raise SystemExit(f"cannot write {path}")
        print(f"wrote {path.relative_to(CHECKOUT)}")
    svg_copy_path().parent.mkdir(parents=True, exist_ok=True)
    svg_copy_path().write_bytes(SOURCE_SVG.read_bytes())
    print(f"wrote {svg_copy_path().relative_to(CHECKOUT)}")


def check(renderer: QSvgRenderer) -> list[str]:
    stale = [str(png_path(size).relative_to(CHECKOUT)) for size in SIZES
             if differs(render(renderer, size), QImage(str(png_path(size))))]
    copy = svg_copy_path()
    if not copy.is_file() or copy.read_bytes() != SOURCE_SVG.read_bytes():
        stale.append(str(copy.relative_to(CHECKOUT)))
    return stale


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (QPainter needs a GUI application, even offscreen)
    renderer = QSvgRenderer(str(SOURCE_SVG))
    if not renderer.isValid():
        print(f"cannot read {SOURCE_SVG}", file=sys.stderr)
        return 1
    if not args.check:
        write(renderer)
        return 0
    stale = check(renderer)
    for path in stale:
        print(f"out of date: {path} (run python packaging/linux/render-icons.py)", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
