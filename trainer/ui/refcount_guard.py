"""A guard against a reference-counting bug in PySide6 6.12 on Python 3.10 and 3.11.

There, every call of a Qt function that returns nothing (``widget.update()``, ``timer.stop()``, any
``QPainter`` drawing call) and every ``Signal.emit`` hands back ``None``, ``True`` or ``False`` without the
reference that Python's calling convention requires. Python 3.12 made those three objects immortal, so the
missing reference is harmless there; on 3.10 and 3.11 their counts run down by one per call until the
interpreter aborts with "Fatal Python error: none_dealloc" (or "bool_dealloc") — within seconds once a
session repaints at 60 Hz. Raising their counts far beyond reach makes them immortal here too, which is what
3.12 does by design.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40  # a trillion calls: far more than any session or test run makes


def protect_singletons() -> None:
    """Make ``None``, ``True`` and ``False`` effectively immortal where Python does not already do so."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or hasattr(sys, "gettotalrefcount"):
        # 3.12+ has immortal singletons; a debug build (gettotalrefcount) lays out objects differently.
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in a release build of CPython.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
