"""From raw rule matches to a judgement: scope of negation, questions, hard negatives, overrides.

`judge(hits, tokens, languages)` keeps the matches that still stand and adds the modifier or negative
matches that explain a decision. Pure and deterministic: the order of the result follows the input.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from plugin.core.rights import RIGHT_CODES
from plugin.core.rulematch import Rule
from plugin.core.tokens import Tokens


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule matched tokens [start, end) of one field."""

    rule: Rule
    field: str
    start: int
    end: int

    def overlaps(self, other: Hit) -> bool:
        return self.field == other.field and self.start < other.end and other.start < self.end


_ALL_RIGHTS: Final = frozenset(RIGHT_CODES)
# Hard negatives (LEGAL.md): the right codes they cancel in the same sentence / when overlapping.
_SENTENCE_TARGETS: Final[dict[str, frozenset[str]]] = {
    "order_change": frozenset({"rectification", "erasure"}),
    "payment_change": frozenset({"rectification"}),
    "account_access": frozenset({"access", "rectification"}),
    "invoice": frozenset({"access", "portability"}),
    "b2b": _ALL_RIGHTS,
    # "stop calling me about the engineer visit", "turn off the tracking texts": service messages, not
    # marketing, and "tracking" there is a parcel's, not profiling of the writer.
    "service_contact": frozenset({"direct_marketing", "objection"}),
    "price_dispute": frozenset({"objection"}),  # "I object to the price increase": a contract dispute
    "ui_help": _ALL_RIGHTS,  # "the delete button is greyed out": a how-to question about the app
}
_OVERLAP_TARGETS: Final = _ALL_RIGHTS
_MESSAGE_NEGATIVES: Final = ("auto_reply", "spam")
# Escalations that only matter when the customer is exercising a right (or another alarm is raised).
_NEEDS_REQUEST: Final = frozenset(
    {"repeated_request", "child_data", "special_category", "third_party_data", "legal_action"}
)
# Rights whose verb takes "the data you hold about me" as its object.
_GOVERNING: Final = frozenset(
    {"erasure", "rectification", "restriction", "portability", "objection", "withdraw_consent"}
)
_NEG_WINDOW: Final = 5
_POSTNEG_WINDOW: Final = 12  # clause-bounded: German/Dutch put "nicht"/"niet" at the end


def _modifier(code: str, lang: str) -> Rule:
    return Rule(f"{lang}.{code}", lang, "modifier", code, ())


def _synthetic(hit: Hit, code: str, suffix: str, kind: str = "right") -> Hit:
    rule = Rule(f"{hit.rule.lang}.{code}.{suffix}", hit.rule.lang, kind, code, ())
    return Hit(rule, hit.field, hit.start, hit.end)


def _has(tokens: Tokens, i: int, names: Sequence[str]) -> bool:
    classes = tokens.classes[i]
    return any(name in classes for name in names)


def _span_has(tokens: Tokens, hit: Hit, names: Sequence[str]) -> bool:
    return any(_has(tokens, i, names) for i in range(hit.start, hit.end))


def _exempt(tokens: Tokens, j: int, langs: Sequence[str]) -> bool:
    """ "no longer necessary", "nicht mehr erforderlich": negates an adjective, not the request."""
    needed = [f"{lang}:NECESSARY" for lang in langs]
    return any(_has(tokens, k, needed) for k in range(j + 1, min(len(tokens.words), j + 4)))


def _threat(tokens: Tokens, j: int, langs: Sequence[str]) -> bool:
    conditional = [f"{lang}:IF" for lang in langs]
    return any(_has(tokens, k, conditional) and tokens.clause[k] == tokens.clause[j] for k in range(max(0, j - 4), j))


