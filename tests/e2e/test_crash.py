"""Worker processes killed with SIGKILL mid-flight, then restarted, while 20 % of API calls fail
(429, 500, or the change lands and the answer is lost): no lost event, no second note.

The service runs as real `gdpr-desk serve` processes against the Zendesk stand-in on a local port,
with API latency so that kills land while calls are in flight (between the API call and the
commit). On SQLite one instance is killed and restarted; on PostgreSQL three instances share the
database, one is killed, and the others take its leased work over when the lease expires.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from plugin.config import Settings
from plugin.helpdesk.definitions import ticket_fields
from plugin.helpdesk.standin import STANDIN_API_TOKEN, STANDIN_EMAIL, FaultPlan, StandinState, run_standin
from plugin.helpdesk.triggersim import render_trigger, signed_headers
from plugin.ledger.checkpoint import NoteVerifier
from plugin.ledger.keys import checkpoint_signer
from plugin.ledger.store import Ledger
from plugin.ledger.verify import verify_ledger
from plugin.storage import Database
from tests.e2e.harness import spec
from tests.e2e.test_faults import TICKETS

SECRET = "crash-test-secret-0123456789"
REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Instance:
    def __init__(self, env: dict[str, str], cwd: Path) -> None:
        self.port = free_port()
        self.env, self.cwd = env, cwd
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "plugin", "serve", "--port", str(self.port)],
            cwd=self.cwd,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/readyz", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        raise AssertionError("service did not start")

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def env_for(data_dir: Path, standin_url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GDPR_DESK_")}
    env.update(
        {
            "GDPR_DESK_DATA_DIR": str(data_dir),
            "GDPR_DESK_WEBHOOK_SECRET": SECRET,
            "GDPR_DESK_ZENDESK_URL": standin_url,
            "GDPR_DESK_ZENDESK_EMAIL": STANDIN_EMAIL,
            "GDPR_DESK_ZENDESK_API_TOKEN": STANDIN_API_TOKEN,
            "GDPR_DESK_LOG_LEVEL": "warning",
            "GDPR_DESK_WORKER_CONCURRENCY": "2",
            "GDPR_DESK_WORKER_LEASE_SECONDS": "5",
            "GDPR_DESK_ZENDESK_RETRY_DEADLINE_SECONDS": "20",
            "PYTHONPATH": str(REPO),
            **extra,
        }
    )
    return env


def post_all(state: StandinState, instances: list[Instance]) -> list[int]:
    ids = []
    for number, (locale, subject, body) in enumerate(TICKETS):
        ticket = state.create_ticket(subject, body, requester_locale=locale)
        payload = json.dumps(render_trigger(ticket, event="ticket_created", requester_locale=locale)).encode()
        target = instances[number % len(instances)]
        response = httpx.post(
            f"{target.url}/webhooks/zendesk",
            content=payload,
            headers=signed_headers(SECRET, payload, now=datetime.now(UTC)),
            timeout=10,
        )
        assert response.status_code == 202
        ids.append(ticket["id"])
    return ids


def wait_for_puts(state: StandinState, at_least: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while sum(1 for e in state.request_log if e.method == "PUT") < at_least:
        assert time.monotonic() < deadline, "no API activity"
        time.sleep(0.02)


def pending(db: Database) -> int:
    with db.transaction(write=False) as tx:
        return int(tx.scalar("SELECT COUNT(*) FROM inbox WHERE state = 'pending'"))


def wait_drained(db: Database, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while pending(db):
        assert time.monotonic() < deadline, f"{pending(db)} events still pending"
        time.sleep(0.2)


def check_outcome(state: StandinState, ids: list[int], db: Database, data_dir: Path, database_url: str) -> None:
    assert any(e.fault for e in state.request_log), "the fault plan injected nothing"
    requests = {tid for tid in ids if any(f"/tickets/{tid}" in e.path for e in state.request_log)}
    for tid in requests:
        notes = [c for c in state.comments(tid) if not c.get("public")]
        assert len(notes) == 1, (tid, [n["body"][-40:] for n in notes])
    ledger = Ledger(db)
    decisions = [e for e in ledger.entries(0, ledger.size()) if e.kind == "decision"]
    assert len(decisions) == len(ids)  # one decision per event, none lost, none doubled
    assert len({d.data["inbox"] for d in decisions}) == len(ids)
    settings = Settings(_env_file=None, data_dir=data_dir, database_url=database_url)  # type: ignore[call-arg]
    signer = checkpoint_signer(settings)
    ledger.checkpoint(signer, time=datetime.now(UTC))
    assert verify_ledger(ledger, [NoteVerifier.from_verifier_key(signer.verifier_key)]).problem is None


def make_standin() -> Any:
    """A stand-in on a port with API latency (kills land mid-call) and 20 % faults on top."""
    state = StandinState()
    for definition in ticket_fields():
        state.create_ticket_field(definition.payload())
    faults = FaultPlan(rate=0.2, kinds=("429", "500", "lost_response"), seed=5, retry_after=1)
    return run_standin(state=state, latency=0.25, spec=spec(), faults=faults)


def test_sigkill_on_sqlite_then_restart(tmp_path: Path) -> None:
    server = make_standin()
    instance = Instance(env_for(tmp_path, server.url), tmp_path)
    try:
        instance.start()
        ids = post_all(server.state, [instance])
        wait_for_puts(server.state, 2)
        instance.kill()  # mid-flight: PUTs in progress, commits pending
        instance.start()
        db = Database(f"sqlite:///{tmp_path / 'gdpr-desk.sqlite3'}")
        wait_drained(db)
        check_outcome(server.state, ids, db, tmp_path, f"sqlite:///{tmp_path / 'gdpr-desk.sqlite3'}")
    finally:
        instance.stop()
        server.stop()


@pytest.mark.postgres
def test_three_instances_on_postgresql_one_killed(tmp_path: Path, postgres_url: str) -> None:
    server = make_standin()
    env = env_for(tmp_path, server.url, GDPR_DESK_DATABASE_URL=postgres_url)
    instances = [Instance(env, tmp_path) for _ in range(3)]
    try:
        for instance in instances:
            instance.start()
        ids = post_all(server.state, instances)
        wait_for_puts(server.state, 2)
        instances[0].kill()
        db = Database(postgres_url)
        wait_drained(db)
        check_outcome(server.state, ids, db, tmp_path, postgres_url)
    finally:
        for instance in instances:
            instance.stop()
        server.stop()
