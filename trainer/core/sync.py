"""Syncing through a folder that Syncthing, Nextcloud or Dropbox already keeps in step (DESIGN "Devices and
the sync folder").

Inside ``<sync folder>/pelvic-floor-trainer/`` each device appends to its own log, ``<device id>.jsonl``,
and nothing else writes that file. A log is JSON Lines: each line one whole session as ``history.json`` holds
it. An edit, a removal or an un-delete appends the session again in its new state; because merging is a join
(``trainer.core.merge``), the lines may be read in any order and read twice, and a copy cut off mid-line by a
half-finished sync still gives every line before the cut. Appending writes only what changed, where
rewriting the whole file would send ten years of history through the sync tool after every session.

One sync reads every log and every conflict copy, merges them into the local history through the ``Store``
(with its backup), appends to this device's log what the folder does not know yet, then moves the conflict
copies, read and merged, into ``archive/``. A folder that is missing or empty (an unmounted drive, or its
bare mount point) is waited for, never created; a damaged log is skipped, never harms the local history, and is named in a notice.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from trainer.core.atomic import fsync_dir
from trainer.core.datadir import PRIVATE_DIR_MODE
from trainer.core.history_format import encode_session
from trainer.core.i18n import tr
from trainer.core.merge import merge_histories, plan_merge
from trainer.core.records import SessionRecord
from trainer.core.session_files import SessionFileError, SessionsRead, parse_log, read_capped
from trainer.core.store import Store

APP_FOLDER = "pelvic-floor-trainer"
ARCHIVE_FOLDER = "archive"
LOG_SUFFIX = ".jsonl"
# Syncthing names a conflict "x.sync-conflict-<date>-<time>-<device>.jsonl", Dropbox and Nextcloud
# "x (… conflicted copy …).jsonl".
CONFLICT_MARKS = (".sync-conflict-", "conflicted copy")


@dataclass(frozen=True)
class SyncResult:
    """What one sync did. ``status``: "synced"; "off" (no folder set); "waiting" (the folder is not there);
    "refused" (a folder that must not be used, or a read-only history); "failed" (the folder cannot be
    written). ``message`` is one line for the person; ``notices`` name logs that were damaged or skipped."""

    status: str
    message: str
    new: int = 0
    updated: int = 0
    published: int = 0
    archived: tuple[Path, ...] = ()
    notices: tuple[str, ...] = field(default=())


def folder_refusal(folder: Path, data_dir: Path) -> str | None:
    """Why ``folder`` cannot be the sync folder for ``data_dir``, or ``None`` when it can."""
    chosen = Path(os.path.realpath(folder.expanduser()))
    data = Path(os.path.realpath(data_dir))
    if chosen == data or data in chosen.parents:
        return tr("The sync folder {folder} is inside the data folder {data}; choose a folder of its own.").format(
            folder=folder, data=data_dir)
    if chosen in data.parents:
        # The sync tool would then copy history.json itself between devices: two writers of one file.
        return tr("The data folder {data} is inside the sync folder {folder}; choose a folder outside it.").format(
            folder=folder, data=data_dir)
    return None


def start_folder(folder: Path | str) -> Path:
    """Make the app's folder inside a sync folder the person has just chosen, and return it; the sync
    folder itself is never created."""
    shared = Path(folder).expanduser() / APP_FOLDER
    shared.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
    return shared


def watched_paths(folder: Path | str, device: str) -> list[Path]:
    """What a file watcher should watch to sync when another device's changes arrive: the shared folder
    (files appear, are renamed, vanish) and each other device's log (lines are appended), or only the sync
    folder itself while the shared one is not there yet. This device's own log is left out, so its own
    writes never wake a sync; an empty list while the folder is away."""
    root = Path(folder).expanduser()
    shared = root / APP_FOLDER
    if not shared.is_dir():
        return [root] if root.is_dir() else []
    own = shared / f"{device}{LOG_SUFFIX}"
    logs, conflicts = _logs_in(shared, own)
    return [shared, *logs, *conflicts]


class LogCache:
    """The sessions of each log as last read, kept by the app between syncs: a log whose inode, size and
    modification time are unchanged is not read and parsed again (a sync tool replaces a file it updates,
    and this device only appends to its own, so either changes the key)."""

    def __init__(self) -> None:
        self._logs: dict[Path, tuple[tuple[int, int, int], SessionsRead]] = {}

    def read(self, path: Path) -> SessionsRead:
        """The log's sessions; raises ``SessionFileError`` like ``read_capped``."""
        try:
            info = path.stat()
        except OSError:
            info = None
        key = (info.st_ino, info.st_size, info.st_mtime_ns) if info is not None else None
        cached = self._logs.get(path)
        if key is not None and cached is not None and cached[0] == key:
            return cached[1]
        read = parse_log(read_capped(path))
        if key is not None:
            self._logs[path] = (key, read)
        return read


