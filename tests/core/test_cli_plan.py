"""`plan` on the command line: one JSON object (DESIGN "Command line"), a readable text, clear mistakes."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta

from helpers.records import make_session

from trainer.app import main

CONTRACT_KEYS = {"routine_id", "hold_s", "reps", "sets_today", "daily_target_sets", "level", "reason", "message"}


def write_data(folder, sessions=(), settings=None):
    folder.mkdir(parents=True, exist_ok=True)
    payload = {"schema_version": 1, "sessions": [session.to_json() for session in sessions]}
    (folder / "history.json").write_text(json.dumps(payload), encoding="utf-8")
    if settings is not None:
        (folder / "settings.json").write_text(json.dumps({"schema_version": 1, **settings}), encoding="utf-8")


def plan_json(capsys, *arguments) -> dict:
    assert main(["plan", "--json", *arguments]) == 0
    return json.loads(capsys.readouterr().out)


def days_ago(n: int) -> str:
    return (datetime.now().astimezone().date() - timedelta(days=n)).isoformat()


def test_plan_json_on_a_new_data_dir_starts_at_five_seconds(tmp_path, capsys):
    data = plan_json(capsys, "--data-dir", str(tmp_path / "new"))
    assert CONTRACT_KEYS <= set(data)
    assert (data["routine_id"], data["hold_s"], data["reason"], data["sets_today"]) == (
        "reverse-kegel-women", 5.0, "start", 0)


def test_plan_json_follows_the_history_and_the_settings(tmp_path, capsys):
    """Three comfortable days of men's reverse Kegels, and a daily target of 2, give hold 6 s of 2 sets."""
    sessions = [make_session(local_date=days_ago(n), routine_id="reverse-kegel-men") for n in (3, 2, 1)]
    write_data(tmp_path, sessions, {"daily_target_sets": 2, "last_routine_id": "reverse-kegel-men"})
    data = plan_json(capsys, "--data-dir", str(tmp_path))
    assert (data["routine_id"], data["hold_s"], data["reason"], data["daily_target_sets"]) == (
        "reverse-kegel-men", 6.0, "progressed", 2)
    assert data["message"] == "Today: hold 6 s · 0 of 2 sets done · stepped up after comfortable sessions"


def test_plan_json_after_a_discomfort_stop_proposes_the_breathing_drop(tmp_path, capsys):
    write_data(tmp_path, [make_session(local_date=days_ago(0), outcome="discomfort")])
    data = plan_json(capsys, "--routine", "reverse-kegel-women", "--data-dir", str(tmp_path))
    assert (data["routine_id"], data["reason"], data["sets_today"]) == ("breath-drop", "eased", 1)
    assert "physiotherapist" in data["advice"]


def test_the_hold_control_overrides_the_plan(tmp_path, capsys):
    write_data(tmp_path, settings={"hold_s": {"kegel-women": 7}})
    data = plan_json(capsys, "--routine", "kegel-women", "--data-dir", str(tmp_path))
    assert (data["hold_s"], data["override_s"], data["programme_hold_s"]) == (7.0, 7.0, 5.0)


def test_plain_plan_prints_the_message_and_the_prescription(tmp_path, capsys):
    assert main(["plan", "--data-dir", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Today: hold 5 s · 0 of 3 sets done · starting gently",
        "Hold 5 s, rest 8 s, repeat 10 times, 3 sets a day",
    ]


def test_an_unknown_routine_is_one_line_and_exit_2(tmp_path, capsys):
    assert main(["plan", "--routine", "nope", "--data-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "there is no routine 'nope'" in err[0]


def test_a_data_dir_that_is_a_file_is_one_line_and_exit_2(tmp_path, capsys):
    afile = tmp_path / "file"
    afile.write_text("x", encoding="utf-8")
    assert main(["plan", "--json", "--data-dir", str(afile)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "is a file" in err[0]


def test_plan_and_routine_commands_run_without_qt(tmp_path):
    """With PySide6, shiboken6, pyqtgraph and numpy made unimportable, `plan` and `routine export` still work."""
    script = textwrap.dedent(
        """
        import sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in {"PySide6", "shiboken6", "pyqtgraph", "numpy"}:
                    raise ImportError("blocked: " + name)
        sys.meta_path.insert(0, Block())
        from trainer.app import main
        folder = sys.argv[1]
        assert main(["plan", "--json", "--data-dir", folder]) == 0
        assert main(["routine", "export", "breath-drop", folder + "/b.json", "--data-dir", folder]) == 0
        """
    )
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "b.json").is_file()
