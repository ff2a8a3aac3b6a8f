"""The compiled lexicon: word classes and rules of every language, built once at import.

Each language has two modules: `<lang>` (rules grown on the labelled corpus: set phrases, hard
negatives, modifiers) and `<lang>_general` (broad concept classes and general rules: removal verbs x
data objects, stop verbs x marketing nouns, polite/imperative request forms). Classes of the same name
in both are merged.
"""

from __future__ import annotations

from types import ModuleType
from typing import Final

from plugin.core.lexicon import (
    common,
    de,
    de_extra,
    de_general,
    en,
    en_extra,
    en_general,
    es,
    es_extra,
    es_general,
    fr,
    fr_extra,
    fr_general,
    it,
    it_extra,
    it_general,
    nl,
    nl_extra,
    nl_general,
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
