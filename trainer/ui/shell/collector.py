"""Python's cyclic garbage collector, paused while the window is built and told to skip what that built.

Building the window makes some fifty thousand objects (Qt's classes and enums, the modules, the widgets'
Python halves) that live as long as the app, and the collector would walk them again and again on the way to
the first paint: about 5 % of a start's instructions, measured with callgrind. So it is paused for the
build; at the first paint everything built so far is frozen (``gc.freeze``: kept out of every later
collection, which then stays short during a session too) and the collector resumes. The few hundred objects
the build left in unreachable cycles (about 60 KB, measured) are frozen with the rest rather than collected,
which would cost a pass over all fifty thousand.
"""

from __future__ import annotations

import gc

_paused_here = False


def pause() -> None:
    """Pause the collector until ``resume``; nothing happens if it was off already (someone else's choice)."""
    global _paused_here
    if gc.isenabled():
        gc.disable()
        _paused_here = True


def resume() -> None:
    """Freeze what exists and let the collector run again, if ``pause`` stopped it; calling it twice is harmless."""
    global _paused_here
    if _paused_here:
        _paused_here = False
        gc.freeze()
        gc.enable()
