"""The user's settings, as kept in ``settings.json``: an immutable value with defaults and validation.

Settings read from a file remember that file's mapping. Saving rewrites only the values that were changed
since: a value this version ignored (out of range, or a key it does not know) stays exactly as it was in
the file, and a file from a newer schema keeps its version, so an older app never downgrades it.
"""

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
    """The person's settings, as kept in ``settings.json``; every field has a sensible default."""

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
    # The mapping these settings were read from ({} for new ones), and the keys whose values were ignored.
    source: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)
    ignored: tuple[str, ...] = field(default=(), compare=False)

    def replace(self, **changes: Any) -> "Settings":
        return dataclasses.replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        """The file's mapping: as it was read, with every value changed since then written over it."""
        as_read = Settings.from_json(self.source) if self.source else None
        version = self.source.get("schema_version")
        newer = type(version) is int and version > SETTINGS_SCHEMA_VERSION
        data = {**self.source, "schema_version": version if newer else SETTINGS_SCHEMA_VERSION}
        for name in _SAVED_FIELDS:
            value = getattr(self, name)
            if as_read is not None and name in self.source and getattr(as_read, name) == value:
                continue
            data[name] = list(value) if name == "reminders" else dict(value) if name == "hold_s" else value
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "Settings":
        """Build settings from a parsed file, keeping the default for any value that is missing or invalid.

        Settings are preferences, not a record: a bad value falls back to its default rather than failing.
        """
        defaults = cls()
        values: dict[str, Any] = {}
        ignored: list[str] = []
        if not isinstance(data, Mapping):
            return defaults

        def pick(key: str, ok) -> None:
            if key in data:
                if ok(data[key]):
                    values[key] = data[key]
                else:
                    ignored.append(key)

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
        pick("reminders", lambda v: isinstance(v, list) and all(is_reminder_time(t) for t in v))
        if "reminders" in values:
            values["reminders"] = tuple(sorted(set(values["reminders"])))
        holds = data.get("hold_s")
        if isinstance(holds, Mapping):
            values["hold_s"] = {str(k): float(v) for k, v in holds.items() if is_num(v) and 1 <= v <= 60}
        if "hold_s" in data and (not isinstance(holds, Mapping) or len(values["hold_s"]) != len(holds)):
            ignored.append("hold_s")
        return dataclasses.replace(defaults, **values, source=dict(data), ignored=tuple(ignored))


_SAVED_FIELDS = tuple(f.name for f in dataclasses.fields(Settings) if f.name not in ("source", "ignored"))


def is_reminder_time(value: Any) -> bool:
    """A local time of day written "HH:MM", as reminders are kept."""
    if not isinstance(value, str) or len(value) != 5 or value[2] != ":":
        return False
    hours, minutes = value[:2], value[3:]
    return (hours.isdigit() and minutes.isdigit()
            and 0 <= int(hours) <= 23 and 0 <= int(minutes) <= 59)
