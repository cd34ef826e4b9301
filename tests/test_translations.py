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
CATALOGUES_COMPLETE = True
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


def the_tool():
    sys.path.insert(0, str(TOOL.parent))
    try:
        import update_translations
    finally:
        sys.path.remove(str(TOOL.parent))
    return update_translations


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set[tuple[str, str, str]]:
    """What lupdate finds in the code now: (context, source, disambiguation), whatever the catalogue holds."""
    folder = tmp_path_factory.mktemp("lupdate")
    the_tool().update(folder, ("de",))
    return set(the_tool().messages(folder / "trainer_de.ts"))


def test_the_compiled_catalogues_are_current(tmp_path):
    """Each committed .qm is what lrelease makes of its .ts today."""
    tool = the_tool()
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


def test_lupdate_finds_every_core_string(extracted):
    """The core's tr(text, context) calls reach lupdate, filed where the UI's translator looks them up."""
    found = {(source, comment) for context, source, comment in extracted if context == ""}
    assert core_strings() - found == set()


def literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def ui_strings() -> set[tuple[str, str, str]]:
    """Every self.tr(...) by its class, and every literal QCoreApplication.translate(context, text, ...)."""
    found = set()
    for path in (ROOT / "trainer").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)):
            for call in (node for node in ast.walk(cls) if isinstance(node, ast.Call)):
                func = call.func
                if (isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name)
                        and func.value.id == "self" and call.args and literal(call.args[0]) is not None):
                    comment = literal(call.args[1]) if len(call.args) > 1 else ""
                    found.add((cls.name, literal(call.args[0]), comment or ""))
        for call in (node for node in ast.walk(tree) if isinstance(node, ast.Call)):
            args = call.args
            if (isinstance(call.func, ast.Attribute) and call.func.attr == "translate" and len(args) >= 2
                    and literal(args[0]) is not None and literal(args[1]) is not None):
                comment = literal(args[2]) if len(args) > 2 else ""
                found.add((literal(args[0]), literal(args[1]), comment or ""))
    return found


def test_lupdate_finds_every_ui_string(extracted):
    """Each self.tr and literal translate() call in the UI reaches lupdate, under its own context."""
    assert ui_strings() - extracted == set()


# The only functions allowed to translate a text that is not a literal: lupdate cannot see past them, so each
# is either a helper lupdate is told about (_t) or one whose texts the tooling extracts itself.
TRANSLATING_HELPERS = {"_t", "_qt_translate", "translate_routine_text"}


def test_no_string_hides_from_lupdate_behind_a_wrapper():
    """A translate() call with a variable text sits only in a known helper (a lambda elsewhere hid six lines)."""
    hidden = []
    for path in (ROOT / "trainer").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in (node for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.Lambda))):
            for call in (node for node in ast.walk(function) if isinstance(node, ast.Call)):
                if (isinstance(call.func, ast.Attribute) and call.func.attr == "translate"
                        and isinstance(call.func.value, ast.Name) and call.func.value.id.endswith("Application")
                        and len(call.args) >= 2 and literal(call.args[1]) is None
                        and getattr(function, "name", "<lambda>") not in TRANSLATING_HELPERS):
                    hidden.append(f"{path.name}:{call.lineno}")
    assert not hidden


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
