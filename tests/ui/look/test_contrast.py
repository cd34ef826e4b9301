"""WCAG contrast in both themes, computed from the colours the modules themselves use (none copied here).

4.5:1 for body text, 3:1 for large text, for control edges and focus rings, and between a calendar day with
practice and an empty one. Disabled controls are exempt, as in WCAG.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from trainer.ui.look import theme
from trainer.ui.look.colors import mix
from trainer.ui.progress import colors as progress_colors

SCHEMES = {"light": theme._LIGHT, "dark": theme._DARK}


def luminance(colour: str | QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour."""
    c = QColor(colour)

    def linear(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF())


def contrast(a: str | QColor, b: str | QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_formula_gives_the_known_extremes():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def text_pairs(s, palette: QPalette) -> dict[str, tuple[str, str]]:
    """Every text colour over every background the stylesheet and the palette put it on."""
    hover = mix(QColor(s.surface), QColor(s.accent), 0.12).name()
    pressed = mix(QColor(s.surface), QColor(s.accent), 0.24).name()
    accent_hover = mix(QColor(s.accent), QColor(s.text), 0.15).name()
    card = progress_colors.card_fill(palette).name()
    pairs = {f"text on {name}": (s.text, getattr(s, name))
             for name in ("window", "base", "alternate", "surface", "raised", "warning")}
    pairs |= {f"muted on {name}": (s.muted, getattr(s, name)) for name in ("window", "base", "surface")}
    pairs |= {
        "text on a hovered button": (s.text, hover), "text on a pressed button": (s.text, pressed),
        "muted text on a card": (s.muted, card), "text on a card": (s.text, card),
        "primary button text": (s.on_accent, s.accent), "hovered primary button text": (s.on_accent, accent_hover),
        "the chosen page tab": (s.accent, s.raised), "links": (s.link, s.base),
    }
    return pairs


def edge_pairs(s, palette: QPalette) -> dict[str, tuple[str, str]]:
    """Control edges and focus rings against what surrounds them."""
    indicator = theme.indicator_edge(palette).name()
    return {
        "button edge on the window": (s.edge, s.window), "button edge on a group box": (s.edge, s.base),
        "button edge on its face": (s.edge, s.surface),
        "check box edge": (indicator, s.base),
        "focus ring on the window": (s.accent, s.window), "focus ring on a button": (s.accent, s.surface),
        # The ring of an accent-filled button is what tells it has focus against the window around it.
        "focus ring on a primary button": (focus_on_accent(s), s.window),
    }


def focus_on_accent(s) -> str:
    """The ring colour the stylesheet gives a focused primary button."""
    rule = next(line for line in theme.stylesheet(s).splitlines() if 'primary="true"]:focus' in line)
    return rule.split("solid")[1].split(";")[0].strip()


@pytest.mark.parametrize("variant", SCHEMES)
def test_body_text_reads_at_4_5_to_1(variant):
    s = SCHEMES[variant]
    weak = {name: round(contrast(*pair), 2) for name, pair in text_pairs(s, theme.build_palette(variant)).items()
            if contrast(*pair) < 4.5}
    assert not weak


@pytest.mark.parametrize("variant", SCHEMES)
def test_control_edges_and_focus_rings_stand_out_at_3_to_1(variant):
    s = SCHEMES[variant]
    weak = {name: round(contrast(*pair), 2) for name, pair in edge_pairs(s, theme.build_palette(variant)).items()
            if contrast(*pair) < 3.0}
    assert not weak


@pytest.mark.parametrize("variant", SCHEMES)
def test_a_calendar_day_with_practice_stands_out_from_an_empty_one(variant):
    """Every practice level is 3:1 from the empty cell, and the levels still grow stronger in order."""
    levels = progress_colors.level_colors(theme.build_palette(variant))
    empty, practised = levels[0], levels[1:]
    assert min(contrast(level, empty) for level in practised) >= 3.0
    ratios = [contrast(level, empty) for level in practised]
    assert ratios == sorted(ratios)
