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
    "STORED": "on_file on_record stored held recorded logged kept saved collected",
    "LINKED": "linked connected attached associated related tied",
    "SHARE_V": "give gave given pass passed share shared send sent sell sold disclose disclosed hand handed",
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
    "BUTTON": "button buttons",
    "PORTNUM": "PAC_code number_porting keep_my_number",
    "QGENERIC": "thesis dissertation essay",
    "REQ": "please pls plz kindly want wanna would_like i_d_like need request demand ask can_you could_you would_you",
    "SELLV": "selling sell sells sold",
    "DISCOMFORT": "uncomfortable not_happy unhappy bothers_me upset annoyed",
    "PRIVACY": "privacy",
    "VIOLATED": "invasion invaded violated violation breach disrespected not_respected",
    "SIGNED": "signed_up sign_up subscribed subscribe opted_in opt_in asked_for ask_for",
    "ENOUGH": "enough_with enough_of no_more_of",
}

RULES = (
    spec(
        "x.direct_marketing.unsolicited",
        "direct_marketing",
        "never|didn_t|didnt|not ~2 SIGNED",
        need="MKT",
        neg=False,
        alone=True,
    ),
    spec("x.direct_marketing.enough", "direct_marketing", "ENOUGH ~3 MKT", neg=False),
    spec(
        "x.restriction.nothing_until",
        "restriction",
        "NEG ~1 do ~1 anything ~4 with ~8 until|while",
        "do ~1 nothing ~4 until|while",
        neg=False,
    ),
    spec("x.privacy_concern.sell", "privacy_concern", "SELLV ~3 MY ~2 DATA|FIELD|OBJ"),
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
    spec("b.rectification", "rectification", "CORRECT ~15 FIELD", "FIELD ~15 CORRECT", need="WRONG", alone=True),
    spec("ui_help.button", "ui_help", "BUTTON"),
    spec("cancellation.number_porting", "cancellation", "port ~2 my ~2 number", "PORTNUM"),
    spec("question_about.third_person", "question_about", "can|may|could ~1 a ~1 customer|client|user|consumer"),
    spec(
        "x.access.on_file",
        "access",
        "WHAT ~3 STORED ~3 for|about|on ~1 me",
        "anything ~3 STORED ~3 about|on ~1 me",
        "GIVE|have|get|see|know|send ~6 DATA|OBJ ~3 LINKED ~2 to ~1 MY",
        "WHAT ~3 DATA|OBJ ~3 is|are ~1 LINKED ~2 to ~1 MY",
        "see|know|read ~6 OBJ ~6 about ~1 me",
        "which|what ~2 of ~1 MY ~2 DATA|FIELD|OBJ ~3 did|have ~1 you ~2 SHARE_V",
        weak=True,
    ),
    spec(
        "x.withdraw_consent.no_longer",
        "withdraw_consent",
        "no_longer|NEG ~1 agree ~3 to ~2 you ~1 using|use|sharing|keeping|having",
        "no_longer ~1 have ~1 MY ~1 CONSENT_LIKE",
        "NEG ~1 give ~2 you ~1 CONSENT_LIKE ~3 any_more|anymore",
        "changed ~1 my ~1 mind ~2 about ~2 letting|allowing|you",
        "opted_in|signed_up|joined|agreed ~10 opt_out|withdraw|leave",
        "said ~1 yes ~8 now ~4 no",
        "untick|uncheck ~2 it|the_box|that",
        neg=False,
        over="direct_marketing",
    ),
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
