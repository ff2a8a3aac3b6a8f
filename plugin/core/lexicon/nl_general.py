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
    "telemarketing verkoopgesprek* *telefoontjes kortingsbon* nieuwsbrie* huis_aan_huis reclamepost",
    "PROFILING": "analyseren geanalyseerd analyse* profiel_van_me profileren geprofileerd volgen gevolgd tracken "
    "getrackt bijhouden",
    "FMT": "bestand formaat csv json excel spreadsheet export download zip",
    "OTHER": "andere nieuwe ander nieuw",
    "PROV2": "aanbieder leverancier *leverancier energieleverancier bank app dienst partij platform verzekeraar "
    "provider",
    "NO_MORE": "hoeft hoef hoeven",
    # ---- escalation vocabulary (merged with the base classes)
    "SENSITIVE": "dokter arts *arts kliniek kanker tumor astma epilep* allergi* bloedonderzoek bloeddruk ivf "
    "vruchtbaarheid miskraam abortus paniekaanval* depressie* psych* rolstoel hiv covid vaccin* moskee kerk "
    "synagoge tempel moslim* joods* christelijk* katholiek* hindoe* boeddhist* biseksueel lhbt* transgender "
    "seksleven vakbondslid politieke_partij partijlid gezichtsscan stemherkenning biometrische_gegevens arrestatie "
    "gevangenis veroordeling* verslaving alcoholisme menstruatie* symptomen ziekmelding ziekteverlof arbodienst",
    "MINOR": "tiener* puber* leerling* scholier* ouderlijk_gezag voogd",
    "AGE": "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17",
    "LAWYER": "advocaten advocate jurist* rechtsbijstand* rechtszaak* aansprakelijk* schadevergoeding "
    "geschillencommissie sommatie deurwaarder* naar_de_rechter",
    "MEDIA": "krant kranten opgelicht* consumentenprogramma sociale_media publiek_maken",
    "REPEAT": "twee_keer drie_keer meerdere_keren al_twee_keer al_drie_keer eerder_verzoek vorige_mail "
    "vorige_verzoek nog_altijd_niets niemand_reageert opnieuw_gevraagd eerder_gemaild eerder_geschreven al_weken "
    "nog_steeds_niets",
}

RULES = (
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
    spec("child_data.age", "child_data", "CHILD ~3 AGE ~1 jaar?"),
)
