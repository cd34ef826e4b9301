"""Generate the cue sounds in resources/sounds/<theme>/<kind>.wav, deterministically, from sine partials.

Run ``python tools/generate_sounds.py [OUT_DIR]``; the test suite regenerates them and checks the committed files
are byte for byte the same. Standard library only: ``wave`` and ``math``.

Each kind has its own shape, so a person with closed eyes can tell them apart: in, two notes rising; out, two
falling; hold, one low steady tone; squeeze, a brighter quick double; rest, one very quiet low note; end, three
notes rising. "soft" uses soft tones (a sine with faint overtones), "bell" one bell timbre (inharmonic partials
that die away faster the higher they are), with the same pitch and count patterns.

Every note fades in over a few milliseconds and out to exactly zero, so nothing clicks; every file is 44.1 kHz,
16-bit mono, at most 1.2 s, with its peak at a fixed level no louder than -6 dBFS.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from dataclasses import dataclass
from pathlib import Path

from trainer.core.cues import CUE_KINDS

RATE = 44100
MAX_LENGTH_S = 1.2
FADE_OUT_S = 0.03
CUE_DB = -9.0
REST_DB = -22.0  # a rest asks nothing of the person: barely there

# (frequency ratio, amplitude, how fast it dies relative to the note's decay)
SOFT = ((1.0, 1.0, 1.0), (2.0, 0.12, 1.5), (3.0, 0.04, 2.0))
BRIGHT = ((1.0, 1.0, 1.0), (2.0, 0.35, 1.3), (3.0, 0.18, 1.6), (4.0, 0.08, 2.0))
BELL = ((1.0, 1.0, 1.0), (2.0, 0.5, 1.4), (2.76, 0.35, 2.0), (5.4, 0.15, 3.0), (8.93, 0.06, 4.0))


@dataclass(frozen=True)
class Note:
    start_s: float
    length_s: float
    frequency: float
    gain: float = 1.0
    attack_s: float = 0.012
    decay_s: float = 0.35  # time constant of the exponential decay


G3, A3, C4, E4, G4, C5, D5, E5, G5, C6 = 196.0, 220.0, 261.63, 329.63, 392.0, 523.25, 587.33, 659.25, 783.99, 1046.5

SOFT_NOTES = {
    "in": [Note(0.0, 0.45, G4), Note(0.32, 0.6, D5)],
    "out": [Note(0.0, 0.45, D5), Note(0.32, 0.6, G4)],
    "hold": [Note(0.0, 1.0, A3, attack_s=0.15, decay_s=2.5)],
    "squeeze": [Note(0.0, 0.16, E5, decay_s=0.08), Note(0.2, 0.2, E5, decay_s=0.08)],
    "rest": [Note(0.0, 0.7, G3, attack_s=0.06, decay_s=0.4)],
    "end": [Note(0.0, 0.5, C5), Note(0.28, 0.5, E5), Note(0.56, 0.62, G5, decay_s=0.45)],
}
BELL_NOTES = {
    "in": [Note(0.0, 0.5, C5, attack_s=0.004), Note(0.3, 0.7, G5, attack_s=0.004)],
    "out": [Note(0.0, 0.5, G5, attack_s=0.004), Note(0.3, 0.7, C5, attack_s=0.004)],
    "hold": [Note(0.0, 1.1, C4, attack_s=0.004, decay_s=0.9)],
    "squeeze": [Note(0.0, 0.14, C6, attack_s=0.003, decay_s=0.1), Note(0.14, 0.3, C6, attack_s=0.003, decay_s=0.1)],
    "rest": [Note(0.0, 0.8, E4, attack_s=0.004, decay_s=0.4)],
    "end": [Note(0.0, 0.5, E5, attack_s=0.004), Note(0.3, 0.5, G5, attack_s=0.004),
            Note(0.6, 0.6, C6, attack_s=0.004, decay_s=0.5)],
}
THEMES = {"soft": (SOFT_NOTES, {"squeeze": BRIGHT}, SOFT), "bell": (BELL_NOTES, {}, BELL)}


def render(notes: list[Note], partials, level_db: float) -> list[int]:
    """Mix the notes and scale the mix so that its peak sits exactly at ``level_db``."""
    length = max(round((note.start_s + note.length_s) * RATE) for note in notes)
    mix = [0.0] * length
    for note in notes:
        first = round(note.start_s * RATE)
        count = round(note.length_s * RATE)
        fade = round(FADE_OUT_S * RATE)
        for i in range(count):
            t = i / RATE
            # Raised-cosine edges: the sound starts and ends at zero with zero slope, so it cannot click.
            envelope = 0.5 - 0.5 * math.cos(math.pi * min(t / note.attack_s, 1.0))
            if i >= count - fade:
                envelope *= 0.5 - 0.5 * math.cos(math.pi * (count - 1 - i) / fade)
            value = sum(amplitude * math.exp(-t * speed / note.decay_s)
                        * math.sin(2 * math.pi * ratio * note.frequency * t)
                        for ratio, amplitude, speed in partials)
            mix[first + i] += note.gain * envelope * value
    scale = 32767 * 10 ** (level_db / 20) / max(abs(v) for v in mix)
    return [round(v * scale) for v in mix]


def write_wav(path: Path, samples: list[int]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as file:
        file.setnchannels(1)
        file.setsampwidth(2)
        file.setframerate(RATE)
        file.writeframes(struct.pack(f"<{len(samples)}h", *samples))


def generate(out_dir: Path) -> list[Path]:
    """Write every theme's six cues under ``out_dir/<theme>/<kind>.wav``; returns the paths written."""
    written = []
    for theme, (notes, special, partials) in THEMES.items():
        for kind in CUE_KINDS:
            samples = render(notes[kind], special.get(kind, partials), REST_DB if kind == "rest" else CUE_DB)
            path = out_dir / theme / f"{kind}.wav"
            write_wav(path, samples)
            written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "resources" / "sounds"
    for written_path in generate(target):
        print(written_path)
