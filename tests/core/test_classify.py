"""Table-driven tests of the classifier's linguistic phenomena in all six languages.

Sentences are written for these tests (not taken from the corpus). Each row: language, subject, body,
the expected set of rights ("" = not a request) and the expected escalation reasons (None = not checked).
"""

from __future__ import annotations

import pytest

from plugin.core.classify import classify

Case = tuple[str, str, str, str, str | None]


def _codes(text: str | None) -> frozenset[str] | None:
    return None if text is None else frozenset(text.split())


CASES: list[Case] = [
    # ---------------------------------------------------------------- English
    (
        "en",
        "Data request",
        "Under Article 15 UK GDPR please send me a copy of the personal data you process about me.",
        "access",
        "",
    ),
    ("en", "", "hey what info do u keep on me??", "access", ""),
    ("en", "", "what do you know about me", "access", ""),
    ("en", "Account", "Please delete my account and everything linked to it.", "erasure", ""),
    ("en", "", "pls delte my acount asap", "erasure", ""),
    (
        "en",
        "",
        "I don't want you to delete my account, just stop using my data for anything else until my complaint is "
        "settled.",
        "restriction",
        None,
    ),
    ("en", "", "Could you please erase my personal data?", "erasure", ""),
    ("en", "Question", "If I close my account one day, can I ask you to delete my data then?", "", ""),
    ("en", "", "How do I delete my profile? Just wondering how it works.", "", ""),
    ("en", "", "Stop sending me your promos, I never asked for them.", "direct_marketing", ""),
    ("en", "", "Unsubscribe me from your mailing list please.", "direct_marketing", ""),
    (
        "en",
        "Wrong email",
        "My email address on file is wrong, it should be anna.b@example.org. Please update it.",
        "rectification",
        "",
    ),
    ("en", "", "Please remove my phone number from your records.", "erasure", ""),
    ("en", "", "I object to you using my purchase history for profiling.", "objection", ""),
    ("en", "", "I withdraw my consent to the use of my photos on your website.", "withdraw_consent", ""),
    ("en", "", "Please export all my workouts as a CSV file so I can import them into another app.", "portability", ""),
    (
        "en",
        "",
        "My loan was rejected automatically by your system. I want a human to review the decision.",
        "automated_decision",
        "",
    ),
    ("en", "", "How did you get my mobile number? I never gave it to you.", "privacy_concern", ""),
    ("en", "", "Delete all my data or I will file a complaint with the ICO.", "erasure", "dpa_complaint"),
    ("en", "", "This is my third request to erase my data and I still have no answer.", "erasure", "repeated_request"),
    ("en", "", "Please delete my daughter's account, she is only 12.", "erasure", "child_data"),
    ("en", "Order 5531", "Please change the delivery address of order 5531 to 3 Hill Road.", "", ""),
    ("en", "", "I'd like to cancel my subscription at the end of the month.", "", ""),
    ("en", "", "I can't log in to my account, the password reset link does not work.", "", ""),
    ("en", "", "Can you send me a copy of my last invoice?", "", ""),
    (
        "en",
        "Re: your parcel",
        "Great, thanks!\n\nOn Mon, 3 Jun 2024 at 09:00, Support <help@example.com> wrote:\n> You can ask us to delete "
        "your personal data at any time.",
        "",
        "",
    ),
    (
        "en",
        "",
        "Please delete my account.\n\n--\nJohn Smith\nTo unsubscribe from our newsletter click here.",
        "erasure",
        "",
    ),
    (
        "en",
        "Out of office",
        "I am out of the office until Monday. Please delete this email if you received it in error.",
        "",
        "",
    ),
    (
        "en",
        "Request for customer data",
        "We are investigating a fraud case. Please provide the name and address associated with the account of Mr J. "
        "Doe. Detective Inspector Lee, Metro Police",
        "",
        "authority_request",
    ),
    # ---------------------------------------------------------------- French
    (
        "fr",
        "Demande",
        "Conformément à l'article 15 du RGPD, je vous demande la communication de toutes les données me concernant.",
        "access",
        "",
    ),
    ("fr", "", "bonjour, vous avez quoi comme infos sur moi ?", "access", ""),
    ("fr", "", "supprimez mon compte svp", "erasure", ""),
    ("fr", "", "virez tout ce que vous avez sur moi", "erasure", ""),
    ("fr", "", "suprimer mes donees personeles merci", "erasure", ""),
    (
        "fr",
        "",
        "Je ne veux pas que vous supprimiez mes données, mais ne les utilisez plus tant que mon litige n'est pas "
        "réglé.",
        "restriction",
        None,
    ),
    ("fr", "", "Si je résilie, est-ce que je pourrai vous demander d'effacer mes données ?", "", ""),
    ("fr", "", "Arrêtez de m'envoyer vos pubs.", "direct_marketing", ""),
    ("fr", "", "Mon adresse mail est erronée, la bonne est paul@example.fr. Merci de corriger.", "rectification", ""),
    ("fr", "", "Je retire mon consentement pour l'utilisation de ma photo.", "withdraw_consent", ""),
    ("fr", "", "Je m'oppose au profilage de mes achats.", "objection", ""),
    ("fr", "", "Je souhaite résilier mon abonnement.", "", ""),
    ("fr", "Commande 221", "Pouvez-vous modifier l'adresse de livraison de ma commande 221 ?", "", ""),
    ("fr", "", "Supprimez mes données sinon je saisis la CNIL.", "erasure", "dpa_complaint"),
    (
        "fr",
        "Re: commande",
        "Merci beaucoup !\n\nLe 3 mai 2024 à 10:00, Service client <sc@example.fr> a écrit :\n> Vous pouvez demander "
        "l'effacement de vos données.",
        "",
        "",
    ),
    # ---------------------------------------------------------------- Dutch
    ("nl", "Inzage", "Op grond van artikel 15 AVG verzoek ik om inzage in mijn persoonsgegevens.", "access", ""),
    ("nl", "", "wat weten jullie allemaal over mij?", "access", ""),
    ("nl", "", "haal me uit jullie bestand", "erasure", ""),
    ("nl", "", "Verwijder mijn account en al mijn gegevens alstublieft.", "erasure", ""),
    (
        "nl",
        "",
        "Ik wil mijn gegevens niet laten verwijderen, maar gebruik ze nergens meer voor zolang mijn klacht loopt.",
        "restriction",
        None,
    ),
    ("nl", "", "Ik wil geen nieuwsbrief meer ontvangen.", "direct_marketing", ""),
    ("nl", "", "Ik trek mijn toestemming in voor het gebruik van mijn locatie.", "withdraw_consent", ""),
    ("nl", "", "Ik wil mijn abonnement opzeggen.", "", ""),
    ("nl", "", "Ik kan niet inloggen, mijn wachtwoord werkt niet.", "", ""),
    (
        "nl",
        "",
        "Mijn achternaam is verkeerd gespeld, het moet Jansen zijn. Willen jullie dat aanpassen?",
        "rectification",
        "",
    ),
    (
        "nl",
        "",
        "Verwijder mijn gegevens, anders dien ik een klacht in bij de Autoriteit Persoonsgegevens.",
        "erasure",
        "dpa_complaint",
    ),
    # ---------------------------------------------------------------- German
    (
        "de",
        "Auskunft",
        "Gemäß Art. 15 DSGVO bitte ich um Auskunft über alle zu meiner Person gespeicherten Daten.",
        "access",
        "",
    ),
    ("de", "", "was habt ihr alles über mich gespeichert?", "access", ""),
    ("de", "", "Bitte löschen Sie mein Konto und alle meine Daten.", "erasure", ""),
    ("de", "", "bitte loeschen sie meine daten", "erasure", ""),
    ("de", "", "Bitte löschen Sie meine Daten nicht, sondern sperren Sie sie nur.", "restriction", None),
    ("de", "", "Ich möchte keine Werbung mehr von Ihnen bekommen.", "direct_marketing", ""),
    ("de", "", "Hiermit widerrufe ich meine Einwilligung zur Datenverarbeitung.", "withdraw_consent", ""),
    ("de", "", "Ich widerspreche der Nutzung meiner Daten für Marktforschung.", "objection", ""),
    ("de", "", "Ich möchte meinen Vertrag zum Monatsende kündigen.", "", ""),
    ("de", "", "Bitte ändern Sie meinen Nachnamen, er lautet jetzt Becker.", "rectification", ""),
    (
        "de",
        "",
        "Löschen Sie meine Daten, sonst beschwere ich mich bei der Datenschutzbehörde.",
        "erasure",
        "dpa_complaint",
    ),
    (
        "de",
        "AW: Ihre Bestellung",
        "Danke, alles angekommen.\n\nAm 02.05.2024 um 10:00 schrieb Kundenservice <ks@example.de>:\n> Sie können "
        "jederzeit die Löschung Ihrer Daten verlangen.",
        "",
        "",
    ),
    # ---------------------------------------------------------------- Spanish
    (
        "es",
        "Acceso",
        "De acuerdo con el artículo 15 del RGPD, solicito acceso a todos mis datos personales.",
        "access",
        "",
    ),
    ("es", "", "quiero saber que datos tienen sobre mi", "access", ""),
    ("es", "", "Borren mi cuenta y todos mis datos, por favor.", "erasure", ""),
    (
        "es",
        "",
        "No borren mis datos, pero no los usen para nada hasta que se resuelva mi reclamación.",
        "restriction",
        None,
    ),
    ("es", "", "Dejen de enviarme publicidad.", "direct_marketing", ""),
    ("es", "", "Quiero darme de baja de la newsletter.", "direct_marketing", ""),
    ("es", "", "Quiero dar de baja mi contrato de fibra.", "", ""),
    ("es", "", "Retiro mi consentimiento para el uso de mis datos.", "withdraw_consent", ""),
    ("es", "", "Mi apellido está mal escrito, lo correcto es García. ¿Lo pueden corregir?", "rectification", ""),
    ("es", "", "Eliminen mis datos o presentaré una reclamación ante la AEPD.", "erasure", "dpa_complaint"),
    # ---------------------------------------------------------------- Italian
    ("it", "Accesso", "Ai sensi dell'articolo 15 GDPR chiedo l'accesso ai miei dati personali.", "access", ""),
    ("it", "", "cosa sapete di me?", "access", ""),
    ("it", "", "Cancellate il mio account e tutti i miei dati.", "erasure", ""),
    ("it", "", "Non voglio più ricevere la vostra newsletter.", "direct_marketing", ""),
    ("it", "", "Revoco il consenso al trattamento dei miei dati.", "withdraw_consent", ""),
    ("it", "", "Vorrei disdire l'abbonamento.", "", ""),
    ("it", "", "Vorrei cancellare l'ordine 4410.", "", ""),
    ("it", "", "Il mio cognome è sbagliato, quello corretto è Rossi. Potete correggerlo?", "rectification", ""),
    ("it", "", "Cancellate i miei dati altrimenti faccio una segnalazione al Garante.", "erasure", "dpa_complaint"),
]


