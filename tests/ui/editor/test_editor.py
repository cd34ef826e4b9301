"""The routine editor: a routine made through its widgets is the file the loader reads back, copies and edits
land where they should, and what it shows (length, prescription) follows each edit."""

from __future__ import annotations

from trainer.core.routine_json import routine_file_bytes
from trainer.core.routines import load_catalog, load_routine_file
from trainer.paths import builtin_routines_dir


def builtin(catalog, routine_id="reverse-kegel-women"):
    routine = catalog.get(routine_id)
    assert routine is not None and routine.builtin
    return routine


def test_a_routine_made_in_the_editor_is_saved_as_its_file_and_loads_back_equal(open_editor, library, data_dir):
    editor = open_editor()
    editor.form.title.setText("Evening drop")
    editor.form.summary.setText("Soft drops before bed.")
    editor.form.positions[1].setChecked(True)  # sitting, beside the lying the new routine starts with
    editor.form.sets.setValue(2)
    editor.form.instructions.setPlainText("Lie down.\n\nBreathe into your belly.")
    row = editor.form.blocks[0].rows()[0]
    row.seconds.setValue(4)
    row.cue.setText("Breathe in, let go")
    editor.form.blocks[0].reps.setValue(8)
    assert editor.save.isEnabled()

    editor.save.click()

    path = data_dir / "routines" / "evening-drop.json"
    saved = load_routine_file(path)
    assert path.read_bytes() == routine_file_bytes(saved)
    assert editor.saved == saved
    assert saved.positions == ("lying", "sitting")
    assert saved.instructions == ("Lie down.", "Breathe into your belly.")
    assert saved.sets == 2 and saved.blocks[0].reps == 8
    assert saved.blocks[0].cycle[0].s == 4 and saved.blocks[0].cycle[0].cue == "Breathe in, let go"
    assert library.catalog.get("evening-drop") == saved


def test_a_duplicated_built_in_routine_is_a_new_file_and_the_built_in_is_untouched(open_editor, catalog, data_dir):
    original = builtin(catalog)
    before = original.path.read_bytes()
    editor = open_editor(original, copy=True)
    assert editor.form.title.text() == "Reverse Kegels for women (copy)"

    editor.save.click()

    copy = load_routine_file(data_dir / "routines" / "reverse-kegels-for-women-copy.json")
    assert copy.title == "Reverse Kegels for women (copy)"
    assert copy.blocks == original.blocks and copy.instructions == original.instructions
    assert copy.positions == original.positions and copy.feel == original.feel
    assert original.path.read_bytes() == before


def test_a_built_in_routine_opens_read_only_until_duplicated(open_editor, catalog):
    editor = open_editor(builtin(catalog))
    assert editor.form.title.isReadOnly() and not editor.form.sets.isEnabled()
    assert editor.save.isHidden() and not editor.duplicate.isHidden()
    assert editor.form.add_block.isHidden() and editor.form.blocks[0].add_step.isHidden()
    assert editor.form.blocks[0].rows()[0].remove.isHidden()

    editor.duplicate.click()

    assert not editor.form.title.isReadOnly() and editor.form.sets.isEnabled()
    assert not editor.save.isHidden() and editor.save.isEnabled()
    assert editor.form.title.text().endswith("(copy)")
    assert not editor.form.add_block.isHidden() and not editor.form.blocks[0].rows()[0].remove.isHidden()


def test_editing_a_user_routine_replaces_its_file(open_editor, library, data_dir):
    first = open_editor()
    first.form.title.setText("Mine")
    first.save.click()
    mine = library.catalog.get("mine")

    editor = open_editor(mine)
    editor.form.title.setText("Mine, longer")
    editor.form.blocks[0].reps.setValue(12)
    editor.save.click()

    files = sorted(path.name for path in (data_dir / "routines").iterdir())
    assert files == ["mine.json"]  # an edited routine keeps its id, so it stays the same file
    reloaded = load_catalog(builtin_routines_dir(), data_dir / "routines").get("mine")
    assert reloaded.title == "Mine, longer" and reloaded.blocks[0].reps == 12


def test_a_new_routine_never_takes_an_id_already_used(open_editor, data_dir):
    (data_dir / "routines").mkdir()
    (data_dir / "routines" / "broken.json").write_text("{ not json")
    editor = open_editor()
    editor.form.title.setText("Reverse Kegels for women")
    assert editor.routine_id() == "reverse-kegels-for-women"
    editor.form.title.setText("reverse kegel women")
    assert editor.routine_id() == "reverse-kegel-women-2"  # the built-in's id
    editor.form.title.setText("Broken")
    assert editor.routine_id() == "broken-2"  # a file that failed to load is still the person's


def test_the_total_length_and_the_prescription_follow_edits(open_editor):
    editor = open_editor()
    # The new routine: 5 s lead-in, then 10 reps of 3 + 5 + 5 s.
    assert editor.length.text() == "About 2 min 15 s"
    assert editor.prescription.text() == "Hold 5 s, rest 8 s, repeat 10 times, 3 sets a day"

    editor.form.blocks[0].reps.setValue(5)
    assert editor.length.text() == "About 1 min 10 s"
    editor.form.sets.setValue(2)  # a second set of 65 s after the 60 s rest
    assert editor.length.text() == "About 3 min 15 s"
    editor.form.blocks[0].rows()[1].seconds.setValue(7)
    assert editor.prescription.text() == "Hold 7 s, rest 8 s, repeat 5 times, 3 sets a day"


def test_steps_are_added_moved_and_removed(open_editor):
    editor = open_editor()
    block = editor.form.blocks[0]
    assert [row.phase.currentData() for row in block.rows()] == ["drop", "hold-drop", "return"]

    block.rows()[2].up.click()
    assert [row.phase.currentData() for row in block.rows()] == ["drop", "return", "hold-drop"]
    block.rows()[0].down.click()
    assert [row.phase.currentData() for row in block.rows()] == ["return", "drop", "hold-drop"]
    block.add_step.click()
    assert len(block.rows()) == 4 and block.rows()[3].phase.currentData() == "rest"
    block.rows()[0].remove.click()
    assert [row.phase.currentData() for row in block.rows()] == ["drop", "hold-drop", "rest"]
    assert not block.rows()[0].up.isEnabled() and not block.rows()[2].down.isEnabled()
    assert block.rows()[1].seconds.accessibleName() == "Block 1, step 2: seconds"


def test_blocks_are_added_and_removed_but_one_always_stays(open_editor):
    editor = open_editor()
    assert not editor.form.blocks[0].remove.isEnabled()
    editor.form.add_block.click()
    assert len(editor.form.blocks) == 2 and editor.form.blocks[1].title() == "Block 2"
    assert editor.length.text() == "About 2 min 18 s"  # the new block: one rep of one 3 s step
    editor.form.blocks[0].remove.click()
    assert len(editor.form.blocks) == 1 and editor.form.blocks[0].title() == "Block 1"
    assert editor.length.text() == "About 8 s"
    assert not editor.form.blocks[0].remove.isEnabled()
