"""Italian general rules (see `plugin.core.lexicon`): broad concept classes, generic request shapes.

Imperatives carry their object pronoun ("distruggetela", "correggetelo", "toglietemi"): the forms are
listed by stem x pronoun. "Fate sparire" / "fatele sparire" is removal.
"""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "it"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()


def _clitics(stems: str, pronouns: str = "lo la li le") -> str:
    return " ".join(s + p for s in stems.split() for p in pronouns.split())


CLASSES = {
    "OBJ": "cv curriculum passaporto copia copie scansione* carta_d_identita carta_di_identita documento* documenti "
    "patente registrazione* registrazioni video* foto* immagin* selfie* storico cronologia posizione* "
    "geolocalizzazione ricerche recensione* commento* commenti post pubblicazione* pratica pratiche fascicolo "
    "archivio file scheda note profilo* account impront* album contatti rubrica conversazion* chat annunci* "
    "annuncio candidatura* dati informazioni",
    "DEL": "cancell* elimin* rimuov* rimoss* togli* distrugg*",
    "DEL_CL": _clitics("cancellate eliminate rimuovete togliete distruggete cancellar eliminar rimuover toglier"),
    "FIX_CL": _clitics("correggete sistemate aggiornate modificate rettificate correggere sistemar aggiornar"),
    "GONE": "sparire scomparire sparisca spariscano scompaia scompaiano",
    "PASSIVE": "venga vengano venissero fossero siano sia",
    "OFF": "toglietemi cancellatemi rimuovetemi eliminatemi levatemi togliermi cancellarmi rimuovermi",
    "LIST": "mailing_list lista liste lista_di_distribuzione elenco elenchi newsletter",
    "FMT": "file formato csv json excel foglio_di_calcolo esportazione archivio zip",
    "OTHER": "altro altra nuovo nuova",
    "PROV2": "fornitore gestore operatore banca compagnia piattaforma app servizio assicurazione",
    "PRON": "lo la li le",
    "OBJ2": "filmati filmato volto voce cronologia siti impronte classifica punteggi attestati corsi",
    "KEEP_V": "conserviate conservare conservate tenere tenete tenetene teniate mantenere tenerli conservarli "
    "conserviate_piu",
    "DEL2": "levate levare levatemi svuotate svuotare",
    "FORGET": "dimenticatemi dimenticarmi dimenticatevi",
    "SHARE_V": "consegnato consegnati dato dati passato passati trasmesso trasmessi comunicato comunicati inviato "
    "inviati venduto ceduto",
    "FIX2": "correggete correggere aggiornate aggiornare cambiate cambiare modificate modificare aggiungete "
    "aggiungere rettificate rettificare sistemate sistemare cambiarlo cambiarla aggiungetelo aggiungerlo "
    "correggerlo correggetelo",
    "FIELD": "secondo_nome cognome iban natel sesso titolo intestazione gruppo_sanguigno classe civico",
    "WRONG": "sbagliato sbagliata sbagliati vecchio non_e_corretto invertite",
    "UNTIL": "finche fino_a fino_alla fino_al in_attesa nel_frattempo",
    "STOPUSE": "usate usateli usatela usarli usare utilizzate utilizzarli trasmettete trasmetteteli trasmettere "
    "comunicate comunicarli trattate trattarli sottoporli sottoporre cedete",
    "FREEZE": "congelare congelate bloccate bloccare sospendete sospendere",
    "PROFILING": "tracciato tracciata tracciati tracciare addestrare addestramento campione studio studi "
    "statistiche analizzato analizzata analizzate analizzare punteggio analizz*",
    "EXCLUDE": "escludetele escludetemi escludeteli escludetela escludermi toglietemi",
    "HUMAN2": "persona umano umana analista operatore addetto qualcuno dipendente responsabile consulente "
    "operatrice addetta funzionario essere_umano",
    "REVIEW2": "riveda rivedesse rivedere riesamini riesaminare riesame esaminata esaminare guardasse guardi "
    "controlli valuti intervento presa decida rivalutare rivaluti valutare esamini guardare controllare verificare "
    "verifichi decidere contestare valutata valutato valutati riconsideri riconsiderare riconsiderata guardarci",
    "AUTO2": "automatico automatica automatici automatiche automatizzato sistema software algoritmo piattaforma "
    "programma scoring automaticamente macchina computer intelligenza_artificiale ia app punteggio secondi minuti "
    "sito modulo_online immediatamente subito in_pochi_secondi",
    "DECISION2": "rifiuto rifiutato rifiutata respinta respinto negativa non_idoneo negato bloccato decisione "
    "negata bloccata sospeso sospesa esito aumentato escluso esclusa disattivato disattivata",
    "CONSENTED": "acconsentito firmato dato_il_benestare dato_permesso detto_d_accordo spunta accettato",
    "CONSENT": "benestare permesso liberatoria",
    "WORRY": "strano tranquilla tranquillo",
    "SENSITIVE": "fisio odontoiatr* ortodonz* endodonz* "  # care that reveals a condition
    "sindacato medico dottore clinica ospedale* cancro tumore asma epiless* allergi* "
    "analisi_del_sangue fecondazione fertilita aborto ansia depressione psichiatr* sedia_a_rotelle chirurgi* hiv "
    "covid vaccin* moschea chiesa sinagoga tempio musulman* ebre* cristian* cattolic* protestant* induista buddista "
    "bisessuale lgbt* transgender vita_sessuale iscritto_al_sindacato dati_biometrici arresto carcere condann* "
    "dipendenza alcolismo mestruazion* sintom* certificato_medico cardiolog* glicemia diabet* referto trasfusional* "
    "gruppo_sanguigno emicrania dentist*",
    "GAVE": "passato passati passata dato dati_a venduto venduti ceduto ceduti comunicato girato girati",
    # ---- escalation vocabulary (merged with the base classes)
    "MINOR": "adolescente* ragazzino ragazzina alunno alunna studente_minorenne patria_potesta tutore",
    "AGE": "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17",
    "LAWYER": "legale mio_legale avvocatessa avvocati giudice giudiziari* querela risarcimento vie_legali "
    "azione_legale conciliazione",
    "MEDIA": "giornale giornali le_iene rendere_pubblico trasmissione_televisiva redazione follower",
    "REPEAT": "ribadisco mia_precedente precedente_richiesta nessuno_risponde gia_chiesto gia_scritto "
    "vi_ho_gia_scritto ho_gia_chiesto nessuno_mi_ha_risposto",
    "ADULT": "18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 "
    "52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 "
    "89 90 91 92 93 94 95 96 97 98 99",
    "AUTH_BODY": "inps ufficio_tributi",
    "BREACH": "accesso_non_autorizzato bucato di_un_altra_persona arrivata_aperta",
    "INTERVENE": "intervento_umano revisione_manuale verifica_manuale non_una_macchina non_un_computer "
    "controllo_manuale revisione_umana",
    "CONTEST": "contesto contestare impugno impugnare ricorso",
    "PORT": "formato_standard formato_aperto formato_comune formato_leggibile_da",
    "COOKIE": "cookie*",
    "STRUCT2": "excel* xlsx foglio_di_calcolo csv",
    "TAKEWITH": "portarmi_via portare_via",
    "POSS": "mio mia miei mie",
    "MKT": "finalita_commerciali",
}

