"""Every path the app uses: the resources it ships and the folder where the user's data lives.

Resources stay at the top of the source checkout; a wheel carries them inside the package, and a PyInstaller
bundle unpacks them beside the executable. ``resources_dir`` finds them in all three.
"""

from __future__ import annotations

import sys
from pathlib import Path

from trainer import APP_NAME

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_candidates() -> list[Path]:
    """Where resources may be, most specific first: bundle, installed wheel, source checkout."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "trainer" / "resources")
        candidates.append(Path(bundle) / "resources")
    candidates.append(_PACKAGE_DIR / "resources")
    candidates.append(_PACKAGE_DIR.parent / "resources")
    return candidates


def resources_dir() -> Path:
    for candidate in resources_candidates():
        if (candidate / "routines").is_dir():
            return candidate
    searched = ", ".join(str(path) for path in resources_candidates())
    raise FileNotFoundError(f"the app's resources are missing (looked in {searched})")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def builtin_routines_dir() -> Path:
    return resource("routines")


def default_data_dir() -> Path:
    # Imported here so that `--version` and friends stay fast and platformdirs is read only when needed.
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_routines_dir(data_dir: Path) -> Path:
    return data_dir / "routines"
