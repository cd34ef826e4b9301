"""The hold progression over synthetic histories: start, step up, hold, ease off, bounds and day boundaries."""

from __future__ import annotations

from dataclasses import replace

from programme_kit import PROGRAMME, day, plan_for, session


def comfortable_run(start: int, count: int = 3, hold_s: float = 5.0, **fields):
    return [session(start + index, hold_s=hold_s, **fields) for index in range(count)]


def test_a_new_history_starts_at_five_seconds():
    """No sessions yet: hold 5 s, reason "start", with nothing done today."""
    plan = plan_for([], day(0))
    assert (plan.hold_s, plan.reason, plan.sets_today, plan.daily_target_sets) == (5.0, "start", 0, 3)
    assert plan.routine_id == "reverse-kegel-women" and plan.reps == 10
    assert plan.message == "Today: hold 5 s · 0 of 3 sets done · starting gently"


def test_three_comfortable_sessions_on_three_days_step_up_one_second():
    """Three completed, unrated or green sessions on three days: the next day's hold is 6 s.

    The step is dated on the first day practised at the new hold, and reads "progressed" through that day.
    """
    history = [session(0), session(1, discomfort=3), session(2, discomfort=0)]
    plan = plan_for(history, day(3))
    assert (plan.hold_s, plan.reason, plan.last_step_on) == (6.0, "progressed", day(3))
    assert "stepped up" in plan.message
    assert plan_for(history, day(5)).last_step_on == day(5)
    history.append(session(3, hold_s=6.0))
    assert plan_for(history, day(3)).reason == "progressed"
    later = plan_for(history, day(4))
    assert (later.hold_s, later.reason, later.last_step_on) == (6.0, "steady", day(3))


def test_three_sessions_on_two_days_do_not_step_up():
    history = [session(0), session(0, hour=18), session(1)]
    assert plan_for(history, day(5)).hold_s == 5.0


def test_stopped_sessions_and_amber_ratings_are_not_comfortable():
    history = [session(0), session(1, outcome="stopped"), session(2, discomfort=4)]
    assert plan_for(history, day(3)).hold_s == 5.0


def test_sessions_below_the_current_hold_do_not_count():
    history = comfortable_run(0, hold_s=4.0)
    assert plan_for(history, day(3)).hold_s == 5.0


def test_the_next_step_waits_five_days_after_the_last():
    """Stepped up on day 3; three more comfortable sessions by day 6 are not enough until day 8."""
    history = comfortable_run(0) + comfortable_run(3, hold_s=6.0)
    assert plan_for(history, day(6)).hold_s == 6.0
    assert plan_for(history, day(7)).hold_s == 6.0
    assert plan_for(history, day(8)).hold_s == 7.0


def test_a_rating_of_four_or_five_holds_the_level_for_three_sessions():
    """After a 5/10, three more sessions stay at the hold even when comfortable; the count starts again."""
    history = [session(0), session(1), session(2, discomfort=5)]
    plan = plan_for(history, day(3))
    assert (plan.hold_s, plan.reason, plan.steady_left) == (5.0, "steady", 3)
    assert "staying at this hold for 3 more sessions" in plan.message
    history += comfortable_run(3, count=2)
    assert plan_for(history, day(5)).hold_s == 5.0
    assert plan_for(history, day(5)).steady_left == 1
    history += [session(5)]
    assert plan_for(history, day(6)).hold_s == 6.0


def test_a_discomfort_stop_drops_a_step_and_proposes_the_breathing_drop():
    history = comfortable_run(0) + [session(3, hold_s=6.0, outcome="discomfort")]
    plan = plan_for(history, day(3))
    assert plan.reason == "eased"
    assert plan.routine_id == "breath-drop" and plan.asked_routine_id == "reverse-kegel-women"
    assert plan.hold_s is None and plan.programme_hold_s == 5.0 and plan.last_step_on == day(3)
    assert plan.advice and "physiotherapist" in plan.advice
    assert "next time, hold 5 s" in plan.message


def test_a_rating_of_six_or_more_eases_off_like_a_stop():
    history = comfortable_run(0) + [session(3, hold_s=6.0, discomfort=6)]
    plan = plan_for(history, day(4))
    assert (plan.reason, plan.routine_id, plan.programme_hold_s) == ("eased", "breath-drop", 5.0)


def test_after_the_breathing_session_the_routine_comes_back_at_the_lower_hold():
    history = comfortable_run(0) + [session(3, hold_s=6.0, outcome="discomfort"),
                                    session(4, routine_id="breath-drop")]
    plan = plan_for(history, day(5))
    assert (plan.routine_id, plan.hold_s, plan.reason, plan.advice) == ("reverse-kegel-women", 5.0, "steady", None)