def _negator(hit: Hit, tokens: Tokens, langs: Sequence[str]) -> int | None:
    """Token index of a negation governing the hit, or None."""
    neg = [f"{lang}:NEG" for lang in langs]
    hard = [f"{lang}:HARD" for lang in langs]
    still = [f"{lang}:STILL" for lang in langs]
    subject = [f"{lang}:I" for lang in langs]
    clause = tokens.clause[hit.start]
    sentence = tokens.sentence[hit.start]
    found = None
    # A negation before a subject pronoun belongs to an earlier clause ("I didn't ask for it and I object").
    start = -1 if _has(tokens, hit.start, subject) else hit.start - 1
    for j in range(start, max(-1, hit.start - 1 - _NEG_WINDOW), -1):
        if tokens.clause[j] != clause:
            break
        if _has(tokens, j, hard):
            return None
        if _has(tokens, j, neg) and not _exempt(tokens, j, langs):
            found = j
            break
        if _has(tokens, j, subject):
            break
    if found is not None and _threat(tokens, found, langs):
        return None  # "if you don't delete my data, I will ...": a demand, not a negation
    if found is None:
        last = tokens.clause[hit.end - 1]
        for j in range(hit.start + 1, hit.end):  # verb-final: "mijn account niet verwijderen"
            if tokens.clause[j] != last:
                continue  # "a person, not a machine, to look at it": a contrast, not the verb's negation
            if _has(tokens, j, neg) and not _exempt(tokens, j, langs):
                found = j
                break
    if found is None:
        postneg = [f"{lang}:POSTNEG" for lang in langs]
        scope = clause
        if hit.end - hit.start > 1 and tokens.clause[hit.end - 2] != tokens.clause[hit.end - 1]:
            scope = tokens.clause[hit.end - 1]  # "meiner Daten: Löschen Sie die Daten nicht": the verb opens a clause
        for j in range(hit.end, min(len(tokens.words), hit.end + _POSTNEG_WINDOW)):
            if tokens.clause[j] != scope:
                break
            if _has(tokens, j, postneg):
                found = j
                break
    if found is None:
        return None
    for j, sid in enumerate(tokens.sentence):
        if sid == sentence and _has(tokens, j, still):
            return None  # "why haven't you deleted it yet": a complaint, not a negation
    return found


def _opening(hit: Hit, tokens: Mapping[str, Tokens]) -> bool:
    """In the subject or the first two sentences of the body (where auto-replies say what they are)."""
    return hit.field == "subject" or tokens[hit.field].sentence[hit.start] <= 1


