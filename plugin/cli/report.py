"""`gdpr-desk report …`: the monthly oversight report and reproducible spot checks.

    report monthly --month YYYY-MM [--group G] [--format md|html|csv|json] [--out FILE]
    report spot-check --month YYYY-MM --sample N [--group G] [--format md|json] [--out FILE]

Both verify the whole log first and refuse (exit 1, naming the first bad seq) when it does not
verify. They compute against a checkpoint signed now, or the stored one of `--checkpoint SIZE` to
reproduce an earlier report. Figures and the sampling rule: docs/reports.md.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from plugin.cli import CliError
from plugin.config import Settings, load_settings
from plugin.ledger.checkpoint import CheckpointSigner, NoteError, NoteVerifier
from plugin.ledger.keys import KeyFileError, checkpoint_signer
from plugin.ledger.store import Ledger, LedgerError
from plugin.reports.monthly import Month, build_monthly
from plugin.reports.render import MONTHLY_FORMATS, SPOT_CHECK_FORMATS, render_monthly, render_spot_check
from plugin.reports.sampling import build_spot_check
from plugin.reports.source import ReportError, VerifiedLog, open_verified
from plugin.storage.db import Database


def _month(text: str) -> Month:
    try:
        return Month.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _common(parser: argparse.ArgumentParser, formats: tuple[str, ...], default: str) -> None:
    parser.add_argument("--month", required=True, type=_month, metavar="YYYY-MM", help="the calendar month")
    parser.add_argument("--group", metavar="G", help="only cases of this agent group (helpdesk group id, or 'none')")
    parser.add_argument("--format", choices=formats, default=default, help=f"output format (default {default})")
    parser.add_argument("--out", type=Path, metavar="FILE", help="write to FILE instead of stdout")
    parser.add_argument(
        "--checkpoint",
        type=int,
        metavar="SIZE",
        help="compute against the stored checkpoint of this tree size (default: sign one now)",
    )
    parser.add_argument(
        "--key",
        action="append",
        default=[],
        metavar="VKEY",
        help="verifier key to trust (note format; repeatable): use the stored checkpoints, sign nothing; "
        "default: this service's own key, signing a checkpoint now",
    )


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "report",
        help="monthly oversight report and reproducible spot checks",
        description="Reports for auditors and DPOs, computed from the verified accountability log.",
    )
    commands = parser.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    monthly = commands.add_parser(
        "monthly",
        help="requests, deadlines, extensions, refusals, escalations, overdue cases and measures of a month",
        description="Verify the log, then report on the cases received and answered in the month, per right, "
        "language and agent group, with the organisational measures and spot checks recorded that month.",
    )
    _common(monthly, MONTHLY_FORMATS, "md")
    monthly.set_defaults(handler=run_monthly)
    spot = commands.add_parser(
        "spot-check",
        help="draw N cases of a month from the checkpoint's root hash and print their proven trails",
        description="Draw a reproducible sample of the month's cases (ranked by SHA-256(root || ref)) and print "
        "every ledger entry about each with its inclusion proof. Record the outcome with "
        "`gdpr-desk log record --kind spot_check`.",
    )
    _common(spot, SPOT_CHECK_FORMATS, "md")
    spot.add_argument("--sample", type=int, required=True, metavar="N", help="number of cases to draw")
    spot.set_defaults(handler=run_spot_check)


def _trust(args: argparse.Namespace, settings: Settings) -> tuple[list[NoteVerifier], CheckpointSigner | None]:
    """The keys to trust, and the signer for a fresh checkpoint (only when trusting the service's own key).

    With --key (an auditor's copy of the database, say) nothing is signed and no key file is created:
    the report uses the stored checkpoint of --checkpoint SIZE, else the latest stored one.
    """
    if args.key:
        try:
            return [NoteVerifier.from_verifier_key(key) for key in args.key], None
        except NoteError as exc:
            raise CliError(f"--key: {exc}") from None
    try:
        signer = checkpoint_signer(settings)
    except KeyFileError as exc:
        raise CliError(str(exc)) from None
    return [signer.signer.verifier()], signer if args.checkpoint is None else None


@contextmanager
def _verified(args: argparse.Namespace) -> Iterator[tuple[Settings, Ledger, VerifiedLog]]:
    settings = load_settings()
    verifiers, signer = _trust(args, settings)
    db = Database(settings.effective_database_url)
    ledger = Ledger(db)
    try:
        ledger.ensure_schema()
        log = open_verified(ledger, verifiers, now=datetime.now(UTC), size=args.checkpoint, signer=signer)
        yield settings, ledger, log
    except (ReportError, LedgerError) as exc:
        raise CliError(str(exc), code=1) from None
    finally:
        db.close_thread_connection()


def _write(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
        return
    try:
        out.write_text(text, encoding="utf-8", newline="\n")
    except OSError as exc:
        raise CliError(f"cannot write {out}: {exc.strerror}") from None
    print(f"wrote {out}", file=sys.stderr)


def run_monthly(args: argparse.Namespace) -> int:
    with _verified(args) as (settings, _ledger, log):
        report = build_monthly(log.entries, args.month, log.checkpoint, timezone=settings.timezone, group=args.group)
        text = render_monthly(report, args.format)
    _write(text, args.out)
    return 0


def run_spot_check(args: argparse.Namespace) -> int:
    if args.sample < 0:
        raise CliError("--sample must be >= 0")
    with _verified(args) as (settings, ledger, log):
        check = build_spot_check(
            log.entries,
            args.month,
            log.checkpoint,
            args.sample,
            timezone=settings.timezone,
            group=args.group,
            proofs=ledger.inclusion_proof,
        )
        text = render_spot_check(check, args.format)
    if not check.all_verified:
        _write(text, args.out)
        raise CliError("an inclusion proof does not verify against the checkpoint", code=1)
    _write(text, args.out)
    return 0
