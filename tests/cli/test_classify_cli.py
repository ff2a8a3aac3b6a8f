"""`gdpr-desk classify` run for real, as a subprocess (python -m plugin classify ...)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "plugin", "classify", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def test_plain_text_is_the_body() -> None:
    proc = _run("--subject", "Unsubscribe", stdin="Bitte löschen Sie mein Konto.\n".encode())
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["is_request"] is True
    assert data["rights"] == ["direct_marketing", "erasure"]
    assert data["language"] == "de"
    assert {e["field"] for e in data["evidence"]} == {"subject", "body"}
    assert "rules_version" in data
    assert proc.stdout.decode().count("\n") == 1


def test_language_hint_for_short_text() -> None:
    data = json.loads(_run("--language", "it", stdin=b"ok").stdout)
    assert data["language"] == "it"
    assert data["is_request"] is False


def test_empty_stdin_is_not_a_request() -> None:
    proc = _run()
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    assert data["is_request"] is False and data["language"] == "und" and data["evidence"] == []


def test_non_utf8_stdin_is_a_one_line_error() -> None:
    proc = _run(stdin=b"caf\xe9 delete my data")
    assert proc.returncode != 0
    assert proc.stdout == b""
    message = proc.stderr.decode()
    assert message.startswith("gdpr-desk:") and "UTF-8" in message
    assert message.count("\n") == 1 and "Traceback" not in message


def test_jsonl_streams_results_in_order() -> None:
    lines = [
        {"id": "a", "subject": "Newsletter", "body": "Please unsubscribe me."},
        {"id": 2, "subject": "", "body": ""},
        {"id": "c", "body": "Supprimez mes données sinon je saisis la CNIL."},
        {"id": "d", "subject": "ok", "language": "nl"},
    ]
    stdin = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode() + b"\n"
    proc = _run("--jsonl", stdin=stdin)
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == ["a", 2, "c", "d"]
    assert list(out[0]) == ["id", "is_request", "rights", "escalate", "escalation_reasons", "language", "evidence"]
    assert out[0]["rights"] == ["direct_marketing"]
    assert out[1]["is_request"] is False
    assert out[2]["escalation_reasons"] == ["dpa_complaint"] and out[2]["language"] == "fr"
    assert out[3]["language"] == "nl"


def test_jsonl_malformed_line_names_the_line_after_earlier_output() -> None:
    stdin = b'{"id": 1, "body": "delete my data"}\n{"id": 2, "body": \n{"id": 3, "body": "x"}\n'
    proc = _run("--jsonl", stdin=stdin)
    assert proc.returncode != 0
    assert [json.loads(line)["id"] for line in proc.stdout.decode().splitlines()] == [1]
    message = proc.stderr.decode()
    assert message.startswith("gdpr-desk: line 2:") and message.count("\n") == 1


def test_jsonl_rejects_non_objects_and_bad_types() -> None:
    assert b"line 1: expected a JSON object" in _run("--jsonl", stdin=b"[1, 2]\n").stderr
    assert b"line 1: 'body' must be a string" in _run("--jsonl", stdin=b'{"body": 5}\n').stderr
    assert b"line 2: not valid UTF-8" in _run("--jsonl", stdin=b'{"body": "a"}\n{"body": "\xff"}\n').stderr


def test_jsonl_thousands_of_lines_quickly() -> None:
    line = json.dumps({"id": 0, "subject": "Delete", "body": "Please delete my account and my data."}) + "\n"
    proc = _run("--jsonl", stdin=(line * 2000).encode())
    assert proc.returncode == 0
    assert proc.stdout.count(b"\n") == 2000
