"""End to end: webhook → decision → applied change in the helpdesk, against the local stand-in.

A backlog of N signed ticket-created webhooks (each a GDPR request) hits a real `gdpr-desk serve`
process; the Zendesk stand-in answers on a local port with 0 ms and then 100 ms latency, with the
account's ticket-update budget (100 updates/minute, Zendesk's default) enforced. Prints tickets/s,
p50/p99 time from webhook to applied change, API calls per ticket, 429s received, and the achieved
update rate as a ratio of the budget (the baseline: the most the helpdesk allows).

    python bench/e2e.py [--tickets 60] [--latencies 0,0.1]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from plugin.helpdesk.definitions import ticket_fields  # noqa: E402
from plugin.helpdesk.standin import STANDIN_API_TOKEN, STANDIN_EMAIL, StandinState, run_standin  # noqa: E402
from plugin.helpdesk.triggersim import render_trigger, signed_headers  # noqa: E402

SECRET = "bench-e2e-secret-0123456789"
UPDATES_PER_MINUTE = 100  # Zendesk: ticket updates per minute per account (without High Volume)
PLAN_RPM = 400  # Professional plan requests per minute
TEXTS = [
    ("en", "Please send me a copy of all personal data you hold about me (Article 15 GDPR)."),
    ("fr", "Je vous demande d'effacer mon compte et toutes mes données personnelles."),
    ("nl", "Stuur mij geen reclame of nieuwsbrieven meer, ik wil niets meer ontvangen."),
    ("de", "Löschen Sie bitte mein Kundenkonto samt aller Daten nach Art. 17 DSGVO."),
    ("es", "Solicito una copia de todos mis datos personales, conforme al artículo 15 del RGPD."),
    ("it", "Vi chiedo di cancellare tutti i miei dati personali dai vostri sistemi."),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run_scenario(tickets: int, latency: float) -> dict[str, float]:
    state = StandinState()
    for definition in ticket_fields():
        state.create_ticket_field(definition.payload())
    applied: dict[int, float] = {}
    original = state.update_ticket
    lock = threading.Lock()

    def recording_update(ticket_id: int, payload: dict, *, author_id: int):  # type: ignore[no-untyped-def]
        result = original(ticket_id, payload, author_id=author_id)
        with lock:
            applied.setdefault(ticket_id, time.monotonic())
        return result

    state.update_ticket = recording_update  # type: ignore[method-assign]
    server = run_standin(
        state=state,
        latency=latency,
        requests_per_minute=PLAN_RPM,
        ticket_updates_per_minute=UPDATES_PER_MINUTE,
        validate=False,
    )
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith("GDPR_DESK_")}
        env.update(
            {
                "GDPR_DESK_DATA_DIR": tmp,
                "GDPR_DESK_WEBHOOK_SECRET": SECRET,
                "GDPR_DESK_ZENDESK_URL": server.url,
                "GDPR_DESK_ZENDESK_EMAIL": STANDIN_EMAIL,
                "GDPR_DESK_ZENDESK_API_TOKEN": STANDIN_API_TOKEN,
                "GDPR_DESK_ZENDESK_REQUESTS_PER_MINUTE": str(PLAN_RPM),
                "GDPR_DESK_LOG_LEVEL": "warning",
                "GDPR_DESK_WORKER_CONCURRENCY": "8",
                "PYTHONPATH": str(REPO),
            }
        )
        proc = subprocess.Popen(
            [sys.executable, "-m", "plugin", "serve", "--port", str(port)],
            cwd=tmp,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 30
            while True:
                try:
                    if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise SystemExit("service did not start")
                time.sleep(0.05)
            sent: dict[int, float] = {}
            bodies = []
            for number in range(tickets):
                language, text = TEXTS[number % len(TEXTS)]
                ticket = state.create_ticket(f"GDPR {number}", text, requester_locale=language)
                bodies.append((ticket["id"], json.dumps(render_trigger(ticket, event="ticket_created")).encode()))
            start = time.monotonic()
            with httpx.Client(base_url=base, timeout=10) as client:
                for ticket_id, raw in bodies:
                    sent[ticket_id] = time.monotonic()
                    response = client.post(
                        "/webhooks/zendesk", content=raw, headers=signed_headers(SECRET, raw, now=datetime.now(UTC))
                    )
                    assert response.status_code == 202, response.text
            limit = time.monotonic() + 60 + tickets * 60 / UPDATES_PER_MINUTE * 2
            while len(applied) < tickets:
                if time.monotonic() > limit:
                    raise SystemExit(f"only {len(applied)} of {tickets} tickets updated")
                time.sleep(0.05)
            elapsed = max(applied.values()) - start
        finally:
            proc.terminate()
            proc.wait(timeout=10)
            server.stop()
    waits = sorted(applied[t] - sent[t] for t in sent)
    calls = [e for e in state.request_log if "/tickets/" in e.path]
    too_many = sum(1 for e in state.request_log if e.status == 429)
    rate = tickets / elapsed
    times = sorted(applied.values())
    busiest = max(sum(1 for u in times if t <= u < t + 60) for t in times)
    return {
        "busiest_minute": busiest,
        "tickets_per_s": rate,
        "p50": statistics.median(waits),
        "p99": waits[min(len(waits) - 1, int(0.99 * len(waits)))],
        "calls_per_ticket": len(calls) / tickets,
        "429s": too_many,
        "budget_ratio": rate / (UPDATES_PER_MINUTE / 60),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=130, help="more than one minute's budget, to hit the limit")
    parser.add_argument("--latencies", default="0,0.1", help="stand-in latencies in seconds, comma-separated")
    args = parser.parse_args()
    print(
        f"{args.tickets} GDPR tickets as a backlog; ticket-update budget {UPDATES_PER_MINUTE}/min "
        f"({UPDATES_PER_MINUTE / 60:.2f}/s), plan {PLAN_RPM} requests/min"
    )
    print(
        f"{'latency':>8} {'tickets/s':>10} {'p50 s':>8} {'p99 s':>8} {'calls/ticket':>13} {'429s':>5} "
        f"{'rate/budget':>12} {'busiest 60 s':>13}"
    )
    for latency in (float(x) for x in args.latencies.split(",")):
        r = run_scenario(args.tickets, latency)
        print(
            f"{latency * 1000:>6.0f}ms {r['tickets_per_s']:>10.2f} {r['p50']:>8.2f} {r['p99']:>8.2f} "
            f"{r['calls_per_ticket']:>13.2f} {r['429s']:>5} {r['budget_ratio']:>12.2f} "
            f"{r['busiest_minute']:>7} / {UPDATES_PER_MINUTE}"
        )
    print("rate/budget: achieved ticket updates per second over the account's update budget (1.00 = the limit);")
    print("busiest 60 s: most updates in any 60-second window, against the budget (must not exceed it)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
