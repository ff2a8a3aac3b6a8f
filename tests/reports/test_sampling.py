"""Spot checks: the documented drawing rule, redrawn independently; complete trails; proofs that verify."""

from __future__ import annotations

import base64
import hashlib
import json

import pytest

from plugin.ledger.entry import export_record
from plugin.reports.cases import Row
from plugin.reports.monthly import Month
from plugin.reports.render import render_spot_check
from plugin.reports.sampling import SpotCheck, build_spot_check, draw
from plugin.reports.source import open_verified
from tests.reports.conftest import SIGNED_AT, GeneratedLog
from tests.reports.expect import cases_at, month_bounds
from tests.reports.scenario import TIMEZONE, ticket_ref


def spot_check(log: GeneratedLog, month: str, n: int, group: str | None = None) -> SpotCheck:
    verified = open_verified(log.ledger, [log.signer.signer.verifier()], now=SIGNED_AT, size=log.checkpoint.size)
    return build_spot_check(
        verified.entries,
        Month.parse(month),
        verified.checkpoint,
        n,
        timezone=TIMEZONE,
        group=group,
        proofs=log.ledger.inclusion_proof,
    )


def population(log: GeneratedLog, month: str, group: str | None = None) -> list[str]:
    """Refs of the tickets with a case received in the month, from the scenarios."""
    first, end = month_bounds(month)
    return sorted(
        {
            c.ref
            for c in cases_at(log.gen.scenarios, end)
            if first <= c.received_on <= end and (group is None or c.group == group)
        }
    )


def redraw(root: bytes, refs: list[str], n: int) -> list[str]:
    """The rule of docs/reports.md, written out again: rank by SHA-256(root || ref), then ref; first n."""
    return sorted(refs, key=lambda ref: (hashlib.sha256(root + ref.encode()).hexdigest(), ref))[:n]


def root_from_path(leaf_hash: bytes, index: int, size: int, path: list[bytes]) -> bytes:
    """RFC 9162 §2.1.3.2 inclusion verification, independent of plugin.ledger.merkle."""
    fn, sn, r = index, size - 1, leaf_hash
    for p in path:
        if sn == 0:
            raise AssertionError("proof too long")
        if fn & 1 or fn == sn:
            r = hashlib.sha256(b"\x01" + p + r).digest()
            while not fn & 1 and fn:
                fn, sn = fn >> 1, sn >> 1
        else:
            r = hashlib.sha256(b"\x01" + r + p).digest()
        fn, sn = fn >> 1, sn >> 1
    assert sn == 0, "proof too short"
    return r


@pytest.mark.parametrize(("month", "group"), [("2026-01", None), ("2026-02", None), ("2026-03", "202")])
def test_sample_follows_the_documented_rule(ledger_log: GeneratedLog, month: str, group: str | None) -> None:
    check = spot_check(ledger_log, month, 12, group)
    refs = population(ledger_log, month, group)
    assert check.population == len(refs) > 12
    assert [case.ticket for case in check.cases] == redraw(ledger_log.checkpoint.root, refs, 12)
    assert [case.score.hex() for case in check.cases] == sorted(case.score.hex() for case in check.cases)


def test_sample_is_redrawn_from_an_export(ledger_log: GeneratedLog) -> None:
    check = spot_check(ledger_log, "2026-02", 8)
    rows = [Row.from_json(export_record(e)["entry"]) for e in ledger_log.ledger.entries(0, ledger_log.checkpoint.size)]
    again = build_spot_check(
        rows, Month.parse("2026-02"), check.checkpoint, 8, timezone=TIMEZONE, proofs=ledger_log.ledger.inclusion_proof
    )
    assert again.to_json() == check.to_json()


def test_another_root_draws_another_sample() -> None:
    refs = [ticket_ref(tid) for tid in range(200)]
    a, b = draw(refs, b"\x01" * 32, 10), draw(refs, b"\x02" * 32, 10)
    assert len(a) == len(b) == 10 and a != b
    assert draw(refs, b"\x01" * 32, 10) == a and draw(refs + refs, b"\x01" * 32, 10) == a
    assert sorted(draw(refs[:5], b"\x01" * 32, 10)) == sorted(refs[:5])


def test_each_trail_is_every_entry_about_the_ticket_with_a_proof(ledger_log: GeneratedLog) -> None:
    check = spot_check(ledger_log, "2026-02", 10)
    root, size = ledger_log.checkpoint.root, ledger_log.checkpoint.size
    tids = {ticket_ref(s.tid): s.tid for s in ledger_log.gen.scenarios}
    spot_checked = {e.data["ticket"] for e in ledger_log.ledger.entries(0, size) if e.kind == "spot_check"}
    for case in check.cases:
        expected = ledger_log.gen.seqs[tids[case.ticket]]
        got = [e.seq for e in case.trail if e.kind != "spot_check"]
        assert got == expected and len(got) >= 2
        assert (len(case.trail) > len(got)) == (case.ticket in spot_checked)
        kinds = [e.kind for e in case.trail]
        assert kinds[0] == "webhook_received" and "decision" in kinds
        for e in case.trail:
            assert e.verified and e.data["ticket"] == case.ticket
            assert root_from_path(e.leaf_hash, e.seq, size, list(e.proof)) == root
    assert check.all_verified


def test_markdown_and_json_carry_proofs_and_the_record_command(ledger_log: GeneratedLog) -> None:
    check = spot_check(ledger_log, "2026-03", 3)
    md = render_spot_check(check, "md")
    assert ledger_log.checkpoint.note.rstrip("\n") in md and "All inclusion proofs verify: **yes**" in md
    for case in check.cases:
        assert f"`{case.ticket}`" in md
        assert f'"ticket": "{case.ticket}", "month": "2026-03"' in md
    assert md.count("gdpr-desk log record --kind spot_check") == 3
    data = json.loads(render_spot_check(check, "json"))
    assert data["population"] == check.population and data["requested"] == 3
    first = data["cases"][0]["trail"][0]
    leaf_hash = base64.b64decode(first["leaf_hash"])
    proof = [base64.b64decode(p) for p in first["proof"]]
    assert root_from_path(leaf_hash, first["seq"], data["checkpoint"]["size"], proof) == ledger_log.checkpoint.root


def test_a_sample_larger_than_the_month_takes_every_case(ledger_log: GeneratedLog) -> None:
    check = spot_check(ledger_log, "2026-01", 10_000, "303")
    assert sorted(case.ticket for case in check.cases) == population(ledger_log, "2026-01", "303")
    assert spot_check(ledger_log, "2025-12", 5).cases == ()
