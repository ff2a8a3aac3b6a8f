"""dev6 (privacy_concern and its look-alikes, en/fr/nl/es/it) floors, and table tests for the rules added on it.

dev6 is cut like `bench/corpus.py --split`: every 4th message by id number is validation and was only ever
scored in aggregate. The floors sit a little under the scores reached with the privacy_concern rules of
this change (rules + learned layer, as `classify` runs), so a change that loses them fails here. The val
part was written by the same author as the rules, so its floor guards a regression, not generalisation.


The table rows are sentences written for these tests (not taken from any labelled set): for each new rule
a question or worry about how the writer's data is handled (Art. 5, 12-14), and beside each the ordinary
customer-service look-alike that must stay "not a request" (a delivery time, a parcel, a product).
"""

from __future__ import annotations

import pytest

from plugin.core.classify import classify_with
from tests.labelled_sets import scores as labelled_scores

# (split, metric) -> floor
FLOORS: dict[tuple[str, str], float] = {
    ("val", "detection_precision"): 0.80,
    ("val", "detection_recall"): 0.95,
    ("val", "exact_rights_accuracy"): 0.84,
    ("val", "escalation_recall"): 0.95,
    ("tune", "detection_precision"): 0.97,
    ("tune", "detection_recall"): 0.96,
    ("tune", "exact_rights_accuracy"): 0.96,
    ("tune", "escalation_recall"): 0.95,
}


@pytest.mark.parametrize(("split", "metric"), sorted(FLOORS))
def test_floor(split: str, metric: str) -> None:
    scores = labelled_scores("dev6", split)
    assert scores[metric] >= FLOORS[(split, metric)], scores


PC = "privacy_concern"

