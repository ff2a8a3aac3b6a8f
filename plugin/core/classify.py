"""Recognise GDPR data-subject requests and escalation signals in a ticket (pure, deterministic, explainable).

`classify(subject, body, language_hint)` -> `Classification`. Pipeline:

1. cut what the customer did not write (quoted replies, signatures, footers: `cleanup`);
2. normalise (casefold, no accents, collapsed letter runs) keeping the offsets (`textnorm`);
3. detect the language (`langid`); rules of every plausible language run;
4. match word-class rules on tokens (`tokens`, `rulematch`, lexicons in `lexicon/`) and article citations.
   Three layers of rules per language: set phrases grown on the corpus (`<lang>`), broad concept rules
   (`<lang>_general`: removal/correction/stop/export verbs x data-object nouns, polite and imperative
   forms, clitic imperatives, human review of automated decisions, until-resolved restrictions) and
   expansions (`<lang>_extra`), including an order-free backoff that only counts when nothing else does;
5. judge: drop right matches that are negated (in the rule's own language, clause-scoped), asked
   *about* rather than exercised, hypothetical, told in the past, pronoun objects without an
   antecedent of the writer's, or part of a hard negative (cancellation, login, order, invoice, B2B,
   price dispute, app how-to); let specific rules override general ones (unsubscribe over delete, a
   replacement value turns removal into rectification, a withdrawn marketing consent also stops the
   marketing, an Art. 21 objection whose clause names marketing is the Art. 21(2) one); a deadline set
   for the future ("if I get no answer within a month") is not a repeated request; message-level
   negatives (auto-replies, phishing) clear everything. Before judging, escalation words whose context
   says otherwise are dropped (the writer's own profession, a physical leak, the writer's own hearing).

Every surviving signal carries `Evidence` pointing at the original subject or body text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Protocol

from plugin.core.cleanup import customer_text
from plugin.core.judge import Hit, judge
from plugin.core.langid import UNDETERMINED, detect
from plugin.core.learned import Features, Model, default_model, extract
from plugin.core.lexicon import LANGS, LEXICON, LEXICON_KEY
from plugin.core.rights import ESCALATION_CODES, RIGHT_CODES
from plugin.core.rulematch import Rule
from plugin.core.textnorm import Normalized, fold, normalize
from plugin.core.tokens import Tokens, match, tokenize

RULES_VERSION: Final = "2026.12.10"
# Escalations the judge only keeps beside a right (judge._NEEDS_REQUEST): a learned request brings them back.
_HELD: Final = frozenset({"repeated_request", "child_data", "special_category", "third_party_data", "legal_action"})
# Modifiers that cancel an escalation word in their context (see `_escalation_context`).
_CONTEXT: Final = frozenset({"profession", "physical", "own_hearing"})


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why: the rule that fired and the span of original text it matched."""

    rule: str
    kind: str  # "right" | "escalation" | "negative" | "language" | "modifier"
    code: str
    field: str  # "subject" | "body"
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "kind": self.kind,
            "code": self.code,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Classification:
    """The judgement on one message."""

    is_request: bool
    rights: frozenset[str]
    escalate: bool
    escalation_reasons: frozenset[str]
    language: str
    evidence: tuple[Evidence, ...]
    rules_version: str = RULES_VERSION

    def to_json(self) -> dict[str, Any]:
        return {
            "is_request": self.is_request,
            "rights": sorted(self.rights),
            "escalate": self.escalate,
            "escalation_reasons": sorted(self.escalation_reasons),
            "language": self.language,
            "evidence": [e.to_json() for e in self.evidence],
            "rules_version": self.rules_version,
        }


@dataclass(frozen=True, slots=True)
class Field:
    """One field of the message ready for matching."""

    name: str
    original: str
    norm: Normalized
    tokens: Tokens


def _crx(pattern: str) -> str:
    """Collapse doubled letters in a regex written in natural spelling (skips escapes)."""
    return re.sub(r"(?<!\\)([a-z])\1+", r"\1", pattern)


