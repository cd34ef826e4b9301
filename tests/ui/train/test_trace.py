"""PFT_TRACE_FILE: one JSON line per phase boundary (at the engine's time for it) and per chime."""

from __future__ import annotations

import json

import pytest

from trainer.core.routines import Catalog
from trainer.ui.train.page import TrainPage
from trainer.ui.train.trace import ENV_VAR, PhaseTrace

from helpers.sessions import run, tiny_routine


def lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_unset_means_no_trace():
    assert PhaseTrace.from_environment({}) is None


def test_each_boundary_is_traced_at_the_engines_time_not_the_ticks(qtbot, monkeypatch, state, clock, tmp_path):
    trace = tmp_path / "trace.jsonl"
    monkeypatch.setenv(ENV_VAR, str(trace))
    state.change_settings(state.settings.replace(sound=True, spoken_cues=False))
    page = TrainPage(state, Catalog((tiny_routine(),), ()), clock=clock)
    qtbot.addWidget(page)
    start = clock.now()
    page.controller.toggle()
    # Ticks every 0.3 s land up to 0.3 s after each boundary; the trace still says when each one was due.
    run(page.controller, clock, 2.4, step=0.3)
    phases = [line for line in lines(trace) if line["kind"] == "phase"]
    assert [(line["phase"], line["index"]) for line in phases] == [("rest", 0), ("drop", 1), ("return", 2)]
    assert [line["t"] for line in phases] == pytest.approx([start, start + 1.0, start + 2.0])
    chimes = [line for line in lines(trace) if line["kind"] == "chime"]
    assert [(line["phase"], line["index"]) for line in chimes] == [("rest", 0), ("drop", 1), ("return", 2)]
    page.controller.stop()


def test_a_trace_that_cannot_be_written_never_disturbs_a_session(tmp_path):
    PhaseTrace(tmp_path / "no" / "such" / "dir.jsonl").write(1.0, "phase", "drop", 1)
