"""What the command line writes: words in the singular for one, CSV cells a spreadsheet will not run, and an
unknown routine refused before Qt starts, even with no display."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from datetime import date

from helpers.records import make_session

from trainer.app import main


def write_history(folder, sessions):
    folder.mkdir(parents=True, exist_ok=True)
    payload = {"schema_version": 1, "sessions": [session.to_json() for session in sessions]}
    (folder / "history.json").write_text(json.dumps(payload), encoding="utf-8")


def test_one_day_and_one_set_read_in_the_singular(tmp_path, capsys):
    write_history(tmp_path, [make_session(local_date=date.today().isoformat())])
    assert main(["stats", "--data-dir", str(tmp_path)]) == 0
    lines = dict(line.split("  ", 1) for line in capsys.readouterr().out.splitlines())
    assert {label.strip(): value.strip() for label, value in lines.items()}["Current streak"] == "1 day"
    assert "1 days" not in str(lines) and "1 sets" not in str(lines)
    assert [value.strip() for label, value in lines.items() if label.strip() == "This week"] == ["1 set"]


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(tmp_path, capsys):
    hostile = ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]
    sessions = [make_session(id=f"s{n}", note=text, routine_title=text) for n, text in enumerate(hostile)]
    sessions.append(make_session(id="plain", note="felt = good", routine_title="Reverse Kegels"))
    write_history(tmp_path / "data", sessions)
    out = tmp_path / "out.csv"
    assert main(["export", "--csv", str(out), "--data-dir", str(tmp_path / "data")]) == 0
    with out.open(encoding="utf-8", newline="") as file:  # newline="": a quoted cell may hold a carriage return
        rows = list(csv.DictReader(file))
    assert [row["note"] for row in rows] == ["'" + text for text in hostile] + ["felt = good"]
    assert [row["routine_title"] for row in rows][-1] == "Reverse Kegels"
    assert all(row["routine_title"].startswith("'") for row in rows[:-1])
    assert rows[0]["sets_completed"] == "1" and rows[0]["duration_s"] == "150.0"


def test_an_unknown_routine_is_refused_in_one_line_without_a_display(tmp_path):
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "trainer", "--routine", "nope", "--data-dir", str(tmp_path)],
                            capture_output=True, text=True, env=env, check=False, timeout=60)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "unknown routine 'nope'" in result.stderr and "reverse-kegel-women" in result.stderr
