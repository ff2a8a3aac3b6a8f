"""The compiled lexicon: word classes and rules of every language, built once at import.

Each language has five modules: `<lang>` (rules grown on the labelled corpus: set phrases, hard
negatives, modifiers), `<lang>_general` (broad concept classes and general rules: removal verbs x
data objects, stop verbs x marketing nouns, polite/imperative request forms), `<lang>_extra`
(constructions found from paraphrases), `<lang>_frames` (one rule family per semantic frame of a
right, over broad classes with free word order) and `<lang>_signals` (escalation signals said without
the keyword, and the contexts that cancel an escalation word). Classes of the same name are merged.
"""

from __future__ import annotations

from types import ModuleType
from typing import Final

from plugin.core.lexicon import (
    common,
    de,
    de_extra,
    de_frames,
    de_general,
    de_signals,
    en,
    en_extra,
    en_frames,
    en_general,
    en_signals,
    es,
    es_extra,
    es_frames,
    es_general,
    es_signals,
    fr,
    fr_extra,
    fr_frames,
    fr_general,
    fr_signals,
    it,
    it_extra,
    it_frames,
    it_general,
    it_signals,
    nl,
    nl_extra,
    nl_frames,
    nl_general,
    nl_signals,
)
from plugin.core.rights import ESCALATION_CODES, RIGHT_CODES
from plugin.core.rulematch import Lexicon, RuleSpec
from plugin.core.tokens import register

NEGATIVE_CODES: Final = frozenset(
    {
        "cancellation",
        "account_access",
        "order_change",
        "payment_change",
        "invoice",
        "b2b",
        "spam",
        "auto_reply",
        "service_contact",
        "price_dispute",
        "ui_help",
    }
)
MODIFIER_CODES: Final = frozenset(
    {
        "question_about",
        "question_general",
        "hypothetical",
        "past_self",
        "please",
        "replacement",
        "keep",
        "stop_use",
        "my_object",
        "profession",  # "I'm a lawyer": the writer's job, not legal action
        "physical",  # water, a pipe, an appliance: a leak that is no data breach
        "own_hearing",  # the writer's own court date: no authority asking for data
    }
)
MODULES: Final[tuple[ModuleType, ...]] = (
    common,
    en,
    fr,
    nl,
    de,
    es,
    it,
    en_general,
    fr_general,
    nl_general,
    de_general,
    es_general,
    it_general,
    en_extra,
    fr_extra,
    nl_extra,
    de_extra,
    es_extra,
    it_extra,
    en_frames,
    fr_frames,
    nl_frames,
    de_frames,
    es_frames,
    it_frames,
    en_signals,
    fr_signals,
    nl_signals,
    de_signals,
    es_signals,
    it_signals,
)


def kind_of(code: str) -> str:
    if code in RIGHT_CODES:
        return "right"
    if code in ESCALATION_CODES:
        return "escalation"
    if code in NEGATIVE_CODES:
        return "negative"
    if code in MODIFIER_CODES:
        return "modifier"
    raise ValueError(f"unknown code {code!r}")


def build(modules: tuple[ModuleType, ...] = MODULES) -> Lexicon:
    lexicon = Lexicon()
    for module in modules:
        for name, entries in module.CLASSES.items():
            lexicon.add_class(f"{module.LANG}:{name}", entries)
    for module in modules:
        rules: tuple[RuleSpec, ...] = module.RULES
        for rule in rules:
            lexicon.add_rule(module.LANG, rule, kind_of(rule.code))
    fuzzy = [f"{m.LANG}:{name}" for m in modules for name in m.FUZZY]
    suffixes: dict[str, tuple[str, ...]] = {}
    for module in modules:
        suffixes[module.LANG] = tuple(dict.fromkeys((*suffixes.get(module.LANG, ()), *module.SUFFIXES)))
    lexicon.finish_classes(fuzzy, suffixes)
    lexicon.finish_rules()
    return lexicon


LEXICON: Final = build()
LEXICON_KEY: Final = register(LEXICON)
LANGS: Final = tuple(dict.fromkeys(m.LANG for m in MODULES if m.LANG != "*"))
