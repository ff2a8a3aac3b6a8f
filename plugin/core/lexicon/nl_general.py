"""Dutch general rules (see `plugin.core.lexicon`): broad concept classes, generic request shapes.

Dutch puts the verb last in subclauses and after "graag"/"kunnen jullie" ("graag mijn cv verwijderen"),
and separable verbs split ("trek ... in", "haal ... weg"): rules allow the object before the verb.
"""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "nl"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    "OBJ": "cv curriculum paspoort* kopie kopieen kopietje scan scans identiteitsbewijs* id_kaart idkaart rijbewijs "
    "opname opnames *opnames *opname beelden *beelden video* foto foto_s fotos *foto *fotos selfie* *historie "
    "historie *geschiedenis geschiedenis locatie* *locatie zoekopdrachten recensie* reactie* document* *documenten "
    "dossier *dossier bestand *bestand profiel *profiel account *account vingerafdruk* album* contacten gesprek* "
    "*gesprekken advertentie* sollicitatie* gegevens *gegevens data *data info informatie notities aantekeningen",
    "PRON": "het dat die dit deze ze hem",
    "DEL": "wis wist verwijder verwijderen vernietig* gooi gooien weggooien wegdoen",
    "MKT": "folder folders foldertje reclamefolder* *folders reclame* aanbieding* *aanbiedingen promo* acties "
    "telemarketing verkoopgesprek* *telefoontjes kortingsbon* nieuwsbrie* huis_aan_huis reclamepost catalogus "
    "catalogi",
    "PROFILING": "analyseren geanalyseerd analyse* profiel_van_me profileren geprofileerd volgen gevolgd tracken "
    "getrackt bijhouden stemming afleiden leesonderzoek model voorspellen voorspelling score beoordelen beoordeling "
    "marktonderzoek* marktonderzoekers",
    "FMT": "bestand formaat csv json excel spreadsheet export download zip",
    "OTHER": "andere nieuwe ander nieuw",
    "PROV2": "aanbieder leverancier *leverancier energieleverancier bank app dienst partij platform verzekeraar "
    "provider",
    "OBJ2": "huurdersdossier *dossier registratie *registratie verslagen *verslagen gegevens opname bsn "
    "bankafschriften loonstrook uitgaven identiteitskaart",
    "KEEP_NL": "bewaard bewaren opgeslagen houden hebben bijhouden",
    "SHARE_V": "doorgestuurd doorgegeven gedeeld verkocht gegeven verstrekt",
    "CORRECT2": "aanpassen aanvullen wijzigen veranderen verbeteren corrigeren rechtzetten bijwerken aanpast wijzigt",
    "FIELD": "geboren geboortejaar voornaam tweede_voornaam",
    "UNTIL": "tot zolang voorlopig totdat vooraleer voordat tot_er",
    "STOPUSE": "gebruiken gebruik gebruikt doorgeven geef bezorgen bezorg meetellen doorsturen delen",
    "FREEZE": "bevries bevriezen blokkeer blokkeren",
    "HUMAN2": "medewerker mens persoon iemand adviseur behandelaar medewerkster acceptant recruiter echt_mens "
    "menselijk collega",
    "REVIEW2": "bekijkt bekijken beoordeling herbeoordeling beoordeelt leest lezen controleren controleert kijkt "
    "beoordelen kijken naar_kijken heroverwegen herzien nakijken nagaan bezwaar besluiten hiernaar_kijken "
    "ernaar_kijken",
    "AUTO2": "systeem automatisch automatische algoritme computer app toetsing gezichtscontrole binnen_vijf_minuten "
    "geautomatiseerd software ai online seconden minuten score scoring model website online_formulier meteen direct "
    "onmiddellijk binnen_een_minuut",
    "DECISION2": "geweigerd afgewezen afwijzing weigering afgekeurd keurde geblokkeerd opgeschort beslissing "
    "besluit uitkomst verhoogd verlaagd stopgezet",
    "CONSENTED": "toestemming_gegeven gaf_toestemming zei_ja ja_gezegd geaccepteerd akkoord_gegeven mochten mocht",
    "LAWFUL": "toegestaan legaal normaal toelaatbaar",
    "FEEL": "zenuwachtig prettig_gevoel niet_lekker",
    "PRICE": "huurverhoging prijsverhoging verhoging tarief",
    "NO_MORE": "hoeft hoef hoeven",
    # ---- escalation vocabulary (merged with the base classes)
    "SENSITIVE": "fysio fysiotherap* tandheelkund* orthodont* "  # care that reveals a condition
    "dokter arts *arts kliniek kanker tumor astma epilep* allergi* bloedonderzoek bloeddruk ivf "
    "vruchtbaarheid miskraam abortus paniekaanval* depressie* psych* rolstoel hiv covid vaccin* moskee kerk "
    "synagoge tempel moslim* joods* christelijk* katholiek* hindoe* boeddhist* biseksueel lhbt* transgender "
    "seksleven vakbondslid politieke_partij partijlid gezichtsscan stemherkenning biometrische_gegevens arrestatie "
    "gevangenis veroordeling* verslaving alcoholisme menstruatie* symptomen ziekmelding ziekteverlof arbodienst "
    "roker rook roken migraine hoofdpijn* cardio* diabet* gezichtscontrole tandarts implantaat",
    "MINOR": "tiener* puber* leerling* scholier* ouderlijk_gezag voogd kinderdagverblijf opvang basisschool",
    "AGE": "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17",
    "LAWYER": "advocaten advocate jurist* rechtsbijstand* rechtszaak* aansprakelijk* schadevergoeding sommatie "
    "deurwaarder* naar_de_rechter",
    "MEDIA": "krant kranten opgelicht* consumentenprogramma sociale_media publiek_maken *journalist redactie "
    "rtl_nieuws nos volgers",
    "REPEAT": "eerder_verzoek vorige_mail vorige_verzoek nog_altijd_niets niemand_reageert opnieuw_gevraagd "
    "eerder_gemaild eerder_geschreven al_weken nog_steeds_niets niets_gehoord niets_meer_gehoord",
    "ADULT": "18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 "
    "52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 "
    "89 90 91 92 93 94 95 96 97 98 99",
    "AUTH_BODY": "fod_financien fiscus uwv",
    "BREACH": "bij_een_ander in_haar_mailbox in_zijn_mailbox",
    "INTERVENE": "menselijke_tussenkomst menselijke_beoordeling handmatige_beoordeling handmatig geen_computer "
    "handmatige_controle handmatige_check menselijke_controle",
    "CONTEST": "betwist betwisten aanvecht aanvechten bezwaar_tegen_de_beslissing",
    "PORT": "standaardformaat gangbaar_formaat gangbaar_bestandsformaat open_formaat",
    "COOKIE": "cookie*",
    "STRUCT2": "excel* xlsx spreadsheet* csv excelbestand",
    "TAKEWITH": "meenemen meeneem",
}

