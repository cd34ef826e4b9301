"""The programme file: the shipped one loads with the figures of the sources, and a wrong one names its field."""

from __future__ import annotations

import json

import pytest
from programme_kit import CATALOG, PROGRAMME

from trainer.core.programme_file import ProgrammeError, load_programme
from trainer.paths import resource

SHIPPED = json.loads(resource("programmes", "default.json").read_text(encoding="utf-8"))


def test_the_shipped_programme_has_the_sources_figures():
    assert (PROGRAMME.start_s, PROGRAMME.step_s, PROGRAMME.min_s) == (5.0, 1.0, 3.0)
    assert PROGRAMME.max_s == {"hold-drop": 10.0, "hold-squeeze": 10.0}
    assert (PROGRAMME.comfortable_rating, PROGRAMME.steady_rating, PROGRAMME.ease_rating) == (3, 4, 6)
    assert PROGRAMME.max_daily_minutes < 15 and PROGRAMME.min_rest_share >= 1
    assert CATALOG.get(PROGRAMME.ease_routine_id).kind == "breath"


def test_every_rule_explains_itself():
    sections = [SHIPPED, *SHIPPED["tracks"]]
    sections += [value for value in SHIPPED.values() if isinstance(value, dict)]
    assert all(section["about"].strip() for section in sections)


def write(tmp_path, data) -> object:
    path = tmp_path / "programme.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def changed(section: str, key: str, value):
    data = json.loads(json.dumps(SHIPPED))
    data[section][key] = value
    return data


@pytest.mark.parametrize("data, field", [
    ({**SHIPPED, "format": 2}, "format"),
    (changed("hold", "start_s", 2), "hold.start_s"),
    (changed("hold", "step_s", "1"), "hold.step_s"),
    (changed("daily", "max_minutes", 15), "daily.max_minutes"),
    (changed("rest", "min_share_of_hold", 0.5), "rest.min_share_of_hold"),
    (changed("steady", "min_rating", 3), "steady.min_rating"),
    (changed("ease", "min_rating", 4), "ease.min_rating"),
    (changed("progress", "about", " "), "progress.about"),
    ({key: value for key, value in SHIPPED.items() if key != "ease"}, "ease"),
    ({**SHIPPED, "tracks": [{"phase": "squeeze", "max_s": 10, "about": "x"}]}, "tracks[0].phase"),
    ({**SHIPPED, "tracks": [{"phase": "hold-drop", "max_s": 4, "about": "x"}]}, "tracks[0].max_s"),
])
def test_a_wrong_programme_is_rejected_naming_the_field(tmp_path, data, field):
    with pytest.raises(ProgrammeError) as caught:
        load_programme(write(tmp_path, data))
    assert caught.value.field == field
    assert str(caught.value).startswith("programme.json: " + field + ": ")


def test_a_file_that_is_not_json_is_rejected(tmp_path):
    path = tmp_path / "programme.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(ProgrammeError, match="is not valid JSON"):
        load_programme(path)
