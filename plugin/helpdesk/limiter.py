"""Pacing of Zendesk API calls: one shared async limiter per process, so that a backlog uses the
budget without provoking 429s.

Zendesk's limits (developer.zendesk.com/api-reference/introduction/rate-limits):
- requests per minute per account, by plan (settings.zendesk_requests_per_minute);
- ticket updates: 100 update requests per minute per account (300 with High Volume), and
  30 updates per ticket per user per 10 minutes. UI updates count too.

Three gates, all must be open before a request goes out:
1. a token bucket per budget (all requests; ticket updates): capacity C = max(1, limit // 20) and
   refill (limit − C) / 60 per second, so that no 60-second window ever holds more than `limit`
   of our requests, whatever Zendesk's window alignment; a backlog runs at ~95 % of the budget;
2. the budget Zendesk reports in response headers — `X-Rate-Limit[-Remaining]`,
   `ratelimit-limit/remaining/reset` (recorded traffic spells them `rate-limit-…`), and
   `zendesk-rate-limit-tickets-update: total=…; remaining=…; resets=…`. A lower limit than
   configured shrinks the bucket (others share the account); when `remaining` falls under 10 % the
   calls are spread evenly over the seconds until reset; at 0 they pause until the reset;
3. a sliding 10-minute window per ticket for updates (30 by default).

A 429 (someone else used the budget) pauses the account budget for Retry-After: `pause()`.
Clock and sleep are injected: tests run on a fake clock and never sleep.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]

TICKET_UPDATES_PER_MINUTE = 100  # account-wide, without the High Volume add-on
PER_TICKET_UPDATES = 30  # per ticket per user …
PER_TICKET_WINDOW = 600.0  # … per 10 minutes
LOW_WATER = 0.10  # spread calls when less than this share of the reported budget remains
DEFAULT_RESET = 60.0  # Zendesk's budgets are per minute; used when a header gives no reset
EPSILON = 1e-6  # waits shorter than this are rounding noise (a float clock cannot advance by 1e-17)


class TokenBucket:
    """At most `per_minute` takes in any 60-second window (capacity C, refill (per_minute − C)/60 s)."""

    def __init__(self, per_minute: int, now: float) -> None:
        self.per_minute = 0
        self.tokens = 0.0
        self.updated = now
        self.resize(per_minute, now)
        self.tokens = float(self.capacity)

    def resize(self, per_minute: int, now: float) -> None:
        per_minute = max(1, int(per_minute))
        self._refill(now)
        self.per_minute = per_minute
        self.capacity = max(1, per_minute // 20)
        self.rate = max(per_minute - self.capacity, 1) / 60.0
        self.tokens = min(self.tokens, self.capacity)

    def _refill(self, now: float) -> None:
        if self.per_minute:
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = max(self.updated, now)

    def wait(self, now: float) -> float:
        """Seconds until one token is available (0 when one is)."""
        self._refill(now)
        return 0.0 if self.tokens >= 1 - EPSILON else (1 - self.tokens) / self.rate

    def take(self, now: float) -> None:
        self._refill(now)
        self.tokens -= 1


class Budget:
    """One budget: a token bucket plus what Zendesk last reported about it."""

    def __init__(self, per_minute: int, now: float) -> None:
        self.configured = max(1, int(per_minute))
        self.bucket = TokenBucket(self.configured, now)
        self.paused_until = 0.0
        self.spacing = 0.0  # seconds between calls while the reported budget runs low
        self.spacing_until = 0.0
        self.last = -math.inf

    def wait(self, now: float) -> float:
        wait = self.bucket.wait(now)
        wait = max(wait, self.paused_until - now)
        if now < self.spacing_until:
            wait = max(wait, self.last + self.spacing - now)
        return wait if wait > EPSILON else 0.0

    def take(self, now: float) -> None:
        self.bucket.take(now)
        self.last = now

    def pause(self, seconds: float, now: float) -> None:
        self.paused_until = max(self.paused_until, now + max(0.0, seconds))

    def report(self, limit: int | None, remaining: int | None, reset: float | None, now: float) -> None:
        """Adjust to the budget Zendesk reports in its response headers."""
        if limit and limit > 0:
            wanted = min(self.configured, limit)
            if wanted != self.bucket.per_minute:
                self.bucket.resize(wanted, now)
        if remaining is None:
            return
        window = max(0.0, reset) if reset is not None else DEFAULT_RESET
        if remaining <= 0:
            self.pause(max(window, 1.0), now)
        elif limit and remaining <= max(1, limit * LOW_WATER):
            self.spacing = window / remaining
            self.spacing_until = now + window
        else:
            self.spacing_until = 0.0


def _int(value: str | None) -> int | None:
    try:
        return int(float(value)) if value is not None else None
    except ValueError:
        return None


def _first(headers: Mapping[str, str], *names: str) -> str | None:
    for name in names:
        value = headers.get(name)
        if value is not None:
            return value
    return None


def parse_account_headers(headers: Mapping[str, str]) -> tuple[int | None, int | None, float | None]:
    """(limit, remaining, reset seconds) of the account budget; httpx headers are case-insensitive."""
    limit = _int(_first(headers, "x-rate-limit", "ratelimit-limit", "rate-limit"))
    remaining = _int(_first(headers, "x-rate-limit-remaining", "ratelimit-remaining", "rate-limit-remaining"))
    reset = _int(_first(headers, "ratelimit-reset", "rate-limit-reset"))
    return limit, remaining, float(reset) if reset is not None else None


def parse_tickets_update_header(headers: Mapping[str, str]) -> tuple[int | None, int | None, float | None]:
    """`zendesk-rate-limit-tickets-update: total=100; remaining=99; resets=59` → (100, 99, 59.0)."""
    raw = headers.get("zendesk-rate-limit-tickets-update")
    if not raw:
        return None, None, None
    parts = dict(p.strip().partition("=")[::2] for p in raw.split(";") if "=" in p)
    resets = _int(parts.get("resets"))
    return _int(parts.get("total")), _int(parts.get("remaining")), float(resets) if resets is not None else None


class RateLimiter:
    """Shared async limiter: `await acquire(ticket_update=id)` before each call, `observe()` after."""

    def __init__(
        self,
        requests_per_minute: int,
        *,
        ticket_updates_per_minute: int = TICKET_UPDATES_PER_MINUTE,
        per_ticket_updates: int = PER_TICKET_UPDATES,
        per_ticket_window: float = PER_TICKET_WINDOW,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.clock = clock
        self.sleep = sleep
        now = clock()
        self.account = Budget(requests_per_minute, now)
        self.updates = Budget(ticket_updates_per_minute, now)
        self.per_ticket_updates = per_ticket_updates
        self.per_ticket_window = per_ticket_window
        self._per_ticket: dict[int, deque[float]] = {}
        self._lock = asyncio.Lock()

    def _ticket_wait(self, ticket_id: int, now: float) -> float:
        window = self._per_ticket.get(ticket_id)
        if window is None:
            return 0.0
        while window and window[0] <= now - self.per_ticket_window:
            window.popleft()
        if not window:
            del self._per_ticket[ticket_id]
            return 0.0
        if len(window) < self.per_ticket_updates:
            return 0.0
        wait = window[0] + self.per_ticket_window - now
        return wait if wait > EPSILON else 0.0

    async def acquire(self, *, ticket_update: int | None = None) -> float:
        """Wait until a request (a ticket update when `ticket_update` names the ticket) may go out.

        Returns the seconds waited. Per-ticket waits happen outside the shared lock, so one busy
        ticket never holds up the others.
        """
        start = self.clock()
        while True:
            if ticket_update is not None:
                wait = self._ticket_wait(ticket_update, self.clock())
                if wait > 0:
                    await self.sleep(wait)
                    continue
            async with self._lock:
                while True:
                    now = self.clock()
                    wait = self.account.wait(now)
                    if ticket_update is not None:
                        wait = max(wait, self.updates.wait(now))
                    if wait <= 0:
                        break
                    await self.sleep(wait)
                now = self.clock()
                if ticket_update is not None and self._ticket_wait(ticket_update, now) > 0:
                    continue  # another call took this ticket's last slot while we waited
                self.account.take(now)
                if ticket_update is not None:
                    self.updates.take(now)
                    self._per_ticket.setdefault(ticket_update, deque()).append(now)
                return now - start

    def observe(self, headers: Mapping[str, str]) -> None:
        """Learn the budget from a response's rate-limit headers."""
        now = self.clock()
        self.account.report(*parse_account_headers(headers), now)
        total, remaining, resets = parse_tickets_update_header(headers)
        if total is not None or remaining is not None:
            self.updates.report(total, remaining, resets, now)

    def pause(self, seconds: float) -> None:
        """Hold every call for `seconds` (a 429's Retry-After: the account budget is spent)."""
        self.account.pause(seconds, self.clock())
