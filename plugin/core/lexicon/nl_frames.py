"""Dutch semantic frames (see `plugin.core.lexicon.en_frames`): the frames of each right over broad
classes (ik zou graag/ik wil, "niet meer", nominal requests, "over mij"), and the escalation frames of
a request already made and of data gone astray."""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "nl"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    "F_WISH": "graag wil wilt willen zou zouden wens verzoek vraag verzoeken kunnen kunt",
    "F_OVERVIEW": "overzicht lijst lijstje kopie kopietje samenvatting uittreksel opsomming",
    "F_ONME": "over_mij van_mij over_mijzelf op_mijn_naam over_me van_me",
    "F_THERE": "hebben heeft bewaren bewaard opgeslagen verwerken verwerkt bijhouden geregistreerd vastgelegd "
    "verzameld staat staan",
    "F_KNOWV": "weten benieuwd nieuwsgierig inzien",
    "F_STAY": "blijven blijft bewaard opgeslagen staan staat liggen",
    "F_LONGER": "meer langer",
    "F_WRONGV": "fout foute verkeerd verkeerde onjuist onjuiste oud oude verouderd niet_juist",
    "F_RIGHTCUE": "juist juiste correct correcte goed goede moet moest zou_moeten is_nu nu in_plaats_van niet",
    "F_OLDV": "oude oud vorige",
    "F_MOVE": "overzetten overdragen doorsturen sturen verhuizen",
    "F_NEWP": "nieuwe nieuw",
    "F_AGREE": "eens akkoord oke",
    "F_OFTEN": "steeds voortdurend constant dagelijks telkens",
    "F_MSGN": "sms_jes smsjes sms berichten mails e_mails telefoontjes oproepen brieven folders",
    "F_NOASK": "nooit_gevraagd nooit_aangemeld nooit_ingeschreven stop stoppen afmelden",
    "F_ALLOWEDQ": "mag_dat mag_dit is_dat_toegestaan is_dat_legaal is_dat_normaal",
    "F_THIRD": "derden andere_bedrijven partners",
    "F_CUSTDATA": "klantgegevens gegevens",
    "F_HUMANADJ": "menselijke handmatige persoonlijke",
    "F_REVIEWN": "beoordeling controle herbeoordeling toetsing blik",
    "F_ASKED": "gevraagd gemaild geschreven verzocht gestuurd gebeld",
    "F_WRONGTO": "per_ongeluk verkeerde_persoon iemand_anders verkeerde_adres andere_klant",
}

RULES = (
    spec(
        "f.access.overview",
        "access",
        "F_OVERVIEW ~4 EVERYTHING|DATA|OBJ|OBJ2 ~8 F_ONME|F_THERE",
        "F_OVERVIEW ~3 MY ~2 DATA",
        need="F_WISH|REQ|PLEASE",
        weak=True,
    ),
    spec(
        "f.access.what_on_me",
        "access",
        "WHAT|EVERYTHING ~6 F_ONME ~6 F_THERE",
        "WHAT|EVERYTHING ~4 F_THERE ~4 F_ONME",
        "F_KNOWV ~4 WHAT|wie|aan_wie ~10 F_ONME",
        "F_KNOWV ~4 welke ~2 DATA ~6 F_THERE",
        q=False,
        alone=True,
    ),
    spec(
        "f.erasure.not_stay",
        "erasure",
        "NEG ~2 dat ~4 MY ~3 DATA|OBJ|OBJ2 ~6 F_LONGER ~4 F_STAY",
        "MY ~3 DATA|OBJ|OBJ2 ~4 niet ~1 F_LONGER ~4 F_STAY",
        neg=False,
    ),
    spec(
        "f.rectification.wrong_value",
        "rectification",
        "FIELD ~8 F_WRONGV ~12 F_RIGHTCUE",
        "F_WRONGV ~3 FIELD ~12 F_RIGHTCUE",
        "staat|staan|hebben ~3 nog ~3 F_OLDV",
        need="FIELD",
        alone=True,
    ),
    spec("f.portability.to_new", "portability", "F_MOVE ~3 MY ~3 DATA|OBJ|OBJ2 ~3 naar ~3 MY? ~1 F_NEWP", weak=True),
    spec(
        "f.objection.not_agree",
        "objection",
        "niet ~2 mee ~1 eens",
        "niet ~1 F_AGREE ~4 mee",
        need="PROFILING|USEDV",
        neg=False,
        alone=True,
    ),
    spec(
        "f.direct_marketing.keep_getting",
        "direct_marketing",
        "krijg|ontvang ~2 F_OFTEN ~3 F_MSGN",
        need="F_NOASK|STOP",
        alone=True,
    ),
    spec(
        "f.automated_decision.human_review",
        "automated_decision",
        "F_HUMANADJ ~1 F_REVIEWN",
        "mens ~2 van ~1 vlees ~1 en ~1 bloed",
        need="AUTO2|AUTO&DECISION2|DECISION",
        neg=False,
    ),
    spec(
        "f.privacy_concern.handling",
        "privacy_concern",
        "F_ALLOWEDQ",
        "verkopen|verkoopt|geven|delen ~2 jullie|u ~3 F_CUSTDATA ~3 aan ~1 F_THIRD",
        need="DATA|F_CUSTDATA",
        neg=False,
        q=False,
        alone=True,
    ),
    spec(
        "f.repeated_request.asked_before",
        "repeated_request",
        "heb ~2 al ~3 F_ASKED",
        "nog ~1 steeds|altijd ~2 geen ~1 reactie|antwoord",
        "F_ASKED ~4 weken|maand|maanden ~1 geleden",
    ),
    spec("f.data_breach.wrong_person", "data_breach", "gestuurd|verstuurd|terechtgekomen ~4 F_WRONGTO"),
    spec(
        "f.repeated_request.deadline",
        "repeated_request",
        "termijn ~4 verstreken|verlopen|voorbij|overschreden",
        "opnieuw|nogmaals ~4 F_WISH|inzage|verwijdering",
        "niets ~2 gebeurd|gedaan",
    ),
)
