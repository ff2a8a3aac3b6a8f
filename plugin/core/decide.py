"""snapshot + case + policy + calendar → Decision: what to change on the ticket, and why (pure).

The decision is everything the worker needs: the ticket changes (tags, fields, one internal note,
group, priority), the next case state, and the ledger record that explains it. It never reads the
clock: times come from the snapshot (the event's own time), so re-deciding the same event after a
crash gives the same decision and the same note reference.

Escalation (shared LEGAL.md): text signals from the classifier, plus process escalations — an
objection under Art. 21(1) (balancing test), an identification request (doubt about identity), an
extension, a refusal, a missed deadline.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from plugin.core import case as cases
from plugin.core.case import CaseState, Snapshot
from plugin.core.classify import Classification, classify
from plugin.core.deadlines import Calendar, Deadline, DeadlineRules, Suspension, compute_deadline, days_left
from plugin.core.rights import LANGUAGES

Classifier = Callable[[str, str, str | None], Classification]

# The GDPR status field's options (plugin.helpdesk.definitions.STATUSES), each also a tag.
STATUS_CODES = (cases.OPEN, cases.ID_REQUESTED, cases.EXTENDED, cases.REFUSED, cases.COMPLETED)

# Events that end a ticket's life in the helpdesk: recorded, nothing to change.
TERMINAL_EVENTS = frozenset(
    {
        "ticket.soft_deleted",
        "ticket.permanently_deleted",
        "ticket.marked_as_spam",
        "ticket.merged",
    }
)


@dataclass(frozen=True, slots=True)
class Policy:
    """The settings a decision depends on (built from Settings at the composition root)."""

    rules: DeadlineRules
    tag_prefix: str = "gdpr_"
    suspend_on_id_request: bool = True
    due_soon_days: int = 5
    escalation_group_id: int | None = None
    default_language: str = "en"
    note_language: str | None = None  # a fixed language for notes; None = the ticket's language

    def tag(self, code: str) -> str:
        return f"{self.tag_prefix}{code}"

    def to_json(self) -> dict[str, Any]:
        return {
            "country": self.rules.country,
            "subdivision": self.rules.subdivision,
            "timezone": self.rules.timezone,
            "extension_rule": self.rules.extension_rule,
            "suspend_on_id_request": self.suspend_on_id_request,
        }


class NoteWriter(Protocol):
    """Renders internal notes in the agent's language (texts live in templates/, not here)."""

    def guidance(
        self,
        *,
        language: str,
        rights: tuple[str, ...],
        received_on: date,
        due_on: date | None,
        escalation_reasons: tuple[str, ...],
        process_escalations: tuple[str, ...],
        extended_due_on: date | None,
        reference: str,
    ) -> str: ...

    def due_soon(self, *, language: str, due_on: date, days_left: int, reference: str) -> str: ...

    def overdue(self, *, language: str, due_on: date, days_overdue: int, reference: str) -> str: ...

    def lifecycle(self, kind: str, *, language: str, reference: str, **values: Any) -> str: ...


@dataclass(frozen=True, slots=True)
class Actions:
    """Changes for one ticket update. Field values are by field key (plugin.helpdesk.definitions)."""

    add_tags: frozenset[str] = frozenset()
    remove_tags: frozenset[str] = frozenset()
    fields: Mapping[str, Any] = field(default_factory=dict)
    note: str | None = None
    group_id: int | None = None
    priority: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.add_tags or self.remove_tags or self.fields or self.note or self.group_id or self.priority)

    def summary(self) -> dict[str, Any]:
        """What the ledger records of the actions: names, never note text."""
        return {
            "tags_added": sorted(self.add_tags),
            "tags_removed": sorted(self.remove_tags),
            "fields": sorted(self.fields),
            "note": self.note is not None,
            "group": self.group_id is not None,
            "priority": self.priority,
        }


@dataclass(frozen=True, slots=True)
class Decision:
    ref: str
    kind: str  # opened | escalated | not_request | lifecycle | unchanged | due_soon | overdue | closed_in_helpdesk
    actions: Actions
    case: CaseState | None
    record: dict[str, Any]
    classification: Classification | None = None


