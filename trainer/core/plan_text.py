"""The words of a plan: the one-line message for the person, and the prescription as a physiotherapist writes it.

Counts pick the singular or the plural sentence, each a whole sentence marked for translation on its own
("repeat once" and "repeat {n} times" are two entries), since the core's ``tr`` has no plural forms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.core.i18n import tr
from trainer.core.programme_file import Programme
from trainer.core.routine_hold import rest_between_holds_s, with_hold
from trainer.core.routines import Routine

if TYPE_CHECKING:
    from trainer.core.plan import Plan


def plural(n: int, one: str, many: str, **values: object) -> str:
    """``one`` or ``many`` (both already translated), with ``{n}`` and ``values`` filled in."""
    return (one if n == 1 else many).format(n=n, **values)


def seconds(value: float) -> str:
    return f"{value:g}"


def plan_advice(programme: Programme) -> str:
    return tr(programme.ease_advice, "programme")


def plan_message(plan: "Plan", title: str, *, at_ceiling: bool) -> str:
    """"Today: hold 6 s · 1 of 3 sets done · stepped up after comfortable sessions"."""
    if plan.hold_s is None:
        today = tr("Today: {title} instead") if plan.routine_id != plan.asked_routine_id else tr("Today: {title}")
        today = today.format(title=title)
    elif plan.override_s is not None and plan.override_s != plan.programme_hold_s:
        today = tr("Today: hold {hold} s, your own choice (the programme suggests {suggested} s)").format(
            hold=seconds(plan.hold_s), suggested=seconds(plan.programme_hold_s))
    else:
        today = tr("Today: hold {hold} s").format(hold=seconds(plan.hold_s))
    done = plural(plan.daily_target_sets, tr("{done} of {n} set done"), tr("{done} of {n} sets done"),
                  done=plan.sets_today)
    return " · ".join((today, done, _why(plan, at_ceiling)))


def _why(plan: "Plan", at_ceiling: bool) -> str:
    # Imported here: the window's first paint needs ``prescription`` only, not the programme's fold.
    from trainer.core.programme import EASED, PROGRESSED, START

    if plan.reason == EASED:
        if plan.hold_s is None and plan.programme_hold_s is not None:
            return tr("eased off after discomfort; next time, hold {hold} s").format(
                hold=seconds(plan.programme_hold_s))
        return tr("eased off after discomfort")
    if plan.reason == PROGRESSED:
        return tr("stepped up after comfortable sessions")
    if plan.reason == START:
        return tr("starting gently")
    if plan.steady_left:
        return plural(plan.steady_left, tr("staying at this hold for one more session"),
                      tr("staying at this hold for {n} more sessions"))
    if at_ceiling:
        return tr("the longest hold in the programme")
    return tr("keep going while it feels easy")


def prescription(routine: Routine, hold_s: float | None, daily_sets: int, min_rest_share: float = 1.0) -> str:
    """"Hold 6 s, rest 6 s, repeat 10 times, 3 sets a day", for ``routine`` at ``hold_s``."""
    reps = plural(routine.reps_per_set, tr("repeat once"), tr("repeat {n} times"))
    sets = plural(daily_sets, tr("1 set a day"), tr("{n} sets a day"))
    if routine.has_progressive_hold:
        shaped = with_hold(routine, hold_s or routine.hold_s, min_rest_share)
        return tr("Hold {hold} s, rest {rest} s, {reps}, {sets}").format(
            hold=seconds(hold_s or routine.hold_s), rest=seconds(rest_between_holds_s(shaped)), reps=reps, sets=sets)
    cycle = sum(step.s for step in routine.blocks[0].cycle)
    if routine.kind == "breath":
        breaths = plural(routine.reps_per_set, tr("1 slow breath"), tr("{n} slow breaths"))
        return tr("{breaths} of {cycle} s each, {sets}").format(breaths=breaths, cycle=seconds(cycle), sets=sets)
    return tr("{cycle} s each time, {reps}, {sets}").format(cycle=seconds(cycle), reps=reps, sets=sets)
