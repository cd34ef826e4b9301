"""The translation catalogues: complete, current, and true to their placeholders.

Each check reads resources/translations/*.ts (written by tools/update_translations.py) as Qt Linguist does.
The check that the catalogues hold every string in the code runs lupdate itself. It waits for the last string
pass of a round of new screens: set ``CATALOGUES_COMPLETE`` to True then (or run it now with
``TRAINER_CHECK_CATALOGUES=1``).
"""

from __future__ import annotations

import ast
import filecmp
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
TOOL = ROOT / "tools" / "update_translations.py"
LANGUAGES = ("de", "es", "fr", "en")
# Turned on once every screen's strings are translated; until then new screens may add strings.
CATALOGUES_COMPLETE = False
PLACEHOLDER = re.compile(r"\{[a-z_]*(?::[^}]*)?\}|%n|%\d")


def messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(FOLDER / f"trainer_{language}.ts").getroot()
    return [(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated_and_none_is_obsolete(language):
    """No entry is unfinished, vanished or obsolete, and none is empty."""
    left = [(context, message.findtext("source")) for context, message in messages(language)
            if message.find("translation").get("type") is not None or not all(translations(message))]
    assert not left


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_count_has_its_plural_forms(language):
    """A message with %n is a plural entry, with as many forms as the language has (two for these four)."""
    for context, message in messages(language):
        if "%n" in message.findtext("source"):
            assert message.get("numerus") == "yes", (context, message.findtext("source"))
            assert len(translations(message)) == 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language):
    """{name}, {n:.0f}, %n and %1 come through every translation exactly, as many times as in the English."""
    for context, message in messages(language):
        source = message.findtext("source")
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in translations(message):
            assert sorted(PLACEHOLDER.findall(text)) == wanted, (context, source, text)


def test_the_english_plurals_say_one_and_many():
    """trainer_en.ts turns "(s)" into real English: the first form for one, the second for more."""
    for _, message in messages("en"):
        one, many = translations(message)
        assert "(s)" not in one + many, message.findtext("source")


def test_the_compiled_catalogues_are_current(tmp_path):
    """Each committed .qm is what lrelease makes of its .ts today."""
    sys.path.insert(0, str(TOOL.parent))
    try:
        import update_translations as tool
    finally:
        sys.path.remove(str(TOOL.parent))
    for language in LANGUAGES:
        fresh = tmp_path / f"trainer_{language}.qm"
        tool.release(FOLDER / f"trainer_{language}.ts", fresh)
        assert filecmp.cmp(fresh, FOLDER / fresh.name, shallow=False), f"run `make translations` ({fresh.name})"


def core_strings() -> set[tuple[str, str]]:
    """Every literal passed to the core's tr() (and the UI's module-level _t()), with its disambiguation."""
    found = set()
    for path in (ROOT / "trainer").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("tr", "_t")
                    and node.args and isinstance(node.args[0], ast.Constant)):
                second = node.args[1] if len(node.args) > 1 else None
                found.add((node.args[0].value, second.value if isinstance(second, ast.Constant) else ""))
    return found


def test_lupdate_finds_every_core_string():
    """The core's tr(text, context) calls reach the catalogue, filed where the UI's translator looks them up."""
    catalogued = {(message.findtext("source"), message.findtext("comment") or "")
                  for context, message in messages("de") if context == ""}
    assert core_strings() - catalogued == set()


@pytest.mark.skipif(not (CATALOGUES_COMPLETE or os.environ.get("TRAINER_CHECK_CATALOGUES")),
                    reason="enabled after the final string pass (CATALOGUES_COMPLETE)")
@pytest.mark.slow
def test_lupdate_finds_no_new_string():
    """Running lupdate over the code finds nothing the catalogues lack (else: `make translations`)."""
    result = subprocess.run([sys.executable, str(TOOL), "--check"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("language", ("de", "es", "fr"))
def test_qt_ships_its_own_strings_for_each_language(language):
    """Qt's qtbase catalogue (Cancel, Save, Yes in dialogs) is in the PySide6 wheel for every language we have."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert QTranslator().load(QLocale(language), "qtbase", "_", folder)
