"""The app's look: a calm light and dark palette with a soft teal accent, and a light stylesheet on top.

``apply_theme(app, "system" | "light" | "dark")`` sets the Fusion style, the palette and the stylesheet for the
whole application. Widgets share its colours through ``trainer.ui.look.colors`` (``accent``, ``mix``,
``is_dark``), which read the palette they are given, so they follow a theme change for free.

Stylesheet hooks other modules may use: a ``QPushButton`` with the dynamic property ``primary`` set to true is
drawn as the accented main action; ``QLabel#pageTitle`` and ``QLabel#muted`` give a heading and quiet text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from trainer.paths import resource
from trainer.ui.language import text_scale
from trainer.ui.look.colors import mix


@dataclass(frozen=True)
class _Scheme:
    """The colours of one theme, light or dark, as CSS colour names for the palette and the stylesheet."""

    window: str
    base: str
    alternate: str
    surface: str  # raised panels: header, buttons
    text: str
    muted: str
    accent: str
    on_accent: str
    link: str
    border: str
    warning: str
    raised: str  # the selected segment of a switch: lifted above the surface it sits on
    edge: str  # a control's outline: 3:1 against the window, a group box and a button's face (WCAG 1.4.11)


# Soft, low-contrast surfaces with text that still reads well (both text colours pass WCAG AA on their base).
_LIGHT = _Scheme(
    window="#f3f6f5", base="#ffffff", alternate="#edf2f0", surface="#e7eeec", text="#1e2c2a", muted="#5d6e6a",
    accent="#2a8079", on_accent="#ffffff", link="#22706a", border="#cfdad7", warning="#f6ead2",
    raised="#ffffff", edge="#7c8886",
)
_DARK = _Scheme(
    window="#182020", base="#111817", alternate="#1d2726", surface="#222d2c", text="#e2ebe8", muted="#9db0ab",
    accent="#5bb8ad", on_accent="#0d1514", link="#83d2c8", border="#33413f", warning="#3a3427",
    raised="#31403e", edge="#6b7775",
)


def system_prefers_dark() -> bool:
    """Whether the platform asks for a dark scheme; Qt before 6.5 cannot tell, so light is assumed."""
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return scheme is not None and scheme() == Qt.ColorScheme.Dark


def resolve(theme: str) -> str:
    """Map a settings value to the palette actually used: ``"light"`` or ``"dark"``."""
    if theme == "system":
        return "dark" if system_prefers_dark() else "light"
    return "dark" if theme == "dark" else "light"


def build_palette(variant: str) -> QPalette:
    scheme = _DARK if variant == "dark" else _LIGHT
    palette = QPalette()
    text = QColor(scheme.text)
    colours = {
        QPalette.ColorRole.Window: scheme.window,
        QPalette.ColorRole.WindowText: scheme.text,
        QPalette.ColorRole.Base: scheme.base,
        QPalette.ColorRole.AlternateBase: scheme.alternate,
        QPalette.ColorRole.ToolTipBase: scheme.base,
        QPalette.ColorRole.ToolTipText: scheme.text,
        QPalette.ColorRole.PlaceholderText: scheme.muted,
        QPalette.ColorRole.Text: scheme.text,
        QPalette.ColorRole.Button: scheme.surface,
        QPalette.ColorRole.ButtonText: scheme.text,
        QPalette.ColorRole.BrightText: scheme.on_accent,
        QPalette.ColorRole.Highlight: scheme.accent,
        QPalette.ColorRole.HighlightedText: scheme.on_accent,
        QPalette.ColorRole.Link: scheme.link,
        QPalette.ColorRole.LinkVisited: scheme.link,
        QPalette.ColorRole.Light: mix(QColor(scheme.surface), QColor("#ffffff"), 0.4).name(),
        QPalette.ColorRole.Midlight: mix(QColor(scheme.surface), QColor(scheme.border), 0.5).name(),
        QPalette.ColorRole.Mid: scheme.border,
        QPalette.ColorRole.Dark: mix(QColor(scheme.border), text, 0.3).name(),
        QPalette.ColorRole.Shadow: mix(QColor(scheme.border), QColor("#000000"), 0.5).name(),
    }
    # QPalette.Accent exists from Qt 6.6; widgets that read it should see the same teal as Highlight.
    accent_role = getattr(QPalette.ColorRole, "Accent", None)
    if accent_role is not None:
        colours[accent_role] = scheme.accent
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = mix(text, QColor(scheme.window), 0.55)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor(scheme.border))
    return palette


def apply_theme(app: QApplication, theme: str) -> str:
    """Give the whole app the calm palette for ``theme``; returns the variant used (``"light"``/``"dark"``)."""
    variant = resolve(theme)
    # Once per app: with a stylesheet set, app.style() is Qt's stylesheet wrapper, not the style we installed.
    # Fusion itself, no Python subclass of it: Qt calls a style thousands of times while it lays out and
    # paints, and each call into Python cost start-up and every frame. The stylesheet does the rest.
    if not app.property("calmStyle"):
        app.setStyle("Fusion")
        app.setProperty("calmStyle", True)
    palette = build_palette(variant)
    app.setPalette(palette)
    app.setStyleSheet(stylesheet(_DARK if variant == "dark" else _LIGHT, text_scale(), variant))
    return variant


def indicator_edge(palette: QPalette) -> QColor:
    """An unticked box's outline: 3:1 against the field it sits on, as a control's edge must be."""
    return _indicator_edge(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text))


def _indicator_edge(base: QColor, text: QColor) -> QColor:
    # One rule for the stylesheet that draws the edge and for the contrast test that checks it.
    return mix(base, text, 0.55)


def _faded(colour: str, alpha: float = 0.45) -> str:
    c = QColor(colour)
    return f"rgba({c.red()}, {c.green()}, {c.blue()}, {alpha})"


def _indicators(s: _Scheme, variant: str) -> str:
    """Check boxes and radio buttons in the palette's own colours: Fusion outlines them with the window colour
    darkened, which all but disappears on a dark window. The marks are small SVGs in the scheme's colour."""
    edge = _indicator_edge(QColor(s.base), QColor(s.text)).name()
    folder = resource("icons", "indicators")
    mark = {name: (folder / f"{name}-{variant}.svg").as_posix() for name in ("check", "dash", "dot")}
    return f"""
    QCheckBox::indicator, QRadioButton::indicator {{
        width: 12px; height: 12px; border: 1px solid {edge}; background: {s.base}; border-radius: 3px;
    }}
    QRadioButton::indicator {{ border-radius: 7px; }}
    QCheckBox::indicator:hover, QRadioButton::indicator:hover {{ border-color: {s.accent}; }}
    QCheckBox::indicator:checked, QCheckBox::indicator:indeterminate, QRadioButton::indicator:checked {{
        background: {s.accent}; border-color: {s.accent};
    }}
    QCheckBox::indicator:checked {{ image: url("{mark['check']}"); }}
    QCheckBox::indicator:indeterminate {{ image: url("{mark['dash']}"); }}
    QRadioButton::indicator:checked {{ image: url("{mark['dot']}"); }}
    QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
        background: {_faded(s.base)}; border-color: {_faded(edge)};
    }}
    QCheckBox::indicator:checked:disabled, QCheckBox::indicator:indeterminate:disabled,
    QRadioButton::indicator:checked:disabled {{ background: {_faded(s.accent)}; border-color: {_faded(s.accent)}; }}
    """


