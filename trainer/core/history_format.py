"""The bytes of ``history.json``: validation, the numbered schema migrations, and the on-disk layout.

The layout is one session per line between a fixed header and trailer::

    {"schema_version": 1,
     "sessions": [
      {"id": "…", …},
      {"id": "…", …}
     ]}

so appending to a valid file that ends with the trailer is a byte splice: ten years of sessions are never
re-encoded on each save. Any other valid layout (a hand-edited file) is rewritten into this one on its first
append, with every session's keys kept.

An entry that is well formed but holds a value no session can have (``RecordRangeError``) is damage to that
entry alone: it is returned apart, as a ``DamagedEntry`` holding its exact text, and every rendering here writes
that text back unchanged, so no save ever alters it.
"""

from __future__ import annotations

import gc
import json
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Sequence

from trainer.core.plain_records import plain_record
from trainer.core.reading import strip_bom
from trainer.core.records import RecordError, RecordRangeError, SessionRecord

HISTORY_SCHEMA_VERSION = 1

_HEADER = b'{"schema_version": %d,\n "sessions": [' % HISTORY_SCHEMA_VERSION
_FIRST = b"\n  "
_SEPARATOR = b",\n  "
_TRAILER = b"\n ]}\n"
_SPLICE_POINT = b"}" + _TRAILER
_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False)
_ASCII_ENCODER = json.JSONEncoder(ensure_ascii=True, allow_nan=False)

Document = dict[str, Any]


class HistoryFormatError(ValueError):
    """The bytes are not a valid history file; the message says why."""


def _v0_to_v1(document: Document) -> Document:
    """Version 0 is the layout before versioning: ``{"sessions": [...]}``; the sessions are unchanged."""
    return {"schema_version": 1, "sessions": document["sessions"]}


# MIGRATIONS[n] turns a version-n document into a version n+1 one; validation runs after the last step.
MIGRATIONS: dict[int, Callable[[Document], Document]] = {0: _v0_to_v1}


@dataclass(frozen=True)
class DamagedEntry:
    """A well-formed entry with an out-of-range value: kept in the file as ``text``, part of no figure."""

    id: str
    field: str
    text: bytes  # the entry exactly as it is in the file


@dataclass(frozen=True)
class ParsedHistory:
    """A history file's sessions, and what ``Store`` must do about its version."""

    version: int  # as found in the file, before any migration
    sessions: tuple[SessionRecord, ...]
    migrated: Document | None = None  # the document brought up to date, when the file was older
    damaged: tuple[DamagedEntry, ...] = ()

    @property
    def newer(self) -> bool:
        return self.version > HISTORY_SCHEMA_VERSION

    @property
    def kept(self) -> dict[str, bytes]:
        """The damaged entries' texts by id, for the renderings below."""
        return {entry.id: entry.text for entry in self.damaged}


def parse_history(raw: bytes) -> ParsedHistory:
    """Validate a history file's bytes; raises ``HistoryFormatError`` unless the whole file is good.

    A newer version is not an error: its sessions are returned if they validate, else none.
    """
    # Ten years of history is 11,000 dicts, then 11,000 records, none of them garbage; left on, the cyclic
    # collector would walk the app's whole heap several times meanwhile. Paused, a long history opens faster.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _parse(raw)
    finally:
        if paused:
            gc.enable()


def _parse(raw: bytes) -> ParsedHistory:
    document = _decode(raw)
    version = _version_of(document)
    if version > HISTORY_SCHEMA_VERSION:
        try:
            sessions, damaged = _records(document.get("sessions"))
        except HistoryFormatError:
            return ParsedHistory(version, ())
        return ParsedHistory(version, sessions, damaged=_damaged(raw, damaged))
    current = document
    for step in range(version, HISTORY_SCHEMA_VERSION):
        current = MIGRATIONS[step](current)
    if current.keys() != {"schema_version", "sessions"}:
        raise HistoryFormatError("the top level must hold exactly schema_version and sessions")
    sessions, damaged = _records(current["sessions"])
    return ParsedHistory(version, sessions, current if version < HISTORY_SCHEMA_VERSION else None,
                         _damaged(raw, damaged))


def _decode(raw: bytes) -> Any:
    try:
        # A byte-order mark some editors add is not damage: dropping it loses nothing.
        return json.loads(strip_bom(raw).decode("utf-8"), parse_constant=_reject_constant)
    except (ValueError, RecursionError) as error:
        raise HistoryFormatError(f"not JSON: {error}") from None


def _reject_constant(name: str) -> Any:
    # Python's json reads NaN and Infinity, which are not JSON and which the writer refuses to write back.
    raise ValueError(f"{name} is not allowed")


def _version_of(document: Any) -> int:
    if not isinstance(document, dict):
        raise HistoryFormatError("the top level is not an object")
    if "schema_version" not in document:
        if document.keys() == {"sessions"}:
            return 0
        raise HistoryFormatError("schema_version is missing")
    version = document["schema_version"]
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise HistoryFormatError("schema_version is not a whole number from 1")
    return version


