"""The pure decision: new cases, lifecycle transitions, sweeps — table-driven, with the real classifier."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from plugin.core import case as cases
from plugin.core.case import CaseState, Snapshot
from plugin.core.deadlines import DeadlineRules, FixedCalendar
from plugin.core.decide import Policy, decide
from plugin.notes import Notes

POLICY = Policy(rules=DeadlineRules("BE", None, "Europe/Brussels"), escalation_group_id=777)
CALENDAR = FixedCalendar("BE", {date(2026, 12, 25): "Christmas Day", date(2027, 1, 1): "New Year's Day"})
NOTES = Notes()
T0 = datetime(2026, 11, 28, 14, 58, tzinfo=UTC)  # a Saturday afternoon in Brussels


def snap(
    event_type: str = "ticket.created",
    *,
    text: str = "",
    subject: str = "",
    at: datetime = T0,
    tags: frozenset[str] = frozenset(),
    status: str | None = None,
    **extra: object,
) -> Snapshot:
    return Snapshot(
        ticket_id=42,
        event_type=event_type,
        event_time=at,
        subject=subject,
        text=text,
        tags=tags,
        status=status,
        created_at=T0,
        **extra,
    )  # type: ignore[arg-type]


def run(snapshot: Snapshot, case: CaseState | None = None, policy: Policy = POLICY):
    return decide(snapshot, case, policy=policy, calendar=CALENDAR, notes=NOTES, ref="r-1")


def opened(
    text: str = "Please send me a copy of all personal data you hold about me (Article 15 GDPR).", **kw: object
) -> CaseState:
    decision = run(snap(text=text, **kw))  # type: ignore[arg-type]
    assert decision.case is not None
    return decision.case


def test_new_request_opens_a_case_with_tags_fields_and_one_note() -> None:
    decision = run(snap(subject="Data request", text="Under Article 15 GDPR, send me a copy of my personal data."))
    assert decision.kind == "opened"
    assert decision.case is not None and decision.case.rights == ("access",)
    assert decision.case.received_on == date(2026, 11, 28)
    assert decision.case.due_on == date(2026, 12, 28)  # a Monday: no shift
    actions = decision.actions
    assert {"gdpr_request", "gdpr_access", "gdpr_open"} <= actions.add_tags
    assert actions.fields["due_on"] == "2026-12-28" and actions.fields["received_on"] == "2026-11-28"
    assert actions.fields["request_type"] == ["gdpr_access"]
    assert actions.note is not None and actions.note.rstrip().endswith("gdpr-desk ref: r-1")
    assert actions.group_id is None and actions.priority is None
    record = decision.record
    assert record["classification"]["rights"] == ["access"]
    assert "copy of my personal data" not in str(record)  # no message text in the ledger record
    assert all(len(ev) == 6 for ev in record["classification"]["evidence"])


def test_receipt_is_the_local_date_of_ticket_creation() -> None:
    late = datetime(2026, 11, 29, 23, 30, tzinfo=UTC)  # 00:30 on 30 November in Brussels
    decision = decide(
        Snapshot(42, "ticket.created", late, text="Delete my account and all my personal data.", created_at=late),
        None,
        policy=POLICY,
        calendar=CALENDAR,
        notes=NOTES,
        ref="r",
    )
    assert decision.case is not None and decision.case.received_on == date(2026, 11, 30)


def test_not_a_request_changes_nothing() -> None:
    decision = run(snap(text="Hi, where is my parcel? Order 5512 was due on Monday."))
    assert decision.kind == "not_request" and decision.actions.empty and decision.case is None


def test_escalation_assigns_group_and_priority() -> None:
    decision = run(snap(text="Delete all my personal data now or I will file a complaint with the ICO."))
    assert decision.case is not None and "dpa_complaint" in decision.case.escalations
    assert {"gdpr_escalated", "gdpr_esc_dpa_complaint"} <= decision.actions.add_tags
    assert decision.actions.group_id == 777 and decision.actions.priority == "high"


def test_objection_is_escalated_for_the_balancing_test() -> None:
    decision = run(snap(text="I object to the processing of my data for profiling based on your legitimate interest."))
    assert decision.case is not None
    assert "objection" in decision.case.rights and "objection_balancing" in decision.case.escalations


@pytest.mark.parametrize(
    ("tags", "status", "state", "check"),
    [
        ({"gdpr_extended"}, None, cases.EXTENDED, lambda c: c.extension_in_time is True),
        ({"gdpr_refused", "gdpr_authority_notice"}, "solved", cases.REFUSED, lambda c: c.refusal_notice is True),
        ({"gdpr_refused"}, "solved", cases.REFUSED, lambda c: c.refusal_notice is False),
        ({"gdpr_completed"}, "solved", cases.COMPLETED, lambda c: c.on_time is True),
        (set(), "solved", cases.COMPLETED, lambda c: c.answered_on == date(2026, 12, 10)),
        ({"gdpr_id_requested"}, "pending", cases.ID_REQUESTED, lambda c: c.due_on is None),
    ],
)
def test_lifecycle_transitions(tags: set[str], status: str | None, state: str, check) -> None:
    case = opened()
    at = datetime(2026, 12, 10, 9, 0, tzinfo=UTC)
    decision = run(
        snap(
            "ticket.updated", at=at, status=status, tags=frozenset({"gdpr_request", "gdpr_access", "gdpr_open", *tags})
        ),
        case,
    )
    assert decision.kind == "lifecycle"
    assert decision.case is not None and decision.case.state == state
    assert check(decision.case)
    assert decision.actions.fields.get("gdpr_status") == f"gdpr_{state}"
    assert "gdpr_open" in decision.actions.remove_tags
    assert decision.case.decisions == case.decisions + 1


def test_refusal_without_the_authority_notice_warns_the_agent() -> None:
    decision = run(
        snap(
            "ticket.updated",
            at=T0 + timedelta(days=5),
            status="solved",
            tags=frozenset({"gdpr_request", "gdpr_refused"}),
        ),
        opened(),
    )
    assert decision.actions.note is not None and "Art. 12(4)" in decision.actions.note
    assert "refusal" in decision.case.escalations  # type: ignore[union-attr]


def test_extension_after_the_first_month_is_flagged() -> None:
    at = datetime(2027, 1, 5, 9, 0, tzinfo=UTC)
    decision = run(snap("ticket.updated", at=at, tags=frozenset({"gdpr_request", "gdpr_extended"})), opened())
    assert decision.case is not None and decision.case.extension_in_time is False
    assert decision.actions.note is not None and "WARNING" in decision.actions.note


def test_identification_suspends_and_the_answer_resumes_with_a_later_due_date() -> None:
    case = opened()
    asked = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
    suspended = run(snap("ticket.updated", at=asked, tags=frozenset({"gdpr_request", "gdpr_id_requested"})), case)
    assert suspended.case is not None and suspended.case.due_on is None
    assert "identity_doubt" in suspended.case.escalations
    answered = datetime(2026, 12, 8, 10, 0, tzinfo=UTC)
    resumed = run(
        snap(
            "ticket.updated",
            at=answered,
            text="Here is my customer number 4417.",
            tags=frozenset({"gdpr_request", "gdpr_id_requested"}),
        ),
        suspended.case,
    )
    assert resumed.case is not None and resumed.case.state == cases.OPEN
    assert resumed.case.due_on == date(2027, 1, 4)  # 28 Dec + 7 days = 4 Jan 2027 (a Monday)
    assert "gdpr_id_requested" in resumed.actions.remove_tags
    assert resumed.actions.fields["due_on"] == "2027-01-04"


def test_follow_up_with_a_new_right_adds_it() -> None:
    later = T0 + timedelta(days=3)
    decision = run(
        snap(
            "ticket.updated",
            at=later,
            text="And also delete my account and every data you have.",
            tags=frozenset({"gdpr_request", "gdpr_access"}),
        ),
        opened(),
    )
    assert decision.case is not None and set(decision.case.rights) == {"access", "erasure"}
    assert "gdpr_erasure" in decision.actions.add_tags
    assert decision.actions.fields["request_type"] == ["gdpr_access", "gdpr_erasure"]


def test_repeating_the_same_update_is_unchanged() -> None:
    case = opened()
    tags = frozenset({"gdpr_request", "gdpr_access", "gdpr_extended"})
    first = run(snap("ticket.updated", at=T0 + timedelta(days=4), tags=tags), case)
    again = run(snap("ticket.updated", at=T0 + timedelta(days=5), tags=tags), first.case)
    assert again.kind == "unchanged" and again.actions.empty and again.case == first.case


def test_same_inputs_same_decision() -> None:
    a, b = run(snap(text="Stop sending me newsletters.")), run(snap(text="Stop sending me newsletters."))
    assert a.actions == b.actions and a.record == b.record


@pytest.mark.parametrize(
    ("sweep", "days_after", "kind", "tag"),
    [("sweep.due_soon", 27, "due_soon", "gdpr_due_soon"), ("sweep.overdue", 31, "overdue", "gdpr_overdue")],
)
def test_sweeps_mark_once(sweep: str, days_after: int, kind: str, tag: str) -> None:
    case = opened()
    at = T0 + timedelta(days=days_after)
    first = run(Snapshot(42, sweep, at), case)
    assert first.kind == kind and tag in first.actions.add_tags and first.actions.note
    second = run(Snapshot(42, sweep, at + timedelta(hours=1)), first.case)
    assert second.kind == "unchanged" and second.actions.empty


def test_overdue_sweep_escalates_to_legal() -> None:
    decision = run(Snapshot(42, "sweep.overdue", T0 + timedelta(days=40)), opened())
    assert decision.case is not None and "overdue" in decision.case.escalations
    assert decision.actions.group_id == 777 and decision.actions.priority == "high"


def test_sweep_ignores_closed_and_suspended_cases() -> None:
    closed = opened().evolve(state=cases.COMPLETED, answered_on=date(2026, 12, 1))
    suspended = opened().evolve(due_on=None, extended_due_on=None, state=cases.ID_REQUESTED)
    for case in (closed, suspended):
        assert run(Snapshot(42, "sweep.overdue", T0 + timedelta(days=60)), case).kind == "unchanged"


def test_deleted_ticket_is_recorded_without_actions() -> None:
    decision = run(snap("ticket.soft_deleted"), opened())
    assert decision.kind == "closed_in_helpdesk" and decision.actions.empty
    assert decision.case is not None and decision.case.state == cases.DELETED and decision.case.closed
    assert decision.case.answered_on is None


def test_extension_reasons_come_from_the_agents_field() -> None:
    tags = frozenset({"gdpr_request", "gdpr_extended", "gdpr_ext_complexity"})
    extended = run(snap("ticket.updated", at=T0 + timedelta(days=10), tags=tags), opened())
    assert extended.case is not None and extended.case.extra["extension_reasons"] == ["complexity"]
    assert extended.record["case"]["extension_reasons"] == ["complexity"]
    more = run(
        snap("ticket.updated", at=T0 + timedelta(days=11), tags=tags | {"gdpr_ext_number_of_requests"}), extended.case
    )
    assert more.kind == "lifecycle"
    assert more.record["case"]["extension_reasons"] == ["complexity", "number_of_requests"]


# -- regressions found in review ---------------------------------------------------------------------
def test_answered_case_is_not_reopened_by_a_later_message_after_a_suspension() -> None:
    asked = run(
        snap("ticket.updated", at=T0 + timedelta(days=2), tags=frozenset({"gdpr_request", "gdpr_id_requested"})),
        opened(),
    )
    done = run(
        snap(
            "ticket.updated",
            at=T0 + timedelta(days=9),
            status="solved",
            tags=frozenset({"gdpr_request", "gdpr_completed"}),
        ),
        asked.case,
    )
    assert done.case is not None and done.case.state == cases.COMPLETED
    assert done.case.suspensions[-1][1] is not None  # the suspension was closed with the answer
    thanks = run(
        snap(
            "ticket.updated",
            at=T0 + timedelta(days=10),
            text="Thanks a lot!",
            tags=frozenset({"gdpr_request", "gdpr_completed"}),
        ),
        done.case,
    )
    assert thanks.case is not None and thanks.case.state == cases.COMPLETED
    assert "gdpr_completed" not in thanks.actions.remove_tags


def test_refusal_after_an_answer_keeps_the_answer_date() -> None:
    done = run(
        snap(
            "ticket.updated",
            at=T0 + timedelta(days=10),
            status="solved",
            tags=frozenset({"gdpr_request", "gdpr_completed"}),
        ),
        opened(),
    )
    refused = run(
        snap(
            "ticket.updated",
            at=T0 + timedelta(days=60),
            tags=frozenset({"gdpr_request", "gdpr_refused", "gdpr_authority_notice"}),
        ),
        done.case,
    )
    assert refused.case is not None and refused.case.refused_on == date(2027, 1, 27)
    assert refused.case.answered_on == date(2026, 12, 8) and refused.case.on_time is True


def test_a_refusal_is_due_within_the_first_month_even_after_an_extension() -> None:
    extended = run(
        snap("ticket.updated", at=T0 + timedelta(days=10), tags=frozenset({"gdpr_request", "gdpr_extended"})), opened()
    )
    refused = run(
        snap(
            "ticket.updated",
            at=T0 + timedelta(days=45),
            tags=frozenset({"gdpr_request", "gdpr_extended", "gdpr_refused", "gdpr_authority_notice"}),
        ),
        extended.case,
    )
    assert refused.case is not None and refused.case.on_time is False  # Art. 12(4): one month


def test_tags_of_an_older_event_do_not_change_the_state() -> None:
    later = T0 + timedelta(days=5)
    extended = run(snap("ticket.updated", at=later, tags=frozenset({"gdpr_request", "gdpr_extended"})), opened())
    older = run(
        snap("ticket.updated", at=later - timedelta(hours=2), tags=frozenset({"gdpr_request", "gdpr_id_requested"})),
        extended.case,
    )
    assert older.kind == "unchanged" and older.case == extended.case


def test_a_moved_deadline_is_warned_about_again() -> None:
    soon = run(Snapshot(42, "sweep.due_soon", T0 + timedelta(days=27)), opened())
    assert soon.case is not None and soon.case.due_soon_noted
    extended = run(
        snap("ticket.updated", at=T0 + timedelta(days=28), tags=frozenset({"gdpr_request", "gdpr_extended"})), soon.case
    )
    assert extended.case is not None and not extended.case.due_soon_noted
    again = run(Snapshot(42, "sweep.due_soon", T0 + timedelta(days=88)), extended.case)
    assert again.kind == "due_soon"


def test_a_breach_ticket_stays_urgent_when_it_also_becomes_overdue() -> None:
    case = opened("Someone else's invoice with my name showed up in my account: a data leak? Send me all my data.")
    assert "data_breach" in case.escalations
    overdue = run(Snapshot(42, "sweep.overdue", T0 + timedelta(days=40)), case)
    assert overdue.actions.priority == "urgent"
