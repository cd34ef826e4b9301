"""Inline validation: each problem is the loader's message, told beside the field it names, in words and in the
accessible description, and Save waits until there are none."""

from __future__ import annotations

from trainer.core.phases import PHASES
from trainer.core.routine_json import routine_problems
from trainer.core.routines import MAX_REPS, MAX_SESSION_REPS


def test_a_zero_second_step_is_told_beside_it_and_save_waits(open_editor):
    editor = open_editor()
    block = editor.form.blocks[0]
    seconds = block.rows()[1].seconds

    seconds.setValue(0)

    expected = dict(routine_problems(editor.form.data(editor.routine_id())))["blocks[0].cycle[1].s"]
    assert expected == "must be a positive number of seconds"
    assert not editor.save.isEnabled()
    assert seconds.property("problem") is True
    assert seconds.accessibleDescription() == expected
    assert block.steps_problem.isVisibleTo(editor)
    assert block.steps_problem.text() == f"Step 2, seconds: {expected}"
    assert editor.status.text() == "1 field needs attention"
    assert editor.length.text() == "Length: not yet known"

    seconds.setValue(2)

    assert editor.save.isEnabled()
    assert not seconds.property("problem") and seconds.accessibleDescription() == ""
    assert not block.steps_problem.isVisibleTo(editor)
    assert editor.status.text() == ""


def test_an_empty_title_is_named_beside_the_title(open_editor):
    editor = open_editor()
    editor.form.title.setText("   ")
    label = editor.form._problems["title"]
    assert label.isVisibleTo(editor) and label.text() == "Title: is empty"
    assert editor.form.title.accessibleDescription() == "is empty"
    assert not editor.save.isEnabled()


def test_only_a_phase_of_the_vocabulary_can_be_chosen(open_editor):
    editor = open_editor()
    editor.form.add_block.click()
    for block in editor.form.blocks:
        for row in block.rows():
            assert not row.phase.isEditable()
            assert [row.phase.itemData(i) for i in range(row.phase.count())] == list(PHASES)
    # Shown by their human names, not the file's words.
    names = [editor.form.blocks[0].rows()[0].phase.itemText(i) for i in range(len(PHASES))]
    assert "Hold the drop" in names and "hold-drop" not in names


def test_too_many_reps_in_a_block_get_the_loaders_cap_message(open_editor):
    editor = open_editor()
    block = editor.form.blocks[0]
    block.reps.setValue(MAX_REPS + 1)
    assert block.reps_problem.text() == f"Times to repeat: must be a whole number from 1 to {MAX_REPS}"
    assert block.reps.accessibleDescription() == f"must be a whole number from 1 to {MAX_REPS}"
    assert not editor.save.isEnabled()


def test_too_many_reps_in_a_session_are_told_under_the_blocks(open_editor):
    editor = open_editor()
    for row in editor.form.blocks[0].rows():
        row.seconds.setValue(0.1)  # short enough that the length stays within its own cap
    editor.form.sets.setValue(20)
    editor.form.blocks[0].reps.setValue(MAX_REPS)  # 20 sets of 100 reps: twice the session's cap
    assert editor.form.blocks_problem.isVisibleTo(editor)
    assert editor.form.blocks_problem.text() == f"Blocks: make more than {MAX_SESSION_REPS} reps in a session"
    assert not editor.save.isEnabled()


def test_a_problem_elsewhere_never_marks_the_fields_that_are_right(open_editor):
    editor = open_editor()
    editor.form.blocks[0].rows()[0].cue.setText("")
    row = editor.form.blocks[0].rows()[0]
    assert row.cue.property("problem") is True
    assert not row.seconds.property("problem") and not editor.form.title.property("problem")
    assert not editor.form.blocks[0].reps.property("problem")
