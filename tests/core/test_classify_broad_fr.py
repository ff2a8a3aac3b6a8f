"""Second round of generalisation probes in French: everyday phrasings of every right, written blind to
the rules (no labelled set consulted), plus look-alike non-requests.

Each row: subject, body, expected rights ("" = not a request), expected escalations (None = not checked).
"""

from __future__ import annotations

import pytest

from plugin.core.classify import classify

PROBES: list[tuple[str, str, str, str | None]] = [
    ("", "Je souhaite que toutes les informations me concernant soient effacées de vos fichiers.", "erasure", None),
    (
        "",
        "Merci de supprimer les enregistrements de mes appels, je ne veux plus qu'ils soient conservés.",
        "erasure",
        None,
    ),
    (
        "",
        "Pouvez-vous me dire quelles données vous avez collectées via l'application et avec qui vous les avez "
        "partagées ?",
        "access",
        None,
    ),
    ("", "J'aimerais obtenir une copie de toutes les données personnelles que vous détenez sur moi.", "access", None),
    (
        "",
        "Mon adresse e-mail dans votre système est erronée. La bonne est claire.martin@example.fr.",
        "rectification",
        None,
    ),
    ("", "Je me suis mariée, mon nom est désormais Moreau. Merci de mettre à jour mon dossier.", "rectification", None),
    ("", "Arrêtez de m'appeler pour me vendre des contrats, ça suffit.", "direct_marketing", None),
    (
        "",
        "Je ne souhaite plus recevoir aucune publicité de votre part, ni par courrier ni par mail.",
        "direct_marketing",
        None,
    ),
    (
        "",
        "Je change de banque : pouvez-vous transmettre mes données à ma nouvelle banque dans un format standard ?",
        "portability",
        None,
    ),
    ("", "Pendant l'examen de ma réclamation, n'utilisez pas mes données pour autre chose.", "restriction", None),
    (
        "",
        "Je ne veux pas que mes habitudes d'achat soient analysées pour me recommander des produits.",
        "objection",
        None,
    ),
    (
        "",
        "Mon prêt a été refusé automatiquement. Je veux qu'une personne étudie mon dossier.",
        "automated_decision",
        None,
    ),
    (
        "",
        "J'avais accepté que vous partagiez mes coordonnées avec vos partenaires. Je retire cet accord.",
        "withdraw_consent",
        None,
    ),
    (
        "",
        "Je m'inquiète de la façon dont vos employés accèdent à mon dossier médical.",
        "privacy_concern",
        "special_category",
    ),
    (
        "",
        "Je vous ai déjà écrit deux fois pour supprimer mon compte, sans réponse. Supprimez-le.",
        "erasure",
        "repeated_request",
    ),
    ("", "Comment modifier l'adresse de livraison de ma commande 5521 ?", "", None),
    ("", "Je voudrais annuler mon abonnement à la fin du mois.", "", None),
    ("", "Quelles informations sont rattachées à mon compte fidélité ?", "access", None),
    ("", "Je ne veux plus entendre parler de vos promotions.", "direct_marketing", None),
    ("", "Rayez-moi de vos listes de prospection.", "direct_marketing", None),
    ("", "Je veux que vous oubliiez tout ce qui me concerne.", "erasure", None),
    ("", "Effacez toute trace de mon passage chez vous.", "erasure", None),
    ("", "Je trouve anormal que votre vendeur ait photographié ma carte d'identité.", "privacy_concern", None),
    (
        "",
        "Ne transmettez pas mon dossier à l'agence de recouvrement avant que l'erreur soit corrigée.",
        "restriction",
        None,
    ),
    ("", "Je ne vous autorise plus à utiliser mon image.", "withdraw_consent", None),
    ("", "Votre logiciel m'a refusé l'assurance. J'exige une révision manuelle.", "automated_decision", None),
    (
        "",
        "La décision a été prise par un algorithme, je demande l'intervention d'une personne.",
        "automated_decision",
        None,
    ),
    ("", "Est-ce que vous vendez mes données à d'autres entreprises ?", "privacy_concern", None),
    ("", "Ça me gêne que votre livreur voie mon adresse et mon numéro.", "privacy_concern", None),
    ("", "J'ai l'impression que ma vie privée n'est pas respectée.", "privacy_concern", None),
    ("", "Faites en sorte que je ne reçoive plus vos courriers publicitaires.", "direct_marketing", None),
    ("", "Assez des appels commerciaux !", "direct_marketing", None),
    ("", "Gardez mon dossier mais n'en faites rien tant que le médiateur n'a pas tranché.", "restriction", None),
    ("", "C'est mon troisième mail pour la suppression de mon compte. Supprimez-le.", "erasure", "repeated_request"),
    (
        "",
        "J'attends depuis six semaines une réponse à ma demande d'accès. Envoyez-moi mes données.",
        "access",
        "repeated_request",
    ),
    ("", "Supprimez mon compte, sinon j'alerte la presse.", "erasure", "media"),
    ("", "Supprimez mon compte, sinon je saisis la justice.", "erasure", "legal_action"),
    ("", "Supprimez le profil de ma fille, elle n'a que 12 ans.", "erasure", "child_data"),
    (
        "",
        "J'ai changé de salle de sport en mars. Vous n'avez plus aucune raison de conserver ma photo et mon "
        "historique de passages.",
        "erasure",
        None,
    ),
    (
        "",
        "Je suis curieux de savoir ce que votre compteur connecté vous transmet sur mon foyer. Puis-je le voir ?",
        "access",
        None,
    ),
    ("", "Tout ce que vous avez enregistré de mes appels l'hiver dernier, j'en voudrais une copie.", "access", None),
    (
        "",
        "J'ai changé de fournisseur d'énergie. Transmettez-leur l'historique de mes relevés dans le format qu'ils "
        "utilisent.",
        "portability",
        None,
    ),
    (
        "",
        "Que vous gardiez mon adresse pour les livraisons, d'accord, mais pas pour dresser mon profil de consommateur.",
        "objection",
        None,
    ),
    (
        "",
        "Mon ancienne adresse mail professionnelle est toujours sur mon compte. Remplacez-la par anna.k@example.com "
        "svp.",
        "rectification",
        None,
    ),
    (
        "",
        "À l'inscription j'ai coché la case pour les offres partenaires. C'était une erreur, considérez-la comme "
        "décochée.",
        "withdraw_consent direct_marketing",
        None,
    ),
    (
        "",
        "L'appli fidélité enregistre chaque magasin où j'entre. Les points, oui ; être suivi à la trace, non.",
        "objection",
        None,
    ),
    (
        "",
        "Votre appli m'a attribué une note de risque sans explication et ma prime a doublé. Un humain devrait "
        "regarder ça.",
        "automated_decision",
        None,
    ),
    ("", "Vos mails « vous nous manquez » tous les vendredis, je m'en passerais bien.", "direct_marketing", None),
    ("", "Ça m'inquiète que n'importe qui à l'accueil puisse consulter mes notes médicales.", "privacy_concern", None),
    (
        "",
        "Tant que le litige sur la facturation n'est pas réglé, mes coordonnées ne doivent être transmises à aucun "
        "recouvreur.",
        "restriction",
        None,
    ),
    ("", "Pouvez-vous retirer le mixeur de ma liste d'envies ? Je l'ai acheté ailleurs.", "", None),
    ("", "Je voudrais changer la carte bancaire avec laquelle je paie.", "", None),
    ("", "Pourriez-vous m'envoyer la facture du mois dernier en PDF ?", "", None),
    ("", "Comment exporter mes contacts vers mon nouveau téléphone ? Je ne trouve pas l'option.", "", None),
    ("", "Merci de résilier mon abonnement à la salle à partir du mois prochain.", "", None),
    ("", "Pouvez-vous changer la date de livraison de la commande 66231 ?", "", None),
    ("", "Avez-vous encore le scan de mon passeport de 2019 ?", "access", None),
    (
        "",
        "Je préférerais que vous ne gardiez plus mes empreintes maintenant que j'ai quitté la salle.",
        "erasure",
        None,
    ),
    ("", "Faites en sorte qu'il ne reste plus rien de moi dans vos systèmes.", "erasure", None),
    ("", "Pourriez-vous vérifier si mes coordonnées figurent encore dans votre base ?", "access", None),
    ("", "Franchement, vous pouvez jeter mon CV, j'ai trouvé un emploi.", "erasure", None),
    (
        "",
        "L'appli de la salle estime maintenant ma masse grasse à partir de mes photos. Je n'ai rien demandé : "
        "laissez mes photos en dehors de ça.",
        "objection",
        None,
    ),
    (
        "",
        "Je change de banque. Est-il possible de récupérer d'un coup l'historique de mes opérations pour que la "
        "nouvelle banque puisse l'importer ?",
        "portability",
        None,
    ),
    (
        "",
        "Le printemps dernier j'avais accepté que vous utilisiez mon interview dans vos publicités. Je préférerais "
        "maintenant que vous ne le fassiez plus.",
        "withdraw_consent",
        None,
    ),
]


@pytest.mark.parametrize(("subject", "body", "rights", "escalations"), PROBES)
def test_probe(subject: str, body: str, rights: str, escalations: str | None) -> None:
    result = classify(subject, body, "fr")
    assert sorted(result.rights) == sorted(rights.split()), result.evidence
    if escalations is not None:
        assert sorted(result.escalation_reasons) == sorted(escalations.split()), result.evidence
    if rights:
        assert any(e.kind == "right" for e in result.evidence)
