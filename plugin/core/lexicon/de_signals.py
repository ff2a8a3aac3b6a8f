"""German escalation signals said without the keyword (LEGAL.md escalation codes), and the contexts
that cancel an escalation word: the writer's own profession, a physical leak, the writer's own hearing."""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "de"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    # staff who had the customer's number for the job and used it for themselves (unauthorised use = breach)
    "STAFF": "fahrer fahrerin *fahrer techniker technikerin monteur monteurin kurier kurierfahrer bote zusteller "
    "zustellerin mitarbeiter mitarbeiterin installateur handwerker elektriker",
    "PRIVCH": "whatsapp privat instagram facebook snapchat tiktok messenger privathandy",
    "PRIVCUE": "privat personlich kaffee date single treffen abendessen ausgehen meine_nummer die_nummer",
    "BREACH": "anderen_kunden anderen_kundin anderen_kunde fremden_kunden",
    "SENSITIVE": "chemo chemotherapie onkolog* gewerkschaftsbeitrag* gewerkschaftsmitglied* verdi ig_metall",
    "LAWYER": "rechtsbeistand rechtsbeistands",
    "AUTH_BODY": "polizeiprasidium",
    "CLIENT": "mandant mandantin mandanten namens vertrete vertreten vollmacht",
    "PHYS": "wasser rohr rohre dach decke wasserhahn hahn waschmaschine spulmaschine geschirrspuler kuhlschrank "
    "heizung heizkorper reifen ol gas schlauch zulaufschlauch dusche",
    "HEARING": "scheidungstermin gerichtstermin verhandlungstermin verhandlung",
    "DEADLINE": "frist monatsfrist monat",
    # "for the Nth time" counts the writer's requests only when the request follows it ("for the third time: stop")
    "NTHACT": "horen hort lasst lassen loschen loscht stoppt bitte frage fordere schreibe",
    "BEFORE": "bevor innerhalb binnen vor_ablauf",
}

RULES = (
    spec("s.data_breach.staff_private", "data_breach", "STAFF ~14 PRIVCH", need="PRIVCUE"),
    spec(
        "s.data_breach.account",
        "data_breach",
        "jemand|fremder|unbekannter ~8 eingeloggt|eingedrungen|zugegriffen",
    ),
    spec(
        "s.repeated_request.since",
        "repeated_request",
        "vor ~3 wochen|monaten ~8 verlangt|gefordert|gefragt",
        "zum ~1 ORDINAL|zweiten|dritten|vierten ~1 mal ~2 NTHACT",
    ),
    spec("s.authority_request.investigating", "authority_request", "wir ~2 ermitteln"),
    spec("s.third_party_data.for_them", "third_party_data", "schreibe ~3 fur ~1 sie|ihn", need="RELATIVE"),
    spec("profession.lawyer", "profession", "ich ~1 bin ~0 LAWYER", "arbeite ~2 als ~1 LAWYER"),
    spec("physical.leak", "physical", "PHYS"),
    spec("own_hearing.court", "own_hearing", "MY ~3 HEARING"),
)
