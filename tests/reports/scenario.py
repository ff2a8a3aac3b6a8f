"""Scenario definitions for the report tests, and a ledger generated from them through the real path.

Each Scenario is one ticket with one request and what happens to it, in days after receipt. The
generator turns scenarios into helpdesk events, runs each through `plugin.core.decide.decide` (with
a classifier that answers from the scenario table) and appends the records exactly as
plugin/worker.py `_complete` does, receipts exactly as plugin/app.py `record_receipt` does.
expect.py computes the expected figures from the same scenarios without any report code.
"""

from __future__ import annotations

import calendar
import hashlib
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import holidays

from plugin.core.calendars import holiday_calendar
from plugin.core.case import CaseState, Snapshot
from plugin.core.classify import Classification
from plugin.core.deadlines import DeadlineRules
from plugin.core.decide import Decision, Policy, decide
from plugin.ledger import privacy
from plugin.ledger.store import Ledger
from plugin.notes import Notes
from plugin.storage.db import Tx

TIMEZONE = "Europe/Brussels"
ZONE = ZoneInfo(TIMEZONE)
PSEUDONYM_KEY = b"reports-test-pseudonym-key"
POLICY = Policy(rules=DeadlineRules("BE", None, TIMEZONE), escalation_group_id=900)
FIRST_DAY = date(2026, 1, 2)
LAST_RECEIPT = date(2026, 3, 31)
HORIZON = date(2026, 4, 15)  # nothing happens after this day: the log ends here
MONTHS = ("2026-01", "2026-02", "2026-03")
GROUPS = (101, 202, 303, None)  # in-house, partner A, partner B, no group
LANGUAGES = ("en", "fr", "nl", "de", "es", "it")

# Request texts (the classifier is injected, so texts only need to read like real messages).
TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "access": "Hello, what personal data do you hold about me? Please send me a copy.",
        "erasure": "Please delete my account and every piece of data you have about me.",
        "direct_marketing": "Stop sending me your newsletters and promotional texts, now.",
        "portability": "I am moving to another provider: please send my data as CSV.",
        "objection": "I object to you using my purchase history to profile me for ads.",
        "rectification": "My date of birth in your records is wrong, it should be 14 May 1987.",
    },
    "fr": {
        "access": "Bonjour, je voudrais savoir quelles données vous avez sur moi.",
        "erasure": "Merci d'effacer mon compte et toutes mes données personnelles.",
        "direct_marketing": "Je ne veux plus recevoir vos offres par SMS ni par e-mail.",
        "portability": "Pouvez-vous m'envoyer mes données dans un fichier CSV ?",
        "objection": "Je m'oppose au profilage publicitaire basé sur mes achats.",
        "rectification": "Mon nom est mal orthographié chez vous : c'est Lefèvre, pas Lefevre.",
    },
    "nl": {
        "access": "Graag ontvang ik een overzicht van alle gegevens die u over mij bewaart.",
        "erasure": "Verwijder alstublieft mijn account en al mijn gegevens.",
        "direct_marketing": "Ik wil geen reclamemails meer ontvangen, haal me van de lijst.",
        "portability": "Stuur mijn gegevens in een bestand zodat ik kan overstappen.",
        "objection": "Ik maak bezwaar tegen het gebruik van mijn gegevens voor profilering.",
        "rectification": "Mijn adres klopt niet meer, het is nu Kerkstraat 12 in Gent.",
    },
    "de": {
        "access": "Bitte teilen Sie mir mit, welche Daten Sie über mich gespeichert haben.",
        "erasure": "Bitte löschen Sie mein Konto und alle meine Daten.",
        "direct_marketing": "Ich möchte keine Werbung mehr von Ihnen erhalten.",
        "portability": "Bitte schicken Sie mir meine Daten in einem maschinenlesbaren Format.",
        "objection": "Ich widerspreche der Auswertung meiner Einkäufe für Werbezwecke.",
        "rectification": "Mein Geburtsdatum ist falsch gespeichert, bitte korrigieren Sie es.",
    },
    "es": {
        "access": "Quisiera saber qué datos personales tienen ustedes sobre mí.",
        "erasure": "Por favor, supriman mi cuenta y todos mis datos.",
        "direct_marketing": "No quiero recibir más publicidad por correo ni por SMS.",
        "portability": "Envíenme mis datos en un fichero para llevarlos a otra empresa.",
        "objection": "Me opongo a que usen mis compras para elaborar perfiles.",
        "rectification": "Mi apellido está mal escrito en su sistema, es Muñoz.",
    },
    "it": {
        "access": "Vorrei sapere quali dati personali conservate su di me.",
        "erasure": "Vi chiedo di cancellare il mio account e tutti i miei dati.",
        "direct_marketing": "Non voglio più ricevere le vostre offerte promozionali.",
        "portability": "Inviatemi i miei dati in un formato leggibile da una macchina.",
        "objection": "Mi oppongo alla profilazione basata sui miei acquisti.",
        "rectification": "Il mio indirizzo è sbagliato, ora abito in via Roma 3.",
    },
}
ESCALATION_TEXTS = {
    "dpa_complaint": "Otherwise I will complain to the data protection authority.",
    "legal_action": "My lawyer is in copy of this message.",
    "child_data": "I am writing on behalf of my 12-year-old son.",
    "special_category": "This includes my medical records from your health app.",
    "data_breach": "I think my data leaked: a stranger knew my order history.",
    "media": "I am a journalist and will write about this.",
    "repeated_request": "This is the third time I ask, without any answer.",
}
TEXT_ESCALATIONS = tuple(ESCALATION_TEXTS)
NON_REQUEST_ESCALATIONS = ("authority_request", "media", "data_breach")

