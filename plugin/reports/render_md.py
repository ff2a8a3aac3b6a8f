"""Markdown renderings of the monthly report and of a spot check."""

from __future__ import annotations

import json
from collections.abc import Sequence

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
from plugin.reports.monthly import CheckpointInfo, MonthlyReport
from plugin.reports.sampling import SpotCheck, b64


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(_cell(h) for h in header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return [*lines, ""]


def checkpoint_lines(checkpoint: CheckpointInfo) -> list[str]:
    info = checkpoint.to_json()
    lines = table(
        ["checkpoint", ""],
        [
            ["origin", checkpoint.origin],
            ["tree size", str(checkpoint.size)],
            ["root hash (hex)", f"`{info['root_hex']}`"],
            ["root hash (base64)", f"`{info['root_b64']}`"],
            ["signed at", checkpoint.created_at],
            ["signer key", f"`{checkpoint.key}`"],
            ["last entry covered", checkpoint.last_entry_time or "—"],
        ],
    )
    return [*lines, "Signed note:", "", "```", checkpoint.note.rstrip("\n"), "```", ""]


def monthly_markdown(report: MonthlyReport) -> str:
    month = str(report.month)
    scope = f" — {group_label(report.group)}" if report.group is not None else ""
    out = [
        f"# GDPR requests — monthly report {month}{scope}",
        "",
        f"Computed from the accountability log as of the signed checkpoint below; dates are local dates in"
        f" {report.timezone}. Every figure is defined in docs/reports.md and can be recomputed from"
        " `gdpr-desk log export`. Tickets appear only as keyed-hash references.",
        "",
    ]
    if not report.covers_month_end:
        out += [
            "> **Incomplete:** the checkpoint holds no entry written after the month ended; events of the"
            " month recorded later are missing. Sign a newer checkpoint and run the report again.",
            "",
        ]
    out += ["## Checkpoint", "", *checkpoint_lines(report.checkpoint)]
    rec, ans = report.received, report.answered
    out += ["## Summary", ""]
    out += table(
        ["", f"received in {month}", f"answered in {month}"],
        [[label, fmt(getattr(rec, key), key), fmt(getattr(ans, key), key)] for key, label in SUMMARY_ROWS],
    )
    out += [f"Open at month end, every receipt month: **{report.open_at_month_end}**.", ""]
    out += ["## Requests per right", "", "A case with several rights counts once under each.", ""]
    out += table(
        ["right", "received", "answered"],
        [
            [right_label(k), str(rec.by_right.get(k, 0)), str(ans.by_right.get(k, 0))]
            for k in union_keys(rec.by_right, ans.by_right)
        ],
    )
    out += ["## Requests per language", ""]
    out += table(
        ["language", "received", "answered"],
        [
            [language_label(k), str(rec.by_language.get(k, 0)), str(ans.by_language.get(k, 0))]
            for k in union_keys(rec.by_language, ans.by_language)
        ],
    )
    out += ["## Escalations by reason", "", "Cases whose month-end state lists the reason.", ""]
    out += table(
        ["reason", "received", "answered"],
        [
            [escalation_label(k), str(rec.by_escalation.get(k, 0)), str(ans.by_escalation.get(k, 0))]
            for k in union_keys(rec.by_escalation, ans.by_escalation)
        ],
    )
    out += [f"Tickets escalated without being a request: **{report.non_request_escalations}**."]
    if report.non_request_escalations_by_reason:
        out += [
            "",
            *table(
                ["reason", "tickets"],
                [[escalation_label(k), str(v)] for k, v in report.non_request_escalations_by_reason.items()],
            ),
        ]
    else:
        out += [""]
    out += ["## Extensions decided in the month", ""]
    out += (
        table(
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
                    f"`{r.ticket}`",
                    r.group,
                    fmt(r.received_on),
                    fmt(r.due_on),
                    fmt(r.extended_on),
                    fmt(r.extended_due_on),
                    yes_no(r.announced_in_time),
                    reasons_text(r.reasons),
                ]
                for r in report.extensions
            ],
        )
        if report.extensions
        else ["None.", ""]
    )
    out += ["## Refusals in the month", ""]
    out += (
        table(
            ["ticket", "group", "received", "refused on", "deadline", "on time", "authority notice"],
            [
                [
                    f"`{r.ticket}`",
                    r.group,
                    fmt(r.received_on),
                    fmt(r.refused_on),
                    fmt(r.deadline),
                    yes_no(r.on_time),
                    yes_no(r.authority_notice),
                ]
                for r in report.refusals
            ],
        )
        if report.refusals
        else ["None.", ""]
    )
    out += ["## Overdue at month end", ""]
    out += (
        table(
            ["ticket", "group", "received", "rights", "state", "deadline", "days overdue", "escalations"],
            [
                [
                    f"`{r.ticket}`",
                    r.group,
                    fmt(r.received_on),
                    join(r.rights),
                    r.state,
                    fmt(r.deadline),
                    str(r.days_overdue),
                    join(r.escalations),
                ]
                for r in report.overdue
            ],
        )
        if report.overdue
        else ["None.", ""]
    )
    out += ["## Per agent group", ""]
    out += (
        table(
            GROUP_HEADER,
            [group_row(name, g) for name, g in report.groups.items()],
        )
        if report.groups
        else ["No cases.", ""]
    )
    out += ["## Organisational measures and spot checks recorded in the month", ""]
    out += (
        table(
            ["seq", "time", "kind", "summary", "data"],
            [
                [
                    str(m.seq),
                    m.time,
                    m.kind,
                    m.summary,
                    measure_data(m),
                ]
                for m in report.measures
            ],
        )
        if report.measures
        else ["None recorded.", ""]
    )
    out += ["## Processing", ""]
    dead = ", ".join(f"{k}: {v}" for k, v in report.dead_letters_by_reason.items()) or "none"
    out += [
        f"Dead letters (events that could not be applied): {dead}. Auditor reads of the log: {report.audit_reads}.",
        "",
    ]
    return "\n".join(out)


