"""The agent sidebar: a small page in the Zendesk ticket sidebar and the JSON it reads.

    GET /app/sidebar                 the page (static HTML from plugin/web; no data in it)
    GET /app/sidebar/assets/<file>   sidebar.js, sidebar.css, sidebar-i18n.json (public, no data)
    GET /app/sidebar/data?ticket=N   ticket N's case, guidance and ledger trail, with an inclusion
                                     proof of every trail entry against the latest signed checkpoint

The data route needs "Authorization: Bearer <credential>": the Zendesk app's secure setting
`shared_secret` (inserted by Zendesk's proxy, compared with GDPR_DESK_APP_SHARED_SECRET), or an API
token (plugin.ledger.tokens) with role "auditor" or "agent". Missing or unknown → 401, another role →
403, nothing configured → 503, bad parameters → 400, no case and no trail for the ticket → 404.

The page recomputes every leaf hash and proof in the browser (WebCrypto) against the root in the
signed checkpoint note, so it does not have to trust this module. Layout and decisions: docs/sidebar.md.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import json
import tomllib
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import structlog
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from plugin.core.case import CLOSED_STATES, EXTENDED, ID_REQUESTED, CaseState
from plugin.core.deadlines import days_left
from plugin.core.rights import ESCALATIONS_BY_CODE, LANGUAGES, RIGHT_CODES, RIGHTS_BY_CODE
from plugin.guidance import GUIDANCE_DIR, format_date, next_macro_id, reply_macro_id
from plugin.ledger.checkpoint import CheckpointSigner, NoteError
from plugin.ledger.entry import Entry
from plugin.ledger.keys import KeyFileError, checkpoint_signer
from plugin.ledger.store import LedgerError, StoredCheckpoint
from plugin.ledger.tokens import TOKEN_PATTERN, Tokens
from plugin.templates import TemplateError, cached_macros

if TYPE_CHECKING:  # plugin.app imports this module
    from plugin.app import Service

log = structlog.get_logger("gdpr_desk.sidebar")

WEB_DIR: Final = Path(__file__).resolve().parent / "web"
I18N_FILE: Final = WEB_DIR / "sidebar-i18n.json"
TRAIL_LIMIT: Final = 50  # newest entries shown; a ticket rarely has more than a dozen
SIDEBAR_ROLES: Final = frozenset({"agent", "auditor"})
MAX_TICKET_ID: Final = 2**63 - 1

TokenRoles = Callable[[str], tuple[str, str] | None]  # bearer token → (token id, role), or None if unknown


class Denied(Exception):
    """The request may not read sidebar data: status 401, 403 or 503 and a message for the admin."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True, slots=True)
class Principal:
    """Who read: the Zendesk app (shared secret) or an API token (its public id and role)."""

    kind: str  # "app" | "token"
    token_id: str | None = None
    role: str | None = None


# --- authentication ---------------------------------------------------------------------------
class SidebarAuth:
    """Checks the bearer credential of a data request; never logs or returns the credential."""

    def __init__(self, shared_secret: str | None, token_roles: TokenRoles | None) -> None:
        # Compare digests so that compare_digest sees equal lengths whatever the caller sends.
        self._secret = hashlib.sha256(shared_secret.encode("utf-8")).digest() if shared_secret else None
        self._token_roles = token_roles

    @property
    def enabled(self) -> bool:
        return self._secret is not None or self._token_roles is not None

    def check(self, authorization: str | None) -> Principal:
        if not self.enabled:
            raise Denied(503, "sidebar data is disabled: set GDPR_DESK_APP_SHARED_SECRET (the app's shared_secret)")
        scheme, _, credential = (authorization or "").partition(" ")
        credential = credential.strip()
        if scheme.lower() != "bearer" or not credential:
            raise Denied(401, "a bearer credential is required (the app's shared secret or an API token)")
        digest = hashlib.sha256(credential.encode("utf-8")).digest()
        if self._secret is not None and hmac.compare_digest(digest, self._secret):
            return Principal("app")
        if self._secret is None and not TOKEN_PATTERN.fullmatch(credential):
            # Not an API token, so presumably the Zendesk app's shared secret, which cannot be checked.
            raise Denied(503, "the Zendesk app cannot be authenticated: GDPR_DESK_APP_SHARED_SECRET is not set")
        found = self._token_roles(credential) if self._token_roles is not None else None
        if found is None:
            raise Denied(401, "unknown or revoked credential")
        token_id, role = found
        if role not in SIDEBAR_ROLES:
            raise Denied(403, f"token {token_id} has role {role!r}; the sidebar needs one of {sorted(SIDEBAR_ROLES)}")
        return Principal("token", token_id, role)


