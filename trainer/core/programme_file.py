"""The programme file: every number the hold progression uses, validated on load.

A physiotherapist can read ``resources/programmes/default.json``: each rule carries an ``about`` text. A file
that is wrong is rejected with a message naming the file and the field, as routine files are.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from trainer.core.file_errors import FileFieldError
from trainer.core.i18n import tr

PROGRAMME_FORMAT = 1
# DOMAIN: keep the daily total well under 15 minutes; a file may tighten the cap, never reach it.
DAILY_CEILING_MINUTES = 15
MAX_RATING = 10


class ProgrammeError(FileFieldError):
    """A programme file that cannot be used: ``path`` and ``field`` say where, ``message`` says what."""


@dataclass(frozen=True)
class Programme:
    """The programme's numbers and texts, read from ``resources/programmes/default.json``."""

    start_s: float
    step_s: float
    min_s: float
    max_s: Mapping[str, float]  # hold phase ("hold-drop", "hold-squeeze") -> its longest hold
    progress_sessions: int
    progress_days: int
    comfortable_rating: int  # ratings up to this count as comfortable
    days_since_step: int
    min_self_timed_share: float
    steady_rating: int  # ratings from this up keep the level
    steady_sessions: int
    ease_rating: int  # ratings from this up ease off
    ease_routine_id: str
    ease_advice: str
    min_rest_share: float
    max_daily_minutes: float


def load_programme(path: Path) -> Programme:
    """Read and validate a programme file; raises ``ProgrammeError`` naming the first bad field."""
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as error:
        raise ProgrammeError(path, "file", tr("cannot be read ({reason})").format(reason=error.strerror)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ProgrammeError(path, "file", tr("is not valid JSON ({reason})").format(reason=error)) from None
    return parse_programme(data, path)


def parse_programme(data: Any, path: Path) -> Programme:
    top = _Section(path, data, "")
    if top.get("format", int) != PROGRAMME_FORMAT:
        raise top.fail("format", tr("unknown format {format}").format(format=data["format"]))
    top.text("about")
    hold, progress, steady = top.section("hold"), top.section("progress"), top.section("steady")
    ease, rest, daily = top.section("ease"), top.section("rest"), top.section("daily")
    min_s = hold.number("min_s", low=1, high=60)
    start_s = hold.number("start_s", low=min_s, high=60)
    tracks = top.get("tracks", list)
    if not tracks:
        raise top.fail("tracks", tr("needs at least one track"))
    max_s: dict[str, float] = {}
    for index, item in enumerate(tracks):
        track = _Section(path, item, f"tracks[{index}]")
        phase = track.text("phase")
        if phase not in ("hold-drop", "hold-squeeze") or phase in max_s:
            raise track.fail("phase", tr("must be 'hold-drop' or 'hold-squeeze', once each"))
        max_s[phase] = track.number("max_s", low=start_s, high=60)
    comfortable = progress.count("max_rating", 0, MAX_RATING)
    steady_rating = steady.count("min_rating", comfortable + 1, MAX_RATING)
    return Programme(
        start_s=start_s,
        step_s=hold.number("step_s", low=0.5, high=10),
        min_s=min_s,
        max_s=max_s,
        progress_sessions=progress.count("sessions", 1, 100),
        progress_days=progress.count("days", 1, 100),
        comfortable_rating=comfortable,
        days_since_step=progress.count("days_since_step", 0, 365),
        min_self_timed_share=progress.number("min_self_timed_share", low=0, high=1),
        steady_rating=steady_rating,
        steady_sessions=steady.count("sessions", 0, 100),
        ease_rating=ease.count("min_rating", steady_rating + 1, MAX_RATING),
        ease_routine_id=ease.text("routine"),
        ease_advice=ease.text("advice"),
        # Rest shorter than the hold is never allowed (DOMAIN), so the share starts at 1.
        min_rest_share=rest.number("min_share_of_hold", low=1, high=10),
        max_daily_minutes=daily.number("max_minutes", low=1, high=DAILY_CEILING_MINUTES, below_high=True),
    )


class _Section:
    """One JSON object of the file; every section but the top must explain itself in ``about``."""

    def __init__(self, path: Path, data: Any, where: str) -> None:
        self.path, self.where = path, where
        if not isinstance(data, Mapping):
            raise ProgrammeError(path, where or "file", tr("must be a JSON object"))
        self.data = data

    def fail(self, key: str, message: str) -> ProgrammeError:
        return ProgrammeError(self.path, f"{self.where}.{key}" if self.where else key, message)

    def get(self, key: str, kind: type) -> Any:
        if key not in self.data:
            raise self.fail(key, tr("is missing"))
        value = self.data[key]
        if isinstance(value, bool) or not isinstance(value, kind):
            raise self.fail(key, tr("has the wrong type"))
        return value

    def section(self, key: str) -> "_Section":
        if key not in self.data:
            raise self.fail(key, tr("is missing"))
        section = _Section(self.path, self.data[key], key)
        section.text("about")
        return section

    def text(self, key: str) -> str:
        value = self.get(key, str)
        if not value.strip():
            raise self.fail(key, tr("is empty"))
        return value

    def number(self, key: str, *, low: float, high: float, below_high: bool = False) -> float:
        value = self.get(key, (int, float))
        if not math.isfinite(value) or value < low or value > high or (below_high and value == high):
            limit = tr("under {high}") if below_high else tr("at most {high}")
            raise self.fail(key, tr("must be a number from {low}, {limit}").format(
                low=_show(low), limit=limit.format(high=_show(high))))
        return float(value)

    def count(self, key: str, low: int, high: int) -> int:
        value = self.get(key, int)
        if not low <= value <= high:
            raise self.fail(key, tr("must be a whole number from {low} to {high}").format(low=low, high=high))
        return value


def _show(number: float) -> str:
    return f"{number:g}"
