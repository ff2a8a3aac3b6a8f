"""English broad expansions (see `plugin.core.lexicon`): more ways to ask for each right, one concept per
rule: whether you hold my data, let me see my file, why do you need my X, leave me alone, I don't want
my data used for Y, I no longer consent."""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "en"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    "WHETHER": "whether if",
    "HOLDV": "hold have keep store process processing holding storing keeping",
    "SEEV": "see view consult inspect",
    "GETV": "receive obtain get have",
    "PURPOSE": "purpose purposes what_for for_what reason reasons",
    "DOWITH": "do_with doing_with",
    "SAFE": "safe secure protected",
    "CREEPY": "creepy invasive intrusive excessive over_the_top unacceptable outrageous",
    "LEAVE": "leave_me_alone leave_us_alone",
    "CONTACTED": "contacted called phoned emailed texted messaged approached",
    "USEDV": "used processed shared analysed analyzed sold passed_on",
    "TRACES": "trace traces every_trace all_trace",
    "ANON": "anonymise anonymize anonymised anonymized",
}

RULES = (
    spec(
        "x.access.whether",
        "access",
        "WHETHER ~3 you ~2 HOLDV ~4 DATA|anything|OBJ ~3 about|on|of ~1 me",
    ),
    spec("x.access.see_file", "access", "SEEV ~3 MY ~2 OBJ|DATA", "GETV ~2 a ~1 COPY ~1 of ~2 MY"),
    spec("x.access.receive", "access", "GETV ~2 MY ~2 DATA ~2 you ~1 HOLD", weak=True),
    spec("x.access.purposes", "access", "PURPOSE ~4 you ~2 USE|using|process|processing ~2 MY ~2 DATA|OBJ|FIELD"),
    spec(
        "x.privacy_concern.do_with",
        "privacy_concern",
        "what ~3 you ~2 DOWITH ~2 MY ~2 DATA|OBJ|FIELD",
        "is ~1 MY ~2 DATA|OBJ|FIELD ~2 SAFE",
    ),
    spec("x.privacy_concern.creepy", "privacy_concern", "CREEPY", need="DATA|OBJ|FIELD", alone=True),
    spec("x.direct_marketing.leave", "direct_marketing", "LEAVE", need="MKT|MSG", neg=False),
    spec(
        "x.direct_marketing.not_contacted",
        "direct_marketing",
        "NEG ~2 want|wish ~2 to ~1 be ~1 CONTACTED",
        "NEG ~1 contact ~1 me ~2 again|anymore",
        neg=False,
    ),
    spec(
        "x.erasure.traces",
        "erasure",
        "DEL ~3 all|every ~1 TRACES",
        "ANON ~3 MY ~2 DATA|OBJ",
        "be ~1 GONE ~3 from ~2 your|the",
    ),
    spec(
        "x.objection.not_used",
        "objection",
        "NEG ~1 want ~4 DATA|OBJ|FIELD ~2 USEDV ~4 PROFILING",
        "stop ~1 using ~3 MY ~2 DATA|OBJ ~4 PROFILING",
        neg=False,
    ),
    spec(
        "x.direct_marketing.not_used",
        "direct_marketing",
        "NEG ~1 want ~4 DATA|OBJ|FIELD ~2 USEDV ~4 MKT",
        "stop ~1 using ~3 MY ~2 DATA|OBJ ~4 MKT",
        neg=False,
    ),
)
