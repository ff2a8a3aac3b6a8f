"""The figures the monthly report must show, computed from the scenario definitions alone.

Nothing here imports plugin.reports: every figure is derived from the scenarios' own days (receipt,
answer, extension, refusal…) and deadlines counted with the `holidays` package directly, then
summarised with plain list arithmetic, so a bug in the report code cannot hide in its expectation.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from tests.reports.scenario import (
    AUDIT_READS,
    DEAD_LETTERS,
    HORIZON,
    MEASURES,
    ZONE,
    Other,
    Scenario,
    extended_due,
    first_due,
    overdue_days,
    ticket_ref,
)


@dataclass
class Case:
    """One case as it stands at the end of a day, per the scenario."""

    ref: str
    tid: int
    received_on: date
    rights: set[str]
    language: str
    group: str
    answered_on: date | None = None
    deadline: date | None = None
    extended_on: date | None = None
    extension_in_time: bool | None = None
    refused_on: date | None = None
    notice: bool | None = None
    escalations: set[str] = field(default_factory=set)

    @property
    def on_time(self) -> bool | None:
        if self.answered_on is None:
            return None
        return self.deadline is None or self.answered_on <= self.deadline


def _group(value: int | None) -> str:
    return "none" if value is None else str(value)


def month_bounds(month: str) -> tuple[date, date]:
    year, number = map(int, month.split("-"))
    first = date(year, number, 1)
    nxt = date(year + number // 12, number % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def cases_at(scenarios: list[Scenario], end: date) -> list[Case]:
    """Every case received by `end`, in its state at the end of that day."""
    cutoff = min(end, HORIZON)
    out: list[Case] = []
    for s in scenarios:
        if s.received > cutoff:
            continue

        def day(n: int | None, base: date = s.received) -> date | None:
            if n is None:
                return None
            d = base + timedelta(days=n)
            return d if d <= cutoff else None

        ref = ticket_ref(s.tid)
        case = Case(ref, s.tid, s.received, set(s.rights), s.language, _group(s.group))
        case.escalations = set(s.text_escalations)
        if "objection" in s.rights:
            case.escalations.add("objection_balancing")
        if day(s.id_asked_after):
            case.escalations.add("identity_doubt")
        case.deadline = first_due(s.received)
        extended = day(s.extend_after)
        if extended:
            case.extended_on = extended
            case.extension_in_time = extended <= first_due(s.received)
            case.escalations.add("extension")
            if case.extension_in_time:
                case.deadline = extended_due(s.received)
        if any(d <= cutoff for d in overdue_days(s)):
            case.escalations.add("overdue")
        answered = day(s.answer_after)
        if answered:
            case.answered_on = answered
            if s.refused:
                case.refused_on, case.notice = answered, s.refuse_notice
                case.escalations.add("refusal")
        if s.id_asked_after is not None:
            case.deadline = None if case.answered_on is None else case.deadline  # never overdue (see scenario)
        out.append(case)
        reopened = day(s.reopen_after)
        if reopened:
            # A new request on the answered ticket: a second case, received that day.
            second = Case(ref, s.tid, reopened, {*s.rights, s.reopen_right or ""}, s.language, _group(s.group))
            second.deadline = first_due(reopened)
            second.answered_on = day(s.reopen_answer_after, reopened)
            out.append(second)
    return out


def _median(values: list[int]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    middle = len(ordered) // 2
    return float(ordered[middle]) if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _p90(values: list[int]) -> int | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[math.ceil(0.9 * len(ordered)) - 1]


def _counts(counter: Counter[str]) -> dict[str, int]:
    return dict(sorted(counter.items(), key=lambda item: (-item[1], item[0])))


def _overdue(case: Case, end: date) -> bool:
    return (case.answered_on is None or case.answered_on > end) and case.deadline is not None and case.deadline <= end


def cohort(cases: list[Case], end: date) -> dict[str, Any]:
    answered = [c for c in cases if c.answered_on is not None and c.answered_on <= end]
    on_time = [c for c in answered if c.on_time]
    days = [(c.answered_on - c.received_on).days for c in answered if c.answered_on]
    extended = [c for c in cases if c.extended_on is not None and c.extended_on <= end]
    refused = [c for c in cases if c.refused_on is not None and c.refused_on <= end]
    return {
        "cases": len(cases),
        "by_right": _counts(Counter(r for c in cases for r in c.rights)),
        "by_language": _counts(Counter(c.language for c in cases)),
        "answered": len(answered),
        "open_at_month_end": len(cases) - len(answered),
        "overdue_at_month_end": sum(1 for c in cases if _overdue(c, end)),
        "on_time": len(on_time),
        "late": len(answered) - len(on_time),
        "on_time_rate": round(len(on_time) / len(answered), 4) if answered else None,
        "median_days_to_answer": _median(days),
        "p90_days_to_answer": _p90(days),
        "extended": len(extended),
        "extended_in_time": sum(1 for c in extended if c.extension_in_time),
        "refused": len(refused),
        "refused_with_authority_notice": sum(1 for c in refused if c.notice),
        "escalated": sum(1 for c in cases if c.escalations),
        "by_escalation": _counts(Counter(r for c in cases for r in c.escalations)),
        "days_to_answer": {str(d): n for d, n in sorted(Counter(days).items())},
    }


def expected_report(
    scenarios: list[Scenario], others: list[Other], month: str, group: str | None = None
) -> dict[str, Any]:
    first, end = month_bounds(month)
    cases = [c for c in cases_at(scenarios, end) if group is None or c.group == group]
    received = [c for c in cases if first <= c.received_on <= end]
    answered = [c for c in cases if c.answered_on is not None and first <= c.answered_on <= end]
    still_open = [c for c in cases if c.answered_on is None or c.answered_on > end]
    overdue = sorted(
        (c.deadline, c.ref, (end + timedelta(days=1) - c.deadline).days)
        for c in still_open
        if _overdue(c, end) and c.deadline
    )
    extensions = sorted(
        (c.extended_on, c.ref, c.extension_in_time) for c in cases if c.extended_on and first <= c.extended_on <= end
    )
    refusals = sorted(
        (c.refused_on, c.ref, c.notice, c.on_time) for c in cases if c.refused_on and first <= c.refused_on <= end
    )
    groups = sorted({c.group for c in received + answered + still_open})
    escalated = [
        o
        for o in others
        if o.escalations and first <= o.received <= end and (group is None or _group(o.group) == group)
    ]
    return {
        "received": cohort(received, end),
        "answered": cohort(answered, end),
        "open_at_month_end": len(still_open),
        "overdue": [(d.isoformat(), ref, days) for d, ref, days in overdue],
        "extensions": [(d.isoformat(), ref, in_time) for d, ref, in_time in extensions],
        "refusals": [(d.isoformat(), ref, notice, on_time) for d, ref, notice, on_time in refusals],
        "groups": {
            g: {
                "received": cohort([c for c in received if c.group == g], end),
                "answered": cohort([c for c in answered if c.group == g], end),
                "open_at_month_end": sum(1 for c in still_open if c.group == g),
                "overdue_at_month_end": sum(1 for c in still_open if c.group == g and _overdue(c, end)),
                "extensions": sum(1 for c in cases if c.group == g and c.extended_on and first <= c.extended_on <= end),
                "extensions_late": sum(
                    1
                    for c in cases
                    if c.group == g and c.extended_on and first <= c.extended_on <= end and not c.extension_in_time
                ),
                "refusals": sum(1 for c in cases if c.group == g and c.refused_on and first <= c.refused_on <= end),
                "refusals_without_notice": sum(
                    1 for c in cases if c.group == g and c.refused_on and first <= c.refused_on <= end and not c.notice
                ),
            }
            for g in groups
        },
        "non_request_escalations": len(escalated),
        "non_request_escalations_by_reason": _counts(Counter(r for o in escalated for r in o.escalations)),
        "measures": [(kind, summary) for kind, summary, _, at in MEASURES if first <= at.date() <= end],
        "dead_letters_by_reason": dict(sorted(Counter(r for _, r, _, d in DEAD_LETTERS if first <= d <= end).items())),
        "audit_reads": sum(1 for d in AUDIT_READS if first <= d <= end),
    }


def local_date(moment: Any) -> date:
    return moment.astimezone(ZONE).date()
