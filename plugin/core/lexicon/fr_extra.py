"""French broad expansions (see `plugin.core.lexicon`): more ways to ask for each right, one concept per
rule: whether you hold my data, let me see my file, why do you need my X, leave me alone, I don't want
my data used for Y, I no longer consent."""

from __future__ import annotations

from plugin.core.lexicon.shared_frames import SHARED_RULES
from plugin.core.rulematch import spec

LANG = "fr"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    # 'I've changed my mind' beside an earlier yes (CONSENTED): the yes is taken back (Art. 7(3))
    "MINDCHANGE": "change_d_avis changer_d_avis reviens_la_dessus revenir_la_dessus suis_plus_d_accord",
    "WHETHER": "si",
    "SEEV": "consulter acceder",
    "GETV": "recevoir obtenir avoir",
    "PURPOSE": "finalite finalites pour_quoi a_quoi dans_quel_but quelles_fins",
    "SAFE": "securite securisees protegees en_securite",
    "CREEPY": "intrusif intrusive excessif excessive abusif abusive inacceptable scandaleux",
    "LEAVE": "laissez_moi_tranquille fichez_moi_la_paix laissez_moi_en_paix",
    "CONTACTED": "contacte contactee appele appelee sollicite sollicitee demarche demarchee",
    "USEDV": "utilisees utilises utilisee exploitees partagees analysees vendues transmises",
    "ANON": "anonymiser anonymisez anonymisees",
    "HOLDV": "detenez avez conservez traitez stockez possedez",
    "LINKED": "rattachees rattaches rattachee liees lies liee associees associes",
    "HEARV": "entendre_parler entendre",
    "STRIKE": "rayez rayer radiez radier",
    "TRACE": "trace traces",
    "NORMAL": "anormal inadmissible inacceptable choquant",
    "UNTIL2": "avant_que avant_qu avant_la avant_le avant_d",
    "TRANSFER": "transferer transfere transferez transmettre transmettez passer basculer",
    "SERVICE2": "service prestataire fournisseur plateforme application banque operateur",
    "BUTTON": "bouton boutons",
    "PORTNUM": "garder_mon_numero conserver_mon_numero code_rio",
    "QGENERIC": "memoire these expose",
    "REQ": "svp stp merci_de veuillez pourriez pouvez veux voudrais souhaite souhaiterais demande exige",
    "SELLV": "vendez vendre vendu vendues revendez",
    "DISCOMFORT": "me_gene gene_que pas_content pas_contente derange me_derange",
    "PRIVACY": "vie_privee",
    "VIOLATED": "respectee atteinte violation viole violee",
    "SIGNED": "inscrit inscrite abonne abonnee",
    "ENOUGH": "assez_de assez_des marre_de marre_des ca_suffit",
    "ORDINAL": "deuxieme troisieme quatrieme seconde 2e 3e",
    "MAILN": "mail email courrier message lettre demande relance courriel",
    "LAWYER": "saisir_la_justice saisis_la_justice saisirai_la_justice",
    "KEEP2": "conserver garder detenir stocker avoir",
    "RECORDED": "enregistre enregistres enregistrees stocke conserve collecte note",
    "CURIOUS": "curieux curieuse savoir",
    "REPLACE": "remplacez remplacer remplacez_la remplacez_le",
    "THEY": "ils elles",
    "CONSIDER": "considerez considerer traitez",
    "UNDONE": "decochee decoche annulee annule retiree retire nulle",
    "CONSENTED": "j_avais_accepte avais_dit_oui coche cochee accepte avais_accepte",
    "FOLLOWED": "suivi suivie suivis trace pistee piste",
    "NOPE": "non",
    "NOTFINE": "pas_d_accord",
    "DOWITHOUT": "passerais_bien passerais passer_de",
    "ANYONE": "n_importe_qui tout_le_monde quiconque",
    "CANV": "puisse peut peuvent puissent",
    "SEEV2": "consulter voir lire acceder ouvrir",
    "UNTIL3": "tant_que en_attendant jusqu_a d_ici",
    "PASSV": "transmises transmis transmettre communiquees envoyees partir",
    "DECISION2": "note_de_risque double triple augmente",
    "RATHER": "prefererais prefere aimerais_mieux",
    "CHECKV": "verifier verifiez confirmer",
    "TIMES": "deux_fois trois_fois troisieme_fois deuxieme_fois seconde_fois n_ieme_fois",
    "ASKV": "demande demandes demander ecris ecrit ecrire relance mail courrier contacte reclame",
    "LOADV": "importer importe charger lire utiliser",
    "PUBLISHED": "interview* clip* fragment* testimonial* video* temoignage*",
    # "despite my request of 3 March (you still …)": asked before and not honoured (shared frame)
    "DESPITE": "malgre en_depit_de nonobstant",
    "PRIOR_ASK": "demande demandes opposition reclamation courrier courriel relance",
    # privacy concern (Art. 5(1)(c) minimisation, 12-14 transparency): what a company asks of the writer
    "PC_ASKV": "demandez demande demandent demander exigez exige exigent exiger faut veut voulez veulent "
    "besoin collectez collecte reclamez reclame",
    "PC_PERSONAL": "date_de_naissance carte_d_identite piece_d_identite passeport numero_de_securite_sociale "
    "securite_sociale secu situation_familiale revenus salaire contacts repertoire photos micro micro_phone camera "
    "localisation position questionnaire numero_de_portable numero_de_telephone",
    "PC_ACCESSV": "acces acceder voir lire consulter regarder",
    "PC_AGREEMENT": "accord consentement autorisation",
}