def test_after_an_ease_the_wait_and_the_count_start_again():
    """Eased on day 3: comfortable sessions on days 4-6 step up only once five days have passed, on day 8."""
    history = comfortable_run(0) + [session(3, hold_s=6.0, outcome="discomfort")] + comfortable_run(4)
    assert plan_for(history, day(7)).hold_s == 5.0
    assert plan_for(history, day(8)).hold_s == 6.0


def test_the_hold_never_drops_below_three_seconds():
    history = [session(index, hold_s=3.0, outcome="discomfort") for index in range(5)]
    plan = plan_for(history, day(5))
    assert plan.programme_hold_s == 3.0 and plan.level == 1


def test_the_hold_never_goes_above_ten_seconds():
    """Eight weeks of comfortable daily practice at the planned hold stop at 10 s."""
    history = []
    for offset in range(60):
        history.append(session(offset, hold_s=plan_for(history, day(offset)).hold_s))
    plan = plan_for(history, day(60))
    assert plan.hold_s == 10.0 and plan.level == plan.levels == 8
    assert "the longest hold" in plan.message


def test_kegels_progress_on_their_own_track():
    """Comfortable reverse Kegels do not lengthen Kegel holds."""
    history = comfortable_run(0)
    assert plan_for(history, day(3), routine_id="kegel-women").hold_s == 5.0
    kegels = comfortable_run(0, routine_id="kegel-women")
    assert plan_for(kegels, day(3), routine_id="kegel-men").hold_s == 6.0


def test_days_come_from_the_stored_local_date_with_its_day_start_hour():
    """A 01:30 session recorded for the evening before (day start 3) is on the same day as that evening's."""
    evening = session(1, hour=21)
    after_midnight = session(1, started_at=f"{day(2).isoformat()}T01:30:00+01:00")
    history = [session(0), evening, after_midnight]
    assert plan_for(history, day(3)).hold_s == 5.0
    assert plan_for(history + [session(3)], day(4)).hold_s == 6.0


def test_sessions_count_in_the_order_they_were_started_across_time_zones():
    """A discomfort stop started last (in UTC terms) wins, whatever order the file lists them in."""
    ease = session(3, started_at=f"{day(3).isoformat()}T09:00:00+00:00", outcome="discomfort")
    earlier = session(3, started_at=f"{day(3).isoformat()}T09:30:00+02:00")
    assert plan_for(comfortable_run(0) + [ease, earlier], day(3)).reason == "eased"


def test_deleted_sessions_are_ignored():
    history = comfortable_run(0)
    removed = [replace(item, deleted_at="2026-03-06T10:00:00+01:00") for item in history]
    assert plan_for(removed, day(3)).hold_s == 5.0
    hurt = replace(session(3, outcome="discomfort"), deleted_at="2026-03-06T10:00:00+01:00")
    assert plan_for(history + [hurt], day(3)).reason == "progressed"


def test_a_self_timed_hold_released_well_early_is_not_comfortable():
    """Holds averaging under 80 % of the 5 s target keep the level; at 80 % or more they count."""
    early = comfortable_run(0, holds_s=(3.0, 4.0, 4.5))
    assert plan_for(early, day(3)).hold_s == 5.0
    enough = comfortable_run(0, holds_s=(4.0, 4.0, 5.0))
    assert plan_for(enough, day(3)).hold_s == 6.0


def test_the_persons_own_hold_wins_and_the_programme_still_shows():
    plan = plan_for(comfortable_run(0), day(3), override_s=8.0)
    assert (plan.hold_s, plan.override_s, plan.programme_hold_s) == (8.0, 8.0, 6.0)
    assert "your own choice" in plan.message and "6 s" in plan.message


def test_rest_between_holds_is_never_shorter_than_the_hold():
    plan = plan_for([], day(0), override_s=12.0)
    assert plan.rest_s == 12.0
    assert plan.session_s == 5 + 10 * (12 + 12)


def test_the_daily_target_is_lowered_to_keep_under_the_daily_minutes():
    """Six sets of a 10 s hold would take over 12 minutes; the plan asks for as many as fit."""
    plan = plan_for([], day(0), override_s=10.0, target=6)
    assert plan.daily_target_sets == 3
    assert plan.daily_target_sets * plan.session_s <= PROGRAMME.max_daily_minutes * 60


def test_sets_today_add_up_every_routine_but_deleted_sessions():
    history = [session(0, sets_completed=1), session(0, routine_id="breath-drop", sets_completed=1),
               replace(session(0), deleted_at="2026-03-02T10:00:00+01:00")]
    assert plan_for(history, day(0)).sets_today == 2
    assert "2 of 3 sets done" in plan_for(history, day(0)).message


def test_plan_json_holds_the_contract_keys():
    data = plan_for(comfortable_run(0), day(3)).to_json()
    assert {"routine_id", "hold_s", "reps", "sets_today", "daily_target_sets", "level", "reason",
            "message"} <= set(data)
    assert data["last_step_on"] == day(3).isoformat()
