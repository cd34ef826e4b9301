"""What a running session needs loads before the clock starts, so a slow load cannot make a phase late."""

from __future__ import annotations

from trainer.core.engine import SessionState
from trainer.ui.train.controller import SessionController


def test_a_slow_load_on_start_delays_the_start_not_the_first_phase(qtbot, catalog, clock):
    controller = SessionController(clock)
    controller.load(catalog.routines[0], coupling="inhale-release")
    loads = []

    def slow_load():
        loads.append(clock.now())
        clock.advance(0.4)  # as a cold QtMultimedia import and a speech worker might take

    controller.about_to_run.connect(slow_load)
    controller.toggle()
    assert loads == [1000.0]
    assert controller.engine.elapsed(clock.now()) == 0.0  # the session's clock started after the load
    controller.toggle()  # pausing loads nothing
    assert len(loads) == 1 and controller.snapshot.state is SessionState.PAUSED
    controller.toggle()  # resuming asks again (a no-op once loaded)
    assert len(loads) == 2