def judge(
    hits: Sequence[Hit], tokens: Mapping[str, Tokens], langs: Sequence[str], reply_subject: bool = False
) -> list[Hit]:
    """The hits that stand, plus the modifier/negative hits that explain what was dropped.

    `reply_subject`: the subject starts with "Re:"/"AW:"/...; it may be our own wording, so it only
    counts when the body says nothing of its own."""
    langs = [lang for lang in langs if lang != "*"]
    by_code: dict[str, list[Hit]] = {}
    for hit in hits:
        by_code.setdefault(hit.rule.code, []).append(hit)
    spam = by_code.get("spam", [])
    if len({(h.field, h.start) for h in spam}) >= 2:
        return list(spam)
    auto = [h for h in by_code.get("auto_reply", []) if _opening(h, tokens)]
    if any(h.field == "subject" for h in auto):
        return auto
    rights = [h for h in hits if h.rule.kind == "right"]
    negatives = [h for h in hits if h.rule.kind == "negative"]
    escalations = [h for h in hits if h.rule.kind == "escalation"]
    explain: list[Hit] = []
    dropped: set[int] = set()

    def drop(index: int, reason: Hit | None) -> None:
        if index not in dropped:
            dropped.add(index)
            if reason is not None and reason not in explain:
                explain.append(reason)

    please = by_code.get("please", [])
    whole_data = [f"{lang}:{name}" for lang in langs for name in ("DATA", "EVERYTHING")]
    general = by_code.get("question_general", [])
    for index, hit in enumerate(rights):
        tk = tokens[hit.field]
        sentence = tk.sentence[hit.start]
        same_sentence_please = any(p.field == hit.field and tk.sentence[p.start] == sentence for p in please)
        if hit.rule.neg:
            # the negation words of the rule's own language: French "dont" is not English "dont"
            negator = _negator(hit, tk, [hit.rule.lang] if hit.rule.lang in langs else langs)
            if negator is not None:
                drop(index, Hit(_modifier("negation", hit.rule.lang), hit.field, negator, negator + 1))
                continue
        if hit.rule.question and not same_sentence_please:
            for q in by_code.get("question_about", []):
                if q.field == hit.field and tk.sentence[q.start] == sentence and q.start <= hit.start:
                    drop(index, q)
            if general and (
                hit.field == "subject"
                or sentence in tk.question
                or any(g.field == hit.field and tk.sentence[g.start] == sentence for g in general)
            ):
                drop(index, general[0])
        for h in by_code.get("hypothetical", []):
            if h.field != hit.field:
                continue
            if (tk.clause[h.start] == tk.clause[hit.start] and h.start < hit.start) or (
                sentence in tk.question and tk.sentence[h.start] == sentence
            ):
                drop(index, h)  # "if I close my account, will you delete my data?"
        for p in by_code.get("past_self", []):
            if p.overlaps(hit):
                drop(index, p)
        for n in negatives:
            if n.field != hit.field:
                continue
            targets = _SENTENCE_TARGETS.get(n.rule.code, ())
            if n.rule.code == "invoice" and _span_has(
                tk, hit, [f"{lang}:{c}" for lang in langs for c in ("DATA", "PORT", "STRUCT", "FMT")]
            ):
                targets = ()  # "my usage data and the invoices as CSV": the data is asked for
            if n.rule.code == "payment_change" and (_explicit(hit) or hit.rule.code == "privacy_concern"):
                # "rettifica dell'IBAN ai sensi dell'art. 16": an explicit Art. 16 request stands;
                # "how do you protect my card details?": a worry about the card data, not a payment change
                continue
            if n.rule.code == "order_change" and hit.rule.code == "erasure" and _span_has(tk, hit, whole_data):
                continue  # "erase all my data, including my order history": the data, not an order
            if _covers_end(n, hit) or (hit.rule.code in targets and tk.sentence[n.start] == sentence):
                drop(index, n)
        for n in negatives:  # the subject summarises the body: body negatives cover it too
            if hit.field == "subject" and n.field == "body" and hit.rule.code in _SENTENCE_TARGETS.get(n.rule.code, ()):
                drop(index, n)
    _order_context(rights, dropped, negatives, tokens, langs)
    for index, hit in enumerate(rights):
        if index in dropped or not hit.rule.suppress:
            continue
        for other_index, other in enumerate(rights):
            if other.rule.code in hit.rule.suppress and other.overlaps(hit):
                drop(other_index, None)
    for index, hit in enumerate(rights):
        if index in dropped or hit.rule.code != "withdraw_consent":
            continue
        for other_index, other in enumerate(rights):
            if other.rule.code == "erasure" and other.field == hit.field and hit.start <= other.start <= hit.start + 1:
                drop(other_index, None)  # "je retire mon consentement à la géolocalisation": the verb withdraws
    for index, hit in enumerate(rights):
        if index in dropped:
            continue
        tk = tokens[hit.field]
        for other_index, other in enumerate(rights):
            if other_index in dropped or other.field != hit.field or other.rule.code == hit.rule.code:
                continue
            if tk.sentence[other.start] != tk.sentence[hit.start]:
                continue
            if hit.rule.weak and not other.rule.weak and other.rule.code in _GOVERNING:
                drop(index, None)  # "delete the data you hold on me": the verb decides
            elif hit.rule.code == "objection" and other.rule.code == "restriction":
                drop(index, None)  # "no use at all, not for analyses either" while the data is kept
    _subject_follows_body(rights, dropped, tokens, reply_subject)
    if by_code.get("authority_request") and not _mentions(tokens, langs, "POSS"):
        dropped.update(range(len(rights)))  # an authority asking about someone else: not a request
    kept = [h for i, h in enumerate(rights) if i not in dropped]
    if any(not h.rule.alone for h in kept):
        kept = [
            h for h in kept if not h.rule.alone or any(o.rule.code == h.rule.code and not o.rule.alone for o in kept)
        ]
    kept = _resolve_anaphora(kept, by_code.get("my_object", []), tokens)
    kept = _replacements(kept, by_code, tokens, langs, explain)
    kept = _fallbacks(kept, by_code, escalations, tokens, langs)
    kept = _marketing_objections(kept, tokens, langs)
    if any(not h.rule.alone for h in kept):  # again: a replacement may have turned a removal into a correction
        kept = [
            h for h in kept if not h.rule.alone or any(o.rule.code == h.rule.code and not o.rule.alone for o in kept)
        ]
    codes = {h.rule.code for h in kept}
    if auto and not codes:
        return auto  # "I am out of the office": nothing else in it counts
    escalations = [h for h in escalations if not _conditional_deadline(h, tokens, langs)]
    escalations = _gate_escalations(escalations, codes, {n.rule.code for n in negatives})
    shown_negatives = [n for n in negatives if n in explain or not codes]
    return kept + escalations + shown_negatives + [h for h in explain if h.rule.kind == "modifier"]


