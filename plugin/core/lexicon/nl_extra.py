"""Dutch broad expansions (see `plugin.core.lexicon`): more ways to ask for each right, one concept per
rule: whether you hold my data, let me see my file, why do you need my X, leave me alone, I don't want
my data used for Y, I no longer consent."""

from __future__ import annotations

from plugin.core.lexicon.shared_frames import SHARED_RULES
from plugin.core.rulematch import spec

LANG = "nl"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    # 'I've changed my mind' beside an earlier yes (CONSENTED): the yes is taken back (Art. 7(3))
    "MINDCHANGE": "wil_ik_niet_meer van_gedachten_veranderd ben_ik_niet_meer_akkoord niet_meer_mee_eens bedacht",
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
    "SIGNED": "aangemeld ingeschreven geabonneerd aanmelding aanmelden",
    "ENOUGH": "genoeg_met klaar_met",
    "STOPUSE": "verwerk verwerken verwerkt",
    "ORDINAL": "tweede derde vierde vijfde",
    "MAILN": "mail e_mail bericht brief verzoek aanvraag herinnering",
    "KEEP2": "bewaren houden hebben opslaan",
    "RECORDED": "opgenomen opgeslagen bewaard vastgelegd geregistreerd",
    "CURIOUS": "benieuwd nieuwsgierig",
    "REPLACE": "vervang vervangen",
    "THEY": "zij ze",
    "CONSIDER": "beschouw beschouwen",
    "UNDONE": "weg uitgevinkt ingetrokken geschrapt vervallen",
    "CONSENTED": "ja_op_gezegd ja_tegen_gezegd vinkte aangevinkt gaf_toestemming toestemming_gegeven",
    "FOLLOWED": "gevolgd getrackt bekeken",
    "NOPE": "niet nee",
    "NOTFINE": "niet_prima niet_ok",
    "DOWITHOUT": "wegblijven zonder_kunnen mogen_wegblijven",
    "ANYONE": "iedereen wie_dan_ook",
    "CANV": "kan kunnen mag",
    "SEEV2": "zien opvragen inzien lezen openen",
    "UNTIL3": "zolang tot totdat voorlopig",
    "PASSV": "naar doorgegeven doorgestuurd gaan",
    "DECISION2": "risicoscore verdubbeld verhoogd",
    "RATHER": "liever",
    "CHECKV": "nagaan controleren checken kijken",
    "TIMES": "derde_keer tweede_keer twee_keer drie_keer meerdere_keren al_twee_keer al_drie_keer",
    "ASKV": "vraag vroeg gevraagd verzoek verzoeken schrijf schreef geschreven mail gemaild",
    "LOADV": "inlezen importeren laden gebruiken",
    "PUBLISHED": "interview* clip* fragment* testimonial* video* interviewfragment*",
    # "despite my request of 3 March (you still …)": asked before and not honoured (shared frame)
    "DESPITE": "ondanks",
    "PRIOR_ASK": "verzoek verzoeken bezwaar klacht brief mail e_mail herinnering",
    # privacy concern (Art. 5(1)(c) minimisation, 12-14 transparency): what a company asks of the writer
    "PC_ASKV": "vragen vraagt vroegen willen wil eisen eist verzamelen verzamelt",
    "PC_PERSONAL": "bsn burgerservicenummer geboortedatum paspoort id identiteitsbewijs id_kaart rijbewijs "
    "burgerlijke_staat inkomen salaris contacten adresboek fotos foto camera microfoon locatie "
    "bestellingen aankoopgeschiedenis bestelgeschiedenis telefoonnummer mobiele_nummer kenteken",
    "PC_UNEASY": "ongemakkelijk onprettig eng vervelend niet_prettig",
    "PC_STAFF": "medewerker medewerkers personeel moderators collega collegas iedereen",
}

