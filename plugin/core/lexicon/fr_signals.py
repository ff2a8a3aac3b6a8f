"""French escalation signals said without the keyword (LEGAL.md escalation codes), and the contexts
that cancel an escalation word: the writer's own profession, a physical leak, the writer's own hearing."""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "fr"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    # staff who had the customer's number for the job and used it for themselves (unauthorised use = breach)
    "STAFF": "livreur livreuse technicien* installateur chauffeur employe employee conseiller "
    "conseillere coursier plombier electricien",
    "PRIVCH": "whatsapp snapchat instagram facebook messenger tiktok linkedin en_prive texto",
    "PRIVCUE": "en_prive prive personnel verre rendez_vous celibataire diner sortir draguer drague mon_numero "
    "ajoutee ajoute",
    "BREACH": "a_un_autre_client a_une_autre_cliente d_un_autre_client d_une_autre_cliente destine_a_un_autre "
    "destinee_a_une_autre",
    "SENSITIVE": "chimio chimiotherapie oncolog* syndicat syndicale",
    "LAWYER": "devant_le_juge juge_des_referes",
    "MEDIA": "pigiste pigistes youtubeur youtubeuse",
    "CLIENT": "mon_client ma_cliente mes_clients pour_le_compte_de au_nom_de agissant_pour je_represente "
    "notre_client notre_cliente",
    "PHYS": "eau tuyau tuyaux toit plafond robinet lave_linge lave_vaisselle machine_a_laver frigo radiateur "
    "chaudiere pneu huile gaz canalisation canalisations douche evier",
    "HEARING": "audience convocation",
    "DEADLINE": "delai mois",
    "BEFORE": "avant dans_le_delai dans_un_delai sous",
    # word numbers for "it has been six weeks"
    "NUMW": "deux trois quatre cinq six sept huit neuf dix plusieurs",
}

RULES = (
    spec("s.data_breach.staff_private", "data_breach", "STAFF ~14 PRIVCH", need="PRIVCUE"),
    spec(
        "s.repeated_request.since",
        "repeated_request",
        "ca_fait|cela_fait|voila|depuis ~2 semaines|mois ~4 que? ~3 demande|ecrit|relance|reclame",
    ),
    spec("s.third_party_data.for_them", "third_party_data", "a_sa_place|en_son_nom", need="RELATIVE"),
    spec("profession.lawyer", "profession", "je ~1 suis ~0 LAWYER", "travaille ~2 comme ~1 LAWYER"),
    spec("physical.leak", "physical", "PHYS"),
    spec("own_hearing.court", "own_hearing", "MY ~3 HEARING"),
)