# --------------------------------------------------------------------------------------------------
def local_date(moment: datetime, rules: DeadlineRules) -> date:
    return moment.astimezone(ZoneInfo(rules.timezone)).date()


def _language(snapshot: Snapshot, classification: Classification | None, policy: Policy) -> str:
    if classification is not None and classification.language in LANGUAGES:
        return classification.language
    hint = (snapshot.language_hint or "").lower()[:2]
    return hint if hint in LANGUAGES else policy.default_language


def _note_language(language: str, policy: Policy) -> str:
    return policy.note_language or language


def _deadline(
    case_received_at: datetime,
    suspensions: tuple[tuple[date, date | None], ...],
    policy: Policy,
    calendar: Calendar | None,
) -> Deadline:
    return compute_deadline(
        case_received_at,
        policy.rules,
        calendar,
        suspensions=tuple(Suspension(start, end) for start, end in suspensions),
    )


def _evidence(classification: Classification) -> list[list[Any]]:
    # Rule ids and offsets only: the span text is message text and stays out of the log.
    return [[e.rule, e.kind, e.code, e.field, e.start, e.end] for e in classification.evidence]


def _case_json(case: CaseState | None) -> dict[str, Any] | None:
    if case is None:
        return None

    def d(value: date | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "state": case.state,
        "rights": list(case.rights),
        "escalations": list(case.escalations),
        "language": case.language,
        "received_on": d(case.received_on),
        "due_on": d(case.due_on),
        "extended_due_on": d(case.extended_due_on),
        "extended_on": d(case.extended_on),
        "extension_in_time": case.extension_in_time,
        "refused_on": d(case.refused_on),
        "refusal_notice": case.refusal_notice,
        "answered_on": d(case.answered_on),
        "on_time": case.on_time,
        "suspensions": [[d(s), d(e)] for s, e in case.suspensions],
        "group_id": case.group_id,
        "extension_reasons": list(case.extra.get("extension_reasons", [])),
    }


def _record(
    kind: str,
    ref: str,
    snapshot: Snapshot,
    case: CaseState | None,
    actions: Actions,
    policy: Policy,
    classification: Classification | None,
    **extra: Any,
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "decision": kind,
        "ref": ref,
        "event": snapshot.event_type,
        "event_time": snapshot.event_time.isoformat(),
        "case": _case_json(case),
        "actions": actions.summary(),
        "policy": policy.to_json(),
        "group_id": snapshot.group_id,
    }
    if classification is not None:
        record["classification"] = {
            "is_request": classification.is_request,
            "rights": sorted(classification.rights),
            "escalations": sorted(classification.escalation_reasons),
            "language": classification.language,
            "rules_version": classification.rules_version,
            "evidence": _evidence(classification),
        }
    record.update(extra)
    return record


def _escalation_changes(reasons: tuple[str, ...], policy: Policy) -> tuple[set[str], str | None, int | None]:
    if not reasons:
        return set(), None, None
    tags = {policy.tag("escalated"), *(policy.tag(f"esc_{r}") for r in reasons)}
    priority = "urgent" if "data_breach" in reasons else "high"
    return tags, priority, policy.escalation_group_id


# --------------------------------------------------------------------------------------------------
def decide(
    snapshot: Snapshot,
    case: CaseState | None,
    *,
    policy: Policy,
    calendar: Calendar | None,
    notes: NoteWriter,
    ref: str,
    classifier: Classifier = classify,
) -> Decision:
    """The decision for one event of one ticket."""
    if snapshot.event_type.startswith("sweep."):
        return _sweep(snapshot, case, policy, notes, ref)
    if snapshot.event_type in TERMINAL_EVENTS:
        # Nothing to change in a ticket that is gone; an unanswered case stops being swept (and stays
        # visible as unanswered in the reports).
        after = case.evolve(state=cases.DELETED, decisions=case.decisions + 1) if case and not case.closed else case
        actions = Actions()
        return Decision(
            ref,
            "closed_in_helpdesk",
            actions,
            after,
            _record("closed_in_helpdesk", ref, snapshot, after, actions, policy, None),
        )
    classification = None
    if snapshot.text.strip() or (snapshot.event_type == "ticket.created" and snapshot.subject.strip()):
        classification = classifier(snapshot.subject, snapshot.text, snapshot.language_hint)
    if case is None:
        if classification is not None and classification.is_request:
            return _open_case(snapshot, classification, policy, calendar, notes, ref)
        if classification is not None and classification.escalate:
            return _escalate_only(snapshot, classification, policy, notes, ref)
        actions = Actions()
        return Decision(
            ref,
            "not_request",
            actions,
            None,
            _record("not_request", ref, snapshot, None, actions, policy, classification),
            classification,
        )
    return _update_case(snapshot, case, classification, policy, calendar, notes, ref)


