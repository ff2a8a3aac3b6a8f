"""The monthly report's figures against an independent computation from the scenario definitions."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from plugin.ledger.entry import export_record
from plugin.reports.cases import Row, timelines
from plugin.reports.figures import median, percentile
from plugin.reports.monthly import CheckpointInfo, Month, MonthlyReport, build_monthly
from plugin.reports.render import render_monthly
from plugin.reports.source import open_verified
from tests.reports.conftest import SIGNED_AT, GeneratedLog, build_log
from tests.reports.expect import expected_report
from tests.reports.scenario import MONTHS, TIMEZONE, ZONE, ticket_ref

GROUPS = (None, "101", "202", "303", "none")


def report_for(log: GeneratedLog, month: str, group: str | None = None) -> MonthlyReport:
    verified = open_verified(log.ledger, [log.signer.signer.verifier()], now=SIGNED_AT, size=log.checkpoint.size)
    return build_monthly(verified.entries, Month.parse(month), verified.checkpoint, timezone=TIMEZONE, group=group)


def comparable(report: dict[str, Any]) -> dict[str, Any]:
    """The report's JSON reduced to what expect.py computes (lists as tuples in the same order)."""
    return {
        "received": report["received"],
        "answered": report["answered"],
        "open_at_month_end": report["open_at_month_end"],
        "overdue": [(r["deadline"], r["ticket"], r["days_overdue"]) for r in report["overdue"]],
        "extensions": [(r["extended_on"], r["ticket"], r["announced_in_time"]) for r in report["extensions"]],
        "refusals": [(r["refused_on"], r["ticket"], r["authority_notice"], r["on_time"]) for r in report["refusals"]],
        "groups": report["groups"],
        "non_request_escalations": report["non_request_escalations"],
        "non_request_escalations_by_reason": report["non_request_escalations_by_reason"],
        "measures": [(m["kind"], m["summary"]) for m in report["measures"]],
        "dead_letters_by_reason": report["dead_letters_by_reason"],
        "audit_reads": report["audit_reads"],
    }


def test_the_scenarios_cover_what_the_report_must_show(ledger_log: GeneratedLog) -> None:
    """Several hundred cases over three months with every kind of outcome, so the figures mean something."""
    gen = ledger_log.gen
    assert len(gen.scenarios) >= 300
    for month in MONTHS:
        expected = expected_report(gen.scenarios, gen.others, month)
        received, answered = expected["received"], expected["answered"]
        assert received["cases"] >= 90 and answered["cases"] >= 40
        assert len(received["by_language"]) == 6 and len(received["by_right"]) >= 5
        assert answered["on_time"] >= 30
        assert {"101", "202", "303", "none"} <= set(expected["groups"])
        assert len(received["by_escalation"]) >= 6
        if month != "2026-01":  # the log starts in January: nothing can be late before February
            assert answered["late"] >= 1 and expected["overdue"] and received["extended"] >= 3
            assert any(not in_time for *_, in_time in expected["extensions"])
            assert any(in_time for *_, in_time in expected["extensions"])
            assert {notice for _, _, notice, _ in expected["refusals"]} == {True, False}
            assert {on_time for *_, on_time in expected["refusals"]} == {True, False}
    outcomes = {s.outcome for s in gen.scenarios}
    assert {"extended_in_time_late", "extended_late", "refused_late", "id_requested", "reopened"} <= outcomes


@pytest.mark.parametrize("group", GROUPS, ids=lambda g: f"group-{g}" if g else "all")
@pytest.mark.parametrize("month", MONTHS)
def test_every_figure_matches_the_independent_computation(
    ledger_log: GeneratedLog, month: str, group: str | None
) -> None:
    report = report_for(ledger_log, month, group).to_json()
    expected = expected_report(ledger_log.gen.scenarios, ledger_log.gen.others, month, group)
    got = comparable(report)
    for key in expected:
        assert got[key] == expected[key], key
    assert report["month"] == month and report["group"] == group and report["covers_month_end"] is True


def test_a_late_extension_does_not_extend_the_deadline(ledger_log: GeneratedLog) -> None:
    """A late extension does not move the deadline (Art. 12(3)): decision records and report agree."""
    late_extended = [s for s in ledger_log.gen.scenarios if s.outcome == "extended_late" and s.answer_after is not None]
    assert late_extended
    refs = {ticket_ref(s.tid) for s in late_extended}
    logged = {}
    for entry in ledger_log.ledger.entries(0, ledger_log.checkpoint.size):
        case = entry.data.get("case") if entry.kind == "decision" else None
        if case and entry.data["ticket"] in refs and case.get("answered_on"):
            logged[entry.data["ticket"]] = case
    assert logged and all(case["on_time"] is False and case["extension_in_time"] is False for case in logged.values())
    states = {
        line.key[0]: line.states[-1]
        for line in timelines(ledger_log.ledger.entries(0, ledger_log.checkpoint.size), ZONE)
    }
    assert all(states[ref].on_time is False and states[ref].deadline == states[ref].due_on for ref in logged)


def test_the_report_is_the_same_recomputed_from_the_export(ledger_log: GeneratedLog) -> None:
    """An authority holding `gdpr-desk log export` gets the same figures: only exported fields are used."""
    report = report_for(ledger_log, "2026-02")
    lines = [json.loads(json.dumps(export_record(e))) for e in ledger_log.ledger.entries(0, ledger_log.checkpoint.size)]
    rows = [Row.from_json(line["entry"]) for line in lines]
    again = build_monthly(rows, Month.parse("2026-02"), report.checkpoint, timezone=TIMEZONE)
    assert again.to_json() == report.to_json()


