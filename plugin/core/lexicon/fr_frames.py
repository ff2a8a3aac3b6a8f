"""French semantic frames (see `plugin.core.lexicon.en_frames`): the frames of each right over broad
classes (conditional wishes, "ne ... plus", nominal requests, "à mon sujet"), and the escalation
frames of a request already made and of data gone astray."""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "fr"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    "F_WISH": "souhaite souhaiterais voudrais veux aimerais j_aimerais desire demande merci_de pourriez pouvez "
    "serais_reconnaissant serais_reconnaissante vous_prie",
    "F_OVERVIEW": "apercu recapitulatif liste releve copie synthese inventaire etat vue_d_ensemble extrait",
    "F_ONME": "a_mon_sujet me_concernant sur_moi a_mon_nom qui_me_concernent qui_me_concerne de_moi",
    "F_THERE": "avez detenez conservez stockez possedez traitez figurent figure enregistrees enregistre conservees "
    "collectees recueillies",
    "F_KNOWV": "savoir connaitre comprendre curieux curieuse",
    "F_STAY": "restent reste rester conservees conservee gardees stockees figurent figurer",
    "F_LONGER": "plus plus_longtemps",
    "F_WRONGV": "faux fausse errone erronee erronees inexact inexacte incorrect incorrecte mauvais mauvaise "
    "mal_orthographie ancienne ancien perime",
    "F_RIGHTCUE": "correct correcte bon bonne exact exacte en_realite devrait doit est_desormais desormais "
    "au_lieu_de et_non pas",
    "F_OLDV": "ancienne ancien anciennes precedente",
    "F_MOVE": "transferer transferez transmettre transmettez envoyer envoyez",
    "F_NEWP": "nouveau nouvelle nouvel",
    "F_AGREE": "d_accord ok favorable",
    "F_MORE": "plus",
    "F_OFTEN": "sans_cesse constamment regulierement tous_les_jours continuellement",
    "F_MSGN": "sms mails e_mails courriels appels messages lettres prospectus",
    "F_NOASK": "jamais_demande jamais_inscrit jamais_inscrite jamais_abonne arretez stop desabonner",
    "F_ALLOWEDQ": "est_ce_legal est_ce_autorise est_ce_permis c_est_legal c_est_autorise est_ce_normal",
    "F_THIRD": "tiers partenaires autres_societes",
    "F_CUSTDATA": "donnees_clients donnees_de_vos_clients donnees",
    "F_HUMANADJ": "humain humaine manuel manuelle personnel personnelle individuel",
    "F_REVIEWN": "examen reexamen verification controle revue analyse reevaluation intervention",
    "F_AGAIN": "deja relance relancer relancee toujours_pas toujours_aucune sans_nouvelles sans_reponse "
    "aucun_retour aucune_nouvelle delai_d_un_mois plus_d_un_mois",
    "F_ASKED": "ecrit demande envoye sollicite contacte adresse",
    "F_WRONGTO": "par_erreur mauvais_destinataire mauvaise_personne quelqu_un_d_autre autre_personne",
}

RULES = (
    spec(
        "f.access.overview",
        "access",
        "F_OVERVIEW ~4 EVERYTHING|DATA|OBJ|OBJ2 ~8 F_ONME|F_THERE|ABOUT_ME",
        "F_OVERVIEW ~3 MY ~2 DATA",
        need="F_WISH|REQ|PLEASE",
        weak=True,
    ),
    spec(
        "f.access.what_on_me",
        "access",
        "WHAT|EVERYTHING ~6 F_ONME|ABOUT_ME ~6 F_THERE",
        "WHAT|EVERYTHING ~4 vous ~2 F_THERE ~4 F_ONME|ABOUT_ME",
        "F_KNOWV ~4 WHAT|qui ~10 F_ONME|ABOUT_ME",
        "F_KNOWV ~4 quelles|quels ~2 DATA ~6 F_THERE",
        q=False,
        alone=True,
    ),
    spec(
        "f.erasure.not_stay",
        "erasure",
        "ne ~2 veux|souhaite|voudrais ~1 plus? ~1 que ~4 MY ~3 DATA|OBJ|OBJ2 ~4 F_STAY",
        "MY ~3 DATA|OBJ|OBJ2 ~4 ne ~3 F_STAY|doivent|devraient ~1 plus",
        "ne ~2 KEEP_V ~2 plus? ~1 rien|aucune ~3 de? ~1 MY? ~2 DATA|OBJ",
        neg=False,
    ),
    spec(
        "f.rectification.wrong_value",
        "rectification",
        "FIELD ~8 F_WRONGV ~12 F_RIGHTCUE",
        "F_WRONGV ~3 FIELD ~12 F_RIGHTCUE",
        "vous ~2 avez ~3 toujours|encore ~3 F_OLDV",
        need="FIELD",
        alone=True,
    ),
    spec(
        "f.portability.to_new",
        "portability",
        "F_MOVE ~2 MY ~3 DATA|OBJ|OBJ2 ~3 a|au|vers ~3 MY? ~1 F_NEWP",
        weak=True,
    ),
    spec(
        "f.objection.not_agree",
        "objection",
        "ne ~2 suis ~1 pas ~1 F_AGREE ~6 que? ~4 MY ~4 DATA|OBJ|OBJ2",
        need="PROFILING|USEDV",
        neg=False,
        alone=True,
    ),
    spec(
        "f.direct_marketing.keep_getting",
        "direct_marketing",
        "recois ~2 F_OFTEN ~3 F_MSGN",
        need="F_NOASK|STOP",
        alone=True,
    ),
    spec(
        "f.direct_marketing.no_more",
        "direct_marketing",
        "ne ~2 SEND|appelez|contactez|ecrivez ~2 plus ~4 MKT",
        "ne ~1 m ~1 SEND|appelez|contactez|ecrivez ~1 plus",
        need="MKT",
        neg=False,
    ),
    spec(
        "f.automated_decision.human_review",
        "automated_decision",
        "F_REVIEWN ~1 F_HUMANADJ",
        "F_HUMANADJ ~1 F_REVIEWN",
        need="AUTO2|AUTO&DECISION2|DECISION",
        neg=False,
    ),
    spec(
        "f.privacy_concern.handling",
        "privacy_concern",
        "F_ALLOWEDQ",
        "vendez|cedez|transmettez ~1 vous ~3 F_CUSTDATA ~3 a ~1 des? ~1 F_THIRD",
        need="DATA|F_CUSTDATA",
        neg=False,
        q=False,
        alone=True,
    ),
    # ---- escalations: asked before without answer; data that went to the wrong person
    spec(
        "f.repeated_request.asked_before",
        "repeated_request",
        "vous ~1 ai ~1 deja ~2 F_ASKED",
        "j_ai ~1 deja ~2 F_ASKED",
        "toujours ~1 pas|aucune|rien ~2 de? ~1 reponse|retour|nouvelles",
        "F_ASKED ~4 il_y_a ~2 semaines|mois",
    ),
    spec("f.data_breach.wrong_person", "data_breach", "envoye|envoyee|envoyees|transmis ~4 F_WRONGTO"),
    spec(
        "f.repeated_request.deadline",
        "repeated_request",
        "delai ~4 depasse|expire|ecoule|passe",
        "renouvelle|reitere ~3 ma? ~1 demande",
        "rien ~2 n ~2 a ~1 ete ~1 fait",
    ),
)
