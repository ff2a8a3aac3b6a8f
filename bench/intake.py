"""Webhook intake throughput: gdpr-desk (durable, group commit) against a bare Starlette app.

Both run under uvicorn (one worker) on loopback and receive the same concurrent, signed requests
with unique invocation ids. The service commits every webhook to SQLite (WAL, synchronous=FULL)
before answering 202; the bare app only answers 202. Prints requests/s for each and the ratio.

    python bench/intake.py [--requests 4000] [--concurrency 64] [--rounds 3] [--log-level warning]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from plugin.webhooks import sign  # noqa: E402

SECRET = "bench-secret-0123456789"
BODY_TEMPLATE = (REPO / "tests" / "data" / "webhooks" / "trigger_ticket_created_fr.json").read_text()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def build_requests(count: int, tag: str) -> list[bytes]:
    """Raw HTTP/1.1 requests, signed in advance so the client does no crypto while timed."""
    timestamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    requests = []
    for number in range(count):
        # Distinct bodies: identical trigger bodies are one event to the service (deduplicated).
        body = (
            BODY_TEMPLATE.replace('"48213"', f'"{100000 + number}"')
            .replace('"web_widget vip"', f'"web_widget vip run_{tag}"')
            .encode()
        )
        head = (
            "POST /webhooks/zendesk HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n"
            f"x-zendesk-webhook-signature: {sign(SECRET, timestamp, body)}\r\n"
            f"x-zendesk-webhook-signature-timestamp: {timestamp}\r\n"
            f"x-zendesk-webhook-invocation-id: {tag}-{number}\r\n\r\n"
        )
        requests.append(head.encode() + body)
    return requests


async def drive(port: int, requests: list[bytes], concurrency: int) -> tuple[float, dict[int, int]]:
    """Send every request over `concurrency` keep-alive connections; return elapsed s and statuses."""
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    for request in requests:
        queue.put_nowait(request)
    statuses: dict[int, int] = {}

    async def connection() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while True:
                try:
                    request = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                writer.write(request)
                status_line = await reader.readline()
                status = int(status_line.split()[1])
                length = 0
                while True:
                    line = await reader.readline()
                    if line in (b"\r\n", b""):
                        break
                    name, _, value = line.decode().partition(":")
                    if name.lower() == "content-length":
                        length = int(value)
                await reader.readexactly(length)
                statuses[status] = statuses.get(status, 0) + 1
        finally:
            writer.close()

    start = time.perf_counter()
    await asyncio.gather(*(connection() for _ in range(concurrency)))
    return time.perf_counter() - start, statuses


def start(command: list[str], env: dict[str, str], port: int, cwd: Path) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit(f"server did not start: {' '.join(command)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=4000)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds; the best of each is kept")
    parser.add_argument(
        "--log-level",
        default="warning",
        help="the service's GDPR_DESK_LOG_LEVEL (default warning: no line per accepted webhook; info adds one)",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith("GDPR_DESK_")}
        env.update(
            {
                "GDPR_DESK_DATA_DIR": str(data),
                "GDPR_DESK_WEBHOOK_SECRET": SECRET,
                "GDPR_DESK_WORKER_ENABLED": "false",
                "GDPR_DESK_LOG_LEVEL": args.log_level,
                "PYTHONPATH": str(REPO),
            }
        )
        service_port, bare_port = free_port(), free_port()
        service = start([sys.executable, "-m", "plugin", "serve", "--port", str(service_port)], env, service_port, data)
        bare = start(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "--app-dir",
                str(REPO / "bench"),
                "_bare_app:app",
                "--port",
                str(bare_port),
                "--log-level",
                "warning",
                "--no-access-log",
            ],
            env,
            bare_port,
            data,
        )
        best = {"service": 0.0, "bare": 0.0}
        try:
            for round_number in range(args.rounds):
                for name, port in (("bare", bare_port), ("service", service_port)):
                    requests = build_requests(args.requests, f"r{round_number}-{name}")
                    elapsed, statuses = asyncio.run(drive(port, requests, args.concurrency))
                    expected = {202: args.requests}
                    if statuses != expected:
                        raise SystemExit(f"{name}: unexpected statuses {statuses}")
                    best[name] = max(best[name], args.requests / elapsed)
        finally:
            for proc in (service, bare):
                proc.terminate()
                proc.wait(timeout=10)
        stored = sqlite3.connect(data / "gdpr-desk.sqlite3").execute("SELECT COUNT(*) FROM inbox").fetchone()[0]

    ratio = best["service"] / best["bare"]
    print(
        f"requests per run: {args.requests}, concurrency: {args.concurrency}, rounds: {args.rounds} (best kept),"
        f" service log level: {args.log_level}"
    )
    print(f"bare starlette (202 only):        {best['bare']:8.0f} req/s")
    print(f"gdpr-desk (durable group commit): {best['service']:8.0f} req/s")
    print(f"ratio service/bare: {ratio:.2f}  (target >= 0.50)")
    print(f"rows durably stored by the service: {stored} (expected {args.requests * args.rounds})")
    return 0 if stored == args.requests * args.rounds else 1


if __name__ == "__main__":
    raise SystemExit(main())
