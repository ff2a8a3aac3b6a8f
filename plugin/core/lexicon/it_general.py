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
    "GAVE": "passato passati passata dato dati_a venduto venduti ceduto ceduti comunicato girato girati",
    # ---- escalation vocabulary (merged with the base classes)
    "SENSITIVE": "medico dottore clinica ospedale* cancro tumore asma epiless* allergi* analisi_del_sangue "
    "fecondazione fertilita aborto ansia depressione psichiatr* sedia_a_rotelle chirurgi* hiv covid vaccin* moschea "
    "chiesa sinagoga tempio musulman* ebre* cristian* cattolic* protestant* induista buddista bisessuale lgbt* "
    "transgender vita_sessuale iscritto_al_sindacato dati_biometrici arresto carcere condann* dipendenza alcolismo "
    "mestruazion* sintom* certificato_medico",
    "MINOR": "adolescente* ragazzino ragazzina alunno alunna studente_minorenne patria_potesta tutore",
    "AGE": "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17",
    "LAWYER": "legale mio_legale avvocatessa avvocati giudice giudiziari* querela risarcimento vie_legali "
    "azione_legale conciliazione",
    "MEDIA": "giornale giornali le_iene rendere_pubblico",
    "REPEAT": "due_volte tre_volte piu_volte ribadisco mia_precedente precedente_richiesta nessuno_risponde "
    "gia_chiesto gia_scritto vi_ho_gia_scritto ho_gia_chiesto nessuno_mi_ha_risposto",
}

RULES = (
    # ---- erasure
    spec("g.erasure.object", "erasure", "DEL ~4 OBJ", "OBJ ~6 PASSIVE ~1 DEL"),
    spec("g.erasure.clitic", "erasure", "DEL_CL", need="OBJ"),
    spec("g.erasure.gone", "erasure", "fate|fatele|fateli|fatelo|fatela|fatemi ~2 GONE"),
    # ---- direct marketing
    spec("g.direct_marketing.off_list", "direct_marketing", "OFF ~4 LIST|MKT", over="erasure"),
    # ---- rectification
    spec("g.rectification.clitic", "rectification", "FIX_CL", need="FIELD|WRONG"),
    spec("g.rectification.date", "rectification", "CORRECT ~2 la ~1 data", need="@NUM"),
    # ---- access: who received my data
    spec("g.access.recipients", "access", "a_chi ~3 GAVE"),
    # ---- portability
    spec("g.portability.other", "portability", "FMT ~8 OTHER ~2 PROV2", weak=True),
    # ---- escalations
    spec("child_data.age", "child_data", "CHILD ~3 AGE ~1 anni?"),
)
