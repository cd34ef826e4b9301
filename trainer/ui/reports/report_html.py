"""The report for a physiotherapist as rich text for ``QTextDocument``, from a ``ReportData``.

Black, white and grey only, and nothing told by colour alone: a printout on an office laser printer must read
the same. ``note_limit`` and ``event_limit`` keep only the most recent notes and events when the report would
run past two pages; what is left out is then said, with its number, never dropped in silence.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from trainer.core.report_data import Event, ReportData, Row

STYLE = """
body { font-size: 9.5pt; color: #000; }
h1 { font-size: 15pt; margin: 0; }
h2 { font-size: 11pt; margin-top: 10px; margin-bottom: 3px; }
p { margin: 0 0 2px 0; }
p.note { margin: 0 0 4px 0; }
.small { font-size: 8.5pt; color: #333; }
table.grid { border-collapse: collapse; }
table.grid td, table.grid th { border: 1px solid #777; padding: 2px 5px; }
th { background: #e6e6e6; font-weight: bold; text-align: left; }
td.num, th.num { text-align: right; }
"""


def _t(text: str) -> str:
    # Under the unnamed context, where lupdate files a module-level helper's strings.
    return QCoreApplication.translate("", text)


def _seconds(value: float | None) -> str:
    return "–" if value is None else _t("{s} s").format(s=f"{value:.0f}" if value == int(value) else f"{value:.1f}")


def _day(day: date) -> str:
    return day.isoformat()


def _short_day(day: date, since: date) -> str:
    """The end of a span: the year is left off when it is the start's, so a row reads "2026-03-02 – 03-08"."""
    return day.isoformat()[5:] if day.year == since.year else day.isoformat()


def report_html(data: ReportData, *, name: str | None = None, made_on: date, note_limit: int | None = None,
                event_limit: int | None = None, new_page_before: frozenset[int] = frozenset()) -> str:
    """The whole report; ``None`` limits show every note and every event. Each note's paragraph is anchored
    ``note-<index in data.notes>``; those in ``new_page_before`` start a page."""
    parts = [f"<html><head><style>{STYLE}</style></head><body>", _heading(data, name, made_on),
             _prescription(data), _rows(data), _discomfort(data, event_limit), _notes(data, note_limit, new_page_before),
             "</body></html>"]
    return "".join(parts)


def _heading(data: ReportData, name: str | None, made_on: date) -> str:
    period = _t("{start} to {end} ({days} days)").format(
        start=_day(data.period.start), end=_day(data.period.end), days=data.period.days)
    # Texts are translated outside the f-strings: lupdate does not look inside them.
    title = _t("Pelvic-floor practice report")
    lines = [f"<h1>{escape(title)}</h1>", f"<p><b>{escape(period)}</b></p>"]
    if name and name.strip():
        for_whom = _t("For: {name}").format(name=name.strip())
        lines.append(f"<p>{escape(for_whom)}</p>")
    made = _t("Made with Pelvic Floor Trainer on {day}.").format(day=_day(made_on))
    honest = _t("These figures are what the person recorded in the app themselves; they are not a diagnosis.")
    lines.append(f'<p class="small">{escape(made)} <i>{escape(honest)}</i></p>')
    return "".join(lines)


def _prescription(data: ReportData) -> str:
    plan = data.prescription
    reps = "–" if plan.reps is None else _t("{reps} reps × {sets} set(s) a session").format(
        reps=plan.reps, sets=plan.sets)
    share = f"{100 * _completed(data) / _planned(data):.0f} %" if _planned(data) else "–"
    rows = [
        (_t("Routine"), plan.routine_title or "–",
         ", ".join(_t("{title}: {n} sessions").format(title=item.title, n=item.sessions) for item in data.done)
         or _t("no sessions")),
        (_t("Hold"), _seconds(plan.hold_s), _hold_range(data)),
        (_t("Reps"), reps, _t("{done} of {planned} planned reps done ({share})").format(
            done=_completed(data), planned=_planned(data), share=share)),
        (_t("Sets a day"), str(plan.daily_target_sets),
         _t("{sets} sets in {days} days; target met on {met} of them").format(
             sets=data.sets, days=data.period.days, met=data.days_at_target)),
        (_t("Practice days"), _t("every day"), _t("{n} of {days} days ({minutes:.0f} minutes in all)").format(
            n=data.practice_days, days=data.period.days, minutes=data.minutes)),
    ]
    prescribed, done = _t("Prescribed (as set now)"), _t("Done in this period")
    head = f"<tr><th></th><th>{escape(prescribed)}</th><th>{escape(done)}</th></tr>"
    body = "".join(f"<tr><th>{escape(a)}</th><td>{escape(b)}</td><td>{escape(c)}</td></tr>" for a, b, c in rows)
    heading = _t("Prescription and practice")
    return (f"<h2>{escape(heading)}</h2>"
            f'<table class="grid" width="100%" cellspacing="0">{head}{body}</table>')


def _completed(data: ReportData) -> int:
    return sum(item.reps_completed for item in data.done)


def _planned(data: ReportData) -> int:
    return sum(item.reps_planned for item in data.done)


def _hold_range(data: ReportData) -> str:
    if not data.done:
        return "–"
    low = min(item.shortest_hold_s for item in data.done)
    high = max(item.longest_hold_s for item in data.done)
    return _seconds(low) if low == high else f"{_seconds(low)} – {_seconds(high)}"


def _rows(data: ReportData) -> str:
    title = _t("Month by month") if data.monthly else _t("Week by week")
    target = data.prescription.daily_target_sets
    head = "".join(f'<th{cls}>{escape(text)}</th>' for cls, text in (
        ("", _t("Month") if data.monthly else _t("Week")), (' class="num"', _t("Practice days")),
        (' class="num"', _t("Sets (target)")), (' class="num"', _t("Days at target")),
        (' class="num"', _t("Hold set")), (' class="num"', _t("Self-timed holds: average, longest")),
    ))
    body = "".join(_row(row, target) for row in data.rows)
    return (f"<h2>{escape(title)}</h2>"
            f'<table class="grid" width="100%" cellspacing="0"><tr>{head}</tr>{body}</table>')


def _row(row: Row, target: int) -> str:
    span = _day(row.start) if row.start == row.end else f"{_day(row.start)} – {_short_day(row.end, row.start)}"
    timed = "–" if row.self_timed_mean_s is None else (
        f"{_seconds(row.self_timed_mean_s)}, {_seconds(row.self_timed_longest_s)}")
    cells = (
        f'<td style="white-space: nowrap;">{span}</td>',
        f'<td class="num">{row.practice_days} / {row.days}</td>',
        f'<td class="num">{row.sets} ({target * row.days})</td>',
        f'<td class="num">{row.days_at_target} / {row.days}</td>',
        f'<td class="num">{_seconds(row.hold_s)}</td>',
        f'<td class="num">{timed}</td>',
    )
    return "<tr>" + "".join(cells) + "</tr>"


def _discomfort(data: ReportData, limit: int | None) -> str:
    heading = _t("Discomfort and stops")
    parts = [f"<h2>{escape(heading)}</h2>"]
    if data.ratings:
        counts = "; ".join(_t("{rating}/10: {n} sessions").format(rating=rating, n=n)
                           for rating, n in data.ratings.items())
        given = _t("Discomfort ratings given after sessions: {counts}.").format(counts=counts)
        parts.append(f"<p>{escape(given)}</p>")
    else:
        none_given = _t("No discomfort ratings were given.")
        parts.append(f"<p>{escape(none_given)}</p>")
    if not data.events:
        no_stops = _t("No session was stopped early or rated above 0.")
        parts.append(f"<p>{escape(no_stops)}</p>")
        return "".join(parts)
    shown = _recent(data.events, limit)
    if len(shown) < len(data.events):
        parts.append(_more(_t("… {n} earlier stops and ratings are in the app."), len(data.events) - len(shown)))
    several = len(data.done) > 1
    items = "".join(f"<li>{escape(_event(event, several))}</li>" for event in shown)
    parts.append(f"<ul style=\"margin-top: 2px;\">{items}</ul>")
    return "".join(parts)


def _event(event: Event, with_routine: bool) -> str:
    """One line: the day, what happened, and the routine only when the period had more than one."""
    what = {
        "stopped": _t("stopped early after {done} of {planned} reps"),
        "discomfort": _t("stopped for discomfort after {done} of {planned} reps"),
        "completed": _t("completed {done} of {planned} reps"),
    }[event.outcome].format(done=event.reps_completed, planned=event.reps_planned)
    if event.discomfort is not None:
        what = _t("discomfort {rating}/10; {what}").format(rating=event.discomfort, what=what)
    if with_routine:
        what = f"{what} ({event.routine_title})"
    return f"{_day(event.day)} — {what}"


def _notes(data: ReportData, limit: int | None, new_page_before: frozenset[int]) -> str:
    heading = _t("Notes")
    parts = [f"<h2>{escape(heading)}</h2>"]
    if not data.notes:
        no_notes = _t("No notes in this period.")
        parts.append(f"<p>{escape(no_notes)}</p>")
        return "".join(parts)
    shown = _recent(data.notes, limit)
    if len(shown) < len(data.notes):
        parts.append(_more(_t("… {n} earlier notes are in the app."), len(data.notes) - len(shown)))
    first = len(data.notes) - len(shown)
    for index, note in enumerate(shown, start=first):
        text = escape(note.text).replace("\n", "<br>")
        style = ' style="page-break-before: always;"' if index in new_page_before else ""
        parts.append(f'<p class="note"{style}><a name="note-{index}"><b>{_day(note.day)}</b></a> — {text}</p>')
    return "".join(parts)


def _recent(items: tuple, limit: int | None) -> tuple:
    """The last ``limit`` items (the period's most recent, nearest the visit), in date order."""
    return items if limit is None or limit >= len(items) else items[len(items) - limit:]


def _more(template: str, n: int) -> str:
    return f'<p class="small"><i>{escape(template.format(n=n))}</i></p>'