RULES = (
    spec("x.objection.leave_out", "objection", "laissez ~3 MY ~2 OBJ|DATA ~3 en_dehors", over="erasure"),
    spec("x.portability.new_can_load", "portability", "OTHER ~3 puisse|puissent|pourra|peut ~1 LOADV", weak=True),
    spec(
        "x.withdraw_consent.prefer_not",
        "withdraw_consent",
        "RATHER ~2 que ~1 vous ~1 ne ~3 plus",
        need="CONSENTED|CONSENT",
        over="direct_marketing",
        neg=False,
    ),
    spec("x.access.still_have", "access", "avez ~1 vous ~2 encore ~4 MY|OBJ ~3 OBJ|DATA", alone=True),
    spec("x.erasure.rather_not", "erasure", "RATHER ~2 que ~1 vous ~1 ne ~1 KEEP2|gardiez|conserviez", neg=False),
    spec("x.erasure.nothing_left", "erasure", "ne ~1 reste ~1 plus? ~1 rien ~2 de ~1 moi", neg=False),
    spec("x.access.check_whether", "access", "CHECKV ~2 si ~6 MY ~2 DATA|OBJ|FIELD ~4 figurent|sont|est|encore"),
    spec(
        "question_about.how_do_i",
        "question_about",
        "comment ~1 exporter|telecharger|supprimer|efacer|modifier|changer|retirer",
    ),
    spec(
        "x.erasure.no_reason",
        "erasure",
        "aucune ~1 raison ~3 de ~1 KEEP2",
        "plus ~1 besoin ~2 de ~3 MY ~2 OBJ|DATA|FIELD",
        neg=False,
    ),
    spec("x.access.copy_of_that", "access", "voudrais|veux|souhaite|aimerais ~2 une ~1 copie", need="RECORDED"),
    spec(
        "x.access.curious",
        "access",
        "curieux|curieuse ~3 de ~1 savoir ~2 ce ~6 sur ~1 MY|moi",
        "puis ~1 je ~1 le|les ~1 voir",
    ),
    spec(
        "x.portability.their_format", "portability", "format ~3 qu|que ~1 THEY ~1 utilisent|lisent|acceptent", weak=True
    ),
    spec("x.rectification.replace", "rectification", "REPLACE ~3 la|le|les? ~1 par ~2 @EMAIL|@NUM|FIELD"),
    spec("x.objection.not_for", "objection", "mais ~1 pas ~2 pour ~4 PROFILING|profil", neg=False),
    spec("x.repeated_request.nth", "repeated_request", "ORDINAL ~1 MAILN", "atends ~2 depuis ~3 semaines|mois|jours"),
    spec("x.direct_marketing.unsolicited", "direct_marketing", "jamais ~2 SIGNED", need="MKT", neg=False, alone=True),
    spec("x.direct_marketing.enough", "direct_marketing", "ENOUGH ~3 MKT", neg=False),
    spec(
        "x.direct_marketing.no_longer_receive", "direct_marketing", "ne ~1 recoive|recoivent ~1 plus ~3 MKT", neg=False
    ),
    spec("x.restriction.nothing_until", "restriction", "rien ~8 tant_que|jusqu_a|en_attendant|avant", neg=False),
    spec(
        "b.rectification",
        "rectification",
        "CORRECT_ALL|CORRECT ~15 FIELD",
        "FIELD ~15 CORRECT_ALL|CORRECT",
        need="WRONG",
        alone=True,
    ),
    spec("cancellation.number_porting", "cancellation", "portabilite ~3 numero", "PORTNUM"),
    spec("question_about.third_person", "question_about", "un ~1 client|utilisateur ~2 peut|pourrait|a_t_il"),
    spec("x.access.linked", "access", "DATA ~3 sont|est ~1 LINKED ~2 a|au ~2 MY"),
    spec("x.direct_marketing.hear", "direct_marketing", "NEG ~2 plus ~2 HEARV ~3 MKT", neg=False),
    spec("x.direct_marketing.strike", "direct_marketing", "STRIKE ~1 moi ~4 LIST|MKT", over="erasure"),
    spec("x.erasure.forget", "erasure", "oubliiez|oublier|oubliez ~3 tout ~3 moi|concerne", "DEL ~2 toute ~1 TRACE"),
    spec("x.privacy_concern.normal", "privacy_concern", "trouve ~2 NORMAL ~1 que", alone=True),
    spec("x.restriction.before", "restriction", "NEG ~3 STOPUSE ~12 UNTIL2", neg=False),
    spec("x.withdraw_consent.no_longer", "withdraw_consent", "ne ~1 vous? ~1 autorise ~1 plus", neg=False),
    spec("x.portability.transfer", "portability", "TRANSFER ~6 OTHER ~2 SERVICE2", weak=True),
    spec("x.access.whether", "access", "savoir ~2 si ~1 vous ~2 HOLDV ~4 DATA ~3 sur|concernant ~1 moi"),
    spec("x.access.see_file", "access", "SEEV ~3 MY ~2 OBJ|DATA", "GETV ~2 une ~1 COPY ~2 de ~2 MY", need="REQ"),
    spec("x.access.purposes", "access", "PURPOSE ~6 MY ~2 DATA|OBJ|FIELD", "MY ~2 DATA ~4 PURPOSE"),
    spec(
        "x.privacy_concern.safe",
        "privacy_concern",
        "que ~1 faites ~1 vous ~3 MY ~2 DATA|OBJ|FIELD",
        "MY ~2 DATA ~3 sont ~2 elles? ~1 SAFE",
    ),
    spec(
        "x.direct_marketing.not_contacted",
        "direct_marketing",
        "NEG ~2 veux|souhaite ~1 plus ~2 etre ~1 CONTACTED",
        neg=False,
    ),
    spec("x.erasure.anon", "erasure", "ANON ~3 MY ~2 DATA|OBJ", "toute ~1 trace ~3 de ~1 moi"),
    spec(
        "x.objection.not_used",
        "objection",
        "NEG ~2 veux|souhaite ~1 pas ~3 que ~4 DATA|OBJ ~3 soient ~1 USEDV ~4 PROFILING",
        neg=False,
    ),
    spec(
        "x.direct_marketing.not_used",
        "direct_marketing",
        "NEG ~2 veux|souhaite ~1 pas|plus ~3 que ~4 DATA|OBJ ~3 soient ~1 USEDV ~4 MKT",
        neg=False,
    ),
    # ---- privacy concern (Art. 5, 12-14): questions and worries about handling, no right exercised
    # "pourquoi me demandez-vous une copie de ma carte d'identité ?": collection beyond the purpose
    spec(
        "x.privacy_concern.why_ask",
        "privacy_concern",
        "pourquoi ~4 PC_ASKV ~4 MY|son|sa|ses|une|un|le|la|les|d ~3 DATA|FIELD|PC_PERSONAL|OBJ",
        "a_quoi ~2 sert|servent|servira ~3 MY|ces|cette|ce|cet ~3 DATA|FIELD|PC_PERSONAL|OBJ",
        q=False,
    ),
    # "qui, chez vous, a accès à mon questionnaire ?": internal access to the writer's data
    spec(
        "x.privacy_concern.who_access",
        "privacy_concern",
        "qui ~4 a|ont|aura|auront|peut|peuvent|pourra ~1 PC_ACCESSV",
        need="DATA|FIELD|PC_PERSONAL|OBJ",
        q=False,
    ),
    # "je n'ai jamais donné mon accord pour ça": use the writer never agreed to (not a charge: "payer")
    spec(
        "x.privacy_concern.never_agreed",
        "privacy_concern",
        "jamais ~3 donne ~2 mon|votre? ~1 PC_AGREEMENT",
        "sans ~1 mon ~1 PC_AGREEMENT",
        "jamais ~2 accepte|consenti|autorise ~1 ca|cela|ceci",
        alone=True,
        neg=False,
    ),
    # "vous revendez mes données à des annonceurs ?": a question on disclosure, no right exercised (Art. 13-14)
    spec(
        "x.privacy_concern.do_you_sell",
        "privacy_concern",
        "vous ~1 revendez|vendez|transmettez|partagez|cedez|communiquez|louez ~4 DATA|FIELD|PC_PERSONAL",
        "MY|les|des ~2 DATA|FIELD|PC_PERSONAL ~3 sont ~1 vendues|revendues|partagees|transmises|cedees",
        alone=True,
        q=False,
    ),
    # "comment protégez-vous ce genre d'information ?", "pas un peu léger côté protection des données ?"
    spec(
        "x.privacy_concern.how_protect",
        "privacy_concern",
        "comment ~2 protegez|securisez|stockez|conservez ~1 vous ~4 DATA|FIELD|PC_PERSONAL|OBJ",
        "leger|laxiste|limite ~4 protection ~2 des ~1 donnees",
        alone=True,
        q=False,
        neg=False,  # "ce n'est pas un peu léger ... ?" voices the worry, it does not deny it
    ),
    *SHARED_RULES,
)
