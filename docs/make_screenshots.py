"""Render the README's pictures: the Train page mid-session, the Progress page with a month of practice, the
Train page in dark mode, and the Train page in German.

Run from the checkout with ``QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py``. Nothing
touches the real data folder: a temporary one holds a synthetic month, and a fake clock stops the session at
a chosen moment so the pictures are the same on every run.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import uuid
from datetime import date, datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from trainer.core.clock import FakeClock  # noqa: E402
from trainer.core.records import SessionRecord  # noqa: E402
from trainer.core.routines import load_catalog  # noqa: E402
from trainer.core.store import Store  # noqa: E402
from trainer.paths import builtin_routines_dir  # noqa: E402
from trainer.ui.shell.application import application, use_language  # noqa: E402
from trainer.ui.shell.screenshot import render_to_png, settle  # noqa: E402
from trainer.ui.look.theme import apply_theme  # noqa: E402

DOCS = Path(__file__).resolve().parent


def synthetic_month(store: Store, today: date) -> None:
    """Thirty days of believable practice: mostly two or three sets, a missed day, holds growing from 5 s."""
    rng = random.Random(7)
    for back in range(30, -1, -1):
        day = today - timedelta(days=back)
        if back in (19, 12):
            continue
        sets = 1 if back == 0 else rng.choice((2, 3, 3, 3))
        for n in range(sets):
            started = datetime.combine(day, time(8 + 5 * n, 15)).astimezone()
            hold = 5.0 + (30 - back) // 8
            store.append_session(SessionRecord(
                id=str(uuid.UUID(int=rng.getrandbits(128))), routine_id="reverse-kegel-women",
                routine_title="Reverse Kegels for women", started_at=started.isoformat(timespec="seconds"),
                local_date=day.isoformat(), duration_s=5 + 10 * (3 + hold + 5), reps_planned=10,
                reps_completed=10, sets_completed=1, hold_s=hold, outcome="completed"))


def mid_session(window, clock: FakeClock, seconds: float) -> None:
    """Start the selected routine on the fake clock and stop time ``seconds`` in."""
    controller = window.train_page.controller
    controller.toggle()
    steps = int(seconds / 0.1)
    for _ in range(steps):
        clock.advance(0.1)
        controller.tick()


def shoot(theme: str, page: str, out: Path, seconds: float | None, language: str = "en") -> None:
    from trainer.ui.shell.main_window import MainWindow
    from trainer.ui.state import AppState

    app = application()
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder))
        store.save_settings(store.settings.replace(
            theme=theme, language=language, safety_accepted_at=datetime.now().astimezone().isoformat(timespec="seconds")))
        synthetic_month(store, date.today())
        use_language(app, language)
        apply_theme(app, theme)
        clock = FakeClock()
        window = MainWindow(AppState(store), load_catalog(builtin_routines_dir()), clock=clock, preview=True)
        window.select_routine("reverse-kegel-women")
        window.show_page(page)
        if seconds is not None:
            render_to_png(window, out)  # lay the window out at its final size before the session starts
            mid_session(window, clock, seconds)
            settle()
        render_to_png(window, out)
        window.train_page.controller.stop()
        window.close()
        window.deleteLater()
        settle()
        use_language(app, "en")
    print(f"wrote {out}")


def main() -> int:
    shoot("light", "train", DOCS / "screenshot-train.png", seconds=6.6)
    shoot("light", "progress", DOCS / "screenshot-progress.png", seconds=None)
    shoot("dark", "train", DOCS / "screenshot-dark.png", seconds=10.5)
    shoot("light", "train", DOCS / "screenshot-de.png", seconds=6.6, language="de")
    return 0


if __name__ == "__main__":
    sys.exit(main())
