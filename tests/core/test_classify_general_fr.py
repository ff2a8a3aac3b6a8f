"""Generalisation probes in French: requests in words the corpus never used, and look-alike non-requests.

Each row: subject, body, expected rights ("" = not a request), expected escalations (None = not
checked). Sentences written for these tests, not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from plugin.core.classify import classify

PROBES: list[tuple[str, str, str, str | None]] = [
    ("", "Vous avez encore des copies de ma carte d'identité. Détruisez-les svp.", "erasure", ""),
    ("", "Merci d'effacer toutes les photos que j'ai mises en ligne sur votre site.", "erasure", ""),
    ("", "Je voudrais que mon CV disparaisse de votre base de candidats.", "erasure", ""),
    ("", "Supprimez mon historique d'achats et mon profil, je ne suis plus client.", "erasure", ""),
    ("", "Pourriez-vous retirer mes enregistrements vocaux de vos serveurs ?", "erasure", ""),
    ("", "Je ne veux plus figurer dans vos fichiers. Effacez tout ce qui me concerne.", "erasure", ""),
    (
        "",
        "Mon nom est mal écrit sur vos courriers : c'est Lefèvre, pas Lefebvre. Merci de corriger.",
        "rectification",
        "",
    ),
    ("", "Ma date de naissance est fausse dans mon espace client, la bonne est le 12/04/1987.", "rectification", ""),
    ("", "Pouvez-vous mettre à jour mon numéro de téléphone ? Le nouveau est le 06 12 34 56 78.", "rectification", ""),
    ("", "J'aimerais savoir quelles informations vous conservez sur moi.", "access", ""),
    (
        "",
        "Envoyez-moi l'ensemble des données que vous avez à mon nom, y compris les notes de vos conseillers.",
        "access",
        "",
    ),
    ("", "À qui avez-vous transmis mes coordonnées ?", "access privacy_concern", ""),
    ("", "Arrêtez de m'envoyer vos offres promotionnelles par SMS.", "direct_marketing", ""),
    ("", "Je ne veux plus recevoir votre catalogue papier.", "direct_marketing", ""),
    ("", "Retirez-moi de votre liste de diffusion, merci.", "direct_marketing", ""),
    ("", "Vos appels commerciaux tous les jours, ça suffit. Ne m'appelez plus.", "direct_marketing", ""),
    (
        "",
        "Je souhaite récupérer mes relevés de consommation dans un fichier que je pourrai importer "
        "chez mon nouveau fournisseur.",
        "portability",
        "",
    ),
    (
        "",
        "Pouvez-vous transférer directement mon dossier à ma nouvelle banque dans un format lisible ?",
        "portability",
        "",
    ),
    (
        "",
        "Ne supprimez pas mon dossier, mais cessez de l'utiliser tant que ma réclamation est en cours.",
        "restriction",
        "",
    ),
    ("", "Je m'oppose au profilage de mes achats à des fins publicitaires.", "direct_marketing", ""),
    ("", "Je refuse que mes données de navigation soient analysées pour me proposer des produits.", "objection", ""),
    (
        "",
        "Votre algorithme a refusé mon prêt en quelques secondes. Je demande qu'un conseiller réexamine ma demande.",
        "automated_decision",
        "",
    ),
    ("", "Je retire mon consentement à l'utilisation de ma photo sur votre site.", "withdraw_consent", ""),
    ("", "Comment avez-vous obtenu mon adresse ? Je ne vous l'ai jamais donnée.", "privacy_concern", ""),
    ("", "Ma fille de 13 ans a créé un compte chez vous. Supprimez-le s'il vous plaît.", "erasure", "child_data"),
    (
        "",
        "C'est la troisième fois que je vous demande d'effacer mes données. Faites-le.",
        "erasure",
        "repeated_request",
    ),
    ("", "Mon avocat m'a conseillé de vous demander une copie de toutes mes données.", "access", "legal_action"),
    ("", "Supprimez les résultats de mes analyses médicales de votre application.", "erasure", "special_category"),
    ("", "Je souhaite résilier mon abonnement à la fin du mois.", "", ""),
    ("", "Je n'arrive pas à me connecter à mon compte.", "", ""),
    ("", "Pouvez-vous modifier l'adresse de livraison de ma commande 44521 ?", "", ""),
    ("", "Pourriez-vous m'envoyer un duplicata de ma facture de mars ?", "", ""),
    ("", "Merci d'avoir supprimé mon compte si rapidement.", "", ""),
    ("", "Est-il possible de demander la suppression de ses données chez vous ? C'est juste une question.", "", ""),
    # Outrage about the service, not about data: not a privacy concern.
    ("", "Le livreur n'est jamais venu et personne ne répond, c'est inadmissible.", "", None),
    ("", "Vous avez donné mon numéro à un partenaire sans me demander, c'est inadmissible.", "privacy_concern", None),
]


@pytest.mark.parametrize(("subject", "body", "rights", "escalations"), PROBES)
def test_probe(subject: str, body: str, rights: str, escalations: str | None) -> None:
    result = classify(subject, body, "fr")
    assert sorted(result.rights) == sorted(rights.split()), result.evidence
    assert result.is_request == bool(rights)
    if escalations is not None:
        assert sorted(result.escalation_reasons) == sorted(escalations.split()), result.evidence
    if rights:
        assert any(e.kind == "right" for e in result.evidence)
