"""The Qt-free heart of the trainer: routines, timeline, session engine, piston model, store and statistics.

Nothing in this package may import PySide6 or pyqtgraph; ``tests/core/test_no_qt.py`` enforces it.
"""
