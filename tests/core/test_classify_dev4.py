"""dev4 (escalation signals said indirectly, and look-alikes) floors, and table tests for the escalation rules
added on its tuning part (rules 2026.12.9, `lexicon/<lang>_signals.py` and `classify._escalation_context`).

dev4 is cut like `bench/corpus.py --split`: every 4th message by id number is validation and was only ever
scored in aggregate. The floors sit a little under the scores reached with rules 2026.12.9 and the model
retrained on them (rules + learned layer, as `classify` runs), so a change that loses generalisation fails
here.

The table rows are sentences written for these tests (not taken from any labelled set), run on the rules
alone: one per language for each new signal, and look-alikes that must not escalate (the writer's own
profession, a physical leak, the writer's own court date, a passive "I've been told", a deadline still ahead).
"""

from __future__ import annotations

import pytest

from plugin.core.classify import classify_with
from tests.labelled_sets import scores as labelled_scores

# (split, metric) -> floor
FLOORS: dict[tuple[str, str], float] = {
    ("tune", "detection_precision"): 0.98,  # reached 1.000
    ("tune", "detection_recall"): 0.94,  # reached 0.963
    ("tune", "exact_rights_accuracy"): 0.84,  # reached 0.862
    ("tune", "escalation_recall"): 0.95,  # reached 0.971
    ("tune", "escalation_precision"): 0.98,  # reached 1.000
    ("val", "detection_precision"): 0.98,  # reached 1.000
    ("val", "detection_recall"): 0.81,  # reached 0.833
    ("val", "exact_rights_accuracy"): 0.74,  # reached 0.762
    ("val", "escalation_recall"): 0.78,  # reached 0.800
    ("val", "escalation_precision"): 0.94,  # reached 0.960
}


@pytest.mark.parametrize(("split", "metric"), sorted(FLOORS))
def test_floor(split: str, metric: str) -> None:
    scores = labelled_scores("dev4", split)
    assert scores[metric] >= FLOORS[(split, metric)], scores


# (language, text, escalation the rules must raise)
SIGNAL_TABLE: list[tuple[str, str, str]] = [
    # staff who used the customer's number for themselves: unauthorised use (data_breach)
    (
        "en",
        "The engineer who fixed my boiler added me on Instagram and asked me out for dinner. "
        "He must have taken my number from the job sheet.",
        "data_breach",
    ),
    (
        "fr",
        "Le livreur m'a écrit sur WhatsApp le soir même pour me proposer un verre, "
        "avec mon numéro pris sur la commande.",
        "data_breach",
    ),
    (
        "nl",
        "De bezorger stuurde me 's avonds een appje op WhatsApp om af te spreken; "
        "mijn nummer had hij van de bestelling.",
        "data_breach",
    ),
    (
        "de",
        "Der Monteur hat mir abends auf WhatsApp geschrieben, ob ich mit ihm ausgehen "
        "will. Die Nummer hatte er aus dem Auftrag.",
        "data_breach",
    ),
    (
        "es",
        "El técnico que vino a instalar la fibra me escribió por WhatsApp para invitarme a "
        "cenar; sacó mi número de la orden de trabajo.",
        "data_breach",
    ),
    (
        "it",
        "Il fattorino mi ha scritto su Instagram per invitarmi a cena, il mio numero l'ha preso dall'ordine.",
        "data_breach",
    ),
    # someone else got into the writer's account
    (
        "de",
        "Jemand hat sich gestern in mein Kundenkonto eingeloggt und eine Bestellung "
        "aufgegeben. Löschen Sie meine gespeicherte Karte.",
        "data_breach",
    ),
    (
        "it",
        "Qualcuno è entrato nel mio profilo e ha cambiato la password. Cancellate la mia carta salvata.",
        "data_breach",
    ),
    (
        "nl",
        "Iemand is in mijn profiel gekomen en heeft mijn adres veranderd. Verwijder mijn opgeslagen betaalgegevens.",
        "data_breach",
    ),
    # a message meant for another customer
    (
        "en",
        "I received a letter meant for another customer, with her bank details in "
        "it. Is my letter going to strangers too?",
        "data_breach",
    ),
    (
        "fr",
        "J'ai reçu un courrier destiné à un autre client, avec son adresse et son IBAN. "
        "Et mes données à moi, elles partent où ?",
        "data_breach",
    ),
    (
        "nl",
        "Ik kreeg de bevestiging van een andere klant, met zijn adres erop. Gaan mijn gegevens ook naar anderen?",
        "data_breach",
    ),
    (
        "de",
        "Ich habe die Rechnung eines anderen Kunden bekommen, mit Adresse und "
        "Telefonnummer. Landen meine Daten auch bei Fremden?",
        "data_breach",
    ),
    (
        "es",
        "Me llegó un SMS que era para otro cliente, con su nombre y su DNI. ¿Y mis datos también van a otros?",
        "data_breach",
    ),
    (
        "it",
        "Mi è arrivata la ricevuta di un'altra cliente con il suo indirizzo. I miei dati finiscono anche ad altri?",
        "data_breach",
    ),
    # "for the Nth time" followed by the request, and "weeks ago I asked"
    ("nl", "Voor de derde keer: verwijder mijn account.", "repeated_request"),
    ("de", "Zum dritten Mal: Löschen Sie endlich mein Konto.", "repeated_request"),
    ("es", "Por tercera vez os pido que borréis mi cuenta.", "repeated_request"),
    ("it", "Per la terza volta vi chiedo di cancellare il mio account.", "repeated_request"),
    ("fr", "Cela fait trois semaines que j'ai demandé la suppression de mon compte.", "repeated_request"),
    ("nl", "Drie weken geleden heb ik gevraagd om mijn account te verwijderen. Verwijder het nu.", "repeated_request"),
    # the Dutch authority by its short name or in a compound
    ("nl", "Verwijder mijn gegevens, anders stap ik naar de AP.", "dpa_complaint"),
    (
        "nl",
        "Ik heb een melding gedaan bij de privacytoezichthouder. Stuur me een kopie van mijn gegevens.",
        "dpa_complaint",
    ),
    # a lawyer named without the keyword; a lawyer who says what they do and names the client
    ("de", "Mein Rechtsbeistand verlangt, dass Sie meine Daten löschen.", "legal_action"),
    ("en", "I'm a solicitor acting for Mrs Hale: please send her a copy of the data you hold on her.", "legal_action"),
    # who can see it, beside an Art. 9 signal
    ("de", "Ich will wissen, wer bei euch meine Gewerkschaftsmitgliedschaft sehen kann.", "special_category"),
    (
        "nl",
        "Mijn vakbondscontributie loopt via jullie portaal. Ik wil weten wie dat bij jullie kan zien.",
        "special_category",
    ),
    # writing for a relative without a mandate
    (
        "de",
        "Mein Vater möchte wissen, welche Daten Sie über ihn haben. Ich schreibe für ihn, er hat kein E-Mail.",
        "third_party_data",
    ),
    ("es", "Mi abuela quiere saber qué datos tenéis de ella; os escribo yo por ella.", "third_party_data"),
    ("it", "Mio nonno vuole sapere quali dati avete su di lui, vi scrivo io per lui.", "third_party_data"),
]

