"""The cue sounds: committed files equal to what the generator makes, within their format and level limits,
and different enough between kinds to be told apart by ear (measured here by pitch)."""

import importlib.util
import math
import struct
import sys
import wave
from pathlib import Path

import pytest

from trainer.core.cues import CUE_KINDS, SOUND_THEMES_WITH_FILES, cue_kind, cue_sound
from trainer.core.phases import PHASES
from trainer.paths import resource

ROOT = Path(__file__).resolve().parents[2]
SEMITONES = [440.0 * 2 ** (n / 12) for n in range(-26, 28)]  # G2 .. C7


def load_generator():
    spec = importlib.util.spec_from_file_location("generate_sounds", ROOT / "tools" / "generate_sounds.py")
    module = importlib.util.module_from_spec(spec)
    # Registered while it runs, as an import would: its dataclasses look their module up by name.
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def read(path: Path):
    """A WAV file's parameters and its samples."""
    with wave.open(str(path), "rb") as file:
        params = file.getparams()
        frames = file.readframes(params.nframes)
    return params, list(struct.unpack(f"<{params.nframes}h", frames))


def pitch(samples: list[int]) -> float:
    """The strongest semitone in a Hann-windowed stretch, by the Goertzel algorithm."""
    size = len(samples)
    windowed = [s * (0.5 - 0.5 * math.cos(2 * math.pi * i / (size - 1))) for i, s in enumerate(samples)]

    def power(frequency: float) -> float:
        coefficient = 2 * math.cos(2 * math.pi * frequency / 44100)
        previous = before = 0.0
        for value in windowed:
            previous, before = value + coefficient * previous - before, previous
        return previous * previous + before * before - coefficient * previous * before

    return max(SEMITONES, key=power)


def all_files():
    return [(theme, kind) for theme in SOUND_THEMES_WITH_FILES for kind in CUE_KINDS]


def test_the_committed_sounds_are_what_the_generator_makes(tmp_path):
    """Regenerating into a temporary folder gives byte-identical files: nobody edited a WAV by hand."""
    written = load_generator().generate(tmp_path)
    assert len(written) == len(all_files())
    for theme, kind in all_files():
        assert (tmp_path / theme / f"{kind}.wav").read_bytes() == resource(*cue_sound(theme, kind)).read_bytes()


@pytest.mark.parametrize(("theme", "kind"), all_files())
def test_each_sound_is_short_quiet_mono_and_starts_and_ends_at_silence(theme, kind):
    """44.1 kHz 16-bit mono, at most 1.2 s, peak at or below -6 dBFS, first and last samples zero (no click)."""
    params, samples = read(resource(*cue_sound(theme, kind)))
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 44100)
    assert params.nframes / 44100 <= 1.2
    peak_db = 20 * math.log10(max(abs(s) for s in samples) / 32768)
    assert peak_db <= -6
    assert samples[0] == 0 and samples[-1] == 0
    # The first quarter millisecond stays low: the sound fades in, it does not step.
    assert max(abs(s) for s in samples[:11]) < 0.1 * max(abs(s) for s in samples)


@pytest.mark.parametrize("theme", SOUND_THEMES_WITH_FILES)
def test_the_kinds_of_a_theme_differ_in_pitch_and_the_rest_is_quietest(theme):
    """Within a theme no two kinds share both opening and closing pitch; in rises, out falls; rest is quietest."""
    shapes, peaks = {}, {}
    for kind in CUE_KINDS:
        _, samples = read(resource(*cue_sound(theme, kind)))
        opening = samples[int(0.04 * 44100):int(0.04 * 44100) + 4096]
        closing = samples[-int(0.03 * 44100) - 4096:-int(0.03 * 44100)]
        shapes[kind] = (pitch(opening), pitch(closing))
        peaks[kind] = max(abs(s) for s in samples)
    assert len(set(shapes.values())) == len(CUE_KINDS), shapes
    assert shapes["in"][1] > shapes["in"][0]
    assert shapes["out"][1] < shapes["out"][0]
    assert shapes["end"][1] > shapes["end"][0]
    assert peaks["rest"] < min(peak for kind, peak in peaks.items() if kind != "rest") / 4


def test_every_phase_has_a_cue_by_what_the_body_does():
    """In-breath phases cue "in", out-breath ones "out", holds "hold"; lead-in and set rests "rest"; the end "end"."""
    assert {name: cue_kind("phase", name) for name in PHASES} == {
        "inhale": "in", "drop": "in", "let-go": "in", "exhale": "out", "return": "out",
        "hold-drop": "hold", "hold-squeeze": "hold", "squeeze": "squeeze", "rest": "rest"}
    assert (cue_kind("lead-in", "rest"), cue_kind("set-rest", "rest"), cue_kind("done", "")) == ("rest", "rest", "end")
    with pytest.raises(ValueError):
        cue_kind("interval", "rest")


def test_the_none_theme_is_silent_and_the_others_have_every_file():
    """"none" maps every cue to no sound; "soft" and "bell" have a file for each kind."""
    assert all(cue_sound("none", kind) is None for kind in CUE_KINDS)
    assert all(resource(*cue_sound(theme, kind)).is_file() for theme, kind in all_files())