def _open_case(
    snapshot: Snapshot,
    classification: Classification,
    policy: Policy,
    calendar: Calendar | None,
    notes: NoteWriter,
    ref: str,
) -> Decision:
    received_at = (
        snapshot.created_at if snapshot.event_type == "ticket.created" and snapshot.created_at else snapshot.event_time
    )
    deadline = _deadline(received_at, (), policy, calendar)
    rights = tuple(sorted(classification.rights))
    text_reasons = tuple(sorted(classification.escalation_reasons))
    process = ("objection_balancing",) if "objection" in rights else ()
    reasons = text_reasons + process
    language = _language(snapshot, classification, policy)
    case = CaseState(
        ticket_id=snapshot.ticket_id,
        language=language,
        rights=rights,
        escalations=reasons,
        received_at=received_at,
        received_on=deadline.received_on,
        due_on=deadline.due_on,
        extended_due_on=deadline.extended_due_on,
        group_id=snapshot.group_id,
        decisions=1,
    )
    esc_tags, priority, group = _escalation_changes(reasons, policy)
    add = {policy.tag("request"), *(policy.tag(r) for r in rights), policy.tag("open"), *esc_tags}
    fields: dict[str, Any] = {
        "request_type": [policy.tag(r) for r in rights],
        "received_on": deadline.received_on.isoformat(),
        "due_on": deadline.due_on.isoformat() if deadline.due_on else None,
        "extended_due_on": deadline.extended_due_on.isoformat() if deadline.extended_due_on else None,
        "gdpr_status": policy.tag("open"),
    }
    if reasons:
        fields["escalation_reasons"] = sorted(policy.tag(f"esc_{r}") for r in reasons)
    note = notes.guidance(
        language=_note_language(language, policy),
        rights=rights,
        received_on=deadline.received_on,
        due_on=deadline.due_on,
        escalation_reasons=text_reasons,
        process_escalations=process,
        extended_due_on=deadline.extended_due_on,
        reference=ref,
    )
    actions = Actions(frozenset(add), frozenset(), fields, note, group, priority)
    record = _record(
        "opened",
        ref,
        snapshot,
        case,
        actions,
        policy,
        classification,
        deadline_basis=[step.rule for step in deadline.basis],
        holidays=[step.explanation for step in deadline.basis if step.rule == "public_holiday"],
    )
    return Decision(ref, "opened", actions, case, record, classification)


def _escalate_only(
    snapshot: Snapshot, classification: Classification, policy: Policy, notes: NoteWriter, ref: str
) -> Decision:
    """Not a data-subject request, but legal or the DPO must look (police, media, a breach report)."""
    reasons = tuple(sorted(classification.escalation_reasons))
    tags, priority, group = _escalation_changes(reasons, policy)
    language = _language(snapshot, classification, policy)
    note = notes.lifecycle("escalation_only", language=_note_language(language, policy), reference=ref, reasons=reasons)
    actions = Actions(
        frozenset(tags),
        frozenset(),
        {"escalation_reasons": sorted(policy.tag(f"esc_{r}") for r in reasons)},
        note,
        group,
        priority,
    )
    return Decision(
        ref,
        "escalated",
        actions,
        None,
        _record("escalated", ref, snapshot, None, actions, policy, classification),
        classification,
    )


