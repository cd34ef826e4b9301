"""The window's options are parsed without the commands' parsers; the answers must not differ for that."""

from __future__ import annotations

import pytest

from trainer.app import UsageError, build_parser, parse_arguments

SAME_ANSWER = [
    [],
    ["--smoke"],
    ["--data-dir", "/tmp/x", "--routine", "mens-reverse-kegel"],
    ["--screenshot", "out.png", "--page", "progress"],
    ["--background", "--data-dir=/tmp/x"],
    ["--back"],  # an abbreviation
    ["stats", "--json"],
    ["--data-dir", "/tmp/x", "plan", "--json"],
    ["routine", "export", "mens-reverse-kegel", "out.json"],
    ["report", "--pdf", "r.pdf", "--days", "14"],
]


@pytest.mark.parametrize("arguments", SAME_ANSWER)
def test_the_quick_parse_answers_as_the_whole_parser(arguments):
    assert vars(parse_arguments(arguments)) == vars(build_parser().parse_args(arguments))


@pytest.mark.parametrize("arguments", [["nope"], ["--smoke", "--bogus"], ["--page", "elsewhere"], ["stats", "--csv"]])
def test_a_mistake_gets_the_whole_parsers_message(arguments):
    with pytest.raises(UsageError) as quick:
        parse_arguments(arguments)
    with pytest.raises(UsageError) as whole:
        build_parser().parse_args(arguments)
    assert str(quick.value) == str(whole.value)


@pytest.mark.parametrize("asking", ["-h", "--help", "--he"])
def test_help_lists_the_commands(asking, capsys):
    with pytest.raises(SystemExit):
        parse_arguments([asking])
    out = capsys.readouterr().out
    for command in ("stats", "export", "plan", "routine", "import", "sync", "report"):
        assert command in out