def api_token_roles(service: Service) -> TokenRoles:
    """Token lookup in the service database (plugin.ledger.tokens); creates its table on first use."""
    tokens = Tokens(service.db)
    ready: list[bool] = []

    def lookup(token: str) -> tuple[str, str] | None:
        if not ready:
            tokens.ensure_schema()
            ready.append(True)
        info = tokens.authenticate(token)
        return (info.id, info.role) if info is not None else None

    return lookup


# --- texts --------------------------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def i18n() -> dict[str, Any]:
    """The sidebar's texts per language (plugin/web/sidebar-i18n.json, also served to the page)."""
    with I18N_FILE.open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


@functools.lru_cache(maxsize=len(LANGUAGES))
def _guidance(language: str) -> dict[str, Any]:
    path = GUIDANCE_DIR / f"{language}.toml"
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise TemplateError(f"{path}: {exc}") from exc


def language_of(requested: str | None, case_language: str | None, default: str = "en") -> str:
    """`?lang=` if it names a supported language (fr-BE → fr), else the ticket's, else `default`."""
    for value in (requested, case_language, default):
        base = (value or "").strip().lower().replace("_", "-").split("-")[0]
        if base in LANGUAGES:
            return base
    return "en"


# --- the payload (pure) -------------------------------------------------------------------------
def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _fmt(template: str, **values: object) -> str:
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


def _right_names(codes: Collection[str], lang: str) -> list[str]:
    return [RIGHTS_BY_CODE[c].name(lang) if c in RIGHTS_BY_CODE else c for c in codes]


def _escalation_names(codes: Collection[str], lang: str) -> list[str]:
    process = i18n()[lang]["process_escalations"]
    return [ESCALATIONS_BY_CODE[c].name(lang) if c in ESCALATIONS_BY_CODE else process.get(c, c) for c in codes]


def entry_summary(kind: str, data: Mapping[str, Any], lang: str) -> str:
    """One line about a ledger entry, from codes in its data (the ledger holds no message text)."""
    t = i18n()[lang]
    s, events = t["summaries"], t["events"]

    def event(code: Any) -> str:
        return str(events.get(code, code))

    if kind == "webhook_received":
        return _fmt(s["webhook_received"], event=event(data.get("event")))
    if kind == "dead_letter":
        return _fmt(s["dead_letter"], reason=data.get("reason"), attempts=data.get("attempts"))
    if kind == "audit_read":
        return _fmt(s["audit_read"], token=data.get("token"), endpoint=data.get("endpoint"))
    if kind != "decision":
        return _fmt(s["other"], kind=kind)
    decision = str(data.get("decision"))
    case = data.get("case") or {}
    classification = data.get("classification") or {}
    values = {
        "event": event(data.get("event")),
        "decision": decision,
        "rights": ", ".join(_right_names(case.get("rights") or classification.get("rights") or (), lang)),
        "reasons": ", ".join(
            _escalation_names(classification.get("escalations") or case.get("escalations") or (), lang)
        ),
        "changes": ", ".join(t["changes"].get(c, c) for c in data.get("changes") or ()),
    }
    text = _fmt(s["decisions"].get(decision, s["decisions"]["other"]), **values)
    actions = data.get("actions") or {}
    if actions.get("note") and (data.get("outcome") or {}).get("applied"):
        text = f"{text} · {s['note_posted']}"
    return text


def _checklist(case: CaseState | None, lang: str) -> list[str]:
    """The checklist of the guidance note (templates/guidance), for this case's rights and state."""
    g = _guidance(lang)
    note = g["note"]
    rights = [c for c in RIGHT_CODES if case is not None and c in case.rights]
    items = [note["checklist_identity"], *(g["rights"][c] for c in rights)]
    items += [note["checklist_concern"], note["checklist_refusal"]]
    if case is not None and case.due_on and case.extended_on is None:
        items.append(_fmt(note["checklist_deadline"], date=format_date(case.due_on, lang)))
    items.append(note["checklist_escalate"])
    return items


def _escalations(case: CaseState, lang: str) -> list[dict[str, str]]:
    g = _guidance(lang)
    out = []
    for code in dict.fromkeys(case.escalations):
        if code in ESCALATIONS_BY_CODE:
            action = g["escalation"].get(code, g["escalation"]["unknown"])
        else:
            action = g["process"].get(code, g["process"]["unknown"])
        out.append({"code": code, "name": _escalation_names([code], lang)[0], "action": action})
    return out


