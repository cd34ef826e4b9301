""""Start at login": the XDG autostart entry that runs ``pelvic-floor-trainer --background``.

The entry lives in ``$XDG_CONFIG_HOME/autostart`` (``~/.config/autostart`` by default), named after the app id
so that removing it can never touch another program's entry.

Inside the Flatpak this folder is not the host's, and the sandbox may not write there. There the UI asks the
Background portal instead (``org.freedesktop.portal.Background.RequestBackground`` with ``autostart`` true and
``commandline`` ``["pelvic-floor-trainer", "--background"]``) whenever ``FLATPAK_ID`` is set; the portal writes
the host's entry itself, and asks the person the first time.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Mapping

from trainer.core.atomic import write_atomic

APP_ID = "io.github.pelvicfloortrainer.PelvicFloorTrainer"
ENTRY_NAME = f"{APP_ID}.desktop"
SCRIPT = "pelvic-floor-trainer"
BACKGROUND = "--background"


def autostart_dir(env: Mapping[str, str] = os.environ) -> Path:
    """Where XDG autostart entries of this user live."""
    config = env.get("XDG_CONFIG_HOME") or ""
    # The specification says a relative XDG_CONFIG_HOME is invalid and must be ignored.
    base = Path(config) if os.path.isabs(config) else Path.home() / ".config"
    return base / "autostart"


def background_command() -> list[str]:
    """The installed script when it is on PATH, else this Python running the package (a source checkout)."""
    script = shutil.which(SCRIPT)
    if script:
        return [script, BACKGROUND]
    return [sys.executable, "-m", "trainer", BACKGROUND]


def entry_text(command: list[str]) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=Pelvic Floor Trainer",
        "Comment=Reminders and the tray icon, without a window",
        f"Icon={APP_ID}",
        "Exec=" + " ".join(_exec_argument(part) for part in command),
        "Terminal=false",
        "NoDisplay=true",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


def _exec_argument(argument: str) -> str:
    """One argument of an Exec line, quoted and escaped as the Desktop Entry specification asks.

    Inside quotes, ``"``, `````, ``$`` and ``\\`` take a backslash; ``%`` is doubled (field codes); then the
    value's own escaping doubles every backslash again.
    """
    escaped = argument.replace("%", "%%")
    if escaped and not any(c in escaped for c in " \t\n\"'\\><~|&;$*?#()`="):
        return escaped
    for char in ("\\", '"', "`", "$"):
        escaped = escaped.replace(char, "\\" + char)
    return ('"' + escaped + '"').replace("\\", "\\\\")


def enable(folder: Path | None = None, command: list[str] | None = None) -> Path:
    """Write (or rewrite) the entry, atomically; returns its path."""
    folder = folder or autostart_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / ENTRY_NAME
    write_atomic(path, entry_text(command or background_command()).encode("utf-8"))
    return path


def disable(folder: Path | None = None) -> None:
    """Remove our entry, if there is one; nothing else in the folder is touched."""
    (folder or autostart_dir()).joinpath(ENTRY_NAME).unlink(missing_ok=True)


def is_enabled(folder: Path | None = None) -> bool:
    """Whether our entry is in place and not switched off (``Hidden=true`` or autostart disabled by the desktop)."""
    try:
        lines = (folder or autostart_dir()).joinpath(ENTRY_NAME).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return False
    settings = {key.strip(): value.strip() for key, _, value in (line.partition("=") for line in lines)}
    return settings.get("Hidden") != "true" and settings.get("X-GNOME-Autostart-enabled") != "false"