def sync_once(store: Store, device: str, folder: Path | str | None = None,
              cache: LogCache | None = None) -> SyncResult:
    """Sync ``store`` once with ``folder`` (by default the settings' ``sync_folder``) as device ``device``;
    an app that syncs often keeps one ``cache`` for all its syncs."""
    chosen = store.settings.sync_folder if folder is None else folder
    if chosen is None:
        return SyncResult("off", tr("No sync folder is set."))
    root = Path(chosen).expanduser()
    refusal = folder_refusal(root, store.data_dir)
    if refusal is not None:
        return SyncResult("refused", refusal)
    if store.read_only:
        return SyncResult("refused", tr("The history is read-only, so it cannot be synced."))
    if not root.is_dir():
        return SyncResult("waiting", tr("The sync folder {folder} is not there; syncing waits until it is back.")
                          .format(folder=root))
    shared = root / APP_FOLDER
    try:
        if not shared.is_dir() and not any(os.scandir(root)):
            # An empty folder is most often the mount point of a drive that is not mounted: the log must not
            # be started on the disk underneath. A folder chosen in the settings is started by start_folder.
            return SyncResult("waiting", tr("The sync folder {folder} is empty (is its drive mounted?); syncing "
                                            "waits. Create {shared} to start it there.").format(
                                                folder=root, shared=shared))
        start_folder(root)
        return _sync(store, shared, device, cache or LogCache())
    except OSError as error:
        return SyncResult("failed", tr("Cannot use the sync folder {folder}: {reason}.").format(
            folder=root, reason=error.strerror or error))


def _sync(store: Store, shared: Path, device: str, cache: LogCache) -> SyncResult:
    own = shared / f"{device}{LOG_SUFFIX}"
    logs, conflicts = _logs_in(shared, own)
    notices: list[str] = []
    kept: list[tuple[SessionRecord, ...]] = []
    copies: list[tuple[SessionRecord, ...]] = []
    archivable: list[Path] = []
    for path in [own, *logs, *conflicts]:
        # A line of the own log cut short by a crash is already in the local history: nothing to tell.
        sessions = _read_log(cache, path, notices if path != own else [])
        if sessions is None:
            continue
        if path in conflicts:
            copies.append(sessions)
            archivable.append(path)
        else:
            kept.append(sessions)
    logged = merge_histories(*kept)
    folder = merge_histories(logged, *copies)
    plan = plan_merge(store.sessions, folder)
    new = store.merge_sessions(folder)
    # Compared with the logs that stay, not with the conflict copies: what only a copy held is written to
    # this device's log before the copy goes to the archive, so no other device can miss it.
    known = {record.id: record for record in logged}
    published = _append(own, [record for record in store.sessions if known.get(record.id) != record])
    archived = tuple(filter(None, (_archive(path, shared / ARCHIVE_FOLDER) for path in archivable)))
    message = tr("Synced: {new} new, {updated} updated, {published} shared from this device.").format(
        new=new, updated=plan.updated, published=published)
    return SyncResult("synced", message, new, plan.updated, published, archived, tuple(notices))


def _logs_in(shared: Path, own: Path) -> tuple[list[Path], list[Path]]:
    """The other devices' logs and every conflict copy, by name; hidden files are sync tools' temp files."""
    logs: list[Path] = []
    conflicts: list[Path] = []
    for entry in sorted(os.scandir(shared), key=lambda entry: entry.name):
        if entry.name.startswith(".") or not entry.name.endswith(LOG_SUFFIX) or not entry.is_file():
            continue
        path = Path(entry.path)
        if any(mark in entry.name for mark in CONFLICT_MARKS):
            conflicts.append(path)
        elif path != own:
            logs.append(path)
    return logs, conflicts


def _read_log(cache: LogCache, path: Path, notices: list[str]) -> tuple[SessionRecord, ...] | None:
    try:
        read = cache.read(path)
    except SessionFileError as error:
        if path.exists() or path.is_symlink():
            notices.append(tr("Skipped a log in the sync folder: {reason}.").format(reason=error))
        return None
    if read.skipped:
        notices.append(tr("Skipped {n} damaged lines in {name}; the rest of it was read.").format(
            n=read.skipped, name=path.name))
    return read.sessions


def _append(log: Path, records: list[SessionRecord]) -> int:
    """Append ``records`` to this device's log, one line each, in one write, flushed to the disk."""
    if not records:
        return 0
    data = b"".join(encode_session(record) + b"\n" for record in records)
    created = not log.exists()
    fd = os.open(log, os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        if not created and _ends_mid_line(fd):
            # A crash cut the last line short; start on a fresh line so this one stays whole.
            data = b"\n" + data
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)
    if created:
        fsync_dir(log.parent)
    return len(records)


def _ends_mid_line(fd: int) -> bool:
    size = os.fstat(fd).st_size
    return size > 0 and os.pread(fd, 1, size - 1) != b"\n"


def _archive(path: Path, archive: Path) -> Path | None:
    """Move a merged conflict copy into ``archive`` under a name not yet taken; its bytes are kept.
    ``None`` when it is gone already: another device sharing the folder archived it first."""
    archive.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
    stem, attempt = path.name[: -len(LOG_SUFFIX)], 0
    while True:
        target = archive / (f"{stem}-{attempt}{LOG_SUFFIX}" if attempt else path.name)
        attempt += 1
        if os.path.lexists(target):
            continue
        try:
            os.rename(path, target)
        except FileNotFoundError:
            return None
        fsync_dir(archive)
        fsync_dir(path.parent)
        return target
