"""German (DE, AT, CH) word classes and rules (see `plugin.core.rulematch` for the notation).

Compound heads come last ("Kundenkonto", "Standortdaten"): `*konto`/`*daten` entries match word
endings. Separable verbs ("ziehe ... zurück", "werfen ... raus") are rules with a gap; "nicht" may
follow the verb or object ("löschen Sie meine Daten nicht"), see POSTNEG.
"""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "de"
SUFFIXES = ("", "en", "e", "t", "st", "ung", "n", "er")
FUZZY = ("DEL", "DATA", "ACCOUNT", "UNSUB", "MKT", "CONSENT", "CORRECT", "PORT", "OBJECT", "WITHDRAW")

CLASSES = {
    "I": "ich wir",
    "ME": "mich mir uns",
    "MY": "mein meine meinen meinem meiner meines mich mir unser unsere",
    "MINE": "mein meine meinen meinem meiner meines mich mir",
    "POSS": "mein meine meinen meinem meiner meines",
    "IF": "wenn falls sollte sollten",
    "NECESSARY": "erforderlich* notwendig* notig* benotigt* gebraucht",
    "YOU": "sie ihr ihre ihren ihrem ihrer ihres euch euer eure euren du dein deine",
    "HIS": "sein seine seinen seinem seiner seines",
    "NEG": "nicht kein keine keinen keinem keiner keinerlei nie niemals nichts statt anstatt",
    "POSTNEG": "nicht auf_keinen_fall keinesfalls",
    "PLEASE": "bitte hiermit fordere verlange ich_mochte",
    "STILL": "immer_noch noch_immer warum weshalb wieso",
    "HARD": "finde finden schaffe wie wo weis verstehe",
    "WHAT": "was welche welcher welches welchen",
    "EVERYTHING": "alles alle allen samtliche gesamte komplett",
    "DATA": "daten *daten datensatze angabe angaben informationen infos stammdaten aufzeichnungen *aufzeichnungen akte "
    "*akte eintrag *eintrag bestandsdaten",
    "ACCOUNT": "konto *konto kundenkonto account profil *profil benutzerkonto nutzerkonto",
    "FIELD": "name namen nachname nachnamen vorname geburtsdatum adresse anschrift *adresse e_mail_adresse "
    "emailadresse telefonnummer *nummer nummer handynummer rufnummer hausnummer schreibweise geschlecht anrede "
    "postleitzahl",
    # compound heads too: "Adresskartei", "Kundendatenbank", "Mitgliederverzeichnis"
    "SYSTEM": "system systemen *system datenbank *datei kundendatei datei unterlagen kartei akten *kartei *datenbank "
    "*verzeichnis",
    "MKT": "werbung *werbung werbe* newsletter* marketing* prospekt* katalog* *kataloge postwurf* angebot* "
    "*angebote reklame* promotion* gewinnspiel* *werbung",
    "MSG": "mail mails e_mail* email* nachricht* sms anruf* anrufen *anrufe post briefe push*",
    "LIST": "verteiler *verteiler werbeverteiler* liste listen adressliste* robinsonliste",
    # compound heads: "Werbeeinwilligung", "Datenschutzzustimmung" are consents too
    "CONSENT": "einwilligung* zustimmung* freigabe* erlaubnis *einwilligung *einwilligungen *zustimmung",
    "ORDER": "bestellung* *bestellung lieferung* paket* sendung* warenkorb buchung* lieferadresse ticket flugticket",
    "CONTRACT": "vertrag* *vertrag abo abonnement* mitgliedschaft* tarif* girokonto *abo",
    "INVOICE": "rechnung* *rechnung rechnungskopie kontoauszug* vertragsunterlagen beleg* quittung*",
    "PROFILING": "profiling profilbildung tracking tracken analyse* *analysen auswert* ausgewertet marktforschung* "
    "personalisier* scorewert* kundensegment* segmentierung nutzungsverhalten* surfverhalten* produktentwicklung "
    # behaviour as a compound modifier ("Verhaltensnotizen", "Verhaltensprofil"); bare "verhalten" is conduct
    "verhaltens*",
    "HUMAN": "mensch mitarbeiter* sachbearbeiter* person persönlich personlich manuell* berater*",
    "AUTO": "automatisch* automatisiert* algorithmus* computer maschine* halben_minute sofort betrugsprufung* "
    "score* online_rechner tarifrechner",
    "DECISION": "entscheidung* ablehnung* abgelehnt verweigert gesperrt storniert entschieden",
    "DEL": "losch* loesch* gelosch* geloesch* entfern* vernicht*",
    "STOP": "stopp* stop aufhoren einstellen unterlassen",
    "SEND": "schicken schickt senden zusenden zuschicken anrufen kontaktieren mailen",
    "RECEIVE": "bekommen erhalten empfang* kriegen",
    "UNSUB": "abbestell* abmeld* austragen opt_out",
    "OBJECT": "widerspruch* widersprech* widerspreche",
    "WITHDRAW": "widerruf* widerrufe zuruckziehen zurucknehmen",
    "CORRECT": "berichtig* korrigier* andern andert aktualisier* anpassen richtigstell* korrektur",
    "WRONG": "falsch* fehlerhaft* unrichtig* stimmt_nicht vertauscht tippfehler",
    "REPL": "richtig_ist lautet statt vorher",
    "COPY": "kopie ubersicht auszug aufstellung",
    "GIVE": "schicken senden zusenden zuschicken mitteilen ubermitteln geben nennen zeigen ausdrucken bereitstellen",
    "HOLD": "gespeichert speichern speichert haben habt hat wisst wissen weiss verarbeitet verarbeiten gesammelt "
    "hinterlegt",
    "EXPORT": "export* exportier* herunterladen download*",
    "PORT": "ubertragbarkeit datenubertragbarkeit csv json xml gpx maschinenlesbar* strukturiert* camt",
    "PROVIDER": "anbieter *anbieter versorger dienst app shop bank",
    "USE": "nutzen nutzung verwenden verwendet verarbeiten verarbeitet weitergeben weitergegeben auswerten",
    "WORRY": "bedenklich besorgt sorge* beunruhigt",
    "AUTH_BODY": "polizei* kriminalpolizei* staatsanwaltschaft ermittlungsverfahren* stpo finanzamt* amtsgericht "
    "beschluss zollamt ordnungsamt gerichtsvollzieher",
    "SUBJECT_OTHER": "bestandsdaten inhaber des_kunden zum_kundenkonto der_kundin des_nutzers",
    "ACCESS_N": "auskunft auskunftsersuchen auskunftsanfrage auskunftsantrag auskunftsrecht datenauskunft "
    "selbstauskunft recht_auf_auskunft",
    "LAWYER": "anwalt* rechtsanwalt* anwaltin kanzlei mandant* rechtliche_schritte klage* gericht* abmahn* "
    "schadensersatz*",
    "CHILD": "sohn tochter kind kinder sohnes",
    "MINOR": "minderjahrig* jugendlich*",
    "SENSITIVE": "gesundheit* *gesundheit medizin* medikament* *medikamente rezept rezepte rezeptdaten "
    "rezeptpflichtig* *rezept krank* diagnose* therapie* psych* schwanger* behinderung* arztlich* arzt *arzt "
    "bandscheibe* schilddruse* biometri* fingerabdr* gesichtserkennung religion* religios* ethnische "
    "sexuelle_orientierung gewerkschaft* politische bisexuell* homosexuell* schwul lesbisch transgender vorstrafe* "
    "strafregister fuhrungszeugnis herzfrequenz blutdruck *fragebogen",
    "RELATIVE": "frau mann ehefrau ehemann partner partnerin mutter vater mama papa bruder schwester freund "
    "freundin nachbar nachbarin eltern oma opa schwiegermutter",
    "BREACH": "datenleck* *leck gehackt hack* datendiebstahl* abgeflossen datenpanne datenschutzverstos "
    "nicht_mir_gehort bei_jemand_anderem sicherheitsvorfall hackerforum",
    "MEDIA": "journalist* reporter* *reporter presse presseanfrage* pressestelle *presse zeitung zeitungen *zeitung "
    "redaktion* recherchiere stellungnahme medien* ndr wdr "
    "fernseh*",
    "REPEAT": "zweite_anfrage monatsfrist keine_antwort keine_reaktion nichts_passiert nichts_ist_passiert "
    "warte_immer_noch zweimal_geschrieben",
    "B2B": "auftragsverarbeitung* avv av_vertrag unterauftragsverarbeiter* lieferantenfreigabe unser_einkauf "
    "serverstandort",
    "SPAM": "seo kostenloses_audit klicken_sie innerhalb_von_24_stunden sperrung_zu_vermeiden verify",
    "OOO": "abwesenheit* nicht_im_buro automatisch_generierte automatische_antwort",
    "CONSENTED": "unterschrieben zugestimmt eingewilligt einverstanden angeklickt erteilt",
    "QGENERIC": "rein_interessehalber interessehalber aus_neugier im_allgemeinen seminararbeit",
    "PAYMENT": "bankverbindung iban zahlungsmethode kreditkarte kontonummer zahlungsdaten",
    "PUBLISHED": "bewertung bewertungen kommentar kommentare foto fotos beitrag beitrage",
    "DONE": "geloscht entfernt gekundigt rausgenommen",
}

