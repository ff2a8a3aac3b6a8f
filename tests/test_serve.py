"""`gdpr-desk serve` as a real process: start-up validation and durability of acknowledged webhooks."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from plugin.storage import Database
from tests.support import SECRET, fixture_bytes, signed_headers

REPO = Path(__file__).resolve().parent.parent


def clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GDPR_DESK_")}
    env.update({"GDPR_DESK_DATA_DIR": str(tmp_path), "GDPR_DESK_WORKER_ENABLED": "false", **extra})
    return env


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_missing_webhook_secret_stops_serve_with_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "plugin", "serve"],
        cwd=tmp_path,
        env=clean_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "GDPR_DESK_WEBHOOK_SECRET" in lines[0]
    assert "Traceback" not in result.stderr


def test_invalid_setting_is_one_line_naming_the_variable(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "plugin", "serve"],
        cwd=tmp_path,
        env=clean_env(tmp_path, GDPR_DESK_WEBHOOK_SECRET="x", GDPR_DESK_PORT="not-a-port"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0
    assert "GDPR_DESK_PORT" in result.stderr


def test_settings_come_from_dotenv_file(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(f"GDPR_DESK_WEBHOOK_SECRET={SECRET}\nGDPR_DESK_COUNTRY=nl\n")
    code = "from plugin.config import load_settings; s = load_settings(); print(s.country, bool(s.webhook_secret))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=clean_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.split() == ["NL", "True"], result.stderr


@pytest.mark.slow
def test_acknowledged_webhook_survives_sigkill(tmp_path: Path) -> None:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "plugin", "serve", "--port", str(port)],
        cwd=tmp_path,
        env=clean_env(tmp_path, GDPR_DESK_WEBHOOK_SECRET=SECRET),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
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
            assert time.monotonic() < deadline, "service did not start"
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            time.sleep(0.1)
        acknowledged = []
        body = fixture_bytes("trigger_ticket_created_fr.json")
        for number in range(20):
            unique = body.replace(b'"48213"', f'"{50000 + number}"'.encode())  # 20 distinct events
            headers = signed_headers(unique, at=datetime.now(UTC), invocation=f"kill-{number}")
            response = httpx.post(f"{base}/webhooks/zendesk", content=unique, headers=headers, timeout=10)
            assert response.status_code == 202
            acknowledged.append(f"inv:kill-{number}")
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    db = Database(f"sqlite:///{tmp_path / 'gdpr-desk.sqlite3'}")
    with db.transaction(write=False) as tx:
        keys = [row[0] for row in tx.execute("SELECT dedup_key FROM inbox ORDER BY id").fetchall()]
    assert keys == acknowledged
