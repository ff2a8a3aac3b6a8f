"""Italian word classes and rules (see `plugin.core.rulematch` for the notation).

"Cancellare" is delete (data, account) or cancel (order, booking): its object decides. Imperatives
carry their pronouns ("cancellatemi", "disiscrivetemi"): verb stems are prefixes.
"""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "it"
SUFFIXES = ("", "are", "ate", "o", "a", "i", "e", "ato", "ata", "ati", "ere", "ire", "zione", "zioni")
FUZZY = ("DEL", "DATA", "ACCOUNT", "UNSUB", "MKT", "CONSENT", "CORRECT", "PORT", "OBJECT", "WITHDRAW")

CLASSES = {
    "ME": "me mi",
    "MY": "mio mia miei mie mi me",
    "MINE": "mio mia miei mie mi me",
    "POSS": "mio mia miei mie",
    "YOU": "voi vostro vostra vostri vostre vi",
    "HIS": "suo sua suoi sue",
    "NEG": "non nn mai invece_di anziche",
    "IF": "se qualora in_mancanza",
    "NECESSARY": "necessari necessario necessaria necessarie",
    "PLEASE": "per_favore x_favore vi_prego prego chiedo vi_chiedo vorrei",
    "STILL": "ancora come_mai",
    "HARD": "riesco trovo come dove so capisco",
    "WHAT": "cosa che quali quale cos_altro",
    "ABOUT_ME": "su_di_me di_me mi_riguardano su_di_lui su_di_lei",
    "EVERYTHING": "tutto tutti tutte",
    "DATA": "dati dato informazioni dati_personali anagrafica storico cronologia foto immagini registrazioni note "
    "modello_biometrico",
    "ACCOUNT": "account profilo area_clienti iscrizione",
    "FIELD": "nome cognome indirizzo indirizzo_email email mail telefono cellulare numero codice_fiscale "
    "data_di_nascita nascita residenza sesso",
    "SYSTEM": "sistema sistemi banca_dati archivi archivio liste database registri elenco sito",
    "MKT": "newsletter* pubblicita* promozional* promozioni offerte offerta marketing comunicazioni_commerciali "
    "volantin* catalog*",
    "MSG": "email mail messaggi sms telefonate chiamate lettere notifiche whatsapp",
    "CONSENT": "consenso* liberatoria autorizzazione",
    "ORDER": "ordine* spedizione* consegna* pacco* carrello prenotazione* reso biglietto",
    "CONTRACT": "abbonamento* contratto* conto_corrente tariffa piano servizio",
    "INVOICE": "fattura* bolletta* ricevuta* scontrino",
    "PROFILING": "profilazione profili analis* statistic* ricerche_di_mercato tracciamento comportamento punteggi "
    "monitoraggio personalizza*",
    "HUMAN": "persona una_persona umano essere_umano operatore in_carne_e_ossa dipendente consulente",
    "AUTO": "automatic* automatizzat* algoritmo* sistema pochi_secondi bot",
    "DECISION": "decisione rifiutat* rifiuto negat* sospes* bloccat* ridott*",
    "DEL": "cancell* elimin* rimuov* rimoss* togli* distrugg*",
    "STOP": "basta smettete smettere smettetela finitela",
    "SEND": "chiama* manda* invia* scriv* contatta* telefona*",
    "RECEIVE": "ricever* arrivano",
    "UNSUB": "disiscriv* opt_out annullare_l_iscrizione",
    "OBJECT": "oppongo opporre opposizione opporsi",
    "WITHDRAW": "revoc* ritir*",
    "CORRECT": "corregg* rettific* aggiorn* modific* sistemate sistemare",
    "WRONG": "errat* sbagliat* errore errori non_e_corretto inesatt*",
    "REPL": "quello_corretto quella_corretta il_mio_e la_mia_e invece_di",
    "COPY": "copia copie prospetto",
    "GIVE": "mandatemi inviatemi fornitemi datemi mandarmi inviarmi fornirmi",
    "HOLD": "avete sapete conservate raccogliete trattate registrato usate",
    # "leggibile" alone is a readable copy (access); "leggibile da dispositivo automatico" is Art. 20.
    "PORT": "portabilita csv json xml gpx formato_strutturato leggibile_da_dispositivo* leggibile_da_altri "
    "leggibile_da_macchina leggibile_da_computer leggibile_automaticamente esportabile",
    "USE": "usare usati usato usata usata utilizz* condivis* condivider* trattar* mostr*",
    "WORRY": "preocupat* mi_sembra_eccessivo non_mi_e_piaciuto",
    "AUTH_BODY": "polizia carabinieri guardia_di_finanza procura_della_repubblica questura polizia_postale "
    "agenzia_delle_entrate "
    "procedimento_penale",
    "ACCESS_N": "diritto_di_accesso richiesta_di_accesso istanza_di_accesso accesso_ai_dati",
    "LAWYER": "avvocat* azioni_legali vie_legali tribunale diffida in_nome_e_per_conto mia_assistita "
    "mio_assistito decreto_ingiuntivo",
    "CHILD": "figlio figlia figli bambino bambina",
    "MINOR": "minorenne minorenni",
    "SENSITIVE": "salute referti referto fisioterap* cartella_clinica "
    "medic* malatti* diagnos* psicoterap* psicolog* terapia fumatore battito del_sonno biometric* "
    "riconoscimento_facciale impronte religion* religios* etnic* orientamento_sessuale sindacal* casellario "
    "gravidanza incinta disabilita",
    "RELATIVE": "marito moglie compagno compagna madre padre mamma papa fratello sorella amico amica vicino nonna "
    "nonno genitori suocera",
    "BREACH": "data_breach violazione_dei_dati rubati di_un_altro_cliente a_qualcun_altro hacker* hackerat*",
    "MEDIA": "giornalist* quotidian* giornali giornale redazione striscia_la_notizia stampa le_iene",
    "REPEAT": "sollecito seconda_richiesta nessuna_risposta senza_risposta nessun_riscontro vi_ho_gia ancora_nulla "
    "sono_passati vi_ricordo senza_ottenere senza_alcun_riscontro",
    "B2B": "responsabile_del_trattamento sub_responsabili ufficio_acquisti poliambulatorio data_center atto_di_nomina",
    "SPAM": "follower rispondi_a_questa_mail al_seguente_link accesso_anomalo verifichi_i_suoi_dati",
    "OOO": "risposta_automatica fuori_ufficio fuori_sede",
    "QGENERIC": "per_curiosita in_genere tesina una_domanda voglio_solo_capire",
    "PAYMENT": "iban metodo_di_pagamento carta_di_credito coordinate_bancarie",
    "PUBLISHED": "recensione recensioni commento commenti foto annuncio",
    "DONE": "cancellato eliminato disdetto rimosso tolto",
}

