"""Rules every language's broad expansions share: the same frame over each language's own word
classes (CONSIDER, UNDONE, FOLLOWED, DOWITHOUT, …, defined in `<lang>_extra.CLASSES`). Kept once here
and appended to each language's RULES, so a change to a frame reaches all six languages."""

from __future__ import annotations

from plugin.core.rulematch import RuleSpec, spec

SHARED_RULES: tuple[RuleSpec, ...] = (
    spec("x.repeated_request.times_asked", "repeated_request", "TIMES ~8 ASKV|DEL", "ASKV ~8 TIMES"),
    spec("x.repeated_request.despite", "repeated_request", "DESPITE ~3 PRIOR_ASK"),
    spec(
        "x.withdraw_consent.consider_undone",
        "withdraw_consent",
        "CONSIDER ~6 UNDONE",
        need="CONSENTED",
        over="erasure",
        neg=False,
    ),
    spec("x.objection.yes_no", "objection", "FOLLOWED ~2 NOPE", "NOTFINE ~2 FOLLOWED", neg=False),
    spec("x.direct_marketing.do_without", "direct_marketing", "DOWITHOUT", need="MKT|MSG", neg=False),
    spec(
        "x.privacy_concern.anyone",
        "privacy_concern",
        "ANYONE ~6 CANV ~3 SEEV2 ~3 MY",
        "ANYONE ~8 MY ~4 CANV ~2 SEEV2",
        "ANYONE ~8 MY ~4 SEEV2 ~2 CANV",
        alone=True,
    ),
    spec(
        "x.restriction.not_passed",
        "restriction",
        "UNTIL3 ~16 NEG ~6 PASSV",
        "UNTIL3 ~16 DATA|FIELD ~6 NEG ~6 PASSV",
        neg=False,
    ),
    # At most one word between: "vendez-vous mes données", not a German clause end ("verkaufen, können Sie meine").
    spec("x.privacy_concern.sell", "privacy_concern", "SELLV ~1 MY ~2 DATA|FIELD|OBJ"),
    spec(
        "x.privacy_concern.discomfort",
        "privacy_concern",
        "DISCOMFORT ~12 MY ~2 DATA|FIELD|OBJ",
        "PRIVACY ~3 VIOLATED",
        "VIOLATED ~4 MY ~1 PRIVACY",
        alone=True,
        neg=False,
    ),
    spec("b.erasure", "erasure", "OBJ|DATA ~15 DEL", need="REQ", alone=True),
    spec("ui_help.button", "ui_help", "BUTTON"),
    spec("x.privacy_concern.creepy", "privacy_concern", "CREEPY", need="DATA|OBJ|FIELD", alone=True),
    spec("x.direct_marketing.leave", "direct_marketing", "LEAVE", need="MKT|MSG", neg=False),
    # "I said yes to X back then ... I've changed my mind": taking back a yes, no consent word needed.
    spec("x.withdraw_consent.changed_mind", "withdraw_consent", "MINDCHANGE", need="CONSENTED", neg=False),
)
