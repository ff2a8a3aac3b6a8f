"""The monthly oversight report: figures computed from the log entries a signed checkpoint covers (pure).

Every figure is defined in docs/reports.md so that an auditor can recompute it from `gdpr-desk log
export`; the report carries the checkpoint it was computed against and no clock reading, so the same
checkpoint, month, group and time zone always give the same report, byte for byte.
"""

from __future__ import annotations

import base64
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from plugin.reports.cases import LogEntry, Timeline, event_date, group_name, parse_time, timelines
from plugin.reports.figures import CohortFigures, cohort_figures, is_overdue

REPORT_VERSION = 1
# Entries the service writes itself; every other kind was recorded by a person (`gdpr-desk log record`).
SERVICE_KINDS = frozenset({"webhook_received", "decision", "dead_letter", "audit_read"})
_MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")


@dataclass(frozen=True, slots=True)
class Month:
    first: date

    @classmethod
    def parse(cls, text: str) -> Month:
        match = _MONTH.fullmatch(text.strip())
        if not match:
            raise ValueError(f"month must be YYYY-MM, got {text!r}")
        return cls(date(int(match[1]), int(match[2]), 1))

    @property
    def next_first(self) -> date:
        return (self.first + timedelta(days=32)).replace(day=1)

    @property
    def last(self) -> date:
        return self.next_first - timedelta(days=1)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last

    def __str__(self) -> str:
        return self.first.strftime("%Y-%m")


@dataclass(frozen=True, slots=True)
class CheckpointInfo:
    """The signed checkpoint a report or sample was computed against."""

    origin: str
    size: int
    root: bytes
    note: str
    key: str  # verifier key of the signer
    created_at: str
    last_entry_time: str | None  # time of entry size-1

    def to_json(self) -> dict[str, Any]:
        return {
            "origin": self.origin,
            "size": self.size,
            "root_hex": self.root.hex(),
            "root_b64": base64.b64encode(self.root).decode("ascii"),
            "note": self.note,
            "key": self.key,
            "created_at": self.created_at,
            "last_entry_time": self.last_entry_time,
        }


@dataclass(frozen=True, slots=True)
class ExtensionRow:
    ticket: str
    group: str
    received_on: date
    due_on: date | None
    extended_on: date
    extended_due_on: date | None
    announced_in_time: bool | None
    reasons: tuple[str, ...] | None  # None: not recorded


@dataclass(frozen=True, slots=True)
class RefusalRow:
    ticket: str
    group: str
    received_on: date
    refused_on: date
    deadline: date | None
    on_time: bool | None
    authority_notice: bool | None


@dataclass(frozen=True, slots=True)
class OverdueRow:
    ticket: str
    group: str
    received_on: date
    rights: tuple[str, ...]
    state: str
    deadline: date
    days_overdue: int  # on the first day of the next month
    escalations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MeasureRow:
    seq: int
    time: str
    kind: str
    summary: str
    data: Mapping[str, Any]


@dataclass
class GroupFigures:
    """One agent group's view: its two cohorts and its share of the month's lists."""

    received: CohortFigures
    answered: CohortFigures
    open_at_month_end: int  # every receipt month
    overdue_at_month_end: int  # every receipt month
    extensions: int  # decided in the month
    extensions_late: int
    refusals: int  # in the month
    refusals_without_notice: int

    def to_json(self) -> dict[str, Any]:
        return {
            "received": self.received.to_json(),
            "answered": self.answered.to_json(),
            **{
                name: getattr(self, name)
                for name in (
                    "open_at_month_end",
                    "overdue_at_month_end",
                    "extensions",
                    "extensions_late",
                    "refusals",
                    "refusals_without_notice",
                )
            },
        }


@dataclass
class MonthlyReport:
    month: Month
    group: str | None
    timezone: str
    checkpoint: CheckpointInfo
    received: CohortFigures
    answered: CohortFigures
    open_at_month_end: int  # every receipt month
    extensions: list[ExtensionRow]
    refusals: list[RefusalRow]
    overdue: list[OverdueRow]
    groups: dict[str, GroupFigures]
    non_request_escalations: int
    non_request_escalations_by_reason: dict[str, int]
    measures: list[MeasureRow]
    dead_letters_by_reason: dict[str, int] = field(default_factory=dict)
    audit_reads: int = 0

    @property
    def covers_month_end(self) -> bool:
        """Whether the checkpoint includes an entry written after the month ended."""
        last = self.checkpoint.last_entry_time
        return last is not None and parse_time(last).astimezone(ZoneInfo(self.timezone)).date() > self.month.last

    def to_json(self) -> dict[str, Any]:
        def plain(value: Any) -> Any:
            if isinstance(value, date):
                return value.isoformat()
            if isinstance(value, tuple | list):
                return [plain(v) for v in value]
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items()}
            return value

        return {
            "report": "monthly",
            "version": REPORT_VERSION,
            "definitions": "docs/reports.md",
            "month": str(self.month),
            "group": self.group,
            "timezone": self.timezone,
            "checkpoint": self.checkpoint.to_json(),
            "covers_month_end": self.covers_month_end,
            "received": self.received.to_json(),
            "answered": self.answered.to_json(),
            "open_at_month_end": self.open_at_month_end,
            "overdue": [plain(asdict(r)) for r in self.overdue],
            "extensions": [plain(asdict(r)) for r in self.extensions],
            "refusals": [plain(asdict(r)) for r in self.refusals],
            "groups": {name: g.to_json() for name, g in self.groups.items()},
            "non_request_escalations": self.non_request_escalations,
            "non_request_escalations_by_reason": self.non_request_escalations_by_reason,
            "measures": [plain(asdict(m)) for m in self.measures],
            "dead_letters_by_reason": self.dead_letters_by_reason,
            "audit_reads": self.audit_reads,
        }


