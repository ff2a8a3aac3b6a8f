"""Helpers shared by tests: signed webhook requests, fixtures, a movable clock."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from plugin.webhooks import INVOCATION_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, WEBHOOK_ID_HEADER, sign

DATA = Path(__file__).parent / "data"
SECRET = "c2VjcmV0LWZvci10ZXN0cy1vbmx5LW5vdC1mb3ItemVuZGVzaw=="
NOW = datetime(2026, 11, 28, 15, 5, 0, tzinfo=UTC)


def fixture_bytes(name: str) -> bytes:
    return (DATA / "webhooks" / name).read_bytes()


def fixture_json(name: str) -> dict[str, Any]:
    return json.loads(fixture_bytes(name))


def zendesk_timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def signed_headers(
    body: bytes,
    *,
    secret: str = SECRET,
    at: datetime = NOW,
    invocation: str | None = "inv-1",
) -> dict[str, str]:
    timestamp = zendesk_timestamp(at)
    headers = {
        "content-type": "application/json",
        SIGNATURE_HEADER: sign(secret, timestamp, body),
        TIMESTAMP_HEADER: timestamp,
        WEBHOOK_ID_HEADER: "01JDV0WEBHOOK0000000000000",
        "x-zendesk-account-id": "22129848",
    }
    if invocation:
        headers[INVOCATION_HEADER] = invocation
    return headers


class MovableClock:
    """A clock tests can set and advance."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)
