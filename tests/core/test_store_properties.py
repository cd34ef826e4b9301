"""Property: whatever truncation or bit flips hit a good history.json, opening never crashes and never loses
the original bytes: either the file is unchanged (and loaded), or a corrupt-* file holds it exactly."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from store_testkit import WallClock, history_document, make_record, write_json, written_by_store

from trainer.core.store import Store

RECORDS = [make_record(1, note="first — ok"), make_record(2, outcome="stopped"), make_record(3, discomfort=4)]


def good_files() -> list[bytes]:
    """The store's own layout, and a hand-edited one, of the same history."""
    with tempfile.TemporaryDirectory() as scratch:
        own = written_by_store(Path(scratch) / "own", RECORDS)
        edited = write_json(Path(scratch) / "edited.json", history_document(RECORDS), indent=2)
    return [own, edited]


GOOD_FILES = good_files()


@st.composite
def damaged_files(draw) -> bytes:
    data = bytearray(draw(st.sampled_from(GOOD_FILES)))
    if draw(st.booleans()):
        del data[draw(st.integers(0, len(data) - 1)):]
    for _ in range(draw(st.integers(0, 3))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] ^= 1 << draw(st.integers(0, 7))
    return bytes(data)


def files_named(folder: Path, pattern: str) -> list[bytes]:
    return [path.read_bytes() for path in folder.glob(pattern)]


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(raw=damaged_files(), with_backup=st.booleans())
def test_opening_a_damaged_history_never_crashes_or_loses_bytes(raw, with_backup):
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        if with_backup:
            (folder / "backups").mkdir()
            (folder / "backups" / "history-2026-03-28.json").write_bytes(GOOD_FILES[0])
        (folder / "history.json").write_bytes(raw)

        store = Store.open(folder, wall_now=WallClock())

        kinds = [notice.kind for notice in store.notices]
        corrupt = files_named(folder, "history.json.corrupt-*")
        if corrupt:
            assert corrupt == [raw]
            assert kinds == (["restored-backup"] if with_backup else ["corrupt-no-backup"])
            assert store.sessions == (tuple(RECORDS) if with_backup else ())
        else:
            assert (folder / "history.json").read_bytes() == raw
            # A flipped digit may make one entry out of range: damage to that entry, kept in the file as it is.
            assert kinds in ([], ["newer-schema"], ["damaged-sessions"])
            assert len(store.sessions) == len(RECORDS) or kinds != []
