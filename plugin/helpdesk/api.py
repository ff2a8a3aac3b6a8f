"""The only code that touches HTTP: authentication, base URL, pacing, retries, error mapping.

Everything above it (tickets, fields, provisioning) builds request bodies and reads answers with pure
functions; this adapter sends them and turns failures into the errors of `plugin.helpdesk.errors`.

Retry policy (developer.zendesk.com/api-reference/introduction/rate-limits):
- 429: pause the shared limiter for Retry-After seconds, then send again;
- 5xx, timeouts, connection errors: jittered exponential backoff until
  settings.zendesk_retry_deadline_seconds, then `Unavailable`. A timeout on a POST is not retried
  (it may have created the object; provisioning is re-run instead). A timeout on the ticket PUT is
  retried: its safe_update stamp makes a landed first attempt answer 409 (see zendesk.py).
- 401/403/404/409/422 and other 4xx: raised at once.
"""

from __future__ import annotations

import asyncio
import base64
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx

from plugin import __version__
from plugin.config import Settings, SettingsError
from plugin.helpdesk.errors import HelpdeskError, RateLimited, Unavailable, decipher, parse_body
from plugin.helpdesk.limiter import RateLimiter

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]

BACKOFF_BASE = 1.0  # seconds before the first retry …
BACKOFF_CAP = 60.0  # … doubling up to this


@dataclass
class CallCount:
    """Requests actually sent for one unit of work (retries included)."""

    n: int = 0


def base_url(settings: Settings) -> str:
    """settings.zendesk_url, else https://{subdomain}.zendesk.com (DESIGN.md, settings contract)."""
    if settings.zendesk_url:
        return settings.zendesk_url.rstrip("/")
    if settings.zendesk_subdomain:
        return f"https://{settings.zendesk_subdomain}.zendesk.com"
    raise SettingsError("GDPR_DESK_ZENDESK_SUBDOMAIN (or GDPR_DESK_ZENDESK_URL) is not set")


def auth_header(settings: Settings) -> str:
    """OAuth bearer when a token is set, else API-token basic auth `{email}/token:{token}`.

    developer.zendesk.com/api-reference/introduction/security-and-auth/
    """
    if settings.zendesk_oauth_token and settings.zendesk_oauth_token.get_secret_value():
        return f"Bearer {settings.zendesk_oauth_token.get_secret_value()}"
    if not (settings.zendesk_api_token and settings.zendesk_api_token.get_secret_value()):
        raise SettingsError("GDPR_DESK_ZENDESK_API_TOKEN (or GDPR_DESK_ZENDESK_OAUTH_TOKEN) is not set")
    settings.require("zendesk_email")
    pair = f"{settings.zendesk_email}/token:{settings.zendesk_api_token.get_secret_value()}"
    return "Basic " + base64.b64encode(pair.encode()).decode("ascii")


def backoff_delay(attempt: int, rng: random.Random) -> float:
    """Equal jitter: half the exponential step, plus a random share of the other half."""
    step = min(BACKOFF_CAP, BACKOFF_BASE * 2**attempt)
    return step / 2 + rng.random() * step / 2


class ZendeskAPI:
    """Thin async adapter over httpx: `await request(method, path, json=…)` → parsed JSON body."""

    def __init__(
        self,
        settings: Settings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        limiter: RateLimiter | None = None,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.settings = settings
        self.clock = clock
        self.sleep = sleep
        self.rng = rng or random.Random()
        self.limiter = limiter or RateLimiter(settings.zendesk_requests_per_minute, clock=clock, sleep=sleep)
        self._http = httpx.AsyncClient(
            base_url=base_url(settings),
            transport=transport,
            timeout=settings.zendesk_timeout_seconds,
            headers={
                "Authorization": auth_header(settings),
                "Accept": "application/json",
                "User-Agent": f"gdpr-desk/{__version__}",
            },
        )

    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        ticket_update: int | None = None,
        count: CallCount | None = None,
    ) -> Any:
        """Send with pacing and retries; the parsed body of a 2xx answer, else a HelpdeskError."""
        deadline = self.clock() + self.settings.zendesk_retry_deadline_seconds
        attempt = 0
        while True:
            await self.limiter.acquire(ticket_update=ticket_update)
            if count is not None:
                count.n += 1
            failure: HelpdeskError
            try:
                response = await self._http.request(method, path, json=json, params=params)
            except httpx.TimeoutException:
                failure = Unavailable(None, None, f"timeout after {self.settings.zendesk_timeout_seconds:g} s")
                if method == "POST":
                    raise failure from None
            except httpx.TransportError as exc:
                failure = Unavailable(None, None, f"network error: {type(exc).__name__}")
            else:
                self.limiter.observe(response.headers)
                error = decipher(response.status_code, response.headers, response.content)
                if error is None:
                    return parse_body(response.content)
                if isinstance(error, RateLimited):
                    if self.clock() + error.retry_after > deadline:
                        raise error
                    self.limiter.pause(error.retry_after)  # the next acquire() waits it out
                    continue
                if not isinstance(error, Unavailable):
                    raise error
                failure = error
            delay = backoff_delay(attempt, self.rng)
            attempt += 1
            if self.clock() + delay > deadline:
                failure.message = f"{failure.message} ({method} {path}; gave up after {attempt} attempts)"
                failure.args = (failure.message,)
                raise failure
            await self.sleep(delay)

    async def paginate(
        self, path: str, key: str, *, params: dict[str, Any] | None = None, count: CallCount | None = None
    ) -> list[dict[str, Any]]:
        """Every item under `key`, following cursor (`meta.has_more`/`links.next`) or offset
        (`next_page`) pagination — developer.zendesk.com/api-reference/introduction/pagination/."""
        items: list[dict[str, Any]] = []
        url: str | None = path
        query: dict[str, Any] | None = {"page[size]": 100, **(params or {})}
        seen: set[str] = set()
        while url and url not in seen:
            seen.add(url)
            body = await self.request("GET", url, params=query, count=count) or {}
            query = None  # the next-page URLs carry their own query
            items.extend(body.get(key) or [])
            meta, links = body.get("meta") or {}, body.get("links") or {}
            url = links["next"] if meta.get("has_more") and links.get("next") else body.get("next_page")
        return items

    async def aclose(self) -> None:
        await self._http.aclose()
