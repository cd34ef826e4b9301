"""Colours that must be told apart, measured as WCAG 2 contrast ratios in both themes: focus rings against
what they sit on, and a practice day against an empty one in the calendar (both at least 3:1, WCAG 1.4.11)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from trainer.ui.look.colors import contrast_ratio, focus_ring
from trainer.ui.look.theme import build_palette, stylesheet, _DARK, _LIGHT
from trainer.ui.progress import colors

THEMES = ("light", "dark")
GROUNDS = (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button)


def test_the_ratio_is_wcags():
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("on_accent", (False, True), ids=("ring", "ring-on-accent"))
def test_focus_rings_stand_out_from_every_surface_they_sit_on(qapp, theme, on_accent):
    palette = build_palette(theme)
    ring = focus_ring(palette, on_accent)
    ratios = {role.name: contrast_ratio(ring, palette.color(role)) for role in GROUNDS}
    assert min(ratios.values()) >= 3.0, ratios


@pytest.mark.parametrize("theme", THEMES)
def test_the_stylesheet_draws_focus_with_those_rings(qapp, theme):
    scheme = _DARK if theme == "dark" else _LIGHT
    sheet = stylesheet(scheme)
    for selector in ("QPushButton:focus", "QCheckBox:focus", "QSlider:focus", "QToolButton#headerButton:focus",
                     "QPushButton#pageTab:focus"):
        rule = sheet.split(selector, 1)[1].split("}", 1)[0]
        assert scheme.accent in rule, selector
    rule = sheet.split('QPushButton[primary="true"]:focus', 1)[1].split("}", 1)[0]
    assert scheme.text in rule


@pytest.mark.parametrize("theme", THEMES)
def test_a_practice_day_is_at_least_3_to_1_from_an_empty_day(qapp, theme):
    empty, *levels = colors.level_colors(build_palette(theme))
    ratios = [round(contrast_ratio(empty, level), 2) for level in levels]
    assert min(ratios) >= 3.0, ratios
    assert ratios == sorted(ratios), "more practice should look stronger"