RULES = (
    # ---- access
    spec(
        "access.what_hold",
        "access",
        "WHAT ~3 DATA ~4 uber|von ~1 mich|mir|ihn|sie|ihm",
        "WHAT ~3 HOLD ~3 uber ~1 mich",
        "WHAT ~6 uber ~1 mich ~2 HOLD",
        "WHAT ~2 MY ~1 DATA",
        weak=True,
    ),
    spec(
        "access.everything",
        "access",
        "EVERYTHING ~3 uber ~1 mich ~2 HOLD",
        "DATA ~3 die|welche ~2 YOU ~2 von|uber ~1 mir|mich ~2 HOLD",
        weak=True,
    ),
    spec("access.copy", "access", "COPY ~3 DATA", "hatte ~2 gern ~1 eine ~1 aufstellung|ubersicht|kopie"),
    spec("access.what_disclosed", "access", "WHAT ~2 DATA ~5 ubermittelt|weitergegeben|gemeldet|herausgegeben"),
    spec("access.noun", "access", "ACCESS_N"),
    spec("access.exposed", "access", "welche ~3 DATA ~3 betroffen|gestohlen|abgeflossen|offengelegt"),
    spec(
        "direct_marketing.stop_sending",
        "direct_marketing",
        "hort|horen ~2 auf ~8 MKT|SEND",
        "dass ~1 das ~1 aufhort",
        need="MKT",
        neg=False,
    ),
    spec("access.recipients", "access", "an_wen", "wer ~3 zugegriffen|zugriff", "empfanger"),
    spec("access.source", "access", "GIVE|wissen ~4 wie|woher ~5 gekommen|stammen|erhalten"),
    spec("access.retention", "access", "wie_lange ~4 speichern|aufbewahren|HOLD"),
    spec("access.logic", "access", "logik", "nach_welchen_kriterien", "wie ~3 entscheidung ~3 zustande"),
    # ---- rectification
    spec(
        "rectification.verb_field",
        "rectification",
        "CORRECT ~4 MY|den|die|das ~2 FIELD|DATA",
        "FIELD|DATA ~4 CORRECT",
        "CORRECT ~1 sie ~1 das|dies|diese|es|ihn",
    ),
    spec("rectification.noun", "rectification", "korrektur|berichtigung", "korrigiert|berichtigt ~1 werden"),
    spec(
        "rectification.field_wrong", "rectification", "FIELD ~4 WRONG", "WRONG ~2 FIELD", neg=False, need="CORRECT|REPL"
    ),
    spec("rectification.new_value", "rectification", "MY ~1 neue|neuer|neuen ~1 FIELD"),
    # ---- erasure
    spec("erasure.verb_obj", "erasure", "DEL ~4 DATA|ACCOUNT|EVERYTHING|FIELD|mich|es|das|diese"),
    spec("erasure.verb_final", "erasure", "DATA|ACCOUNT|FIELD|EVERYTHING ~5 zu? DEL"),
    spec(
        "erasure.out_of_system",
        "erasure",
        "aus ~3 SYSTEM ~2 DEL|raus|werfen|streichen|gestrichen|getilgt",
        "werfen|streichen|nehmen ~4 aus ~3 SYSTEM",
    ),
    spec("erasure.take_down", "erasure", "nehmt|nehmen ~5 runter|herunter"),
    # du/ihr imperatives too: "vergiss mich", "vergesst mich"
    spec("erasure.forget", "erasure", "vergessen|vergesst|vergiss ~1 sie? ~1 mich", "recht_auf_vergessenwerden"),
    spec("erasure.noun", "erasure", "loschung|loeschung"),
    # ---- restriction
    spec(
        "restriction.verb",
        "restriction",
        "einschrankung ~3 verarbeitung",
        "eingeschrankt ~2 verarbeitet|USE",
        "sperren|sperrung ~3 DATA",
        "DATA ~5 sperren",
        "keinerlei ~1 nutzung",
        "sondern ~3 sperren|gesperrt|einschranken",
    ),
    spec(
        "restriction.other_use",
        "restriction",
        "USE ~4 fur ~1 nichts ~1 mehr",
        "bis|solange ~10 NEG ~3 weiter? ~1 USE",
        neg=False,
    ),
    # ---- portability
    spec("portability.format", "portability", "PORT"),
    spec("portability.export", "portability", "EXPORT ~4 MY|alle", "MY ~6 EXPORT"),
    spec("portability.transfer", "portability", "anderen ~4 importieren", "direkt ~1 an ~2 neuen|anderen"),
    # ---- objection
    spec("objection.object", "objection", "OBJECT"),
    spec("objection.profiling", "objection", "STOP|NEG ~6 PROFILING", "hort|horen ~2 auf ~6 PROFILING", neg=False),
    # ---- direct marketing
    # the imperative "trag mich aus" drops the -e (du form), as does "tragt" (ihr form)
    spec("direct_marketing.unsubscribe", "direct_marketing", "UNSUB", "trag|trage|tragen|tragt ~4 aus", over="erasure"),
    spec(
        "direct_marketing.stop",
        "direct_marketing",
        "STOP ~4 MKT|MSG",
        "NEG ~2 MKT",
        "NEG ~2 MSG ~3 mehr",
        "nichts_mehr ~4 RECEIVE",
        "fur ~1 MKT ~2 sperren|gesperrt",
        neg=False,
    ),
    spec(
        "direct_marketing.list",
        "direct_marketing",
        "streichen|austragen|entfernen|DEL ~4 aus ~3 LIST|MKT",
        over="erasure",
    ),
    spec("direct_marketing.object", "direct_marketing", "OBJECT|WITHDRAW ~12 MKT", over="objection", neg=False),
    # ---- automated decision
    spec(
        "automated_decision.human",
        "automated_decision",
        "HUMAN ~6 pruft|uberpruft|anschaut|ansieht|prufen|uberprufen|anschauen|gepruft",
        "eingreifen ~3 einer ~1 person",
        "menschlich* ~2 uberprufung|prufung|eingreifen",
        need="AUTO|DECISION",
    ),
    # ---- consent
    spec(
        "withdraw_consent.implicit",
        "withdraw_consent",
        "das|dies|diese ~3 mochte|will ~3 zurucknehmen|widerrufen|zuruckziehen",
        need="CONSENTED",
    ),
    spec(
        "withdraw_consent.verb",
        "withdraw_consent",
        "WITHDRAW ~4 CONSENT",
        "CONSENT ~4 WITHDRAW",
        "CONSENT ~4 ziehe|nehme ~4 zuruck",
        "ziehe|nehme ~5 CONSENT ~3 zuruck",
    ),
    # ---- privacy concern
    spec("privacy_concern.where_from", "privacy_concern", "woher ~3 haben|habt ~1 sie|ihr ~2 MY"),
    spec("privacy_concern.protect", "privacy_concern", "wie ~2 schutzen ~1 sie|ihr ~2 MY", "WORRY", alone=True),
    spec("privacy_concern.alarming", "privacy_concern", "beunruhigend|bedenklich"),
    spec("privacy_concern.never_gave", "privacy_concern", "nie ~4 gegeben|angegeben|mitgeteilt"),
    spec("access.send_me", "access", "GIVE ~2 mir|uns ~3 alle|MY ~2 DATA", weak=True),
    spec(
        "direct_marketing.not_called",
        "direct_marketing",
        "NEG ~1 mehr ~2 angerufen|angeschrieben|kontaktiert|angemailt",
        neg=False,
    ),
    spec("restriction.separable", "restriction", "schranken|schrankt ~5 verarbeitung|DATA ~3 ein"),
    spec("erasure.published", "erasure", "DEL ~3 PUBLISHED"),
    # ---- escalations
    spec("legal_action.lawyer", "legal_action", "LAWYER"),
    spec("child_data.child", "child_data", "MY ~1 CHILD", "MINOR"),
    spec("special_category.sensitive", "special_category", "SENSITIVE"),
    spec("third_party_data.relative", "third_party_data", "MY ~1 RELATIVE", need="HIS"),
    spec(
        "third_party_data.behalf",
        "third_party_data",
        "im_namen|im_auftrag ~2 MY ~1 RELATIVE",
        "fur ~1 MY ~1 RELATIVE",
        "verstorben*",
    ),
    spec("data_breach.leak", "data_breach", "BREACH", "gar ~1 nicht ~1 mir ~1 gehort"),
    spec("authority_request.police", "authority_request", "AUTH_BODY"),
    spec("media.journalist", "media", "MEDIA"),
    spec(
        "repeated_request.again",
        "repeated_request",
        "REPEAT",
        "frist ~3 abgelaufen|uberschritten|verstrichen",
        "bereits ~3 geschrieben|angefragt|gebeten",
        "zweimal ~3 geschrieben",
        "habe ~1 ich ~3 sie ~3 gebeten",
    ),
    # ---- hard negatives
    spec(
        "cancellation.contract",
        "cancellation",
        "kundige|kundigen|kundigung*|gekundigt",
        "CONTRACT ~5 kunden|kundigen",
        "auflosen ~3 ACCOUNT|CONTRACT",
        "ACCOUNT ~5 auflosen",
        "beenden ~3 CONTRACT",
        "CONTRACT ~3 beenden",
        "ruhen_lassen",
        "storniere*",
    ),
    spec(
        "account_access.login",
        "account_access",
        "passwort*|login|einloggen|zwei_faktor|freischalten",
        "komme ~2 nicht ~3 in",
        "nicht ~2 mehr ~1 anmelden",
    ),
    spec("order_change.order", "order_change", "ORDER ~1 @NUM|nr", "bei|zu|aus|in|im ~2 ORDER"),
    spec("invoice.copy", "invoice", "INVOICE"),
    spec("b2b.dpa", "b2b", "B2B"),
    spec("spam.phishing", "spam", "SPAM"),
    spec("auto_reply.ooo", "auto_reply", "OOO"),
    spec("payment_change.payment", "payment_change", "PAYMENT"),
    # ---- modifiers
    spec(
        "question_about.can_i",
        "question_about",
        "wie ~2 kann|muss ~1 ich|man",
        "muss ~1 man",
        "kann|darf ~1 ich ~4 verlangen|beantragen",
        "muss ~1 ich ~4 beantragen",
        "habe ~1 ich ~1 das_recht|anspruch",
    ),
    spec("question_general.curious", "question_general", "QGENERIC", "nur_so ~1 aus ~1 neugier"),
    spec("hypothetical.if_i", "hypothetical", "wenn|falls ~1 ich"),
    spec("past_self.done", "past_self", "ich ~1 habe ~5 DONE"),
    spec("past_self.thanks", "past_self", "danke|vielen_dank ~2 dass ~6 DEL|CORRECT"),
    spec("please.marker", "please", "PLEASE"),
    spec("replacement.value", "replacement", "REPL", "nicht ~1 @NUM", "neue|neuer|neuen ~1 FIELD"),
    spec(
        "keep.keep",
        "keep",
        "auf_keinen_fall",
        "nicht ~1 DEL ~2 sondern",
        "brauche ~3 noch|nachweis",
        "aufbewahren",
        "sperren",
    ),
    spec("stop_use.stop", "stop_use", "fur ~1 nichts ~1 mehr", "nicht ~2 weiter ~1 verwendet|verwenden|nutzen"),
)
