"""More table-driven checks: everyday paraphrases of requests and non-requests in six languages.

Each row: language, subject, body, expected rights ("" = not a request), expected escalations
(None = not checked). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from plugin.core.classify import classify

PROBES: list[tuple[str, str, str, str, str | None]] = [
    # en
    ("en", "", "Hi there, could you tell me which personal details you have stored for my account?", "access", ""),
    ("en", "", "I'd like a full copy of everything your company holds on me, including call recordings.", "access", ""),
    ("en", "", "Please forget me. I don't want to be in your system anymore.", "erasure", ""),
    ("en", "", "Kindly remove all my information from your database.", "erasure", ""),
    ("en", "", "i want my acount and all data erased pls", "erasure", ""),
    ("en", "", "Please don't call me again with sales offers.", "direct_marketing", ""),
    ("en", "", "I no longer wish to receive marketing emails from you.", "direct_marketing", ""),
    ("en", "", "Opt me out of all marketing communications.", "direct_marketing", ""),
    (
        "en",
        "",
        "My date of birth is wrong on your system, it's 12/03/1985 not 21/03/1985. Please fix it.",
        "rectification",
        "",
    ),
    ("en", "", "Your records still show my old address. My new address is 5 Park Lane, Leeds.", "rectification", ""),
    (
        "en",
        "",
        "I'm moving to a competitor. Please transfer my account data directly to them in a machine-readable format.",
        "portability",
        "",
    ),
    ("en", "", "I don't agree with you using my data for market research. Please stop.", "objection", ""),
    ("en", "", "I revoke the permission I gave you to share my data with partners.", "withdraw_consent", ""),
    (
        "en",
        "",
        "Your algorithm declined my application in seconds. I'd like a person to reconsider it.",
        "automated_decision",
        "",
    ),
    (
        "en",
        "",
        "Why are you sending me letters? I've never been your customer and I don't know how you got my details.",
        "privacy_concern",
        "",
    ),
    (
        "en",
        "",
        "I'm a journalist at the Herald and I'd like to request all the data you hold about me.",
        "access",
        "media",
    ),
    ("en", "", "My solicitor has advised me to request a copy of all my personal data.", "access", "legal_action"),
    ("en", "", "I'm writing on behalf of my elderly mother. Please delete her account.", "erasure", "third_party_data"),
    ("en", "", "Please delete my medical history from your app.", "erasure", "special_category"),
    (
        "en",
        "",
        "Someone hacked my account and changed my details. What data did they see?",
        "privacy_concern",
        "data_breach",
    ),
    ("en", "", "I asked you to delete my data two months ago and nothing has happened.", "erasure", "repeated_request"),
    ("en", "", "Is it true that I can request a copy of my data under GDPR? How would I do that?", "", ""),
    ("en", "", "I forgot my password and can't get into my account.", "", ""),
    ("en", "", "Please cancel my order 4412, I changed my mind.", "", ""),
    ("en", "", "Could you resend the receipt for my last purchase?", "", ""),
    ("en", "", "We'd like to sign a DPA with you before onboarding our staff. Can you send the template?", "", ""),
    ("en", "", "Please stop sending me paper statements, email is fine.", "", ""),
    # fr
    ("fr", "", "Pourriez-vous m'indiquer quelles données personnelles vous détenez à mon sujet ?", "access", ""),
    ("fr", "", "Je souhaite recevoir une copie de mes données.", "access", ""),
    ("fr", "", "Merci d'effacer mon compte et toutes les informations associées.", "erasure", ""),
    ("fr", "", "oubliez moi svp, je veux plus etre dans vos fichiers", "erasure", ""),
    ("fr", "", "Je ne veux plus recevoir vos newsletters.", "direct_marketing", ""),
    ("fr", "", "Merci de me désinscrire de votre liste de diffusion.", "direct_marketing", ""),
    (
        "fr",
        "",
        "Mon prénom est mal orthographié : c'est Hélène et non Helene. Merci de rectifier.",
        "rectification",
        "",
    ),
    (
        "fr",
        "",
        "Je retire mon accord pour l'utilisation de mes données à des fins commerciales.",
        "direct_marketing withdraw_consent",
        "",
    ),
    (
        "fr",
        "",
        "Je demande qu'une personne réexamine la décision automatique de refus de mon prêt.",
        "automated_decision",
        "",
    ),
    ("fr", "", "Je m'oppose à l'utilisation de mes données pour vos statistiques.", "objection", ""),
    ("fr", "", "Pouvez-vous m'envoyer mes données dans un format réutilisable, type CSV ?", "portability", ""),
    ("fr", "", "Comment avez-vous obtenu mon adresse mail ? Je ne vous l'ai jamais donnée.", "privacy_concern", ""),
    ("fr", "", "Supprimez les données de mon fils de 10 ans.", "erasure", "child_data"),
    ("fr", "", "Je voudrais résilier mon contrat d'assurance.", "", ""),
    ("fr", "", "Je n'arrive pas à me connecter à mon compte.", "", ""),
    ("fr", "", "Est-il possible d'obtenir un duplicata de ma facture ?", "", ""),
    # nl
    ("nl", "", "Kunnen jullie mij een overzicht sturen van alle gegevens die jullie van mij hebben?", "access", ""),
    ("nl", "", "Graag verwijder ik mijn account, inclusief al mijn persoonsgegevens.", "erasure", ""),
    ("nl", "", "Ik wil dat jullie al mijn gegevens wissen.", "erasure", ""),
    ("nl", "", "Stop alsjeblieft met het sturen van reclame.", "direct_marketing", ""),
    ("nl", "", "Schrijf me uit voor de nieuwsbrief.", "direct_marketing", ""),
    ("nl", "", "Mijn geboortedatum klopt niet, het moet 3 mei 1990 zijn. Graag aanpassen.", "rectification", ""),
    ("nl", "", "Ik maak bezwaar tegen het gebruik van mijn gegevens voor profilering.", "objection", ""),
    ("nl", "", "Ik wil mijn toestemming intrekken.", "withdraw_consent", ""),
    ("nl", "", "Hoe komen jullie aan mijn telefoonnummer?", "privacy_concern", ""),
    ("nl", "", "Ik wil mijn abonnement stopzetten per volgende maand.", "", ""),
    ("nl", "", "Kunnen jullie bestelling 5521 annuleren?", "", ""),
    # de
    ("de", "", "Bitte teilen Sie mir mit, welche Daten Sie über mich gespeichert haben.", "access", ""),
    ("de", "", "Ich bitte um eine Kopie meiner personenbezogenen Daten.", "access", ""),
    ("de", "", "Bitte entfernen Sie alle meine Daten aus Ihrem System.", "erasure", ""),
    ("de", "", "Löscht bitte meinen Account.", "erasure", ""),
    ("de", "", "Bitte keine Werbung mehr per Post.", "direct_marketing", ""),
    ("de", "", "Bitte tragen Sie mich aus dem Newsletter aus.", "direct_marketing", ""),
    (
        "de",
        "",
        "Meine Adresse ist falsch gespeichert, richtig ist Hauptstraße 5. Bitte korrigieren.",
        "rectification",
        "",
    ),
    ("de", "", "Ich widerrufe meine Einwilligung zur Weitergabe meiner Daten.", "withdraw_consent", ""),
    (
        "de",
        "",
        "Ich möchte, dass ein Mensch die automatische Ablehnung meines Antrags überprüft.",
        "automated_decision",
        "",
    ),
    ("de", "", "Woher haben Sie meine Telefonnummer?", "privacy_concern", ""),
    ("de", "", "Ich möchte mein Abo kündigen.", "", ""),
    ("de", "", "Ich habe mein Passwort vergessen.", "", ""),
    # es
    ("es", "", "¿Me pueden decir qué datos personales tienen de mí?", "access", ""),
    ("es", "", "Solicito una copia de todos mis datos personales.", "access", ""),
    ("es", "", "Quiero que eliminen mi cuenta y toda mi información.", "erasure", ""),
    ("es", "", "No quiero recibir más correos publicitarios.", "direct_marketing", ""),
    (
        "es",
        "",
        "Mi fecha de nacimiento es incorrecta, debe ser 1 de mayo de 1980. Corríjanla por favor.",
        "rectification",
        "",
    ),
    ("es", "", "Me opongo al tratamiento de mis datos con fines de elaboración de perfiles.", "objection", ""),
    ("es", "", "Revoco mi consentimiento para el tratamiento de mis datos.", "withdraw_consent", ""),
    ("es", "", "¿De dónde han sacado mi teléfono?", "privacy_concern", ""),
    ("es", "", "Quiero cancelar mi suscripción.", "", ""),
    ("es", "", "Necesito una copia de la factura del mes pasado.", "", ""),
    # it
    ("it", "", "Vorrei sapere quali dati personali conservate su di me.", "access", ""),
    ("it", "", "Chiedo una copia dei miei dati personali.", "access", ""),
    ("it", "", "Vi chiedo di eliminare il mio account e tutti i miei dati.", "erasure", ""),
    ("it", "", "Non inviatemi più email promozionali.", "direct_marketing", ""),
    (
        "it",
        "",
        "La mia data di nascita è errata, quella corretta è 5 maggio 1982. Vi prego di correggerla.",
        "rectification",
        "",
    ),
    ("it", "", "Mi oppongo al trattamento dei miei dati per finalità di profilazione.", "objection", ""),
    ("it", "", "Revoco il mio consenso.", "withdraw_consent", ""),
    ("it", "", "Come avete ottenuto il mio numero di telefono?", "privacy_concern", ""),
    ("it", "", "Vorrei disdire il contratto.", "", ""),
    ("it", "", "Non riesco ad accedere al mio account.", "", ""),
]


@pytest.mark.parametrize(("language", "subject", "body", "rights", "escalations"), PROBES)
def test_paraphrases(language: str, subject: str, body: str, rights: str, escalations: str | None) -> None:
    result = classify(subject, body)
    assert result.rights == frozenset(rights.split()), [e.rule for e in result.evidence]
    if escalations is not None:
        assert result.escalation_reasons == frozenset(escalations.split()), [e.rule for e in result.evidence]
