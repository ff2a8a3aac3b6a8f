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
    "OBJ2": "temoignage* remarque* mention* passages trajets vitesses images bulletins fiches_de_paie releves "
    "historique appreciation* chiffre informations_sur numero",
    "KEEP_V": "garder gardez gardiez conserver conservez conserviez stocker stockez stockiez archiver archivez "
    "garde conserve stocke",
    "GIVE2": "montrez montrer communiquez communiquer transmettez transmettre envoyez envoyer donnez fournissez "
    "indiquez faites_parvenir faire_parvenir",
    "SHARE_V": "envoye envoyees envoyes transmis transmise transmises communique communiquees communiques donne "
    "donnees fourni fournie fournies vendu vendues partage partagees ecrit note enregistre collectees collecte "
    "collectes recueillies enregistrees stockees conservees",
    "WHAT_Q": "quelles quels quel quelle ce_que ce_qui qu quoi",
    "KNOW": "savoir connaitre voir indiquer indiquez dire dites preciser precisez",
    "CORRECT_ALL": "modifier modifiez changer changez remplacer remplacez adapter adaptez corriger corrigez "
    "rectifier rectifiez mettre_a_jour mettez_a_jour actualiser actualisez ajouter ajoutez passer passez inscrire "
    "inscrivez",
    "FIELD": "civilite rue chiffre revenu salaire nom_d_usage nom_de_naissance prenom",
    "WRONG": "faux fausse errone erronee mal_ecrit mal_encode mal_orthographie",
    "UNTIL": "tant_que en_attendant d_ici pendant jusqu_a jusqu_au durant",
    "STOPUSE": "servir serve servent sert utiliser utilisez utilisee utilises exploiter exploitee exploites "
    "transmettre transmettez transmise communiquer communiquez partir donner donnez acces regarder traiter",
    "FREEZE": "bloquez bloquer gelez geler mettre_de_cote mettez_de_cote suspendre suspendez",
    "REFUSE_USE": "servent serve utilisees utilises utilise exploitees exploites partagees partages analysees "
    "analyses suivis suivies ecoutes classe classee",
    "HUMAN2": "recruteur recruteuse responsable etre_humain personne humain humaine conseiller conseillere "
    "quelqu_un agent gestionnaire analyste employe salarie expert equipe",
    "REVIEW2": "lise lire relise relire examine examiner reexamine reexaminer reexamen revue revu revoie revoir "
    "etudie etudiera etudier regarde regarder reconsidere intervention verifie analyse reconsiderer verifier "
    "recours contester conteste reevaluer reevaluation decider revision regarder_ca",
    "AUTO2": "automatique automatiques automatiquement automatise automatisee algorithme logiciel systeme robot "
    "application tri programme anti_fraude ordinateur machine intelligence_artificielle ia score scoring plateforme "
    "en_ligne secondes minutes site_internet formulaire_en_ligne immediatement aussitot dans_la_minute appli",
    "DECISION2": "rejete rejetee refus refuse refusee desactive desactivee desactivation cloture bloque decision "
    "suspendu rejet decline declinee bloquee suspendue resilie resultat majore augmente baisse",
    "CONSENTED": "dit_oui coche cochee signe accepte tout_accepter autorise donne_mon_accord",
    "WORRY": "angoisse inquiete inquiet rassurer limite inadmissible choque choquee",
    "LAWFUL": "legal legale normal autorise permis",
    "CAMERA": "camera cameras videosurveillance filme filmer filment micro",
    "STRUCT": "excel tableur xlsx csv",
    "BREACH": "destinataires_visibles en_copie adresses_visibles tous_en_copie en_copie_visible",
    "MEDIA": "emission blog_consommateur france_2 france_3 tf1 m6 bfm journalistes blogueur* que_choisir "
    "60_millions rendre_public redaction redacteur* abonnes influenceu*",
    "PRICE": "hausse augmentation tarif tarifs cotisation prix majoration frais loyer",
    "HOWTO": "option bouton parametre parametres fonction reglage",
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
    "SENSITIVE": "kine kinesitherap* orthodont* "  # care that reveals a condition
    "medecin generaliste clinique cancer tumeur asthme epilep* allergi* prise_de_sang analyses_de_sang "
    "fiv fertilite fausse_couche ivg anxiete dépression psychiatre psychologue fauteuil_roulant chirurgie vih sida "
    "covid vaccin* mosquee eglise synagogue temple musulman* juif juive chretien* catholique* protestant* hindou "
    "bouddhiste sikh bisexuel* lgbt* transgenre vie_sexuelle syndique* parti_politique adhesion_syndicale "
    "reconnaissance_vocale donnees_biometriques arrestation prison condamne* addiction alcoolisme cycle_menstruel "
    "symptome* arret_maladie arret_de_travail analyses_medicales resultats_d_analyses dossier_medical bilan_sanguin "
    "medecin* mutuelle_sante handicape* depression psychiatr* seropositi* allergie* traitement_medical ophtalmo* "
    "cardio* diabete glycemie migraine dentaire dentiste implant",
    "MINOR": "ans_seulement collegien* lyceen* eleve eleves adolescente mon_petit ma_petite autorite_parentale "
    "tuteur tutrice",
    "AGE": "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17",
    "LAWYER": "avocate avocats juriste conseil_juridique protection_juridique assignation assigner poursuivre "
    "porter_plainte depot_de_plainte devant_les_tribunaux dommages_et_interets huissier_de_justice",
    "REPEAT": "a_plusieurs_reprises toujours_aucune premiere_demande precedente_demande mon_precedent_mail "
    "mon_dernier_mail il_y_a_un_mois depuis_un_mois depuis_deux_mois sans_suite deja_ecrit deja_relance "
    "deja_signale pas_de_reponse sans_nouvelles depuis_des_semaines depuis_plus_d_un_mois",
    "ADULT": "18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 "
    "52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 "
    "89 90 91 92 93 94 95 96 97 98 99",
    "AUTH_BODY": "commissaire_de_justice pole_emploi france_travail urssaf prefecture",
    "INTERVENE": "intervention_humaine examen_manuel verification_manuelle par_un_humain pas_un_robot "
    "pas_une_machine pas_un_ordinateur revision_manuelle examen_humain controle_manuel",
    "CONTEST": "conteste contester contestation recours faire_appel",
    # "lisible" alone is a readable copy (access, Art. 15(3)); machine-readable is portability (Art. 20).
    "PORT": "format_standard format_courant format_ouvert format_lisible_par",
    "COOKIE": "cookie*",
    "STRUCT2": "excel* xlsx tableur csv",
    "TAKEWITH": "emporter emporte recuperer",
    "POSS": "moi",
}

