"""German semantic frames (see `plugin.core.lexicon.en_frames`): the frames of each right over broad
classes, with German word order in mind (verb-final subclauses, separable particles at the clause end:
"bewahren Sie keine meiner Daten auf", "ziehe ... zurück")."""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "de"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    "F_WISH": "mochte mochten hatte_gern hatte_gerne wurde_gern wurde_gerne will wollen wunsche bitte bitten "
    "erbitte beantrage verlange konnten konnen ware_dankbar waren_dankbar",
    "F_OVERVIEW": "ubersicht uberblick aufstellung auflistung liste zusammenstellung kopie auszug zusammenfassung "
    "*ubersicht *aufstellung",
    "F_ONME": "uber_mich zu_meiner_person zu_mir von_mir mich_betreffend meine_person uber_meine_person",
    "F_THERE": "stehen steht vorliegen vorliegt liegen liegt gespeichert hinterlegt erfasst gesammelt "
    "zusammengetragen gespeichert_haben gespeichert_ist verarbeiten verarbeitet",
    "F_KNOWV": "wissen erfahren interessiert interessieren gewusst",  # "hätte gern gewusst"
    "F_KEEPV": "bewahren aufbewahren speichern behalten",
    "F_STAY": "liegen liegt bleiben bleibt gespeichert aufbewahrt vorhanden gelagert gespeichert_bleiben",
    "F_LONGER": "langer mehr weiter",
    "F_WRONGV": "falsch falsche falschen fehlerhaft fehlerhafte unrichtig unrichtige veraltet veraltete "
    "nicht_korrekt nicht_richtig vertauscht verwechselt",
    "F_RIGHTCUE": "richtig richtige korrekt korrekte stattdessen lautet lauten heisst heisse ware sein_sollte "
    "sollte nicht",
    "F_OLDV": "alte alten fruhere fruheren bisherige",
    "F_MOVE": "ubertragen ubermitteln weiterleiten schicken senden ubergeben",
    "F_NEWP": "neuen neue neuer neu",
    "F_AGREE": "einverstanden okay ok",
    "F_PROFILE2": "personalisiert* *studie *studien forschung* studie studien trainier* *training angehort "
    "ausgewertet herangezogen",
    "F_NOLONGER": "nicht_mehr nix_mehr keine_mehr nicht_langer",
    "F_OUT": "heraus raus",
    "F_OFTEN": "standig dauernd immer_wieder laufend taglich staendig permanent",
    "F_MSGN": "sms mails e_mails anrufe briefe nachrichten post werbepost prospekte",
    "F_NOASK": "nie_bestellt nie_angefordert nie_abonniert nie_eingewilligt aufhoren abbestellen",
    "F_ALLOW": "erlaube erlauben gestatte gestatten",
    "F_UNDO": "ruckgangig",
    "F_ALLOWEDQ": "erlaubt zulassig legal rechtens",
    "F_THIRD": "dritte dritten drittfirmen andere_firmen partner werbepartner subunternehmer* drittanbieter* "
    "dienstleister* fremdfirm*",
    "F_CUSTDATA": "kundendaten daten personendaten",
    "F_HUMANADV": "personlich manuell selbst",
    "F_PROCESSING": "verarbeitung nutzung verwendung weitergabe",
    "F_PAUSE": "ein einstellen aussetzen pausieren stoppen",
}

