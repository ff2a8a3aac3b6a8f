"""The compiled lexicon: word classes and rules of every language, built once at import."""

from __future__ import annotations

from types import ModuleType
from typing import Final

from plugin.core.lexicon import common, de, en, es, fr, it, nl
from plugin.core.rights import ESCALATION_CODES, RIGHT_CODES
from plugin.core.rulematch import Lexicon, RuleSpec
from plugin.core.tokens import register

NEGATIVE_CODES: Final = frozenset(
    {"cancellation", "account_access", "order_change", "payment_change", "invoice", "b2b", "spam", "auto_reply"}
)
MODIFIER_CODES: Final = frozenset(
    {"question_about", "question_general", "hypothetical", "past_self", "please", "replacement", "keep", "stop_use"}
)
MODULES: Final[tuple[ModuleType, ...]] = (common, en, fr, nl, de, es, it)


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
    lexicon.finish_classes(fuzzy, {m.LANG: m.SUFFIXES for m in modules})
    lexicon.finish_rules()
    return lexicon


LEXICON: Final = build()
LEXICON_KEY: Final = register(LEXICON)
LANGS: Final = tuple(m.LANG for m in MODULES if m.LANG != "*")
