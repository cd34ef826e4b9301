"""Routines back to JSON, the editor's list of problems, a routine's length and the prescription text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from programme_kit import CATALOG
from routine_factory import make_routine, routine_data

from trainer.core.plan_text import prescription
from trainer.core.routine_hold import rest_between_holds_s, total_length_s, with_hold
from trainer.core.routine_json import routine_file_bytes, routine_problems, routine_to_json
from trainer.core.routines import RoutineError, load_routine_file, parse_routine
from trainer.core.timeline import Timeline


@pytest.mark.parametrize("routine", CATALOG.routines, ids=lambda routine: routine.id)
def test_every_built_in_routine_survives_a_round_trip(routine, tmp_path):
    path = tmp_path / "copy.json"
    path.write_bytes(routine_file_bytes(routine))
    assert load_routine_file(path, builtin=True) == routine


@pytest.mark.parametrize("routine", CATALOG.routines, ids=lambda routine: routine.id)
def test_the_json_matches_the_file_it_came_from(routine):
    """Whole seconds stay whole numbers and absent keys stay absent, so a saved file reads like the original."""
    assert routine_to_json(routine) == json.loads(routine.path.read_text(encoding="utf-8"))


def test_fractional_seconds_and_progressive_steps_are_kept():
    routine = make_routine()
    data = routine_to_json(routine)
    assert data["blocks"][0]["cycle"][2]["s"] == 1.5
    assert data["blocks"][0]["cycle"][1]["progressive"] is True and "progressive" not in data["blocks"][0]["cycle"][0]
    assert parse_routine(data, Path("x.json")) == routine


def test_a_valid_routine_has_no_problems():
    assert routine_problems(routine_data()) == []


def test_every_problem_is_listed_with_the_loaders_own_message():
    data = routine_data(title="", audience="cats", sets=0)
    data["blocks"][0]["cycle"][0]["phase"] = "jump"
    data["blocks"][0]["cycle"][2]["s"] = -1
    del data["summary"]
    problems = routine_problems(data)
    assert [field for field, _ in problems] == [
        "title", "audience", "summary", "sets", "blocks[0].cycle[0].phase", "blocks[0].cycle[2].s"]
    messages = dict(problems)
    assert messages["audience"] == "must be one of: men, women, everyone"
    assert messages["summary"] == "is missing"
    assert messages["blocks[0].cycle[0].phase"] == "unknown phase 'jump'"
    assert messages["blocks[0].cycle[2].s"] == "must be a positive number of seconds"


def test_the_first_problem_is_the_one_loading_reports():
    data = routine_data(kind="yoga", lead_in_s="5")
    with pytest.raises(RoutineError) as caught:
        parse_routine(data, Path("routine.json"))
    assert (caught.value.field, caught.value.message) in routine_problems(data)


@pytest.mark.parametrize("data, expected", [
    ([], [("file", "must be a JSON object")]),
    (routine_data(blocks=[]), [("blocks", "needs at least one block")]),
    (routine_data(blocks=[{"reps": 2, "cycle": []}, "x"]),
     [("blocks[0].cycle", "needs at least one phase"), ("blocks[1]", "must be a JSON object")]),
])
def test_problems_in_the_shape_of_the_routine(data, expected):
    assert routine_problems(data) == expected


@pytest.mark.parametrize("routine", CATALOG.routines, ids=lambda routine: routine.id)
@pytest.mark.parametrize("hold_s", [None, 7.0])
def test_the_total_length_agrees_with_the_timeline(routine, hold_s):
    assert total_length_s(routine, hold_s) == pytest.approx(Timeline.from_routine(routine, hold_s).total_s)


def test_a_longer_hold_lengthens_the_release_so_rest_is_never_shorter():
    routine = CATALOG.get("reverse-kegel-women")
    assert rest_between_holds_s(with_hold(routine, 6.0)) == 8.0
    shaped = with_hold(routine, 10.0)
    assert rest_between_holds_s(shaped) == 10.0
    assert [step.s for step in shaped.blocks[0].cycle] == [3.0, 10.0, 7.0]
    assert rest_between_holds_s(CATALOG.get("breath-drop")) is None


@pytest.mark.parametrize("routine_id, hold_s, sets, expected", [
    ("reverse-kegel-women", 6.0, 3, "Hold 6 s, rest 8 s, repeat 10 times, 3 sets a day"),
    ("reverse-kegel-women", 10.0, 1, "Hold 10 s, rest 10 s, repeat 10 times, 1 set a day"),
    ("kegel-men", None, 2, "Hold 8 s, rest 8 s, repeat 10 times, 2 sets a day"),
    ("breath-drop", None, 3, "10 slow breaths of 12 s each, 3 sets a day"),
])
def test_the_prescription_reads_as_a_physiotherapist_writes_it(routine_id, hold_s, sets, expected):
    assert prescription(CATALOG.get(routine_id), hold_s, sets) == expected


def test_the_prescription_says_once_for_a_single_rep():
    data = routine_data()
    data["blocks"][0]["reps"] = 1
    routine = parse_routine(data, Path("x.json"))
    assert prescription(routine, 2.0, 2) == "Hold 2 s, rest 2.5 s, repeat once, 2 sets a day"