RULES = (
    # ---- access: information about oneself
    spec(
        "f.access.overview",
        "access",
        "F_OVERVIEW ~4 EVERYTHING|DATA|OBJ ~8 F_ONME|F_THERE",
        "F_OVERVIEW ~3 MY ~2 DATA",
        need="F_WISH|REQ|PLEASE",
        weak=True,
    ),
    spec(
        "f.access.what_on_me",
        "access",
        "WHAT ~4 DATA|OBJ ~2 F_ONME ~8 F_THERE",
        "WHAT ~2 Sie ~3 alles? ~2 F_ONME ~4 F_THERE|wissen|haben",
        "F_KNOWV ~4 WHAT|wer|an_wen ~10 F_ONME|F_THERE|weitergegeben|bekommt|erhalt|gegangen",
        "F_KNOWV ~4 was ~3 Sie ~3 mit ~2 MY ~2 DATA",
        q=False,
        alone=True,
    ),
    # ---- erasure: wanting something gone
    spec(
        "f.erasure.not_stay",
        "erasure",
        "F_KEEPV ~2 Sie|ihr ~1 keine|keinerlei|nichts ~3 MY? ~2 DATA|OBJ",
        "NEG ~6 MY ~3 DATA|OBJ ~6 F_LONGER ~4 F_STAY",
        "MY ~3 DATA|OBJ ~6 NEG ~1 F_LONGER ~4 F_STAY",
        "dass ~2 nichts ~1 mehr ~3 von ~1 mir ~4 F_STAY",
        "MY ~3 DATA|OBJ ~8 verschwinden|verschwindet",
        neg=False,
    ),
    # ---- rectification: a value on file is wrong; the right value is given
    spec(
        "f.rectification.wrong_value",
        "rectification",
        "FIELD ~8 F_WRONGV ~12 F_RIGHTCUE",
        "F_WRONGV ~3 FIELD ~12 F_RIGHTCUE",
        "steht|stehen|ist|sind ~3 noch ~3 F_OLDV",
        need="FIELD",
        alone=True,
    ),
    # "Seit der Heirat heisse ich Brunner statt Keller": "statt" names the old value, it does not negate
    spec(
        "f.rectification.married",
        "rectification",
        "heirat|hochzeit|scheidung|verheiratet|geschieden ~8 heisse|heisst|heissen ~3 statt|nicht_mehr|jetzt",
        # "Seit der Hochzeit heißt sie X, im Profil steht noch Y": the old name is still on file
        "heirat|hochzeit|scheidung ~8 heisse|heisst|heissen ~10 steht|stehe|stehen ~2 noch",
        neg=False,
    ),
    # ---- restriction: stop using, but keep
    spec(
        "f.restriction.keep_but_stop",
        "restriction",
        "aber ~3 DEL ~2 Sie|ihr ~1 NEG",
        "aber ~3 NEG|nichts ~3 DEL",
        "DEL ~3 aber ~1 NEG",
        need="STOPUSE|FREEZE|F_PROCESSING",
        over="erasure",
        neg=False,
    ),
    # ---- portability: a copy to take elsewhere
    spec(
        "f.portability.to_new",
        "portability",
        "F_MOVE ~2 Sie? ~1 MY ~3 DATA|OBJ ~3 an|zu ~3 MY? ~1 F_NEWP",
        "format ~6 F_NEWP ~2 SERVICE2|PROV2 ~3 LOADV",
        weak=True,
    ),
    # ---- objection: not agreeing with a use
    spec(
        "f.objection.not_agree",
        "objection",
        "damit|dem|das|dies ~3 bin ~1 ich ~1 NEG ~1 F_AGREE",
        "NEG ~1 F_AGREE ~3 dass ~4 MY ~4 DATA|OBJ",
        need="PROFILING|F_PROFILE2|USEDV",
        neg=False,
        alone=True,
    ),
    spec(
        "f.objection.take_out", "objection", "nehmen ~3 MY ~2 DATA|OBJ ~3 aus ~3 PROFILING|F_PROFILE2", over="erasure"
    ),
    # ---- direct marketing: no more of it
    spec(
        "f.direct_marketing.keep_getting",
        "direct_marketing",
        "bekomme|erhalte|kriege ~2 F_OFTEN ~3 F_MSGN",
        need="F_NOASK|STOP",
        alone=True,
    ),
    spec(
        "f.direct_marketing.call_no_more",
        "direct_marketing",
        "rufen|schreiben|schicken|kontaktieren ~2 Sie|ihr ~1 mich|mir ~2 bitte? ~1 nicht|nie ~1 mehr",
        need="MKT",
        neg=False,
    ),
    # ---- withdraw consent: taking permission back
    spec(
        "f.withdraw_consent.no_longer_allow",
        "withdraw_consent",
        "F_ALLOW ~2 Ihnen|euch? ~1 nicht ~1 mehr",
        "F_UNDO ~1 machen",
        need="CONSENTED|CONSENT|F_ALLOW",
        neg=False,
    ),
    spec(
        "f.withdraw_consent.agreed_no_longer",
        "withdraw_consent",
        "CONSENTED ~25 F_NOLONGER",
        neg=False,
        alone=True,
    ),
    # ---- automated decision: a person to re-decide
    spec(
        "f.automated_decision.personal",
        "automated_decision",
        "F_HUMANADV ~4 REVIEW2",
        "personliche|manuelle|menschliche ~1 prufung|uberprufung|entscheidung|bewertung",
        need="AUTO2|AUTO&DECISION2|DECISION",
        neg=False,
    ),
    # ---- privacy concern: worrying about handling
    spec(
        "f.privacy_concern.handling",
        "privacy_concern",
        "ist|ware ~1 das|dies ~1 uberhaupt? ~1 F_ALLOWEDQ",
        "so ~2 geht ~1 man ~1 nicht ~3 mit ~3 DATA ~1 um",
        "verkaufen|geben ~1 Sie|ihr ~3 F_CUSTDATA ~3 an ~1 F_THIRD",
        need="DATA|F_CUSTDATA",
        neg=False,
        q=False,
        alone=True,
    ),
    # ---- escalations: asked before without answer; data that went to the wrong person
    spec(
        "f.repeated_request.again",
        "repeated_request",
        "frist|monatsfrist|monat ~4 abgelaufen|verstrichen|uberschritten|vorbei",
        "erneut|nochmals|wiederholt|abermals ~4 F_WISH|fordere|beantrage|auskunft|loschung",
        "nichts ~2 geschehen|passiert|getan",
        "vor ~3 wochen|monaten|monat ~8 gebeten|beantragt|geschrieben|angefragt|geschickt",
        "bereits|schon ~6 gebeten|beantragt|geschrieben|angefragt",
    ),
    spec(
        "f.data_breach.other_customer",
        "data_breach",
        "eines|einer ~1 anderen ~1 kunden|kundin|person|nutzers|mitglieds|patienten",
    ),
)
