"""German broad expansions (see `plugin.core.lexicon`): more ways to ask for each right, one concept per
rule: whether you hold my data, let me see my file, why do you need my X, leave me alone, I don't want
my data used for Y, I no longer consent."""

from __future__ import annotations

from plugin.core.lexicon.shared_frames import SHARED_RULES
from plugin.core.rulematch import spec

LANG = "de"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    # 'I've changed my mind' beside an earlier yes (CONSENTED): the yes is taken back (Art. 7(3))
    "MINDCHANGE": "nehme_ich_zuruck nehme_das_zuruck ziehe_ich_zuruck "
    "will_ich_nicht_mehr anders_uberlegt umentschieden",
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
    "LINKED": "verknupft verbunden zugeordnet",
    "REGISTERED": "gespeichert hinterlegt erfasst registriert",
    "COLLECT": "sammelt sammeln erfasst speichert aufzeichnet",
    "HEARV": "horen",
    "TRACE": "spur spuren",
    "NORMAL": "in_ordnung okay normal",
    "UNTIL2": "bevor ehe",
    "TRANSFER": "ubertragen ubertragen_kann umziehen mitnehmen",
    "SERVICE2": "dienst anbieter plattform app bank",
    "MKT": "aktionen aktionsangebote rabattaktionen verkaufsanrufe werbe_sms",
    "BUTTON": "knopf button schaltflache",
    "PORTNUM": "portierung rufnummernmitnahme",
    "QGENERIC": "masterarbeit bachelorarbeit hausarbeit",
    "REQ": "bitte mochte will wollen verlange fordere ersuche konnen konnten",
    "SELLV": "verkaufen verkauft verkauf weiterverkaufen",
    "DISCOMFORT": "unangenehm nicht_gut stort argert",
    "PRIVACY": "privatsphare",
    "VIOLATED": "eingriff verletzung verletzt",
    "SIGNED": "angemeldet registriert abonniert",
    "ENOUGH": "schluss_mit genug_von genug_mit",
    "ORDINAL": "zweite dritte vierte funfte zweiten dritten",
    "MAILN": "mail e_mail nachricht brief anfrage erinnerung schreiben",
    "KEEP2": "aufzubewahren aufbewahren zu_speichern speichern behalten",
    "RECORDED": "aufgezeichnet gespeichert erfasst aufgenommen",
    "CURIOUS": "interessieren interessiert neugierig",
    "REPLACE": "ersetzen ersetzt",
    "THEY": "der_neue die_neue",
    "CONSIDER": "betrachten betrachtet",
    "UNDONE": "entfernt zuruckgezogen widerrufen nichtig gestrichen",
    "CONSENTED": "ja_gesagt hakchen_gesetzt angehakt angekreuzt hakchen zugestimmt",
    "FOLLOWED": "verfolgt getrackt beobachtet",
    "NOPE": "nein nicht",
    "NOTFINE": "nicht_okay nicht_in_ordnung",
    "DOWITHOUT": "verzichten",
    "ANYONE": "jeder jede jedermann",
    "CANV": "kann konnen darf",
    "SEEV2": "sehen aufrufen einsehen lesen offnen",
    "UNTIL3": "solange bis vorerst",
    "PASSV": "gehen weitergegeben ubermittelt geschickt weiter",
    "DECISION2": "risikoeinstufung verdoppelt erhoht",
    "SIGNUP": "anmeldung anmelden registrierung",
    "RATHER": "lieber",
    "CHECKV": "prufen nachsehen nachschauen kontrollieren",
    "DEL": "wegwerfen wegschmeissen loswerden",  # "meinen Account loswerden samt Daten"
    "TIMES": "zweite_mal dritte_mal vierte_mal zweiten_mal dritten_mal vierten_mal",
    "ASKV": "bitte gebeten frage gefragt anfrage schreibe geschrieben mail aufforderung verlange",
    "LOADV": "einlesen importieren laden hochladen verwenden",
    "PUBLISHED": "interview* clip* fragment* testimonial* video* interviewausschnitt*",
    # "despite my request of 3 March (you still …)": asked before and not honoured (shared frame)
    "DESPITE": "trotz",
    "PRIOR_ASK": "anfrage* antrag* widerspruch* aufforderung* beschwerde* schreiben* mail e_mail erinnerung",
    # Words one edit away from a keyword that mean something else: known words are never fuzzy-matched,
    # so listing them here keeps "berechtigt" (entitled) from being read as "berichtigt" (rectified).
    "LOOKALIKE": "berechtigt berechtigte berechtigten berechtigung berechtigter",
    # the data was shown to others: a list at the counter, a screen at the exit, a notice board
    "VISIBLE": "lesbar sichtbar einsehbar fur_alle fur_jeden jeder aushang ausgehangt schwarze_brett offentlich",
    "GENERALLY": "generell grundsatzlich allgemein ublicherweise normalerweise",
    "RECEIVE2": "bekommen erhalten kriegen bekomen",
    # compound nouns whose head names the request: "Datenlöschung", "Kontolöschung", "Datenkopie"
    "DEL_N": "*loschung *loeschung",
    "ACCESS_N2": "datenkopie* datenauszug* datenschutzauskunft* datenubersicht* *datenkopie",
    # zu-infinitives of separable contact verbs ("auf, mich anzurufen")
    "CONTACT_ZU": "anzurufen anzuschreiben anzumailen zu_kontaktieren zu_belastigen zu_nerven",
    "CONTACT_INF": "anrufen anschreiben anmailen kontaktieren belastigen",
}