@pytest.mark.parametrize("fmt", ["md", "html", "csv", "json"])
def test_same_checkpoint_same_bytes(ledger_log: GeneratedLog, fmt: str) -> None:
    first = render_monthly(report_for(ledger_log, "2026-03"), fmt)
    second = render_monthly(report_for(ledger_log, "2026-03"), fmt)
    assert first == second
    if fmt == "json":
        assert json.loads(first)["checkpoint"]["note"] == ledger_log.checkpoint.note
    else:  # the signed note itself is in the report (CSV doubles its quotes, the note has none)
        assert ledger_log.checkpoint.note.rstrip("\n") in first


def test_entries_after_the_checkpoint_are_not_counted(tmp_path: Any, report_signer: Any) -> None:
    log = build_log(f"sqlite:///{tmp_path / 'x.sqlite3'}", report_signer)
    before = report_for(log, "2026-03").to_json()
    late = log.gen.scenarios[0]
    with log.ledger.db.transaction() as tx:  # an event after the checkpoint: not part of its tree
        log.ledger.append(tx, "spot_check", {"summary": "late", "ticket": ticket_ref(late.tid)}, time=SIGNED_AT)
    assert report_for(log, "2026-03").to_json() == before
    log.ledger.db.close_thread_connection()


def test_a_checkpoint_from_before_month_end_is_flagged_incomplete(ledger_log: GeneratedLog) -> None:
    entries = list(ledger_log.ledger.entries(0, ledger_log.checkpoint.size))
    cut = next(e.seq for e in entries if e.time >= "2026-02-15")
    info = CheckpointInfo("o", cut, b"\0" * 32, "note\n", "key", "2026-02-15T00:00:00.000000Z", entries[cut - 1].time)
    report = build_monthly(entries, Month.parse("2026-02"), info, timezone=TIMEZONE)
    assert report.covers_month_end is False and "Incomplete" in render_monthly(report, "md")
    assert report.received.cases < report_for(ledger_log, "2026-02").received.cases


@pytest.mark.parametrize(
    ("values", "median_", "p90"),
    [
        ([], None, None),
        ([7], 7.0, 7),
        ([3, 1], 2.0, 3),
        ([5, 1, 3], 3.0, 5),
        (list(range(1, 11)), 5.5, 9),
        (list(range(1, 21)), 10.5, 18),
        ([30, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2], 2.0, 2),
    ],
)
def test_median_and_nearest_rank_percentile(values: list[int], median_: float | None, p90: int | None) -> None:
    assert median(values) == median_ and percentile(values, 90) == p90


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2026-02", date(2026, 2, 1), date(2026, 2, 28)),
        ("2028-02", date(2028, 2, 1), date(2028, 2, 29)),
        ("2026-12", date(2026, 12, 1), date(2026, 12, 31)),
    ],
)
def test_month_bounds(text: str, first: date, last: date) -> None:
    month = Month.parse(text)
    assert (month.first, month.last, str(month)) == (first, last, text)


@pytest.mark.parametrize("text", ["2026-13", "2026-2", "26-02", "2026-02-01", ""])
def test_month_must_be_yyyy_mm(text: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM"):
        Month.parse(text)


@pytest.mark.postgres
def test_the_same_figures_on_postgresql(postgres_url: str, report_signer: Any) -> None:
    log = build_log(postgres_url, report_signer)
    try:
        for month in ("2026-02", "2026-03"):
            got = comparable(report_for(log, month).to_json())
            assert got == expected_report(log.gen.scenarios, log.gen.others, month)
    finally:
        log.ledger.db.close_thread_connection()


def test_extension_reasons_are_shown_when_a_record_carries_them() -> None:
    """Decision records lack extension reasons today; once they carry `extension_reasons`, the report shows them."""
    base = {
        "state": "extended",
        "rights": ["access"],
        "escalations": ["extension"],
        "language": "nl",
        "received_on": "2026-02-02",
        "due_on": "2026-03-02",
        "extended_due_on": "2026-05-04",
        "extended_on": "2026-02-20",
        "extension_in_time": True,
        "refused_on": None,
        "refusal_notice": None,
        "answered_on": None,
        "on_time": None,
        "suspensions": [],
        "group_id": 202,
    }

    def decision(seq: int, ticket: str, **extra: Any) -> Row:
        data = {
            "decision": "lifecycle",
            "ticket": ticket,
            "event_time": "2026-02-20T14:00:00+01:00",
            "policy": {"timezone": TIMEZONE},
            "case": base,
            **extra,
        }
        return Row(seq, "2026-02-20T13:00:03.000000Z", "decision", data)

    rows = [decision(0, "k:a", extension_reasons=["complexity", "number of requests"]), decision(1, "k:b")]
    info = CheckpointInfo("o", 2, b"\0" * 32, "note\n", "key", "2026-03-02T00:00:00.000000Z", "2026-03-01T00:00:00Z")
    report = build_monthly(rows, Month.parse("2026-02"), info, timezone=TIMEZONE)
    assert [(r.ticket, r.reasons) for r in report.extensions] == [
        ("k:a", ("complexity", "number of requests")),
        ("k:b", None),
    ]
    md = render_monthly(report, "md")
    assert "| complexity; number of requests |" in md and "| not recorded |" in md
