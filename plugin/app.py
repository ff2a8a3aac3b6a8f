"""The Starlette application: routes, and the composition root of the running service."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import structlog
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

from plugin import __version__
from plugin.config import Settings, SettingsError
from plugin.inbox import DEAD, PENDING, Inbox
from plugin.intake import Intake
from plugin.metrics import Metrics
from plugin.storage.committer import GroupCommitter, LoopCommitter, committer_for
from plugin.storage.db import Database
from plugin.timeutil import Clock, utcnow

log = structlog.get_logger("gdpr_desk.app")


@dataclass
class Service:
    """The running service's parts, shared by routes and background tasks."""

    settings: Settings
    db: Database
    inbox: Inbox
    committer: GroupCommitter | LoopCommitter
    metrics: Metrics
    intake: Intake
    clock: Clock
    background: list[Callable[[Service], contextlib.AbstractAsyncContextManager[Any]]] = field(default_factory=list)

    def inbox_depth(self) -> dict[tuple[tuple[str, str], ...], float]:
        with self.db.transaction(self.db.thread_connection(), write=False) as tx:
            depth = self.inbox.depth(tx)
        return {(("state", state),): float(depth.get(state, 0)) for state in (PENDING, DEAD)}


def webhook_secrets(settings: Settings) -> Callable[[], tuple[str, ...]]:
    """The accepted signing secrets (read once; empty when unset, which serve refuses to start with)."""
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    secrets = tuple(s for s in (secret,) if s)
    return lambda: secrets


def build_service(settings: Settings, *, clock: Clock = utcnow, database: Database | None = None) -> Service:
    db = database or Database(settings.effective_database_url)
    inbox = Inbox(db)
    committer = committer_for(db, max_batch=settings.intake_batch_max)
    metrics = Metrics()
    intake = Intake(
        inbox=inbox,
        committer=committer,
        metrics=metrics,
        clock=clock,
        secrets=webhook_secrets(settings),
        tolerance=timedelta(seconds=settings.webhook_tolerance_seconds),
        max_body_bytes=settings.max_body_bytes,
        hooks=[],
    )
    intake.register_metrics()
    service = Service(settings, db, inbox, committer, metrics, intake, clock)
    metrics.gauge("inbox_depth", "Inbox rows by state (pending, dead).", service.inbox_depth)
    return service


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

    return [
        Route("/webhooks/zendesk", service.intake.handle, methods=["POST"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/readyz", readyz, methods=["GET"]),
        Route("/metrics", metrics, methods=["GET"]),
        *extra,
    ]


def create_app(
    settings: Settings,
    *,
    clock: Clock = utcnow,
    service: Service | None = None,
    extra_routes: Sequence[BaseRoute] = (),
) -> Starlette:
    """The ASGI app. Start-up creates the schema and the writer; shutdown flushes it."""
    service = service or build_service(settings, clock=clock)

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        await run_in_threadpool(service.inbox.ensure_schema)
        service.committer.start()
        async with contextlib.AsyncExitStack() as stack:
            for task in service.background:
                await stack.enter_async_context(task(service))
            log.info("service_started", database=service.db.describe(), version=__version__)
            try:
                yield
            finally:
                log.info("service_stopping")
        if isinstance(service.committer, LoopCommitter):
            await service.committer.aclose()
        else:
            await run_in_threadpool(service.committer.close)

    app = Starlette(routes=_routes(service, extra_routes), lifespan=lifespan)
    app.state.service = service
    return app


def require_serve_settings(settings: Settings) -> None:
    """What `serve` cannot start without; raises SettingsError naming the variable."""
    if settings.webhook_secret is None or not settings.webhook_secret.get_secret_value():
        raise SettingsError("GDPR_DESK_WEBHOOK_SECRET is not set (the Zendesk webhook's signing secret)")
