"""Fixtures for the routine editor's tests: a library over the test's data folder, and an editor built on it."""

from __future__ import annotations

import pytest

from trainer.ui.editor.dialog import RoutineEditor
from trainer.ui.editor.library import RoutineLibrary


@pytest.fixture
def library(catalog, data_dir):
    return RoutineLibrary(catalog, data_dir)


@pytest.fixture
def open_editor(qtbot, library, clock):
    """Build an editor the way the app does (new, a copy, or an edit), on the test's fake clock."""

    def make(routine=None, *, copy=False, daily_sets=3) -> RoutineEditor:
        editor = RoutineEditor(library, routine, copy=copy, daily_sets=daily_sets, clock=clock)
        qtbot.addWidget(editor)
        return editor

    return make