# What happens to a request, with the days-after-receipt ranges the generator draws from.
OUTCOMES: dict[str, float] = {
    "on_time": 0.28,
    "solved": 0.10,
    "late": 0.09,
    "unanswered": 0.08,
    "extended_in_time": 0.08,
    "extended_in_time_late": 0.03,
    "extended_late": 0.05,
    "refused_notice": 0.06,
    "refused_no_notice": 0.05,
    "refused_late": 0.04,
    "id_requested": 0.07,
    "reopened": 0.04,
    "objection_only": 0.03,
}


@dataclass(frozen=True)
class Scenario:
    tid: int
    outcome: str
    received: date
    language: str
    rights: tuple[str, ...]
    text_escalations: tuple[str, ...]
    group: int | None
    answer_after: int | None = None  # days after receipt: completed/solved/refused on that day
    extend_after: int | None = None
    refuse_notice: bool | None = None
    id_asked_after: int | None = None
    id_reply_after: int | None = None
    reopen_after: int | None = None  # a new request on the answered ticket
    reopen_right: str | None = None
    reopen_answer_after: int | None = None  # days after the reopening

    @property
    def refused(self) -> bool:
        return self.outcome.startswith("refused")


@dataclass(frozen=True)
class Other:
    """A ticket that is not a request: plain noise, or escalated without a request."""

    tid: int
    received: date
    language: str
    escalations: tuple[str, ...]
    group: int | None


# -- independent deadlines (holidays package directly, not plugin.core.deadlines) --------------------
BE_HOLIDAYS = holidays.country_holidays("BE", years=[2025, 2026, 2027])


def add_months(day: date, months: int) -> date:
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_working_day(day: date) -> date:
    while day.weekday() >= 5 or day in BE_HOLIDAYS:
        day += timedelta(days=1)
    return day


def first_due(received: date) -> date:
    return next_working_day(add_months(received, 1))


def extended_due(received: date) -> date:
    return next_working_day(add_months(received, 3))


# -- drawing scenarios ---------------------------------------------------------------------------------
def _day(rng: random.Random) -> date:
    span = (LAST_RECEIPT - FIRST_DAY).days
    return FIRST_DAY + timedelta(days=rng.randint(0, span))


