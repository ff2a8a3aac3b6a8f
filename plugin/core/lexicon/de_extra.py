"""German broad expansions (see `plugin.core.lexicon`): more ways to ask for each right, one concept per
rule: whether you hold my data, let me see my file, why do you need my X, leave me alone, I don't want
my data used for Y, I no longer consent."""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "de"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    "SEEV": "einsehen einsicht",
    "GETV": "erhalten bekommen zukommen",
    "PURPOSE": "wofur wozu zweck zwecke",
    "SAFE": "sicher geschutzt",
    "CREEPY": "ubergriffig ubertrieben unverschamt inakzeptabel skandalos gruselig",
    "LEAVE": "lassen_sie_mich_in_ruhe lasst_mich_in_ruhe",
    "CONTACTED": "kontaktiert angerufen angeschrieben angemailt belastigt",
    "USEDV": "verwendet genutzt ausgewertet analysiert weitergegeben verkauft verarbeitet",
    "ANON": "anonymisieren anonymisiert",
    "HOLDV": "gespeichert verarbeitet haben speichern",
}

RULES = (
    spec("x.access.whether", "access", "ob ~1 sie|ihr ~6 DATA ~3 uber|von ~1 mich|mir ~4 HOLDV"),
    spec("x.access.see_file", "access", "MY ~3 OBJ|DATA ~3 SEEV", "SEEV ~3 in ~1 MY ~2 OBJ|DATA"),
    spec(
        "x.access.purposes",
        "access",
        "PURPOSE ~4 sie|ihr ~4 MY ~2 DATA|OBJ|FIELD ~3 verwenden|nutzen|verarbeiten|brauchen",
    ),
    spec("x.privacy_concern.safe", "privacy_concern", "sind ~1 MY ~2 DATA|OBJ ~2 bei ~2 ihnen|euch ~1 SAFE"),
    spec("x.privacy_concern.creepy", "privacy_concern", "CREEPY", need="DATA|OBJ|FIELD", alone=True),
    spec("x.direct_marketing.leave", "direct_marketing", "LEAVE", need="MKT|MSG", neg=False),
    spec(
        "x.direct_marketing.not_contacted",
        "direct_marketing",
        "mochte|will ~2 nicht ~1 mehr ~2 CONTACTED ~1 werden",
        neg=False,
    ),
    spec("x.erasure.anon", "erasure", "ANON ~3 MY ~2 DATA|OBJ", "MY ~2 DATA|OBJ ~3 ANON"),
    spec("x.objection.not_used", "objection", "NEG ~1 dass ~4 DATA|OBJ ~4 fur ~3 PROFILING ~3 USEDV", neg=False),
    spec(
        "x.direct_marketing.not_used", "direct_marketing", "NEG ~1 dass ~4 DATA|OBJ ~4 fur ~3 MKT ~3 USEDV", neg=False
    ),
)