def _entry_on(entry: LogEntry, zone: ZoneInfo) -> date:
    return parse_time(entry.time).astimezone(zone).date()


def _group_key(name: str) -> tuple[int, int | str]:
    return (0, int(name)) if name.isdigit() else (1, name)


def _measure(entry: LogEntry) -> MeasureRow:
    data = entry.data
    summary = data.get("summary")
    return MeasureRow(entry.seq, entry.time, entry.kind, summary if isinstance(summary, str) else "", data)


def build_monthly(
    entries: Sequence[LogEntry],
    month: Month,
    checkpoint: CheckpointInfo,
    *,
    timezone: str,
    group: str | None = None,
) -> MonthlyReport:
    """The report for `month` from the entries of the checkpoint's tree (seq 0 .. size-1)."""
    zone = ZoneInfo(timezone)
    entries = [e for e in entries if e.seq < checkpoint.size]
    states = [s for s in (line.on(month.last) for line in timelines(entries, zone)) if s is not None]
    if group is not None:
        states = [s for s in states if s.group == group]
    received = [s for s in states if s.received_on in month]
    answered = [s for s in states if s.answered_on in month]
    still_open = [s for s in states if s.answered_on is None or s.answered_on > month.last]
    overdue = [
        OverdueRow(
            s.ticket,
            s.group,
            s.received_on,
            s.rights,
            s.state,
            s.deadline,
            (month.next_first - s.deadline).days,
            s.escalations,
        )
        for s in still_open
        if is_overdue(s, month.last) and s.deadline is not None
    ]
    extensions = [
        ExtensionRow(
            s.ticket,
            s.group,
            s.received_on,
            s.due_on,
            s.extended_on,
            s.extended_due_on,
            s.extension_in_time,
            s.extension_reasons,
        )
        for s in states
        if s.extended_on in month and s.extended_on is not None
    ]
    refusals = [
        RefusalRow(s.ticket, s.group, s.received_on, s.refused_on, s.deadline, s.on_time, s.refusal_notice)
        for s in states
        if s.refused_on in month and s.refused_on is not None
    ]
    names = sorted({s.group for s in (*received, *answered, *still_open)}, key=_group_key)
    groups = {
        name: GroupFigures(
            received=cohort_figures([s for s in received if s.group == name], month.last),
            answered=cohort_figures([s for s in answered if s.group == name], month.last),
            open_at_month_end=sum(1 for s in still_open if s.group == name),
            overdue_at_month_end=sum(1 for r in overdue if r.group == name),
            extensions=sum(1 for r in extensions if r.group == name),
            extensions_late=sum(1 for r in extensions if r.group == name and r.announced_in_time is not True),
            refusals=sum(1 for r in refusals if r.group == name),
            refusals_without_notice=sum(1 for r in refusals if r.group == name and r.authority_notice is not True),
        )
        for name in names
    }
    escalated, by_reason = _non_request_escalations(entries, month, zone, group)
    measures = [_measure(e) for e in entries if e.kind not in SERVICE_KINDS and _entry_on(e, zone) in month]
    dead = Counter(
        str(e.data.get("reason", "unknown")) for e in entries if e.kind == "dead_letter" and _entry_on(e, zone) in month
    )
    reads = sum(1 for e in entries if e.kind == "audit_read" and _entry_on(e, zone) in month)
    return MonthlyReport(
        month=month,
        group=group,
        timezone=timezone,
        checkpoint=checkpoint,
        received=cohort_figures(received, month.last),
        answered=cohort_figures(answered, month.last),
        open_at_month_end=len(still_open),
        extensions=sorted(extensions, key=lambda r: (r.extended_on, r.ticket)),
        refusals=sorted(refusals, key=lambda r: (r.refused_on, r.ticket)),
        overdue=sorted(overdue, key=lambda r: (r.deadline, r.ticket)),
        groups=groups,
        non_request_escalations=escalated,
        non_request_escalations_by_reason=by_reason,
        measures=measures,
        dead_letters_by_reason=dict(sorted(dead.items())),
        audit_reads=reads,
    )


def _non_request_escalations(
    entries: Iterable[LogEntry], month: Month, zone: ZoneInfo, group: str | None
) -> tuple[int, dict[str, int]]:
    """Tickets escalated without being a request ("escalated" decisions in the month), by reason."""
    tickets: set[str] = set()
    reasons: dict[str, set[str]] = {}
    for entry in entries:
        data = entry.data
        if entry.kind != "decision" or data.get("decision") != "escalated":
            continue
        if group is not None and group_name(data.get("group_id")) != group:
            continue
        if event_date(data, entry, zone) not in month:
            continue
        ticket = str(data.get("ticket"))
        tickets.add(ticket)
        classification = data.get("classification") or {}
        for reason in classification.get("escalations") or ():
            reasons.setdefault(str(reason), set()).add(ticket)
    counts = {reason: len(t) for reason, t in reasons.items()}
    return len(tickets), dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def month_cases(
    entries: Sequence[LogEntry], month: Month, *, timezone: str, group: str | None = None
) -> list[Timeline]:
    """The cases received in `month` (in their month-end state), for sampling."""
    zone = ZoneInfo(timezone)
    out = []
    for line in timelines(entries, zone):
        state = line.on(month.last)
        if state is None or state.received_on not in month:
            continue
        if group is not None and state.group != group:
            continue
        out.append(line)
    return out