RULES = (
    spec(
        "g.portability.as_file",
        "portability",
        "en|sous_forme|format ~3 STRUCT2",
        "TAKEWITH ~6 DATA|OBJ",
        "DATA|OBJ ~6 TAKEWITH",
        "directement ~2 a|chez ~1 eux|lui|elle|ma|mon",
        weak=True,
    ),
    spec("g.privacy_concern.worry", "privacy_concern", "WORRY ~12 DATA|OBJ|OBJ2", alone=True),
    spec("g.access.with_whom", "access", "avec ~1 qui ~4 SHARE_V|partage*"),
    spec(
        "g.automated_decision.intervene",
        "automated_decision",
        "INTERVENE",
        "HUMAN2|HUMAN ~8 REVIEW2",
        "REVIEW2 ~6 HUMAN2|HUMAN",
        "CONTEST ~4 DECISION2|DECISION",
        need="AUTO2|AUTO&DECISION2|DECISION",
        neg=False,
    ),
    spec("my_object.mine", "my_object", "MINE|HIS ~3 OBJ|OBJ2|FIELD|DATA|ACCOUNT"),
    # ---- erasure: "ne gardez pas mes coordonnées", "je ne veux plus que vous conserviez ma photo"
    spec(
        "g.erasure.dont_keep",
        "erasure",
        "ne|n ~1 KEEP_V ~1 pas|plus ~4 OBJ|MY",
        "NEG ~1 veux|souhaite ~1 plus|pas ~2 que ~1 vous ~1 KEEP_V",
        neg=False,
    ),
    spec("g.erasure.passive", "erasure", "que ~4 OBJ|OBJ2 ~3 soit|soient ~1 DEL"),
    spec("g.erasure.clear", "erasure", "vider|videz ~3 OBJ|OBJ2"),
    spec("g.erasure.can_remove", "erasure", "pouvez ~1 vous? ~1 l|le|la|les ~1 DEL|enlever|retirer", anaphor=True),
    # ---- access
    spec(
        "g.access.show_me", "access", "GIVE2 ~1 moi|nous ~5 DATA|OBJ|OBJ2", "me|m ~1 GIVE2 ~6 OBJ|OBJ2|DATA", weak=True
    ),
    spec(
        "g.access.what_sent",
        "access",
        "KNOW ~4 WHAT_Q ~4 DATA|OBJ|OBJ2 ~4 SHARE_V",
        "KNOW ~3 ce ~1 qui ~2 est ~1 SHARE_V",
        "qu ~1 avez ~1 vous ~2 SHARE_V",
        "qui ~2 vous ~1 l|les|la|le ~1 a|ont ~1 SHARE_V",
        "sur_quelle_base",
    ),
    # ---- rectification
    spec(
        "g.rectification.change_it",
        "rectification",
        "CORRECT_ALL ~3 MY|HIS|le|la|l|les ~1 FIELD",
        "CORRECT_ALL ~1 ca|cela",
        "CORRECT_ALL le|la|les|l sur|dans|svp|stp|merci|s_il|en|a|par|partout",
        "CORRECT_ALL ~2 ce|cette|ces ~1 FIELD|OBJ2|information|donnee",
        need="FIELD",
    ),
    spec("g.rectification.replace", "rectification", "remplacer|remplacez ~6 par", "passer|passez ~3 FIELD ~1 a"),
    # ---- restriction
    spec(
        "g.restriction.until",
        "restriction",
        "UNTIL ~14 ne|n|personne ~3 STOPUSE",
        "ne|n ~3 STOPUSE ~12 UNTIL",
        "NEG ~1 DEL ~8 mais ~4 NEG|cesez|arretez ~3 STOPUSE",
        neg=False,
    ),
    spec("g.restriction.freeze", "restriction", "FREEZE ~3 MY|cette|ce|ces|les ~1 DATA|OBJ|OBJ2|information|mention"),
    spec("g.portability.structured", "portability", "recuper*|GIVE2|obtenir|avoir|recevoir ~10 STRUCT"),
    # ---- objection
    spec(
        "g.objection.refuse_use",
        "objection",
        "refuse ~1 que ~8 REFUSE_USE",
        "refuse ~1 d|de ~2 etre ~1 REFUSE_USE|PROFILING",
    ),
    spec("g.objection.dont_want_it", "objection", "n ~1 en ~1 veux ~1 pas", need="PROFILING|partagees", alone=True),
    # ---- direct marketing
    spec(
        "g.direct_marketing.no_more",
        "direct_marketing",
        "veux|jveux|souhaite ~1 plus ~3 RECEIVE ~4 MKT|MSG",
        "ne|n ~1 veut|veux|souhaite ~1 plus ~2 etre ~1 appele*|demarche*|contacte*|solicite*|harcele*",
        neg=False,
    ),
    # ---- automated decision
    spec(
        "g.automated_decision.human",
        "automated_decision",
        "HUMAN2 ~8 REVIEW2",
        "REVIEW2 ~4 par ~3 HUMAN2",
        need="AUTO2&DECISION2",
        neg=False,
    ),
    # ---- consent
    spec(
        "g.withdraw_consent.changed_mind",
        "withdraw_consent",
        "change|changer ~1 d_avis",
        "c_est_non|finalement_non",
        "ne ~1 suis ~1 plus ~1 d_acord",
        "je ~1 la|le|l ~1 retire",
        need="CONSENTED",
        over="erasure",
        neg=False,
    ),
    spec("g.withdraw_consent.cancel", "withdraw_consent", "anuler|anule|retirer|retire ~2 MY|cet|ce ~1 CONSENT"),
    # ---- privacy concern
    spec(
        "g.privacy_concern.lawful",
        "privacy_concern",
        "est|est_ce ~1 ce? ~1 bien? ~1 LAWFUL",
        need="OBJ|OBJ2|FIELD|DATA|SENSITIVE|CAMERA",
    ),
    spec(
        "g.privacy_concern.worry", "privacy_concern", "je ~1 suis ~1 WORRY", "ca ~1 m ~1 angoisse|inquiete", alone=True
    ),
    spec(
        "g.privacy_concern.where_goes",
        "privacy_concern",
        "ou ~1 va|vont|part|partent ~2 OBJ|OBJ2|PRON|cette|ces",
        "qui ~2 la|le|les ~1 garde|conserve|voit|lit|consulte",
        "ne ~1 savais ~1 pas ~1 que ~2 vous",
    ),
    # Outrage is a privacy concern only when data is what the message is about.
    spec(
        "g.privacy_concern.outrage",
        "privacy_concern",
        "c_est ~1 inadmissible|scandaleux|inacceptable",
        need="DATA|FIELD|ACCOUNT|SYSTEM|SENSITIVE|SPAM",
        alone=True,
    ),
    # ---- hard negatives and modifiers
    spec("cancellation.option", "cancellation", "UNSUB ~4 option|offre|forfait|CONTRACT"),
    spec("question_about.where_option", "question_about", "ou ~2 se ~1 trouve|trouver ~4 HOWTO"),
    spec("past_self.confirmed", "past_self", "confirmant|confirme|confirmation ~4 supresion|efacement|desinscription"),
    spec("price_dispute.increase", "price_dispute", "PRICE"),
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
    spec("question_about.possible", "question_about", "est_il_possible|est_ce_possible|peut_on ~2 demander|exercer"),
    # ---- escalations
    spec("third_party_data.adult_child", "third_party_data", "CHILD ~3 ADULT ~1 ans?"),
    spec("child_data.age", "child_data", "CHILD ~3 AGE ~1 ans?", "jai|ai ~1 AGE ~1 ans"),
    # "Où est-ce qu'on change son adresse dans l'appli ?": a how-to question about the interface.
    spec(
        "ui_help.where",
        "ui_help",
        "ou ~3 on|je ~1 change|modifie|supprime|efface",
        "comment ~1 on ~1 change|modifie|supprime|efface|enleve",
    ),
    # Tracking / delivery messages are service messages, not marketing or profiling.
    spec("service_contact.delivery_notice", "service_contact", "sms|notifications|mails|messages ~3 suivi|livraison"),
    # "Je veux savoir qui a reçu mes documents": the recipients of the writer's data (Art. 15(1)(c)).
    spec("g.access.who_received", "access", "savoir|dire|dites ~3 qui ~4 recu|vu|consulte|eu_acces ~3 mes|mon|ma"),
)