RULES = (
    spec(
        "x.objection.leave_out", "objection", "laat ~2 MY ~2 OBJ|DATA ~2 daarbuiten|erbuiten|erbuiten", over="erasure"
    ),
    spec("x.portability.new_can_load", "portability", "OTHER ~3 kan|kunnen ~2 LOADV", weak=True),
    spec(
        "x.withdraw_consent.prefer_not",
        "withdraw_consent",
        "liever ~1 dat ~2 jullie|u ~3 niet ~1 meer",
        need="CONSENTED|CONSENT",
        over="direct_marketing",
        neg=False,
    ),
    spec("x.access.still_have", "access", "hebben ~1 jullie|u ~6 MY ~3 OBJ|DATA ~3 nog", alone=True),
    spec("x.erasure.rather_not", "erasure", "liever ~1 niet ~2 dat ~2 jullie|u ~6 KEEP2|bewaren|bewaart", neg=False),
    spec("x.erasure.nothing_left", "erasure", "niets ~1 meer ~1 van ~1 mij|me", neg=False),
    spec("x.access.check_whether", "access", "CHECKV ~2 of ~4 MY ~2 DATA|OBJ|FIELD ~4 nog"),
    spec("question_about.how_do_i", "question_about", "hoe ~1 exporteer|download|verwijder|wijzig|verander"),
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
    spec(
        "b.rectification",
        "rectification",
        "CORRECT2|CORRECT ~15 FIELD",
        "FIELD ~15 CORRECT2|CORRECT",
        need="WRONG",
        alone=True,
    ),
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
    spec("x.access.see_file", "access", "MY ~3 OBJ|DATA ~3 SEEV", "SEEV ~3 MY ~2 OBJ|DATA", need="REQ"),
    spec("x.access.purposes", "access", "PURPOSE ~4 jullie|u ~3 MY ~2 DATA|OBJ|FIELD ~2 gebruiken|verwerken|gebruikt"),
    spec("x.privacy_concern.safe", "privacy_concern", "zijn ~1 MY ~2 DATA|OBJ ~2 wel? ~1 SAFE"),
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
    # ---- privacy concern (Art. 5, 12-14): questions and worries about handling, no right exercised
    # "waarom moet ik mijn BSN opgeven?": collection beyond the purpose (minimisation)
    spec(
        "x.privacy_concern.why_ask",
        "privacy_concern",
        "waarom ~4 moet|moeten ~1 ik|we|je ~5 MY|een|het|de|uw ~3 DATA|FIELD|PC_PERSONAL|OBJ",
        "waarom ~3 PC_ASKV ~1 jullie|u|ze ~5 DATA|FIELD|PC_PERSONAL|OBJ",
        "waarvoor ~4 MY|de|het|uw ~3 DATA|FIELD|PC_PERSONAL|OBJ",
        q=False,
    ),
    # "ik vind het ongemakkelijk dat de medewerker al mijn bestellingen kon zien": unease about handling
    spec(
        "x.privacy_concern.uneasy",
        "privacy_concern",
        "vind ~2 het ~1 PC_UNEASY ~1 dat",
        "voel ~3 niet ~1 prettig|veilig",
        need="DATA|FIELD|PC_PERSONAL|OBJ",
        alone=True,
        neg=False,
    ),
    # "ik maak me zorgen dat jullie website mijn locatie volgt": worry about the writer's data, not a parcel
    spec("x.privacy_concern.worry_mine", "privacy_concern", "WORRY ~8 MY ~2 PC_PERSONAL", alone=True),
    # "kunnen medewerkers mijn berichten lezen?": staff reading the writer's messages
    spec(
        "x.privacy_concern.staff_read",
        "privacy_concern",
        "PC_STAFF ~8 kunnen|kan|konden|kon ~4 lezen|zien|meelezen|inzien",
    ),
    # "verkopen jullie mijn gegevens?": a question on disclosure, no right exercised (Art. 13-14)
    spec(
        "x.privacy_concern.do_you_sell",
        "privacy_concern",
        "verkopen|delen|verstrekken|verhuren ~1 jullie|u ~5 DATA|FIELD|PC_PERSONAL",
        "worden ~1 MY ~2 DATA|FIELD|PC_PERSONAL ~4 verkocht|gedeeld|doorgegeven|verstrekt",
        alone=True,
        q=False,
    ),
    # "andersom kan dus iedereen ons adres zien": anyone seeing the writer's data
    spec(
        "x.privacy_concern.anyone_sees",
        "privacy_concern",
        "kan|kunnen ~2 iedereen ~6 zien|inzien|lezen|meelezen",
        need="DATA|FIELD|PC_PERSONAL|OBJ",
        alone=True,
    ),
    *SHARED_RULES,
)