def _macros(case: CaseState, lang: str) -> dict[str, Any]:
    """The macro to use next and the reply macros; none while waiting for the customer or once closed."""
    titles = {m.id: m.titles.get(lang) or m.titles["en"] for m in cached_macros()}
    rights = [c for c in RIGHT_CODES if c in case.rights]
    replies = [reply_macro_id(c) for c in rights]
    if case.state in CLOSED_STATES:
        return {"next": None, "why_none": "closed", "replies": []}
    if case.state == ID_REQUESTED:
        return {"next": None, "why_none": "waiting", "replies": []}
    # Acknowledge first (or answer a quick right straight away); once extended, the answer is next.
    next_id = replies[0] if case.state == EXTENDED and replies else next_macro_id(rights)
    return {
        "next": {"id": next_id, "title": titles.get(next_id, next_id)},
        "why_none": None,
        "replies": [{"id": r, "title": titles.get(r, r)} for r in replies if r != next_id],
    }


def _date(d: date | None, lang: str) -> dict[str, str] | None:
    return {"iso": d.isoformat(), "text": format_date(d, lang)} if d else None


def case_payload(case: CaseState, *, lang: str, today: date, due_soon_days: int) -> dict[str, Any]:
    """The case's fields for the page: names in `lang`, dates as ISO and as text, days left."""
    due = case.effective_due_on
    left = days_left(today, due) if due else None
    open_ = case.state not in CLOSED_STATES
    return {
        "state": case.state,
        "closed": not open_,
        "rights": [
            {"code": c, "name": n, "article": RIGHTS_BY_CODE[c].article if c in RIGHTS_BY_CODE else ""}
            for c, n in zip(case.rights, _right_names(case.rights, lang), strict=True)
        ],
        "escalations": _escalations(case, lang),
        "received_on": _date(case.received_on, lang),
        "due_on": _date(case.due_on, lang),
        "extended": case.extended_on is not None,
        "extended_due_on": _date(case.extended_due_on, lang) if case.extended_on is not None else None,
        "effective_due_on": _date(due, lang),
        "on_hold": due is None and open_,
        "answered_on": _date(case.answered_on, lang),
        "refused_on": _date(case.refused_on, lang),
        "days_left": left if open_ else None,
        "overdue": bool(open_ and left is not None and left < 0),
        "due_soon": bool(open_ and left is not None and 0 <= left <= due_soon_days),
        "macros": _macros(case, lang),
    }


def trail_payload(
    entries: Sequence[Entry], proofs: Mapping[int, Sequence[bytes]], checkpoint: StoredCheckpoint | None, lang: str
) -> list[dict[str, Any]]:
    """Trail rows: the leaf bytes and, for entries the checkpoint covers, their audit path."""
    rows = []
    for e in entries:
        covered = checkpoint is not None and e.seq < checkpoint.size
        rows.append(
            {
                "seq": e.seq,
                "time": e.time,
                "kind": e.kind,
                "summary": entry_summary(e.kind, e.data, lang),
                "leaf": b64(e.leaf),
                "covered": covered,
                "proof": [b64(p) for p in proofs.get(e.seq, ())] if covered else None,
            }
        )
    return rows


def checkpoint_payload(checkpoint: StoredCheckpoint | None) -> dict[str, Any] | None:
    if checkpoint is None:
        return None
    return {
        "size": checkpoint.size,
        "root": b64(checkpoint.root),
        "note": checkpoint.note,
        "verifier_key": checkpoint.key,
        "created_at": checkpoint.created_at,
    }


# --- loading (I/O) ------------------------------------------------------------------------------
class NotFound(LookupError):
    """Neither a case nor any ledger entry for this ticket."""