_ARTICLE: Final = re.compile(
    r"\b(?:art(?:icle|ikel|iculo|icolo|s|t)?s?\.?|§)[ ]?(\d{1,2})(?![\d/,-]*\d{3})"
    r"(?:[ ]?\([ ]?(\d)[ ]?\)|,?[ ]?(?:lid|abs(?:atz)?\.?|par(?:agraph|agraphe|\.)?|al(?:inea|\.)?|apartado|ap\."
    r"|comma|co\.|punto|nr\.)[ ]?(\d)|\.(\d)\b)?"
    r"(?![ ]?(?:-|to|tot|bis|a|al|à|e|et|en|and|und|y)[ ]?(?:art\w*\.? ?)?\d)"
)
_LAW: Final = re.compile(
    _crx(
        r"\b(?:gdpr|rgpd|avg|dsgvo|ds-gvo|uavg|lopd|lopdgdd|bdsg|2016/679|general data protection regulation"
        r"|datenschutz-?grundverordnung|reglement general sur la protection|algemene verordening gegevensbescherming"
        r"|reglamento general de proteccion|regolamento generale sulla protezione|regolamento \(?ue\)?"
        r"|data protection act|reglamento \(?ue\)?)\b"
    )
)
_OTHER_LAW: Final = re.compile(
    _crx(
        r"[^a-z]{0,12}(?:\w+ ){0,3}(?:lopdgdd|lopd|ley organica|bdsg|code|codice|wetboek|stpo|livre|loi|wet|ley"
        r"|legge|gesetz|dpa 2018|data protection act)\b"
    )
)
_REPLY: Final = re.compile(r"\s*(?:re|aw|antw|rv|r|sv|tr|wg|fwd?|fw|rif|res)\s*:", re.IGNORECASE)
_ARTICLE_CODES: Final[dict[str, str]] = {
    "15": "access",
    "16": "rectification",
    "17": "erasure",
    "18": "restriction",
    "20": "portability",
    "21": "objection",
    "22": "automated_decision",
    "77": "dpa_complaint",
    "82": "legal_action",
}
_ARTICLE_RULES: Final[dict[str, Rule]] = {
    code: Rule(
        f"*.article.{code}", "*", "escalation" if code in ("dpa_complaint", "legal_action") else "right", code, ()
    )
    for code in {*_ARTICLE_CODES.values(), "direct_marketing", "withdraw_consent"}
}


def _article_hits(fld: Field, law_anywhere: bool) -> list[Hit]:
    text = fld.norm.text
    if not law_anywhere or ("art" not in text and "§" not in text):
        return []
    hits = []
    for m in _ARTICLE.finditer(text):
        number, para = m.group(1), m.group(2) or m.group(3) or m.group(4)
        code = _ARTICLE_CODES.get(number)
        if _OTHER_LAW.match(text, m.end()):
            continue  # "artículo 15 de la LOPDGDD", "article 77-1-1 du Code de procédure pénale"
        if number == "21" and para in ("2", "3"):
            code = "direct_marketing"
        elif number == "7" and para == "3":
            code = "withdraw_consent"
        if code is None:
            continue
        first = _token_at(fld.tokens, m.start())
        last = _token_at(fld.tokens, m.end() - 1)
        if first is not None and last is not None:
            hits.append(Hit(_ARTICLE_RULES[code], fld.name, first, last + 1))
    return hits


def _token_at(tokens: Tokens, pos: int) -> int | None:
    """Index of the token containing `pos` (or the last one before it)."""
    if not tokens.starts:
        return None
    return max(bisect_right(tokens.starts, pos) - 1, 0)


def _active_languages(language: str, hint: str | None, scores: dict[str, float]) -> tuple[str, ...]:
    best = max(scores.values())
    if language == UNDETERMINED:
        if best < 1.0:
            return LANGS
        return tuple(lang for lang in LANGS if scores[lang] >= best * 0.5 or lang in (hint, "en"))
    chosen = {language, "en"}  # English words turn up in every language ("unsubscribe", "opt-out")
    if hint is not None and hint in LANGS:
        chosen.add(hint)
    chosen.update(lang for lang, score in scores.items() if score >= max(1.5, best * 0.5))
    return tuple(lang for lang in LANGS if lang in chosen)


