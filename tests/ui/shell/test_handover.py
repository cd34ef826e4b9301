"""A second start on the same data folder hands over to the running instance, which raises its window; the
second start exits 0 at once and opens nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from trainer.core.lock import InstanceLock
from trainer.ui.shell.application import _bring_forward
from trainer.ui.shell.handover import HandoverServer, ask_to_raise, server_name

REPO = Path(__file__).resolve().parents[3]


@pytest.mark.slow
def test_a_second_process_asks_the_first_to_raise_and_exits_0(qtbot, data_dir):
    with InstanceLock(data_dir):
        server = HandoverServer(data_dir)
        assert server.listening
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        started = time.monotonic()
        with qtbot.waitSignal(server.raise_requested, timeout=30_000):
            child = subprocess.Popen([sys.executable, "-m", "trainer", "--data-dir", str(data_dir)], cwd=REPO,
                                     env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        out, err = child.communicate(timeout=30)
        server.close()
    assert child.returncode == 0, err
    assert time.monotonic() - started < 30
    assert out == "" and err == ""


def test_the_name_is_the_folder_s_whatever_its_spelling_and_differs_between_folders(tmp_path, data_dir):
    (tmp_path / "link").symlink_to(data_dir)
    assert server_name(tmp_path / "link") == server_name(data_dir)
    assert server_name(tmp_path) != server_name(data_dir)


def test_with_no_instance_listening_nobody_is_asked(data_dir):
    assert not ask_to_raise(data_dir)


def test_the_raised_window_is_shown_restored_and_in_front(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    window.hide()
    _bring_forward(window)
    assert window.isVisible() and not window.windowState() & Qt.WindowState.WindowMinimized
