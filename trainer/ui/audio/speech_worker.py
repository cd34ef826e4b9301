"""The speech worker: a child process that owns the speech engine and speaks what the app sends it.

Why a process and not a thread: with speech-dispatcher installed but its daemon hung (or no sound server
behind it), libspeechd blocks inside QTextToSpeech's constructor and ``say()``, and PySide6 holds the GIL
through those calls, so a Python thread would freeze the GUI thread just the same. A child process can block
as it likes: the app's watchdog (``speech_process.SpeechProcess``) kills it and the chime takes over.

Protocol, one JSON object a line. In: ``{"n": 1, "op": "say", "text": "…"}``, ``{"n": 2, "op": "stop"}``,
``{"n": 3, "op": "volume", "value": 0.6}``. Out: ``{"ready": "speechd"}`` once an engine is up, or
``{"error": "no-engine"}`` and exit; then ``{"ack": n}`` after each command returns. End of input ends it.
"""

from __future__ import annotations

import json
import os
import sys

# Qt's "mock" engine reports success and says nothing: choosing it would silence the chime for no voice.
SILENT_ENGINES = ("mock",)


def _reply(message: dict) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def _open_engine():
    from PySide6.QtTextToSpeech import QTextToSpeech

    names = [name for name in QTextToSpeech.availableEngines() if name not in SILENT_ENGINES]
    # Qt's own choice first; when it fails to start (speechd without its service, say), try the others.
    for name in (None, *names) if names else ():
        speech = QTextToSpeech() if name is None else QTextToSpeech(name)
        if speech.state() != QTextToSpeech.State.Error and speech.engine() not in SILENT_ENGINES:
            return speech
        speech.deleteLater()
    return None


def _run(speech, line: str) -> None:
    command = json.loads(line)
    op = command.get("op")
    if op == "say":
        speech.stop()
        speech.say(str(command.get("text", "")))
    elif op == "stop":
        speech.stop()
    elif op == "volume":
        speech.setVolume(min(max(float(command.get("value", 0.6)), 0.0), 1.0))
    _reply({"ack": command.get("n")})


def main() -> int:
    from PySide6.QtCore import QCoreApplication, QSocketNotifier

    app = QCoreApplication([sys.argv[0]])
    speech = _open_engine()
    if speech is None:
        _reply({"error": "no-engine"})
        return 0
    _reply({"ready": speech.engine()})
    stdin = sys.stdin.fileno()
    os.set_blocking(stdin, False)
    pending = b""

    def on_input() -> None:
        nonlocal pending
        try:
            chunk = os.read(stdin, 65536)
        except BlockingIOError:
            return
        if not chunk:  # the app closed the pipe: it quit, or no longer wants a voice
            app.quit()
            return
        pending += chunk
        *lines, pending = pending.split(b"\n")
        for line in lines:
            if line.strip():
                _run(speech, line.decode("utf-8", "replace"))

    # An event loop, not a blocking read: some engines report their state through queued signals.
    notifier = QSocketNotifier(stdin, QSocketNotifier.Type.Read)
    notifier.activated.connect(on_input)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
