"""`gdpr-desk serve`: run the webhook service with uvicorn."""

from __future__ import annotations

import argparse
from typing import Any

from plugin.config import load_settings


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "serve",
        help="run the webhook service",
        description="Run the gdpr-desk webhook service.",
    )
    parser.add_argument("--host", help="listen address (default GDPR_DESK_HOST)")
    parser.add_argument("--port", type=int, help="listen port (default GDPR_DESK_PORT)")
    parser.set_defaults(handler=serve)


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from plugin.app import create_app, require_serve_settings
    from plugin.logs import configure_logging

    overrides: dict[str, Any] = {}
    if args.host:
        overrides["host"] = args.host
    if args.port:
        overrides["port"] = args.port
    settings = load_settings(**overrides)
    require_serve_settings(settings)
    configure_logging(settings.log_level, final=True)
    app = create_app(settings)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning", access_log=False)
    return 0
