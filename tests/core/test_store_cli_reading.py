"""``stats`` and ``export`` through the real command line on folders the store may not change (issue 10, #8
and #10): a read-only folder, and one whose lock another instance holds."""

from __future__ import annotations

import fcntl
import json
import os

from store_testkit import make_record, written_by_store

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
    assert "cannot be written" in captured.err
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
    assert "nothing was changed on disk" in captured.err
