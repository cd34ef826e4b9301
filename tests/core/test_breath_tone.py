"""The breath-paced tone: pitch up on the in-breath, down on the out-breath, silent ends and silent holds."""

import pytest

from trainer.core.breath_tone import HIGH_HZ, LOW_HZ, MAX_GAIN, breath_tone


def test_the_pitch_rises_through_the_in_breath_and_falls_through_the_out_breath():
    """In: low to high, always climbing; out: the mirror image."""
    steps = [i / 10 for i in range(11)]
    rising = [breath_tone("in", p).frequency_hz for p in steps]
    falling = [breath_tone("out", p).frequency_hz for p in steps]
    assert rising == sorted(rising) and rising[0] == pytest.approx(LOW_HZ) and rising[-1] == pytest.approx(HIGH_HZ)
    assert falling == pytest.approx(rising[::-1])


def test_the_loudness_swells_mid_breath_and_is_silent_at_its_edges():
    """Silent at the start and the end of a breath (no click between breaths), loudest halfway, never above the cap."""
    assert breath_tone("in", 0.0).gain == pytest.approx(0.0)
    assert breath_tone("out", 1.0).gain == pytest.approx(0.0)
    assert breath_tone("in", 0.5).gain == pytest.approx(MAX_GAIN)
    assert all(breath_tone("in", p / 20).gain <= MAX_GAIN for p in range(21))


@pytest.mark.parametrize("breath", ["soft", "even", "free"])
def test_holds_and_rests_are_silent(breath):
    """Only breathing in or out has a tone."""
    assert breath_tone(breath, 0.5) is None


def test_progress_outside_the_segment_is_clamped():
    """A progress a little past either end reads as the end itself."""
    assert breath_tone("in", 1.2) == breath_tone("in", 1.0)
    assert breath_tone("out", -0.1) == breath_tone("out", 0.0)
