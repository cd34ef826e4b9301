"""Translation hook for user-facing strings produced by the Qt-free core.

The core must not import Qt, yet its messages (routine errors, store notices, CLI output) are shown to people
and must be translatable. Strings go through ``tr``; the UI installs a translator backed by
``QCoreApplication.translate`` at start-up, and without one the English text is used as is.
"""

from __future__ import annotations

from typing import Callable

_translator: Callable[[str, str], str] | None = None


def set_translator(translator: Callable[[str, str], str] | None) -> None:
    """Route core strings through ``translator(context, text)``; ``None`` restores plain English."""
    global _translator
    _translator = translator


def tr(text: str, context: str = "core") -> str:
    """Return ``text`` translated for the current locale, if a translator is installed."""
    if _translator is None:
        return text
    return _translator(context, text)
