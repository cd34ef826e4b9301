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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=APP_NAME, description=tr("A calm trainer for reverse Kegels and pelvic-floor relaxation."))
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", type=Path, help=tr("folder for history, settings, backups and the lock"))
    parser.add_argument("--routine", metavar="ID", help=tr("preselect a routine by its id"))
    parser.add_argument("--smoke", action="store_true", help=tr("open the main window, paint it, and exit"))
    parser.add_argument("--screenshot", type=Path, metavar="FILE.png", help=tr("render the window to a PNG and exit"))
    parser.add_argument("--page", choices=("train", "progress"), default="train", help=tr("page for --screenshot"))
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    stats = commands.add_parser("stats", help=tr("print streaks and totals"))
    stats.add_argument("--json", action="store_true", help=tr("print one JSON object"))
    stats.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)
    export = commands.add_parser("export", help=tr("export the session history"))
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--csv", type=Path, metavar="FILE")
    target.add_argument("--json", type=Path, metavar="FILE")
    export.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)
    return parser


def resolve_data_dir(given: Path | None) -> Path:
    """The data folder to use. Whether it is usable is checked once, where it is opened
    (``trainer.core.datadir.ensure_data_dir``), and reported from there as one line."""
    if given is None:
        from trainer.paths import default_data_dir

        return default_data_dir()
    return given.expanduser().absolute()


def main(argv: list[str] | None = None, *, wall_now: Callable[[], datetime] | None = None) -> int:
    """Run the command line; ``wall_now`` stands in for the local clock (tests fix "today" with it)."""
    try:
        args = build_parser().parse_args(argv)
        data_dir = resolve_data_dir(args.data_dir)
        if args.command in ("stats", "export"):
            from trainer import commands

            try:
                if args.command == "stats":
                    return commands.stats(data_dir, as_json=args.json, wall_now=wall_now)
                return commands.export(data_dir, csv_path=args.csv, json_path=args.json)
            except commands.CommandError as error:
                raise UsageError(str(error)) from None
        if args.page != "train" and args.screenshot is None:
            raise UsageError(tr("--page only goes with --screenshot"))
        if args.screenshot is not None and args.screenshot.suffix.lower() != ".png":
            raise UsageError(tr("--screenshot needs a file name ending in .png"))
        from trainer.ui.shell.application import GuiOptions, run_gui

        options = GuiOptions(data_dir=data_dir, routine=args.routine, smoke=args.smoke,
                             screenshot=args.screenshot, page=args.page)
        return run_gui(options)
    except UsageError as error:
        print(f"{APP_NAME}: {tr('error')}: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
