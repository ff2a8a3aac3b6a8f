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
   marketing); message-level negatives (auto-replies, phishing) clear everything.

Every surviving signal carries `Evidence` pointing at the original subject or body text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final

from plugin.core.cleanup import customer_text
from plugin.core.judge import Hit, judge
from plugin.core.langid import UNDETERMINED, detect
from plugin.core.lexicon import LANGS, LEXICON, LEXICON_KEY
from plugin.core.rulematch import Rule
from plugin.core.textnorm import Normalized, fold, normalize
from plugin.core.tokens import Tokens, match, tokenize

RULES_VERSION: Final = "2026.12.3"


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
    """Judge one message; never raises on str input."""
    subject = subject if isinstance(subject, str) else ""
    body = body if isinstance(body, str) else ""
    hint = language_hint if isinstance(language_hint, str) else None
    clean_body = customer_text(body)
    if not subject.strip() and not clean_body.strip():
        return _empty()
    result, raw_codes = _classify(subject, body, clean_body, hint)
    if not result.is_request and "repeated_request" in raw_codes:
        # A chaser ("still no answer") quoting an earlier message: the quote is the request it chases.
        with_quote = customer_text(body, include_quoted=True)
        if with_quote != clean_body:
            retry, _ = _classify(subject, body, with_quote, hint)
            if retry.is_request:
                return retry
    return result


def _classify(subject: str, body: str, clean_body: str, hint: str | None) -> tuple[Classification, set[str]]:
    """The classification and the codes of every raw match (before judging)."""
    fields: list[Field] = []
    for name, original, work in (("subject", subject, subject), ("body", body, clean_body)):
        norm = normalize(work)
        fields.append(Field(name, original, norm, tokenize(LEXICON_KEY, norm.text)))
    if not any(f.tokens.words for f in fields):
        return _empty(), set()
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
    kept = judge(hits, tokens, active, reply_subject=bool(_REPLY.match(subject)))
    rights = frozenset(h.rule.code for h in kept if h.rule.kind == "right")
    reasons = frozenset(h.rule.code for h in kept if h.rule.kind == "escalation")
    evidence = tuple(_evidence(kept, {f.name: f for f in fields}))
    result = Classification(bool(rights), rights, bool(reasons), reasons, language, evidence)
    return result, {h.rule.code for h in hits}


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
