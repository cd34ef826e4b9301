"""The language the UI speaks (the setting resolved, the translators, routine texts) and its text size.

``language`` in the settings is ``"system"`` or one of ``LANGUAGE_NAMES``. The system language is the first
entry of ``LANGUAGE`` (as gettext reads it), else Qt's system locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``).
Built-in routines are written in English in core; their texts are translated here, at display time, in the
context ``routine:<id>`` that tools/update_translations.py gives them. A person's own routines stay as written.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from trainer.core.engine import Snapshot
from trainer.core.routines import Routine
from trainer.core.settings import Settings
from trainer.paths import resource

# Each language named in its own language, as the chooser shows them.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español", "fr": "Français"}


def resolve_language(choice: str, environ: Mapping[str, str] = os.environ) -> str:
    """The code of the language to use for ``choice``: English unless the system asks for one we have."""
    if choice in LANGUAGE_NAMES:
        return choice
    wanted = [entry for entry in environ.get("LANGUAGE", "").split(":") if entry][:1]
    wanted.append(QLocale.system().name())
    for entry in wanted:
        code = entry.split("_")[0].split(".")[0].lower()
        if code in LANGUAGE_NAMES:
            return code
        if code not in ("c", "posix", ""):
            return "en"
    return "en"


def locale_for(language: str, choice: str) -> QLocale:
    """The locale for dates and numbers: the system's when the language follows it, else the language's own."""
    return QLocale.system() if choice not in LANGUAGE_NAMES else QLocale(language)


def text_scale() -> float:
    """The text size this run was built with (1.0, 1.25 or 1.5): the figure scales its own fonts by it."""
    app = QCoreApplication.instance()
    return (app.property("trainer_text_scale") if app is not None else None) or 1.0


def in_effect(settings: Settings) -> tuple[str, float]:
    """The language choice and text size this run uses; those of ``settings`` if none was marked."""
    app = QCoreApplication.instance()
    choice = app.property("trainer_language") if app is not None else None
    scale = app.property("trainer_text_scale") if app is not None else None
    return (choice or settings.language, scale or settings.text_scale)


def install_translators(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Qt's own strings (buttons like Cancel) and the app's, for ``locale``; returns those installed."""
    sources = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("trainer", str(resource("translations"))),
    )
    installed = []
    for name, folder in sources:
        translator = QTranslator(app)  # parented, so it lives as long as the app
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def translate_routine_text(routine: Routine, text: str) -> str:
    """``text`` of ``routine`` in the UI's language if the routine is built in; a person's own as written."""
    if not routine.builtin or not text:
        return text
    return QCoreApplication.translate(f"routine:{routine.id}", text)


def localized_snapshot(routine: Routine, snapshot: Snapshot) -> Snapshot:
    """``snapshot`` with the routine's cue and title in the UI's language, for the widgets that show them."""
    if not routine.builtin:
        return snapshot
    return dataclasses.replace(snapshot, cue=translate_routine_text(routine, snapshot.cue),
                               routine_title=translate_routine_text(routine, snapshot.routine_title))
