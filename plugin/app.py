"""The Starlette application: routes, and the composition root of the running service."""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import httpx
import structlog
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import Receive, Scope, Send

from plugin import __version__
from plugin.cases import CaseStore
from plugin.config import Settings, SettingsError
from plugin.core.calendars import holiday_calendar
from plugin.core.deadlines import DeadlineRules
from plugin.core.decide import Policy
from plugin.inbox import DEAD, PENDING, Inbox, InboxItem
from plugin.intake import WEBHOOK_PATH, Intake
from plugin.ledger import privacy
from plugin.ledger.keys import pseudonym_key
from plugin.ledger.store import Ledger
from plugin.metrics import Metrics
from plugin.storage.committer import GroupCommitter, LoopCommitter, committer_for
from plugin.storage.db import Database, Tx
from plugin.timeutil import Clock, iso, utcnow

log = structlog.get_logger("gdpr_desk.app")


@dataclass
class Service:
    """The running service's parts, shared by routes and background tasks."""

    settings: Settings
    db: Database
    inbox: Inbox
    cases: CaseStore
    ledger: Ledger
    committer: GroupCommitter | LoopCommitter
    metrics: Metrics
    intake: Intake
    clock: Clock
    pseudonym: Callable[[str], str]
    worker: object | None = None  # plugin.worker.Worker when the helpdesk is configured
    tasks: list[asyncio.Task[None]] = field(default_factory=list)

    def ensure_schema(self) -> None:
        from plugin.ledger.tokens import Tokens

        self.inbox.ensure_schema()
        self.ledger.ensure_schema()
        self.cases.ensure_schema()
        Tokens(self.db).ensure_schema()

    def inbox_depth(self) -> dict[tuple[tuple[str, str], ...], float]:
        with self.db.transaction(self.db.thread_connection(), write=False) as tx:
            depth = self.inbox.depth(tx)
        return {(("state", state),): float(depth.get(state, 0)) for state in (PENDING, DEAD)}


def webhook_secret(settings: Settings) -> str | None:
    """GDPR_DESK_WEBHOOK_SECRET, else the secret `gdpr-desk install` stored in the data dir."""
    if settings.webhook_secret and settings.webhook_secret.get_secret_value():
        return settings.webhook_secret.get_secret_value()
    from plugin.helpdesk.provision import read_webhook_secret

    return read_webhook_secret(settings)


def webhook_secrets(settings: Settings) -> Callable[[], tuple[str, ...]]:
    """The accepted signing secrets (read once; empty when unset, which serve refuses to start with)."""
    secrets = tuple(s for s in (webhook_secret(settings),) if s)
    return lambda: secrets


def policy_from(settings: Settings) -> Policy:
    return Policy(
        rules=DeadlineRules(settings.country, settings.subdivision, settings.timezone, settings.extension_rule),
        tag_prefix=settings.tag_prefix,
        suspend_on_id_request=settings.suspend_on_id_request,
        due_soon_days=settings.due_soon_days,
        escalation_group_id=settings.escalation_group_id,
        default_language=settings.default_language,
    )


def helpdesk_configured(settings: Settings) -> bool:
    has_url = bool(settings.zendesk_url or settings.zendesk_subdomain)
    has_auth = bool(settings.zendesk_oauth_token or (settings.zendesk_email and settings.zendesk_api_token))
    return has_url and has_auth


