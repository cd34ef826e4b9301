"""The XDG autostart entry behind "Start at login": written atomically, removed alone, and read back."""

import os
import stat
from pathlib import Path

from trainer.core import autostart
from trainer.core.autostart import ENTRY_NAME, autostart_dir, disable, enable, entry_text, is_enabled


def entry(folder: Path) -> dict[str, str]:
    lines = (folder / ENTRY_NAME).read_text().splitlines()
    return dict(line.split("=", 1) for line in lines[1:] if line)


def test_enabling_writes_a_private_entry_that_runs_the_app_in_the_background(tmp_path):
    """The entry runs the given command with --background, is enabled for GNOME, and is mode 0600."""
    folder = tmp_path / "autostart"
    path = enable(folder, ["/usr/bin/pelvic-floor-trainer", "--background"])
    assert path == folder / "io.github.pelvicfloortrainer.PelvicFloorTrainer.desktop"
    values = entry(folder)
    assert values["Exec"] == "/usr/bin/pelvic-floor-trainer --background"
    assert values["X-GNOME-Autostart-enabled"] == "true"
    assert values["Type"] == "Application"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert is_enabled(folder)
    assert [p.name for p in folder.iterdir()] == [ENTRY_NAME]  # no temp file left behind


def test_disabling_removes_only_our_entry(tmp_path):
    """Another program's entry in the same folder stays; removing twice is fine."""
    folder = tmp_path / "autostart"
    enable(folder, ["pelvic-floor-trainer", "--background"])
    other = folder / "org.example.Other.desktop"
    other.write_text("[Desktop Entry]\nExec=other\n")
    disable(folder)
    disable(folder)
    assert not is_enabled(folder)
    assert sorted(p.name for p in folder.iterdir()) == ["org.example.Other.desktop"]


def test_an_entry_switched_off_by_the_desktop_does_not_count(tmp_path):
    """If the person switched it off in the desktop's settings (Hidden=true), it is not in place."""
    folder = tmp_path / "autostart"
    path = enable(folder, ["pelvic-floor-trainer", "--background"])
    path.write_text(path.read_text() + "Hidden=true\n")
    assert not is_enabled(folder)
    assert not is_enabled(tmp_path / "missing")


def test_the_folder_follows_xdg_config_home_and_ignores_a_relative_one(tmp_path):
    """XDG_CONFIG_HOME/autostart when it is absolute; ~/.config/autostart otherwise."""
    assert autostart_dir({"XDG_CONFIG_HOME": str(tmp_path)}) == tmp_path / "autostart"
    assert autostart_dir({"XDG_CONFIG_HOME": "relative"}) == Path.home() / ".config" / "autostart"
    assert autostart_dir({}) == Path.home() / ".config" / "autostart"


def test_the_command_is_the_installed_script_when_it_is_on_path(monkeypatch):
    """On PATH: the script; not on PATH (a source checkout): this Python with -m trainer."""
    monkeypatch.setattr(autostart.shutil, "which", lambda name: f"/opt/bin/{name}")
    assert autostart.background_command() == ["/opt/bin/pelvic-floor-trainer", "--background"]
    monkeypatch.setattr(autostart.shutil, "which", lambda name: None)
    assert autostart.background_command()[1:] == ["-m", "trainer", "--background"]


def test_paths_with_spaces_and_specials_are_quoted_for_the_exec_line():
    """A Python in "/home/a b/$venv/python" is quoted, with $ escaped and the backslashes doubled."""
    text = entry_text(["/home/a b/$venv/python", "-m", "trainer", "--background"])
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line == 'Exec="/home/a b/\\\\$venv/python" -m trainer --background'
    assert "100%%" in entry_text(["/x/100%", "--background"])
