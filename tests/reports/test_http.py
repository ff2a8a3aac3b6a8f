"""GET /audit/reports/* for auditor tokens: the audit API's authorisation, formats, refusals, audit reads."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from plugin.ledger.tokens import Tokens
from plugin.reports.http import report_routes
from tests.reports.conftest import SIGNED_AT, GeneratedLog
from tests.reports.scenario import TIMEZONE
from tests.reports.test_monthly import report_for
from tests.reports.test_sampling import spot_check


@dataclass
class Api:
    client: TestClient
    log: GeneratedLog
    auditor: str
    agent: str

    def get(self, path: str, token: str | None = None, **params: str) -> object:
        headers = {"authorization": f"Bearer {token if token is not None else self.auditor}"}
        return self.client.get(path, params=params, headers=headers)


@pytest.fixture
def api(fresh_log: GeneratedLog) -> Iterator[Api]:
    tokens = Tokens(fresh_log.ledger.db)
    tokens.ensure_schema()
    with fresh_log.ledger.db.transaction() as tx:
        auditor, _ = tokens.create(tx, "auditor", now=SIGNED_AT, label="external auditor")
        agent, _ = tokens.create(tx, "agent", now=SIGNED_AT, label="sidebar")
    routes = report_routes(fresh_log.ledger, fresh_log.signer, lambda: SIGNED_AT, timezone=TIMEZONE, tokens=tokens)
    with TestClient(Starlette(routes=routes)) as client:
        yield Api(client, fresh_log, auditor, agent)


def test_monthly_json_for_an_auditor(api: Api) -> None:
    size = api.log.checkpoint.size
    response = api.get("/audit/reports/monthly", month="2026-02")
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    body = response.json()
    assert body == report_for(api.log, "2026-02").to_json() and body["checkpoint"]["size"] == size
    read = list(api.log.ledger.entries(size, api.log.ledger.size()))
    assert [(e.kind, e.data["endpoint"], e.data["params"]) for e in read] == [
        ("audit_read", "reports.monthly", {"month": "2026-02"})
    ]
    token_id = api.auditor.split("_")[1]
    assert read[0].data["token"] == token_id and api.auditor not in json.dumps(read[0].data)


@pytest.mark.parametrize(
    ("fmt", "media", "marker"),
    [
        ("md", "text/markdown; charset=utf-8", "# GDPR requests — monthly report 2026-03 — group 101"),
        ("html", "text/html; charset=utf-8", "<!DOCTYPE html>"),
        ("csv", "text/csv; charset=utf-8", "scope,section,metric,key,value"),
    ],
)
def test_monthly_formats(api: Api, fmt: str, media: str, marker: str) -> None:
    response = api.get(
        "/audit/reports/monthly", month="2026-03", format=fmt, group="101", checkpoint=str(api.log.checkpoint.size)
    )
    assert response.status_code == 200 and response.headers["content-type"] == media
    assert response.text.splitlines()[0] == marker


def test_spot_check(api: Api) -> None:
    response = api.get("/audit/reports/spot-check", month="2026-01", sample="5")
    assert response.status_code == 200
    body = response.json()
    assert [c["ticket"] for c in body["cases"]] == [c.ticket for c in spot_check(api.log, "2026-01", 5).cases]
    assert all(e["verified"] for c in body["cases"] for e in c["trail"])
    md = api.get("/audit/reports/spot-check", month="2026-01", sample="2", format="md")
    assert md.status_code == 200 and md.text.startswith("# GDPR requests — spot check 2026-01")


@pytest.mark.parametrize(("token", "status"), [("", 401), ("gdt_000000000000_" + "0" * 48, 401), ("agent", 403)])
def test_only_auditor_tokens(api: Api, token: str, status: int) -> None:
    size = api.log.ledger.size()
    response = api.get("/audit/reports/monthly", api.agent if token == "agent" else token, month="2026-02")
    assert response.status_code == status and "error" in response.json()
    if status == 401:
        assert response.headers["www-authenticate"].startswith("Bearer")
    assert api.log.ledger.size() == size  # nothing served, nothing logged


@pytest.mark.parametrize(
    ("path", "params", "status", "message"),
    [
        ("/audit/reports/monthly", {}, 400, "'month' is required"),
        ("/audit/reports/monthly", {"month": "2026-2"}, 400, "YYYY-MM"),
        (
            "/audit/reports/monthly",
            {"month": "2026-02", "format": "pdf"},
            400,
            "format must be one of md, html, csv, json",
        ),
        ("/audit/reports/monthly", {"month": "2026-02", "checkpoint": "-1"}, 400, "non-negative integer"),
        ("/audit/reports/monthly", {"month": "2026-02", "checkpoint": "12"}, 404, "no signed checkpoint of size 12"),
        ("/audit/reports/spot-check", {"month": "2026-02"}, 400, "'sample' is required"),
        ("/audit/reports/spot-check", {"month": "2026-02", "sample": "9999"}, 400, "at most 500"),
        ("/audit/reports/spot-check", {"month": "2026-02", "sample": "3", "format": "html"}, 400, "md, json"),
    ],
)
def test_bad_parameters(api: Api, path: str, params: dict[str, str], status: int, message: str) -> None:
    response = api.get(path, **params)
    assert response.status_code == status and message in response.json()["error"]


def test_a_ledger_that_does_not_verify_is_refused_naming_the_seq(api: Api) -> None:
    victim = api.log.gen.seqs[api.log.gen.scenarios[9].tid][0]
    path = api.log.url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as raw:
        raw.execute("DROP TRIGGER ledger_entries_no_update")
        leaf = bytes(raw.execute("SELECT leaf FROM ledger_entries WHERE seq = ?", (victim,)).fetchone()[0])
        raw.execute(
            "UPDATE ledger_entries SET leaf = ? WHERE seq = ?", (leaf.replace(b'"inbox":', b'"inbox":9'), victim)
        )
    response = api.get("/audit/reports/monthly", month="2026-02")
    assert response.status_code == 500
    assert response.json()["seq"] == victim and f"seq {victim}:" in response.json()["error"]


def test_mounts_beside_the_audit_api_with_the_same_tokens(fresh_log: GeneratedLog) -> None:
    from plugin.audit import audit_routes

    tokens = Tokens(fresh_log.ledger.db)
    tokens.ensure_schema()
    with fresh_log.ledger.db.transaction() as tx:
        token, _ = tokens.create(tx, "auditor", now=SIGNED_AT)
    clock = lambda: SIGNED_AT  # noqa: E731
    routes = [
        *audit_routes(fresh_log.ledger, fresh_log.signer, clock, tokens=tokens),
        *report_routes(fresh_log.ledger, fresh_log.signer, clock, timezone=TIMEZONE, tokens=tokens),
    ]
    with TestClient(Starlette(routes=routes)) as client:
        headers = {"authorization": f"Bearer {token}"}
        checkpoint = client.get("/audit/checkpoint", headers=headers).json()
        report = client.get("/audit/reports/monthly", params={"month": "2026-01"}, headers=headers).json()
    # The report's checkpoint also covers the audit read of /audit/checkpoint, logged after it answered.
    assert report["checkpoint"]["size"] == checkpoint["size"] + 1 and report["received"]["cases"] > 0