def _empty(language: str = UNDETERMINED) -> Classification:
    return Classification(False, frozenset(), False, frozenset(), language, ())


def classify(subject: str, body: str, language_hint: str | None = None) -> Classification:
    """Judge one message (rules, then the learned layer); never raises on str input."""
    return classify_with(subject, body, language_hint, default_model())


def classify_with(subject: str, body: str, language_hint: str | None, model: Model | None) -> Classification:
    """`classify` with an explicit learned model (None: the rules alone)."""
    rules = rules_view(subject, body, language_hint)
    if model is None or not rules.fields:
        return rules.result
    try:
        return merge(rules.result, *learned_view(rules, model), model.thresholds, model.veto)
    except Exception:  # the learned layer must never cost the rules' answer
        return rules.result


def rules_view(subject: str, body: str, language_hint: str | None = None) -> RulesView:
    """What the rules made of the message, with the fields they read (the learned layer reads the same)."""
    subject = subject if isinstance(subject, str) else ""
    body = body if isinstance(body, str) else ""
    hint = language_hint if isinstance(language_hint, str) else None
    clean_body = customer_text(body)
    if not subject.strip() and not clean_body.strip():
        return RulesView(_empty(), set(), (), ())
    rules = _classify(subject, body, clean_body, hint)
    if not rules.result.is_request and "repeated_request" in rules.raw_codes:
        # A chaser ("still no answer") quoting an earlier message: the quote is the request it chases.
        with_quote = customer_text(body, include_quoted=True)
        if with_quote != clean_body:
            retry = _classify(subject, body, with_quote, hint)
            if retry.result.is_request:
                return retry
    return rules


def learned_view(rules: RulesView, model: Model) -> tuple[dict[str, float], LearnedExplainer]:
    """The model's probabilities for the fields the rules read, and how to explain them."""
    features = learned_features(rules)
    return model.probabilities(features), LearnedExplainer(model, features, rules)


def learned_features(rules: RulesView) -> Features:
    """The learned layer's features: the fields the rules read and what the rules saw in them."""
    signals = {f"raw:{code}" for code in rules.raw_codes}
    signals.update(f"{e.kind}:{e.code}" for e in rules.result.evidence if e.kind in ("negative", "modifier"))
    return extract([f.norm for f in rules.fields], rules.result.language, sorted(signals))


@dataclass(frozen=True, slots=True)
class RulesView:
    """The rules' judgement of a message and what they read."""

    result: Classification
    raw_codes: set[str]
    fields: tuple[Field, ...]
    gated: tuple[Evidence, ...]  # escalations the judge held back because no right stood


class Explainer(Protocol):
    """Evidence for a learned label, and the escalations the judge held back."""

    def right(self, code: str) -> list[Evidence]: ...

    def escalation(self, code: str) -> list[Evidence]: ...

    def gated_codes(self) -> frozenset[str]: ...


@dataclass(frozen=True, slots=True)
class LearnedExplainer:
    """Evidence of a learned label: the spans of the features that raised it most."""

    model: Model
    features: Features
    rules: RulesView

    def right(self, code: str) -> list[Evidence]:
        return self._spans(code, "right")

    def escalation(self, code: str) -> list[Evidence]:
        held = [e for e in self.rules.gated if e.code == code]
        return held or self._spans(code, "escalation")

    def gated_codes(self) -> frozenset[str]:
        return frozenset(e.code for e in self.rules.gated)

    def _spans(self, code: str, kind: str) -> list[Evidence]:
        out = []
        for index, start, end, _name in self.model.evidence(self.features, code):
            fld = self.rules.fields[index]
            out.append(Evidence(f"learned.{code}", kind, code, fld.name, start, end, fld.original[start:end]))
        return out


# Hard negatives that may veto the learned layer (the model file names those it uses, chosen by
# cross-validation): a model guess does not overrule what the rules recognised as a non-request.
VETO: Final = frozenset(
    {
        "auto_reply",
        "spam",
        "b2b",
        "cancellation",
        "account_access",
        "invoice",
        "order_change",
        "payment_change",
        "price_dispute",
        "service_contact",
        "ui_help",
    }
)
MESSAGE_VETO: Final = frozenset({"auto_reply", "spam", "b2b", "cancellation", "account_access", "ui_help"})
_ESCALATIONS: Final = frozenset(ESCALATION_CODES)