@dataclass
class _Draft:
    """Accumulates the changes of one update before they become Actions."""

    policy: Policy
    add: set[str] = field(default_factory=set)
    remove: set[str] = field(default_factory=set)
    fields: dict[str, Any] = field(default_factory=dict)
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    group_id: int | None = None
    priority: str | None = None

    def escalate(self, case: CaseState, reason: str, *, assign: bool = False) -> CaseState:
        policy = self.policy
        self.add |= {policy.tag("escalated"), policy.tag(f"esc_{reason}")}
        if reason not in case.escalations:
            case = case.evolve(escalations=(*case.escalations, reason))
        self.fields["escalation_reasons"] = sorted(policy.tag(f"esc_{r}") for r in case.escalations)
        if assign:
            self.group_id = policy.escalation_group_id
            # From all of the case's reasons: a breach (Art. 33, 72 hours) keeps a ticket urgent.
            self.priority = "urgent" if "data_breach" in case.escalations else "high"
        return case

    def status(self, code: str) -> None:
        """Set the GDPR status field; its options are tags, so the other status tags go."""
        tag = self.policy.tag(code)
        others = {self.policy.tag(c) for c in STATUS_CODES if c != code}
        self.fields["gdpr_status"] = tag
        self.add = (self.add - others) | {tag}
        self.remove = (self.remove | others) - {tag}

    def dates(self, case: CaseState) -> None:
        self.fields["due_on"] = case.due_on.isoformat() if case.due_on else None
        self.fields["extended_due_on"] = case.extended_due_on.isoformat() if case.extended_due_on else None


def _update_case(
    snapshot: Snapshot,
    case: CaseState,
    classification: Classification | None,
    policy: Policy,
    calendar: Calendar | None,
    notes: NoteWriter,
    ref: str,
) -> Decision:
    today = local_date(snapshot.event_time, policy.rules)
    present = (snapshot.tags | snapshot.tags_added) - snapshot.tags_removed
    has = {
        code: policy.tag(code) in present
        for code in ("id_requested", "extended", "refused", "completed", "authority_notice")
    }
    draft = _Draft(policy)
    new = case
    suspended = bool(new.suspensions) and new.suspensions[-1][1] is None
    customer_wrote = bool(snapshot.text.strip())
    # Zendesk delivers webhooks in no particular order: the tags of an event older than the last
    # one applied describe the past, so they change no lifecycle state (its text still counts).
    last = case.extra.get("last_event_time")
    stale = last is not None and snapshot.event_time.isoformat() < last
    if stale:
        has = dict.fromkeys(has, False)
    else:
        new = new.evolve(extra={**new.extra, "last_event_time": snapshot.event_time.isoformat()})

    # Identification: the clock stops when it is asked for and runs again when the customer answers.
    if suspended and not new.closed and (customer_wrote or (not stale and not has["id_requested"])):
        suspensions = (*new.suspensions[:-1], (new.suspensions[-1][0], today))
        deadline = _deadline(new.received_at, suspensions, policy, calendar)
        new = new.evolve(
            suspensions=suspensions,
            due_on=deadline.due_on,
            extended_due_on=deadline.extended_due_on,
            state=cases.EXTENDED if new.extended_on else cases.OPEN,
        )
        draft.remove.add(policy.tag("id_requested"))
        draft.status(new.state)
        draft.dates(new)
        draft.kinds.append("resumed")
        draft.notes.append(
            (
                "resumed",
                {
                    "resumed_on": today,
                    "due_on": new.effective_due_on,
                    "suspended_days": (today - suspensions[-1][0]).days,
                },
            )
        )
    elif (
        has["id_requested"]
        and new.state in (cases.OPEN, cases.EXTENDED)
        and not suspended
        and not any(end == today for _, end in new.suspensions)
    ):
        new = draft.escalate(new, "identity_doubt")
        if policy.suspend_on_id_request:
            suspensions = (*new.suspensions, (today, None))
            new = new.evolve(suspensions=suspensions, due_on=None, extended_due_on=None)
        new = new.evolve(state=cases.ID_REQUESTED)
        draft.status(cases.ID_REQUESTED)
        draft.kinds.append("id_requested")
        draft.notes.append(("suspended" if policy.suspend_on_id_request else "id_requested", {"since": today}))

    if has["extended"] and new.extended_on is None and not new.closed:
        first_due = new.due_on
        in_time = first_due is None or today <= first_due
        new = new.evolve(
            extended_on=today, extension_in_time=in_time, state=cases.EXTENDED if new.state == cases.OPEN else new.state
        )
        new = draft.escalate(new, "extension")
        if new.state == cases.EXTENDED:
            draft.status(cases.EXTENDED)
        draft.kinds.append("extended")
        draft.notes.append(
            ("extended" if in_time else "extended_late", {"extended_due_on": new.extended_due_on, "due_on": first_due})
        )

    # Why it was extended (Art. 12(3)): the agent picks the reasons in the extension-reason field.
    reasons = sorted(t.removeprefix(policy.tag("ext_")) for t in present if t.startswith(policy.tag("ext_")))
    if new.extended_on is not None and reasons != new.extra.get("extension_reasons", []):
        new = new.evolve(extra={**new.extra, "extension_reasons": reasons})
        if "extended" not in draft.kinds:
            draft.kinds.append("extension_reasons")

    if has["refused"] and new.refused_on is None:
        # A refusal is due within one month (Art. 12(4)): an extension does not cover it. An answer
        # given earlier keeps its date and timeliness; the refusal is recorded beside it.
        first_month = new.due_on
        new = _close_suspension(new, today, policy, calendar)
        new = new.evolve(
            refused_on=today,
            refusal_notice=has["authority_notice"],
            answered_on=new.answered_on or today,
            on_time=new.on_time if new.answered_on else (first_month is None or today <= first_month),
            state=cases.REFUSED,
        )
        new = draft.escalate(new, "refusal")
        draft.status(cases.REFUSED)
        draft.remove |= {policy.tag("due_soon"), policy.tag("overdue")}
        draft.kinds.append("refused")
        if not has["authority_notice"]:
            draft.notes.append(("refused_without_notice", {}))
    elif (has["completed"] or snapshot.status == "solved") and new.answered_on is None:
        new = _close_suspension(new, today, policy, calendar)
        due = new.effective_due_on
        on_time = due is None or today <= due
        new = new.evolve(answered_on=today, on_time=on_time, state=cases.COMPLETED)
        draft.remove |= {policy.tag("due_soon"), policy.tag("overdue")}
        draft.status(cases.COMPLETED)
        draft.kinds.append("completed")
        if not on_time:
            draft.notes.append(("answered_late", {"due_on": due, "answered_on": today}))

    if classification is not None and customer_wrote:
        new = _new_rights(snapshot, new, classification, draft, policy, calendar)

    return _finish(snapshot, case, new, classification, draft, policy, notes, ref)


