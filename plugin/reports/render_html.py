"""HTML rendering of the monthly report: one self-contained page, inline CSS and SVG charts.

No JavaScript, no network, no external fonts: the page is evidence and must render the same offline,
years later. It names the checkpoint it was computed against so the figures can be reproduced.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from plugin.reports import svg
from plugin.reports.labels import (
    GROUP_HEADER,
    SUMMARY_ROWS,
    escalation_label,
    fmt,
    group_label,
    group_row,
    join,
    language_label,
    measure_data,
    reasons_text,
    right_label,
    union_keys,
    yes_no,
)
from plugin.reports.monthly import MonthlyReport

CSS = """
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; margin: 2rem auto; max-width: 72rem;
       padding: 0 1rem; color: #1a202c; line-height: 1.4; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem;
  border-bottom: 1px solid #cbd5e0; padding-bottom: .2rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid #cbd5e0; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #edf2f7; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
code, pre { font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: .8rem; }
code.ref { word-break: break-all; } pre { background: #f7fafc; border: 1px solid #e2e8f0; padding: .5rem;
  white-space: pre-wrap; word-break: break-all; }
.charts { display: flex; flex-wrap: wrap; gap: 1.5rem; } figure { margin: 0; }
.warn { background: #fffaf0; border: 1px solid #dd6b20; padding: .5rem 1rem; }
.muted { color: #4a5568; font-size: .9rem; }
"""


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], numeric: Sequence[int] = ()) -> str:
    """A table of plain-text headers and already-escaped cells; `numeric` columns are right-aligned."""
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>"
        + "".join(f'<td class="n">{c}</td>' if i in numeric else f"<td>{c}</td>" for i, c in enumerate(row))
        + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _ref(ticket: str) -> str:
    return f'<code class="ref">{escape(ticket)}</code>'


def _e(value: object, key: str = "") -> str:
    return escape(fmt(value, key))


def _checkpoint(report: MonthlyReport) -> str:
    cp = report.checkpoint.to_json()
    rows = [
        ["origin", escape(cp["origin"])],
        ["tree size", str(cp["size"])],
        ["root hash (hex)", f"<code>{cp['root_hex']}</code>"],
        ["root hash (base64)", f"<code>{escape(cp['root_b64'])}</code>"],
        ["signed at", escape(cp["created_at"])],
        ["signer key", f'<code class="ref">{escape(cp["key"])}</code>'],
        ["last entry covered", escape(cp["last_entry_time"] or "—")],
    ]
    return _table(["checkpoint", ""], rows) + f"<p>Signed note:</p><pre>{escape(cp['note'])}</pre>"


def _charts(report: MonthlyReport) -> str:
    rec, ans = report.received, report.answered
    rights = union_keys(rec.by_right, ans.by_right)
    languages = union_keys(rec.by_language, ans.by_language)
    reasons = union_keys(rec.by_escalation, ans.by_escalation)
    two = [("received", svg.PALETTE[0]), ("answered", svg.PALETTE[2])]

    def series(key: str, codes: list[str]) -> list[svg.Series]:
        tables = (getattr(rec, key), getattr(ans, key))
        return [(name, colour, [t.get(c, 0) for c in codes]) for (name, colour), t in zip(two, tables, strict=True)]

    charts = [
        svg.bars("Requests per right", [right_label(c) for c in rights], series("by_right", rights)),
        svg.bars("Requests per language", [language_label(c) for c in languages], series("by_language", languages)),
        svg.histogram(f"Days to answer — answered in {report.month}", ans.days()),
    ]
    if reasons:
        charts.append(
            svg.bars("Escalations by reason", [escalation_label(c) for c in reasons], series("by_escalation", reasons))
        )
    if report.groups:
        names = list(report.groups)
        figures = [report.groups[n].received for n in names]
        charts.append(
            svg.stacked(
                f"Received in {report.month}: state at month end, per group",
                [group_label(n) for n in names],
                [
                    ("on time", svg.PALETTE[2], [f.on_time for f in figures]),
                    ("late", svg.PALETTE[1], [f.late for f in figures]),
                    ("open, overdue", svg.PALETTE[3], [f.overdue_at_month_end for f in figures]),
                    ("open", svg.PALETTE[5], [f.open_at_month_end - f.overdue_at_month_end for f in figures]),
                ],
            )
        )
        answered = [report.groups[n].answered for n in names]
        charts.append(
            svg.stacked(
                f"Answered in {report.month}: on time or late, per group",
                [group_label(n) for n in names],
                [
                    ("on time", svg.PALETTE[2], [f.on_time for f in answered]),
                    ("late", svg.PALETTE[1], [f.late for f in answered]),
                ],
            )
        )
    return '<div class="charts">' + "".join(f"<figure>{c}</figure>" for c in charts) + "</div>"


def monthly_html(report: MonthlyReport) -> str:
    month = str(report.month)
    scope = f" — {escape(group_label(report.group))}" if report.group is not None else ""
    rec, ans = report.received, report.answered
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>GDPR requests — monthly report {month}{scope}</title>",
        f"<style>{CSS}</style></head><body>",
        f"<h1>GDPR requests — monthly report {month}{scope}</h1>",
        f'<p class="muted">Computed from the accountability log as of the signed checkpoint below (tree size'
        f" {report.checkpoint.size}); dates are local dates in {escape(report.timezone)}. Every figure is defined"
        " in docs/reports.md and can be recomputed from <code>gdpr-desk log export</code>. Tickets appear only"
        " as keyed-hash references.</p>",
    ]
    if not report.covers_month_end:
        parts.append(
            '<p class="warn"><strong>Incomplete:</strong> the checkpoint holds no entry written after the'
            " month ended; events of the month recorded later are missing.</p>"
        )
    parts += ["<h2>Checkpoint</h2>", _checkpoint(report)]
    parts += [
        "<h2>Summary</h2>",
        _table(
            ["", f"received in {month}", f"answered in {month}"],
            [[escape(label), _e(getattr(rec, key), key), _e(getattr(ans, key), key)] for key, label in SUMMARY_ROWS],
            numeric=(1, 2),
        ),
        f"<p>Open at month end, every receipt month: <strong>{report.open_at_month_end}</strong>.</p>",
    ]
    parts += ["<h2>Charts</h2>", _charts(report)]
    parts += [
        "<h2>Requests per right</h2>",
        '<p class="muted">A case with several rights counts once under each.</p>',
        _table(
            ["right", "received", "answered"],
            [
                [escape(right_label(k)), str(rec.by_right.get(k, 0)), str(ans.by_right.get(k, 0))]
                for k in union_keys(rec.by_right, ans.by_right)
            ],
            numeric=(1, 2),
        ),
    ]
    parts += [
        "<h2>Requests per language</h2>",
        _table(
            ["language", "received", "answered"],
            [
                [escape(language_label(k)), str(rec.by_language.get(k, 0)), str(ans.by_language.get(k, 0))]
                for k in union_keys(rec.by_language, ans.by_language)
            ],
            numeric=(1, 2),
        ),
    ]
    parts += [
        "<h2>Escalations by reason</h2>",
        _table(
            ["reason", "received", "answered"],
            [
                [escape(escalation_label(k)), str(rec.by_escalation.get(k, 0)), str(ans.by_escalation.get(k, 0))]
                for k in union_keys(rec.by_escalation, ans.by_escalation)
            ],
            numeric=(1, 2),
        ),
        f"<p>Tickets escalated without being a request: <strong>{report.non_request_escalations}</strong>"
        + (
            "".join(
                f"; {escape(escalation_label(k))}: {v}" for k, v in report.non_request_escalations_by_reason.items()
            )
        )
        + ".</p>",
    ]
    parts += [
        "<h2>Extensions decided in the month</h2>",
        _table(
            [
                "ticket",
                "group",
                "received",
                "first deadline",
                "extended on",
                "extended deadline",
                "announced in time",
                "reasons",
            ],
            [
                [
                    _ref(r.ticket),
                    escape(r.group),
                    _e(r.received_on),
                    _e(r.due_on),
                    _e(r.extended_on),
                    _e(r.extended_due_on),
                    yes_no(r.announced_in_time),
                    escape(reasons_text(r.reasons)),
                ]
                for r in report.extensions
            ],
        )
        if report.extensions
        else "<p>None.</p>",
    ]
    parts += [
        "<h2>Refusals in the month</h2>",
        _table(
            ["ticket", "group", "received", "refused on", "deadline", "on time", "authority notice"],
            [
                [
                    _ref(r.ticket),
                    escape(r.group),
                    _e(r.received_on),
                    _e(r.refused_on),
                    _e(r.deadline),
                    yes_no(r.on_time),
                    yes_no(r.authority_notice),
                ]
                for r in report.refusals
            ],
        )
        if report.refusals
        else "<p>None.</p>",
    ]
    parts += [
        "<h2>Overdue at month end</h2>",
        _table(
            ["ticket", "group", "received", "rights", "state", "deadline", "days overdue", "escalations"],
            [
                [
                    _ref(r.ticket),
                    escape(r.group),
                    _e(r.received_on),
                    escape(join(r.rights)),
                    escape(r.state),
                    _e(r.deadline),
                    str(r.days_overdue),
                    escape(join(r.escalations)),
                ]
                for r in report.overdue
            ],
            numeric=(6,),
        )
        if report.overdue
        else "<p>None.</p>",
    ]
    parts += [
        "<h2>Per agent group</h2>",
        _table(
            GROUP_HEADER,
            [[escape(cell) for cell in group_row(name, g)] for name, g in report.groups.items()],
            numeric=tuple(range(1, 11)),
        )
        if report.groups
        else "<p>No cases.</p>",
    ]
    parts += [
        "<h2>Organisational measures and spot checks recorded in the month</h2>",
        _table(
            ["seq", "time", "kind", "summary", "data"],
            [
                [
                    str(m.seq),
                    escape(m.time),
                    escape(m.kind),
                    escape(m.summary),
                    f"<code>{escape(measure_data(m))}</code>",
                ]
                for m in report.measures
            ],
        )
        if report.measures
        else "<p>None recorded.</p>",
    ]
    dead = ", ".join(f"{escape(k)}: {v}" for k, v in report.dead_letters_by_reason.items()) or "none"
    parts += [
        "<h2>Processing</h2>",
        f"<p>Dead letters (events that could not be applied): {dead}. Auditor reads of the log:"
        f" {report.audit_reads}.</p>",
    ]
    parts += ["</body></html>", ""]
    return "\n".join(parts)