def draw_scenarios(seed: int = 2026, count: int = 330) -> tuple[list[Scenario], list[Other]]:
    rng = random.Random(seed)
    names, weights = zip(*OUTCOMES.items(), strict=True)
    out: list[Scenario] = []
    for tid in range(1000, 1000 + count):
        outcome = rng.choices(names, weights)[0]
        received = _day(rng)
        language = rng.choice(LANGUAGES)
        rights = tuple(
            sorted(
                rng.sample(
                    ["access", "erasure", "direct_marketing", "portability", "rectification"],
                    k=rng.choice((1, 1, 1, 2)),
                )
            )
        )
        escalations: tuple[str, ...] = ()
        if outcome != "reopened" and rng.random() < 0.25:
            escalations = tuple(sorted(rng.sample(TEXT_ESCALATIONS, k=rng.choice((1, 1, 2)))))
        if outcome == "objection_only" or (outcome not in ("reopened",) and rng.random() < 0.05):
            rights = tuple(sorted({*rights, "objection"}))
        group = rng.choice(GROUPS)
        kw: dict[str, Any] = {}
        if outcome in ("on_time", "solved", "objection_only"):
            kw["answer_after"] = rng.randint(1, 25)
        elif outcome == "late":
            kw["answer_after"] = rng.randint(40, 55)
        elif outcome == "extended_in_time":
            kw.update(extend_after=rng.randint(5, 20), answer_after=rng.randint(50, 80))
        elif outcome == "extended_in_time_late":
            kw.update(extend_after=rng.randint(5, 20), answer_after=rng.randint(100, 110))
        elif outcome == "extended_late":
            kw.update(extend_after=rng.randint(38, 45), answer_after=rng.randint(50, 60))
        elif outcome == "refused_notice":
            kw.update(answer_after=rng.randint(5, 25), refuse_notice=True)
        elif outcome == "refused_no_notice":
            kw.update(answer_after=rng.randint(5, 25), refuse_notice=False)
        elif outcome == "refused_late":
            kw.update(answer_after=rng.randint(40, 50), refuse_notice=rng.random() < 0.5)
        elif outcome == "id_requested":
            asked = rng.randint(2, 4)
            reply = asked + rng.randint(3, 8)
            kw.update(id_asked_after=asked, id_reply_after=reply, answer_after=reply + rng.randint(3, 10))
        elif outcome == "reopened":
            answer = rng.randint(2, 8)
            new = rng.choice([r for r in ("access", "erasure", "portability", "restriction") if r not in rights])
            kw.update(
                answer_after=answer,
                reopen_after=answer + rng.randint(3, 10),
                reopen_right=new,
                reopen_answer_after=rng.randint(2, 15),
            )
        out.append(Scenario(tid, outcome, received, language, rights, escalations, group, **kw))
    others = []
    for i, tid in enumerate(range(5000, 5030)):
        reasons = (NON_REQUEST_ESCALATIONS[i % 3],) if i % 3 == 0 or i % 5 == 0 else ()
        others.append(Other(tid, _day(rng), rng.choice(LANGUAGES), reasons, rng.choice(GROUPS)))
    return out, others


# -- events ------------------------------------------------------------------------------------------
@dataclass(order=True)
class Event:
    at: datetime
    tid: int
    order: int
    kind: str = field(compare=False)  # created | tags | solved | reply | reopen | sweep.overdue | sweep.due_soon
    tags_added: frozenset[str] = field(compare=False, default=frozenset())


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), ZONE)


def overdue_days(s: Scenario) -> list[date]:
    """Days the sweeper finds the case overdue (the day after each missed deadline, while open)."""
    days = []
    answer = s.received + timedelta(days=s.answer_after) if s.answer_after is not None else None
    due = first_due(s.received)
    extended = s.received + timedelta(days=s.extend_after) if s.extend_after is not None else None
    if s.id_asked_after is not None or s.reopen_after is not None:
        return []
    open_after_due = answer is None or answer > due
    extended_by_due = extended is not None and extended <= due
    if open_after_due and not extended_by_due:
        days.append(due + timedelta(days=1))
    elif extended_by_due:
        ext = extended_due(s.received)
        if answer is None or answer > ext:
            days.append(ext + timedelta(days=1))
    return days