def _records(entries: Any) -> tuple[tuple[SessionRecord, ...], dict[int, tuple[str, str]]]:
    """The valid sessions, and by index in ``entries`` the (id, field) of each out-of-range one."""
    if not isinstance(entries, list):
        raise HistoryFormatError("sessions is not a list")
    records = []
    damaged: dict[int, tuple[str, str]] = {}
    from_json = SessionRecord.from_json
    append = records.append
    for index, entry in enumerate(entries):
        record = plain_record(entry)
        if record is not None:
            append(record)
            continue
        # Not beyond doubt: the careful reading says what is wrong, or finds it valid after all.
        try:
            append(from_json(entry))
        except RecordRangeError as error:
            # Raised only once every other field passed, so the id is a text. A literal like 1e999 (read as
            # infinity) lands here too: the writer could not write it back, so it is never re-encoded.
            damaged[index] = (entry["id"], error.field)
        except RecordError as error:
            raise HistoryFormatError(f"a session is invalid: {error}") from None
    ids = {record.id for record in records}
    ids.update(session_id for session_id, _ in damaged.values())
    if len(ids) != len(records) + len(damaged):
        raise HistoryFormatError("two sessions share an id")
    return tuple(records), damaged


def _damaged(raw: bytes, found: dict[int, tuple[str, str]]) -> tuple[DamagedEntry, ...]:
    if not found:
        return ()
    texts = entry_texts(raw)
    return tuple(DamagedEntry(session_id, field, texts[index]) for index, (session_id, field) in found.items())


def entry_texts(raw: bytes) -> list[bytes]:
    """The exact text of each session entry of a validated file, in order.

    ``json`` gives values, not where they were; ``raw_decode`` walks the top-level object member by member and
    the sessions array element by element, so each element's span is known. Only damaged files need it.
    """
    text = strip_bom(raw).decode("utf-8")
    decode = json.JSONDecoder().raw_decode
    texts: list[bytes] = []
    position = _skip(text, 0) + 1  # past "{"
    while True:
        position = _skip(text, position)
        if text[position] == "}":
            return texts
        key, position = decode(text, position)
        position = _skip(text, _skip(text, position) + 1)  # past ":"
        if key != "sessions":
            _, position = decode(text, position)
        else:
            texts = []  # with a repeated key, json keeps the last one
            position += 1  # past "["
            while True:
                position = _skip(text, position)
                if text[position] == "]":
                    position += 1
                    break
                _, end = decode(text, position)
                texts.append(text[position:end].encode("utf-8", "surrogatepass"))
                position = _skip(text, end)
                if text[position] == ",":
                    position += 1
        position = _skip(text, position)
        if text[position] == ",":
            position += 1


def _skip(text: str, position: int) -> int:
    while text[position] in " \t\n\r":
        position += 1
    return position


def encode_json(value: Any) -> bytes:
    """Compact UTF-8 JSON; raises ``ValueError`` for NaN or infinity, which JSON cannot hold."""
    try:
        return _ENCODER.encode(value).encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate (read from a "\ud800" escape) has no UTF-8 form; the escaped form keeps it.
        return _ASCII_ENCODER.encode(value).encode("ascii")


def encode_session(record: SessionRecord) -> bytes:
    """One session's line; raises ``RecordError`` if it would not validate when the file is read back."""
    data = encode_json(record.to_json())
    SessionRecord.from_json(json.loads(data))
    return data


def encode_entries(entries: Sequence[Any], kept: Mapping[str, bytes]) -> list[bytes]:
    """Each parsed entry's line: a damaged one (its id in ``kept``) as its exact text, others re-encoded."""
    lines = []
    for entry in entries:
        session_id = entry.get("id") if isinstance(entry, dict) else None
        lines.append(kept[session_id] if session_id in kept else encode_json(entry))
    return lines


def render_history(sessions: Sequence[bytes]) -> bytes:
    """A complete current-version file holding the given encoded sessions, in order."""
    body = _FIRST + _SEPARATOR.join(sessions) if sessions else b""
    return _HEADER + body + _TRAILER


def render_document(document: Document, kept: Mapping[str, bytes]) -> bytes:
    """A complete file for a validated current-version document (a migrated one); damaged entries as kept."""
    return render_history(encode_entries(document["sessions"], kept))


def with_session(raw: bytes | None, session: bytes, kept: Mapping[str, bytes]) -> bytes:
    """The file ``raw`` (a validated current-version file, or ``None`` for none yet) plus one session.

    Why the splice is safe: in a validated file the top level holds only ``schema_version`` (a number) and
    ``sessions``, so a text ending in ``}`` + trailer closes with the sessions array, non-empty, whose last
    element is an object; inserting a separator and one more object there appends exactly one session.
    """
    if raw is None:
        return render_history([session])
    if raw.endswith(_SPLICE_POINT):
        return raw[: -len(_TRAILER)] + _SEPARATOR + session + _TRAILER
    existing = json.loads(strip_bom(raw))["sessions"]
    return render_history(encode_entries(existing, kept) + [session])