def merge(
    rules: Classification,
    probabilities: Mapping[str, float],
    explain: Explainer,
    thresholds: Mapping[str, float],
    veto: frozenset[str] = VETO,
) -> Classification:
    """Combine the rules' judgement with the model's probabilities (thresholds from cross-validation).

    Rules first. When they find no request, the model may find one (is_request above its threshold and
    no vetoing hard negative): its rights above the rights threshold, else the best one if above its own
    threshold, and the
    escalations the judge held back for want of a request. On a rule positive, a right the model is very
    sure of is added. Model escalations count above their (high) threshold on any positive."""
    rights = set(rules.rights)
    evidence = list(rules.evidence)
    right_codes = [c for c in RIGHT_CODES if c in probabilities]
    learned_request = False  # a right the model found (with evidence) made this a request
    if not rules.is_request:
        negatives = {e.code for e in rules.evidence if e.kind == "negative"}
        if probabilities.get("is_request", 0.0) >= thresholds.get("is_request", 2.0) and not negatives & veto:
            floor = thresholds.get("right", 0.5)
            chosen = [c for c in right_codes if probabilities[c] >= floor]
            best = max(right_codes, key=lambda c: (probabilities[c], c), default=None)
            if not chosen and best is not None and probabilities[best] >= thresholds.get("best_right", 0.0):
                chosen = [best]  # the request is clear, the right less so: the likeliest, if likely enough
            for code in chosen:
                learned_request = _add(code, explain.right(code), rights, evidence) or learned_request
    else:
        floor = thresholds.get("add_right", 2.0)
        for code in right_codes:
            if code not in rights and probabilities[code] >= floor:
                _add(code, explain.right(code), rights, evidence)
    reasons = set(rules.escalation_reasons)
    if learned_request and thresholds.get("held_escalations", 1.0) > 0:
        for code in sorted(explain.gated_codes() - reasons):
            _add(code, explain.escalation(code), reasons, evidence)
    if rights:
        floor = thresholds.get("escalation", 2.0)
        for code in sorted(_ESCALATIONS & probabilities.keys()):
            if code not in reasons and probabilities[code] >= floor:
                _add(code, explain.escalation(code), reasons, evidence)
    if rights == rules.rights and reasons == rules.escalation_reasons:
        return rules
    if learned_request:  # the hard negatives listed to explain an empty result no longer explain anything
        evidence = [e for e in evidence if e.kind != "negative"]
    return Classification(
        bool(rights), frozenset(rights), bool(reasons), frozenset(reasons), rules.language, tuple(evidence)
    )


def _add(code: str, why: list[Evidence], codes: set[str], evidence: list[Evidence]) -> bool:
    """Add a learned code only with its evidence: a model guess nothing in the text supports is dropped."""
    if not why:
        return False
    codes.add(code)
    evidence.extend(why)
    return True


