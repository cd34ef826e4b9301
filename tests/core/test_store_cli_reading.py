"""``stats`` and ``export`` through the real command line on folders the store may not change (issue 10, #8
and #10): a read-only folder, and one whose lock another instance holds."""

from __future__ import annotations

import errno
import fcntl
import json
import os

from store_testkit import make_record, snapshot, written_by_store

from trainer.app import main


def test_stats_and_export_work_on_a_read_only_folder(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "data"
    written_by_store(folder, [make_record(1), make_record(2)])
    real_access = os.access
    monkeypatch.setattr("trainer.core.datadir.os.access",
                        lambda path, wanted: False if wanted & os.W_OK else real_access(path, wanted))
    assert main(["stats", "--json", "--data-dir", str(folder)]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["sessions"] == 2
    assert captured.err == "", "a reading command opens the folder read-only: nothing to warn about"
    out = tmp_path / "out.json"
    assert main(["export", "--json", str(out), "--data-dir", str(folder)]) == 0
    assert len(json.loads(out.read_text())["sessions"]) == 2


def test_stats_beside_a_running_app_repair_nothing(tmp_path, capsys):
    folder = tmp_path / "data"
    raw = written_by_store(tmp_path / "scratch", [make_record(1)])
    (folder / "backups").mkdir(parents=True)
    (folder / "backups" / "history-2026-03-28.json").write_bytes(raw)
    (folder / "history.json").write_bytes(b"{torn")
    fd = os.open(folder / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        before = sorted(os.listdir(folder))
        assert main(["stats", "--json", "--data-dir", str(folder)]) == 0
        assert sorted(os.listdir(folder)) == before
        assert (folder / "history.json").read_bytes() == b"{torn"
    finally:
        os.close(fd)
    captured = capsys.readouterr()
    assert json.loads(captured.out)["sessions"] == 1, "what the app would restore, shown from memory"
    assert "changed nothing on disk" in captured.err


def test_stats_export_and_plan_never_write_to_a_folder_where_writes_fail(tmp_path, monkeypatch, capsys):
    """Every way of changing the data folder fails there and is recorded: the reading commands try none of
    them (no lock, no repair), still answer, and the folder is left exactly as it was."""
    folder = tmp_path / "data"
    raw = written_by_store(tmp_path / "scratch", [make_record(1), make_record(2)])
    (folder / "backups").mkdir(parents=True)
    (folder / "backups" / "history-2026-03-28.json").write_bytes(raw)
    (folder / "history.json").write_bytes(b"{torn")
    stale = folder / ".history.json.999999.0a1b2c3d.tmp"
    stale.write_bytes(b"partial")
    os.utime(stale, (0, 0))
    os.chmod(folder, 0o755)
    before = snapshot(folder)
    tried = []
    inside = str(folder)

    def refused(real, writes=lambda *args: True):
        def call(path, *args, **kwargs):
            if os.fspath(path).startswith(inside) and writes(*args):
                tried.append((real.__name__, os.fspath(path)))
                raise OSError(errno.EROFS, os.strerror(errno.EROFS), os.fspath(path))
            return real(path, *args, **kwargs)
        return call

    monkeypatch.setattr(os, "open", refused(os.open, lambda flags, *rest: flags & (os.O_CREAT | os.O_WRONLY
                                                                                   | os.O_RDWR)))
    for name in ("mkdir", "unlink", "rename", "replace", "link", "chmod", "rmdir"):
        monkeypatch.setattr(os, name, refused(getattr(os, name)))

    assert main(["stats", "--json", "--data-dir", inside]) == 0
    assert json.loads(capsys.readouterr().out)["sessions"] == 2, "the backup, as the app would restore it"
    out = tmp_path / "out.csv"
    assert main(["export", "--csv", str(out), "--data-dir", inside]) == 0
    assert len(out.read_text().splitlines()) == 3
    assert main(["plan", "--json", "--data-dir", inside]) == 0
    assert json.loads(capsys.readouterr().out)["routine_id"]
    assert tried == []
    assert snapshot(folder) == before


def test_plan_on_a_missing_folder_creates_nothing(tmp_path, capsys):
    assert main(["plan", "--json", "--data-dir", str(tmp_path / "none")]) == 0
    assert not (tmp_path / "none").exists()
