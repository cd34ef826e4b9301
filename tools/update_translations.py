"""Bring the translation catalogues up to date with the code: ``python tools/update_translations.py``.

One run does the whole mechanical part of a string pass: it runs ``pyside6-lupdate`` over every ``.py`` file
in ``trainer/`` together with the built-in routines' texts (each in its context ``routine:<id>``), updates
``resources/translations/trainer_{de,es,fr,en}.ts`` (translations kept, vanished strings dropped), compiles
each ``.ts`` to its ``.qm`` with ``pyside6-lrelease``, and prints what is left to translate. ``--check``
writes into a temporary copy instead and exits 1 when the catalogues miss a string (the test suite's check).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
ROUTINES = ROOT / "resources" / "routines"
LANGUAGES = ("de", "es", "fr", "en")
# English needs only its plural forms ("1 set", "2 sets"); every other English text is its own translation.
PLURAL_ONLY = {"en"}


def qt_tool(name: str) -> str:
    """``pyside6-<name>`` from this interpreter's environment, else from PATH."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(beside) if beside.exists() else f"pyside6-{name}"


def routine_texts(folder: Path = ROUTINES) -> list[tuple[str, str]]:
    """Every text a person reads in the built-in routines, as (context, text), in file order."""
    texts = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        context = f"routine:{data['id']}"
        found = [data["title"], data["summary"], *data.get("positions", ()), *data.get("instructions", ()),
                 *data.get("feel", ())]
        found += [step["cue"] for block in data["blocks"] for step in block["cycle"] if step.get("cue")]
        texts += [(context, text) for text in dict.fromkeys(found)]
    return texts


def routine_source(texts: list[tuple[str, str]]) -> str:
    """A Python file that lupdate reads: one QT_TRANSLATE_NOOP per routine text."""
    lines = [f"QT_TRANSLATE_NOOP({json.dumps(c, ensure_ascii=False)}, {json.dumps(t, ensure_ascii=False)})"
             for c, t in texts]
    return "\n".join(lines) + "\n"


def sources() -> list[Path]:
    return sorted((ROOT / "trainer").rglob("*.py"))


def update(folder: Path, languages: tuple[str, ...] = LANGUAGES) -> None:
    """Run lupdate for ``languages`` into ``folder``'s .ts files (created if missing)."""
    with tempfile.TemporaryDirectory() as scratch:
        extra = Path(scratch) / "builtin_routines.py"
        extra.write_text(routine_source(routine_texts()), encoding="utf-8")
        files = [str(path) for path in sources()] + [str(extra)]
        for language in languages:
            options = ["-pluralonly"] if language in PLURAL_ONLY else []
            subprocess.run([qt_tool("lupdate"), *files, "-no-obsolete", "-locations", "none",
                            "-tr-function-alias", "tr+=_t", "-source-language",
                            "en", "-target-language", language, *options, "-ts",
                            str(folder / f"trainer_{language}.ts")], check=True, capture_output=True)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """The messages of a .ts file by (context, source, disambiguation)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message.find("translation")
    return found


def unfinished(ts: Path) -> int:
    return sum(1 for t in messages(ts).values() if t is not None and t.get("type") == "unfinished")


def check() -> int:
    """Exit status 1 when lupdate would add a string to a catalogue, else 0."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch)
        for language in LANGUAGES:
            shutil.copy(TRANSLATIONS / f"trainer_{language}.ts", copy)
        update(copy)
        status = 0
        for language in LANGUAGES:
            new = set(messages(copy / f"trainer_{language}.ts")) - set(messages(TRANSLATIONS / f"trainer_{language}.ts"))
            for context, source, _ in sorted(new):
                print(f"trainer_{language}.ts: new string in {context or '(core)'}: {source}")
                status = 1
        return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report strings the catalogues lack")
    if parser.parse_args(argv).check:
        return check()
    update(TRANSLATIONS)
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"trainer_{language}.ts"
        release(ts, ts.with_suffix(".qm"))
        print(f"{ts.name}: {len(messages(ts))} strings, {unfinished(ts)} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
