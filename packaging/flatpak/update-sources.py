"""Regenerate python3-requirements.json: the Flatpak's Python dependencies as offline pip sources from PyPI.

flatpak-builder downloads every source before the build and the build itself has no network, so each wheel is
listed with its PyPI URL and sha256. PySide6 comes from io.qt.PySide.BaseApp, and so does numpy: the BaseApp
builds it for the runtime's own Python (a numpy of ours would have to match that Python, and the BaseApp's
cleanup script would uninstall it again if BASEAPP_DISABLE_NUMPY were set). What is left are pure-Python wheels,
the same file for every architecture:

- pyqtgraph and platformdirs, which the app imports, with their own dependencies (numpy aside);
- hatchling and its dependencies, only to build the app's wheel inside the sandbox (cleaned up afterwards).

    python3 packaging/flatpak/update-sources.py                          # newest releases
    python3 packaging/flatpak/update-sources.py pyqtgraph==0.13.7        # pin some

pip resolves the requirements against PyPI (``pip install --dry-run --report``), which names each file's URL and
PyPI's sha256; ``pip download`` then fetches the files and their sha256 is computed here and compared.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

RUNTIME = ["pyqtgraph", "platformdirs"]
BUILD_ONLY = ["hatchling"]
FROM_BASEAPP = {"numpy", "pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}
OUTPUT = Path(__file__).resolve().parent / "python3-requirements.json"
PYPI = "https://pypi.org/simple"
# The answer must not depend on this machine's pip configuration (local mirrors, find-links).
PIP_ENV = {**os.environ, "PIP_CONFIG_FILE": os.devnull, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
PIP_INSTALL = ("pip3 install --verbose --exists-action=i --no-index --find-links=\"file://${PWD}\" "
               "--prefix=${FLATPAK_DEST} --no-build-isolation")


def resolve(requirements: list[str]) -> list[dict]:
    """The wheels pip would install for ``requirements`` beside the BaseApp: name, version, URL and sha256."""
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        command = [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet",
                   "--only-binary=:all:", "--index-url", PYPI, "--report", str(report), *requirements]
        subprocess.run(command, check=True, env=PIP_ENV)
        items = json.loads(report.read_text())["install"]
    wheels = []
    for item in items:
        if item["metadata"]["name"].lower() in FROM_BASEAPP:
            continue
        info = item["download_info"]
        if not info["url"].endswith("-none-any.whl"):
            raise SystemExit(f"{info['url']} is not a pure-Python wheel; it would need one source per architecture")
        wheels.append({"name": item["metadata"]["name"], "version": item["metadata"]["version"],
                       "url": info["url"], "sha256": info["archive_info"]["hashes"]["sha256"]})
    return wheels


def verify(wheels: list[dict]) -> None:
    """Download each wheel with pip and check its sha256 against the one PyPI published."""
    with tempfile.TemporaryDirectory() as scratch:
        pins = [f"{wheel['name']}=={wheel['version']}" for wheel in wheels]
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
                        "--index-url", PYPI, "--dest", scratch, *pins], check=True, env=PIP_ENV)
        for wheel in wheels:
            path = Path(scratch) / wheel["url"].rsplit("/", 1)[1]
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if digest != wheel["sha256"]:
                raise SystemExit(f"sha256 mismatch for {path.name}: PyPI says {wheel['sha256']}, file is {digest}")


def module(name: str, wheels: list[dict], *, build_only: bool) -> dict:
    pins = " ".join(f"\"{wheel['name']}=={wheel['version']}\"" for wheel in wheels
                    if wheel["name"].lower().replace("_", "-") == name)
    entry = {
        "name": f"python3-{name}",
        "buildsystem": "simple",
        "build-commands": [f"{PIP_INSTALL} {pins}"],
        "sources": [{"type": "file", "url": wheel["url"], "sha256": wheel["sha256"]} for wheel in wheels],
    }
    if build_only:
        entry["cleanup"] = ["*"]
    return entry


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pins", nargs="*", help="requirements like pyqtgraph==0.13.7 that replace the defaults")
    args = parser.parse_args()
    pinned = {pin.split("=")[0].split("<")[0].split(">")[0].strip().lower(): pin for pin in args.pins}

    def chosen(names: list[str]) -> list[str]:
        return [pinned.get(name, name) for name in names]

    modules = []
    for names, build_only in ((BUILD_ONLY, True), (RUNTIME, False)):
        for name in names:
            wheels = resolve(chosen([name]))
            verify(wheels)
            modules.append(module(name, wheels, build_only=build_only))
    document = {"name": "python3-requirements", "buildsystem": "simple", "build-commands": [], "modules": modules}
    OUTPUT.write_text(json.dumps(document, indent=4) + "\n")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
