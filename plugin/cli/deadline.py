"""`gdpr-desk deadline`: print the legal deadline of a request received at a given time, as JSON.

Defaults come from Settings (country, subdivision, timezone, extension_rule). `--country` without
`--timezone` uses that country's default zone. A date alone (`2026-03-05`) is that local date; a
datetime without offset is read as local time in the controller's zone.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from plugin.cli import CliError
from plugin.config import Settings, load_settings
from plugin.core.calendars import TIMEZONES, canonical_subdivision
from plugin.core.deadlines import (
    EXTENSION_RULES,
    DeadlineRules,
    ExtensionRule,
    Suspension,
    compute_deadline,
    default_timezone,
    holiday_calendar,
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "deadline",
        help="compute the legal deadline of a request (JSON)",
        description="Compute the one-month deadline and the extended deadline of a GDPR request "
        "(GDPR Art. 12(3), Reg. 1182/71 Art. 3) and print them with their basis as JSON.",
    )
    parser.add_argument(
        "--received",
        required=True,
        metavar="WHEN",
        help="receipt time, ISO 8601 (2026-03-05T10:00:00+01:00); a date alone is that local date, "
        "a time without offset is local time in the controller's zone",
    )
    parser.add_argument("--country", help="controller's country, ISO 3166-1 (default: GDPR_DESK_COUNTRY)")
    parser.add_argument("--subdivision", help="region for regional holidays, e.g. BY (default: GDPR_DESK_SUBDIVISION)")
    parser.add_argument(
        "--timezone",
        help="controller's time zone (default: GDPR_DESK_TIMEZONE, or the --country's capital)",
    )
    parser.add_argument("--extension-rule", choices=EXTENSION_RULES, help="how the extended deadline is counted")
    parser.add_argument(
        "--suspended",
        action="append",
        default=[],
        metavar="FROM:TO",
        help="clock stopped from FROM (information asked) to TO (received), ISO dates; FROM: alone is "
        "still waiting. Repeatable.",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        rules = _rules(args, load_settings())
        received = _parse_received(args.received, rules.timezone)
        suspensions = [_parse_suspension(text) for text in args.suspended]
        calendar = holiday_calendar(rules.country, rules.subdivision)
        deadline = compute_deadline(received, rules, calendar, suspensions)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    json.dump(deadline.to_json(), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def _rules(args: argparse.Namespace, settings: Settings) -> DeadlineRules:
    """Options over Settings. A country given alone brings its own zone and not the settings' region."""
    country = (args.country or settings.country).strip().upper()
    same_country = args.country is None or country == settings.country
    subdivision = canonical_subdivision(country, args.subdivision or (settings.subdivision if same_country else None))
    extension_rule: ExtensionRule = args.extension_rule or settings.extension_rule
    if args.timezone:
        timezone = args.timezone
    elif args.country is None and ("timezone" in settings.model_fields_set or country not in TIMEZONES):
        timezone = settings.timezone
    else:
        timezone = default_timezone(country, subdivision)
    return DeadlineRules(country, subdivision, timezone, extension_rule)


def _parse_received(text: str, timezone: str) -> datetime | date:
    value = text.strip()
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"--received: not an ISO 8601 date or time: {text!r}") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(timezone))
    return moment


def _parse_suspension(text: str) -> Suspension:
    start_text, _, end_text = text.partition(":")
    try:
        start = date.fromisoformat(start_text.strip())
        end = date.fromisoformat(end_text.strip()) if end_text.strip() else None
    except ValueError:
        raise ValueError(f"--suspended: expected FROM:TO or FROM: with ISO dates, got {text!r}") from None
    return Suspension(start, end)
