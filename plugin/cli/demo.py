"""`gdpr-desk demo`: the whole story on a fresh machine, with no Zendesk account.

Starts a local Zendesk stand-in (in-process, speaking Zendesk's REST shapes) and the real service
on a temporary SQLite database, installs gdpr-desk's fields, macros, webhook and triggers into the
stand-in, lets a dozen customers write in six languages (the stand-in sends the signed trigger
webhooks, as Zendesk would), lets agents apply a few macros, then prints what each ticket got and
verifies the accountability log.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import secrets
import shutil
import socket
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

DEMO_TICKETS: tuple[tuple[str, str, str], ...] = (
    (
        "en",
        "Subject access request",
        "Dear Sir or Madam,\n\nUnder Article 15 of the GDPR I request a copy of all personal data you hold "
        "about me, the purposes of the processing and how long you keep it.\n\nKind regards,\nJames Whitfield",
    ),
    (
        "fr",
        "Suppression de mon compte",
        "Bonjour,\nje veux que vous supprimiez mon compte et toutes mes données. Si rien n'est fait d'ici la fin "
        "du mois, je porterai plainte auprès de la CNIL.\nMarie Lefèvre",
    ),
    (
        "nl",
        "Geen reclame meer",
        "Hallo, ik krijg elke dag mails en sms'jes met aanbiedingen. Stop daar alsjeblieft mee, ik wil niets "
        "meer ontvangen. Groet, Sanne",
    ),
    (
        "de",
        "Meine Daten",
        "Guten Tag,\nbitte schicken Sie mir alle Daten, die Sie über mich gespeichert haben, als CSV-Datei, "
        "damit ich sie zu einem anderen Anbieter mitnehmen kann.\nMit freundlichen Grüßen\nJonas Becker",
    ),
    (
        "es",
        "Mi apellido está mal",
        "Hola, en mi perfil aparece mi apellido como Garcia Lopez y es García López, con tildes. ¿Pueden "
        "corregirlo? Gracias, Lucía",
    ),
    (
        "it",
        "Profilazione",
        "Buongiorno, mi oppongo all'uso dei miei dati per la profilazione e per le vostre analisi di "
        "marketing. Grazie, Paolo Ferri",
    ),
    (
        "en",
        "Where is my parcel?",
        "Hi, my order 55120 was due on Monday and still hasn't arrived. Could you check with the courier?",
    ),
    (
        "fr",
        "Pourquoi avez-vous mon adresse ?",
        "Je n'ai jamais commandé chez vous et je reçois vos catalogues à mon domicile. Comment avez-vous "
        "obtenu mon adresse ?",
    ),
    (
        "nl",
        "Account van mijn dochter",
        "Mijn dochter van 14 heeft zonder mijn toestemming een account aangemaakt. Ik wil dat jullie dat "
        "account en al haar gegevens verwijderen.",
    ),
    (
        "de",
        "Kreditablehnung",
        "Ihr System hat meinen Ratenkauf automatisch abgelehnt. Ich möchte, dass ein Mensch die Entscheidung "
        "überprüft, und wissen, warum.",
    ),
    (
        "es",
        "Retiro mi consentimiento",
        "Retiro el consentimiento que di para que compartan mis datos con sus socios comerciales.",
    ),
    (
        "it",
        "Fattura di un'altra persona",
        "Nella mia area clienti vedo la fattura di un'altra persona, con nome e indirizzo. Anche i miei dati "
        "sono visibili ad altri?",
    ),
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="run the whole story locally (no Zendesk account needed)",
        description="Run gdpr-desk against a local Zendesk stand-in with a dozen multilingual tickets.",
    )
    parser.add_argument("--keep", metavar="DIR", help="keep the demo database and keys in DIR")
    parser.add_argument("--json", action="store_true", help="print the results as JSON at the end")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    return asyncio.run(_demo(args))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def say(text: str = "") -> None:
    print(text, flush=True)


async def _demo(args: argparse.Namespace) -> int:
    import httpx
    import uvicorn

    from plugin.app import build_service, create_app
    from plugin.config import Settings
    from plugin.helpdesk.api import ZendeskAPI
    from plugin.helpdesk.provision import default_sources, install
    from plugin.helpdesk.standin import STANDIN_API_TOKEN, STANDIN_EMAIL, STANDIN_URL, StandinState, create_standin_app
    from plugin.helpdesk.triggersim import render_trigger, signed_headers
    from plugin.logs import configure_logging

    data_dir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="gdpr-desk-demo-"))
    data_dir.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    secret = secrets.token_urlsafe(24)
    settings = Settings(
        _env_file=None,
        data_dir=data_dir,
        webhook_secret=secret,
        zendesk_url=STANDIN_URL,  # type: ignore[call-arg]
        zendesk_email=STANDIN_EMAIL,
        zendesk_api_token=STANDIN_API_TOKEN,
        public_url=f"http://127.0.0.1:{port}",
        company_name="Demo Shop",
        log_level="error",
        worker_concurrency=4,
    )
    configure_logging("error", stream=sys.stderr)
    started = time.monotonic()
    say("gdpr-desk demo — a local Zendesk stand-in, the real service, a temporary SQLite database")
    say(f"  data: {data_dir}")

    state = StandinState()
    standin = create_standin_app(state)
    say("\n[1/5] Installing gdpr-desk into the helpdesk (fields, macros in 6 languages, webhook, triggers)…")
    api = ZendeskAPI(settings, transport=httpx.ASGITransport(app=standin))
    try:
        report = await install(api, settings, default_sources(settings))
    finally:
        await api.aclose()
    created = sum(1 for step in report.steps if step.action == "create")
    say(
        f"      {created} objects created: {len(state.ticket_fields)} ticket fields (incl. system), "
        f"{len(state.macros)} macros, {len(state.triggers)} triggers, {len(state.webhooks)} webhook"
    )

    service = build_service(settings, zendesk_transport=httpx.ASGITransport(app=standin))
    app = create_app(settings, service=service)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error", access_log=False))
    serving = asyncio.create_task(server.serve())
    while not server.started:
        if serving.done():
            serving.result()
            return 1
        await asyncio.sleep(0.02)
    say(f"\n[2/5] Service listening on http://127.0.0.1:{port} (webhooks at /webhooks/zendesk)")

    client = httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=15)

    async def deliver(ticket: dict[str, Any], event: str) -> None:
        comments = state.comments(int(ticket["id"]))
        latest = next((c for c in reversed(comments) if c.get("public")), {})
        requester = state.user(int(ticket["requester_id"]))
        body = render_trigger(
            ticket,
            event="ticket_created" if event == "created" else "ticket_updated",
            latest_public_comment=latest.get("body"),
            requester_locale=requester.get("locale"),
            actor_id=latest.get("author_id") or ticket["requester_id"],
        )
        raw = json.dumps(body, ensure_ascii=False).encode()
        response = await client.post("/webhooks/zendesk", content=raw, headers=signed_headers(secret, raw))
        response.raise_for_status()

    state.on_ticket_event = deliver
    say(f"\n[3/5] {len(DEMO_TICKETS)} customers write to customer service (signed webhooks):")
    ids: list[tuple[int, str]] = []
    for language, subject, body in DEMO_TICKETS:
        ticket = await state.customer_create_ticket(subject, body, requester_locale=language)
        ids.append((int(ticket["id"]), language))
        say(f"      → ticket #{ticket['id']:<3} [{language}] {subject}")
    await _wait_idle(service, "      processing")

    say("\n[4/5] Agents work the cases (macros add lifecycle tags; the triggers notify the service):")
    first = ids[0][0]
    await _agent(
        state,
        deliver,
        first,
        ["gdpr_id_requested"],
        "pending",
        f"      → #{first}: agent asks for identification (clock suspended)",
    )
    await _wait_idle(service, None)
    await state.customer_reply(first, "Here is my customer number: 4417-2210, and my date of birth 3 May 1984.")
    say(f"      → #{first}: customer answers (clock runs again)")
    await _agent(
        state,
        deliver,
        ids[3][0],
        ["gdpr_extended"],
        "pending",
        f"      → #{ids[3][0]}: agent extends the deadline with reasons",
    )
    await _agent(
        state,
        deliver,
        ids[2][0],
        ["gdpr_completed"],
        "solved",
        f"      → #{ids[2][0]}: agent confirms the marketing stop (solved)",
    )
    await _wait_idle(service, "      processing")

    results = _results(service, state, ids)
    say("\n[5/5] What each ticket got:")
    say(f"      {'ticket':<7}{'lang':<5}{'rights':<38}{'due':<12}{'escalation':<32}note")
    for row in results:
        say(
            f"      #{row['ticket']:<6}{row['language']:<5}{', '.join(row['rights']) or '— not a request':<38}"
            f"{row['due_on'] or '—':<12}{', '.join(row['escalations']) or '—':<32}{row['note_language'] or '—'}"
        )
    say("      gdpr tags:")
    for row in results:
        say(f"        #{row['ticket']}: {' '.join(row['tags']) or '—'}")

    verification = _verify(settings, service)
    say(
        f"\nAccountability log: {verification['entries']} entries, checkpoint at size {verification['size']}, "
        f"root {verification['root'][:16]}…"
    )
    say(
        "  "
        + (
            "verified: every entry recomputed and matches the signed checkpoint ✓"
            if verification["ok"]
            else f"VERIFICATION FAILED: {verification['problem']}"
        )
    )
    say(
        f"  API calls made by the worker: {int(service.metrics.value('api_calls_total'))} "
        f"for {sum(1 for r in results if r['rights'])} requests; done in {time.monotonic() - started:.1f} s"
    )
    if args.json:
        print(json.dumps({"tickets": results, "log": verification}, ensure_ascii=False, indent=2))

    await client.aclose()
    server.should_exit = True
    await serving
    if not args.keep:
        shutil.rmtree(data_dir, ignore_errors=True)
    return 0 if verification["ok"] else 1


async def _agent(state: Any, deliver: Any, ticket_id: int, tags: list[str], status: str, line: str) -> None:
    ticket = state.ticket(ticket_id)
    ticket, _ = state.update_ticket(
        ticket_id, {"tags": sorted({*ticket["tags"], *tags}), "status": status}, author_id=state.agent["id"]
    )
    say(line)
    await deliver(ticket, "updated")


async def _wait_idle(service: Any, label: str | None, timeout: float = 120) -> None:
    from starlette.concurrency import run_in_threadpool

    def pending() -> int:
        with service.db.transaction(write=False) as tx:
            return int(tx.scalar("SELECT COUNT(*) FROM inbox WHERE state = 'pending'"))

    deadline = time.monotonic() + timeout
    last = -1
    while True:
        left = await run_in_threadpool(pending)
        if label and left != last:
            say(f"{label}: {left} event(s) waiting")
            last = left
        if left == 0:
            return
        if time.monotonic() > deadline:
            raise SystemExit(f"gdpr-desk demo: {left} events still waiting after {timeout:.0f} s")
        await asyncio.sleep(0.1)


def _results(service: Any, state: Any, ids: list[tuple[int, str]]) -> list[dict[str, Any]]:
    out = []
    with service.db.transaction(write=False) as tx:
        for ticket_id, language in ids:
            case = service.cases.get(tx, ticket_id)
            ticket = state.ticket(ticket_id)
            notes = [c for c in state.comments(ticket_id) if not c.get("public")]
            out.append(
                {
                    "ticket": ticket_id,
                    "language": language,
                    "rights": list(case.rights) if case else [],
                    "due_on": case.effective_due_on.isoformat() if case and case.effective_due_on else None,
                    "state": case.state if case else None,
                    "escalations": list(case.escalations) if case else [],
                    "tags": sorted(t for t in ticket["tags"] if t.startswith("gdpr_")),
                    "notes": len(notes),
                    "note_language": case.language if case and notes else None,
                }
            )
    return out


def _verify(settings: Any, service: Any) -> dict[str, Any]:
    from datetime import UTC, datetime

    from plugin.ledger.checkpoint import NoteVerifier
    from plugin.ledger.keys import checkpoint_signer
    from plugin.ledger.verify import verify_ledger

    signer = checkpoint_signer(settings)
    checkpoint = service.ledger.checkpoint(signer, time=datetime.now(UTC))
    result = verify_ledger(service.ledger, [NoteVerifier.from_verifier_key(signer.verifier_key)])
    return {
        "entries": result.size,
        "size": checkpoint.size,
        "root": checkpoint.root.hex(),
        "ok": result.problem is None,
        "problem": str(result.problem) if result.problem else None,
    }