def _resolve_anaphora(kept: list[Hit], antecedents: Sequence[Hit], tokens: Mapping[str, Tokens]) -> list[Hit]:
    """A right whose object is a pronoun ("shred them") stands only when a data object of the writer
    ("copies of my passport") was named before it, in the subject or earlier in the same field."""
    out = []
    for hit in kept:
        if hit.rule.anaphor and not any(
            a.field == "subject" or (a.field == hit.field and a.start < hit.start) for a in antecedents
        ):
            continue
        out.append(hit)
    return out


def _order_context(
    rights: Sequence[Hit],
    dropped: set[int],
    negatives: Sequence[Hit],
    tokens: Mapping[str, Tokens],
    langs: Sequence[str],
) -> None:
    """ "Typo in order 55-20931, house number 14 not 41 ... please change it": a correction that names no
    field or data of its own, after an order was named, corrects the order (LEGAL.md hard negative)."""
    orders = [n for n in negatives if n.rule.code == "order_change" and (n.field == "subject" or _numbered(n, tokens))]
    if not orders:
        return
    own = [f"{lang}:{name}" for lang in langs for name in ("DATA", "ACCOUNT", "OBJ", "OBJ2")]
    for index, hit in enumerate(rights):
        if hit.rule.code != "rectification" or index in dropped or _span_has(tokens[hit.field], hit, own):
            continue
        if any(o.field == "subject" or (o.field == hit.field and o.start < hit.start) for o in orders):
            dropped.add(index)


def _covers_end(negative: Hit, hit: Hit) -> bool:
    """The hard negative is part of the right's own phrase ("stop sending me paper statements"), not a
    word deep inside a long match ("until the dispute about the invoice is settled, ... do not pass")."""
    if not negative.overlaps(hit):
        return False
    return hit.end - hit.start <= 8 or any(negative.start <= i < negative.end for i in (hit.start, hit.end - 1))


def _numbered(hit: Hit, tokens: Mapping[str, Tokens]) -> bool:
    """The match names a number ("order 55-20931"): a specific order, not "your delivery system"."""
    return _span_has(tokens[hit.field], hit, ["*:NUM"])


def _explicit(hit: Hit) -> bool:
    """The right named by its legal noun or article ("rectification", "Art. 16"), not inferred."""
    return hit.rule.id.endswith(".noun") or ".article." in hit.rule.id


def _mentions(tokens: Mapping[str, Tokens], langs: Sequence[str], name: str) -> bool:
    names = [f"{lang}:{name}" for lang in langs]
    return any(_has(tk, i, names) for tk in tokens.values() for i in range(len(tk.words)))


