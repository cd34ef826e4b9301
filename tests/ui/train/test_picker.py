"""The routine picker: filters, cards with computed lengths, keyboard navigation, and selection by id."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from trainer.ui.train.picker import META_ROLE, RoutinePicker, routine_length_s
from trainer.ui.words import format_duration

EXPECTED = {
    "all": ["reverse-kegel-women", "reverse-kegel-men", "breath-drop", "kegel-women", "kegel-men",
            "kegel-and-reverse"],
    "men": ["reverse-kegel-men", "breath-drop", "kegel-men", "kegel-and-reverse"],
    "women": ["reverse-kegel-women", "breath-drop", "kegel-women", "kegel-and-reverse"],
    "breath": ["breath-drop"],
    "strength": ["kegel-women", "kegel-men", "kegel-and-reverse"],
}


@pytest.fixture
def picker(qtbot, catalog):
    widget = RoutinePicker(catalog.routines)
    qtbot.addWidget(widget)
    widget.resize(380, 500)
    return widget


@pytest.mark.parametrize("key", list(EXPECTED))
def test_each_filter_shows_the_right_routines(qtbot, picker, key):
    """Men and Women include the routines for everyone; Strength is Kegels and the combined routine."""
    qtbot.mouseClick(picker.filter_buttons[key], Qt.MouseButton.LeftButton)
    assert picker.current_filter() == key
    assert picker.filter_buttons[key].isChecked()
    assert picker.visible_ids() == EXPECTED[key]


def test_filter_chips_are_exclusive_and_named_for_screen_readers(picker):
    picker.set_filter("women")
    assert [key for key, chip in picker.filter_buttons.items() if chip.isChecked()] == ["women"]
    assert all(chip.accessibleName() for chip in picker.filter_buttons.values())
    assert picker.list.accessibleName() == "Routines"


def test_each_card_shows_who_it_is_for_and_its_true_length(picker, catalog):
    """Women's reverse Kegels: 5 s lead-in + 10 reps of 3 + 5 + 5 s = 135 s."""
    item = picker.list.item(0)
    assert item.text() == "Reverse Kegels for women"
    assert item.data(META_ROLE) == "For women · 2 min 15 s"
    assert "Let the pelvic floor drop" in item.data(Qt.ItemDataRole.AccessibleTextRole)
    assert routine_length_s(catalog.get("reverse-kegel-women")) == 135.0
    everyone = picker.list.item(EXPECTED["all"].index("breath-drop"))
    assert everyone.data(META_ROLE).startswith("For everyone · ")


def test_the_keyboard_moves_through_the_visible_routines(qtbot, picker):
    picker.set_filter("strength")
    chosen = []
    picker.routine_selected.connect(lambda routine: chosen.append(routine.id))
    picker.select("kegel-women")
    picker.list.setFocus()
    qtbot.keyClick(picker.list, Qt.Key.Key_Down)
    qtbot.keyClick(picker.list, Qt.Key.Key_Down)
    assert chosen == ["kegel-women", "kegel-men", "kegel-and-reverse"]
    assert picker.current_routine().id == "kegel-and-reverse"


def test_selecting_a_routine_the_filter_hides_shows_all_again(picker):
    picker.set_filter("breath")
    assert picker.select("kegel-men")
    assert picker.current_filter() == "all"
    assert picker.current_routine().id == "kegel-men"


def test_selecting_an_unknown_routine_changes_nothing(picker):
    picker.select("breath-drop")
    assert not picker.select("no-such-routine")
    assert picker.current_routine().id == "breath-drop"


def test_cards_are_compact_and_the_list_asks_for_just_their_height(picker):
    """One line per card: the list wants the height of the cards the filter shows, and no more."""
    heights = {picker.list.visualItemRect(picker.list.item(row)).height() for row in range(picker.list.count())}
    [height] = heights
    assert 30 < height < 50
    assert picker.list.sizeHint().height() == 6 * height
    picker.set_filter("strength")
    assert picker.list.sizeHint().height() == 3 * height
    assert picker.list.minimumSizeHint().height() == 2 * height


def test_each_card_paints_its_title_and_length_on_the_palette(picker):
    """The selected card is tinted with the accent; a plain card keeps the quiet window tones."""
    picker.show()
    picker.select("reverse-kegel-women")
    image = picker.list.viewport().grab().toImage()
    first, second = (picker.list.visualItemRect(picker.list.item(row)) for row in (0, 1))
    accent = picker.palette().highlight().color()
    tinted = image.pixelColor(first.center().x(), first.top() + 6)
    plain = image.pixelColor(second.center().x(), second.top() + 6)
    assert abs(tinted.hueF() - accent.hueF()) < 0.05 and tinted.saturationF() > plain.saturationF()


@pytest.mark.parametrize("seconds, text", [(0, "0 s"), (45, "45 s"), (60, "1 min"), (135, "2 min 15 s"),
                                           (134.6, "2 min 15 s"), (600, "10 min")])
def test_durations_read_naturally(seconds, text):
    assert format_duration(seconds) == text