def build_service(
    settings: Settings,
    *,
    clock: Clock = utcnow,
    database: Database | None = None,
    zendesk_transport: httpx.AsyncBaseTransport | None = None,
) -> Service:
    db = database or Database(settings.effective_database_url)
    inbox, cases, ledger = Inbox(db), CaseStore(db), Ledger(db)
    committer = committer_for(db, max_batch=settings.intake_batch_max)
    metrics = Metrics()
    key = pseudonym_key(settings)

    def pseudonym(value: str) -> str:
        return privacy.pseudonym(key, value)

    def append_receipts(tx: Tx, received: list[tuple[InboxItem, int]]) -> None:
        entries = ledger.append_many(
            tx,
            [
                (
                    "webhook_received",
                    {
                        "inbox": row_id,
                        "ticket": pseudonym(f"ticket:{item.ticket_id}"),
                        "event": item.event_type,
                        "kind": item.kind,
                        "body_sha256": item.body_sha256,
                        "signed_at": iso(item.signed_at),
                    },
                    item.received_at,
                )
                for item, row_id in received
            ],
        )
        cases.add_trails(
            tx,
            [
                (item.ticket_id, entry.seq, "webhook_received")
                for (item, _), entry in zip(received, entries, strict=True)
            ],
        )

    def record_receipt(tx: Tx, item: InboxItem, row_id: int) -> None:
        # The receipt of every event is itself evidence (Art. 12(3): the month runs from receipt).
        # Appended once per group-commit batch, in the same transaction as the inbox rows.
        tx.defer("receipts", (item, row_id), append_receipts)

    intake = Intake(
        inbox=inbox,
        committer=committer,
        metrics=metrics,
        clock=clock,
        secrets=webhook_secrets(settings),
        tolerance=timedelta(seconds=settings.webhook_tolerance_seconds),
        max_body_bytes=settings.max_body_bytes,
        hooks=[record_receipt],
    )
    intake.register_metrics()
    service = Service(settings, db, inbox, cases, ledger, committer, metrics, intake, clock, pseudonym)
    metrics.gauge("inbox_depth", "Inbox rows by state (pending, dead).", service.inbox_depth)
    if settings.worker_enabled and helpdesk_configured(settings):
        service.worker = build_worker(service, transport=zendesk_transport)
        intake.on_accepted = service.worker.wake  # type: ignore[attr-defined]
    return service


def build_worker(service: Service, *, transport: httpx.AsyncBaseTransport | None = None) -> object:
    from plugin.helpdesk.zendesk import ZendeskClient
    from plugin.notes import Notes
    from plugin.worker import Worker

    settings = service.settings
    policy = policy_from(settings)
    return Worker(
        inbox=service.inbox,
        cases=service.cases,
        ledger=service.ledger,
        committer=service.committer,
        client=ZendeskClient(settings, transport=transport),
        policy=policy,
        calendar=holiday_calendar(settings.country, settings.subdivision),
        notes=Notes(),
        pseudonym=service.pseudonym,
        metrics=service.metrics,
        clock=service.clock,
        concurrency=settings.worker_concurrency,
        max_attempts=settings.worker_max_attempts,
        lease=timedelta(seconds=settings.worker_lease_seconds),
        release_on_start=service.db.dialect == "sqlite",
    )


async def sweep_forever(service: Service) -> None:
    """Every sweep interval: queue due-soon/overdue events for open cases, and sign a log checkpoint."""
    from plugin.ledger.keys import checkpoint_signer
    from plugin.worker import enqueue_sweep

    settings = service.settings
    signer = checkpoint_signer(settings)
    while True:
        try:
            now = service.clock()
            today = now.astimezone(settings.zone).date()
            sweep = functools.partial(
                enqueue_sweep,
                inbox=service.inbox,
                cases=service.cases,
                now=now,
                today=today,
                due_soon_days=settings.due_soon_days,
            )
            queued = await service.committer.submit(sweep)
            if queued and service.worker is not None:
                service.worker.wake()  # type: ignore[attr-defined]
            # Sign what is committed: entries after the last checkpoint are only as safe as the database.
            checkpoint = await run_in_threadpool(service.ledger.checkpoint, signer, time=service.clock())
            log.info("sweep_done", queued=queued, checkpoint_size=checkpoint.size)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.error("sweep_failed", error=type(exc).__name__, detail=str(exc)[:200])
        await asyncio.sleep(settings.sweep_interval_seconds)