@pytest.mark.parametrize(("language", "subject", "body", "rights", "escalations"), CASES)
def test_phenomena(language: str, subject: str, body: str, rights: str, escalations: str | None) -> None:
    result = classify(subject, body)
    assert result.rights == _codes(rights), [e.rule for e in result.evidence]
    assert result.is_request == bool(rights)
    if escalations is not None:
        assert result.escalation_reasons == _codes(escalations), [e.rule for e in result.evidence]
        assert result.escalate == bool(escalations)


LANGUAGE_CASES = [
    ("en", "I would like to know what personal data you have about me and why you keep it."),
    ("fr", "Je voudrais savoir quelles données vous avez sur moi et pourquoi vous les gardez."),
    ("nl", "Ik wil graag weten welke gegevens jullie van mij hebben en waarom jullie die bewaren."),
    ("de", "Ich möchte wissen, welche Daten Sie über mich gespeichert haben und warum."),
    ("es", "Quisiera saber qué datos tienen sobre mí y por qué los guardan."),
    ("it", "Vorrei sapere quali dati avete su di me e perché li conservate."),
]


@pytest.mark.parametrize(("language", "body"), LANGUAGE_CASES)
def test_language_detection(language: str, body: str) -> None:
    result = classify("", body)
    assert result.language == language
    assert "access" in result.rights


def test_hint_wins_when_text_is_too_short() -> None:
    assert classify("", "ok", "nl").language == "nl"
    assert classify("", "ok").language == "und"


def test_empty_message() -> None:
    for subject, body in [("", ""), ("  ", "\n\t "), ("", "> quoted only")]:
        result = classify(subject, body)
        assert not result.is_request
        assert result.language == "und"
        assert result.evidence == ()