def stylesheet(s: _Scheme, scale: float = 1.0, variant: str = "light") -> str:
    """The app's stylesheet in scheme ``s`` (of ``variant``), its font sizes scaled by the text size ``scale``."""
    hover = mix(QColor(s.surface), QColor(s.accent), 0.12).name()
    pressed = mix(QColor(s.surface), QColor(s.accent), 0.24).name()
    accent_hover = mix(QColor(s.accent), QColor(s.text), 0.15).name()
    # Focus rings (colors.focus_ring): the accent, or the text colour on what the accent already fills (an
    # accent or white ring would vanish against the window around it); each control keeps a transparent
    # border of the same width when unfocused, so focus never shifts a layout.
    focus_on_accent = s.text
    soft = mix(QColor(s.window), QColor(s.accent), 0.16).name()
    return f"""
    QPushButton {{
        background: {s.surface}; color: {s.text}; border: 1px solid {s.edge};
        border-radius: 8px; padding: 6px 16px; min-height: 20px; outline: none;
    }}
    QPushButton:hover {{ background: {hover}; }}
    QPushButton:pressed, QPushButton:checked {{ background: {pressed}; }}
    QPushButton:focus {{ border: 2px solid {s.accent}; padding: 5px 15px; }}
    QPushButton:disabled {{ color: {s.muted}; background: {s.alternate}; }}
    QPushButton:default, QPushButton[primary="true"] {{
        background: {s.accent}; color: {s.on_accent}; border: 1px solid {s.accent};
    }}
    QPushButton:default:hover, QPushButton[primary="true"]:hover {{ background: {accent_hover}; }}
    QPushButton:default:focus, QPushButton[primary="true"]:focus {{ border: 2px solid {focus_on_accent}; }}

    QFrame#header {{ background: {s.window}; border-bottom: 1px solid {s.border}; }}
    QLabel#brand {{ font-size: {15 * scale:g}pt; font-weight: 600; color: {s.text}; }}
    QLabel#pageTitle {{ font-size: {17 * scale:g}pt; font-weight: 600; }}
    QLabel#muted {{ color: {s.muted}; }}
    QFrame#pageSwitch {{ background: {s.surface}; border: 1px solid {s.edge}; border-radius: 11px; }}
    QPushButton#pageTab {{
        background: transparent; border: 1px solid transparent; border-radius: 8px;
        padding: 6px 26px; color: {s.muted}; font-weight: 600;
    }}
    QPushButton#pageTab:hover {{ color: {s.text}; }}
    QPushButton#pageTab:checked {{ background: {s.raised}; color: {s.accent}; border: 1px solid {s.border}; }}
    QPushButton#pageTab:focus {{ border: 2px solid {s.accent}; padding: 5px 25px; }}
    QToolButton#headerButton {{
        background: transparent; border: 1px solid transparent; border-radius: 8px; padding: 6px 12px;
        color: {s.muted};
    }}
    QToolButton#headerButton:hover {{ background: {hover}; color: {s.text}; }}
    QToolButton#headerButton:focus {{ border: 2px solid {s.accent}; }}
    QCheckBox, QRadioButton {{
        border: 2px solid transparent; border-radius: 6px; padding: 1px 4px; outline: none;
    }}
    QCheckBox:focus, QRadioButton:focus {{ border-color: {s.accent}; }}
    QSlider {{ border: 2px solid transparent; border-radius: 6px; }}
    QSlider:focus {{ border-color: {s.accent}; }}
    QTextBrowser:focus {{ border: 2px solid {s.accent}; padding: 9px; }}

    QFrame#banner {{ background: {s.warning}; border: 1px solid {s.border}; border-radius: 10px; }}
    QFrame#banner QLabel {{ color: {s.text}; }}
    QFrame#banner QPushButton {{ padding: 4px 12px; }}
    QFrame#reminderCard {{ background: {soft}; border: 1px solid {s.border}; border-radius: 10px; }}
    QLabel#reminderSummary {{ font-weight: 600; }}

    QPushButton#filterChip {{ border-radius: 14px; padding: 4px 12px; min-height: 18px; }}
    QPushButton#filterChip:checked {{
        background: palette(highlight); color: palette(highlighted-text); border-color: palette(highlight);
    }}
    QPushButton#filterChip:focus {{ padding: 3px 11px; border: 2px solid palette(highlight); }}
    /* On the accent fill an accent ring would vanish: the checked chip's ring is the text colour. */
    QPushButton#filterChip:checked:focus {{ border: 2px solid palette(window-text); }}
    QPushButton#hurtsButton {{ border: 1px solid #c0675f; color: palette(window-text); }}
    QPushButton#hurtsButton:focus {{ border: 2px solid #c0675f; }}
    QPushButton#hurtsButton:disabled {{ border-color: palette(mid); }}

    QGroupBox {{
        font-weight: 600; border: 1px solid {s.border}; border-radius: 10px; margin-top: 12px;
        padding: 14px 12px 10px 12px; background: {s.base};
    }}
    QGroupBox::title {{ subcontrol-origin: margin; left: 14px; padding: 0 4px; color: {s.text}; }}
    QTabWidget::pane {{ border: 1px solid {s.border}; border-radius: 8px; top: -1px; background: {s.base}; }}
    QTabBar::tab {{
        padding: 7px 18px; margin-right: 4px; border: 1px solid transparent;
        border-top-left-radius: 8px; border-top-right-radius: 8px; color: {s.muted};
    }}
    QTabBar::tab:selected {{ background: {s.base}; color: {s.text}; border-color: {s.border}; }}
    QTextBrowser {{ background: {s.base}; border: 1px solid {s.border}; border-radius: 8px; padding: 10px; }}
    QToolTip {{ background: {s.base}; color: {s.text}; border: 1px solid {s.border}; padding: 4px; }}
    QMenu::item:selected {{ background: {soft}; color: {s.text}; }}
    QMenuBar {{ background: {s.window}; padding: 2px 6px; }}
    QMenuBar::item {{ padding: 4px 10px; border-radius: 6px; background: transparent; }}
    QMenuBar::item:selected {{ background: {soft}; }}

    QScrollBar:vertical {{ background: transparent; width: 12px; margin: 2px; }}
    QScrollBar:horizontal {{ background: transparent; height: 12px; margin: 2px; }}
    QScrollBar::handle {{ background: {s.border}; border-radius: 4px; }}
    QScrollBar::handle:vertical {{ min-height: 32px; }}
    QScrollBar::handle:horizontal {{ min-width: 32px; }}
    QScrollBar::handle:hover {{ background: {s.muted}; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; background: none; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
    /* Dialog buttons carry only their words: a platform theme would add a floppy disk to Save. */
    QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
    """ + _indicators(s, variant)