RULES = (
    spec(
        "g.portability.as_file",
        "portability",
        "als|in ~3 STRUCT2",
        "TAKEWITH ~6 DATA|OBJ",
        "DATA|OBJ ~6 TAKEWITH",
        "rechtstreeks|direct ~3 aan|naar ~1 hen|hun|die|de_nieuwe",
        weak=True,
    ),
    spec(
        "g.automated_decision.intervene",
        "automated_decision",
        "INTERVENE",
        "HUMAN2|HUMAN ~8 REVIEW2",
        "REVIEW2 ~6 HUMAN2|HUMAN",
        "CONTEST ~4 DECISION2|DECISION",
        need="AUTO2|AUTO&DECISION2|DECISION",
        neg=False,
    ),
    spec("my_object.mine", "my_object", "MINE|HIS ~3 OBJ|OBJ2|FIELD|DATA|ACCOUNT"),
    spec(
        "g.erasure.dont_keep",
        "erasure",
        "hoeft|hoeven ~6 niet ~2 KEEP_NL",
        "wil ~1 niet ~1 dat ~2 jullie|u ~4 nog ~1 KEEP_NL",
        "mag|mogen ~10 weg|vuilbak|prullenbak|verwijderd|gewist",
        "mogen ~2 jullie|u ~3 DEL|verwijderen|wissen",
        neg=False,
    ),
    spec(
        "g.access.show",
        "access",
        "laat ~3 zien ~2 wat ~2 jullie|u ~2 hebben|bewaren|weten",
        "wat ~1 er? ~3 over ~1 mij ~2 wordt|worden ~1 vastgelegd|bijgehouden|opgeslagen|bewaard",
        "wil ~3 MY ~3 inzien|bekijken|opvragen",
        "aan ~1 welke ~4 jullie|u ~2 MY|PRON|het|ze|die|DATA|OBJ ~3 SHARE_V",
        "wat ~2 houden ~4 bij ~2 van ~1 MY",
        "hoe_lang ~4 blijft|blijven",
    ),
    spec(
        "g.rectification.fix",
        "rectification",
        "CORRECT2 ~3 dat|dit|het|die|ze|MY|HIS|FIELD",
        "dat|dit|het|die|FIELD ~3 CORRECT2",
        "zetten|zet ~4 erbij",
        need="FIELD|WRONG",
    ),
    spec(
        "g.restriction.until",
        "restriction",
        "NEG ~4 STOPUSE ~14 UNTIL",
        "UNTIL ~14 NEG ~4 STOPUSE",
        "STOPUSE ~4 NEG ~10 UNTIL",
        "STOPUSE ~4 voorlopig ~1 niet",
        "bewaar ~4 maar ~4 NEG|niet",
        "NEG ~2 weggooien|verwijderen|DEL ~6 maar ~4 niet ~2 STOPUSE",
        neg=False,
    ),
    spec("g.restriction.freeze", "restriction", "FREEZE ~3 PRON|die|dat|DATA|OBJ|OBJ2", neg=False),
    spec(
        "g.objection.out",
        "objection",
        "zet ~4 PROFILING ~4 uit",
        "laat ~3 erbuiten",
        "haal ~2 ze|die|het|mij|me ~1 eruit",
        "doe ~2 niet ~2 aan ~1 mee",
        "gebruik ~6 niet ~2 voor ~4 PROFILING",
        "niet ~2 zo? ~1 te ~1 beoordelen|analyseren|volgen|profileren",
        need="PROFILING",
    ),
    spec(
        "g.direct_marketing.enough",
        "direct_marketing",
        "niet ~1 meer ~1 doen",
        "liever ~1 niet ~1 meer",
        "mogen ~1 stoppen",
        "uit ~3 *bestand ~2 halen",
        need="MKT|gebeld|bellen",
        neg=False,
    ),
    spec(
        "g.automated_decision.human",
        "automated_decision",
        "HUMAN2 ~8 REVIEW2",
        "REVIEW2 ~4 door ~3 HUMAN2",
        need="AUTO2&DECISION2",
        neg=False,
    ),
    spec(
        "g.withdraw_consent.changed_mind",
        "withdraw_consent",
        "niet ~1 langer|meer ~2 akkoord",
        "neem ~3 terug",
        "zet ~2 dat|het ~1 maar? ~1 terug",
        "bedacht|bedenk",
        "trek|trekken ~2 dat|die|het ~1 in",
        need="CONSENTED|CONSENT",
        over="erasure",
        neg=False,
    ),
    spec(
        "g.privacy_concern.questions",
        "privacy_concern",
        "mag ~1 dat|dit|het ~1 zomaar|wel",
        "is ~1 dat|dit|het ~1 wel? ~1 LAWFUL",
        "wie ~2 kan|kunnen ~2 zien|lezen|inzien",
        "hoe ~1 kan ~2 gebeuren",
        need="OBJ|OBJ2|DATA|FIELD|SENSITIVE",
    ),
    # "wie bij jullie dat kan zien": who can see it (as en/fr/es/it who_sees)
    spec("g.privacy_concern.who_sees", "privacy_concern", "wie ~4 kan|kunnen|mag|mogen ~3 zien|inzien|lezen|bekijken"),
    spec("g.privacy_concern.feel", "privacy_concern", "FEEL", alone=True, neg=False),
    spec("cancellation.delivery", "cancellation", "afmelden ~4 *bezorging|levering|abonnement|ORDER|CONTRACT"),
    spec("price_dispute.increase", "price_dispute", "PRICE"),
    # ---- erasure
    spec("g.erasure.object", "erasure", "DEL ~4 OBJ", "OBJ ~5 te? DEL|verwijderen|wissen"),
    spec("g.erasure.pronoun", "erasure", "DEL ~1 PRON ~1 alsjeblieft|alstublieft|aub|graag|svp?", need="OBJ"),
    # ---- direct marketing
    spec(
        "g.direct_marketing.off_list",
        "direct_marketing",
        "haal|haalt|halen|schrijf|zet ~2 me|mij|ons ~3 van|uit|af ~2 LIST|MKT",
        over="erasure",
    ),
    spec("g.direct_marketing.not_needed", "direct_marketing", "NO_MORE ~3 niet ~1 meer", need="MKT", neg=False),
    spec(
        "g.direct_marketing.stop_them",
        "direct_marketing",
        "stop ~1 PRON|daarmee|ermee|alstublieft",
        need="MKT",
        neg=False,
    ),
    # ---- portability
    spec(
        "g.portability.other",
        "portability",
        "OBJ ~4 exporteren|downloaden|overzetten|overdragen",
        "FMT ~8 OTHER ~2 PROV2",
        "bij|naar ~2 MY ~1 OTHER ~1 PROV2 ~4 inlezen|importeren|uploaden|gebruiken|overzetten",
        weak=True,
    ),
    # ---- consent: separable "trek ... in" over a longer gap
    spec("g.withdraw_consent.trek_in", "withdraw_consent", "trek|trekken ~3 CONSENT ~12 in"),
    # ---- objection
    spec(
        "g.objection.not_want",
        "objection",
        "NEG ~2 dat ~6 PROFILING",
        "wil ~2 NEG ~6 PROFILING",
        neg=False,
    ),
    # ---- escalations
    spec("third_party_data.adult_child", "third_party_data", "CHILD ~3 ADULT ~1 jaar?"),
    spec("child_data.age", "child_data", "CHILD ~3 AGE ~1 jaar?"),
    # "Waar kan ik mijn adres wijzigen?": a how-to question about the interface.
    spec("ui_help.where", "ui_help", "waar ~2 kan|moet ~1 ik ~6 wijzigen|aanpassen|veranderen|verwijderen"),
    # Delivery messages are service messages, not marketing.
    spec(
        "service_contact.delivery_notice",
        "service_contact",
        "bezorgmeldingen|bezorgberichten|track_en_trace",
        "sms|smsjes|berichten|meldingen|mails ~3 over ~2 bezorging|levering|pakket",
    ),
    # "Ik wil weten wie mijn gegevens heeft gezien": the recipients of the writer's data (Art. 15(1)(c)).
    spec(
        "g.access.who_received",
        "access",
        "weten|vertel|vertellen|zeggen ~3 wie ~1 mijn ~6 gezien|ontvangen|gekregen|ingezien",
    ),
)