RULES = (
    spec(
        "g.rectification.clitic_alone",
        "rectification",
        "aggiungetelo|aggiungetela|cambiarlo|cambiarla|correggetelo|correggetela|aggiornatelo|sistematelo",
        need="FIELD|WRONG",
    ),
    spec(
        "g.portability.as_file",
        "portability",
        "in|come ~3 STRUCT2",
        "TAKEWITH ~6 DATA|OBJ",
        "DATA|OBJ ~6 TAKEWITH",
        "direttamente ~3 a ~1 loro|lui|lei|nuovo|nuova",
        weak=True,
    ),
    spec("g.objection.not_want_that", "objection", "NEG ~1 voglio ~2 che ~4 PROFILING", neg=False),
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
        "NEG ~1 voglio ~2 che ~3 KEEP_V",
        "NEG ~1 KEEP_V ~2 copia",
        neg=False,
    ),
    spec("g.erasure.remove", "erasure", "DEL2 ~4 OBJ|OBJ2|DATA", "FORGET", "in_mancanza_di ~1 rimozione|cancellazione"),
    spec(
        "g.erasure.number_off_list",
        "direct_marketing",
        "DEL ~4 MY ~2 FIELD|OBJ ~4 da|dalle|dalla|dal ~3 LIST|chiamata",
    ),
    # ---- erasure
    spec("g.erasure.object", "erasure", "DEL ~4 OBJ", "OBJ ~6 PASSIVE ~1 DEL"),
    spec("g.erasure.clitic", "erasure", "DEL_CL", need="OBJ"),
    spec("g.erasure.gone", "erasure", "fate|fatele|fateli|fatelo|fatela|fatemi ~2 GONE"),
    # ---- direct marketing
    spec("g.direct_marketing.off_list", "direct_marketing", "OFF ~4 LIST|MKT", over="erasure"),
    # ---- rectification
    spec("g.rectification.clitic", "rectification", "FIX_CL", need="FIELD|WRONG"),
    spec("g.rectification.date", "rectification", "CORRECT ~2 la ~1 data", need="@NUM"),
    # ---- access: who received my data, what was handed over
    spec("g.access.recipients", "access", "a_chi ~3 GAVE"),
    spec(
        "g.access.what_sent",
        "access",
        "che_cosa|cosa|cos_altro|quali ~4 avete|hanno ~1 SHARE_V",
        "su ~1 quali ~1 dati",
        "chiedo|vorrei|mandatemi|inviatemi ~2 copia|copie ~3 OBJ|OBJ2",
        "conoscere|sapere ~2 la ~1 fonte|origine|provenienza",
        "vorrei|voglio ~1 sapere ~3 quali|cosa|che",
    ),
    # ---- rectification
    spec("g.rectification.fix", "rectification", "FIX2 ~4 MY|il|la|lo|l|FIELD|in", need="FIELD|WRONG"),
    # ---- restriction
    spec(
        "g.restriction.until",
        "restriction",
        "NEG ~1 STOPUSE ~12 UNTIL",
        "UNTIL ~12 NEG ~2 STOPUSE",
        "conservare ~10 e|ma ~2 di? ~1 non ~2 STOPUSE",
        "nessun ~1 altro ~1 trattamento|uso",
        "niente ~1 altri ~1 usi",
        "NEG ~1 la|li|lo|le? ~1 DEL ~12 ma ~6 non ~1 STOPUSE",
        neg=False,
        over="erasure",
    ),
    spec("g.restriction.freeze", "restriction", "FREEZE ~4 DATA|OBJ|OBJ2"),
    # ---- objection
    spec(
        "g.objection.not_want",
        "objection",
        "NEG ~1 voglio ~2 essere ~1 PROFILING",
        "NEG ~1 voglio ~1 che ~1 lo ~1 facciate",
        need="PROFILING",
    ),
    spec("g.objection.exclude", "objection", "EXCLUDE", need="PROFILING", over="erasure"),
    # ---- direct marketing
    spec(
        "g.direct_marketing.no_ads",
        "direct_marketing",
        "NEG ~1 voglio ~3 MKT",
        "pretendo|voglio|chiedo ~2 che ~1 cessino|smettano|finiscano",
        "continuate|continuano ~2 a? ~1 chiamarmi|scrivermi|contattarmi|mandarmi",
        need="MKT",
        neg=False,
    ),
    # ---- automated decision
    spec(
        "g.automated_decision.human",
        "automated_decision",
        "HUMAN2 ~8 REVIEW2",
        "REVIEW2 ~4 da ~3 HUMAN2",
        need="AUTO2&DECISION2",
        neg=False,
    ),
    # ---- consent
    spec(
        "g.withdraw_consent.changed_mind",
        "withdraw_consent",
        "non ~1 do ~1 piu ~2 CONSENT",
        "cambiato ~1 idea",
        "revoco",
        "NEG ~1 voglio ~1 piu ~2 dare ~2 CONSENT",
        "NEG ~1 sono ~1 piu ~1 d_accordo",
        "ritiro|revoco|tolgo ~2 il|mio|la ~1 CONSENT",
        "la|lo ~1 tolgo",
        need="CONSENTED|CONSENT",
        over="erasure",
        neg=False,
    ),
    # ---- privacy concern
    spec(
        "g.privacy_concern.why",
        "privacy_concern",
        "perche ~3 avete|chiedete|volete|conservate ~3 MY|il|la|OBJ",
        "a ~1 che ~1 vi ~1 serve",
        "chi ~2 puo|possono ~1 vedere|leggere|accedere",
        "chi ~1 ha ~1 accesso",
        "dove ~1 vanno|finiscono|va|finisce ~2 OBJ|OBJ2|PRON|le|i|il|la",
        "qualcuno ~1 vede|puo_vedere ~3 miei|mie|MY",
    ),
    spec(
        "g.privacy_concern.unknowing",
        "privacy_concern",
        "senza ~1 dirmi|avvisarmi|chiedermi|informarmi",
        need="DATA|OBJ|OBJ2|FIELD",
        alone=True,
    ),
    spec("g.privacy_concern.feel", "privacy_concern", "sembra ~2 WORRY", "sento ~1 WORRY", alone=True),
    # ---- hard negatives
    spec("cancellation.application", "cancellation", "ritirare|ritiro ~3 candidatura|domanda"),
    spec("order_change.before_shipping", "order_change", "prima ~2 della|del ~1 spedizione|consegna|invio"),
    # ---- portability
    spec("g.portability.other", "portability", "FMT ~8 OTHER ~2 PROV2", weak=True),
    # ---- escalations
    spec("third_party_data.adult_child", "third_party_data", "CHILD ~3 ADULT ~1 anni?"),
    spec("child_data.age", "child_data", "CHILD ~3 AGE ~1 anni?"),
    # "Dove si cambia l'indirizzo nell'app?": a how-to question about the interface.
    spec(
        "ui_help.where",
        "ui_help",
        "dove|come ~1 si ~1 cambia|modifica|cancella|elimina|toglie",
        "dove ~2 posso ~1 cambiare|modificare|cancellare|eliminare",
    ),
    # Tracking / delivery messages are service messages, not marketing or profiling.
    spec(
        "service_contact.delivery_notice",
        "service_contact",
        "sms|notifiche|messaggi|email ~2 di ~1 tracciamento|tracking|consegna|spedizione",
    ),
    # "Voglio sapere chi ha ricevuto i miei documenti": the recipients of the writer's data (Art. 15(1)(c)).
    spec(
        "g.access.who_received",
        "access",
        "sapere|dire|ditemi|dirmi ~3 chi|a_chi ~4 ricevuto|visto|mandato|inviato|spedito|arrivat*",
    ),
    # "Smettete di analizzare i miei acquisti": stop processing the writer's own data (Art. 21(1)).
    spec(
        "g.objection.stop_processing",
        "objection",
        "STOP ~1 di ~1 analizzare|profilare|tracciare|monitorare|scansionare ~2 il|la|i|le? ~1 mio|mia|miei|mie",
        neg=False,
    ),
)
