"""Read-only auditor API over the accountability log (Starlette routes; the app mounts them).

    GET /audit/checkpoint                         latest signed checkpoint (made now if entries are new)
    GET /audit/entries?from=A&to=B                entries A..B-1 as export lines (at most 1000)
    GET /audit/proof/inclusion?seq=N&size=M       audit path of entry N in the tree of size M
    GET /audit/proof/consistency?from=M&to=N      consistency proof between tree sizes M and N

Hashes are standard base64, like the checkpoint's root line. Every request needs
"Authorization: Bearer <token>" of a token with role "auditor" (`gdpr-desk token create`): missing
or unknown → 401, another role → 403, bad parameters → 400 with {"error": "..."}; a log that fails
its own integrity checks → 500 with {"error": "..."}. Each successful
read is itself recorded in the ledger (kind "audit_read", with the token's id, never the token).
"""

from __future__ import annotations

import base64
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from plugin.ledger.checkpoint import CheckpointSigner
from plugin.ledger.entry import export_record
from plugin.ledger.store import Ledger, LedgerError, OutOfRange
from plugin.ledger.tokens import Tokens

AUDITOR = "auditor"
MAX_ENTRIES = 1000


class BadRequest(ValueError):
    """A query parameter is missing or invalid."""


AUDIT_PARAMS = frozenset({"from", "to", "seq", "size"})


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _error(status: int, message: str, headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def _int(request: Request, name: str, default: int | None = None) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        if default is None:
            raise BadRequest(f"query parameter {name!r} is required")
        return default
    if not raw.isascii() or not raw.isdigit() or len(raw) > 18:
        raise BadRequest(f"query parameter {name!r} must be a non-negative integer")
    return int(raw)


Handler = Callable[[Request], dict[str, Any]]


def audit_routes(
    ledger: Ledger,
    signer: CheckpointSigner,
    clock: Callable[[], datetime],
    *,
    tokens: Tokens | None = None,
) -> list[BaseRoute]:
    """The /audit routes. The caller has run ledger.ensure_schema() and Tokens(db).ensure_schema()."""
    store = tokens or Tokens(ledger.db)

    def checkpoint(request: Request) -> dict[str, Any]:
        stored = ledger.checkpoint(signer, time=clock())
        return {
            "size": stored.size,
            "root": b64(stored.root),
            "checkpoint": stored.note,
            "verifier_key": signer.verifier_key,
        }

    def entries(request: Request) -> dict[str, Any]:
        size = ledger.size()
        start = _int(request, "from", 0)
        end = _int(request, "to", min(size, start + MAX_ENTRIES))
        if start > end or end > size:
            raise BadRequest(f"need 0 <= from <= to <= {size} (the log size)")
        if end - start > MAX_ENTRIES:
            raise BadRequest(f"at most {MAX_ENTRIES} entries per request")
        lines = [export_record(e) for e in ledger.entries(start, end)]
        return {"size": size, "from": start, "to": end, "entries": lines}

    def inclusion(request: Request) -> dict[str, Any]:
        size = _int(request, "size", ledger.size())
        seq = _int(request, "seq")
        proof = ledger.inclusion_proof(seq, size)
        entry = next(ledger.entries(seq, seq + 1))
        return {
            "seq": seq,
            "size": size,
            "leaf_hash": b64(entry.leaf_hash),
            "root": b64(ledger.root(size)),
            "proof": [b64(p) for p in proof],
        }

    def consistency(request: Request) -> dict[str, Any]:
        old, new = _int(request, "from"), _int(request, "to", ledger.size())
        proof = ledger.consistency_proof(old, new)
        return {
            "from": old,
            "to": new,
            "from_root": b64(ledger.root(old)),
            "to_root": b64(ledger.root(new)),
            "proof": [b64(p) for p in proof],
        }

    def endpoint(name: str, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        async def run(request: Request) -> Response:
            scheme, _, token = request.headers.get("authorization", "").partition(" ")
            info = await run_in_threadpool(store.authenticate, token.strip()) if scheme.lower() == "bearer" else None
            if info is None:
                return _error(401, "a valid bearer token is required", {"WWW-Authenticate": 'Bearer realm="audit"'})
            if info.role != AUDITOR:
                return _error(403, f"token {info.id} has role {info.role!r}; the audit API needs {AUDITOR!r}")
            try:
                body = await run_in_threadpool(handler, request)
            except (BadRequest, OutOfRange) as exc:
                return _error(400, str(exc))
            except LedgerError as exc:  # the stored log failed a check: say so, do not guess
                return _error(500, f"the log failed an integrity check ({exc}); run `gdpr-desk log verify`")
            # Only the known parameters, cut short: the log is append-only, callers' junk stays out.
            params = {k: v[:40] for k, v in sorted(request.query_params.items()) if k in AUDIT_PARAMS}
            await run_in_threadpool(
                ledger.append_one, "audit_read", {"token": info.id, "endpoint": name, "params": params}, time=clock()
            )
            return JSONResponse(body)

        return run

    return [
        Route("/audit/checkpoint", endpoint("checkpoint", checkpoint), methods=["GET"]),
        Route("/audit/entries", endpoint("entries", entries), methods=["GET"]),
        Route("/audit/proof/inclusion", endpoint("inclusion", inclusion), methods=["GET"]),
        Route("/audit/proof/consistency", endpoint("consistency", consistency), methods=["GET"]),
    ]