def _close_suspension(case: CaseState, today: date, policy: Policy, calendar: Calendar | None) -> CaseState:
    """End an open suspension (the case is being answered or refused while identification was pending)."""
    if not case.suspensions or case.suspensions[-1][1] is not None:
        return case
    suspensions = (*case.suspensions[:-1], (case.suspensions[-1][0], today))
    deadline = _deadline(case.received_at, suspensions, policy, calendar)
    return case.evolve(suspensions=suspensions, due_on=deadline.due_on, extended_due_on=deadline.extended_due_on)


def _new_rights(
    snapshot: Snapshot,
    case: CaseState,
    classification: Classification,
    draft: _Draft,
    policy: Policy,
    calendar: Calendar | None,
) -> CaseState:
    """A follow-up message that exercises another right (or reopens a closed case) or adds a signal."""
    added = tuple(sorted(set(classification.rights) - set(case.rights))) if classification.is_request else ()
    for reason in sorted(set(classification.escalation_reasons) - set(case.escalations)):
        case = draft.escalate(case, reason, assign=True)
        draft.kinds.append("escalation_added")
    if not added:
        return case
    if case.closed:
        # A new request on an answered ticket: a new receipt, a new month.
        deadline = _deadline(snapshot.event_time, (), policy, calendar)
        case = case.evolve(
            received_at=snapshot.event_time,
            received_on=deadline.received_on,
            due_on=deadline.due_on,
            extended_due_on=deadline.extended_due_on,
            state=cases.OPEN,
            answered_on=None,
            on_time=None,
            refused_on=None,
            refusal_notice=None,
            extended_on=None,
            extension_in_time=None,
            suspensions=(),
            due_soon_noted=False,
            overdue_noted=False,
        )
        draft.remove |= {policy.tag(c) for c in ("completed", "refused", "extended", "due_soon", "overdue")}
        draft.status(cases.OPEN)
        draft.dates(case)
        draft.fields["received_on"] = case.received_on.isoformat()
        draft.kinds.append("reopened")
    case = case.evolve(rights=tuple(sorted({*case.rights, *added})))
    if "objection" in added:
        case = draft.escalate(case, "objection_balancing")
    draft.add |= {policy.tag("request"), *(policy.tag(r) for r in added)}
    draft.fields["request_type"] = [policy.tag(r) for r in case.rights]
    draft.kinds.append("rights_added")
    received_on = local_date(snapshot.event_time, policy.rules)
    due = _deadline(snapshot.event_time, (), policy, calendar)
    draft.notes.append(
        (
            "guidance",
            {"rights": added, "received_on": received_on, "due_on": due.due_on, "extended_due_on": due.extended_due_on},
        )
    )
    return case


