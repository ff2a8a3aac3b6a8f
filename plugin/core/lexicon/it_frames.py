"""Italian semantic frames (see `plugin.core.lexicon.en_frames`): the frames of each right over broad
classes (vorrei/gradirei/vi sarei grato, "non più", nominal requests, "a mio nome"), and the escalation
frames of a request already made and of data gone astray."""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "it"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    "F_WISH": "vorrei voglio gradirei desidero desidererei chiedo vi_chiedo richiedo vi_prego vi_sarei_grato "
    "vi_sarei_grata sarei_grato sarei_grata potreste potete mi_piacerebbe",
    "F_OVERVIEW": "panoramica riepilogo elenco lista prospetto copia estratto quadro resoconto sintesi",
    "F_ONME": "a_mio_nome su_di_me che_mi_riguardano che_mi_riguarda riguardanti_me relativi_a_me di_me sul_mio_conto",
    "F_THERE": "avete conservate trattate possedete detenete risultano risulta registrati registrate conservati "
    "salvati raccolto raccolti archiviati",
    "F_KNOWV": "sapere conoscere capire curioso curiosa",
    "F_STAY": "restino resti rimangano rimanga restare rimanere conservati conservate salvati archiviati",
    "F_LONGER": "piu",
    "F_WRONGV": "sbagliato sbagliata sbagliati errato errata errati inesatto inesatta vecchio vecchia "
    "non_corretto non_corretta scritto_male",
    "F_RIGHTCUE": "corretto corretta giusto giusta esatto esatta in_realta dovrebbe deve ora adesso invece_di "
    "e_non non",
    "F_OLDV": "vecchio vecchia vecchi precedente",
    "F_MOVE": "trasferite trasferire trasmettete trasmettere inviate inviare passate passare",
    "F_NEWP": "nuovo nuova",
    "F_AGREE": "d_accordo",
    "F_OFTEN": "continuamente di_continuo ogni_giorno costantemente in_continuazione",
    "F_MSGN": "sms messaggi email mail telefonate chiamate lettere volantini",
    "F_NOASK": "mai_chiesto mai_richiesto mai_iscritto mai_iscritta basta smettete",
    "F_ALLOWEDQ": "e_legale e_lecito e_consentito e_normale",
    "F_THIRD": "terzi altre_aziende partner",
    "F_CUSTDATA": "dati_dei_clienti dati",
    "F_HUMANADJ": "umano umana manuale personale individuale",
    "F_REVIEWN": "revisione valutazione verifica esame riesame controllo intervento",
    "F_ASKED": "scritto chiesto richiesto inviato mandato contattato",
    "F_WRONGTO": "per_errore persona_sbagliata altra_persona altro_cliente altra_cliente destinatario_sbagliato",
}

RULES = (
    spec(
        "f.access.overview",
        "access",
        "F_OVERVIEW ~4 EVERYTHING|DATA|OBJ|OBJ2 ~8 F_ONME|F_THERE|ABOUT_ME",
        "F_OVERVIEW ~3 MY ~2 DATA",
        need="F_WISH|REQ|PLEASE",
        weak=True,
    ),
    spec(
        "f.access.what_on_me",
        "access",
        "cosa|quali|EVERYTHING ~6 F_ONME|ABOUT_ME ~6 F_THERE",
        "cosa|quali|EVERYTHING ~4 F_THERE ~4 F_ONME|ABOUT_ME",
        "F_KNOWV ~4 cosa|quali|chi|a_chi ~10 F_ONME|ABOUT_ME",
        "F_KNOWV ~4 quali ~2 DATA ~6 F_THERE",
        q=False,
        alone=True,
    ),
    spec(
        "f.erasure.not_stay",
        "erasure",
        "non ~2 voglio|vorrei|desidero ~1 piu? ~1 che ~4 MY ~3 DATA|OBJ|OBJ2 ~4 F_STAY",
        "non ~2 KEEP_V ~2 piu ~3 MY ~3 DATA|OBJ|OBJ2",
        neg=False,
    ),
    spec(
        "f.rectification.wrong_value",
        "rectification",
        "FIELD ~8 F_WRONGV ~12 F_RIGHTCUE",
        "F_WRONGV ~3 FIELD ~12 F_RIGHTCUE",
        "risulta|avete ~3 ancora ~3 F_OLDV",
        need="FIELD",
        alone=True,
    ),
    spec(
        "f.portability.to_new", "portability", "F_MOVE ~2 MY ~3 DATA|OBJ|OBJ2 ~3 al|alla|a ~3 MY? ~1 F_NEWP", weak=True
    ),
    spec(
        "f.objection.not_agree",
        "objection",
        "non ~2 sono ~1 F_AGREE ~6 che? ~4 MY ~4 DATA|OBJ|OBJ2",
        need="PROFILING|USEDV",
        neg=False,
        alone=True,
    ),
    spec(
        "f.direct_marketing.keep_getting",
        "direct_marketing",
        "ricevo ~2 F_OFTEN ~3 F_MSGN",
        need="F_NOASK|STOP",
        alone=True,
    ),
    spec(
        "f.direct_marketing.no_more",
        "direct_marketing",
        "non ~1 mi ~1 SEND|chiamate|scrivete|contattate ~2 piu ~4 MKT",
        need="MKT",
        neg=False,
    ),
    spec(
        "f.automated_decision.human_review",
        "automated_decision",
        "F_REVIEWN ~1 F_HUMANADJ",
        need="AUTO2|AUTO&DECISION2|DECISION",
        neg=False,
    ),
    spec(
        "f.privacy_concern.handling",
        "privacy_concern",
        "F_ALLOWEDQ",
        "vendete|cedete|passate ~3 F_CUSTDATA ~3 a ~1 F_THIRD",
        need="DATA|F_CUSTDATA",
        neg=False,
        q=False,
        alone=True,
    ),
    spec(
        "f.repeated_request.asked_before",
        "repeated_request",
        "vi ~1 ho ~1 gia ~2 F_ASKED",
        "ho ~1 gia ~2 F_ASKED",
        "ancora ~2 nessuna ~1 risposta",
        "F_ASKED ~4 settimane|mesi|mese ~1 fa",
    ),
    spec("f.data_breach.wrong_person", "data_breach", "inviato|inviata|inviati|mandato|arrivato|arrivata ~4 F_WRONGTO"),
    spec(
        "f.repeated_request.deadline",
        "repeated_request",
        "termine ~4 scaduto|decorso|trascorso|superato",
        "rinnovo|ribadisco|reitero ~3 richiesta",
        "settimane|mesi|mese ~1 fa ~6 F_ASKED",
        "non ~2 e ~1 stato ~1 fatto ~1 nulla|niente",
    ),
)