def spot_check_markdown(check: SpotCheck) -> str:
    month = str(check.month)
    scope = f" — {group_label(check.group)}" if check.group is not None else ""
    out = [
        f"# GDPR requests — spot check {month}{scope}",
        "",
        f"{len(check.cases)} of {check.population} cases received in {month} (asked for {check.requested}), drawn"
        " from the checkpoint's root hash: the refs ordered by SHA-256(root || ref), then by ref; the first N"
        ' (docs/reports.md, "Spot checks"). Every entry about each ticket follows with its inclusion proof'
        " against the checkpoint.",
        "",
        "## Checkpoint",
        "",
        *checkpoint_lines(check.checkpoint),
        f"All inclusion proofs verify: **{'yes' if check.all_verified else 'NO'}**.",
        "",
    ]
    for number, case in enumerate(check.cases, 1):
        out += [f"## {number}. `{case.ticket}`", "", f"Score: `{case.score.hex()}`", ""]
        out += table(
            ["seq", "time", "kind", "what", "proof"],
            [[str(e.seq), e.time, e.kind, _what(e.data), "verified" if e.verified else "FAILED"] for e in case.trail],
        )
        out += ["<details><summary>Entries and proofs</summary>", ""]
        for e in case.trail:
            out += [
                f"seq {e.seq}, leaf hash `{b64(e.leaf_hash)}`, audit path ({len(e.proof)} hashes, base64):",
                "",
                "```",
                *(b64(node) for node in e.proof),
                "```",
                "",
                "data:",
                "",
                "```json",
                json.dumps(dict(e.data), ensure_ascii=False, sort_keys=True),
                "```",
                "",
            ]
        out += ["</details>", ""]
        data = json.dumps(
            {"ticket": case.ticket, "month": month, "checkpoint_size": check.checkpoint.size, "outcome": "ok"}
        )
        out += [
            "Record the outcome (outcome: ok, or a finding):",
            "",
            "```sh",
            f"gdpr-desk log record --kind spot_check --summary 'Spot check {month}' --data '{data}'",
            "```",
            "",
        ]
    return "\n".join(out)


def _what(data: object) -> str:
    if not isinstance(data, dict):
        return ""
    if "decision" in data:
        case = data.get("case") or {}
        changes = ", ".join(data.get("changes") or ())
        parts = [str(data["decision"]), f"({changes})" if changes else "", f"→ {case.get('state')}" if case else ""]
        return " ".join(p for p in parts if p)
    if "event" in data:
        return str(data["event"]) + (f" ({data['reason']})" if data.get("reason") else "")
    return str(data.get("summary", ""))
