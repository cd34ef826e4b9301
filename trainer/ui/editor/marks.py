"""How the editor marks a field with a problem: an outline, and the loader's message in words beside it and in
the field's accessible description, so the problem is never told by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

# The selector matches the dynamic property set below; the rules sit on the editor's top widget. The app's
# theme paints a default button in the accent even when it is disabled, so a Save that waits looks it.
EDITOR_STYLE = (
    "*[problem=\"true\"] { border: 1px solid #c2410c; border-radius: 3px; }"
    "QLabel#problem { color: #c2410c; }"
    "QPushButton:default:disabled { background: palette(window); color: palette(mid); border-color: palette(mid); }"
)


def problem_line(field: str, message: str) -> str:
    """One problem as the editor says it: the field as the form names it, then the loader's message."""
    return QCoreApplication.translate("RoutineEditor", "{field}: {message}").format(field=field, message=message)


def set_problem(widget: QWidget, message: str) -> None:
    """Outline ``widget`` and describe it with ``message``; an empty message clears both."""
    if bool(widget.property("problem")) == bool(message) and widget.accessibleDescription() == message:
        return
    widget.setProperty("problem", bool(message))
    widget.setAccessibleDescription(message)
    widget.setToolTip(message)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def problem_label(parent: QWidget) -> QLabel:
    """The line of text beside a field that says what is wrong with it; hidden while nothing is."""
    label = QLabel(parent)
    label.setObjectName("problem")
    label.setWordWrap(True)
    label.hide()
    return label


def show_lines(label: QLabel, lines: list[str]) -> None:
    label.setText("\n".join(lines))
    label.setVisible(bool(lines))
