"""What ``--smoke`` loads: the window and the Train page, and none of what the app imports only on first use.

This is where the start-up cost is guarded in the tests (bench/ measures the time): a module on this list that
turns up after ``--smoke`` is a new start-up cost, so move the import to where it is first needed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
LOADED_ON_FIRST_USE = [
    "pyqtgraph", "numpy",                                     # the Progress page's charts, on first view
    "PySide6.QtMultimedia", "PySide6.QtTextToSpeech",         # the chime and the voice, at the first session
    "trainer.ui.progress.charts", "trainer.ui.progress.panels", "trainer.ui.progress.heatmap",
    "trainer.ui.dialogs.settings", "trainer.ui.dialogs.help", "trainer.ui.dialogs.safety",
    "trainer.ui.dialogs.about", "trainer.ui.dialogs.summary",  # each dialog, when first opened
    "trainer.ui.sharing.report_dialog", "trainer.ui.reports.pdf_report", "trainer.commands",
    "trainer.ui.editor.dialog", "trainer.ui.editor.form", "trainer.ui.editor.preview",  # the routine editor
    "trainer.ui.sharing.sync_driver", "trainer.core.sync", "trainer.core.device",  # sync, after the first paint
    "trainer.core.importing", "trainer.core.session_files",                        # import, when asked
    "trainer.core.plan", "trainer.core.programme", "trainer.core.stats",  # the plan, once the history is read
    "hashlib", "html.entities",                   # pending sessions' fallback folders; the dialogs' escaping
]
# Qt classes no window part uses. PySide creates Python classes on first use, and the first widget that Qt made
# on its own (a scroll area's viewport, say) to reach Python makes it create every QWidget subclass it knows in
# order to find that widget's type: some 10 ms of a start.
UNUSED_QT_CLASSES = ["QCalendarWidget", "QWizard", "QMdiArea", "QFontDialog", "QGraphicsView", "QUndoView",
                     "QFileDialog", "QMessageBox", "QDialog"]  # the last three: imported where they are used
SCRIPT = """
import json, sys
from trainer.app import main
code = main(sys.argv[1:])
from PySide6 import QtWidgets
print(json.dumps({"code": code, "modules": sorted(sys.modules), "qt_classes": sorted(vars(QtWidgets))}))
"""


@pytest.mark.slow
def test_smoke_loads_the_window_and_nothing_that_waits_for_first_use(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, "--smoke", "--data-dir", str(tmp_path)],
        capture_output=True, text=True, env=env, timeout=120, cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    loaded = set(report["modules"])
    assert {"trainer.ui.shell.main_window", "trainer.ui.train.page", "trainer.ui.state"} <= loaded
    assert [name for name in LOADED_ON_FIRST_USE if name in loaded] == []
    assert [name for name in UNUSED_QT_CLASSES if name in report["qt_classes"]] == []