def scenario_events(s: Scenario) -> list[Event]:
    r = s.received
    events = [Event(local(r, 9, 30), s.tid, 0, "created")]
    n = 1

    def at(days: int, kind: str, tags: frozenset[str] = frozenset(), hour: int = 14) -> None:
        nonlocal n
        events.append(Event(local(r + timedelta(days=days), hour), s.tid, n, kind, tags))
        n += 1

    if s.id_asked_after is not None:
        at(s.id_asked_after, "tags", frozenset({"gdpr_id_requested"}))
        at(s.id_reply_after or 0, "reply", hour=11)
    if s.extend_after is not None:
        at(s.extend_after, "tags", frozenset({"gdpr_extended"}))
    if s.answer_after is not None:
        if s.refused:
            tags = {"gdpr_refused", "gdpr_authority_notice"} if s.refuse_notice else {"gdpr_refused"}
            at(s.answer_after, "tags", frozenset(tags), hour=16)
        elif s.outcome == "solved":
            at(s.answer_after, "solved", hour=16)
        else:
            at(s.answer_after, "tags", frozenset({"gdpr_completed"}), hour=16)
    if s.reopen_after is not None:
        at(s.reopen_after, "reopen", hour=10)
        at(s.reopen_after + (s.reopen_answer_after or 0), "tags", frozenset({"gdpr_completed"}), hour=17)
    for day in overdue_days(s):
        events.append(Event(local(day, 6), s.tid, n, "sweep.overdue"))
        n += 1
    due = first_due(r)
    answer = r + timedelta(days=s.answer_after) if s.answer_after is not None else None
    soon = due - timedelta(days=3)
    if (
        s.id_asked_after is None
        and s.reopen_after is None
        and (answer is None or answer > soon)
        and (s.extend_after is None or r + timedelta(days=s.extend_after) > soon)
    ):
        events.append(Event(local(soon, 6), s.tid, n, "sweep.due_soon"))
    return [e for e in events if e.at.date() <= HORIZON]


# -- the injected classifier -------------------------------------------------------------------------
class TableClassifier:
    """Answers with the scenario's classification for each message text it was given."""

    def __init__(self) -> None:
        self.table: dict[str, Classification] = {}

    def add(
        self, text: str, *, request: bool, rights: tuple[str, ...], reasons: tuple[str, ...], language: str
    ) -> None:
        self.table[text] = Classification(
            is_request=request,
            rights=frozenset(rights),
            escalate=bool(reasons),
            escalation_reasons=frozenset(reasons),
            language=language,
            evidence=(),
        )

    def __call__(self, subject: str, body: str, hint: str | None) -> Classification:
        return self.table[body]


def request_text(s: Scenario) -> str:
    parts = [TEXTS[s.language][r] for r in s.rights]
    parts += [ESCALATION_TEXTS[e] for e in s.text_escalations]
    return " ".join(parts) + f"\n\nCustomer number {s.tid}"


# -- the generator -------------------------------------------------------------------------------------
@dataclass
class Generated:
    scenarios: list[Scenario]
    others: list[Other]
    size: int
    seqs: dict[int, list[int]]  # tid -> seqs of every entry about the ticket


def ticket_ref(tid: int) -> str:
    return privacy.pseudonym(PSEUDONYM_KEY, f"ticket:{tid}")


def _outcome(decision: Decision) -> dict[str, Any]:
    # What plugin/worker.py `_apply` returns for one successful PUT.
    if decision.actions.empty:
        return {"applied": False, "api_calls": 0}
    return {"applied": True, "api_calls": 1, "note_added": decision.actions.note is not None, "already_applied": False}


