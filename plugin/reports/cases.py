"""Cases as the log records them: every decision entry's case object, grouped by case (pure).

A *case* is one request on one ticket: the key is (ticket ref, received_on) of the `case` object in
`decision` entries — a ticket answered and then asked again opens a second case with a new receipt
date. The *state of a case on a day* is the `case` object of the last decision entry (by seq) about
that case whose event happened on or before that day (the local date of `event_time`, in the time
zone the decision recorded under `policy.timezone`). docs/reports.md defines every figure from these.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo

NO_GROUP = "none"


class LogEntry(Protocol):
    """What the reports read of an entry: plugin.ledger.Entry, or an exported line's `entry`."""

    @property
    def seq(self) -> int: ...
    @property
    def time(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def data(self) -> Mapping[str, Any]: ...


@dataclass(frozen=True, slots=True)
class Row:
    """A plain log entry (for entries read from an export)."""

    seq: int
    time: str
    kind: str
    data: Mapping[str, Any]

    @classmethod
    def from_json(cls, entry: Mapping[str, Any]) -> Row:
        return cls(int(entry["seq"]), str(entry["time"]), str(entry["kind"]), entry["data"])


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def group_name(value: Any) -> str:
    return NO_GROUP if value is None or value == "" else str(value)


def _reasons(record: Mapping[str, Any], case: Mapping[str, Any]) -> tuple[str, ...] | None:
    for source in (record, case):
        value = source.get("extension_reasons")
        if isinstance(value, str) and value:
            return (value,)
        if isinstance(value, list | tuple) and value:
            return tuple(str(v) for v in value)
    return None


@dataclass(frozen=True, slots=True)
class CaseAt:
    """One case as one decision entry records it."""

    ticket: str
    seq: int
    decision: str
    event_on: date
    state: str
    rights: tuple[str, ...]
    language: str
    escalations: tuple[str, ...]
    group: str
    received_on: date
    due_on: date | None
    extended_due_on: date | None
    extended_on: date | None
    extension_in_time: bool | None
    refused_on: date | None
    refusal_notice: bool | None
    answered_on: date | None
    extension_reasons: tuple[str, ...] | None

    @property
    def key(self) -> tuple[str, date]:
        return self.ticket, self.received_on

    @property
    def deadline(self) -> date | None:
        """The date the answer was owed by: the extended date only for an extension announced in time."""
        if self.extended_on is not None and self.extension_in_time is True:
            return self.extended_due_on
        return self.due_on

    @property
    def answered(self) -> bool:
        return self.answered_on is not None

    @property
    def on_time(self) -> bool | None:
        """None while unanswered; an answer given while the clock was stopped (no deadline) is on time."""
        if self.answered_on is None:
            return None
        deadline = self.deadline
        return deadline is None or self.answered_on <= deadline

    @property
    def days_to_answer(self) -> int | None:
        return None if self.answered_on is None else (self.answered_on - self.received_on).days


def case_at(entry: LogEntry, zone: ZoneInfo) -> CaseAt | None:
    """The case a decision entry records, or None (not a decision, or no case)."""
    if entry.kind != "decision":
        return None
    record = entry.data
    case = record.get("case")
    ticket = record.get("ticket")
    received_on = _date(case.get("received_on")) if isinstance(case, Mapping) else None
    if not isinstance(case, Mapping) or not isinstance(ticket, str) or received_on is None:
        return None
    return CaseAt(
        ticket=ticket,
        seq=entry.seq,
        decision=str(record.get("decision", "")),
        event_on=event_date(record, entry, zone),
        state=str(case.get("state", "")),
        rights=tuple(case.get("rights") or ()),
        language=str(case.get("language") or "und"),
        escalations=tuple(case.get("escalations") or ()),
        group=group_name(case.get("group_id")),
        received_on=received_on,
        due_on=_date(case.get("due_on")),
        extended_due_on=_date(case.get("extended_due_on")),
        extended_on=_date(case.get("extended_on")),
        extension_in_time=case.get("extension_in_time"),
        refused_on=_date(case.get("refused_on")),
        refusal_notice=case.get("refusal_notice"),
        answered_on=_date(case.get("answered_on")),
        extension_reasons=_reasons(record, case),
    )


def decision_zone(record: Mapping[str, Any], default: ZoneInfo) -> ZoneInfo:
    policy = record.get("policy")
    name = policy.get("timezone") if isinstance(policy, Mapping) else None
    if isinstance(name, str) and name:
        try:
            return ZoneInfo(name)
        except (KeyError, ValueError):
            return default
    return default


def event_date(record: Mapping[str, Any], entry: LogEntry, default: ZoneInfo) -> date:
    """Local date of a decision's event (its `event_time`, else the entry's time)."""
    text = record.get("event_time")
    moment = parse_time(text) if isinstance(text, str) and text else parse_time(entry.time)
    return moment.astimezone(decision_zone(record, default)).date()


@dataclass
class Timeline:
    """Every recorded state of one case, in log order."""

    states: list[CaseAt]

    @property
    def key(self) -> tuple[str, date]:
        return self.states[0].key

    def on(self, day: date) -> CaseAt | None:
        """The case's state at the end of `day`: its last recorded state with an event on or before it."""
        found = None
        for state in self.states:
            if state.event_on <= day:
                found = state
        return found


def timelines(entries: Iterable[LogEntry], zone: ZoneInfo) -> list[Timeline]:
    """Cases in order of their first decision entry."""
    found: dict[tuple[str, date], Timeline] = {}
    for entry in entries:
        state = case_at(entry, zone)
        if state is None:
            continue
        line = found.get(state.key)
        if line is None:
            found[state.key] = Timeline([state])
        else:
            line.states.append(state)
    return list(found.values())