def _routes(service: Service, extra: Sequence[BaseRoute]) -> list[BaseRoute]:
    async def healthz(_: Request) -> Response:
        return JSONResponse({"status": "alive", "version": __version__})

    async def readyz(_: Request) -> Response:
        try:
            await run_in_threadpool(service.db.check)
        except Exception as exc:
            log.warning("not_ready", error=str(exc).splitlines()[0])
            return JSONResponse({"status": "unavailable", "database": "unreachable"}, status_code=503)
        return JSONResponse({"status": "ready", "database": "ok"})

    async def metrics(_: Request) -> Response:
        text = await run_in_threadpool(service.metrics.render)
        return PlainTextResponse(text, media_type="text/plain; version=0.0.4; charset=utf-8")

    # The webhook route first: Starlette tries routes in order and this is the hot path. Then extra
    # routes, before the built-in ones, so a test (or an embedding application) may override those.
    return [
        Route(WEBHOOK_PATH, service.intake, methods=["POST"]),
        *extra,
        Route("/healthz", healthz, methods=["GET"]),
        Route("/readyz", readyz, methods=["GET"]),
        Route("/metrics", metrics, methods=["GET"]),
    ]


def service_routes(service: Service) -> list[BaseRoute]:
    """The auditor API, the oversight reports and the agent sidebar."""
    from plugin.audit import audit_routes
    from plugin.ledger.keys import checkpoint_signer
    from plugin.reports.http import report_routes
    from plugin.sidebar import sidebar_routes

    signer = checkpoint_signer(service.settings)
    routes = [*audit_routes(service.ledger, signer, service.clock)]
    routes += report_routes(service.ledger, signer, service.clock, timezone=service.settings.timezone)
    routes += sidebar_routes(service)
    return routes


class ServiceApp(Starlette):
    """The service's Starlette app; `POST /webhooks/zendesk` is answered ahead of the middleware stack.

    Starlette's error and exception middleware and its router cost a webhook about as much as
    checking its signature, and this is the route that runs thousands of times a minute. The intake
    answers its own errors (4xx, 503); anything unexpected reaches uvicorn, which answers 500. The
    route also stays in the router, which answers the path's other methods (405).
    """

    def __init__(self, intake: Intake, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.intake = intake

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] == WEBHOOK_PATH and scope["method"] == "POST":
            scope["app"] = self
            await self.intake(scope, receive, send)
        else:
            await super().__call__(scope, receive, send)


def create_app(
    settings: Settings,
    *,
    clock: Clock = utcnow,
    service: Service | None = None,
    extra_routes: Sequence[BaseRoute] = (),
    background: bool = True,
) -> Starlette:
    """The ASGI app. Start-up creates the schema, the writer and the background tasks."""
    service = service or build_service(settings, clock=clock)

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        await run_in_threadpool(service.ensure_schema)
        service.committer.start()
        if background and service.worker is not None:
            service.tasks.append(asyncio.create_task(service.worker.run()))  # type: ignore[attr-defined]
            service.tasks.append(asyncio.create_task(sweep_forever(service)))
        elif service.worker is None:
            log.warning("worker_disabled", reason="helpdesk not configured or GDPR_DESK_WORKER_ENABLED=false")
        log.info("service_started", database=service.db.describe(), version=__version__)
        try:
            yield
        finally:
            log.info("service_stopping")
            for task in service.tasks:
                task.cancel()
            for task in service.tasks:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
            if service.worker is not None:
                await service.worker.client.aclose()  # type: ignore[attr-defined]
            if isinstance(service.committer, LoopCommitter):
                await service.committer.aclose()
            else:
                await run_in_threadpool(service.committer.close)

    app = ServiceApp(
        service.intake,
        routes=_routes(service, [*extra_routes, *service_routes(service)]),
        lifespan=lifespan,
    )
    app.state.service = service
    return app


def require_serve_settings(settings: Settings) -> None:
    """What `serve` cannot start without; raises SettingsError naming the variable."""
    if not webhook_secret(settings):
        raise SettingsError(
            "GDPR_DESK_WEBHOOK_SECRET is not set (the Zendesk webhook's signing secret; `gdpr-desk install` stores it)"
        )