class Generator:
    def __init__(self, ledger: Ledger, tx: Tx) -> None:
        self.ledger, self.tx = ledger, tx
        self.classifier = TableClassifier()
        self.notes = Notes()
        self.calendar = holiday_calendar("BE")
        self.cases: dict[int, CaseState | None] = {}
        self.tags: dict[int, set[str]] = {}
        self.inbox = 0
        self.seqs: dict[int, list[int]] = {}

    def _append(self, tid: int, kind: str, data: dict[str, Any], at: datetime) -> None:
        entry = self.ledger.append(self.tx, kind, data, time=at)
        self.seqs.setdefault(tid, []).append(entry.seq)

    def receipt(self, tid: int, event_type: str, at: datetime) -> int:
        """The webhook_received entry, as plugin/app.py `record_receipt` writes it."""
        self.inbox += 1
        body = f"{self.inbox}:{tid}:{event_type}".encode()
        self._append(
            tid,
            "webhook_received",
            {
                "inbox": self.inbox,
                "ticket": ticket_ref(tid),
                "event": event_type,
                "kind": "event",
                "body_sha256": hashlib.sha256(body).hexdigest(),
                "signed_at": at.astimezone(ZONE).isoformat(),
            },
            at + timedelta(seconds=1),
        )
        return self.inbox

    def process(self, snapshot: Snapshot, *, inbox_id: int | None, at: datetime) -> Decision:
        tid = snapshot.ticket_id
        decision = decide(
            snapshot,
            self.cases.get(tid),
            policy=POLICY,
            calendar=self.calendar,
            notes=self.notes,
            ref=f"{inbox_id or 0}-{tid}",
            classifier=self.classifier,
        )
        # As plugin/worker.py `_complete` writes the decision record.
        data = dict(decision.record)
        data.update(
            ticket=ticket_ref(tid),
            requester=privacy.pseudonym(PSEUDONYM_KEY, f"user:{snapshot.requester_id}")
            if snapshot.requester_id
            else None,
            inbox=inbox_id,
            text_sha256=privacy.text_digest(f"{snapshot.subject}\n{snapshot.text}") if snapshot.text else None,
            outcome=_outcome(decision),
        )
        self._append(tid, "decision", data, at + timedelta(seconds=3))
        if decision.case is not None:
            self.cases[tid] = decision.case
        tags = self.tags.setdefault(tid, set())
        tags |= decision.actions.add_tags
        tags -= decision.actions.remove_tags
        return decision

    def run_event(self, s: Scenario, event: Event) -> None:
        tid = s.tid
        tags = self.tags.setdefault(tid, set())
        common: dict[str, Any] = {
            "ticket_id": tid,
            "event_time": event.at,
            "group_id": s.group,
            "requester_id": f"u{tid}",
            "language_hint": s.language,
        }
        if event.kind.startswith("sweep."):
            self.process(
                Snapshot(ticket_id=tid, event_type=event.kind, event_time=event.at), inbox_id=None, at=event.at
            )
            return
        if event.kind == "created":
            text = request_text(s)
            self.classifier.add(text, request=True, rights=s.rights, reasons=s.text_escalations, language=s.language)
            snap = Snapshot(
                event_type="ticket.created",
                subject="Your customer service",
                text=text,
                created_at=event.at,
                status="new",
                **common,
            )
        elif event.kind in ("reply", "reopen"):
            if event.kind == "reply":
                text = f"Here is the information you asked for. Customer number {tid}"
                self.classifier.add(text, request=False, rights=(), reasons=(), language=s.language)
            else:
                text = TEXTS["en"].get(s.reopen_right or "", "Please also restrict the use of my data.") + f" #{tid}"
                self.classifier.add(text, request=True, rights=(s.reopen_right or "",), reasons=(), language=s.language)
            snap = Snapshot(event_type="ticket.comment_added", text=text, tags=frozenset(tags), status="open", **common)
        elif event.kind == "solved":
            snap = Snapshot(
                event_type="ticket.status_changed",
                tags=frozenset(tags),
                status="solved",
                previous_status="open",
                **common,
            )
        else:
            tags |= event.tags_added
            snap = Snapshot(
                event_type="ticket.tags_changed",
                tags=frozenset(tags),
                tags_added=event.tags_added,
                status="open",
                **common,
            )
        inbox = self.receipt(tid, snap.event_type, event.at)
        self.process(snap, inbox_id=inbox, at=event.at)

    def run_other(self, o: Other) -> None:
        at = local(o.received, 10, 15)
        text = (
            "The police asked us for the data of one of your customers."
            if o.escalations
            else "Where is my parcel? Order 77812 has not arrived."
        ) + f" #{o.tid}"
        self.classifier.add(text, request=False, rights=(), reasons=o.escalations, language=o.language)
        snap = Snapshot(
            ticket_id=o.tid,
            event_type="ticket.created",
            event_time=at,
            subject="Question",
            text=text,
            created_at=at,
            group_id=o.group,
            requester_id=f"u{o.tid}",
            language_hint=o.language,
        )
        inbox = self.receipt(o.tid, snap.event_type, at)
        self.process(snap, inbox_id=inbox, at=at)


