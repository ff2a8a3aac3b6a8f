"""Italian broad expansions (see `plugin.core.lexicon`): more ways to ask for each right, one concept per
rule: whether you hold my data, let me see my file, why do you need my X, leave me alone, I don't want
my data used for Y, I no longer consent."""

from __future__ import annotations

from plugin.core.lexicon.shared_frames import SHARED_RULES
from plugin.core.rulematch import spec

LANG = "it"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    # 'I've changed my mind' beside an earlier yes (CONSENTED): the yes is taken back (Art. 7(3))
    "MINDCHANGE": "ci_ho_ripensato non_lo_voglio_piu non_voglio_piu cambiato_idea non_sono_piu_d_accordo",
    "SEEV": "consultare visionare accedere",
    "GETV": "ricevere ottenere avere",
    "PURPOSE": "finalita scopo scopi per_cosa a_che_scopo",
    "SAFE": "sicuri sicure protetti protette",
    "CREEPY": "invasivo invasiva eccessivo eccessiva inaccettabile scandaloso vergognoso",
    "LEAVE": "lasciatemi_in_pace lasciatemi_stare",
    "CONTACTED": "contattato contattata chiamato chiamata disturbato disturbata",
    "USEDV": "usati usate utilizzati utilizzate condivisi analizzati venduti ceduti",
    "ANON": "anonimizzare anonimizzate anonimizzati",
    "HOLDV": "avete conservate trattate possedete",
    "LINKED": "collegate collegati collegata associate associati legate legati",
    "HEARV": "sentir_parlare sentire",
    "TRACE": "traccia tracce",
    "UNTIL2": "prima_che prima_di",
    "TRANSFER": "trasferirli trasferire portarli passarli migrare",
    "SERVICE2": "servizio fornitore piattaforma operatore app banca gestore",
    "REGISTERED": "registrato registrati registrata conservato conservati salvato salvati",
    "BUTTON": "pulsante tasto bottone",
    "PORTNUM": "mantenere_il_numero",
    "QGENERIC": "tesi tesina",
    "REQ": "per_favore per_cortesia vorrei voglio chiedo pretendo potete potreste prego",
    "SELLV": "vendete vendere venduto venduti rivendete",
    "DISCOMFORT": "fastidio non_mi_piace infastidisce disturba",
    "PRIVACY": "privacy riservatezza",
    "VIOLATED": "violazione violata rispettata",
    "SIGNED": "iscritto iscritta registrato registrata",
    "ENOUGH": "basta_con basta_coi basta_con_le",
    "ORDINAL": "seconda terza quarta secondo terzo quarto",
    "MAILN": "email mail messaggio lettera richiesta sollecito",
    "KEEP2": "conservare tenere avere mantenere",
    "RECORDED": "registrato registrati registrata salvato conservato",
    "CURIOUS": "curioso curiosa",
    "REPLACE": "sostituitela sostituitelo sostituite sostituire",
    "THEY": "loro",
    "CONSIDER": "consideratela consideratelo considerate",
    "UNDONE": "tolta tolto revocata revocato annullata annullato ritirata",
    "CONSENTED": "dato_il_consenso dato_il_mio_consenso spuntato spuntata accettato avevo_accettato",
    "FOLLOWED": "seguito seguita tracciato tracciata monitorato",
    "NOPE": "no",
    "NOTFINE": "non_mi_va_bene",
    "DOWITHOUT": "farei_a_meno volentieri_a_meno a_meno",
    "ANYONE": "chiunque tutti",
    "CANV": "possa puo possano possono",
    "SEEV2": "vedere consultare accedere leggere aprire",
    "UNTIL3": "finche fino_a fino_alla fino_al",
    "PASSV": "passare passino trasmessi comunicati inviati ceduti",
    "DECISION2": "punteggio_di_rischio raddoppiato raddoppiata aumentato",
    "RATHER": "preferirei preferisco",
    "CHECKV": "verificare verificate controllare controllate",
    "DEL": "buttare buttate buttatelo buttatela",
    "TIMES": "seconda_volta tre_volte terza_volta due_volte piu_volte",
    "ASKV": "chiedo chiesto richiesta scrivo scritto email sollecito",
    "LOADV": "importi importare carichi caricare legga leggere usi usare",
    "PUBLISHED": "interview* clip* fragment* testimonial* video* intervista*",
    # "despite my request of 3 March (you still …)": asked before and not honoured (shared frame)
    "DESPITE": "nonostante malgrado",
    "PRIOR_ASK": "richiesta richieste opposizione reclamo lettera email mail sollecito",
    # privacy concern (Art. 5(1)(c) minimisation, 12-14 transparency): what a company asks of the writer
    "PC_ASKV": "chiedete chiede chiedono volete vuole vogliono pretendete pretende raccogliete serve servono",
    "PC_PERSONAL": "data_di_nascita carta_d_identita documento passaporto patente codice_fiscale stato_civile reddito "
    "stipendio contatti rubrica foto fotocamera microfono posizione spostamenti questionario targa carta "
    "cellulare numero_di_cellulare",
    "PC_UNWANTED": "chiamano chiamate chiamato telefonate telefonano spam",
    "PC_AGREEMENT": "consenso permesso autorizzazione",
}

