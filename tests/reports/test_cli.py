"""`gdpr-desk report …` through the real CLI entry point, and the spot-check → `log record` → report loop."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

import pytest

import plugin.cli
from plugin.ledger.checkpoint import NoteSigner
from tests.reports.conftest import ORIGIN, GeneratedLog
from tests.reports.scenario import ZONE
from tests.reports.test_monthly import report_for
from tests.reports.test_sampling import spot_check


class Cli:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
        self.monkeypatch, self.capsys = monkeypatch, capsys

    def use(self, log: GeneratedLog) -> Cli:
        self.monkeypatch.setenv("GDPR_DESK_DATABASE_URL", log.url)
        self.monkeypatch.setenv("GDPR_DESK_LOG_SIGNING_KEY", log.signer.signer.private_key)
        return self

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        self.monkeypatch.setattr(sys, "stdin", io.StringIO(""))
        try:
            code = plugin.cli.main(list(argv))
        except SystemExit as exc:  # argparse
            code = int(exc.code or 0)
        captured = self.capsys.readouterr()
        return code, captured.out, captured.err


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Cli:
    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.delenv("GDPR_DESK_PSEUDONYM_KEY", raising=False)
    monkeypatch.setenv("GDPR_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GDPR_DESK_LOG_ORIGIN", ORIGIN)
    monkeypatch.setenv("GDPR_DESK_TIMEZONE", "Europe/Brussels")
    return Cli(monkeypatch, capsys)


def test_report_is_registered(cli: Cli) -> None:
    code, out, _ = cli("--help")
    assert code == 0 and "report" in out
    code, out, _ = cli("report", "monthly", "--help")
    assert code == 0 and "--month" in out and "--group" in out and "--checkpoint" in out


def test_monthly_json_is_the_report_of_the_signed_checkpoint(cli: Cli, ledger_log: GeneratedLog) -> None:
    code, out, err = cli.use(ledger_log)("report", "monthly", "--month", "2026-02", "--format", "json")
    assert code == 0, err
    assert json.loads(out) == report_for(ledger_log, "2026-02").to_json()
    assert json.loads(out)["checkpoint"]["size"] == ledger_log.checkpoint.size


@pytest.mark.parametrize(
    ("fmt", "marker"),
    [
        ("md", "# GDPR requests — monthly report 2026-03 — group 303"),
        ("html", "<!DOCTYPE html>"),
        ("csv", "scope,section,metric,key,value"),
    ],
)
def test_monthly_formats_to_a_file(cli: Cli, ledger_log: GeneratedLog, tmp_path: Path, fmt: str, marker: str) -> None:
    out_file = tmp_path / f"report.{fmt}"
    code, out, err = cli.use(ledger_log)(
        "report", "monthly", "--month", "2026-03", "--group", "303", "--format", fmt, "--out", str(out_file)
    )
    assert code == 0 and out == "" and f"wrote {out_file}" in err
    text = out_file.read_text(encoding="utf-8")
    assert text.startswith(marker) or marker in text.splitlines()[0]
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        cases = next(r for r in rows if (r["scope"], r["section"], r["metric"]) == ("all", "received", "cases"))
        assert cases["value"] == str(report_for(ledger_log, "2026-03", "303").received.cases)


def test_an_unknown_checkpoint_size_is_refused(cli: Cli, ledger_log: GeneratedLog) -> None:
    code, _, err = cli.use(ledger_log)("report", "monthly", "--month", "2026-02", "--checkpoint", "7")
    assert code == 1 and "no signed checkpoint of size 7" in err


def test_a_bad_month_is_a_usage_error(cli: Cli, ledger_log: GeneratedLog) -> None:
    code, _, err = cli.use(ledger_log)("report", "monthly", "--month", "2026-13")
    assert code == 2 and "YYYY-MM" in err


def test_a_ledger_that_does_not_verify_gets_no_report(cli: Cli, fresh_log: GeneratedLog) -> None:
    victim = fresh_log.gen.seqs[fresh_log.gen.scenarios[5].tid][-1]
    path = fresh_log.url.removeprefix("sqlite:///")
    fresh_log.ledger.db.close_thread_connection()
    with sqlite3.connect(path) as raw:  # someone with write access "corrects" a decision
        raw.execute("DROP TRIGGER ledger_entries_no_update")
        leaf = raw.execute("SELECT leaf FROM ledger_entries WHERE seq = ?", (victim,)).fetchone()[0]
        forged = bytes(leaf).replace(b'"on_time":false', b'"on_time":true').replace(b'"decision":"', b'"decision":"x')
        raw.execute("UPDATE ledger_entries SET leaf = ? WHERE seq = ?", (forged, victim))
    for command in (["monthly", "--month", "2026-02"], ["spot-check", "--month", "2026-02", "--sample", "3"]):
        code, out, err = cli.use(fresh_log)("report", *command)
        assert code == 1 and out == ""
        assert f"the log does not verify: seq {victim}:" in err


def test_spot_check_then_record_then_the_next_report_lists_it(cli: Cli, fresh_log: GeneratedLog) -> None:
    cli.use(fresh_log)
    code, out, err = cli("report", "spot-check", "--month", "2026-02", "--sample", "4", "--format", "json")
    assert code == 0, err
    drawn = json.loads(out)
    assert [c["ticket"] for c in drawn["cases"]] == [c.ticket for c in spot_check(fresh_log, "2026-02", 4).cases]
    code, md, _ = cli("report", "spot-check", "--month", "2026-02", "--sample", "4")
    assert code == 0 and md.count("gdpr-desk log record --kind spot_check") == 4
    for number, case in enumerate(drawn["cases"]):
        outcome = "ok" if number else "finding: refusal sent without the authority notice"
        data = json.dumps(
            {
                "ticket": case["ticket"],
                "month": "2026-02",
                "checkpoint_size": drawn["checkpoint"]["size"],
                "outcome": outcome,
            }
        )
        code, out, err = cli("log", "record", "--kind", "spot_check", "--summary", "Spot check 2026-02", "--data", data)
        assert code == 0, err
    recorded = datetime.fromisoformat(json.loads(out)["time"].replace("Z", "+00:00"))  # the real time
    this_month = recorded.astimezone(ZONE).strftime("%Y-%m")
    code, out, err = cli("report", "monthly", "--month", this_month, "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    assert report["checkpoint"]["size"] > drawn["checkpoint"]["size"]  # signed anew over the records
    checks = [m for m in report["measures"] if m["kind"] == "spot_check"]
    assert [(m["data"]["ticket"], m["data"]["outcome"]) for m in checks] == [
        (c["ticket"], "ok" if i else "finding: refusal sent without the authority notice")
        for i, c in enumerate(drawn["cases"])
    ]
    # The spot check is now part of each sampled ticket's trail.
    code, out, _ = cli("report", "spot-check", "--month", "2026-02", "--sample", "4", "--format", "json")
    again = json.loads(out)
    assert [c["ticket"] for c in again["cases"]] != [] and all(
        any(e["kind"] == "spot_check" for e in c["trail"])
        for c in again["cases"]
        if c["ticket"] in {d["ticket"] for d in drawn["cases"]}
    )


def test_reproducing_an_earlier_report_by_checkpoint_size(cli: Cli, fresh_log: GeneratedLog) -> None:
    cli.use(fresh_log)
    size = fresh_log.checkpoint.size
    code, before, _ = cli("report", "monthly", "--month", "2026-03", "--format", "md")
    assert code == 0
    code, _, _ = cli("log", "record", "--kind", "training", "--summary", "Late-arriving training record")
    assert code == 0
    code, now, _ = cli("report", "monthly", "--month", "2026-03", "--format", "md")
    assert code == 0 and now != before  # a new checkpoint
    code, again, _ = cli("report", "monthly", "--month", "2026-03", "--format", "md", "--checkpoint", str(size))
    assert code == 0 and again == before


def test_an_auditor_copy_with_only_the_verifier_key(cli: Cli, ledger_log: GeneratedLog, tmp_path: Path) -> None:
    """With --key nothing is signed and no key file is made: the stored checkpoint is the basis."""
    cli.monkeypatch.setenv("GDPR_DESK_DATABASE_URL", ledger_log.url)
    cli.monkeypatch.delenv("GDPR_DESK_LOG_SIGNING_KEY", raising=False)
    vkey = ledger_log.signer.verifier_key
    code, out, err = cli("report", "monthly", "--month", "2026-01", "--format", "json", "--key", vkey)
    assert code == 0, err
    assert json.loads(out) == report_for(ledger_log, "2026-01").to_json()
    assert not (tmp_path / "data" / "log-signing.key").exists()
    code, _, err = cli("report", "monthly", "--month", "2026-01", "--key", "someone+0badc0de+AQAA")
    assert code == 2 and err.startswith("gdpr-desk: --key:")
    stranger = NoteSigner.generate("stranger").verifier_key
    code, _, err = cli("report", "spot-check", "--month", "2026-01", "--sample", "2", "--key", stranger)
    assert code == 1 and "does not verify" in err and "no signature by stranger" in err
