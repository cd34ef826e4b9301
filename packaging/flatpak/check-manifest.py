"""Check that the Flatpak manifest agrees with the rest of the checkout (CI cannot run flatpak-builder itself).

It catches the drift a real build would find only on Flathub: a renamed desktop file or icon folder, a lost
permission, a pip module that no longer lists the app's dependencies or whose sources are not pinned PyPI files.
The manifest is YAML, read line by line here for the few keys checked, so no YAML library is needed.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHECKOUT = HERE.parents[1]
APP_ID = "io.github.pelvicfloortrainer.PelvicFloorTrainer"
MANIFEST = HERE / f"{APP_ID}.yml"
REQUIRED_SETTINGS = {
    "id": APP_ID, "runtime": "org.kde.Platform", "runtime-version": "6.10", "sdk": "org.kde.Sdk",
    "base": "io.qt.PySide.BaseApp", "base-version": "6.10",
}
REQUIRED_ARGS = {
    "--socket=wayland", "--socket=fallback-x11", "--device=dri", "--socket=pulseaudio",
    "--talk-name=org.freedesktop.Notifications", "--talk-name=org.kde.StatusNotifierWatcher",
}
# Provided by the BaseApp rather than by pip sources.
FROM_BASEAPP = {"pyside6-essentials", "pyside6-addons", "numpy"}
SHA256 = re.compile(r"[0-9a-f]{64}")


def top_level(text: str) -> dict[str, str]:
    pairs = re.findall(r"^([a-z-]+):[ \t]*(\S.*)$", text, flags=re.MULTILINE)
    return {key: value.strip("'\"") for key, value in pairs}


def problems() -> list[str]:
    text = MANIFEST.read_text()
    found = []
    settings = top_level(text)
    for key, expected in REQUIRED_SETTINGS.items():
        if settings.get(key) != expected:
            found.append(f"{key} should be {expected!r}, is {settings.get(key)!r}")
    args = set(re.findall(r"^\s+- (--\S+)$", text, flags=re.MULTILINE))
    found += [f"finish-args lacks {arg}" for arg in sorted(REQUIRED_ARGS - args)]
    if not re.search(r"BASEAPP_REMOVE_WEBENGINE: '?1", text):
        found.append("build-options must set BASEAPP_REMOVE_WEBENGINE")
    if "- /app/cleanup-BaseApp.sh" not in text:
        found.append("cleanup-commands must run /app/cleanup-BaseApp.sh")

    scripts = tomllib.loads((CHECKOUT / "pyproject.toml").read_text())["project"]["gui-scripts"]
    if settings.get("command") not in scripts:
        found.append(f"command {settings.get('command')!r} is not one of pyproject's gui-scripts {sorted(scripts)}")
    desktop = (CHECKOUT / "packaging" / "linux" / f"{APP_ID}.desktop").read_text()
    if f"\nExec={settings.get('command')}" not in desktop:
        found.append("the desktop file's Exec= is not the manifest's command")

    commands = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    for path in re.findall(r"(packaging/\S+)", commands.replace("${FLATPAK_ID}", APP_ID)):
        if not (CHECKOUT / path).exists():
            found.append(f"the manifest installs {path}, which does not exist")
    for name in re.findall(r"^  - (\S+\.json)$", text, flags=re.MULTILINE):
        found += pip_module_problems(HERE / name)
    return found


def pip_module_problems(path: Path) -> list[str]:
    if not path.is_file():
        return [f"module file {path.name} is missing"]
    modules = json.loads(path.read_text())["modules"]
    found = []
    for module in modules:
        for source in module["sources"]:
            if not source["url"].startswith("https://files.pythonhosted.org/"):
                found.append(f"{module['name']}: {source['url']} is not a PyPI file")
            if not SHA256.fullmatch(source.get("sha256", "")):
                found.append(f"{module['name']}: {source['url']} has no sha256")
    listed = {module["name"].removeprefix("python3-").lower() for module in modules}
    dependencies = tomllib.loads((CHECKOUT / "pyproject.toml").read_text())["project"]["dependencies"]
    for requirement in dependencies:
        name = re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].lower()
        if name not in listed and name not in FROM_BASEAPP:
            found.append(f"{path.name} lacks {name}, a dependency in pyproject.toml (run update-sources.py)")
    return found


def main() -> int:
    found = problems()
    for problem in found:
        print(f"{MANIFEST.name}: {problem}", file=sys.stderr)
    if not found:
        print(f"{MANIFEST.name}: consistent with the checkout")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
