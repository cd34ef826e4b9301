"""The trend of self-timed holds: the day's average real hold, with removed and guided sessions left out."""

from __future__ import annotations

from datetime import date

from helpers.records import make_session
from trainer.core.hold_stats import real_hold_trend


def test_each_day_averages_its_self_timed_holds_and_skips_what_does_not_count():
    sessions = [
        make_session("2026-03-02", holds_s=(4.0, 6.0)),
        make_session("2026-03-02", holds_s=(5.0,)),
        make_session("2026-03-01", holds_s=(3.0, 3.4)),
        make_session("2026-03-03"),  # guided
        make_session("2026-03-04", holds_s=(9.0,), deleted_at="2026-03-04T10:00:00+00:00"),
        make_session("2026-03-05", holds_s=(2.0,), sets_completed=0, outcome="stopped"),
    ]
    assert real_hold_trend(sessions) == [(date(2026, 3, 1), 3.2), (date(2026, 3, 2), 5.0)]
