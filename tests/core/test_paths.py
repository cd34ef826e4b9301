"""Finding the shipped resources from each layout the app runs in: source checkout, installed wheel, PyInstaller bundle.

The real wheel and bundle are built and started by `.ci/packaging.sh`; these tests pin the search order that
makes each of them work, using temporary folders shaped like each layout.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import trainer
from trainer import APP_NAME, paths

CHECKOUT = Path(trainer.__file__).resolve().parent.parent


def _resources_in(folder: Path) -> Path:
    """Make ``folder`` look like a resources dir (what ``resources_dir`` recognises it by) and return it."""
    (folder / "routines").mkdir(parents=True)
    return folder


@pytest.fixture
def no_bundle(monkeypatch):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)


@pytest.fixture
def fake_package(monkeypatch, tmp_path) -> Path:
    """An installed ``trainer`` package in a temporary site-packages, with no resources yet."""
    package = tmp_path / "site-packages" / "trainer"
    package.mkdir(parents=True)
    monkeypatch.setattr(paths, "_PACKAGE_DIR", package)
    return package


def test_source_checkout_finds_the_top_level_resources(no_bundle):
    """Run from the checkout, the resources are the top-level folder beside the package."""
    assert paths.resources_dir() == CHECKOUT / "resources"
    assert paths.builtin_routines_dir() == CHECKOUT / "resources" / "routines"


def test_source_checkout_ships_the_builtin_routines(no_bundle):
    """The folder found holds the six built-in routine files."""
    assert len(list(paths.builtin_routines_dir().glob("*.json"))) >= 6


def test_without_a_bundle_the_package_comes_before_its_parent(no_bundle):
    """The wheel layout (inside the package) is tried before the checkout layout (beside it)."""
    package = Path(paths.__file__).resolve().parent
    assert paths.resources_candidates() == [package / "resources", package.parent / "resources"]


def test_installed_wheel_uses_the_resources_inside_the_package(no_bundle, fake_package):
    """An installed wheel carries resources as trainer/resources; a stray site-packages/resources is ignored."""
    inside = _resources_in(fake_package / "resources")
    _resources_in(fake_package.parent / "resources")
    assert paths.resources_dir() == inside


def test_a_folder_without_routines_is_not_taken_for_resources(no_bundle, fake_package):
    """A half-installed resources folder (no routines/) is skipped in favour of the next candidate."""
    (fake_package / "resources" / "icons").mkdir(parents=True)
    beside = _resources_in(fake_package.parent / "resources")
    assert paths.resources_dir() == beside


def test_bundle_candidates_come_first(monkeypatch, tmp_path, fake_package):
    """Inside a PyInstaller bundle, the unpacked folder is searched before any package location."""
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert paths.resources_candidates() == [
        tmp_path / "bundle" / "trainer" / "resources",
        tmp_path / "bundle" / "resources",
        fake_package / "resources",
        fake_package.parent / "resources",
    ]


def test_bundle_finds_resources_where_the_spec_puts_them(monkeypatch, tmp_path, fake_package):
    """The PyInstaller spec copies resources to <_MEIPASS>/trainer/resources; that copy wins over the others."""
    bundle = tmp_path / "bundle"
    in_bundle = _resources_in(bundle / "trainer" / "resources")
    _resources_in(fake_package / "resources")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert paths.resources_dir() == in_bundle
    assert paths.resource("icons", "app.svg") == in_bundle / "icons" / "app.svg"


def test_bundle_with_top_level_resources_is_found_too(monkeypatch, tmp_path, fake_package):
    """A bundle built with resources at its top level (<_MEIPASS>/resources) still works."""
    bundle = tmp_path / "bundle"
    top_level = _resources_in(bundle / "resources")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert paths.resources_dir() == top_level


def test_missing_resources_raise_an_error_naming_every_place_searched(no_bundle, fake_package):
    """With no resources anywhere, the error lists each folder looked in, so a broken install is diagnosable."""
    with pytest.raises(FileNotFoundError) as raised:
        paths.resources_dir()
    message = str(raised.value)
    assert str(fake_package / "resources") in message
    assert str(fake_package.parent / "resources") in message


def test_user_routines_live_in_the_data_dir(tmp_path):
    """User routines sit in <data dir>/routines, beside history and settings."""
    assert paths.user_routines_dir(tmp_path) == tmp_path / "routines"


def test_default_data_dir_follows_xdg_data_home(monkeypatch, tmp_path):
    """On Linux the default data folder is $XDG_DATA_HOME/pelvic-floor-trainer."""
    if not sys.platform.startswith("linux"):
        pytest.skip("XDG folders apply on Linux only")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert paths.default_data_dir() == tmp_path / APP_NAME
