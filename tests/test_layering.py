"""The code's layers, checked from the source: core knows nothing of Qt or the UI; inside trainer/ui each
package imports only packages below it; nothing imports the shell; one module opens the store.

Imports inside functions count too: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TRAINER = Path(__file__).resolve().parents[1] / "trainer"

# Higher may import lower, never the reverse; packages of one rank do not import each other.
UI_RANKS = {"shell": 5, "train": 4, "progress": 4, "sharing": 4, "dialogs": 3, "reports": 3, "editor": 3,
            "reminders": 3, "tray": 3, "audio": 2,
            "notify": 2, "piston": 2, "look": 1}
STORE_DOOR = "trainer.ui.state"


def module_name(path: Path) -> str:
    parts = path.relative_to(TRAINER.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Every module ``path`` imports, with ``from a import b`` giving ``a.b`` as well as ``a``."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


MODULES = {module_name(path): imports_of(path) for path in sorted(TRAINER.rglob("*.py"))}


def ui_package(name: str) -> str | None:
    """The package of trainer/ui a module belongs to, or None for the modules directly in trainer/ui."""
    parts = name.split(".")
    if parts[:2] != ["trainer", "ui"] or len(parts) < 3 or parts[2] not in UI_RANKS:
        return None
    return parts[2]


def test_the_layout_has_the_packages_this_test_knows():
    found = {path.name for path in (TRAINER / "ui").iterdir() if (path / "__init__.py").exists()}
    assert found == set(UI_RANKS)
    direct = [path.name for path in (TRAINER / "ui").glob("*.py")]
    assert len(direct) <= 6, direct


@pytest.mark.parametrize("name", sorted(name for name in MODULES if name.startswith("trainer.core")))
def test_core_imports_neither_qt_nor_the_ui(name):
    bad = {i for i in MODULES[name] if i.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph", "numpy")
           or i.startswith("trainer.ui")}
    assert not bad


@pytest.mark.parametrize("name", sorted(name for name in MODULES if name.startswith("trainer.ui")))
def test_ui_modules_import_only_downward(name):
    own = ui_package(name)
    wrong = []
    for imported in MODULES[name]:
        target = ui_package(imported)
        if target is None or target == own:
            continue
        if own is None or UI_RANKS[target] >= UI_RANKS[own]:
            wrong.append(imported)
    assert not wrong, f"{name} imports {sorted(wrong)}"


def test_only_the_app_entry_point_imports_the_shell():
    importers = {name for name, imported in MODULES.items()
                 if ui_package(name) != "shell" and any(ui_package(i) == "shell" for i in imported)}
    assert importers == {"trainer.app"}


def test_only_the_app_state_imports_the_store():
    importers = {name for name, imported in MODULES.items()
                 if name.startswith("trainer.ui") and "trainer.core.store" in imported}
    assert importers == {STORE_DOOR}
