"""Hostile routine files: however a user file is broken or oversized, it is one clear error naming that file,
the other routines still load, and nothing is expanded before the routine's size is known to be sane."""

from __future__ import annotations

import dataclasses
import json
import os
import tracemalloc
from pathlib import Path

import pytest
from routine_factory import make_routine, routine_data

from trainer.core.routines import MAX_FILE_BYTES, RoutineError, load_catalog, load_routine_file
from trainer.core.timeline import Timeline
from trainer.paths import builtin_routines_dir


def write_bytes(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def valid_json(**changes) -> bytes:
    return json.dumps(routine_data(**changes)).encode("utf-8")


def with_huge_number() -> bytes:
    # Python refuses to convert integers of more than 4,300 digits, with a ValueError that is not a JSONDecodeError.
    return valid_json().replace(b'"sets": 2', b'"sets": ' + b"9" * 5000)


HOSTILE = {
    "deeply-nested.json": b"[" * 100_000 + b"]" * 100_000,  # under the size cap: the parser itself must give up
    "huge-number.json": with_huge_number(),
    "bad-utf8.json": valid_json().replace(b"Test routine", b"Test \xff\xfe routine"),
    "truncated.json": valid_json()[:-20],
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_an_unparsable_file_is_one_error_naming_it(tmp_path, name):
    path = write_bytes(tmp_path, name, HOSTILE[name])
    with pytest.raises(RoutineError) as caught:
        load_routine_file(path)
    assert caught.value.path == path and caught.value.field == "file"
    assert name in str(caught.value)


def test_hostile_files_never_stop_the_others_from_loading(tmp_path):
    user = tmp_path / "routines"
    user.mkdir()
    for name, data in HOSTILE.items():
        write_bytes(user, name, data)
    write_bytes(user, "good.json", valid_json(id="mine"))
    catalog = load_catalog(builtin_routines_dir(), user)
    assert catalog.get("mine") is not None
    assert len([routine for routine in catalog.routines if routine.builtin]) >= 5
    assert sorted(error.path.name for error in catalog.errors) == sorted(HOSTILE)


@pytest.mark.timeout(10)
def test_a_named_pipe_at_a_routine_path_is_refused_without_waiting(tmp_path):
    user = tmp_path / "routines"
    user.mkdir()
    os.mkfifo(user / "pipe.json")
    catalog = load_catalog(builtin_routines_dir(), user)
    assert [(error.path.name, error.message) for error in catalog.errors] == [("pipe.json", "is not a regular file")]


def test_a_folder_or_a_device_is_not_a_routine(tmp_path):
    (tmp_path / "folder.json").mkdir()
    (tmp_path / "zero.json").symlink_to("/dev/zero")
    for name in ("folder.json", "zero.json"):
        with pytest.raises(RoutineError) as caught:
            load_routine_file(tmp_path / name)
        assert caught.value.message == "is not a regular file"


def test_a_file_over_the_size_cap_is_refused_unread(tmp_path):
    path = write_bytes(tmp_path, "big.json", valid_json(summary="x" * MAX_FILE_BYTES))
    with pytest.raises(RoutineError) as caught:
        load_routine_file(path)
    assert "larger than 256 KiB" in caught.value.message


def block(reps: int, steps: int, s: float = 1) -> dict:
    return {"reps": reps, "cycle": [{"phase": "drop", "s": s, "cue": "x"}] * steps}


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"sets": 21}, "sets", "1 to 20"),
        ({"blocks": [block(1, 1)] * 21}, "blocks", "more than 20 blocks"),
        ({"blocks": [block(101, 1)]}, "blocks[0].reps", "1 to 100"),
        ({"blocks": [block(1, 21)]}, "blocks[0].cycle", "more than 20 phases"),
        ({"blocks": [block(1, 1, s=601)]}, "blocks[0].cycle[0].s", "10 minutes"),
        ({"lead_in_s": 601}, "lead_in_s", "10 minutes"),
        ({"rest_between_sets_s": 601}, "rest_between_sets_s", "10 minutes"),
        ({"sets": 2, "blocks": [block(13, 1, s=300)]}, "blocks", "longer than 2 hours"),
        ({"sets": 20, "blocks": [block(51, 1, s=0.1)]}, "blocks", "more than 1000 reps"),
        ({"sets": 10, "blocks": [block(50, 10, s=0.1)]}, "blocks", "more than 4000 phases"),
    ],
)
def test_what_a_routine_asks_for_is_bounded_and_the_field_named(tmp_path, changes, field, words):
    path = write_bytes(tmp_path, "r.json", valid_json(**changes))
    with pytest.raises(RoutineError) as caught:
        load_routine_file(path)
    assert caught.value.field == field
    assert words in caught.value.message


def test_a_session_of_exactly_two_hours_is_accepted(tmp_path):
    # 2 sets of 11 five-minute phases (110 minutes) and a 10-minute rest between them.
    routine = load_routine_file(write_bytes(tmp_path, "r.json", valid_json(
        sets=2, lead_in_s=0, rest_between_sets_s=600, blocks=[block(11, 1, s=300)])))
    assert Timeline.from_routine(routine).total_s == 2 * 3600


HOSTILE_VALID = {
    # The kind of file: valid JSON that the old caps expanded into 25 million segments.
    "old-caps": valid_json(sets=50, blocks=[block(500, 10, s=0.5) for _ in range(100)]),
    # Every single field within its cap, the session far beyond: 800,000 phases.
    "each-field-in-bounds": valid_json(sets=20, blocks=[block(100, 20, s=0.1) for _ in range(20)]),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_VALID))
def test_a_small_file_asking_for_millions_of_phases_is_rejected_before_expanding(tmp_path, name):
    data = HOSTILE_VALID[name]
    assert len(data) < 80_000
    path = write_bytes(tmp_path, "hostile.json", data)
    tracemalloc.start()
    try:
        with pytest.raises(RoutineError):
            load_routine_file(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024


def test_a_routine_built_in_code_is_checked_before_its_timeline_is_expanded():
    huge = dataclasses.replace(make_routine(), sets=10**9)
    with pytest.raises(ValueError, match="phases"):
        Timeline.from_routine(huge)


def test_routine_files_are_read_by_the_data_folder_s_one_bounded_reader(tmp_path, monkeypatch):
    """One reader for every file the app opens (reading.read_regular), so a fix to it covers routines too."""
    from trainer.core import reading, routines

    calls = []

    def spy(path, cap):
        calls.append((path, cap))
        return reading.read_regular(path, cap)

    monkeypatch.setattr(routines, "read_regular", spy)
    path = write_bytes(tmp_path, "ok.json", valid_json())
    assert load_routine_file(path).path == path
    assert calls == [(path, MAX_FILE_BYTES)]
    (tmp_path / "dangling.json").symlink_to(tmp_path / "nowhere")
    with pytest.raises(RoutineError) as caught:
        load_routine_file(tmp_path / "dangling.json")
    assert caught.value.message == "cannot be read (No such file or directory)"
