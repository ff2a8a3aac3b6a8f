"""Dutch (NL and Flemish) word classes and rules (see `plugin.core.rulematch` for the notation).

Dutch compounds put the head last ("persoonsgegevens", "klantendossier"): `*gegevens` entries match
word endings. Separable verbs ("haal ... weg", "trek ... in") are rules with a gap.
"""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "nl"
SUFFIXES = ("", "en", "t", "d", "e", "ing", "de", "te")
FUZZY = ("DEL", "DATA", "ACCOUNT", "UNSUB", "MKT", "CONSENT", "CORRECT", "PORT", "OBJECT")

CLASSES = {
    "I": "ik we wij",
    "ME": "me mij ons",
    "MY": "mijn mn m'n onze ons mij me",
    "YOU": "jullie u uw je jouw ge gij",
    "HIM": "hem haar zijn hun ze zij",
    "HIS": "zijn haar hun",
    "MINE": "mijn mn m'n mij me",
    "POSS": "mijn mn m'n",
    "IF": "als indien mocht",
    "NECESSARY": "nodig noodzakelijk vereist",
    "NEG": "niet geen nooit ni nie niets in_plaats_van",
    "POSTNEG": "niet ni nie",
    "PLEASE": "alstublieft alsjeblieft aub a_u_b graag gelieve verzoek hierbij",
    "WANT": "wil wilt willen graag verzoek eis vraag wens",
    "STILL": "nog_steeds waarom nog_altijd",
    "HARD": "lukt vind vinden hoe waar weet begrijp",
    "WHAT": "wat welke wat_voor",
    "EVERYTHING": "alles al alle",
    "DATA": "gegevens *gegevens data *data info informatie persoonsgegevens dossier *dossier registratie* "
    "foto foto_s fotos filmpjes beelden *geschiedenis",
    "ACCOUNT": "account acount accounts profiel *account *profiel inschrijving",
    "FIELD": "naam achternaam voornaam familienaam voorletters meisjesnaam adres *adres e_mailadres emailadres "
    "mailadres geboortedatum telefoonnummer *nummer nummer nr gsmnummer geslacht aanhef spelling huisnummer postcode",
    "SYSTEM": "systeem systemen bestand bestanden *bestand database databank administratie klantenbestand",
    "MKT": "reclame* nieuwsbrie* aanbieding* promotie* folder* marketing mailing* telemarketing *aanbiedingen "
    "pushbericht* acties",
    "MSG": "mail mails e_mail* email* mailtjes bericht* sms* berichtjes telefoontje* bellen post brieven",
    "LIST": "mailinglijst* *mailinglijsten verzendlijst* belbestand *belbestand nieuwsbrief bellijst",
    "CONSENT": "toestemming* akkoord",
    "ORDER": "bestelling* levering* pakket* bezorg* winkelmand* reservering* afspraak",
    "CONTRACT": "abonnement* lidmaatschap* contract* polis subscription",
    "INVOICE": "factuur* facturen jaaroverzicht* betaalherinnering* *factuur",
    "PROFILING": "profilering tracking volgen analyse* *analyse rijgedrag* onderzoek* trainen personalisatie "
    "risicomodel*",
    "HUMAN": "mens medewerker* persoon een_mens recruiter acceptant* adviseur* persoonlijk menselijke behandelaar",
    "AUTO": "automatisch* algoritme* computer systeem binnen_een_minuut binnen_vijf_minuten meteen direct "
    "risicoscore score persoonlijkheidstest",
    "DECISION": "besluit beslissing afgewezen afwijzing geweigerd weigering geblokkeerd",
    "DEL": "verwijder* wis wissen wissing schrap* vernietig*",
    "STOP": "stop stoppen ophouden hou_op houd_op",
    "SEND": "sturen stuur stuurt mailen bellen bel gebeld benaderen contacteren",
    "RECEIVE": "ontvangen krijgen",
    "UNSUB": "afmelden afmelding uitschrijven uitschrijving opt_out",
    "OBJECT": "bezwaar",
    "WITHDRAW": "intrekken intrekking in_te_trekken herroep*",
    "CORRECT": "aanpassen aan_te_passen corrigeren corrigeer verbeteren verbeter wijzigen wijzig rechtzetten "
    "bijwerken updaten aangepast gecorrigeerd",
    "WRONG": "fout foute verkeerd* onjuist* klopt_niet kloppen_niet niet_juist fout_gespeld",
    "COPY": "kopie kopieen overzicht *overzicht afschrift uittreksel",
    "GIVE": "stuur sturen toesturen opsturen geven geef verstrekken verstrek toezenden tonen toezending",
    "HOLD": "hebben hebt heeft bewaren bewaart bijhouden bijhoude verwerken verwerkt opgeslagen weten weet kennen "
    "verzamelen verzameld gebruiken",
    "EXPORT": "export* exporteren download*",
    "PORT": "overdraagbaarheid csv json xml machineleesbaar* gestructureerd* mt940 data_export",
    "PROVIDER": "aanbieder leverancier *leverancier bank app dienst partij",
    "USE": "gebruiken gebruik gebruikt verwerken doorgeven delen",
    "WORRY": "bezorgd ongerust zorgen",
    "AUTH_BODY": "politie parket procureur* officier_van_justitie belastingdienst fiod rechercheur* strafvordering "
    "onderzoeksrechter deurwaarder",
    "SUBJECT_OTHER": "abonnee gebruiker klant haar_naam zijn_naam gekoppeld identificatiegegevens",
    "ACCESS_N": "inzage* *inzage inzageverzoek* recht_op_inzage",
    "LAWYER": "advocaat* jurist* rechter rechtbank juridische_stappen ingebrekestelling in_gebreke rechtszaak "
    "dagvaard* kort_geding",
    "CHILD": "zoon dochter kind kinderen zoontje dochtertje",
    "MINOR": "minderjarig*",
    "SENSITIVE": "gezondheid* medisch* medicatie* medicijn* apothe* ziekte* diagnose* psycholoog psychiater "
    "therapie burn_out burnout zwanger* handicap* ziekenhuis huisarts behandeling* biometrisch* vingerafdruk* "
    "gezichtsherkenning religie* geloof etnisch* seksuele_geaardheid homo biseksueel* lesbisch vakbond* "
    "politieke_voorkeur strafblad* hartslag* slaapgegevens zorgverzekeraar",
    "RELATIVE": "vrouw man echtgenoot echtgenote partner moeder vader mama papa broer zus vriend vriendin buurman "
    "buurvrouw ouders oma opa schoonmoeder",
    "BREACH": "gehackt hack* datalek* lek gelekt buitgemaakt niet_van_mij_is bij_iemand_anders hackersforum",
    "MEDIA": "journalist* verslaggever* krant* de_pers media naar_radar naar_kassa",
    "REPEAT": "herinnering nog_niets_ontvangen geen_reactie geen_antwoord eerder_gevraagd al_eerder reageren_niet "
    "nog_steeds_geen",
    "B2B": "verwerkersovereenkomst* subverwerker* onze_fg leveranciersbeoordeling iso onze_organisatie onze_klanten",
    "SPAM": "om_blokkering_te_voorkomen boete_tot avg_check voldoet_niet klik_hier binnen_48_uur",
    "OOO": "afwezig* afwezigheid* automatisch_antwoord bedankt_voor_uw_bericht wij_reageren_binnen",
    "QGENERIC": "ik_twijfel in_het_algemeen uit_nieuwsgierigheid",
    "REPL": "het_moet moet_zijn in_plaats_van en_niet niet_maar",
    "PAYMENT": "iban rekeningnummer betaalgegevens bankrekening betaalmethode",
    "PUBLISHED": "recensie review reactie reacties foto fotos bericht berichten",
    "DONE": "verwijderd gewist opgezegd geannuleerd afgesloten",
}

