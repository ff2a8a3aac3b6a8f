"""French word classes and rules (see `plugin.core.rulematch` for the notation)."""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "fr"
SUFFIXES = ("", "e", "er", "ez", "es", "ent", "ons", "ion", "ions", "ement", "ee", "ees", "ais", "ait")
FUZZY = ("DEL", "DATA", "ACCOUNT", "UNSUB", "MKT", "CONSENT", "WITHDRAW", "CORRECT", "PORT", "OBJECT")

CLASSES = {
    "I": "je j nous",
    "ME": "me m moi nous",
    "MY": "mon ma mes m notre nos moi",
    "YOU": "vous votre vos tu te ton ta tes",
    "HIM": "lui son sa ses leur leurs elle il",
    "NEG": "ne n jamais au_lieu_de plutot_que",
    "PLEASE": "svp stp merci_de merci_d je_vous_prie veuillez pourriez_vous pouvez_vous je_vous_demande "
    "je_demande je_souhaite je_voudrais j_aimerais",
    "WANT": "veux voudrais souhaite souhaiterais aimerais demande exige besoin",
    "STILL": "toujours pourquoi",
    "HARD": "arrive arriver trouve trouver reussi parviens comment ou sais comprends",
    "WHAT": "quoi koi quel quelle quels quelles que qu",
    "EVERYTHING": "tout toutes tous l_ensemble ensemble integralite l_integralite tout_ce",
    "DATA": "donnees donnee data informations information infos info renseignements coordonnees dossier "
    "fichier fiche historique enregistrements",
    "ACCOUNT": "compte comptes conte profil espace_client inscription",
    "FIELD": "nom prenom nom_de_famille nom_de_jeune_fille adresse adresse_mail mail email e_mail courriel "
    "date_de_naissance lieu_de_naissance naissance telephone numero portable civilite orthographe",
    "SYSTEM": "fichier fichiers base_de_donnees systeme systemes registre registres annuaire site bases",
    "MKT": "newsletter* lettre_d_information pub pubs publicite* publicitaire* promo promos promotion* offres "
    "prospectus catalogue* demarchage prospection marketing commerciaux commerciales mailing*",
    "MSG": "mail mails email emails e_mail* courriel* message messages sms texto* appel appels coups_de_fil "
    "notification* courrier* lettres",
    "LIST": "liste_de_diffusion mailing* liste_marketing fichier_prospect*",
    "CONSENT": "consentement* autorisation* accord permission",
    "ORDER": "commande commandes livraison colis panier reservation expedition livreur",
    "CONTRACT": "abonnement* contrat* forfait* adhesion* prelevement* livret option",
    "INVOICE": "facture* attestation* releve* quittance*",
    "PROFILING": "profilage ciblage analyse* statistique* score scoring recherche etudes personnalisation "
    "publicite_ciblee tracage suivi_de_navigation",
    "HUMAN": "humain humaine personne conseiller* vrai_conseiller gestionnaire* membre_de_votre_equipe "
    "intervention_humaine medecin* agent etre_humain",
    "AUTO": "automat* algorithme* ordinateur robot machine quelques_secondes immediatement anti_fraude "
    "simulateur logiciel",
    "DECISION": "decision refus refuse refusee rejet* suspendu* bloque* desactive*",
    "DEL": "supprim* efac* retir* enlev* detrui* radi* disparaitre disparaisse nettoyer",
    "STOP": "arret* cesse cessez cesser stop stopp* mettre_fin mettez_fin",
    "SEND": "envoy* apel* ecrire contact* harcel* spam* solicit* demarch* telephon*",
    "RECEIVE": "recevoir recoi recu recois recevoir recevez",
    "UNSUB": "desabon* desinscri* desinscription",
    "OBJECT": "oppose opposer opposition",
    "WITHDRAW": "retir* revoq* retrait annule",
    "CORRECT": "corriger corrigez rectifier rectifiez modifier modifiez mettre_a_jour mettez_a_jour mise_a_jour "
    "changer changez actualiser actualisez",
    "WRONG": "erreur erone* faux fausse incorrect* inexact* mal_orthographie pas_le_bon",
    "NEW": "nouveau nouvelle nouvelles",
    "COPY": "copie copies extrait recapitulatif",
    "GIVE": "envoyer envoyez transmettre transmettez communiquer communiquez fournir fournissez donner "
    "montrer indiquer indiquez faire_parvenir",
    "HOLD": "avez detenez posedez conservez gardez stockez traitez collecte* enregistre* connaissez savez utilisez",
    "EXPORT": "export* telecharg* recuper*",
    "PORT": "portabilite csv json xml vcard ics format_structure lisible_par_machine lisible_par_une_machine "
    "format_standard format_ouvert "
    "format_exploitable",
    "PROVIDER": "fournisseur operateur plateforme service banque concurrent prestataire application appli nouveau "
    "ailleurs",
    "USE": "utiliser utilisez utilisees utilises utilisation traiter servent servir exploiter partager",
    "KEEP": "garder gardez conserver conservez archiver geler gelee gele bloquer bloque",
    "WORRY": "inquiet* preocupe* peur crains",
    "AUTH_BODY": "la_police police_judiciaire police_nationale gendarmerie commissariat officier_de_police "
    "requisition* procureur juge_d_instruction "
    "dgfip finances_publiques administration_fiscale huissier procedures_fiscales procedure_penale "
    "droit_de_communication",
    "SUBJECT_OTHER": "titulaire le_vendeur ses_coordonnees associe_a identite du_client",
    "ACCESS_N": "droit_d_aces demande_d_aces aces_a_mes_donees",
    "LAWYER": "avocat* mon_conseil le_conseil_de mise_en_demeure mets_en_demeure en_demeure tribunal* en_justice "
    "action_en_justice poursuites proces plainte_penale contentieux procedure_judiciaire",
    "CHILD": "fils fille enfant enfants ado adolescent* fillette garcon",
    "HIS": "son sa ses leur leurs",
    "MINE": "mon ma mes moi me m",
    "POSS": "mon ma mes",
    "IF": "si s a_defaut",
    "NECESSARY": "necesaire necesaires utile utiles",
    "ABOUT_ME": "sur_moi sur_lui sur_elle me_concernant le_concernant la_concernant a_mon_nom a_son_nom a_mon_sujet "
    "a_son_sujet",
    "MINOR": "mineur mineure mineurs moins_de_15 moins_de_18",
    "SENSITIVE": "sante medical* medicament* ordonnance* maladie* diagnostic* handicap* enceinte grossesse cancer "
    "diabete affection_longue_duree ald soins therapie psy* questionnaire_de_sante questionnaire_medical hopital "
    "biometri* empreinte_digitale empreintes_digitales reconnaissance_faciale naissance_prevue accouchement religion "
    "religieu* halal "
    "casher kasher origine_ethnique ethnique orientation_sexuelle homosexu* syndica* opinions_politiques "
    "casier_judiciaire condamnation* liposuccion chirurgie dentaire",
    "RELATIVE": "mari femme epouse epoux conjoint* compagne compagnon mere pere maman papa frere soeur ex_mari "
    "ami amie voisin voisine parents grand_mere grand_pere",
    "BREACH": "fuite fuite* fuit* pirate pirat* hack* violation_de_donees n_est_pas_le_mien pas_le_mien "
    "quelqu_un_d_autre une_autre_adherente un_autre_client une_autre_cliente",
    "MEDIA": "journaliste* la_presse a_la_presse reportage les_medias aux_medias",
    "REPEAT": "relance deja_demande deuxieme_demande troisieme_demande seconde_demande restees_sans_reponse "
    "reste_sans_reponse restee_sans_reponse toujours_sans_reponse "
    "aucune_reponse toujours_pas toujours_rien delai_est_depase je_vous_ai_deja "
    "vous_ai_adrese vous_ai_deja",
    "B2B": "accord_de_sous_traitance sous_traitant* sous_traitance appel_d_offres nos_salaries nos_clients "
    "notre_dpo hebergeur hds questionnaire_securite article_28",
    "SPAM": "cliquez_ici frais_de_reexpedition sous_peine amende_pouvant mise_en_conformite "
    "regulariser_votre_situation verifiez_votre_compte sera_suspendu",
    "OOO": "reponse_automatique je_suis_absent je_suis_absente absent_du absente_du accuse_de_reception_automatique "
    "message_automatique nous_avons_bien_recu hors_du_bureau en_conges",
    "QGENERIC": "par_curiosite en_general de_maniere_generale pour_un_devoir pour_information simple_question "
    "avant_de_m_inscrire",
    "PAYMENT": "rib coordonnees_bancaires carte_bancaire moyen_de_paiement iban",
    "PUBLISHED": "avis commentaire commentaires photo photos publication annonce",
    "DONE": "suprime efface retire desinstale resilie ferme",
}

