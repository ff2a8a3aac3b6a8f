"""Dutch broad expansions (see `plugin.core.lexicon`): more ways to ask for each right, one concept per
rule: whether you hold my data, let me see my file, why do you need my X, leave me alone, I don't want
my data used for Y, I no longer consent."""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "nl"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    "SEEV": "inzien inkijken opvragen",
    "GETV": "ontvangen krijgen",
    "PURPOSE": "waarvoor doel doeleinden",
    "SAFE": "veilig beveiligd beschermd",
    "CREEPY": "eng opdringerig overdreven onacceptabel schandalig",
    "LEAVE": "laat_me_met_rust laat_mij_met_rust laat_me_gerust",
    "CONTACTED": "gebeld benaderd gemaild gecontacteerd lastiggevallen",
    "USEDV": "gebruikt verwerkt gedeeld geanalyseerd verkocht doorgegeven",
    "ANON": "anonimiseren anonimiseer geanonimiseerd",
    "HOLDV": "hebben bewaren verwerken opslaan bijhouden",
    "LINKED": "gekoppeld verbonden verbonden_aan",
    "REGISTERED": "geregistreerd opgeslagen bewaard vastgelegd",
    "COLLECT": "verzamelt verzamelen registreert opslaat bijhoudt",
    "HEARV": "horen",
    "GONE2": "verdwijnen verdwijnt",
    "NORMAL": "normaal ok oke in_orde",
    "TRANSFER": "overzetten over_te_zetten overdragen over_te_dragen verhuizen",
    "SERVICE2": "dienst aanbieder leverancier platform app bank",
    "BUTTON": "knop knoppen",
    "PORTNUM": "nummerbehoud overstapservice",
    "QGENERIC": "scriptie thesis masterproef werkstuk",
    "REQ": "graag alstublieft alsjeblieft aub wil wilt willen zouden kunnen verzoek eis vraag",
    "SELLV": "verkopen verkoopt verkocht doorverkopen",
    "DISCOMFORT": "vervelend niet_blij onprettig stoort",
    "PRIVACY": "privacy",
    "VIOLATED": "inbreuk schending geschonden",
    "SIGNED": "aangemeld ingeschreven geabonneerd",
    "ENOUGH": "genoeg_met klaar_met",
    "STOPUSE": "verwerk verwerken verwerkt",
    "ORDINAL": "tweede derde vierde vijfde",
    "MAILN": "mail e_mail bericht brief verzoek aanvraag herinnering",
    "KEEP2": "bewaren houden hebben opslaan",
    "RECORDED": "opgenomen opgeslagen bewaard vastgelegd geregistreerd",
    "CURIOUS": "benieuwd nieuwsgierig",
    "REPLACE": "vervang vervangen",
    "THEY": "zij ze",
}