# (language, text, rights that must be found (space-separated, "" = not a request), right that must not be)
RULE_TABLE: list[tuple[str, str, str, str]] = [
    # why do you ask for / what do you need my X for: collection beyond the purpose (Art. 5(1)(c))
    ("en", "Why does your gym app require my date of birth just to book a class?", PC, ""),
    ("en", "What do you need my marital status for on a warranty form?", PC, ""),
    ("fr", "Pourquoi votre appli de fitness exige-t-elle ma date de naissance pour réserver un cours ?", PC, ""),
    ("fr", "À quoi vous sert mon numéro de téléphone pour un simple devis ?", PC, ""),
    ("nl", "Waarom moet ik mijn geboortedatum invullen om een fiets te huren?", PC, ""),
    ("nl", "Waarvoor hebben jullie mijn inkomen nodig bij een telefoonabonnement?", PC, ""),
    ("es", "¿Para qué quieren mi fecha de nacimiento si solo alquilo una bici?", PC, ""),
    ("it", "A cosa vi serve la mia data di nascita per noleggiare una bici?", PC, ""),
    ("it", "È normale che l'app voglia la mia posizione anche quando non la uso?", PC, ""),
    # ... and the same question about a delivery or a refund is no request
    ("en", "Why do you need three days to process a refund?", "", ""),
    ("fr", "Pourquoi faut-il trois jours pour traiter un remboursement ?", "", ""),
    ("nl", "Waarom hebben jullie drie dagen nodig voor een terugbetaling?", "", ""),
    ("es", "¿Por qué necesitan tres días para devolver el dinero?", "", ""),
    ("it", "Perché vi servono tre giorni per un rimborso?", "", ""),
    # do you sell / share my data: a question on disclosure (Art. 13(1)(e), 14)
    ("fr", "Est-ce que vous partagez mes coordonnées avec vos partenaires ?", PC, ""),
    ("nl", "Verkopen jullie mijn adres aan andere webwinkels?", PC, ""),
    ("es", "¿Ceden mis datos a otras empresas?", PC, ""),
    ("it", "Vendete i miei dati ad altre aziende?", PC, ""),
    # ... and "do you sell" about a product
    ("fr", "Vous vendez aussi des housses pour ce canapé ?", "", ""),
    ("nl", "Verkopen jullie ook hoezen voor deze bank?", "", ""),
    ("es", "¿Venden también fundas para este sofá?", "", ""),
    ("it", "Vendete anche fodere per questo divano?", "", ""),
    # who can see / read it: internal access to the writer's data
    ("fr", "Qui, dans votre agence, peut consulter les photos de mon passeport ?", PC, ""),
    ("es", "¿Quién en la tienda puede ver las fotos de mi DNI?", PC, ""),
    # uneasy / worried about the writer's own data
    ("en", "I'm worried your smart speaker is recording me when I'm not talking to it.", PC, ""),
    ("en", "You asked for my home address at the till. This worries me, to be honest.", PC, ""),
    ("nl", "Ik vind het ongemakkelijk dat de bezorger mijn telefoonnummer op zijn eigen telefoon heeft.", PC, ""),
    ("nl", "Ik maak me zorgen dat jullie app mijn locatie doorgeeft.", PC, ""),
    ("it", "Mi mette a disagio che il fattorino abbia il mio numero di cellulare.", PC, ""),
    # ... and a worry about a parcel or a sofa
    ("en", "I'm worried the sofa won't fit through my front door.", "", ""),
    ("nl", "Ik maak me zorgen of de bank wel door de deur past.", "", ""),
    ("es", "Me preocupa el pedido, todavía no ha llegado.", "", ""),
    ("it", "Sono preoccupata per la consegna, il corriere non è ancora passato.", "", ""),
    # never agreed: a use of the writer's data without consent (an app update is no correction)
    ("en", "Since the latest update your app shows my location to other riders. I never agreed to this.", PC, ""),
    ("fr", "Je n'ai jamais donné mon accord pour que ma photo soit publiée.", PC, ""),
    ("es", "Nunca he dado mi consentimiento para que publiquen mi foto.", PC, ""),
    ("it", "Non ho mai dato il consenso alla pubblicazione della mia foto.", PC, ""),
    # ... and a charge the writer never accepted
    ("fr", "Je n'ai jamais accepté de payer des frais de dossier.", "", ""),
    # how do you protect it / is that a proper way to handle it: security of the writer's data (Art. 5(1)(f), 32)
    ("en", "Leaving the guest list open on the counter is not an acceptable way to handle customers' details.", PC, ""),
    ("fr", "Comment protégez-vous les photos de ma carte d'identité ?", PC, ""),
    ("it", "Come custodite le foto del mio documento?", PC, ""),
    ("nl", "Kan iedereen in de klas mijn telefoonnummer zien?", PC, ""),
    ("es", "¿Quién más de la tienda sabe mi dirección?", PC, ""),
    # ... and the same words about recipes, cheese, a parcel, a voucher
    ("en", "How do I store my recipes in the app?", "", ""),
    ("it", "Come conservate i formaggi durante la spedizione?", "", ""),
    ("es", "¿Quién más sabe cuándo llega mi pedido?", "", ""),
    ("nl", "Kan iedereen de kortingscode gebruiken?", "", ""),
    # who have you passed my data to: recipients (Art. 15(1)(c)); a concern too beside unwanted calls
    (
        "en",
        "Lately I get calls from double-glazing firms. Who have you been passing my phone number to?",
        f"access {PC}",
        "",
    ),
    ("es", "Me llaman compañías de seguros. ¿A quién le han pasado mi teléfono?", f"access {PC}", ""),
    ("it", "Mi chiamano compagnie telefoniche. A chi avete passato il mio numero?", f"access {PC}", ""),
    ("en", "Who have you passed my details on to?", "access", PC),
]


@pytest.mark.parametrize(("language", "text", "rights", "absent"), RULE_TABLE)
def test_privacy_concern_rule(language: str, text: str, rights: str, absent: str) -> None:
    result = classify_with("", text, language, None)  # the rules alone
    assert result.is_request == bool(rights), result.to_json()
    if rights:
        assert set(rights.split()) <= result.rights, result.to_json()
    else:
        assert not result.rights, result.to_json()
    if absent:
        assert absent not in result.rights, result.to_json()
