"""The command line without a window: stats, export, and one clear line for every mistake."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest
from helpers.records import make_session

from trainer import __version__
from trainer.app import main
from trainer.core.records import SessionRecord


def write_history(folder, sessions):
    folder.mkdir(parents=True, exist_ok=True)
    payload = {"schema_version": 1, "sessions": [session.to_json() for session in sessions]}
    (folder / "history.json").write_text(json.dumps(payload), encoding="utf-8")


# Half a minute before midnight, so a test that read the real clock instead of this one would fail.
NOW = datetime(2026, 3, 29, 23, 59, 30, tzinfo=timezone(timedelta(hours=2)))
TODAY = NOW.date()


def at_now() -> datetime:
    return NOW


def stats_json(capsys, folder) -> dict:
    assert main(["stats", "--json", "--data-dir", str(folder)], wall_now=at_now) == 0
    return json.loads(capsys.readouterr().out)


def one_error_line(capsys) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert "Traceback" not in err[0]
    return err[0]


def test_stats_json_on_a_new_data_dir_prints_zeros(tmp_path, capsys):
    data = stats_json(capsys, tmp_path / "new")
    for key in ("current_streak_days", "longest_streak_days", "practice_days", "sessions", "sets_total",
                "minutes_total", "today_sets"):
        assert data[key] == 0, key
    assert data["daily_target_sets"] == 3
    assert data["today"] == TODAY.isoformat()


def test_stats_follow_local_dates_across_dst_and_time_zones(tmp_path, capsys):
    """Sessions around a DST change and a trip abroad make one unbroken streak on their stored local dates."""
    today = TODAY
    offsets = ["+01:00", "+02:00", "-05:00", "-05:00", "+09:00"]
    sessions = []
    for back, offset in zip(range(4, -1, -1), offsets):
        day = today - timedelta(days=back)
        sessions.append(make_session(local_date=day.isoformat(), started_at=f"{day.isoformat()}T23:30:00{offset}",
                                     id=f"s{back}", sets_completed=1))
    sessions.append(make_session(local_date=(today - timedelta(days=9)).isoformat(), id="old", sets_completed=2))
    write_history(tmp_path, sessions)
    data = stats_json(capsys, tmp_path)
    assert data["current_streak_days"] == 5
    assert data["longest_streak_days"] == 5
    assert data["practice_days"] == 6
    assert data["sets_total"] == 7
    assert data["today_sets"] == 1


def test_plain_stats_are_readable(tmp_path, capsys):
    write_history(tmp_path, [make_session(local_date=TODAY.isoformat())])
    assert main(["--data-dir", str(tmp_path), "stats"], wall_now=at_now) == 0
    out = capsys.readouterr().out
    assert "Current streak" in out and "1 of 3 sets" in out


def test_a_damaged_history_is_kept_byte_for_byte_and_stats_go_on(tmp_path, capsys):
    damaged = b'{"schema_version": 1, "sessions": [{"id": '
    (tmp_path / "history.json").write_bytes(damaged)
    data = stats_json(capsys, tmp_path)
    assert data["sessions"] == 0
    # stats only reads: the damaged file stays where it is, for the app to move aside when it opens it.
    assert (tmp_path / "history.json").read_bytes() == damaged
    assert not list(tmp_path.glob("history.json.corrupt-*"))
    assert main(["stats", "--data-dir", str(tmp_path)]) == 0


def test_export_csv_and_json_hold_every_session(tmp_path, capsys):
    sessions = [make_session(local_date="2026-03-28", id="a"),
                make_session(local_date="2026-03-29", id="b", outcome="discomfort", discomfort=4)]
    write_history(tmp_path / "data", sessions)
    out_csv = tmp_path / "history.csv"
    out_json = tmp_path / "history-export.json"
    assert main(["export", "--csv", str(out_csv), "--data-dir", str(tmp_path / "data")]) == 0
    assert main(["export", "--json", str(out_json), "--data-dir", str(tmp_path / "data")]) == 0
    rows = list(csv.DictReader(out_csv.read_text(encoding="utf-8").splitlines()))
    assert [row["id"] for row in rows] == ["a", "b"]
    assert rows[1]["discomfort"] == "4" and rows[0]["discomfort"] == ""
    assert rows[0]["local_date"] == "2026-03-28"
    exported = json.loads(out_json.read_text(encoding="utf-8"))
    assert [SessionRecord.from_json(item) for item in exported["sessions"]] == sessions
    assert oct(out_csv.stat().st_mode & 0o777) == "0o600"


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--no-such-option"], "unrecognized"),
        (["stats", "--frobnicate"], "unrecognized"),
        (["export"], "one of the arguments"),
        (["export", "--csv", "/no/such/folder/out.csv"], "does not exist"),
        (["--page", "progress"], "--screenshot"),
        (["--screenshot", "out.jpg"], ".png"),
        (["--page", "sideways"], "invalid choice"),
    ],
)
def test_bad_arguments_get_one_line_and_exit_2(tmp_path, capsys, argv, words):
    assert main([*argv, "--data-dir", str(tmp_path)] if argv[0] in ("stats", "export") else argv) == 2
    assert words in one_error_line(capsys)


def test_a_data_dir_that_is_a_file_is_refused(tmp_path, capsys):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    assert main(["stats", "--data-dir", str(not_a_folder)]) == 2
    assert "not a folder" in one_error_line(capsys)
    assert main(["--data-dir", str(not_a_folder), "--smoke"]) == 2
    assert "not a folder" in one_error_line(capsys)


def test_export_into_a_folder_path_is_refused(tmp_path, capsys):
    assert main(["export", "--json", str(tmp_path), "--data-dir", str(tmp_path / "d")]) == 2
    assert "is a folder" in one_error_line(capsys)


def test_version_prints_the_version():
    result = subprocess.run([sys.executable, "-m", "trainer", "--version"], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0
    assert result.stdout.strip() == f"pelvic-floor-trainer {__version__}"


def test_stats_as_a_real_process_prints_json(tmp_path):
    result = subprocess.run([sys.executable, "-m", "trainer", "stats", "--json", "--data-dir", str(tmp_path)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["sessions"] == 0
