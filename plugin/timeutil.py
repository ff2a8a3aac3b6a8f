"""The one timestamp format stored in the database: UTC ISO-8601 with microseconds and `Z`.

Fixed width, so text comparison orders times correctly on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """`2026-11-28T15:21:44.123456Z` for an aware datetime."""
    if moment.tzinfo is not UTC:  # the service's own clock is already UTC: skip the conversion
        if moment.utcoffset() is None:  # no tzinfo, or one that cannot place it
            raise ValueError("naive datetime: pass an aware one")
        moment = moment.astimezone(UTC)
    # isoformat is several times faster than strftime; the offset is always +00:00 in UTC.
    return moment.isoformat(timespec="microseconds")[:-6] + "Z"


def parse_iso(text: str) -> datetime:
    """Parse an ISO-8601 time with an offset or `Z` into an aware UTC datetime."""
    parsed = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        raise ValueError(f"time without offset: {text!r}")
    return parsed.astimezone(UTC)
