"""`gdpr-desk install [--dry-run]`: create or update gdpr-desk's fields, macros, webhook and triggers
in Zendesk (plugin.helpdesk.provision). A second run changes nothing and says so."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any, TextIO

from plugin.config import Settings, load_settings


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "install",
        help="set up Zendesk: ticket fields, macros, webhook, triggers",
        description=(
            "Create or update, idempotently, the ticket fields, the GDPR macros in every language, the "
            "webhook and the triggers gdpr-desk needs in Zendesk. The webhook's signing secret is stored "
            "in the data dir (mode 0600) for the service."
        ),
    )
    parser.add_argument("--dry-run", action="store_true", help="print the plan; send nothing but GETs")
    parser.set_defaults(handler=install)


def install(args: argparse.Namespace) -> int:
    return asyncio.run(run_install(load_settings(), dry_run=args.dry_run))


async def run_install(
    settings: Settings, *, dry_run: bool, sources: Any = None, transport: Any = None, out: TextIO | None = None
) -> int:
    """Plan and apply; print one line per object and a summary. 0 = done, 1 = conflicts remain."""
    from plugin.cli import CliError
    from plugin.helpdesk.api import ZendeskAPI
    from plugin.helpdesk.errors import HelpdeskError
    from plugin.helpdesk.provision import ProvisionError, default_sources
    from plugin.helpdesk.provision import install as provision

    out = out or sys.stdout
    if settings.company_name == Settings.model_fields["company_name"].default:
        print(f"warning: GDPR_DESK_COMPANY_NAME is unset: macros will say {settings.company_name!r}", file=out)
    api = ZendeskAPI(settings, transport=transport)
    try:
        report = await provision(api, settings, sources or default_sources(settings), dry_run=dry_run)
    except ProvisionError as exc:
        raise CliError(str(exc)) from None
    except HelpdeskError as exc:
        raise CliError(f"Zendesk: {exc.message}", code=1) from None
    finally:
        await api.aclose()
    for step in report.steps:
        print(step.line(), file=out)
    print(report.summary(), file=out)
    if report.secret_path and not dry_run:
        print(
            f"Webhook signing secret: {report.secret_path} (0600); the service uses it when "
            "GDPR_DESK_WEBHOOK_SECRET is unset.",
            file=out,
        )
    return 1 if report.conflicts else 0
