"""The app's side of the speech worker: start it, send it cues, and give up on it when it stops answering.

Every call returns at once: commands are written to the worker's pipe, and a single-shot watchdog, running
only while an answer is awaited, kills a worker that is silent for too long. A dead or hung worker emits
``failed`` once, with a reason fit for Settings, and the cues fall back to the chime.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer, Signal

# Starting Python and QtTextToSpeech takes well under a second on a quiet machine; a busy one gets margin.
START_TIMEOUT_MS = 8000
# say/stop/volume return at once from a healthy engine; one that takes seconds has hung.
ANSWER_TIMEOUT_MS = 3000


def worker_command() -> list[str]:
    """How to start the worker: a bundle runs itself with a flag; otherwise the module runs in this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--speech-worker"]
    return [sys.executable, "-m", "trainer.ui.audio.speech_worker"]


class SpeechProcess(QObject):
    """A ``Speaker`` (say, stop, setVolume) backed by the worker process; never blocks the GUI thread.

    Signals:
        failed(str): the worker could not speak or stopped answering; the text says why, for the person.
        ready(str): the named engine is up.
    """

    failed = Signal(str)
    ready = Signal(str)

    def __init__(self, parent: QObject | None = None, command: list[str] | None = None,
                 start_timeout_ms: int = START_TIMEOUT_MS, answer_timeout_ms: int = ANSWER_TIMEOUT_MS) -> None:
        super().__init__(parent)
        self._answer_timeout_ms = answer_timeout_ms
        self._sent = 0
        self._acked = 0
        self._ready = False
        self._dead = False
        self._queued_say: str | None = None
        self._volume: float | None = None
        self._buffer = b""
        self._watchdog = QTimer(self)
        self._watchdog.setObjectName("speech-watchdog")
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._on_watchdog_timeout)
        self._process = QProcess(self)
        self._process.setStandardErrorFile(QProcess.nullDevice())
        self._process.readyReadStandardOutput.connect(self._on_process_output)
        self._process.finished.connect(self._on_process_finished)
        self._process.errorOccurred.connect(self._on_process_error)
        application = QCoreApplication.instance()
        if application is not None:
            # The worker must end with the app, not outlive it or be torn down while it runs.
            application.aboutToQuit.connect(self.close)
        program, *arguments = command or worker_command()
        self._watchdog.start(start_timeout_ms)
        self._process.start(program, arguments)

    @property
    def alive(self) -> bool:
        return not self._dead

    def say(self, text: str) -> None:
        if self._dead:
            return
        if not self._ready:
            self._queued_say = text  # only the newest cue is worth saying once the engine is up
            return
        self._send({"op": "say", "text": text})

    def stop(self) -> None:
        if self._dead:
            return
        if not self._ready:
            self._queued_say = None
            return
        self._send({"op": "stop"})

    def setVolume(self, volume: float) -> None:
        self._volume = volume
        if self._ready and not self._dead:
            self._send({"op": "volume", "value": volume})

    def close(self) -> None:
        """End the worker without waiting on it: closing its input ends a healthy one, a kill any other."""
        if self._dead:
            return
        self._dead = True
        self._watchdog.stop()
        if self._process.state() != QProcess.ProcessState.NotRunning:
            self._process.closeWriteChannel()
            self._process.kill()
            # A killed process is gone within milliseconds; reaping it here keeps no zombie and lets the
            # QProcess be destroyed cleanly (Qt warns about destroying one that still runs).
            self._process.waitForFinished(1000)

    def _send(self, command: dict) -> None:
        self._sent += 1
        command["n"] = self._sent
        self._process.write((json.dumps(command) + "\n").encode("utf-8"))
        if not self._watchdog.isActive():
            self._watchdog.start(self._answer_timeout_ms)

    def _give_up(self, reason: str) -> None:
        if self._dead:
            return
        self.close()
        self.failed.emit(reason)

    def _on_process_output(self) -> None:
        self._buffer += bytes(self._process.readAllStandardOutput())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if "error" in message:
                self._give_up(QCoreApplication.translate(
                    "SpeechProcess", "No speech engine is installed on this computer."))
            elif "ready" in message:
                self._on_worker_ready(str(message["ready"]))
            elif "ack" in message and isinstance(message["ack"], int):
                self._acked = max(self._acked, message["ack"])
                if self._acked >= self._sent:
                    self._watchdog.stop()
                else:
                    self._watchdog.start(self._answer_timeout_ms)

    def _on_worker_ready(self, engine: str) -> None:
        self._ready = True
        self._watchdog.stop()
        if self._volume is not None:
            self._send({"op": "volume", "value": self._volume})
        if self._queued_say is not None:
            text, self._queued_say = self._queued_say, None
            self._send({"op": "say", "text": text})
        self.ready.emit(engine)

    def _on_watchdog_timeout(self) -> None:
        self._give_up(QCoreApplication.translate(
            "SpeechProcess", "The speech service did not answer, so the chime marks each phase instead."))

    def _on_process_finished(self, *_: object) -> None:
        self._give_up(QCoreApplication.translate(
            "SpeechProcess", "The speech service stopped, so the chime marks each phase instead."))

    def _on_process_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._give_up(QCoreApplication.translate("SpeechProcess", "Speech could not be started."))
