"""The command line: parse arguments, then open the window or run a command.

``stats`` and ``export`` never import Qt, so they answer quickly and work on machines without a display.
Every mistake in the arguments gets one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Callable

from trainer import APP_NAME, __version__
from trainer.core.i18n import tr


class UsageError(Exception):
    """A user mistake on the command line; the message is printed as one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would print the whole usage; one clear line is kinder
        raise UsageError(message)


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without ``with_commands``, only the options of the window."""
    parser = _Parser(prog=APP_NAME, description=tr("A calm trainer for reverse Kegels and pelvic-floor relaxation."))
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", type=Path, help=tr("folder for history, settings, backups and the lock"))
    parser.add_argument("--routine", metavar="ID", help=tr("preselect a routine by its id"))
    parser.add_argument("--smoke", action="store_true", help=tr("open the main window, paint it, and exit"))
    parser.add_argument("--screenshot", type=Path, metavar="FILE.png", help=tr("render the window to a PNG and exit"))
    parser.add_argument("--page", choices=("train", "progress"), default="train", help=tr("page for --screenshot"))
    parser.add_argument("--background", action="store_true", help=tr("start with no window: tray and reminders only"))
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    stats = commands.add_parser("stats", help=tr("print streaks and totals"))
    stats.add_argument("--json", action="store_true", help=tr("print one JSON object"))
    stats.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)
    export = commands.add_parser("export", help=tr("export the session history"))
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--csv", type=Path, metavar="FILE")
    target.add_argument("--json", type=Path, metavar="FILE")
    export.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)
    add_programme_commands(commands)
    _add_sharing_commands(commands)
    return parser


def parse_arguments(arguments: list[str]) -> argparse.Namespace:
    """Parse ``arguments``, building the commands' parsers only where they can matter.

    Opening the window takes only the top-level options, and the two dozen parsers of the commands cost each
    start about 5 ms (argparse looks up its own texts' translations for each). So those options are tried
    alone first; anything they do not take (a command, a mistake) and any request for help is parsed by
    the whole parser, whose answer and messages are the ones the user gets.
    """
    asks_for_help = any(argument.startswith(("-h", "--h")) for argument in arguments)
    if not asks_for_help:
        try:
            return build_parser(with_commands=False).parse_args(arguments)
        except UsageError:
            pass
    return build_parser().parse_args(arguments)


def add_programme_commands(commands) -> None:
    """``plan`` and ``routine import|export`` (issue 12); their work is in trainer/programme_commands.py."""
    plan = commands.add_parser("plan", help=tr("print today's plan from the programme and the history"))
    plan.add_argument("--json", action="store_true", help=tr("print one JSON object"))
    plan.add_argument("--routine", metavar="ID", default=argparse.SUPPRESS, help=tr("plan for this routine"))
    plan.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)
    routine = commands.add_parser("routine", help=tr("import or export a routine file"))
    routine.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)
    actions = routine.add_subparsers(dest="routine_command", required=True, parser_class=_Parser)
    imports = actions.add_parser("import", help=tr("add a routine file to your routines"))
    imports.add_argument("file", type=Path, metavar="FILE")
    imports.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)
    exports = actions.add_parser("export", help=tr("write a routine to a file"))
    exports.add_argument("id", metavar="ID")
    exports.add_argument("file", type=Path, metavar="FILE")
    exports.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)


def run_programme_command(args: argparse.Namespace, data_dir: Path) -> int:
    from trainer import commands, programme_commands

    try:
        if args.command == "plan":
            return programme_commands.plan(data_dir, routine_id=args.routine, as_json=args.json)
        if args.routine_command == "import":
            return programme_commands.routine_import(data_dir, args.file)
        return programme_commands.routine_export(data_dir, args.id, args.file)
    except commands.CommandError as error:
        raise UsageError(str(error)) from None


def _add_sharing_commands(commands) -> None:
    """``import``, ``sync`` and ``report`` (trainer/sync_commands.py)."""
    from trainer.core.periods import parse_day, parse_days

    imports = commands.add_parser("import", help=tr("merge another history, export or device log"))
    imports.add_argument("file", type=Path, metavar="FILE")
    imports.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)
    sync = commands.add_parser("sync", help=tr("sync once with the settings' sync folder"))
    sync.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)
    report = commands.add_parser("report", help=tr("write a one- or two-page PDF for a physiotherapist"))
    report.add_argument("--pdf", type=Path, metavar="FILE", required=True)
    span = report.add_mutually_exclusive_group()
    span.add_argument("--days", type=parse_days, metavar="N", help=tr("the last N days (28 unless told)"))
    span.add_argument("--from", dest="start", type=parse_day, metavar="DATE")
    report.add_argument("--to", dest="end", type=parse_day, metavar="DATE")
    report.add_argument("--name", help=tr("a name to print on the report (none unless given)"))
    report.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)


def resolve_data_dir(given: Path | None) -> Path:
    """The data folder to use. Whether it is usable is checked once, where it is opened
    (``trainer.core.datadir.ensure_data_dir``), and reported from there as one line."""
    if given is None:
        from trainer.paths import default_data_dir

        return default_data_dir()
    return given.expanduser().absolute()


def check_routine(routine_id: str, data_dir: Path) -> None:
    """Refuse an unknown ``--routine`` before Qt starts: without a display, Qt would abort before any message."""
    from trainer.core.routines import load_catalog
    from trainer.paths import builtin_routines_dir, user_routines_dir

    catalog = load_catalog(builtin_routines_dir(), user_routines_dir(data_dir))
    if catalog.get(routine_id) is None:
        known = ", ".join(routine.id for routine in catalog.routines)
        raise UsageError(tr("unknown routine '{id}' (known: {known})").format(id=routine_id, known=known))


def main(argv: list[str] | None = None, *, wall_now: Callable[[], datetime] | None = None) -> int:
    """Run the command line; ``wall_now`` stands in for the local clock (tests fix "today" with it)."""
    arguments = sys.argv[1:] if argv is None else argv
    if arguments[:1] == ["--speech-worker"]:
        # A bundle has no "python -m": it runs itself with this flag to host the speech engine's process.
        from trainer.ui.audio.speech_worker import main as speech_worker

        return speech_worker()
    try:
        args = parse_arguments(arguments)
        data_dir = resolve_data_dir(args.data_dir)
        if args.command in ("stats", "export"):
            from trainer import commands

            try:
                if args.command == "stats":
                    return commands.stats(data_dir, as_json=args.json, wall_now=wall_now)
                return commands.export(data_dir, csv_path=args.csv, json_path=args.json)
            except commands.CommandError as error:
                raise UsageError(str(error)) from None
        if args.command in ("plan", "routine"):
            return run_programme_command(args, data_dir)
        if args.command in ("import", "sync", "report"):
            from trainer import commands, sync_commands

            try:
                if args.command == "import":
                    return sync_commands.import_command(data_dir, args.file)
                if args.command == "sync":
                    return sync_commands.sync_command(data_dir)
                return sync_commands.report_command(data_dir, args.pdf, days=args.days, start=args.start,
                                                    end=args.end, name=args.name)
            except commands.CommandError as error:
                raise UsageError(str(error)) from None
        if args.page != "train" and args.screenshot is None:
            raise UsageError(tr("--page only goes with --screenshot"))
        if args.screenshot is not None and args.screenshot.suffix.lower() != ".png":
            raise UsageError(tr("--screenshot needs a file name ending in .png"))
        if args.background and (args.smoke or args.screenshot is not None):
            raise UsageError(tr("--background opens no window, so it does not go with --smoke or --screenshot"))
        if args.routine is not None:
            check_routine(args.routine, data_dir)
        from trainer.ui.shell import collector

        collector.pause()  # resumed at the first paint, or when the window's run ends without one
        from trainer.ui.shell.application import GuiOptions, run_gui

        options = GuiOptions(data_dir=data_dir, routine=args.routine, smoke=args.smoke,
                             screenshot=args.screenshot, page=args.page, background=args.background)
        return run_gui(options)
    except UsageError as error:
        label = tr("error")  # outside the f-string, where lupdate sees it
        print(f"{APP_NAME}: {label}: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
