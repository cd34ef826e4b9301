"""Sound for the tier: a private PulseAudio with a null sink, its monitor recorded, and chime onsets found.

The recorder notes the monotonic time at which each chunk of samples arrives from ``parec``; a sample cannot
arrive before it was captured, so the smallest ``arrival - samples_before / rate`` over all chunks is a tight
bound on when the first sample was captured. That puts every onset on the same clock as the test (and as
CLOCK_MONOTONIC in any other process on this machine).
"""

from __future__ import annotations

import math
import os
import struct
import subprocess
import threading
import time
from pathlib import Path

from desktop.processes import Group, wait_until

SINK = "pft_sink"
RATE = 44100
WINDOW_S = 0.005


class PulseServer:
    """``pulseaudio`` with one null sink, reachable only through a socket in a private runtime dir."""

    def __init__(self, workdir: Path, base_env: dict[str, str]) -> None:
        runtime = workdir / "pulse"
        runtime.mkdir(mode=0o700)
        socket = runtime / "native"
        self.server = f"unix:{socket}"
        env = {**base_env, "PULSE_RUNTIME_PATH": str(runtime), "HOME": str(workdir)}
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        # As root, pulseaudio wants --system unless told otherwise; -n skips the host's default.pa, so only
        # these two modules load; the daemon never exits on idle and clients may not ask it to exit.
        self.daemon = Group("pulseaudio", [
            "pulseaudio", "--daemonize=no", "--system=false", "--exit-idle-time=-1", "-n", "--disallow-exit",
            "--use-pid-file=false", "--log-target=stderr",
            f"--load=module-null-sink sink_name={SINK} rate={RATE}",
            f"--load=module-native-protocol-unix socket={socket} auth-anonymous=1",
        ], env, workdir / "pulseaudio.log")
        self.env = {**base_env, "PULSE_SERVER": self.server, "PULSE_RUNTIME_PATH": str(runtime)}
        wait_until(self._answers, 15, "pulseaudio to answer")

    def _answers(self) -> bool:
        if not self.daemon.alive():
            raise RuntimeError(f"pulseaudio exited: {self.daemon.log_tail()}")
        done = subprocess.run(["pactl", "list", "short", "sinks"], env=self.env, capture_output=True, text=True)
        return done.returncode == 0 and SINK in done.stdout

    def stop(self) -> None:
        self.daemon.stop()


class Recorder:
    """Records the null sink's monitor (mono, 16-bit) in a thread until ``stop()``."""

    def __init__(self, pulse: PulseServer, workdir: Path) -> None:
        self._chunks: list[bytes] = []
        self._samples = 0
        self.start_time = math.inf  # monotonic time of the first sample, refined as chunks arrive
        self.group = Group("parec", [
            "parec", f"--device={SINK}.monitor", "--format=s16le", f"--rate={RATE}", "--channels=1",
            "--latency-msec=5", "--raw",
        ], pulse.env, workdir / "parec.log", stdout=subprocess.PIPE)
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()
        wait_until(lambda: self._samples > RATE // 20, 10, "the monitor recording to flow")

    def _read(self) -> None:
        stream = self.group.proc.stdout
        fd = stream.fileno()
        while True:
            data = os.read(fd, 4096)
            arrived = time.monotonic()
            if not data:
                return
            self._chunks.append(data)
            self._samples += len(data) // 2
            self.start_time = min(self.start_time, arrived - self._samples / RATE)

    def stop(self) -> tuple[float, list[int]]:
        """End the recording; the first sample's monotonic time, and every sample."""
        self.group.stop()
        self._thread.join(5)
        raw = b"".join(self._chunks)
        raw = raw[:len(raw) // 2 * 2]
        return self.start_time, list(struct.unpack(f"<{len(raw) // 2}h", raw))


def onsets(samples: list[int], start_time: float, threshold: float = 300.0, quiet_s: float = 0.3) -> list[float]:
    """Monotonic times at which a sound begins: a 5 ms window whose RMS crosses ``threshold`` after at least
    ``quiet_s`` of windows below it. The null sink is digital silence between chimes, so any floor is low."""
    window = int(RATE * WINDOW_S)
    found: list[float] = []
    quiet_windows = int(quiet_s / WINDOW_S)
    below = quiet_windows
    for index in range(0, len(samples) - window + 1, window):
        chunk = samples[index:index + window]
        rms = math.sqrt(sum(s * s for s in chunk) / window)
        if rms >= threshold:
            if below >= quiet_windows:
                found.append(start_time + index / RATE)
            below = 0
        else:
            below += 1
    return found
