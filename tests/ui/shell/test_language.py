"""The app in another language: the setting or the environment picks it, and the window speaks it throughout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from trainer.core.routines import Routine
from trainer.ui.dialogs.settings import SettingsDialog
from trainer.ui.language import resolve_language, translate_routine_text
from trainer.ui.shell.application import use_language
from trainer.ui.shell.main_window import MainWindow
from trainer.ui.state import AppState


@pytest.fixture
def speak(qapp):
    """Switch the app's language for one test, and back to the test run's English after it."""
    yield lambda choice: use_language(qapp, choice)
    use_language(qapp, "system")


@pytest.fixture
def open_window(qtbot, store, catalog, clock):
    def make():
        store.save_settings(store.settings.replace(safety_accepted_at="2026-03-01T09:00:00+01:00"))
        window = MainWindow(AppState(store), catalog, clock)
        qtbot.addWidget(window)
        return window
    return make


def button_texts(window) -> set[str]:
    return {button.text() for button in window.train_page.controls.findChildren(QPushButton)}


def test_with_german_chosen_the_title_the_buttons_and_a_routine_are_german(speak, open_window):
    """Language "de": the window title, the Train page's buttons and a built-in routine's title are German."""
    speak("de")
    window = open_window()
    assert window.windowTitle() == "Beckenboden-Trainer"
    assert "Starten" in button_texts(window)
    titles = [window.train_page.picker.list.item(i).text() for i in range(window.train_page.picker.list.count())]
    assert "Reverse-Kegel-Übungen für Frauen" in titles


def test_the_system_language_follows_the_language_variable(speak, open_window, monkeypatch):
    """Language "system" with LANGUAGE=fr in the environment: the window is French."""
    monkeypatch.setenv("LANGUAGE", "fr_FR:de")
    assert speak("system") == "fr"
    window = open_window()
    assert window.windowTitle() == "Entraîneur du plancher pelvien"
    assert "Commencer" in button_texts(window)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


@pytest.mark.parametrize(("language_variable", "expected"), [("es_ES.UTF-8", "es"), ("nl:fr", "en"), ("", None)])
def test_the_system_language_is_one_we_have_or_english(monkeypatch, language_variable, expected):
    """LANGUAGE's first entry wins; a language we lack means English, not the next entry; without it, the locale."""
    monkeypatch.setenv("LANGUAGE", language_variable)
    resolved = resolve_language("system")
    if expected is None:  # the locale decides, as Qt read it at start-up: one we have, or English
        assert resolved in ("en", "de", "es", "fr")
    else:
        assert resolved == expected
    assert resolve_language("de") == "de"


def test_a_persons_own_routine_stays_as_written(speak, catalog):
    """Only built-in routines are translated: a routine of the same id and text from the user is left alone."""
    speak("de")
    builtin = next(r for r in catalog.routines if r.id == "reverse-kegel-women")
    own = Routine(**{**builtin.__dict__, "builtin": False})
    assert translate_routine_text(builtin, builtin.title) == "Reverse-Kegel-Übungen für Frauen"
    assert translate_routine_text(own, own.title) == "Reverse Kegels for women"


def test_the_settings_offer_each_language_in_its_own_words_and_say_when_a_restart_is_needed(qtbot, state):
    """The chooser names Deutsch, Español, Français; changing the language shows the calm restart line."""
    dialog = SettingsDialog(state.settings)
    qtbot.addWidget(dialog)
    section = dialog.language_section
    names = [section.language.itemText(i) for i in range(section.language.count())]
    assert names[1:] == ["English", "Deutsch", "Español", "Français"]
    assert section.restart_note.isHidden()
    section.language.setCurrentIndex(names.index("Español"))
    section.text_size.setCurrentIndex(2)
    assert not section.restart_note.isHidden()
    edited = dialog.edited()
    assert (edited.language, edited.text_scale) == ("es", 1.5)
