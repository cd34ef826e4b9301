"""Fake speech-dispatcher daemons for the speech tests: one that accepts and never answers, one that refuses.

libspeechd connects wherever ``SPEECHD_ADDRESS`` points, so a test aims the real speech engine at one of
these instead of the host's daemon, which may be running, hung or absent.
"""

from __future__ import annotations

import socket
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


@contextmanager
def silent_daemon(folder: Path) -> Iterator[str]:
    """A daemon that accepts every connection and never says a word: the hang the real one can show."""
    path = folder / "silent.sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.listen(8)
    server.settimeout(0.2)
    held: list[socket.socket] = []
    done = threading.Event()

    def accept() -> None:
        while not done.is_set():
            try:
                held.append(server.accept()[0])
            except (socket.timeout, OSError):
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"unix_socket:{path}"
    finally:
        done.set()
        thread.join(2)
        for connection in held:
            connection.close()
        server.close()


@contextmanager
def refusing_daemon(folder: Path) -> Iterator[str]:
    """A socket that is bound but never listens, so every connection is refused at once."""
    path = folder / "refusing.sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    try:
        yield f"unix_socket:{path}"
    finally:
        server.close()
