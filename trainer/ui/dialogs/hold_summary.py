"""The summary's words for self-timed holds: each real hold against the target, said kindly.

Shorter holds are information, never a failure: the programme simply waits until they come easily.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from trainer.core.records import SessionRecord

_CONTEXT = "HoldSummary"
EASY_SHARE = 0.8  # the programme's min_self_timed_share: holds averaging this much of the target count as easy


def seconds_text(value: float) -> str:
    return QCoreApplication.translate(_CONTEXT, "{seconds} s").format(seconds=QLocale().toString(value, "f", 1))


def holds_line(record: SessionRecord) -> str | None:
    """"Your holds: 4.8 s, 5.2 s, 5.0 s — target 5 s." and a kind word; None for a guided session."""
    holds = record.holds_s
    if not holds:
        return None
    t = QCoreApplication.translate
    listed = t(_CONTEXT, ", ").join(seconds_text(hold) for hold in holds)
    target = QLocale().toString(record.hold_s, "g", 3)
    line = t(_CONTEXT, "Your holds: {holds} — target {target} s.").format(holds=listed, target=target)
    average = sum(holds) / len(holds)
    if average >= record.hold_s:
        word = t(_CONTEXT, "You held the whole time, or longer. Longer is not needed: comfort matters most.")
    elif average >= EASY_SHARE * record.hold_s:
        word = t(_CONTEXT, "Close to the target, and that is plenty.")
    else:
        word = t(_CONTEXT, "Shorter holds are fine. The hold stays where it is until it comes easily.")
    return t(_CONTEXT, "{line} {word}").format(line=line, word=word)
