"""French general rules (see `plugin.core.lexicon`): broad concept classes, generic request shapes.

Imperatives carry their pronouns after a hyphen ("détruisez-les", "supprimez-le"): the tokens are
the verb then the pronoun, so the pronoun rules look right of the verb.
"""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "fr"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    "OBJ": "cv curriculum passeport* scan scans copie copies carte_d_identite piece_d_identite pieces_d_identite "
    "cni permis permis_de_conduire justificatif* enregistrement* video* photo* image* selfie* historique* journal "
    "journaux localisation* geolocalisation position* recherches avis commentaire* publication* document* dossier* "
    "fichier* fiche* note* profil* compte* biometri* empreinte* album* contacts carnet_d_adresses conversation* "
    "discussion* annonce* candidature* releves_de_consommation donnees informations infos renseignements "
    "coordonnees resultats traces",
    "PRON": "le la les l",
    "DEL": "detrui* detruis* efface* suprime* jetez jeter purge*",
    # Imperatives of removal verbs: "détruisez-les", "supprimez-le" (the pronoun follows the verb).
    "DEL_IMP": "suprimez efacez detruisez jetez retirez enlevez virez purgez",
    "STOP_IMP": "arretez cesez stopez",
    "GONE": "disparaise disparaisent disparaitre disparu disparue disparus",
    "MKT": "pubs publicites publicitaires offres_promotionnelles promotions demarchage_telephonique "
    "appels_commerciaux sms_commerciaux courriers_publicitaires prospectus depliants brochures bons_de_reduction "
    "coupons soldes bons_plans relances_commerciales newsletters",
    "PROFILING": "analyse analysees analyses analyser analysent profil* trace* tracage surveill* ciblage segmentation",
    "FMT": "format fichier fichiers tableur excel archive zip csv json export",
    "OTHER": "autre nouveau nouvelle nouvel",
    "PROV2": "fournisseur operateur plateforme service banque application appli site prestataire assureur "
    "concurrent logiciel outil",
    "PERMIT": "consentement accord autorisation permission",
    "QGENERIC": "juste_une_question c_est_juste_une_question question_generale",
    # ---- escalation vocabulary (merged with the base classes)
    "SENSITIVE": "medecin generaliste clinique cancer tumeur asthme epilep* allergi* prise_de_sang analyses_de_sang "
    "fiv fertilite fausse_couche ivg anxiete dépression psychiatre psychologue fauteuil_roulant chirurgie vih sida "
    "covid vaccin* mosquee eglise synagogue temple musulman* juif juive chretien* catholique* protestant* hindou "
    "bouddhiste sikh bisexuel* lgbt* transgenre vie_sexuelle syndique* parti_politique adhesion_syndicale "
    "reconnaissance_vocale donnees_biometriques arrestation prison condamne* addiction alcoolisme cycle_menstruel "
    "symptome* arret_maladie arret_de_travail analyses_medicales resultats_d_analyses dossier_medical bilan_sanguin "
    "medecin* mutuelle_sante handicape* depression psychiatr* seropositi* allergie* traitement_medical",
    "MINOR": "ans_seulement collegien* lyceen* eleve eleves adolescente mon_petit ma_petite autorite_parentale "
    "tuteur tutrice",
    "AGE": "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17",
    "LAWYER": "avocate avocats juriste conseil_juridique protection_juridique assignation assigner poursuivre "
    "porter_plainte depot_de_plainte devant_les_tribunaux dommages_et_interets huissier_de_justice",
    "MEDIA": "journalistes blogueur* que_choisir 60_millions rendre_public",
    "REPEAT": "deux_fois trois_fois a_plusieurs_reprises toujours_aucune premiere_demande precedente_demande "
    "mon_precedent_mail mon_dernier_mail il_y_a_un_mois depuis_un_mois depuis_deux_mois sans_suite troisieme_fois "
    "deuxieme_fois seconde_fois n_ieme_fois deja_ecrit deja_relance deja_signale pas_de_reponse sans_nouvelles "
    "depuis_des_semaines depuis_plus_d_un_mois",
}

RULES = (
    # ---- erasure
    spec("g.erasure.object", "erasure", "DEL ~4 OBJ"),
    spec("g.erasure.pronoun", "erasure", "DEL_IMP ~1 PRON|tout|moi", need="OBJ"),
    spec("g.erasure.gone", "erasure", "OBJ ~4 GONE", "faites|faire ~1 PRON ~1 GONE", "GONE ~3 OBJ"),
    # ---- access: "envoyez-moi (l'ensemble de) mes données"
    spec("g.access.send_me", "access", "GIVE ~1 moi|nous ~5 DATA", weak=True),
    # ---- direct marketing
    spec("g.direct_marketing.stop_them", "direct_marketing", "STOP_IMP ~1 PRON|ca|cela|tout_ca", need="MKT", neg=False),
    spec(
        "g.direct_marketing.remove_me", "direct_marketing", "retirez|enlevez|sortez ~1 moi ~4 LIST|MKT", over="erasure"
    ),
    # ---- portability
    spec(
        "g.portability.format_other",
        "portability",
        "FMT ~8 OTHER ~2 PROV2",
        "transfer* ~4 directement? ~3 a|chez ~2 MY|un|une ~1 OTHER ~1 PROV2",
        "transfer* ~2 directement",
    ),
    # ---- restriction
    spec(
        "g.restriction.keep_but",
        "restriction",
        "NEG ~1 DEL ~6 mais ~4 cesez|arretez|NEG ~3 USE|utiliser|utilisez|transmettre|partager",
        neg=False,
    ),
    # ---- objection
    spec(
        "g.objection.refuse",
        "objection",
        "refuse ~1 que ~6 PROFILING",
        "NEG ~1 veux|souhaite|accepte ~1 pas ~6 PROFILING",
        neg=False,
    ),
    # ---- rectification
    spec("g.rectification.verb", "rectification", "merci_de|pouvez_vous|pourriez_vous ~1 CORRECT", need="FIELD"),
    spec("g.rectification.the_right_one", "rectification", "la_bone|le_bon ~1 est", need="FIELD"),
    # ---- modifiers
    spec("question_about.possible", "question_about", "est_il_possible|est_ce_possible|peut_on"),
    # ---- escalations
    spec("child_data.age", "child_data", "CHILD ~3 AGE ~1 ans?"),
)
