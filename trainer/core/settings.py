"""The user's settings, as kept in ``settings.json``: an immutable value with defaults and validation."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Mapping

SETTINGS_SCHEMA_VERSION = 1
COUPLINGS = ("inhale-release", "exhale-release")
THEMES = ("system", "light", "dark")
SOUND_THEMES = ("soft", "bell", "none")
LANGUAGES = ("system", "en", "de", "es", "fr")
TEXT_SCALES = (1.0, 1.25, 1.5)


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
    # Local times "HH:MM"; reminders are off (empty) until the person turns them on.
    reminders: tuple[str, ...] = ()
    close_to_tray: bool = False
    start_at_login: bool = False
    sound_theme: str = "soft"
    language: str = "system"
    text_scale: float = 1.0
    sync_folder: str | None = None
    self_timed_holds: bool = False

    def replace(self, **changes: Any) -> "Settings":
        return dataclasses.replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        data = {"schema_version": SETTINGS_SCHEMA_VERSION}
        data.update(dataclasses.asdict(self))
        data["reminders"] = list(self.reminders)
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
        pick("close_to_tray", is_bool)
        pick("start_at_login", is_bool)
        pick("sound_theme", lambda v: v in SOUND_THEMES)
        pick("language", lambda v: v in LANGUAGES)
        pick("text_scale", lambda v: v in TEXT_SCALES)
        pick("sync_folder", opt_str)
        pick("self_timed_holds", is_bool)
        reminders = data.get("reminders")
        if isinstance(reminders, list) and all(is_reminder_time(v) for v in reminders):
            values["reminders"] = tuple(sorted(set(reminders)))
        if isinstance(data.get("hold_s"), Mapping):
            values["hold_s"] = {
                str(k): float(v) for k, v in data["hold_s"].items() if is_num(v) and 1 <= v <= 60
            }
        return dataclasses.replace(defaults, **values)


def is_reminder_time(value: Any) -> bool:
    """A local time of day written "HH:MM", as reminders are kept."""
    if not isinstance(value, str) or len(value) != 5 or value[2] != ":":
        return False
    hours, minutes = value[:2], value[3:]
    return (hours.isdigit() and minutes.isdigit()
            and 0 <= int(hours) <= 23 and 0 <= int(minutes) <= 59)
