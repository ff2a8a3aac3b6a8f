"""Pacing: the budget is used under a backlog, no 429 is provoked, per-ticket limits hold."""

from __future__ import annotations

import math
import random
from collections import deque
from typing import Any

import httpx
import pytest
import respx

from plugin.helpdesk.limiter import RateLimiter, TokenBucket, parse_account_headers, parse_tickets_update_header
from plugin.helpdesk.zendesk import TicketChange, TicketSnapshot, ZendeskClient
from tests.helpdesk.fakes import BASE, STAMP, FakeClock, VirtualClock, settings, ticket


def max_in_window(times: list[float], window: float = 60.0) -> int:
    best, recent = 0, deque[float]()
    for t in sorted(times):
        recent.append(t)
        while recent[0] <= t - window:
            recent.popleft()
        best = max(best, len(recent))
    return best


@pytest.mark.parametrize("per_minute", [1, 7, 100, 400, 2500])
def test_token_bucket_never_exceeds_the_limit_in_any_minute(per_minute: int) -> None:
    bucket, now, taken = TokenBucket(per_minute, 0.0), 0.0, []
    rng = random.Random(per_minute)
    while len(taken) < min(per_minute * 3, 3000):
        now += bucket.wait(now) + rng.choice([0.0, 0.0, 0.0, 0.001, 0.3, 7.0])
        if bucket.wait(now) == 0:
            bucket.take(now)
            taken.append(now)
    assert max_in_window(taken) <= per_minute


@pytest.mark.parametrize("per_minute", [100, 400, 2500])
def test_token_bucket_uses_the_budget_under_a_backlog(per_minute: int) -> None:
    bucket, now, taken = TokenBucket(per_minute, 0.0), 0.0, []
    while len(taken) < per_minute * 3:
        now += bucket.wait(now)
        bucket.take(now)
        taken.append(now)
    assert max_in_window(taken) <= per_minute
    assert taken[-1] - taken[0] <= 3 * 60 / 0.95  # at least 95 % of the budget


class SlidingWindowZendesk:
    """A fake account: `limit` requests in any 60 s, 429 past it, rate headers on every answer."""

    def __init__(self, clock: FakeClock, limit: int) -> None:
        self.clock, self.limit = clock, limit
        self.times: list[float] = []
        self.too_many = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        now = self.clock()
        recent = [t for t in self.times if t > now - 60]
        if len(recent) >= self.limit:
            self.too_many += 1
            return httpx.Response(429, headers={"retry-after": str(int(recent[0] + 60 - now) + 1)})
        self.times.append(now)
        reset = math.ceil((recent[0] if recent else now) + 60 - now)
        headers = {
            "x-rate-limit": str(self.limit),
            "x-rate-limit-remaining": str(self.limit - len(recent) - 1),
            "ratelimit-reset": str(reset),
        }
        ticket_id = int(request.url.path.split("/")[-1].removesuffix(".json"))
        return httpx.Response(200, json={"ticket": ticket(ticket_id)}, headers=headers)


async def test_a_burst_uses_the_budget_without_provoking_429(tmp_path: Any) -> None:
    clock = VirtualClock()
    limit = 120
    server = SlidingWindowZendesk(clock, limit)
    s = settings(tmp_path, zendesk_requests_per_minute=limit, zendesk_retry_deadline_seconds=900)
    backlog = list(range(1, 3 * limit + 1))
    with respx.mock(base_url=BASE) as mock:
        mock.get(url__regex=r"/api/v2/tickets/\d+\.json").mock(side_effect=server)
        async with ZendeskClient(s, clock=clock, sleep=clock.sleep) as client:

            async def worker() -> None:
                while backlog:
                    await client.get_ticket(backlog.pop())

            start = clock.now
            await clock.run(*(worker() for _ in range(8)))
    assert server.too_many == 0
    assert len(server.times) == 3 * limit
    assert max_in_window(server.times) <= limit
    elapsed = clock.now - start
    assert elapsed <= 3 * 60 / 0.9, f"budget under-used: {3 * limit} requests took {elapsed:.0f} s"


