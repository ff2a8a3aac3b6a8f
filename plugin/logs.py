"""structlog JSON logs on stdout, with request-scoped context (the webhook invocation id).

Never log a message body or an e-mail address: call sites log ids and digests only, and a last
processor masks anything that looks like an e-mail address in case one slips through.
"""

from __future__ import annotations

import logging
import re
import sys
from typing import Any

import structlog

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _mask_emails(_: Any, __: str, event: dict[str, Any]) -> dict[str, Any]:
    for key, value in event.items():
        if isinstance(value, str) and "@" in value:
            event[key] = _EMAIL.sub("<email>", value)
    return event


def configure_logging(level: str = "info", stream: Any = None, *, final: bool = False) -> None:
    """JSON lines on stdout (or `stream`), context variables merged into every line.

    `final`: this configuration holds for the life of the process (the server), so each module's
    logger is assembled once instead of on every call; tests that reconfigure leave it False.
    """
    numeric = getattr(logging, level.upper(), logging.INFO)
    logging.basicConfig(level=numeric, stream=stream or sys.stdout, format="%(message)s", force=True)
    # httpx logs every request line (with ticket URLs) at INFO in plain text: keep stdout JSON-only.
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(max(numeric, logging.WARNING))
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            _mask_emails,
            structlog.processors.JSONRenderer(ensure_ascii=False),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        logger_factory=structlog.PrintLoggerFactory(file=stream or sys.stdout),
        cache_logger_on_first_use=final,
    )
