"""Dutch escalation signals said without the keyword (LEGAL.md escalation codes), and the contexts
that cancel an escalation word: the writer's own profession, a physical leak, the writer's own hearing."""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "nl"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    # staff who had the customer's number for the job and used it for themselves (unauthorised use = breach)
    "STAFF": "bezorger bezorgster monteur chauffeur koerier medewerker medewerkster installateur "
    "loodgieter elektricien",
    "PRIVCH": "whatsapp appje appjes snapchat instagram facebook messenger tiktok linkedin prive privebericht",
    "PRIVCUE": "prive persoonlijk afspreken afspraakje drankje date single etentje mijn_nummer",
    "BREACH": "andere_klant andere_klanten voor_een_ander",
    "SENSITIVE": "chemo chemotherapie oncolo* vakbond vakbonds* fnv cnv koosjer",
    "LAWYER": "bij_de_rechter naar_de_rechter voor_de_rechter",
    "MEDIA": "volgers",
    "DPA": "*toezichthouder",
    "CLIENT": "mijn_client mijn_cliente mijn_clienten namens_mijn_client vertegenwoordig* onze_client",
    "PHYS": "water leiding leidingen dak plafond kraan wasmachine vaatwasser koelkast vriezer radiator ketel "
    "cv_ketel band olie gas douche wc gootsteen",
    "HEARING": "zitting verschijnen",
    "DEADLINE": "termijn maand",
    # "for the Nth time" counts the writer's requests only when the request follows it ("for the third time: stop")
    "NTHACT": "stop stoppen verwijder haal vraag verzoek schrijf mail",
    "BEFORE": "binnen voordat voor_het_einde uiterlijk",
    "NUMW": "twee drie vier vijf zes zeven acht negen tien",
}

RULES = (
    spec("s.data_breach.staff_private", "data_breach", "STAFF ~14 PRIVCH", need="PRIVCUE"),
    spec("s.data_breach.account", "data_breach", "iemand ~6 in ~1 MY ~1 account|profiel ~3 gekomen|ingebroken"),
    spec(
        "s.repeated_request.since",
        "repeated_request",
        "weken|maanden ~1 geleden ~4 F_ASKED|gemaild|geschreven",
        "voor ~1 de ~1 ORDINAL ~1 keer ~2 NTHACT",
    ),
    # the Dutch authority is usually "de AP"
    spec("s.dpa_complaint.authority", "dpa_complaint", "DPA"),  # compounds: privacytoezichthouder
    spec("s.dpa_complaint.ap", "dpa_complaint", "bij|naar|tot ~1 de ~1 ap", native=True),
    spec("profession.lawyer", "profession", "ik ~1 ben ~0 LAWYER", "werk ~2 als ~1 LAWYER"),
    spec("physical.leak", "physical", "PHYS"),
    spec("own_hearing.court", "own_hearing", "MY|ik ~3 HEARING"),
)