RULES = (
    # ---- access
    spec(
        "access.what_hold",
        "access",
        "WHAT ~3 DATA ~6 van|over ~1 mij|me|hem|haar",
        "WHAT ~2 HOLD ~4 van|over ~1 mij|me|hem|haar",
        "WHAT ~5 van|over ~1 mij|me|hem|haar ~2 HOLD",
        weak=True,
    ),
    spec("access.data_of_me", "access", "DATA ~3 van ~1 mij|hem|haar ~2 HOLD", weak=True),
    spec("access.copy", "access", "COPY ~6 DATA|alle"),
    spec("access.noun", "access", "ACCESS_N"),
    spec("access.exposed", "access", "welke ~2 DATA ~4 gelekt|buitgemaakt|getroffen|gestolen"),
    spec(
        "direct_marketing.make_stop",
        "direct_marketing",
        "wil ~1 dat ~1 dit|het ~1 stopt|ophoudt",
        need="MKT",
        neg=False,
    ),
    spec("access.get_copy", "access", "COPY ~2 van? ~1 krijgen|ontvangen"),
    spec("access.recipients", "access", "aan_wie"),
    spec("access.source", "access", "waar ~5 vandaan"),
    spec("access.retention", "access", "hoe_lang ~4 bewaren|bewaart|HOLD", "bewaren|bewaart ~1 jullie|u ~6 nog"),
    spec("access.logic", "access", "hoe ~3 score|beslissing|besluit ~3 berekend|genomen|tot_stand"),
    # ---- rectification
    spec(
        "rectification.verb_field",
        "rectification",
        "CORRECT ~4 MY|het|de|HIS ~2 FIELD|DATA|dossier",
        "FIELD|DATA ~4 CORRECT",
    ),
    spec("rectification.fix_it", "rectification", "dat|dit|het ~2 CORRECT", "CORRECT ~1 dat|dit", need="FIELD"),
    spec("rectification.graag", "rectification", "graag ~1 aanpassen|corrigeren|wijzigen|verbeteren", need="FIELD"),
    spec("rectification.imperative", "rectification", "corrigeer|verbeter ~1 dit|dat|het|alstublieft"),
    spec(
        "rectification.field_wrong", "rectification", "FIELD ~4 WRONG", "WRONG ~2 FIELD", neg=False, need="CORRECT|REPL"
    ),
    spec("rectification.new_value", "rectification", "MY ~1 nieuw|nieuwe ~1 FIELD"),
    spec("rectification.noun", "rectification", "rectificatie|recht_op_rectificatie"),
    # ---- erasure
    spec("erasure.verb_obj", "erasure", "DEL ~4 DATA|ACCOUNT|EVERYTHING|FIELD|mij|me"),
    spec("erasure.verb_final", "erasure", "DATA|ACCOUNT|FIELD|EVERYTHING ~6 te? DEL"),
    spec(
        "erasure.haal_weg",
        "erasure",
        "haal|haalt|halen|gooi|gooien ~4 DATA|ACCOUNT|FIELD|EVERYTHING|me|mij|het|die|dat ~3 weg|eruit|af|uit",
        "DATA|FIELD|foto* ~6 uit ~2 MY|jullie|het ~1 ACCOUNT|SYSTEM ~1 halen",
    ),
    spec("erasure.out_of_system", "erasure", "uit ~2 jullie|uw|het|de ~1 SYSTEM", "EVERYTHING ~3 weg"),
    spec(
        "erasure.forget",
        "erasure",
        "MY ~3 FIELD|DATA ~3 vergeten",
        "vergeet ~1 mij|me",
        "recht_op_vergetelheid|recht_op_verwijdering|recht_op_gegevenswissing",
    ),
    spec("erasure.noun", "erasure", "verwijdering|wissing"),
    # ---- restriction
    spec(
        "restriction.verb",
        "restriction",
        "beperking ~3 verwerking",
        "verwerking ~3 beperkt|beperken",
        "beperk* ~4 verwerking|gebruik",
        "blokkeer|blokkeren ~3 DATA|dossier",
    ),
    spec(
        "restriction.other_use",
        "restriction",
        "USE ~3 verder? ~1 nergens ~1 voor",
        "zolang ~10 NEG ~9 USE",
        "NEG ~9 USE ~4 zolang",
        neg=False,
    ),
    # ---- portability
    spec("portability.format", "portability", "PORT"),
    spec("portability.export", "portability", "EXPORT ~3 MY|alle|van"),
    spec(
        "portability.transfer",
        "portability",
        "inlezen|importeren ~5 andere|nieuwe",
        "rechtstreeks ~3 over_te_dragen|overdragen",
        "overdragen|over_te_dragen ~4 andere|nieuwe ~1 PROVIDER",
    ),
    # ---- objection
    spec("objection.object", "objection", "maak|maken|teken|tekenen ~2 bezwaar", "bezwaar ~2 tegen"),
    spec("objection.profiling", "objection", "STOP|NEG ~4 PROFILING", neg=False),
    # ---- direct marketing
    spec(
        "direct_marketing.unsubscribe",
        "direct_marketing",
        "UNSUB",
        "meld|schrijf ~3 af|uit",
        "van ~3 LIST ~1 af",
        over="erasure",
    ),
    spec("direct_marketing.stop", "direct_marketing", "STOP ~3 met? ~3 MKT|MSG", neg=False),
    spec("direct_marketing.stop_it", "direct_marketing", "stop ~1 daarmee|ermee|hiermee", need="MKT", neg=False),
    spec(
        "direct_marketing.no_more",
        "direct_marketing",
        "geen ~2 MKT|MSG ~3 meer",
        "NEG ~1 meer ~3 gebeld|gemaild|benaderd",
        "NEG ~2 MKT|MSG ~2 ontvangen",
        neg=False,
    ),
    spec(
        "direct_marketing.list",
        "direct_marketing",
        "uit|van ~2 LIST ~2 halen|weg|af",
        "DEL ~4 uit ~2 LIST",
        over="erasure",
    ),
    spec("direct_marketing.object", "direct_marketing", "bezwaar|intrek*|trek ~8 MKT", over="objection", neg=False),
    # ---- automated decision
    spec(
        "automated_decision.human",
        "automated_decision",
        "HUMAN ~5 beoordeelt|bekijkt|beoordelen|bekijken|kijkt|herbeoordeelt",
        "menselijke ~1 beoordeling|tussenkomst",
        need="AUTO|DECISION",
    ),
    # ---- consent
    spec(
        "withdraw_consent.verb",
        "withdraw_consent",
        "trek|trekt ~5 CONSENT ~2 in",
        "CONSENT ~3 trek|trekt ~2 in",
        "WITHDRAW ~3 CONSENT",
        "CONSENT ~3 WITHDRAW",
    ),
    spec(
        "withdraw_consent.no_longer",
        "withdraw_consent",
        "wil ~2 ik? ~1 dat ~1 NEG ~1 meer",
        need="toegelaten|toegestaan|CONSENT",
        neg=False,
    ),
    # ---- privacy concern
    spec("privacy_concern.why", "privacy_concern", "waarom ~3 staat|heeft|hebben ~2 MY", "zo_ja_waarom"),
    # "waarom hebben jullie mijn geboortedatum nodig?" -- but "waarom hebben jullie vijf werkdagen nodig?" is
    # a delivery question: the need is about the writer's data only when a data word is in the message
    spec("privacy_concern.why_need", "privacy_concern", "waarom ~5 nodig", need="DATA|FIELD|OBJ|PC_PERSONAL"),
    spec(
        "privacy_concern.who_access",
        "privacy_concern",
        "wie ~3 toegang|erbij",
        "wat ~1 doen ~1 jullie ~1 daarmee|ermee",
        "hoe ~2 komen ~1 jullie ~1 aan ~2 MY",
    ),
    spec(
        "privacy_concern.shared", "privacy_concern", "hebben ~1 jullie|u ~2 MY ~1 DATA ~1 doorgegeven|verkocht|gedeeld"
    ),
    spec("privacy_concern.worry", "privacy_concern", "WORRY ~6 DATA|privacy|FIELD", alone=True),
    spec("privacy_concern.never_gave", "privacy_concern", "nooit ~4 opgegeven|gegeven|doorgegeven"),
    spec("access.send_me", "access", "GIVE ~2 me|mij ~3 alle|MY|al ~2 DATA", weak=True),
    spec("direct_marketing.call_me_not", "direct_marketing", "SEND ~1 me|mij ~1 NEG ~1 meer", neg=False),
    spec("erasure.published", "erasure", "DEL ~3 PUBLISHED"),
    # ---- escalations
    spec("dpa_complaint.ap", "dpa_complaint", "aan|bij ~1 de ~1 ap", "klacht ~4 toezichthouder"),
    spec("legal_action.lawyer", "legal_action", "LAWYER"),
    spec("child_data.child", "child_data", "MY ~1 CHILD", "MINOR", "CHILD ~1 van ~1 @NUM"),
    spec("special_category.sensitive", "special_category", "SENSITIVE"),
    spec("third_party_data.relative", "third_party_data", "MY ~1 RELATIVE", need="HIS"),
    spec(
        "third_party_data.behalf",
        "third_party_data",
        "namens|voor ~1 MY ~1 RELATIVE",
        "ben ~1 zijn|haar ~1 zoon|dochter",
        "overleden|gestorven",
    ),
    spec("data_breach.leak", "data_breach", "BREACH", "iemand ~3 ingelogd"),
    spec("authority_request.police", "authority_request", "AUTH_BODY"),
    spec("media.journalist", "media", "MEDIA"),
    spec(
        "repeated_request.again",
        "repeated_request",
        "REPEAT",
        "termijn ~5 verstreken|verlopen|voorbij",
        "heb ~1 ik ~2 u|jullie ~1 verzocht|gevraagd",
        "ik ~1 heb ~6 gevraagd|verzocht",
    ),
    # ---- hard negatives
    spec(
        "cancellation.contract",
        "cancellation",
        "opzeg*",
        "zeg ~3 op",
        "afsluiten|af_te_sluiten|sluit ~3 ACCOUNT|CONTRACT",
        "ACCOUNT|CONTRACT ~2 af_te_sluiten|afsluiten|opheffen",
        "cancel*|annuleer* ~3 CONTRACT|ORDER",
        "pauzeren",
    ),
    spec(
        "account_access.login",
        "account_access",
        "inloggen|wachtwoord*|tweestapsverificatie|inlogcode",
        "kom ~1 NEG ~2 in ~2 ACCOUNT",
    ),
    spec(
        "order_change.order",
        "order_change",
        "ORDER ~1 @NUM|nr|nummer",
        "van|uit|bij ~2 ORDER",
        "bezorgadres|afleveradres",
    ),
    spec("invoice.copy", "invoice", "INVOICE"),
    spec("b2b.dpa", "b2b", "B2B"),
    spec("spam.phishing", "spam", "SPAM"),
    spec("auto_reply.ooo", "auto_reply", "OOO"),
    spec("payment_change.payment", "payment_change", "PAYMENT"),
    # ---- modifiers
    spec(
        "question_about.can_i",
        "question_about",
        "als_ik ~3 zou",
        "hoe ~2 ik",
        "kan|mag ~1 ik ~4 vragen|verzoeken",
        "heb ~1 ik ~1 het? ~1 recht",
        "hoe_lang_duurt",
    ),
    spec("question_general.curious", "question_general", "QGENERIC"),
    spec("hypothetical.if_i", "hypothetical", "als|indien ~1 ik"),
    spec("past_self.done", "past_self", "ik ~1 heb ~4 DONE"),
    spec("past_self.thanks", "past_self", "bedankt|dank ~2 voor ~2 het ~1 verwijderen|aanpassen|wissen"),
    spec("please.marker", "please", "PLEASE"),
    spec(
        "replacement.value",
        "replacement",
        "het_moet",
        "moet ~3 zijn",
        "in_plaats_van",
        "niet ~1 @NUM",
        "nieuw|nieuwe ~1 FIELD",
    ),
    spec("keep.keep", "keep", "bewaar|bewaren ~3 de|ze|DATA", "NEG ~2 DEL", "nodig ~2 als? ~1 bewijs|om", "zolang"),
    spec(
        "stop_use.stop", "stop_use", "geef ~2 NEG ~1 door", "USE ~3 nergens ~1 voor", "NEG ~3 gebruikt ~1 wordt|worden"
    ),
)
