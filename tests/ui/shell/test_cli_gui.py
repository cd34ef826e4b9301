"""The GUI side of the command line: --smoke, --screenshot, --routine, and one-line errors (run in-process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from trainer import app
from trainer.core.store import AlreadyRunningError, InstanceLock
from trainer.ui.shell.application import GuiOptions, install_translators, run_gui
from trainer.ui.shell.main_window import MainWindow


@pytest.fixture(autouse=True)
def app_look(qapp):
    """run_gui themes the whole app; put the palette and stylesheet back for the tests that follow."""
    palette, sheet = qapp.palette(), qapp.styleSheet()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def distinct_colours(image: QImage, step: int = 7) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


def test_smoke_paints_the_window_and_writes_nothing(data_dir):
    """--smoke returns 0 without a first-run dialog, a lock, or any file in the data folder."""
    assert run_gui(GuiOptions(data_dir=data_dir, smoke=True)) == 0
    assert sorted(os.listdir(data_dir)) == []


def test_smoke_through_the_command_line(tmp_path):
    """The app's own entry point reaches run_gui and succeeds on a folder that does not exist yet."""
    assert app.main(["--smoke", "--data-dir", str(tmp_path / "new")]) == 0


@pytest.mark.parametrize("page", ["train", "progress"])
def test_screenshot_writes_a_real_picture_of_each_page(data_dir, tmp_path, page):
    """--screenshot renders a 1200x760 PNG with real content (many colours, not one flat fill)."""
    target = tmp_path / f"{page}.png"
    assert run_gui(GuiOptions(data_dir=data_dir, screenshot=target, page=page)) == 0
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1200, 760)
    assert distinct_colours(image) > 20


def test_screenshots_of_the_two_pages_differ(data_dir, tmp_path):
    train, progress = tmp_path / "t.png", tmp_path / "p.png"
    run_gui(GuiOptions(data_dir=data_dir, screenshot=train, page="train"))
    run_gui(GuiOptions(data_dir=data_dir, screenshot=progress, page="progress"))
    assert QImage(str(train)) != QImage(str(progress))


def test_unknown_routine_is_a_one_line_error(data_dir, capsys):
    """--routine with an unknown id: exit 2 and one stderr line listing the known ids."""
    assert run_gui(GuiOptions(data_dir=data_dir, routine="nope", smoke=True)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "unknown routine 'nope' (known: " in err and "reverse-kegel-women" in err


def test_known_routine_is_accepted(data_dir):
    assert run_gui(GuiOptions(data_dir=data_dir, routine="breath-drop", smoke=True)) == 0


def test_data_folder_that_is_a_file_is_a_one_line_error(tmp_path, capsys):
    path = tmp_path / "file"
    path.write_text("")
    assert run_gui(GuiOptions(data_dir=path, smoke=True)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err and "Traceback" not in err


def test_screenshot_into_a_missing_folder_is_a_one_line_error(data_dir, tmp_path, capsys):
    target = tmp_path / "missing" / "shot.png"
    assert run_gui(GuiOptions(data_dir=data_dir, screenshot=target)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(target) in err


def test_a_normal_run_holds_the_lock_while_the_window_is_open(data_dir, monkeypatch):
    """The event loop runs under the instance lock, with the window shown; the lock is free afterwards."""
    seen = {}

    def fake_exec(app):
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        seen["visible"] = window.isVisible()
        with pytest.raises(AlreadyRunningError):
            InstanceLock(data_dir).acquire()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert run_gui(GuiOptions(data_dir=data_dir, routine="breath-drop")) == 0
    assert seen == {"visible": True}
    InstanceLock(data_dir).acquire().release()


def test_a_second_instance_with_no_one_to_hand_over_to_says_so_and_exits_1(data_dir, monkeypatch, capsys):
    """The folder is locked but nothing answers on its socket (a run of an older version): one line, exit 1,
    and no box that would block a headless start."""
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args))
    with InstanceLock(data_dir):
        assert run_gui(GuiOptions(data_dir=data_dir)) == 1
    assert shown == []
    assert "already running" in capsys.readouterr().err


def test_qt_translations_follow_the_locale(qapp):
    """With a German locale, Qt's own strings come out in German through the installed translators."""
    installed = install_translators(qapp, QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


@pytest.mark.slow
def test_smoke_in_a_fresh_process_leaves_pyqtgraph_unloaded(tmp_path):
    """The real entry point with its own QApplication: exit 0, a quiet stderr, and no pyqtgraph at start-up."""
    script = ("import sys; from trainer.app import main; status = main(sys.argv[1:]); "
              "print('pyqtgraph loaded' if 'pyqtgraph' in sys.modules else 'pyqtgraph not loaded'); sys.exit(status)")
    result = subprocess.run(
        [sys.executable, "-c", script, "--smoke", "--data-dir", str(tmp_path / "d")],
        capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=60,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.strip() == "pyqtgraph not loaded"


@pytest.mark.slow
def test_screenshot_works_without_a_display(tmp_path):
    """With no display and no QT_QPA_PLATFORM, --screenshot still renders (Qt's offscreen platform)."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    target = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "trainer", "--screenshot", str(target), "--data-dir", str(tmp_path / "d")],
        capture_output=True, text=True, env=env, timeout=60, cwd=Path(__file__).resolve().parents[3],
    )
    assert result.returncode == 0, result.stderr
    assert QImage(str(target)).width() == 1200