def _classify(subject: str, body: str, clean_body: str, hint: str | None) -> RulesView:
    """The rules' classification, the codes of every raw match (before judging) and the fields."""
    fields: list[Field] = []
    for name, original, work in (("subject", subject, subject), ("body", body, clean_body)):
        norm = normalize(work)
        fields.append(Field(name, original, norm, tokenize(LEXICON_KEY, norm.text)))
    if not any(f.tokens.words for f in fields):
        return RulesView(_empty(), set(), (), ())
    language, scores = detect((fold(subject), fold(clean_body)), (subject + "\n" + clean_body).lower(), hint)
    active = (*_active_languages(language, hint, scores), "*")
    law_anywhere = any(_LAW.search(f.norm.text) for f in fields)
    hits: list[Hit] = []
    for fld in fields:
        for lang in active:
            for rule in LEXICON.candidates(lang, fld.tokens.where):
                if rule.native and lang != language:
                    continue
                spans = match(rule, fld.tokens)
                if (
                    spans
                    and rule.need
                    and not all(any(n in f.tokens.where for f in fields for n in group) for group in rule.need)
                ):
                    continue
                hits.extend(Hit(rule, fld.name, start, end) for start, end in spans)
        hits.extend(_article_hits(fld, law_anywhere))
    tokens = {f.name: f.tokens for f in fields}
    hits = _escalation_context(hits, tokens, active)
    kept = judge(hits, tokens, active, reply_subject=bool(_REPLY.match(subject)))
    rights = frozenset(h.rule.code for h in kept if h.rule.kind == "right")
    reasons = frozenset(h.rule.code for h in kept if h.rule.kind == "escalation")
    evidence = tuple(_evidence(kept, {f.name: f for f in fields}))
    result = Classification(bool(rights), rights, bool(reasons), reasons, language, evidence)
    held = [h for h in hits if h.rule.kind == "escalation" and h.rule.code in _HELD and h.rule.code not in reasons]
    gated = tuple(_evidence(held, {f.name: f for f in fields})) if not rights else ()
    return RulesView(result, {h.rule.code for h in hits}, tuple(fields), gated)


def _escalation_context(hits: list[Hit], tokens: Mapping[str, Tokens], langs: Iterable[str]) -> list[Hit]:
    """Escalation words whose context says they are not the signal: the writer's own profession ("I'm a
    lawyer, stop calling me at dinner") unless a client or mandate is named; a leak beside water, a pipe or
    an appliance with no data in the sentence ("the washing machine is leaking"); a court the writer
    attends for their own hearing ("my divorce hearing at the county court"), which is no authority asking
    for data. The modifiers are lexicon rules (`profession`, `physical`, `own_hearing`)."""
    names = tuple(langs)
    context = [h for h in hits if h.rule.kind == "modifier" and h.rule.code in _CONTEXT]
    if not context:
        return hits
    client = any(c in tk.where for tk in tokens.values() for c in (f"{lang}:CLIENT" for lang in names))
    data = [f"{lang}:DATA" for lang in names]

    def same_sentence(a: Hit, b: Hit) -> bool:
        tk = tokens[a.field]
        return a.field == b.field and tk.sentence[a.start] == tk.sentence[b.start]

    def cancelled(hit: Hit) -> bool:
        for c in context:
            if c.rule.code == "profession" and hit.rule.code == "legal_action" and c.overlaps(hit) and not client:
                return True
            if c.rule.code == "physical" and hit.rule.id.endswith("data_breach.leak") and same_sentence(c, hit):
                tk = tokens[hit.field]
                sentence = tk.sentence[hit.start]
                if not any(tk.sentence[i] == sentence and data_word(tk, i) for i in range(len(tk.words))):
                    return True
            if c.rule.code == "own_hearing" and hit.rule.code == "authority_request" and same_sentence(c, hit):
                return True
        return False

    def data_word(tk: Tokens, i: int) -> bool:
        return any(name in tk.classes[i] for name in data)

    return [h for h in hits if h.rule.kind != "escalation" or not cancelled(h)]


def _evidence(hits: Iterable[Hit], fields: dict[str, Field]) -> list[Evidence]:
    out = []
    seen = set()
    ordered = sorted(hits, key=lambda h: (h.field != "subject", h.start, -h.end, h.rule.id))
    widest: dict[tuple[str, str], int] = {}  # (rule, field) -> end of the last span shown
    for hit in ordered:
        if hit.rule.kind in ("right", "escalation"):
            key_rule = (hit.rule.id, hit.field)
            if widest.get(key_rule, -1) >= hit.end:
                continue  # nested in a wider span of the same rule
            widest[key_rule] = hit.end
        fld = fields[hit.field]
        tokens = fld.tokens
        start, end = fld.norm.span(tokens.starts[hit.start], tokens.ends[hit.end - 1])
        key = (hit.rule.kind, hit.rule.code, hit.field, start, end)  # one per span, not per language
        if key in seen:
            continue
        seen.add(key)
        out.append(Evidence(hit.rule.id, hit.rule.kind, hit.rule.code, hit.field, start, end, fld.original[start:end]))
    return out