# (language, text, escalation the rules must not raise)
LOOKALIKE_TABLE: list[tuple[str, str, str]] = [
    # the writer's job, not legal action
    ("en", "I'm a lawyer and work late, so stop calling me with phone offers.", "legal_action"),
    ("fr", "Je suis avocat et je finis tard : arrêtez de m'appeler pour vos offres.", "legal_action"),
    ("nl", "Ik ben advocaat en werk lange dagen, dus bel me niet meer met aanbiedingen.", "legal_action"),
    ("de", "Ich bin Anwältin und arbeite lange, rufen Sie mich nicht mehr wegen Angeboten an.", "legal_action"),
    ("es", "Soy abogada y trabajo hasta tarde: no me llaméis más con ofertas.", "legal_action"),
    ("it", "Sono avvocato e lavoro fino a tardi: non chiamatemi più per le offerte.", "legal_action"),
    # a physical leak
    ("en", "The pipe under the sink is leaking since your plumber came. Please send him back.", "data_breach"),
    ("fr", "Il y a une fuite au niveau du robinet depuis votre passage, pouvez-vous revenir ?", "data_breach"),
    ("nl", "Er zit een lek in de leiding van de wasmachine sinds de installatie.", "data_breach"),
    ("de", "Der Schlauch vom Geschirrspüler hat ein Leck, bitte schicken Sie jemanden.", "data_breach"),
    ("es", "Hay una filtración de agua en el techo del baño desde la obra.", "data_breach"),
    ("it", "C'è una perdita d'acqua dal tubo della lavatrice, mandate un tecnico.", "data_breach"),
    # the writer's own hearing: no authority asking for data
    (
        "de",
        "Am Freitag habe ich meinen Gerichtstermin beim Amtsgericht, bitte liefern Sie am Samstag.",
        "authority_request",
    ),
    ("es", "El jueves tengo un juicio en el juzgado y no estaré; entregad el viernes.", "authority_request"),
    # a passive 'I've been told' and a deadline still ahead are no earlier request
    ("en", "I've been told by my lawyer to ask you for a copy of my data.", "repeated_request"),
    (
        "nl",
        "Graag ontvang ik een kopie van mijn gegevens voordat de wettelijke termijn voorbij is.",
        "repeated_request",
    ),
    ("de", "Senden Sie mir bitte eine Kopie meiner Daten, bevor die Monatsfrist abläuft.", "repeated_request"),
    # 'for the Nth time' counting something else
    (
        "de",
        "Ihr Scoring hat mir zum zweiten Mal den Kauf auf Rechnung verweigert. Welche Daten nutzen Sie dafür?",
        "repeated_request",
    ),
]


@pytest.mark.parametrize(("language", "text", "escalation"), SIGNAL_TABLE)
def test_signal(language: str, text: str, escalation: str) -> None:
    result = classify_with("", text, language, None)  # the rules alone
    assert escalation in result.escalation_reasons, result.to_json()


@pytest.mark.parametrize(("language", "text", "escalation"), LOOKALIKE_TABLE)
def test_lookalike(language: str, text: str, escalation: str) -> None:
    result = classify_with("", text, language, None)
    assert escalation not in result.escalation_reasons, result.to_json()
