"""The soft colours of the piston view, derived from the widget's palette so light and dark themes both work.

Each anatomical colour is a fixed, gentle hue blended into the palette's window colour: on a light window it
stays pastel, on a dark one it glows faintly instead of shouting. Text colours come from the palette roles.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from trainer.ui.look.colors import mix


@dataclass(frozen=True)
class Tints:
    """The figure's colours, taken from the palette of the theme in use."""

    background: QColor
    text: QColor
    muted: QColor
    track: QColor
    accent: QColor
    skin: QColor
    skin_shade: QColor
    outline: QColor
    rib: QColor
    bone: QColor
    bone_edge: QColor
    spine: QColor
    lung_empty: QColor
    lung_full: QColor
    abdomen: QColor
    diaphragm: QColor
    floor: QColor
    arrow: QColor
    dark: bool

    @classmethod
    def from_palette(cls, palette: QPalette) -> "Tints":
        background = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        dark = background.lightnessF() < 0.5
        # How strongly the fixed hues show through: a dark window needs less colour to read as the same hue.
        strength = 0.55 if dark else 1.0

        def hue(name: str, amount: float) -> QColor:
            return mix(background, QColor(name), amount * strength)

        skin = hue("#f1d3b8", 0.55 if not dark else 0.4)
        bone = mix(skin, QColor("#f3ece0"), 0.55 if not dark else 0.22)
        return cls(
            background=background,
            text=text,
            muted=mix(background, text, 0.62),
            track=mix(background, text, 0.12),
            accent=palette.color(QPalette.ColorRole.Highlight),
            skin=skin,
            skin_shade=hue("#e2b894", 0.55 if not dark else 0.32),
            # Lines inside the body are drawn relative to the skin, so they read lighter on a dark theme and
            # darker on a light one instead of cutting dark stripes through a light body.
            outline=mix(skin, text, 0.3),
            rib=mix(skin, text, 0.16),
            bone=bone,
            bone_edge=mix(bone, text, 0.28),
            # The soft column the vertebrae sit in: the discs between them, a shade off the bone.
            spine=mix(bone, text, 0.12),
            lung_empty=hue("#b9d3ea", 0.55),
            lung_full=hue("#6fa8dc", 0.85),
            abdomen=hue("#f4c6b5", 0.5 if not dark else 0.62),
            diaphragm=QColor("#e8917a") if dark else QColor("#d9745b"),
            floor=QColor("#d58bb5") if dark else QColor("#b4558a"),
            arrow=mix(background, text, 0.55),
            dark=dark,
        )