def _subject_follows_body(
    rights: Sequence[Hit], dropped: set[int], tokens: Mapping[str, Tokens], reply_subject: bool
) -> None:
    """The subject summarises the body: a right the body discards (asked about, negated, an order
    change) is discarded in the subject too; a reply subject yields to a body with words of its own."""
    body_kept = {h.rule.code for i, h in enumerate(rights) if h.field == "body" and i not in dropped}
    body_dropped = {h.rule.code for i, h in enumerate(rights) if h.field == "body" and i in dropped}
    body_words = len(tokens["body"].words) if "body" in tokens else 0
    for index, hit in enumerate(rights):
        if hit.field != "subject" or index in dropped:
            continue
        if (hit.rule.code in body_dropped and hit.rule.code not in body_kept) or (
            reply_subject and body_words >= 3 and not body_kept
        ):
            dropped.add(index)


def _replacements(
    kept: list[Hit],
    by_code: Mapping[str, list[Hit]],
    tokens: Mapping[str, Tokens],
    langs: Sequence[str],
    explain: list[Hit],
) -> list[Hit]:
    """Removal of one field next to its new value is a correction (Art. 16), not erasure."""
    has_rect = any(h.rule.code == "rectification" for h in kept)
    replacement = by_code.get("replacement", [])
    if not (has_rect or replacement):
        return kept
    field = [f"{lang}:FIELD" for lang in langs]
    whole = [f"{lang}:{name}" for lang in langs for name in ("DATA", "ACCOUNT", "EVERYTHING")]
    corrected = {
        tokens[h.field].words[i]
        for h in [*replacement, *(k for k in kept if k.rule.code == "rectification")]
        for i in range(h.start, h.end)
        if _has(tokens[h.field], i, field)
    }
    out = []
    for hit in kept:
        tk = tokens[hit.field]
        removed = {tk.words[i] for i in range(hit.start, hit.end) if _has(tk, i, field)}
        if hit.rule.code == "erasure" and removed & corrected and not _span_has(tk, hit, whole):
            if replacement:
                explain.append(replacement[0])
            if not has_rect:
                out.append(_synthetic(hit, "rectification", "replacement"))
                has_rect = True
            continue
        out.append(hit)
    return out


def _fallbacks(
    kept: list[Hit],
    by_code: Mapping[str, list[Hit]],
    escalations: Iterable[Hit],
    tokens: Mapping[str, Tokens],
    langs: Sequence[str],
) -> list[Hit]:
    codes = {h.rule.code for h in kept}
    stop_use = by_code.get("stop_use", [])
    if stop_use and not codes - {"privacy_concern"}:
        code = "restriction" if by_code.get("keep") else "objection"
        kept = [*kept, _synthetic(stop_use[0], code, "stop_use")]
    consent = next((h for h in kept if h.rule.code == "withdraw_consent"), None)
    if consent is not None and "direct_marketing" not in codes and _consent_to_marketing(consent, tokens, langs):
        # A consent whose object is marketing: withdrawing it also stops the marketing (Art. 21(2)).
        kept = [*kept, _synthetic(consent, "direct_marketing", "consent_marketing")]
    breach = [h for h in escalations if h.rule.code == "data_breach"]
    if breach and "privacy_concern" not in codes and _mentions(tokens, langs, "MINE"):
        kept = [*kept, _synthetic(breach[0], "privacy_concern", "breach")]
    return kept


def _consent_to_marketing(consent: Hit, tokens: Mapping[str, Tokens], langs: Sequence[str]) -> bool:
    """Marketing named where the consent is (its sentence, or one naming the consent), and not the
    publication of the writer's photo or review in an advert (that consent is about the image)."""
    tk = tokens[consent.field]
    cues = [f"{lang}:{name}" for lang in langs for name in ("CONSENT", "CONSENTED")]
    sentences = {tk.sentence[consent.start]} | {tk.sentence[i] for i in range(len(tk.words)) if _has(tk, i, cues)}
    marketing = [f"{lang}:MKT" for lang in langs]
    published = [f"{lang}:{name}" for lang in langs for name in ("PUBLISHED", "COOKIE")]
    in_scope = [i for i in range(len(tk.words)) if tk.sentence[i] in sentences]
    return any(_has(tk, i, marketing) for i in in_scope) and not any(_has(tk, i, published) for i in in_scope)


