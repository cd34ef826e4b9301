"""Routine files: the built-ins are valid, and every kind of mistake is reported with the file and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from routine_factory import routine_data

from trainer.core.routines import RoutineError, load_catalog, load_routine_file
from trainer.core.timeline import Timeline
from trainer.paths import builtin_routines_dir


def write(folder: Path, name: str, data) -> Path:
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_builtins_cover_every_kind_and_audience():
    """The built-ins load without errors and include men's, women's, breath, Kegel and combined routines."""
    catalog = load_catalog(builtin_routines_dir())
    assert catalog.errors == ()
    ids = {routine.id for routine in catalog.routines}
    assert {"reverse-kegel-men", "reverse-kegel-women", "breath-drop", "kegel-and-reverse"} <= ids
    assert {routine.kind for routine in catalog.routines} == {"reverse-kegel", "breath", "kegel", "combined"}
    assert {routine.audience for routine in catalog.routines} == {"men", "women", "everyone"}
    assert all(routine.builtin for routine in catalog.routines)


def test_reverse_kegel_builtins_use_the_sources_figures():
    """Reverse Kegels: a 5 s hold and a 5 s release, 10 reps a set."""
    catalog = load_catalog(builtin_routines_dir())
    for routine_id in ("reverse-kegel-men", "reverse-kegel-women"):
        routine = catalog.get(routine_id)
        cycle = routine.blocks[0].cycle
        assert routine.reps_per_set == 10
        assert [step.phase for step in cycle] == ["drop", "hold-drop", "return"]
        assert routine.hold_s == 5
        assert cycle[2].s == 5


def test_breath_builtin_paces_about_five_breaths_a_minute():
    """Breath-only: about 4 s in, a short rest, about 6 s out, 10 breaths."""
    routine = load_catalog(builtin_routines_dir()).get("breath-drop")
    cycle = routine.blocks[0].cycle
    seconds = sum(step.s for step in cycle)
    assert cycle[0].s == 4 and cycle[-1].s == 6
    assert 5 <= 60 / seconds <= 7
    assert routine.reps_per_set == 10


def test_kegel_builtins_hold_five_for_women_and_about_ten_for_men():
    catalog = load_catalog(builtin_routines_dir())
    women = catalog.get("kegel-women").blocks[0].cycle
    men = catalog.get("kegel-men").blocks[0].cycle
    assert [s.phase for s in women] == ["squeeze", "hold-squeeze", "let-go"]
    assert women[1].s == 5 and women[2].s == 5
    assert 9 <= men[0].s + men[1].s <= 11 and men[2].s == 5


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"format": 2}, "format"),
        ({"format": "1"}, "format"),
        ({"title": 5}, "title"),
        ({"title": "  "}, "title"),
        ({"audience": "kids"}, "audience"),
        ({"kind": "yoga"}, "kind"),
        ({"sets": 0}, "sets"),
        ({"sets": True}, "sets"),
        ({"lead_in_s": -1}, "lead_in_s"),
        ({"positions": "lying"}, "positions"),
        ({"instructions": ["ok", ""]}, "instructions[1]"),
        ({"blocks": []}, "blocks"),
        ({"id": "has space"}, "id"),
    ],
)
def test_bad_top_level_fields_are_named(tmp_path, changes, field):
    """A wrong value at the top level is rejected, naming the file and the field."""
    path = write(tmp_path, "bad.json", routine_data(**changes))
    with pytest.raises(RoutineError) as caught:
        load_routine_file(path)
    assert caught.value.field == field
    assert caught.value.path == path
    assert "bad.json" in str(caught.value)


@pytest.mark.parametrize("missing", ["id", "title", "audience", "kind", "summary", "positions", "instructions",
                                     "lead_in_s", "sets", "rest_between_sets_s", "blocks", "format"])
def test_each_missing_field_is_named(tmp_path, missing):
    data = routine_data()
    del data[missing]
    with pytest.raises(RoutineError) as caught:
        load_routine_file(write(tmp_path, "r.json", data))
    assert caught.value.field == missing
    assert "missing" in caught.value.message


@pytest.mark.parametrize(
    ("step", "field", "words"),
    [
        ({"phase": "push", "s": 1, "cue": "x"}, "blocks[0].cycle[0].phase", "unknown phase"),
        ({"phase": "drop", "s": 0, "cue": "x"}, "blocks[0].cycle[0].s", "positive"),
        ({"phase": "drop", "s": -3, "cue": "x"}, "blocks[0].cycle[0].s", "positive"),
        ({"phase": "drop", "s": 601, "cue": "x"}, "blocks[0].cycle[0].s", "10 minutes"),
        ({"phase": "drop", "s": "3", "cue": "x"}, "blocks[0].cycle[0].s", "type"),
        ({"phase": "drop", "s": 3}, "blocks[0].cycle[0].cue", "missing"),
        ({"phase": "drop", "s": 3, "cue": "x", "progressive": "yes"}, "blocks[0].cycle[0].progressive", "type"),
    ],
)
def test_bad_steps_are_named_with_their_position(tmp_path, step, field, words):
    data = routine_data(blocks=[{"reps": 2, "cycle": [step]}])
    with pytest.raises(RoutineError) as caught:
        load_routine_file(write(tmp_path, "r.json", data))
    assert caught.value.field == field
    assert words in caught.value.message


def test_not_json_and_not_an_object_are_reported(tmp_path):
    with pytest.raises(RoutineError) as caught:
        load_routine_file(write(tmp_path, "broken.json", "{not json"))
    assert caught.value.field == "file" and "JSON" in caught.value.message
    with pytest.raises(RoutineError) as caught:
        load_routine_file(write(tmp_path, "list.json", "[1, 2]"))
    assert caught.value.field == "file"
    with pytest.raises(RoutineError) as caught:
        load_routine_file(tmp_path / "missing.json")
    assert caught.value.field == "file" and "cannot be read" in caught.value.message


def test_one_bad_user_file_does_not_hide_the_others(tmp_path):
    """A broken user routine is reported while the good ones, and all built-ins, still load."""
    user = tmp_path / "routines"
    user.mkdir()
    write(user, "a-good.json", routine_data(id="mine-a"))
    write(user, "b-bad.json", routine_data(id="mine-b", sets=-1))
    write(user, "c-good.json", routine_data(id="mine-c"))
    catalog = load_catalog(builtin_routines_dir(), user)
    ids = [routine.id for routine in catalog.routines]
    assert "mine-a" in ids and "mine-c" in ids and "mine-b" not in ids
    assert [error.path.name for error in catalog.errors] == ["b-bad.json"]
    assert not catalog.get("mine-a").builtin


def test_a_user_routine_cannot_replace_a_builtin(tmp_path):
    """An id clash is reported, and the built-in routine is kept."""
    user = tmp_path / "routines"
    user.mkdir()
    write(user, "clash.json", routine_data(id="reverse-kegel-men", title="Impostor"))
    catalog = load_catalog(builtin_routines_dir(), user)
    assert catalog.get("reverse-kegel-men").title == "Reverse Kegels for men"
    assert catalog.errors[0].field == "id" and catalog.errors[0].path.name == "clash.json"


def test_missing_user_folder_is_fine(tmp_path):
    catalog = load_catalog(builtin_routines_dir(), tmp_path / "nope")
    assert catalog.errors == () and len(catalog.routines) >= 5


def test_builtin_lengths_are_short_and_modest():
    """Every built-in set stays well under 15 minutes (DOMAIN: keep the daily total modest)."""
    for routine in load_catalog(builtin_routines_dir()).routines:
        assert 60 <= Timeline.from_routine(routine).total_s <= 5 * 60
