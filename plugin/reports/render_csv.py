"""CSV rendering of the monthly report: one tidy table, one figure per row.

Columns: scope (all | group:<name>), section, metric, key, value. Count tables have one row per key;
lists (extensions, refusals, overdue, measures) have one row per item with `key` the ticket ref (or the
entry's seq) and `value` the item as compact JSON.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from typing import Any

from plugin.reports.figures import CohortFigures
from plugin.reports.monthly import MonthlyReport

HEADER = ("scope", "section", "metric", "key", "value")


def _value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def _cohort(scope: str, section: str, figures: CohortFigures) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for metric, value in figures.to_json().items():
        if isinstance(value, dict):
            rows += [(scope, section, metric, key, _value(count)) for key, count in value.items()]
        else:
            rows.append((scope, section, metric, "", _value(value)))
    return rows


def monthly_csv(report: MonthlyReport) -> str:
    rows: list[tuple[str, ...]] = []
    cp = report.checkpoint.to_json()
    meta = {
        "month": str(report.month),
        "group": report.group,
        "timezone": report.timezone,
        "covers_month_end": report.covers_month_end,
    }
    rows += [("all", "report", name, "", _value(value)) for name, value in meta.items()]
    rows += [("all", "checkpoint", name, "", _value(cp[name])) for name in ("origin", "size", "root_hex", "note")]
    rows += _cohort("all", "received", report.received)
    rows += _cohort("all", "answered", report.answered)
    rows.append(("all", "month_end", "open_at_month_end", "", str(report.open_at_month_end)))
    for section, items in (
        ("overdue", report.overdue),
        ("extensions", report.extensions),
        ("refusals", report.refusals),
    ):
        for item in items:
            data = asdict(item)
            rows.append(("all", section, "item", data.pop("ticket"), _json(data)))
    rows.append(("all", "non_request_escalations", "tickets", "", str(report.non_request_escalations)))
    rows += [
        ("all", "non_request_escalations", "by_reason", k, str(v))
        for k, v in report.non_request_escalations_by_reason.items()
    ]
    for name, group in report.groups.items():
        scope = f"group:{name}"
        rows += _cohort(scope, "received", group.received)
        rows += _cohort(scope, "answered", group.answered)
        rows += [
            (scope, "month", metric, "", _value(value))
            for metric, value in group.to_json().items()
            if not isinstance(value, dict)
        ]
    for m in report.measures:
        rows.append(("all", "measures", m.kind, str(m.seq), _json({"time": m.time, "data": dict(m.data)})))
    rows += [("all", "processing", "dead_letters", k, str(v)) for k, v in report.dead_letters_by_reason.items()]
    rows.append(("all", "processing", "audit_reads", "", str(report.audit_reads)))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    return buffer.getvalue()