RULES = (
    # ---- access
    spec(
        "access.what_hold",
        "access",
        "WHAT ~3 DATA ~5 HOLD ~3 sur|concernant ~1 moi|lui|elle|MY",
        "WHAT ~3 DATA ~5 HOLD ~2 ABOUT_ME",
        "WHAT ~3 HOLD ~2 sur|concernant ~1 moi|lui|elle",
        "quoi ~2 sur ~1 moi|lui",
        weak=True,
    ),
    spec("access.concerning_me", "access", "DATA ~2 me|le|la ~1 concernant", weak=True),
    spec("access.copy", "access", "COPY ~2 de|d? ~3 DATA|tout|ce"),
    # CNIL model letter: "… si des données me concernant sont traitées et, le cas échéant, m'en adresser une copie"
    spec("access.copy_of_it", "access", "m ~1 en ~1 GIVE|adresser|remettre ~2 COPY", need="DATA"),
    spec(
        "access.send_me",
        "access",
        "me|m|nous ~1 GIVE ~2 tout|EVERYTHING|l_ensemble|une_copie ~3 DATA|que|ce",
    ),
    spec("access.send_my_data", "access", "me|m ~1 GIVE ~3 MY ~1 DATA", weak=True),
    spec(
        "access.know_what",
        "access",
        "savoir|connaitre|voir|indiquer|indiquez ~3 WHAT ~6 sur|concernant ~1 moi|lui|MY",
        "savoir|voir ~3 si ~1 je|j ~1 apparais|figure",
    ),
    spec("access.noun", "access", "ACCESS_N"),
    spec("access.exposed", "access", "WHAT ~3 DATA ~4 exposees|concernees|volees|fuite|piratees"),
    spec("direct_marketing.make_stop", "direct_marketing", "que ~1 ca|cela ~2 arrete|cesse", need="MKT", neg=False),
    spec(
        "access.recipients",
        "access",
        "a_qui ~4 donne|transmis|vendu|partage|communique|transmises",
        "liste ~3 partenaires|destinataires",
        "destinataires",
    ),
    spec("access.source", "access", "d_ou ~2 vient|viennent|provient|proviennent|tenez|sortez|venez"),
    spec(
        "access.retention",
        "access",
        "combien_de_temps ~4 gardez|conservez|HOLD|vous",
        "gardez|conservez ~1 combien_de_temps",
    ),
    spec("access.logic", "access", "sur_quoi ~2 repose|reposent|basee|fondee"),
    # ---- rectification
    spec(
        "rectification.verb_field",
        "rectification",
        "CORRECT ~3 MY|HIM|le|la|l|votre ~2 FIELD|DATA|dossier|fichier|fiche",
    ),
    spec("rectification.rectify", "rectification", "rectif*"),
    spec(
        "rectification.field_wrong",
        "rectification",
        "FIELD ~4 WRONG",
        "WRONG ~3 FIELD",
        "nom ~1 s_ecrit",
        neg=False,
        need="CORRECT|rectif*",
    ),
    spec("rectification.new_value", "rectification", "MY ~1 nouvelle|nouveau ~1 FIELD"),
    # ---- erasure
    spec("erasure.verb_obj", "erasure", "DEL ~4 DATA|ACCOUNT|EVERYTHING|FIELD|moi|photo*|image*"),
    spec("erasure.passive", "erasure", "que ~4 DATA|ACCOUNT|tout|FIELD ~3 soit|soient ~1 DEL"),
    spec("erasure.from_system", "erasure", "DEL|disparaise ~3 de|du|des ~2 MY|vos|votre ~2 SYSTEM|profil|listes|site"),
    spec("erasure.virez", "erasure", "virez|virer ~1 tout|moi", "virez|virer ~1 mes ~1 DATA"),
    spec("erasure.pronoun", "erasure", "les|la|le ~1 DEL|enlever|retirer"),
    spec("erasure.forget", "erasure", "oubliez|oublier ~1 moi", "droit_a_l_oubli"),
    spec("erasure.noun", "erasure", "efacement|suppression|droit_a_l_efacement"),
    # ---- restriction
    spec(
        "restriction.verb",
        "restriction",
        "limitation ~3 traitement",
        "traitement ~3 limite",
        "limiter ~3 traitement|utilisation",
        "geler|gelee|gele|bloquer|bloque ~3 DATA|dossier|inscription",
        "DATA|dossier|inscription ~2 soit ~1 gelee|bloque|gele",
    ),
    spec("restriction.other_use", "restriction", "NEG? ~3 servent|utilis* ~3 a ~1 autre ~1 chose|fin", neg=False),
    # ---- portability
    spec("portability.format", "portability", "PORT"),
    spec("portability.export", "portability", "EXPORT ~2 MY|tout"),
    spec(
        "portability.import",
        "portability",
        "directement ~1 a|chez",
        "importe|importer|reutiliser ~5 autre|nouveau|ailleurs|chez",
    ),
    # ---- objection
    spec(
        "objection.object",
        "objection",
        "m ~1 y? ~1 oppose|opposer",
        "opposition ~2 au|a ~2 traitement|profilage|partage",
    ),
    spec("objection.profiling", "objection", "STOP|NEG ~4 PROFILING", neg=False),
    # ---- direct marketing
    spec("direct_marketing.unsubscribe", "direct_marketing", "UNSUB", over="erasure"),
    spec(
        "direct_marketing.stop",
        "direct_marketing",
        "STOP ~3 de|d? ~2 m|me|nous|lui ~1 SEND",
        "STOP ~4 MKT|MSG",
        neg=False,
    ),
    spec(
        "direct_marketing.not_receive",
        "direct_marketing",
        "NEG ~3 plus ~3 RECEIVE",
        "NEG ~1 plus ~2 m|me|nous|lui ~1 SEND",
        "plus|pas ~1 de ~4 MKT",
        neg=False,
    ),
    spec("direct_marketing.list", "direct_marketing", "DEL ~3 de|des|du ~3 LIST|MKT", over="erasure"),
    spec("direct_marketing.object", "direct_marketing", "OBJECT|WITHDRAW ~12 MKT", over="objection", neg=False),
    # ---- automated decision
    spec(
        "automated_decision.human",
        "automated_decision",
        "HUMAN ~4 examine|reexamine|regarde|revoie|revoit|etudie|verifie|analyse|reconsidere",
        "examine|reexamine|revoie|regarde|reconsidere ~4 HUMAN",
        "intervention_humaine",
    ),
    # ---- consent
    spec(
        "withdraw_consent.verb",
        "withdraw_consent",
        "WITHDRAW ~3 CONSENT",
        "reviens_sur ~2 CONSENT",
        "CONSENT ~2 retire|revoque",
    ),
    spec("withdraw_consent.no_longer", "withdraw_consent", "NEG ~1 consens ~1 plus", neg=False),
    # ---- privacy concern
    spec(
        "privacy_concern.how_got",
        "privacy_concern",
        "comment ~2 avez|avezvous ~1 vous? ~1 eu|obtenu|trouve|recupere ~2 MY? ~1 FIELD|DATA|coordonnees",
    ),
    spec("privacy_concern.why_have", "privacy_concern", "pourquoi ~3 avez ~1 vous ~3 MY ~1 FIELD|DATA"),
    spec("privacy_concern.who_shared", "privacy_concern", "a_qui ~2 avez ~1 vous ~1 donne|vendu|transmis"),
    spec(
        "privacy_concern.unsafe",
        "privacy_concern",
        "pas ~1 tres? ~1 sur|securise",
        "qui ~2 va? ~1 conserver|garder|voir",
        "WORRY ~6 DATA|dosier|FIELD|consult*|donees",
        alone=True,
    ),
    spec("privacy_concern.fear_access", "privacy_concern", "crains|peur ~4 consult*|aced*|voie|regarde"),
    spec("privacy_concern.filming", "privacy_concern", "filmez|filmer ~3 gens|clients|vestiaires"),
    spec("access.send_me_all", "access", "GIVE ~1 moi ~2 tout|toutes|tous|MY ~2 DATA", weak=True),
    spec("direct_marketing.call_me_not", "direct_marketing", "NEG ~1 m|me ~1 SEND ~1 plus", neg=False),
    spec("objection.profiling_long", "objection", "NEG ~8 PROFILING", neg=False),
    spec("erasure.published", "erasure", "DEL ~3 PUBLISHED"),
    spec("access.reach", "access", "acceder ~1 a ~2 MY ~2 DATA", "aces ~1 a ~2 MY ~1 DATA"),
    # ---- escalations
    spec("legal_action.lawyer", "legal_action", "LAWYER"),
    spec(
        "child_data.child",
        "child_data",
        "MY ~1 CHILD",
        "MINOR",
        "CHILD ~1 de ~1 @NUM ~1 ans",
        "CHILD ~1 a ~1 @NUM ~1 ans",
    ),
    spec("special_category.sensitive", "special_category", "SENSITIVE"),
    spec("third_party_data.relative", "third_party_data", "MY ~1 RELATIVE", need="HIS"),
    spec(
        "third_party_data.behalf",
        "third_party_data",
        "pour ~1 MY ~1 RELATIVE",
        "au_nom_de|pour_le_compte_de",
        "le_fils_de|la_fille_de",
        "feu_mon|feue_ma|decede|decedee",
    ),
    spec("data_breach.leak", "data_breach", "BREACH", "quelqu_un ~2 connecte|acede ~2 a ~1 MY"),
    spec("authority_request.police", "authority_request", "AUTH_BODY"),
    spec("media.journalist", "media", "MEDIA"),
    spec(
        "repeated_request.again",
        "repeated_request",
        "REPEAT",
        "delai ~3 depase|ecoule|expire|passe",
        "je ~1 vous ~1 ai ~1 deja? ~1 demande|ecrit|adresse",
    ),
    # ---- hard negatives
    spec(
        "cancellation.contract",
        "cancellation",
        "resili*",
        "cloturer|cloture|fermer|fermeture ~3 ACCOUNT|CONTRACT",
        "annuler ~3 CONTRACT|reservation|commande",
    ),
    spec("account_access.login", "account_access", "connecter|connexion|identifiant*|mot_de_pase|reinitialis*"),
    spec(
        "order_change.order",
        "order_change",
        "ORDER ~1 @NUM|n|numero|no",
        "de|du|sur|ma ~2 ORDER",
        "adresse_de_livraison",
    ),
    spec("invoice.copy", "invoice", "INVOICE"),
    spec("b2b.dpa", "b2b", "B2B"),
    spec("spam.phishing", "spam", "SPAM"),
    spec("auto_reply.ooo", "auto_reply", "OOO"),
    spec("payment_change.payment", "payment_change", "PAYMENT"),
    # ---- modifiers
    spec(
        "question_about.can_i",
        "question_about",
        "est_ce_que|est_ce_qu ~1 je|j|on ~1 peux|pourai|pourais|puis|dois",
        "puis ~1 je",
        "pourai ~1 je",
        "comment ~2 faire|puis|dois|peut|peux|fait|faut",
        "ai ~1 je ~1 le ~1 droit",
    ),
    spec("question_general.curious", "question_general", "QGENERIC"),
    spec("hypothetical.if_i", "hypothetical", "si ~1 je|j", "au_cas_ou"),
    spec("past_self.done", "past_self", "j|nous ~1 ai|avons ~1 deja? DONE"),
    spec("past_self.thanks", "past_self", "merci ~1 d_avoir|pour ~2 DEL|CORRECT", "merci ~2 pour ~2 la ~1 suppression"),
    spec("please.marker", "please", "PLEASE"),
    spec(
        "replacement.value",
        "replacement",
        "nouvelle|nouveau ~1 FIELD",
        "au_lieu_de",
        "et_non",
        "desormais",
        "remplac*",
        "est_en_fait",
        "le_bon|la_bonne",
    ),
    spec(
        "keep.keep",
        "keep",
        "garder|conserver|archiver ~3 les|DATA",
        "NEG ~2 DEL",
        "besoin ~4 pour ~1 prouver|reclamation|litige|contestation",
        "tant_que",
    ),
    spec(
        "stop_use.stop",
        "stop_use",
        "NEG ~1 plus ~2 les|DATA ~1 utiliser|utilisees",
        "NEG ~3 USE ~1 plus",
        "cesser ~2 ce ~1 traitement",
    ),
)