class SidebarData:
    """Assembles the data route's JSON from the case store and the ledger (call in a worker thread)."""

    def __init__(self, service: Service, signer: Callable[[], CheckpointSigner] | None = None) -> None:
        self.service = service
        self._signer = signer or functools.cache(lambda: _default_signer(service))

    def load(self, ticket_id: int, *, requested_lang: str | None = None) -> dict[str, Any]:
        s = self.service
        with s.db.transaction(s.db.thread_connection(), write=False) as tx:
            case = s.cases.get(tx, ticket_id)
            trail = s.cases.trail(tx, ticket_id)
        if case is None and not trail:
            raise NotFound(f"no GDPR case and no ledger entries for ticket {ticket_id}")
        lang = language_of(requested_lang, case.language if case else None, s.settings.default_language)
        shown = trail[-TRAIL_LIMIT:]
        entries = [e for seq, _ in shown for e in s.ledger.entries(seq, seq + 1)]
        checkpoint, problem = self._checkpoint(max((seq for seq, _ in shown), default=-1) + 1)
        proofs = {
            e.seq: s.ledger.inclusion_proof(e.seq, checkpoint.size)
            for e in entries
            if checkpoint is not None and e.seq < checkpoint.size
        }
        today = s.clock().astimezone(s.settings.zone).date()
        return {
            "ticket": ticket_id,
            "language": lang,
            "today": today.isoformat(),
            "case": case_payload(case, lang=lang, today=today, due_soon_days=s.settings.due_soon_days)
            if case
            else None,
            "checklist": _checklist(case, lang) if case else [],
            "trail": trail_payload(entries, proofs, checkpoint, lang),
            "trail_total": len(trail),
            "checkpoint": checkpoint_payload(checkpoint),
            "ledger_problem": problem,
        }

    def _checkpoint(self, needed: int) -> tuple[StoredCheckpoint | None, str | None]:
        """The latest checkpoint if it covers the first `needed` entries, else a freshly signed one.

        If signing fails (no key, or the stored tree contradicts the last checkpoint) the latest
        checkpoint is used and the newer entries are shown as not yet covered, with the reason.
        """
        ledger = self.service.ledger
        latest = ledger.latest_checkpoint()
        if latest is not None and latest.size >= needed:
            return latest, None
        try:
            return ledger.checkpoint(self._signer(), time=self.service.clock()), None
        except (LedgerError, NoteError, KeyFileError, OSError) as exc:
            log.error("sidebar_checkpoint_failed", error=type(exc).__name__, detail=str(exc)[:200])
            # The reason stays in the service log; the page only learns that signing failed.
            return latest, "the service could not sign a new checkpoint; see the service log"


def _default_signer(service: Service) -> CheckpointSigner:
    return checkpoint_signer(service.settings)


# --- routes -------------------------------------------------------------------------------------
def _error(status: int, message: str) -> JSONResponse:
    headers = {"Cache-Control": "no-store"}
    if status == 401:
        headers["WWW-Authenticate"] = 'Bearer realm="gdpr-desk sidebar"'
    return JSONResponse({"error": message}, status_code=status, headers=headers)


# The page may be framed by Zendesk only; scripts from this service, plus the ZAF SDK from
# Zendesk's CDN (https://developer.zendesk.com/api-reference/apps/apps-core-api/client_api/).
PAGE_HEADERS: Final = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self' https://static.zdassets.com; style-src 'self'; "
        "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'self' https://*.zendesk.com"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-cache",
}


def _ticket(raw: str | None) -> int:
    if not raw or not raw.isascii() or not raw.isdigit() or len(raw) > 19 or not 0 < int(raw) <= MAX_TICKET_ID:
        raise ValueError("query parameter 'ticket' must be a positive ticket id")
    return int(raw)


def sidebar_routes(
    service: Service,
    *,
    token_roles: TokenRoles | None = None,
    signer: Callable[[], CheckpointSigner] | None = None,
) -> list[BaseRoute]:
    """The /app/sidebar routes. Tokens default to the API tokens in the service database."""
    secret = service.settings.app_shared_secret
    auth = SidebarAuth(
        secret.get_secret_value() if secret is not None else None,
        token_roles if token_roles is not None else api_token_roles(service),
    )
    data = SidebarData(service, signer)

    async def page(_: Request) -> Response:
        return FileResponse(WEB_DIR / "sidebar.html", media_type="text/html; charset=utf-8", headers=PAGE_HEADERS)

    async def sidebar_data(request: Request) -> Response:
        try:
            principal = await run_in_threadpool(auth.check, request.headers.get("authorization"))
        except Denied as exc:
            return _error(exc.status, str(exc))
        try:
            ticket_id = _ticket(request.query_params.get("ticket"))
        except ValueError as exc:
            return _error(400, str(exc))
        try:
            body = await run_in_threadpool(data.load, ticket_id, requested_lang=request.query_params.get("lang"))
        except NotFound as exc:
            return _error(404, str(exc))
        if principal.kind == "token":
            # Reads with an API token are evidence like the /audit reads; the app's own reads (every
            # ticket an agent opens) are not recorded.
            await run_in_threadpool(
                service.ledger.append_one,
                "audit_read",
                {
                    "token": principal.token_id,
                    "endpoint": "sidebar",
                    "ticket": service.pseudonym(f"ticket:{ticket_id}"),
                },
                time=service.clock(),
            )
        log.info("sidebar_read", by=principal.kind, token=principal.token_id, entries=len(body["trail"]))
        return JSONResponse(body, headers={"Cache-Control": "no-store"})

    return [
        Route("/app/sidebar", page, methods=["GET"]),
        Route("/app/sidebar/data", sidebar_data, methods=["GET"]),
        Mount("/app/sidebar/assets", app=StaticFiles(directory=WEB_DIR), name="sidebar_assets"),
    ]
