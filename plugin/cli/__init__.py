"""`gdpr-desk …` command line: the composition root for every command.

Each command group lives in its own module exposing `register(subparsers)`; a handler receives the
parsed arguments and returns the exit code. Expected failures raise CliError (or SettingsError) and
print as one line on stderr, without a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from plugin import __version__
from plugin.config import SettingsError

# Command modules, in the order `--help` lists them.
COMMAND_MODULES = (
    "plugin.cli.serve",
    "plugin.cli.demo",
    "plugin.cli.inbox",
    "plugin.cli.deadline",
    "plugin.cli.install",
    "plugin.cli.manifest",
    "plugin.cli.log",
    "plugin.cli.token",
    "plugin.cli.report",
    "plugin.cli.classify",
)


class CliError(Exception):
    """A user-facing failure: printed as `gdpr-desk: <message>`, exit status `code`."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gdpr-desk",
        description="Recognise, date and log GDPR requests arriving at customer service.",
    )
    parser.add_argument("--version", action="version", version=f"gdpr-desk {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(handler(args) or 0)
    except (CliError, SettingsError) as exc:
        print(f"gdpr-desk: {exc}", file=sys.stderr)
        return exc.code if isinstance(exc, CliError) else 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error of ours.
        sys.stderr.close()
        return 0
