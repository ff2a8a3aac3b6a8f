"""Second round of generalisation probes in Italian: everyday phrasings of every right, written blind to
the rules (no labelled set consulted), plus look-alike non-requests.

Each row: subject, body, expected rights ("" = not a request), expected escalations (None = not checked).
"""

from __future__ import annotations

import pytest

from plugin.core.classify import classify

PROBES: list[tuple[str, str, str, str | None]] = [
    ("", "Vorrei che cancellaste tutte le informazioni che avete su di me.", "erasure", None),
    ("", "Eliminate le registrazioni delle mie telefonate, non voglio che le conserviate.", "erasure", None),
    ("", "Potete dirmi quali dati avete su di me e con chi li avete condivisi?", "access", None),
    ("", "Chiedo una copia di tutti i dati personali che conservate su di me.", "access", None),
    (
        "",
        "Il mio indirizzo email nel vostro sistema è sbagliato, quello giusto è anna@example.it. Correggetelo.",
        "rectification",
        None,
    ),
    ("", "Smettete di chiamarmi per offrirmi contratti.", "direct_marketing", None),
    ("", "Non voglio più ricevere pubblicità né newsletter.", "direct_marketing", None),
    (
        "",
        "Cambio fornitore: potete inviare i miei dati al nuovo fornitore in un formato standard?",
        "portability",
        None,
    ),
    ("", "Finché il reclamo è aperto, non usate i miei dati per nient'altro.", "restriction", None),
    ("", "Non voglio che analizziate i miei acquisti per consigliarmi prodotti.", "objection", None),
    (
        "",
        "La mia richiesta è stata rifiutata in automatico. Voglio che una persona la riesamini.",
        "automated_decision",
        None,
    ),
    ("", "Revoco il consenso all'uso della mia foto.", "withdraw_consent", None),
    ("", "Vi ho già chiesto tre volte di cancellare il mio account. Fatelo adesso.", "erasure", "repeated_request"),
    ("", "Come posso cambiare l'indirizzo di consegna del mio ordine?", "", None),
    ("", "Vorrei disdire l'abbonamento dal mese prossimo.", "", None),
    ("", "Potete mandarmi tutto quello che avete registrato a mio nome?", "access", None),
    ("", "Quali informazioni sono collegate alla mia carta fedeltà?", "access", None),
    ("", "Conservate ancora dati che mi riguardano?", "access", None),
    ("", "Non voglio più sentir parlare delle vostre promozioni.", "direct_marketing", None),
    ("", "Voglio che vi dimentichiate di tutto ciò che mi riguarda.", "erasure", None),
    ("", "Eliminate ogni traccia di me dai vostri sistemi.", "erasure", None),
    (
        "",
        "Non passate la mia pratica all'agenzia di recupero crediti prima che l'errore sia corretto.",
        "restriction",
        None,
    ),
    ("", "Non vi autorizzo più a usare la mia immagine.", "withdraw_consent", None),
    ("", "Voglio recuperare i miei dati per trasferirli a un altro servizio.", "portability", None),
    ("", "Non accetto che la vostra app analizzi il mio comportamento.", "objection", None),
    (
        "",
        "La mia domanda di prestito è stata respinta dal vostro sistema in pochi secondi. Vorrei che fosse valutata "
        "da una persona.",
        "automated_decision",
        None,
    ),
    (
        "",
        "Il punteggio del vostro algoritmo mi ha escluso. Chiedo che un essere umano riconsideri la pratica.",
        "automated_decision",
        None,
    ),
    (
        "",
        "La piattaforma mi ha disattivato l'account senza che nessuno controllasse. Chiedo un riesame da parte di un "
        "operatore.",
        "automated_decision",
        None,
    ),
    ("", "Vendete i miei dati ad altre aziende?", "privacy_concern", None),
    (
        "",
        "Mi dà fastidio che il vostro corriere possa vedere il mio indirizzo e il mio numero.",
        "privacy_concern",
        None,
    ),
    ("", "Mi sembra una violazione della mia privacy.", "privacy_concern", None),
    ("", "Continuo a ricevere i vostri SMS promozionali, non mi sono mai iscritto.", "direct_marketing", None),
    ("", "Tenete pure la mia pratica ma non fatene nulla finché non decide il mediatore.", "restriction", None),
    ("", "È la mia terza email per la cancellazione del mio account. Cancellatelo.", "erasure", "repeated_request"),
    (
        "",
        "Aspetto da sei settimane una risposta alla mia richiesta di accesso. Mandatemi i miei dati.",
        "access",
        "repeated_request",
    ),
    ("", "Cancellate il mio account o lo racconterò ai giornali.", "erasure", "media"),
    ("", "Cancellate il mio account o vi porto in tribunale.", "erasure", "legal_action"),
    ("", "Cancellate il profilo di mia figlia, ha solo 12 anni.", "erasure", "child_data"),
    (
        "",
        "A marzo ho cambiato palestra. Non avete più motivo di conservare la mia foto e lo storico degli ingressi.",
        "erasure",
        None,
    ),
    (
        "",
        "Sono curioso di sapere cosa invia il vostro contatore intelligente sulla mia casa ogni mezz'ora. Posso "
        "vederlo?",
        "access",
        None,
    ),
    ("", "Tutto quello che avete registrato delle mie chiamate l'inverno scorso, ne vorrei una copia.", "access", None),
    (
        "",
        "Ho cambiato fornitore di energia. Passate loro lo storico delle mie letture nel formato che usano.",
        "portability",
        None,
    ),
    (
        "",
        "La mia vecchia email di lavoro è ancora sul mio account. Sostituitela con anna.k@example.com per favore.",
        "rectification",
        None,
    ),
    (
        "",
        "All'iscrizione ho spuntato la casella per le offerte dei partner. È stato un errore, consideratela tolta.",
        "withdraw_consent direct_marketing",
        None,
    ),
    ("", "L'app fedeltà registra ogni negozio in cui entro. I punti sì, essere seguito no.", "objection", None),
    (
        "",
        "La vostra app mi ha dato un punteggio di rischio senza spiegazioni e ora il premio è raddoppiato. Dovrebbe "
        "guardarci una persona.",
        "automated_decision",
        None,
    ),
    ("", "Quelle email «ci manchi» ogni venerdì ne farei volentieri a meno.", "direct_marketing", None),
    ("", "Mi preoccupa che chiunque alla reception possa consultare le mie note mediche.", "privacy_concern", None),
    (
        "",
        "Finché la contestazione sulla fatturazione non è risolta, i miei dati non devono passare a nessuna agenzia "
        "di recupero crediti.",
        "restriction",
        None,
    ),
    ("", "Potete togliere il frullatore dalla mia lista dei desideri? L'ho comprato altrove.", "", None),
    ("", "Vorrei cambiare la carta con cui pago.", "", None),
    ("", "Potete mandarmi la fattura del mese scorso in PDF?", "", None),
    ("", "Come esporto i miei contatti sul nuovo telefono? Non trovo l'opzione.", "", None),
    ("", "Vorrei disdire l'abbonamento alla palestra dal mese prossimo.", "", None),
    ("", "Potete cambiare la data di consegna dell'ordine 66231?", "", None),
    ("", "Avete ancora la scansione del mio passaporto del 2019?", "access", None),
    ("", "Preferirei che non conservaste più le mie impronte ora che ho lasciato la palestra.", "erasure", None),
    ("", "Fate in modo che non resti più niente di mio nei vostri sistemi.", "erasure", None),
    ("", "Potreste verificare se i miei dati sono ancora nel vostro database?", "access", None),
    ("", "Sinceramente potete buttare il mio curriculum, ho trovato lavoro.", "erasure", None),
    (
        "",
        "L'app della palestra ora stima la mia massa grassa dalle mie foto. Non l'ho chiesto: lasciate fuori le mie "
        "foto.",
        "objection",
        None,
    ),
    (
        "",
        "Cambio banca. Posso scaricare in una volta lo storico dei movimenti dalla vostra app così che la nuova "
        "banca lo importi?",
        "portability",
        None,
    ),
    (
        "",
        "La primavera scorsa avevo accettato che usaste la mia intervista nelle vostre pubblicità. Ora preferirei "
        "che non lo faceste più.",
        "withdraw_consent",
        None,
    ),
]


@pytest.mark.parametrize(("subject", "body", "rights", "escalations"), PROBES)
def test_probe(subject: str, body: str, rights: str, escalations: str | None) -> None:
    result = classify(subject, body, "it")
    assert sorted(result.rights) == sorted(rights.split()), result.evidence
    if escalations is not None:
        assert sorted(result.escalation_reasons) == sorted(escalations.split()), result.evidence
    if rights:
        assert any(e.kind == "right" for e in result.evidence)
