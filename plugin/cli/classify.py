"""`gdpr-desk classify`: run the GDPR request classifier on text from stdin.

Plain mode: all of stdin is the message body (`--subject` gives the subject); one JSON object
(`Classification.to_json()`) is written to stdout.

`--jsonl` mode: each stdin line is a JSON object {"id", "subject", "body"} (optional "language"
hint per line); each output line is {"id", "is_request", "rights", "escalate", "escalation_reasons",
"language", "evidence"}, in input order. Output is streamed: when line N is malformed (not UTF-8,
not JSON, not an object, or subject/body not strings) the command stops with a one-line error naming
line N and exit status 2, and the results of lines 1..N-1 have already been written. Blank lines are
skipped.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import Any, BinaryIO

from plugin.cli import CliError
from plugin.core.classify import classify
from plugin.core.rights import LANGUAGES

_JSONL_KEYS = ("is_request", "rights", "escalate", "escalation_reasons", "language", "evidence")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "classify",
        help="recognise GDPR requests in text from stdin",
        description=__doc__.split("\n\n", 1)[1] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--subject", default="", help="subject line of the message (plain mode)")
    parser.add_argument("--language", choices=LANGUAGES, help="language hint, used when the text is too short")
    parser.add_argument("--jsonl", action="store_true", help='JSON lines {"id","subject","body"} in, results out')
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    stdin: BinaryIO = sys.stdin.buffer
    stdout: BinaryIO = sys.stdout.buffer
    if args.jsonl:
        return _run_jsonl(stdin, stdout, args.language)
    data = stdin.read()
    try:
        body = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CliError(f"stdin is not valid UTF-8 (byte {exc.start})") from None
    result = classify(args.subject, body, args.language)
    stdout.write(json.dumps(result.to_json(), ensure_ascii=False).encode("utf-8") + b"\n")
    stdout.flush()
    return 0


def _records(lines: Iterable[bytes]) -> Iterable[tuple[int, dict[str, Any]]]:
    for number, raw in enumerate(lines, 1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CliError(f"line {number}: not valid UTF-8 (byte {exc.start})") from None
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CliError(f"line {number}: invalid JSON: {exc.msg} (column {exc.colno})") from None
        if not isinstance(record, dict):
            raise CliError(f"line {number}: expected a JSON object")
        for key in ("subject", "body"):
            if not isinstance(record.get(key, ""), str):
                raise CliError(f"line {number}: {key!r} must be a string")
        yield number, record


def _run_jsonl(stdin: BinaryIO, stdout: BinaryIO, language: str | None) -> int:
    interactive = stdout.isatty()
    try:
        for _number, record in _records(stdin):
            hint = record.get("language")
            result = classify(
                record.get("subject", ""), record.get("body", ""), hint if hint in LANGUAGES else language
            ).to_json()
            out = {"id": record.get("id"), **{key: result[key] for key in _JSONL_KEYS}}
            stdout.write(json.dumps(out, ensure_ascii=False).encode("utf-8") + b"\n")
            if interactive:
                stdout.flush()
    finally:
        stdout.flush()  # lines before a malformed one are part of the output
    return 0