def _marketing_objections(kept: list[Hit], tokens: Mapping[str, Tokens], langs: Sequence[str]) -> list[Hit]:
    """An objection whose sentence names marketing is the Art. 21(2) objection to direct marketing
    (absolute, no balancing; profiling for marketing included), not the Art. 21(1) objection on
    legitimate interest: "je m'oppose, en application de l'article 21, à l'utilisation de mes données
    à des fins de prospection commerciale". An objection that names its own processing ("no more
    tracking for your analyses, and no marketing mails") stays an objection beside the marketing stop,
    and so does one whose marketing comes in a clause of its own ("I refuse to be classified, and I
    don't want the offers either")."""
    marketing = [f"{lang}:MKT" for lang in langs]
    processing = [f"{lang}:PROFILING" for lang in langs]
    subject = [f"{lang}:I" for lang in langs]
    out: list[Hit] = []
    has_marketing = any(h.rule.code == "direct_marketing" for h in kept)
    for hit in kept:
        tk = tokens[hit.field]
        if (
            hit.rule.code == "objection"
            and any(_has(tk, i, marketing) for i in _own_clauses(hit, tk, subject))
            and not _span_has(tk, hit, processing)
        ):
            if not has_marketing:
                out.append(_synthetic(hit, "direct_marketing", "objection_marketing"))
                has_marketing = True
            continue
        out.append(hit)
    return out


def _own_clauses(hit: Hit, tk: Tokens, subject: Sequence[str]) -> range:
    """Token indexes of the hit's sentence from its subject pronoun up to a clause with a subject of its
    own ("..., and I ..."); an inverted subject in the hit's clause ("widerspreche ich") does not end it."""
    sentence = tk.sentence[hit.start]
    start = hit.start
    while start > 0 and tk.sentence[start - 1] == sentence and not _has(tk, start, subject):
        start -= 1
    end = hit.end
    while end < len(tk.words) and tk.sentence[end] == sentence:
        if _has(tk, end, subject) and tk.clause[end] != tk.clause[hit.end - 1]:
            break
        end += 1
    return range(start, end)


def _conditional_deadline(hit: Hit, tokens: Mapping[str, Tokens], langs: Sequence[str]) -> bool:
    """ "Should I receive no answer within a month, I will ...": a deadline set for the future, not a
    request that already went unanswered (repeated_request needs an earlier request or a passed deadline)."""
    if hit.rule.code != "repeated_request":
        return False
    tk = tokens[hit.field]
    conditional = [f"{lang}:IF" for lang in langs]
    if _span_has(tk, hit, [f"{lang}:DEADLINE" for lang in langs]):  # "within the legal deadline": still ahead
        conditional += [f"{lang}:BEFORE" for lang in langs]
    clause = tk.clause[hit.start]
    return any(_has(tk, k, conditional) and tk.clause[k] == clause for k in range(max(0, hit.start - 8), hit.start + 1))


def _gate_escalations(escalations: list[Hit], codes: set[str], negative_codes: set[str]) -> list[Hit]:
    reasons = {h.rule.code for h in escalations}
    alarm = bool(reasons & {"data_breach", "dpa_complaint"})
    adult_child = any(h.rule.id.endswith("adult_child") for h in escalations)
    cancelling = "cancellation" in negative_codes
    out = []
    for hit in escalations:
        code = hit.rule.code
        if code in _NEEDS_REQUEST and not codes and not (code == "legal_action" and alarm):
            continue
        if code == "third_party_data" and "legal_action" in reasons:
            continue  # a lawyer acts under a mandate
        if code == "child_data" and adult_child and not hit.rule.id.endswith(".age"):
            continue  # "my son is 22": an adult relative, not a minor
        if code == "media" and not codes and cancelling:
            continue  # "I read the newspaper online now, cancel my paper subscription"
        out.append(hit)
    return out
