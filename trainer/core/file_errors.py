"""The error of a data file that cannot be used, said the way a person can fix it: the file, the field, what."""

from __future__ import annotations

from pathlib import Path


class FileFieldError(ValueError):
    """A file that cannot be used: ``path`` and ``field`` say where, ``message`` says what."""

    def __init__(self, path: Path | str, field: str, message: str) -> None:
        self.path = Path(path)
        self.field = field
        self.message = message
        super().__init__(f"{self.path.name}: {field}: {message}")