async def test_a_lower_reported_limit_shrinks_the_pace() -> None:
    clock = FakeClock()
    limiter = RateLimiter(400, clock=clock, sleep=clock.sleep)
    limiter.observe(httpx.Headers({"X-Rate-Limit": "200", "X-Rate-Limit-Remaining": "150"}))
    assert limiter.account.bucket.per_minute == 200
    limiter.observe(httpx.Headers({"X-Rate-Limit": "700", "X-Rate-Limit-Remaining": "650"}))
    assert limiter.account.bucket.per_minute == 400  # never above the configured share


async def test_low_remaining_spreads_calls_until_the_reset() -> None:
    clock = FakeClock()
    limiter = RateLimiter(700, clock=clock, sleep=clock.sleep)
    limiter.observe(httpx.Headers({"ratelimit-limit": "700", "ratelimit-remaining": "5", "ratelimit-reset": "40"}))
    first = clock.now
    await limiter.acquire()
    await limiter.acquire()
    assert clock.now - first >= 8  # 40 s / 5 remaining


async def test_zero_remaining_pauses_until_the_reset() -> None:
    clock = FakeClock()
    limiter = RateLimiter(700, clock=clock, sleep=clock.sleep)
    limiter.observe(httpx.Headers({"rate-limit": "700", "rate-limit-remaining": "0", "rate-limit-reset": "27"}))
    start = clock.now
    await limiter.acquire()
    assert clock.now - start >= 27


async def test_ticket_update_budget_follows_its_header() -> None:
    clock = FakeClock()
    limiter = RateLimiter(700, clock=clock, sleep=clock.sleep)
    limiter.observe(httpx.Headers({"zendesk-rate-limit-tickets-update": "total=20; remaining=0; resets=59"}))
    assert limiter.updates.bucket.per_minute == 20
    start = clock.now
    await limiter.acquire()  # a GET is not a ticket update
    assert clock.now == start
    await limiter.acquire(ticket_update=1)
    assert clock.now - start >= 59


async def test_pause_after_a_429_holds_every_call() -> None:
    clock = FakeClock()
    limiter = RateLimiter(700, clock=clock, sleep=clock.sleep)
    limiter.pause(7)
    start = clock.now
    await limiter.acquire()
    assert clock.now - start >= 7


async def test_per_ticket_limit_holds_without_blocking_other_tickets() -> None:
    clock = VirtualClock()
    limiter = RateLimiter(700, clock=clock, sleep=clock.sleep)
    stamps: dict[int, list[float]] = {1: [], 2: []}

    async def update(ticket_id: int, times: int = 1) -> None:
        for _ in range(times):
            await limiter.acquire(ticket_update=ticket_id)
            stamps[ticket_id].append(clock.now)

    await clock.run(update(1, 30))
    first = stamps[1][0]
    await clock.run(update(1), update(2, 5))
    assert stamps[1][-1] >= first + 600  # the 31st update of ticket 1 waits out the 10 minutes
    assert stamps[2][-1] < first + 60  # meanwhile ticket 2 went on at the account's pace
    assert max_in_window(stamps[1], 600) <= 30


async def test_apply_respects_the_per_ticket_limit(tmp_path: Any) -> None:
    clock = FakeClock()
    start = clock.now
    with respx.mock(base_url=BASE) as mock:
        route = mock.put("/api/v2/tickets/77.json").mock(return_value=httpx.Response(200, json={"ticket": ticket(77)}))
        async with ZendeskClient(settings(tmp_path), clock=clock, sleep=clock.sleep) as client:
            snapshot = TicketSnapshot(77, frozenset(), STAMP)
            for _ in range(31):
                await client.apply(77, TicketChange(add_tags=frozenset({"gdpr_request"})), snapshot=snapshot)
    assert route.call_count == 31
    assert clock.now >= start + 600  # the 31st update of the same ticket waited for the window


def test_header_parsing() -> None:
    assert parse_tickets_update_header({"zendesk-rate-limit-tickets-update": "total=100; remaining=97; resets=41"}) == (
        100,
        97,
        41.0,
    )
    assert parse_tickets_update_header({}) == (None, None, None)
    assert parse_account_headers(httpx.Headers({"X-Rate-Limit": "700", "X-Rate-Limit-Remaining": "569"})) == (
        700,
        569,
        None,
    )
    assert parse_account_headers({"rate-limit": "700", "rate-limit-remaining": "x", "rate-limit-reset": "27"}) == (
        700,
        None,
        27.0,
    )
