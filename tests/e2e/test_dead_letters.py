"""Permanent failures park the event (ledger entry, metric); `gdpr-desk inbox` lists and replays them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.e2e.harness import make_rig

REPO = Path(__file__).resolve().parents[2]


def cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GDPR_DESK_")}
    env["GDPR_DESK_DATA_DIR"] = str(tmp_path)
    return subprocess.run(
        [sys.executable, "-m", "plugin", "inbox", *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
    )


async def test_deleted_ticket_becomes_a_dead_letter_and_can_be_replayed(tmp_path: Path) -> None:
    rig = await make_rig(tmp_path)
    try:
        ticket = await rig.state.customer_create_ticket(
            "Erase me", "Please delete my account and every piece of personal data you have on me."
        )
        with rig.state.lock:  # the ticket is deleted in the helpdesk before the worker gets to it
            del rig.state._tickets[ticket["id"]]
        await rig.drain()
        dead = rig.ledger_entries("dead_letter")
        assert len(dead) == 1 and dead[0].data["reason"] == "TicketNotFound" and dead[0].data["status"] == 404
        assert rig.service.metrics.value("dead_letters_total", reason="TicketNotFound") == 1
        assert rig.ledger_entries("decision") == []
        await rig.aclose()

        listed = cli(tmp_path, "list", "--json")
        assert listed.returncode == 0, listed.stderr
        rows = [json.loads(line) for line in listed.stdout.splitlines()]
        assert [(r["ticket_id"], r["state"]) for r in rows] == [(ticket["id"], "dead")]
        assert "TicketNotFound" in rows[0]["error"]

        replayed = cli(tmp_path, "replay", str(rows[0]["id"]))
        assert replayed.returncode == 0 and "replayed 1" in replayed.stdout
        assert "no dead events" in cli(tmp_path, "list").stdout
        assert json.loads(cli(tmp_path, "list", "--state", "pending", "--json").stdout)["id"] == rows[0]["id"]
    finally:
        await rig.aclose()


async def test_bad_credentials_are_permanent(tmp_path: Path) -> None:
    rig = await make_rig(tmp_path)
    try:
        rig.state.api_token = "revoked"
        await rig.state.customer_create_ticket(
            "Access request", "I want to know what personal data you store about me (Article 15 GDPR)."
        )
        await rig.drain()
        dead = rig.ledger_entries("dead_letter")
        assert len(dead) == 1 and dead[0].data["reason"] == "AuthenticationFailed"
    finally:
        await rig.aclose()
