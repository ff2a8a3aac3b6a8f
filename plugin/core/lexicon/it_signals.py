"""Italian escalation signals said without the keyword (LEGAL.md escalation codes), and the contexts
that cancel an escalation word: the writer's own profession, a physical leak, the writer's own hearing."""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "it"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    # staff who had the customer's number for the job and used it for themselves (unauthorised use = breach)
    "STAFF": "corriere fattorino tecnico installatore autista rider dipendente idraulico elettricista",
    "PRIVCH": "whatsapp privato instagram facebook snapchat tiktok messenger",
    "PRIVCUE": "privato privata personale uscire cena caffe appuntamento single il_mio_numero",
    "BREACH": "un_altra_cliente un_altro_cliente altra_cliente destinata_a_un_altro destinata_a_un_altra",
    "SENSITIVE": "tumore chemio chemioterapia oncolog* sindacato iscritto_alla_cgil cgil cisl uil "
    "questionario_sanitario questionario_medico",
    "LAWYER": "in_tribunale",
    "MEDIA": "rai mediaset iscritti_al_canale",
    "AUTH_BODY": "commissariato",
    "CLIENT": "mio_cliente mia_cliente mia_assistita mio_assistito per_conto_di in_nome_e_per_conto",
    "PHYS": "acqua tubo tubi tubatura tubature tetto soffitto rubinetto lavatrice lavastoviglie frigo frigorifero "
    "caldaia gomma olio gas doccia lavandino",
    "HEARING": "udienza",
    "DEADLINE": "termine mese",
    # "for the Nth time" counts the writer's requests only when the request follows it ("for the third time: stop")
    "NTHACT": "smettetela smettete cancellate chiedo vi scrivo basta",
    "BEFORE": "prima entro",
}

RULES = (
    spec("s.data_breach.staff_private", "data_breach", "STAFF ~14 PRIVCH", need="PRIVCUE"),
    spec(
        "s.data_breach.account",
        "data_breach",
        "qualcuno|sconosciuto ~6 entrato|acceduto ~3 nel|al|sul ~1 MY ~1 account|profilo|conto",
    ),
    spec("s.repeated_request.since", "repeated_request", "per ~1 la ~1 ORDINAL ~1 volta ~2 NTHACT"),
    spec("s.third_party_data.for_them", "third_party_data", "scrivo ~3 per ~1 lei|lui", need="RELATIVE"),
    spec("profession.lawyer", "profession", "faccio ~1 LAWYER", "sono ~0 LAWYER", "lavoro ~2 come ~1 LAWYER"),
    spec("physical.leak", "physical", "PHYS"),
    spec("own_hearing.court", "own_hearing", "MY|ho ~3 HEARING"),
)