RULES = (
    # ---- access
    spec(
        "access.what_hold",
        "access",
        "cosa|che ~3 HOLD ~2 ABOUT_ME",
        "WHAT ~3 DATA ~4 HOLD ~3 ABOUT_ME",
        "cos_altro ~2 HOLD ~2 ABOUT_ME",
        weak=True,
    ),
    spec(
        "access.know_what",
        "access",
        "sapere ~3 WHAT ~4 DATA",
        "sapere ~2 cosa ~3 consegnato|comunicato|trasmesso",
        "vedere ~3 cosa ~4 profilo|account",
        "sapere ~2 da_chi|da_dove",
    ),
    spec("access.noun", "access", "ACCESS_N", "accesso ~1 a|ai ~4 DATA"),
    spec("access.exposed", "access", "quali ~2 DATA ~5 esposti|coinvolti|rubati|violati"),
    spec("access.retention", "access", "quanto_tempo ~3 conservate|tenete|HOLD ~3 MY"),
    spec("access.copy", "access", "COPY ~3 MY? ~1 DATA"),
    spec("access.mine", "access", "WHAT ~1 DATA ~1 miei|mie|mio", "conoscere ~3 criteri|dati"),
    spec("access.recipients", "access", "a_chi ~3 passate|comunicati|ceduti|trasmessi"),
    spec(
        "access.source_noun", "access", "indicar*|sapere|dirmi|comunicar* ~3 origine|fonte ~2 di|dei|del|della ~3 DATA"
    ),
    # "la cancellazione dalla vostra mailing list": leaving a list is unsubscribing, not erasure
    spec("direct_marketing.off_list", "direct_marketing", "DEL ~1 dalla|dalle|dal|dai|da ~2 LIST", over="erasure"),
    # ---- rectification
    spec("rectification.verb_field", "rectification", "CORRECT ~3 MY|il|la|lo|questo ~2 FIELD|DATA|anagrafica"),
    spec(
        "rectification.clitic",
        "rectification",
        "correggerlo|correggerla|correggere|sistemate|rettificare",
        need="FIELD|WRONG",
    ),
    spec(
        "rectification.field_wrong", "rectification", "FIELD ~4 WRONG", "WRONG ~3 FIELD", neg=False, need="CORRECT|REPL"
    ),
    spec("rectification.new_value", "rectification", "nuovo|nuova ~1 FIELD"),
    spec("rectification.noun", "rectification", "rettifica"),
    # ---- erasure
    spec("erasure.verb_obj", "erasure", "DEL ~4 DATA|ACCOUNT|EVERYTHING|FIELD|foto|immagini"),
    spec("erasure.me", "erasure", "cancellatemi|eliminatemi|toglietemi|cancellarmi|eliminarmi"),
    spec("erasure.passive", "erasure", "DATA|ACCOUNT ~5 vengano|siano|venga ~1 DEL"),
    spec(
        "erasure.noun",
        "erasure",
        "cancellazione ~1 di|dei|del|della|delle ~2 DATA|ACCOUNT|MY|tutti",
        "richiesta|chiedo|diritto ~2 cancellazione",
        "diritto_all_oblio",
    ),
    # ---- restriction
    spec(
        "restriction.verb",
        "restriction",
        "limitazione ~3 trattamento",
        "trattamento ~3 limitat*",
        "limitare ~3 trattamento",
        "resti|rimanga ~1 bloccat*",
        "bloccare ~3 DATA",
    ),
    spec("restriction.until", "restriction", "finche|fino_a_quando|in_attesa ~12 NEG ~5 USE|venga", neg=False),
    # ---- portability
    spec("portability.format", "portability", "PORT"),
    spec(
        "portability.export",
        "portability",
        "esport* ~3 MY|tutto|tutti",
        "importar* ~4 altro|altra|nuovo",
        "trasferire ~4 altra|altro",
        "portarmi_via",
    ),
    # ---- objection
    spec(
        "objection.object",
        "objection",
        "mi ~1 oppongo",
        "opposizione ~3 trattamento",
        "NEG ~2 voglio ~2 essere ~1 analizzat*",
    ),
    spec("objection.profiling", "objection", "NEG ~4 USE ~3 per ~3 PROFILING", neg=False),
    # ---- direct marketing
    spec("direct_marketing.unsubscribe", "direct_marketing", "UNSUB", over="erasure"),
    spec(
        "direct_marketing.stop",
        "direct_marketing",
        "non|nn ~1 chiamatemi|contattatemi|scrivetemi|contattarla|chiamarla|contattarmi|chiamarmi ~1 piu",
        "basta ~2 MKT|MSG",
        "STOP ~2 di ~1 SEND",
        "STOP ~4 MKT",
        "NEG ~1 SEND ~2 piu",
        "NEG ~3 RECEIVE ~3 niente|MKT|MSG",
        "arrivano ~1 ancora ~4 MKT",
        neg=False,
    ),
    spec("direct_marketing.object", "direct_marketing", "OBJECT|WITHDRAW ~12 MKT", over="objection", neg=False),
    # ---- automated decision
    spec(
        "automated_decision.human",
        "automated_decision",
        "HUMAN ~5 riveda|rivaluti|riesamin*",
        "rivalutata|riesaminata|riesaminato|rivista ~3 da ~2 HUMAN",
        "revisione ~4 HUMAN",
        need="AUTO|DECISION",
    ),
    # ---- consent
    spec("withdraw_consent.verb", "withdraw_consent", "WITHDRAW ~3 CONSENT", "la|lo ~1 revoco", need="CONSENT"),
    # ---- privacy concern
    spec(
        "privacy_concern.where_from",
        "privacy_concern",
        "da_dove ~3 avete ~1 preso|avuto",
        "come ~2 avete ~1 ottenuto|avuto|preso|trovato ~2 MY",
    ),
    spec(
        "privacy_concern.why",
        "privacy_concern",
        "perche ~2 vi ~1 serve",
        "chi ~1 la|li|lo ~1 vede",
        "come ~1 gestite",
        "se ~2 li ~1 passate ~2 a ~1 qualcuno",
        "WORRY",
    ),
    # "sono preoccupato per il mio pacco": a worry about a delivery is a service matter, not about data
    spec(
        "service_contact.parcel_worry", "service_contact", "WORRY ~4 pacco|pacchi|ordine|consegna|spedizione|rimborso"
    ),
    spec("access.send_me", "access", "GIVE ~3 tutti|MY ~3 DATA", weak=True),
    spec("access.get_to", "access", "acceder* ~1 ai|a|al ~3 DATA"),
    spec("objection.not_used_long", "objection", "NEG ~7 USE ~3 per ~3 PROFILING", neg=False),
    spec("erasure.published", "erasure", "DEL ~3 PUBLISHED"),
    spec(
        "direct_marketing.no_more",
        "direct_marketing",
        "NEG ~2 piu ~3 MKT",
        "NEG ~1 voglio ~1 piu ~3 MKT|MSG",
        neg=False,
    ),
    # ---- escalations
    spec("legal_action.lawyer", "legal_action", "LAWYER"),
    spec("child_data.child", "child_data", "MY ~1 CHILD", "MINOR", "CHILD ~3 @NUM ~1 anni"),
    spec("special_category.sensitive", "special_category", "SENSITIVE"),
    spec("third_party_data.relative", "third_party_data", "MY ~1 RELATIVE", need="HIS"),
    spec(
        "third_party_data.behalf",
        "third_party_data",
        "per_conto_di|a_nome_di ~1 MY ~1 RELATIVE",
        "defunto|deceduto|mancato",
    ),
    spec("data_breach.leak", "data_breach", "BREACH"),
    spec("authority_request.police", "authority_request", "AUTH_BODY"),
    spec("media.journalist", "media", "MEDIA"),
    spec("repeated_request.again", "repeated_request", "REPEAT", "vi ~1 ho ~1 chiesto", "termine ~3 decorso|scaduto"),
    # ---- hard negatives
    spec(
        "cancellation.contract",
        "cancellation",
        "disdett*|disdire|recesso|recedere",
        "estinzione|chiusura ~2 conto",
        "sospendere ~2 CONTRACT",
        "portabilita ~3 numero",
        "cancellare|annullare ~3 ORDER|CONTRACT",
    ),
    spec("account_access.login", "account_access", "password|credenziali|otp", "non_riesco_ad_accedere"),
    spec(
        "order_change.order",
        "order_change",
        "ORDER ~1 @NUM|n",
        "dell_ordine|dall_ordine|nella_prenotazione",
        "indirizzo_di_consegna",
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
        "come ~1 si",
        "come ~1 posso|faccio ~1 a? ~1 DEL|UNSUB|CORRECT",
        "posso ~2 chiedere|richiedere",
        "ho ~1 diritto",
        "posso ~1 CORRECT|DEL|correggerlo",
    ),
    spec("question_general.curious", "question_general", "QGENERIC"),
    spec("hypothetical.if_i", "hypothetical", "se ~2 decidessi|dovessi|un_giorno"),
    spec("past_self.done", "past_self", "ho ~2 DONE", "avevo ~1 chiesto ~1 di ~1 DEL"),
    spec("past_self.thanks", "past_self", "grazie ~1 per ~1 aver|avere ~1 DEL|CORRECT"),
    spec("please.marker", "please", "PLEASE"),
    spec("replacement.value", "replacement", "REPL", "nuovo|nuova ~1 FIELD"),
    spec("keep.keep", "keep", "conservare ~4 DATA|filmato", "NEG ~2 DEL", "mi_servono|mi_serve"),
    spec("stop_use.stop", "stop_use", "NEG ~2 voglio ~3 USE", "NEG ~2 mostr*|usat*|condivid*"),
)