RULES = (
    spec(
        "x.objection.leave_out", "objection", "lassen ~2 sie? ~1 MY ~2 OBJ|DATA ~2 da? ~1 raus|heraus", over="erasure"
    ),
    spec(
        "x.portability.new_can_load",
        "portability",
        "OTHER ~3 kann|konnen ~3 LOADV",
        "OTHER ~4 LOADV ~1 kann|konnen",
        weak=True,
    ),
    spec(
        "x.withdraw_consent.prefer_not",
        "withdraw_consent",
        "lieber ~4 nicht ~1 mehr",
        need="CONSENTED|CONSENT",
        over="direct_marketing",
        neg=False,
    ),
    spec("x.access.still_have", "access", "haben ~1 sie|ihr ~8 MY ~3 OBJ|DATA ~3 noch", alone=True),
    spec(
        "x.erasure.rather_not",
        "erasure",
        "lieber ~8 MY ~3 OBJ|DATA ~3 nicht ~1 mehr ~1 speichern|aufbewahren|behalten|speichern_wurden",
        neg=False,
    ),
    spec("x.erasure.nothing_left", "erasure", "nichts ~1 mehr ~1 von ~1 mir", neg=False, over="privacy_concern"),
    spec("x.access.check_whether", "access", "CHECKV ~2 ob ~4 MY ~2 DATA|OBJ|FIELD ~4 noch"),
    spec("question_about.how_do_i", "question_about", "wie ~1 exportiere|lade|losche|andere|entferne|bekomme"),
    spec("x.erasure.no_reason", "erasure", "keinen ~1 grund ~2 mehr? ~6 KEEP2", neg=False),
    spec("x.access.copy_of_that", "access", "hatte|mochte ~3 kopie", need="RECORDED"),
    spec("x.access.curious", "access", "CURIOUS ~3 was ~10 uber ~1 MY|mich", "kann ~1 ich ~1 das|die|es ~1 sehen"),
    spec(
        "x.portability.their_format",
        "portability",
        "format ~4 nutzt|nutzen|lesen|verarbeiten",
        need="OTHER|anbieter|versorger",
        weak=True,
    ),
    spec("x.rectification.replace", "rectification", "REPLACE ~3 durch ~2 @EMAIL|@NUM|FIELD"),
    spec("x.repeated_request.nth", "repeated_request", "ORDINAL ~1 MAILN", "warte ~3 seit ~3 wochen|monaten|tagen"),
    spec("x.direct_marketing.unsolicited", "direct_marketing", "nie ~3 SIGNED", need="MKT", neg=False, alone=True),
    spec("x.direct_marketing.enough", "direct_marketing", "ENOUGH ~3 MKT", neg=False),
    spec("x.direct_marketing.address_off", "direct_marketing", "nehmen ~6 MY ~2 FIELD ~3 aus ~3 *verteiler|LIST|MKT"),
    spec("x.restriction.nothing_until", "restriction", "nichts ~3 damit ~6 bis|solange", neg=False),
    spec("x.privacy_concern.not_good", "privacy_concern", "finde ~2 es ~1 nicht ~1 gut ~2 dass", alone=True, neg=False),
    spec(
        "b.rectification",
        "rectification",
        "CORRECT2|CORRECT ~15 FIELD",
        "FIELD ~15 CORRECT2|CORRECT",
        need="WRONG",
        alone=True,
    ),
    spec("cancellation.number_porting", "cancellation", "rufnummer|nummer ~3 mitnehmen|portieren|behalten", "PORTNUM"),
    spec("question_about.third_person", "question_about", "darf|kann ~1 ein ~1 kunde|nutzer|verbraucher"),
    spec(
        "x.access.linked",
        "access",
        "DATA ~3 sind|ist ~1 mit ~2 MY ~2 LINKED",
        "alles ~4 auf ~1 MY ~1 namen ~2 REGISTERED",
        "wissen ~2 was ~6 uber ~1 mich ~2 COLLECT",
        "speichern ~2 sie ~1 noch ~3 DATA",
    ),
    spec("x.direct_marketing.hear", "direct_marketing", "MKT ~3 nichts ~1 mehr ~1 horen", neg=False),
    spec("x.erasure.trace", "erasure", "DEL ~3 jede|jegliche|alle ~1 TRACE"),
    spec(
        "x.privacy_concern.normal", "privacy_concern", "finde ~2 es ~1 nicht ~1 NORMAL ~1 dass", alone=True, neg=False
    ),
    spec(
        "x.restriction.keep_not_use",
        "restriction",
        "behalten|aufbewahren ~6 aber ~3 verwenden|nutzen ~2 sie ~1 sie? ~1 nicht",
        "NEG ~4 weiter ~8 UNTIL2",
        neg=False,
    ),
    spec(
        "x.withdraw_consent.no_longer",
        "withdraw_consent",
        "durfen ~4 nicht ~1 mehr ~2 verwenden|nutzen",
        need="CONSENT|CONSENTED|PUBLISHED",
        neg=False,
    ),
    spec("x.portability.transfer", "portability", "OTHER ~2 SERVICE2 ~4 TRANSFER", weak=True),
    spec("x.access.whether", "access", "ob ~1 sie|ihr ~6 DATA ~3 uber|von ~1 mich|mir ~4 HOLDV"),
    spec("x.access.see_file", "access", "MY ~3 OBJ|DATA ~3 SEEV", "SEEV ~3 in ~1 MY ~2 OBJ|DATA", need="REQ"),
    spec(
        "x.access.purposes",
        "access",
        "PURPOSE ~4 sie|ihr ~4 MY ~2 DATA|OBJ|FIELD ~3 verwenden|nutzen|verarbeiten|brauchen",
    ),
    spec("x.privacy_concern.safe", "privacy_concern", "sind ~1 MY ~2 DATA|OBJ ~2 bei ~2 ihnen|euch ~1 SAFE"),
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
    # "Ich möchte, dass das gelöscht wird" after "ein altes Kundenkonto": passive with a pronoun subject
    spec(
        "x.erasure.that_deleted",
        "erasure",
        "dass ~1 das|es|dies|diese|sie ~2 geloscht|geloescht|entfernt|vernichtet ~1 wird|werden",
        anaphor=True,
    ),
    # the writer's own object introduced without "mein": "ich habe noch ein altes Kundenkonto"
    spec("my_object.have_one", "my_object", "habe|hatte ~1 noch? ~1 ein|eine|einen ~2 ACCOUNT|OBJ"),
    # "Wie lange speichern Sie ... generell?": retention asked in general, not about the writer's data
    spec("question_general.retention", "question_general", "wie_lange ~6 GENERALLY"),
    # "Muss das so sein?" about data shown to everyone in the queue (Art. 5(1)(f) worry)
    spec(
        "x.privacy_concern.exposed",
        "privacy_concern",
        "muss ~1 das ~1 so ~1 sein",
        "ist ~1 das ~1 so ~1 gewollt|richtig|erlaubt|okay|normal",
        "wie ~1 gehen ~1 sie|ihr ~6 um",
        need="VISIBLE&FIELD|DATA|OBJ",
        q=False,
        neg=False,
        alone=True,
    ),
    # "Die Spendenaufrufe ... möchte ich nicht mehr bekommen": the object comes first (verb-second)
    spec(
        "x.direct_marketing.not_receive",
        "direct_marketing",
        "MKT|MAILINGS ~20 mochte|will|mochten|wollen ~3 nicht ~1 mehr ~2 RECEIVE2",
        # "Ich will diese Emails nicht bekommen": the demonstrative points at mail the writer keeps getting
        "will|mochte ~1 diese ~1 MSG|F_MSGN ~1 nicht ~1 mehr? ~1 RECEIVE2",
        neg=False,
    ),
    # "wenn Sie meine Kontaktdaten und die Akte nicht weiter führen": stop keeping the file
    spec(
        "x.erasure.not_keep_file",
        "erasure",
        "MY ~4 DATA|OBJ ~8 nicht ~1 weiter|langer|mehr ~1 fuhren|aufbewahren|behalten",
        neg=False,
    ),
    # "das Einverständnis gilt ab sofort weder fürs Jahrbuch noch ...": consent no longer in force
    spec("x.withdraw_consent.void", "withdraw_consent", "CONSENT_LIKE ~1 gilt ~3 weder|nicht_mehr", neg=False),
    spec("x.erasure.compound_noun", "erasure", "DEL_N"),
    spec("x.access.compound_noun", "access", "ACCESS_N2"),
    # "Ich hätte gerne meine Daten": a wish for the data itself (weak: "... geändert" is rectification)
    spec("x.access.want_my_data", "access", "hatte|hatten ~1 gern|gerne ~1 alle? ~1 MY ~1 DATA", weak=True),
    # "Ich hätte gerne meine Daten geändert": the participle makes it a correction, not a copy
    spec(
        "x.rectification.want_changed",
        "rectification",
        "hatte|hatten ~1 gern|gerne ~3 DATA|FIELD ~2 geandert|korrigiert|berichtigt|aktualisiert",
    ),
    # "Hören Sie auf, mich anzurufen" / "Bitte nicht mehr anrufen": unwanted contact stops (Art. 21(2)-(3))
    spec(
        "x.direct_marketing.stop_contact",
        "direct_marketing",
        "hort|horen|hor ~3 auf ~3 mich|uns ~2 CONTACT_ZU",
        "bitte ~2 nicht ~1 mehr ~2 CONTACT_INF",
        neg=False,
    ),
    # "Ich will raus aus eurer Datenbank": the particle before the place
    spec("x.erasure.out_of", "erasure", "raus|heraus ~1 aus ~3 SYSTEM"),
    # "Meine E-Mail hat sich geändert, neu: ...": a new value follows the changed field
    spec(
        "x.rectification.has_changed",
        "rectification",
        "MY ~1 FIELD|e_mail|email|mail ~3 hat|haben ~1 sich ~2 geandert",
        need="@EMAIL|@NUM|REPL",
    ),
    # "Ich will aus dem Newsletter raus", "Melde mich vom Newsletter ab" (separable ab-melden)
    spec(
        "x.direct_marketing.out_of_list",
        "direct_marketing",
        "aus ~3 MKT|LIST ~1 raus|heraus",
        "melde|meldet|melden ~1 mich|uns ~6 ab",
        need="MKT|LIST",
    ),
    # "Das Häkchen für Partnerwerbung hätte ich gerne wieder weg": the earlier yes undone
    spec("x.withdraw_consent.tick_away", "withdraw_consent", "CONSENTED|CONSENT ~8 wieder? ~1 weg|raus"),
    # "dass Sie meine Daten an Werbefirmen verkaufen": selling the writer's data is a worry (Art. 5, 13)
    spec(
        "x.privacy_concern.selling",
        "privacy_concern",
        # the controller sells: "dass Sie meine Daten ... verkaufen", "Verkauft ihr meine Daten?"
        "sie|ihr ~3 MY ~2 DATA|FIELD ~6 SELLV",
        "SELLV sie|ihr ~3 MY ~2 DATA|FIELD",  # verb first: a question ("Verkaufen Sie meine Daten?")
        neg=False,
        q=False,
        alone=True,
    ),
    # "Ich hab nie zugestimmt, dass ihr mich anruft": unsolicited contact, the writer wants it to stop
    spec(
        "x.direct_marketing.never_agreed",
        "direct_marketing",
        "nie ~3 zugestimmt|eingewilligt ~6 anruft|anrufen|schreibt|mailt|schickt|kontaktiert|anschreibt",
        neg=False,
    ),
    *SHARED_RULES,
)