def measure(ledger: Ledger, tx: Tx, kind: str, summary: str, data: dict[str, Any], at: datetime) -> None:
    """An entry as `gdpr-desk log record` writes it: the given kind, data plus the summary."""
    ledger.append(tx, kind, {**data, "summary": summary}, time=at)


MEASURES = (
    ("training", "GDPR refresher for partner A agents (12 attended)", {"group": "202"}, local(date(2026, 1, 20), 15)),
    (
        "processor_review",
        "Annual review of partner B's processing agreement",
        {"processor": "partner B"},
        local(date(2026, 2, 11), 11),
    ),
    (
        "spot_check",
        "Spot check 2026-01",
        {"ticket": "to be filled", "month": "2026-01", "outcome": "ok"},
        local(date(2026, 2, 12), 9),
    ),
    ("training", "New-starter GDPR module (3 attended)", {"group": "101"}, local(date(2026, 3, 3), 15)),
)
DEAD_LETTERS = (
    (1003, "NotFound", 404, date(2026, 2, 4)),
    (1010, "Forbidden", 403, date(2026, 2, 18)),
    (1020, "NotFound", 404, date(2026, 3, 9)),
)
AUDIT_READS = (date(2026, 3, 2), date(2026, 3, 16), date(2026, 3, 30))


def generate(ledger: Ledger, seed: int = 2026) -> Generated:
    """Fill an empty ledger with the scenarios' entries, in time order, in one transaction."""
    scenarios, others = draw_scenarios(seed)
    by_tid = {s.tid: s for s in scenarios}
    events = sorted(e for s in scenarios for e in scenario_events(s))
    timed: list[tuple[datetime, int, Any]] = [(e.at, 0, e) for e in events]
    timed += [(local(o.received, 10, 15), 1, o) for o in others]
    timed += [(at, 2, m) for m in MEASURES for at in [m[3]]]
    timed += [(local(day, 12), 3, d) for d in DEAD_LETTERS for day in [d[3]]]
    timed += [(local(day, 13), 4, day) for day in AUDIT_READS]
    timed.sort(key=lambda item: (item[0], item[1], getattr(item[2], "tid", 0)))
    with ledger.db.transaction() as tx:
        gen = Generator(ledger, tx)
        for at, kind, item in timed:
            if kind == 0:
                gen.run_event(by_tid[item.tid], item)
            elif kind == 1:
                gen.run_other(item)
            elif kind == 2:
                name, summary, data, _ = item
                if name == "spot_check":
                    data = {**data, "ticket": ticket_ref(scenarios[0].tid)}
                measure(ledger, tx, name, summary, data, at)
            elif kind == 3:
                tid, reason, status, _ = item
                # As plugin/worker.py `_park` writes a dead letter.
                gen._append(
                    tid,
                    "dead_letter",
                    {
                        "ticket": ticket_ref(tid),
                        "inbox": 0,
                        "event": "ticket.tags_changed",
                        "reason": reason,
                        "status": status,
                        "attempts": 1,
                    },
                    at,
                )
            else:
                ledger.append(tx, "audit_read", {"token": "0123456789ab", "endpoint": "entries", "params": {}}, time=at)
        size = ledger.size(tx)
    return Generated(scenarios, others, size, gen.seqs)
