"""Reports over HTTP for auditors (Starlette routes; the app mounts them beside /audit/*).

    GET /audit/reports/monthly?month=YYYY-MM[&format=json|md|html|csv][&group=G][&checkpoint=SIZE]
    GET /audit/reports/spot-check?month=YYYY-MM&sample=N[&format=json|md][&group=G][&checkpoint=SIZE]

Authorisation is the audit API's (plugin/audit.py): "Authorization: Bearer <token>" of a token with
role "auditor" — missing or unknown → 401, another role → 403. Bad parameters → 400, an unknown
checkpoint size → 404, a log that does not verify → 500 naming the first bad seq (no figures are
served from it). Without `checkpoint`, the report is computed against a checkpoint signed now (as
GET /audit/checkpoint does); the answer names it, so passing its size later reproduces the report.
Each successful read is recorded in the ledger as an "audit_read", like every audit API read.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from plugin.audit import AUDITOR
from plugin.ledger.checkpoint import CheckpointSigner, NoteVerifier
from plugin.ledger.store import Ledger
from plugin.ledger.tokens import TokenInfo, Tokens
from plugin.reports.monthly import Month, build_monthly
from plugin.reports.render import MEDIA_TYPES, MONTHLY_FORMATS, SPOT_CHECK_FORMATS, render_monthly, render_spot_check
from plugin.reports.sampling import build_spot_check
from plugin.reports.source import CheckpointNotFound, LedgerUnverified, ReportError, open_verified

MAX_SAMPLE = 500
REPORT_PARAMS = frozenset({"month", "format", "group", "checkpoint", "sample"})


class BadRequest(ValueError):
    """A query parameter is missing or invalid."""


@dataclass(frozen=True)
class Rendered:
    text: str
    media_type: str


def _error(status: int, message: str, **extra: object) -> JSONResponse:
    headers = {"WWW-Authenticate": 'Bearer realm="audit"'} if status == 401 else None
    return JSONResponse({"error": message, **extra}, status_code=status, headers=headers)


async def authorize(request: Request, tokens: Tokens) -> TokenInfo | Response:
    """The auditor token of the request, or the 401/403 answer (the rules of plugin/audit.py)."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    info = await run_in_threadpool(tokens.authenticate, token.strip()) if scheme.lower() == "bearer" else None
    if info is None:
        return _error(401, "a valid bearer token is required")
    if info.role != AUDITOR:
        return _error(403, f"token {info.id} has role {info.role!r}; the audit API needs {AUDITOR!r}")
    return info


def _param(request: Request, name: str, *, required: bool = False) -> str | None:
    value = request.query_params.get(name)
    if (value is None or value == "") and required:
        raise BadRequest(f"query parameter {name!r} is required")
    return value or None


def _count(request: Request, name: str, *, required: bool = False) -> int | None:
    raw = _param(request, name, required=required)
    if raw is None:
        return None
    if not raw.isascii() or not raw.isdigit() or len(raw) > 18:
        raise BadRequest(f"query parameter {name!r} must be a non-negative integer")
    return int(raw)


def _month(request: Request) -> Month:
    try:
        return Month.parse(_param(request, "month", required=True) or "")
    except ValueError as exc:
        raise BadRequest(str(exc)) from None


def _format(request: Request, allowed: tuple[str, ...]) -> str:
    fmt = _param(request, "format") or "json"
    if fmt not in allowed:
        raise BadRequest(f"format must be one of {', '.join(allowed)}")
    return fmt


def report_routes(
    ledger: Ledger,
    signer: CheckpointSigner,
    clock: Callable[[], datetime],
    *,
    timezone: str,
    tokens: Tokens | None = None,
    verifiers: list[NoteVerifier] | None = None,
) -> list[BaseRoute]:
    """The /audit/reports routes. The caller has run ledger.ensure_schema() and Tokens(db).ensure_schema().

    `verifiers`: the keys whose checkpoints are trusted (default: `signer`'s own key).
    """
    store = tokens or Tokens(ledger.db)
    trusted = verifiers or [signer.signer.verifier()]

    def monthly(request: Request) -> Rendered:
        month, fmt = _month(request), _format(request, MONTHLY_FORMATS)
        group, size = _param(request, "group"), _count(request, "checkpoint")
        log = open_verified(ledger, trusted, now=clock(), size=size, signer=signer)
        report = build_monthly(log.entries, month, log.checkpoint, timezone=timezone, group=group)
        return Rendered(render_monthly(report, fmt), MEDIA_TYPES[fmt])

    def spot_check(request: Request) -> Rendered:
        month, fmt = _month(request), _format(request, SPOT_CHECK_FORMATS)
        sample = _count(request, "sample", required=True) or 0
        if sample > MAX_SAMPLE:
            raise BadRequest(f"sample must be at most {MAX_SAMPLE}")
        group, size = _param(request, "group"), _count(request, "checkpoint")
        log = open_verified(ledger, trusted, now=clock(), size=size, signer=signer)
        check = build_spot_check(
            log.entries, month, log.checkpoint, sample, timezone=timezone, group=group, proofs=ledger.inclusion_proof
        )
        return Rendered(render_spot_check(check, fmt), MEDIA_TYPES[fmt])

    def endpoint(name: str, handler: Callable[[Request], Rendered]) -> Callable[[Request], Awaitable[Response]]:
        async def run(request: Request) -> Response:
            info = await authorize(request, store)
            if isinstance(info, Response):
                return info
            try:
                rendered = await run_in_threadpool(handler, request)
            except BadRequest as exc:
                return _error(400, str(exc))
            except CheckpointNotFound as exc:
                return _error(404, str(exc))
            except LedgerUnverified as exc:
                return _error(500, str(exc), seq=exc.problem.seq)
            except ReportError as exc:
                return _error(500, str(exc))
            # Only the known parameters, cut short: the log is append-only, callers' junk stays out.
            params = {k: v[:40] for k, v in sorted(request.query_params.items()) if k in REPORT_PARAMS}
            await run_in_threadpool(
                ledger.append_one, "audit_read", {"token": info.id, "endpoint": name, "params": params}, time=clock()
            )
            return Response(rendered.text, media_type=rendered.media_type)

        return run

    return [
        Route("/audit/reports/monthly", endpoint("reports.monthly", monthly), methods=["GET"]),
        Route("/audit/reports/spot-check", endpoint("reports.spot_check", spot_check), methods=["GET"]),
    ]
