"""The user's settings, as kept in ``settings.json``: an immutable value with defaults and validation."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Mapping

SETTINGS_SCHEMA_VERSION = 1
COUPLINGS = ("inhale-release", "exhale-release")
THEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class Settings:
    daily_target_sets: int = 3
    day_start_hour: int = 0
    sound: bool = True
    volume: float = 0.6
    spoken_cues: bool = False
    breath_coupling: str = "inhale-release"
    reduced_motion: bool = False
    theme: str = "system"
    discreet_title: bool = False
    safety_accepted_at: str | None = None
    last_routine_id: str | None = None
    # Per-routine hold length chosen by the user as they progress (routine id -> seconds).
    hold_s: dict[str, float] = field(default_factory=dict)
    window_geometry: str | None = None

    def replace(self, **changes: Any) -> "Settings":
        return dataclasses.replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        data = {"schema_version": SETTINGS_SCHEMA_VERSION}
        data.update(dataclasses.asdict(self))
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "Settings":
        """Build settings from a parsed file, keeping the default for any value that is missing or invalid.

        Settings are preferences, not a record: a bad value falls back to its default rather than failing.
        """
        defaults = cls()
        values: dict[str, Any] = {}
        if not isinstance(data, Mapping):
            return defaults

        def pick(key: str, ok) -> None:
            if key in data and ok(data[key]):
                values[key] = data[key]

        is_int = lambda v: isinstance(v, int) and not isinstance(v, bool)  # noqa: E731
        is_num = lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)  # noqa: E731
        is_bool = lambda v: isinstance(v, bool)  # noqa: E731
        opt_str = lambda v: v is None or isinstance(v, str)  # noqa: E731
        pick("daily_target_sets", lambda v: is_int(v) and 1 <= v <= 20)
        pick("day_start_hour", lambda v: is_int(v) and 0 <= v <= 6)
        pick("sound", is_bool)
        pick("volume", lambda v: is_num(v) and 0 <= v <= 1)
        pick("spoken_cues", is_bool)
        pick("breath_coupling", lambda v: v in COUPLINGS)
        pick("reduced_motion", is_bool)
        pick("theme", lambda v: v in THEMES)
        pick("discreet_title", is_bool)
        pick("safety_accepted_at", opt_str)
        pick("last_routine_id", opt_str)
        pick("window_geometry", opt_str)
        if isinstance(data.get("hold_s"), Mapping):
            values["hold_s"] = {
                str(k): float(v) for k, v in data["hold_s"].items() if is_num(v) and 1 <= v <= 60
            }
        return dataclasses.replace(defaults, **values)
