"""This device's id: made once, kept in ``<data dir>/device.json``, and the name of its log in the sync folder.

The id is random, never derived from the host name or hardware: it says nothing about the person or machine.
A damaged file is moved aside (its bytes kept) and a new id made; the old log stays in the sync folder and is
read like any other device's, so nothing it holds is lost.
"""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

from trainer.core.atomic import move_aside, write_atomic

DEVICE_FILE = "device.json"
DEVICE_ID = re.compile(r"[0-9a-f]{32}")


def device_id(data_dir: Path, stamp: str) -> str:
    """The id of the device that owns ``data_dir``, made on first use; ``stamp`` names a damaged file kept."""
    path = data_dir / DEVICE_FILE
    try:
        document = json.loads(path.read_bytes())
    except FileNotFoundError:
        document = None
    except (ValueError, RecursionError):
        move_aside(path, stamp)
        document = None
    if isinstance(document, dict) and isinstance(document.get("device_id"), str) \
            and DEVICE_ID.fullmatch(document["device_id"]):
        return document["device_id"]
    if path.exists():
        move_aside(path, stamp)
    new = uuid.uuid4().hex
    write_atomic(path, (json.dumps({"device_id": new}) + "\n").encode("ascii"))
    return new
