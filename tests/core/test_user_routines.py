"""The person's own routines: save, delete, and `routine import` / `routine export`, with their refusals."""

from __future__ import annotations

import json
import stat
from dataclasses import replace

import pytest
from routine_factory import make_routine, routine_data

from trainer.app import main
from trainer.core.routine_json import routine_file_bytes
from trainer.core.routines import load_catalog
from trainer.core.user_routines import RoutineFileError, delete_user_routine, save_user_routine
from trainer.paths import builtin_routines_dir


def catalog(data_dir):
    return load_catalog(builtin_routines_dir(), data_dir / "routines")


def one_error_line(capsys) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Traceback" not in err[0], err
    return err[0]


def test_a_saved_routine_loads_back_from_the_data_folder_private(tmp_path):
    saved = save_user_routine(make_routine(), tmp_path / "routines", catalog(tmp_path))
    assert saved.path == tmp_path / "routines" / "test-routine.json"
    assert stat.S_IMODE(saved.path.stat().st_mode) == 0o600
    assert catalog(tmp_path).get("test-routine") == saved


def test_saving_under_a_built_in_id_is_refused(tmp_path):
    with pytest.raises(RoutineFileError, match="built-in"):
        save_user_routine(make_routine(id="breath-drop"), tmp_path / "routines", catalog(tmp_path))
    assert not (tmp_path / "routines").exists()


def test_renaming_an_edited_routine_replaces_its_file(tmp_path):
    user_dir = tmp_path / "routines"
    first = save_user_routine(make_routine(), user_dir, catalog(tmp_path))
    with pytest.raises(RoutineFileError, match="another of your routines"):
        save_user_routine(make_routine(title="Other"), user_dir, catalog(tmp_path))
    renamed = save_user_routine(make_routine(id="mine"), user_dir, catalog(tmp_path),
                                replaces=catalog(tmp_path).get(first.id))
    assert sorted(path.name for path in user_dir.iterdir()) == ["mine.json"]
    assert catalog(tmp_path).get("mine") == renamed
    edited = save_user_routine(make_routine(id="mine", title="Edited"), user_dir, catalog(tmp_path),
                               replaces=catalog(tmp_path).get("mine"))
    assert catalog(tmp_path).get("mine") == edited and edited.title == "Edited"


def test_only_user_routines_can_be_deleted(tmp_path):
    saved = save_user_routine(make_routine(), tmp_path / "routines", catalog(tmp_path))
    with pytest.raises(RoutineFileError, match="cannot be deleted"):
        delete_user_routine(catalog(tmp_path).get("breath-drop"))
    assert (builtin_routines_dir() / "30-breath-drop.json").exists()
    delete_user_routine(saved)
    assert catalog(tmp_path).get("test-routine") is None


def test_export_then_import_round_trips_through_the_command_line(tmp_path, capsys):
    """A built-in exported, given a new id and imported comes back equal, and the copy is the file's bytes."""
    data = tmp_path / "data"
    exported = tmp_path / "out.json"
    assert main(["routine", "export", "reverse-kegel-men", str(exported), "--data-dir", str(data)]) == 0
    original = catalog(data).get("reverse-kegel-men")
    assert exported.read_bytes() == routine_file_bytes(original)
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600
    mine = json.loads(exported.read_text(encoding="utf-8")) | {"id": "my-men"}
    source = tmp_path / "mine.json"
    source.write_text(json.dumps(mine) + "\n", encoding="utf-8")
    assert main(["routine", "import", str(source), "--data-dir", str(data)]) == 0
    assert (data / "routines" / "my-men.json").read_bytes() == source.read_bytes()
    assert catalog(data).get("my-men") == replace(original, id="my-men", builtin=False)
    assert main(["routine", "import", str(source), "--data-dir", str(data)]) == 0
    assert "unchanged" in capsys.readouterr().err


def test_import_refuses_a_built_in_id(tmp_path, capsys):
    source = tmp_path / "clash.json"
    source.write_text(json.dumps(routine_data(id="kegel-women")), encoding="utf-8")
    assert main(["routine", "import", str(source), "--data-dir", str(tmp_path / "data")]) == 2
    assert "'kegel-women' is the id of a built-in routine" in one_error_line(capsys)


def test_import_refuses_a_different_routine_with_the_same_id(tmp_path, capsys):
    data = tmp_path / "data"
    save_user_routine(make_routine(), data / "routines", catalog(data))
    source = tmp_path / "other.json"
    source.write_text(json.dumps(routine_data(title="Another one")), encoding="utf-8")
    assert main(["routine", "import", str(source), "--data-dir", str(data)]) == 2
    assert "already the id of another of your routines" in one_error_line(capsys)
    assert catalog(data).get("test-routine").title == "Test routine"


def test_import_never_overwrites_a_damaged_file_of_the_same_name(tmp_path, capsys):
    data = tmp_path / "data"
    (data / "routines").mkdir(parents=True)
    (data / "routines" / "test-routine.json").write_text("{ half written", encoding="utf-8")
    source = tmp_path / "new.json"
    source.write_text(json.dumps(routine_data()), encoding="utf-8")
    assert main(["routine", "import", str(source), "--data-dir", str(data)]) == 2
    assert "already exists" in one_error_line(capsys)
    assert (data / "routines" / "test-routine.json").read_text(encoding="utf-8") == "{ half written"


def test_import_rejects_an_invalid_file_with_the_loaders_message(tmp_path, capsys):
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(routine_data(kind="yoga")), encoding="utf-8")
    assert main(["routine", "import", str(source), "--data-dir", str(tmp_path / "data")]) == 2
    assert one_error_line(capsys).endswith(
        "bad.json: kind: must be one of: reverse-kegel, breath, kegel, combined")


@pytest.mark.parametrize("arguments, says", [
    (["routine", "export", "nope", "{tmp}/x.json"], "there is no routine 'nope'"),
    (["routine", "export", "breath-drop", "{tmp}/missing/x.json"], "does not exist"),
    (["routine", "export", "breath-drop", "{tmp}"], "it is a folder"),
    (["routine"], "routine_command"),
])
def test_routine_command_mistakes_are_one_line(tmp_path, capsys, arguments, says):
    arguments = [item.format(tmp=tmp_path) for item in arguments] + ["--data-dir", str(tmp_path / "data")]
    assert main(arguments) == 2
    assert says in one_error_line(capsys)