RULES = (
    spec("x.erasure.no_reason", "erasure", "geen ~1 reden ~2 meer? ~2 om ~6 te ~1 KEEP2", neg=False),
    spec("x.access.copy_of_that", "access", "wil|zou ~3 kopie", need="RECORDED"),
    spec(
        "x.access.curious",
        "access",
        "benieuwd|nieuwsgierig ~3 wat ~10 over ~1 MY|mij|me|ons",
        "mag ~1 ik ~1 dat|die|het ~1 zien",
    ),
    spec("x.portability.their_format", "portability", "formaat ~3 dat ~1 THEY ~1 gebruiken|lezen", weak=True),
    spec("x.rectification.replace", "rectification", "REPLACE ~3 door ~2 @EMAIL|@NUM|FIELD"),
    spec("x.repeated_request.nth", "repeated_request", "ORDINAL ~1 MAILN", "wacht ~2 al ~3 weken|maanden|dagen"),
    spec("x.direct_marketing.unsolicited", "direct_marketing", "nooit ~3 SIGNED", need="MKT", neg=False, alone=True),
    spec("x.direct_marketing.enough", "direct_marketing", "ENOUGH ~3 MKT|verkoopgesprekken|telefoontjes", neg=False),
    spec("x.restriction.nothing_until", "restriction", "niets ~4 mee ~6 tot|zolang", neg=False),
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
    spec(
        "b.rectification",
        "rectification",
        "CORRECT2|CORRECT ~15 FIELD",
        "FIELD ~15 CORRECT2|CORRECT",
        need="WRONG",
        alone=True,
    ),
    spec("ui_help.button", "ui_help", "BUTTON"),
    spec("cancellation.number_porting", "cancellation", "nummer ~2 meenemen|behouden", "PORTNUM"),
    spec("question_about.third_person", "question_about", "mag|kan ~1 een ~1 klant|gebruiker|consument"),
    spec(
        "x.access.linked",
        "access",
        "DATA ~3 is|zijn ~1 LINKED ~2 aan ~1 MY",
        "alles ~4 op ~1 MY ~1 naam ~2 REGISTERED",
        "weten ~2 wat ~6 over ~1 mij|me ~2 COLLECT",
    ),
    spec("x.direct_marketing.hear", "direct_marketing", "niets ~1 meer ~1 horen ~3 MKT", neg=False),
    spec("x.erasure.gone", "erasure", "DATA|OBJ ~6 GONE2", "jullie ~2 alles ~3 over ~1 mij ~1 vergeten"),
    spec("x.privacy_concern.normal", "privacy_concern", "vind ~2 het ~1 niet ~1 NORMAL ~1 dat", alone=True, neg=False),
    spec(
        "x.withdraw_consent.no_longer",
        "withdraw_consent",
        "mogen ~4 niet ~1 langer|meer ~2 gebruiken",
        need="CONSENT|CONSENTED|PUBLISHED",
        neg=False,
    ),
    spec(
        "x.portability.transfer",
        "portability",
        "OTHER ~2 SERVICE2 ~4 TRANSFER",
        "TRANSFER ~6 OTHER ~2 SERVICE2",
        weak=True,
    ),
    spec("x.access.whether", "access", "of ~1 jullie|u ~4 DATA ~3 van ~1 mij|me ~2 HOLDV"),
    spec("x.access.see_file", "access", "MY ~3 OBJ|DATA ~3 SEEV", "SEEV ~3 MY ~2 OBJ|DATA"),
    spec("x.access.purposes", "access", "PURPOSE ~4 jullie|u ~3 MY ~2 DATA|OBJ|FIELD ~2 gebruiken|verwerken|gebruikt"),
    spec("x.privacy_concern.safe", "privacy_concern", "zijn ~1 MY ~2 DATA|OBJ ~2 wel? ~1 SAFE"),
    spec("x.privacy_concern.creepy", "privacy_concern", "CREEPY", need="DATA|OBJ|FIELD", alone=True),
    spec("x.direct_marketing.leave", "direct_marketing", "LEAVE", need="MKT|MSG", neg=False),
    spec(
        "x.direct_marketing.not_contacted", "direct_marketing", "wil ~2 niet ~1 meer ~2 CONTACTED ~1 worden", neg=False
    ),
    spec("x.erasure.anon", "erasure", "ANON ~3 MY ~2 DATA|OBJ", "MY ~2 DATA|OBJ ~3 ANON"),
    spec(
        "x.objection.not_used",
        "objection",
        "wil ~1 niet ~1 dat ~4 DATA|OBJ ~4 USEDV ~3 voor ~3 PROFILING",
        "wil ~1 niet ~1 dat ~4 DATA|OBJ ~4 voor ~3 PROFILING ~3 USEDV",
        neg=False,
    ),
    spec(
        "x.direct_marketing.not_used",
        "direct_marketing",
        "wil ~1 niet ~1 dat ~4 DATA|OBJ ~4 voor ~3 MKT ~3 USEDV",
        neg=False,
    ),
)