def _finish(
    snapshot: Snapshot,
    before: CaseState,
    case: CaseState,
    classification: Classification | None,
    draft: _Draft,
    policy: Policy,
    notes: NoteWriter,
    ref: str,
) -> Decision:
    if not draft.kinds:
        actions = Actions()
        return Decision(
            ref,
            "unchanged",
            actions,
            before,
            _record("unchanged", ref, snapshot, before, actions, policy, classification),
            classification,
        )
    language = _note_language(case.language, policy)
    rendered = []
    for index, (kind, values) in enumerate(draft.notes):
        reference = ref if index == len(draft.notes) - 1 else ""
        if kind == "guidance":
            text_reasons = tuple(r for r in case.escalations if r not in ("objection_balancing",))
            rendered.append(
                notes.guidance(
                    language=language,
                    rights=values["rights"],
                    received_on=values["received_on"],
                    due_on=values["due_on"],
                    escalation_reasons=text_reasons,
                    process_escalations=("objection_balancing",) if "objection" in values["rights"] else (),
                    extended_due_on=values["extended_due_on"],
                    reference=reference,
                )
            )
        else:
            rendered.append(notes.lifecycle(kind, language=language, reference=reference, **values))
    case = case.evolve(decisions=before.decisions + 1)
    if case.effective_due_on != before.effective_due_on:
        # A new deadline (resumed clock, extension): warn again before it, and escalate after it.
        case = case.evolve(due_soon_noted=False, overdue_noted=False)
    add = draft.add - draft.remove
    actions = Actions(
        frozenset(add),
        frozenset(draft.remove - add),
        draft.fields,
        "\n\n".join(rendered) if rendered else None,
        draft.group_id,
        draft.priority,
    )
    return Decision(
        ref,
        "lifecycle",
        actions,
        case,
        _record("lifecycle", ref, snapshot, case, actions, policy, classification, changes=draft.kinds),
        classification,
    )


def _sweep(snapshot: Snapshot, case: CaseState | None, policy: Policy, notes: NoteWriter, ref: str) -> Decision:
    """The deadline sweeper's events: a case due soon (once), a case overdue (once)."""
    kind = "unchanged"
    actions = Actions()
    new = case
    if case is not None and not case.closed and case.effective_due_on is not None:
        today = local_date(snapshot.event_time, policy.rules)
        due = case.effective_due_on
        left = days_left(today, due)
        language = _note_language(case.language, policy)
        if snapshot.event_type == "sweep.overdue" and left < 0 and not case.overdue_noted:
            draft = _Draft(policy)
            new = draft.escalate(case, "overdue", assign=True).evolve(overdue_noted=True, decisions=case.decisions + 1)
            draft.add.add(policy.tag("overdue"))
            draft.remove.add(policy.tag("due_soon"))
            note = notes.overdue(language=language, due_on=due, days_overdue=-left, reference=ref)
            actions = Actions(
                frozenset(draft.add), frozenset(draft.remove), draft.fields, note, draft.group_id, draft.priority
            )
            kind = "overdue"
        elif snapshot.event_type == "sweep.due_soon" and 0 <= left <= policy.due_soon_days and not case.due_soon_noted:
            new = case.evolve(due_soon_noted=True, decisions=case.decisions + 1)
            note = notes.due_soon(language=language, due_on=due, days_left=left, reference=ref)
            actions = Actions(frozenset({policy.tag("due_soon")}), frozenset(), {}, note)
            kind = "due_soon"
    return Decision(ref, kind, actions, new, _record(kind, ref, snapshot, new, actions, policy, None))
