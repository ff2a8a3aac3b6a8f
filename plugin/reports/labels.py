"""Names and number formats shared by the report renderers (English: the DPO's working language)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any

from plugin.core.rights import ESCALATIONS_BY_CODE, RIGHTS_BY_CODE
from plugin.reports.figures import CohortFigures
from plugin.reports.monthly import GroupFigures, MeasureRow

PROCESS_LABELS = {
    "refusal": "Refusal (process)",
    "extension": "Extension (process)",
    "objection_balancing": "Objection: balancing test",
    "identity_doubt": "Doubt about identity",
    "overdue": "Deadline missed",
}
LANGUAGE_LABELS = {"en": "English", "fr": "French", "nl": "Dutch", "de": "German", "es": "Spanish", "it": "Italian"}

# (field of CohortFigures, label) in the order the summary lists them.
SUMMARY_ROWS: tuple[tuple[str, str], ...] = (
    ("cases", "cases"),
    ("answered", "answered by month end"),
    ("open_at_month_end", "still open at month end"),
    ("overdue_at_month_end", "overdue at month end"),
    ("on_time", "answered on time"),
    ("late", "answered late"),
    ("on_time_rate", "on-time rate"),
    ("median_days_to_answer", "median days to answer"),
    ("p90_days_to_answer", "90th percentile days to answer"),
    ("extended", "extended"),
    ("extended_in_time", "extension announced within the first month"),
    ("refused", "refused"),
    ("refused_with_authority_notice", "refusal with authority notice"),
    ("escalated", "escalated"),
)


def right_label(code: str) -> str:
    right = RIGHTS_BY_CODE.get(code)
    return f"{right.name('en')} (Art. {right.article})" if right else code


def escalation_label(code: str) -> str:
    reason = ESCALATIONS_BY_CODE.get(code)
    return reason.name("en") if reason else PROCESS_LABELS.get(code, code)


def language_label(code: str) -> str:
    return LANGUAGE_LABELS.get(code, code)


def group_label(name: str) -> str:
    return "no group" if name == "none" else f"group {name}"


def fmt(value: Any, key: str = "") -> str:
    """A figure as text: rates as percentages, absent values as an em dash."""
    if value is None:
        return "—"
    if key.endswith("rate"):
        return f"{value * 100:.1f} %"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def yes_no(value: bool | None, unknown: str = "not recorded") -> str:
    return unknown if value is None else ("yes" if value else "no")


def reasons_text(reasons: tuple[str, ...] | None) -> str:
    return "not recorded" if not reasons else "; ".join(reasons)


def union_keys(*counts: dict[str, int]) -> list[str]:
    """Keys of several count tables: by total, descending, then by name."""
    totals: dict[str, int] = {}
    for table in counts:
        for key, value in table.items():
            totals[key] = totals.get(key, 0) + value
    return sorted(totals, key=lambda k: (-totals[k], k))


def summary_values(figures: CohortFigures) -> list[str]:
    return [fmt(getattr(figures, key), key) for key, _ in SUMMARY_ROWS]


def join(values: Iterable[str]) -> str:
    return ", ".join(values) or "—"


GROUP_HEADER = (
    "group",
    "received",
    "answered",
    "open at month end",
    "overdue at month end",
    "on-time rate (answered)",
    "median days",
    "p90 days",
    "extensions (late)",
    "refusals (no authority notice)",
    "escalated (received)",
)


def group_row(name: str, g: GroupFigures) -> list[str]:
    """One agent group's row of the per-group table (plain text; escape for HTML)."""
    return [
        group_label(name),
        str(g.received.cases),
        str(g.answered.cases),
        str(g.open_at_month_end),
        str(g.overdue_at_month_end),
        fmt(g.answered.on_time_rate, "rate"),
        fmt(g.answered.median_days_to_answer),
        fmt(g.answered.p90_days_to_answer),
        f"{g.extensions} ({g.extensions_late})",
        f"{g.refusals} ({g.refusals_without_notice})",
        str(g.received.escalated),
    ]


def measure_data(measure: MeasureRow) -> str:
    """A recorded measure's fields other than its summary, as compact JSON."""
    fields = {k: v for k, v in measure.data.items() if k != "summary"}
    return json.dumps(fields, ensure_ascii=False, sort_keys=True)