RULES = (
    spec(
        "x.objection.leave_out",
        "objection",
        "lasciate ~2 fuori ~2 MY ~2 OBJ|DATA",
        "lasciate ~2 MY ~2 OBJ|DATA ~2 fuori",
        over="erasure",
    ),
    spec("x.portability.new_can_load", "portability", "OTHER ~3 LOADV", weak=True),
    spec(
        "x.withdraw_consent.prefer_not",
        "withdraw_consent",
        "RATHER ~2 che ~1 non ~2 faceste|usaste|utilizzaste ~1 piu?",
        need="CONSENTED|CONSENT",
        over="direct_marketing",
        neg=False,
    ),
    spec("x.access.still_have", "access", "avete ~1 ancora ~4 MY|OBJ ~3 OBJ|DATA", alone=True),
    spec(
        "x.erasure.rather_not", "erasure", "RATHER ~2 che ~1 non ~1 conservaste|conserviate|teneste|teniate", neg=False
    ),
    spec(
        "x.erasure.nothing_left",
        "erasure",
        "non ~1 resti|rimanga ~2 piu? ~1 niente|nulla ~2 di ~1 mio|mia|me",
        neg=False,
    ),
    spec("x.access.check_whether", "access", "CHECKV ~2 se ~6 MY ~2 DATA|OBJ|FIELD ~4 ancora|sono"),
    spec("question_about.how_do_i", "question_about", "come ~1 esporto|scarico|cancello|elimino|cambio|tolgo"),
    spec(
        "x.erasure.no_reason",
        "erasure",
        "piu ~1 motivo|ragione ~2 di ~1 KEEP2",
        "nessun ~1 motivo|ragione ~2 di ~1 KEEP2",
        neg=False,
    ),
    spec("x.access.copy_of_that", "access", "vorrei|voglio ~2 una ~1 copia", need="RECORDED"),
    spec(
        "x.access.curious",
        "access",
        "curioso|curiosa ~3 di ~1 sapere ~2 cosa|che ~10 su|sulla|sul ~1 MY|me",
        "posso ~1 vederlo|vederla|vederli",
    ),
    spec("x.portability.their_format", "portability", "formato ~3 che ~1 usano|utilizzano|leggono", weak=True),
    spec("x.rectification.replace", "rectification", "REPLACE ~3 con ~2 @EMAIL|@NUM|FIELD"),
    spec("x.repeated_request.nth", "repeated_request", "ORDINAL ~1 MAILN", "aspetto ~2 da ~3 settimane|mesi|giorni"),
    spec("x.direct_marketing.unsolicited", "direct_marketing", "mai ~2 SIGNED", need="MKT", neg=False, alone=True),
    spec("x.direct_marketing.enough", "direct_marketing", "ENOUGH ~3 MKT|telefonate|chiamate", neg=False),
    spec("x.restriction.nothing_until", "restriction", "nulla|niente ~6 finche|fino", neg=False),
    spec(
        "b.rectification", "rectification", "FIX2|CORRECT ~15 FIELD", "FIELD ~15 FIX2|CORRECT", need="WRONG", alone=True
    ),
    spec("cancellation.number_porting", "cancellation", "portabilita ~3 numero", "PORTNUM"),
    spec("question_about.third_person", "question_about", "puo ~1 un ~1 cliente|utente|consumatore"),
    spec(
        "x.access.linked",
        "access",
        "DATA ~3 sono ~1 LINKED ~2 alla|al|ai|alle ~1 MY",
        "tutto ~3 avete ~1 REGISTERED ~3 mio ~1 nome",
        "conservate|avete ~1 ancora ~3 DATA ~3 mi ~1 riguardano",
    ),
    spec("x.direct_marketing.hear", "direct_marketing", "NEG ~2 piu ~2 HEARV ~4 MKT", neg=False),
    spec(
        "x.erasure.forget", "erasure", "vi ~1 dimentichiate|dimenticate ~3 tutto|me", "DEL ~3 ogni|qualsiasi ~1 TRACE"
    ),
    spec("x.restriction.before", "restriction", "NEG ~1 STOPUSE|passate ~12 UNTIL2", neg=False),
    spec("x.withdraw_consent.no_longer", "withdraw_consent", "NEG ~1 vi ~1 autorizzo ~1 piu", neg=False),
    spec("x.portability.transfer", "portability", "TRANSFER ~6 OTHER ~2 SERVICE2", weak=True),
    spec("x.objection.not_accept", "objection", "NEG ~1 accetto ~2 che ~6 PROFILING", neg=False),
    spec("x.access.whether", "access", "sapere ~2 se ~2 HOLDV ~4 DATA ~3 su|di ~1 me"),
    spec(
        "x.access.see_file",
        "access",
        "SEEV ~3 MY ~2 OBJ|DATA",
        "GETV ~2 una ~1 COPY ~2 del|della|dei|di ~2 MY",
        need="REQ",
    ),
    spec("x.access.purposes", "access", "PURPOSE ~6 MY ~2 DATA|OBJ|FIELD"),
    spec(
        "x.privacy_concern.safe",
        "privacy_concern",
        "cosa ~1 fate ~1 con ~2 MY ~2 DATA|OBJ|FIELD",
        "MY ~2 DATA ~2 sono ~1 SAFE",
    ),
    spec(
        "x.direct_marketing.not_contacted", "direct_marketing", "NEG ~2 voglio ~1 piu ~2 essere ~1 CONTACTED", neg=False
    ),
    spec("x.erasure.anon", "erasure", "ANON ~3 MY ~2 DATA|OBJ"),
    spec(
        "x.objection.not_used",
        "objection",
        "NEG ~1 voglio ~2 che ~4 DATA|OBJ ~3 vengano|siano ~1 USEDV ~4 PROFILING",
        neg=False,
    ),
    spec(
        "x.direct_marketing.not_used",
        "direct_marketing",
        "NEG ~1 voglio ~2 che ~4 DATA|OBJ ~3 vengano|siano ~1 USEDV ~4 MKT",
        neg=False,
    ),
    # ---- privacy concern (Art. 5, 12-14): questions and worries about handling, no right exercised
    # "a cosa vi serve sapere il mio stato civile?", "perché mi chiedete la carta d'identità?"
    spec(
        "x.privacy_concern.what_for",
        "privacy_concern",
        "a_cosa|a_che ~2 serve|servono|servira ~5 DATA|FIELD|PC_PERSONAL|OBJ",
        "perche ~3 PC_ASKV ~6 DATA|FIELD|PC_PERSONAL|OBJ",
        q=False,
    ),
    # "è normale che l'app voglia accedere ai miei contatti?", "le sembra corretto esporre queste informazioni?"
    spec(
        "x.privacy_concern.is_it_normal",
        "privacy_concern",
        "normale ~1 che ~8 DATA|FIELD|PC_PERSONAL|OBJ",
        "sembra ~1 corretto|normale|giusto|legale ~4 DATA|FIELD|PC_PERSONAL|OBJ",
        q=False,
    ),
    # "mi mette a disagio che l'operatore vedesse il mio storico": unease about handling of the writer's data
    spec(
        "x.privacy_concern.uneasy",
        "privacy_concern",
        "mette|mettono ~2 disagio",
        "mi ~1 preoccupa|preoccupano|inquieta|inquietano",
        need="DATA|FIELD|PC_PERSONAL|OBJ",
        alone=True,
    ),
    # "chi nella vostra azienda può leggere il questionario?": internal access to the writer's data
    spec(
        "x.privacy_concern.who_reads",
        "privacy_concern",
        "chi ~4 puo|possono|potra|potranno ~1 leggere|vedere|accedere|consultare",
        need="DATA|FIELD|PC_PERSONAL|OBJ",
        q=False,
    ),
    # "a chi avete passato i miei dati?": recipients asked with evident worry = access + privacy_concern
    spec(
        "x.privacy_concern.to_whom",
        "privacy_concern",
        "a_chi ~3 avete ~1 passato|dato|venduto|ceduto|inviato|comunicato ~2 MY",
        need="PC_UNWANTED",  # a bare "a chi avete passato i miei dati?" is access alone
        q=False,
    ),
    # "non ho mai dato il consenso a questo": a use the writer never agreed to (not a charge)
    spec(
        "x.privacy_concern.never_agreed",
        "privacy_concern",
        "mai ~3 dato ~2 il|mio ~1 PC_AGREEMENT",
        "senza ~1 il? ~1 mio ~1 PC_AGREEMENT",
        alone=True,
        neg=False,
    ),
    # "vendete i miei dati agli inserzionisti?": a question on disclosure, no right exercised (Art. 13-14)
    spec(
        "x.privacy_concern.do_you_sell",
        "privacy_concern",
        "vendete|condividete|cedete|passate|comunicate|rivendete ~4 DATA|FIELD|PC_PERSONAL",
        alone=True,
        q=False,
    ),
    # "come proteggete i miei dati?": a question about security of the writer's data (Art. 32)
    spec(
        "x.privacy_concern.how_protect",
        "privacy_concern",
        "come ~2 proteggete|custodite|conservate|gestite ~4 DATA|FIELD|PC_PERSONAL|OBJ",
        alone=True,
        q=False,
    ),
    *SHARED_RULES,
)
