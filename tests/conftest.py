"""Test-wide set-up: Qt runs offscreen, and no test touches the real user data folder."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# pyqtgraph must bind to PySide6 even if another binding happens to be installed.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
