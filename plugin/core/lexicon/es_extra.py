"""Spanish broad expansions (see `plugin.core.lexicon`): more ways to ask for each right, one concept per
rule: whether you hold my data, let me see my file, why do you need my X, leave me alone, I don't want
my data used for Y, I no longer consent."""

from __future__ import annotations

from plugin.core.lexicon.shared_frames import SHARED_RULES
from plugin.core.rulematch import spec

LANG = "es"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    # 'I've changed my mind' beside an earlier yes (CONSENTED): the yes is taken back (Art. 7(3))
    "MINDCHANGE": "ya_no_quiero ahora_no_quiero me_echo_atras "
    "he_cambiado_de_opinion cambiado_de_idea ya_no_estoy_de_acuerdo",
    "SEEV": "consultar acceder",
    "GETV": "recibir obtener tener",
    "PURPOSE": "finalidad finalidades con_que_fin",
    "SAFE": "seguros seguras protegidos protegidas",
    "CREEPY": "abusivo abusiva excesivo excesiva invasivo invasiva inaceptable escandaloso",
    "LEAVE": "dejenme_en_paz dejadme_en_paz dejenme_tranquilo dejenme_tranquila",
    "CONTACTED": "contactado contactada llamado llamada molestado molestada",
    "USEDV": "usen utilicen usados usadas utilizados utilizadas compartan compartidos analicen analizados vendan cedan",
    "ANON": "anonimicen anonimizar anonimizados",
    "HOLDV": "tienen teneis guardan conservan tratan almacenan",
    "LINKED": "vinculada vinculado vinculados vinculadas asociada asociado asociados asociadas ligada ligados",
    "COLLECT": "recoge recogen recopila recopilan guarda guardan registra registran almacena almacenan",
    "TRACE": "rastro rastros huella_mia",
    "UNTIL2": "antes_de_que antes_de",
    "TRANSFER": "pasarlos pasarlas transferir transferirlos llevarlos migrar pasar",
    "SERVICE2": "servicio proveedor plataforma compania empresa app aplicacion banco",
    "PROFILING": "analic* comportamiento",
    "BUTTON": "boton botones",
    "PORTNUM": "conservar_mi_numero",
    "QGENERIC": "tfg tfm tesis trabajo_de_clase",
    "REQ": "por_favor porfa quiero quisiera solicito pido exijo pueden podrian favor_de ruego",
    "SELLV": "venden vendeis vender vendido revenden",
    "DISCOMFORT": "incomoda molesta no_me_parece_bien no_me_gusta",
    "PRIVACY": "privacidad intimidad",
    "VIOLATED": "respeta respetan violacion vulnera vulneran",
    "SIGNED": "apunte suscribi inscribi registre",
    "ENOUGH": "basta_ya_de basta_de harto_de harta_de",
    "ORDINAL": "segundo segunda tercer tercera cuarto cuarta",
    "MAILN": "correo email mail mensaje carta solicitud peticion reclamacion",
    "KEEP2": "conservar guardar tener almacenar",
    "RECORDED": "grabaron grabado registraron registrado guardaron guardado",
    "CURIOUS": "curiosidad curioso curiosa",
    "REPLACE": "sustituyanlo sustituyanla sustituir sustituid reemplacen reemplazar reemplazadlo",
    "THEY": "ellos ellas",
    "CONSIDER": "consideren considerad tomen",
    "UNDONE": "desmarcado desmarcada retirado retirada anulado anulada",
    "CONSENTED": "dije_que_si marque marcado acepte",
    "FOLLOWED": "sigan siguen rastreen vigilen",
    "NOPE": "no",
    "NOTFINE": "no_me_parece_bien",
    "DOWITHOUT": "me_sobran sobran me_sobra",
    "ANYONE": "cualquiera cualquier_persona todo_el_mundo",
    "CANV": "pueda puede puedan pueden",
    "SEEV2": "ver consultar acceder leer abrir",
    "UNTIL3": "mientras hasta_que hasta",
    "PASSV": "pasar pasen ceder comunicar enviar transmitir",
    "DECISION2": "calificacion_de_riesgo duplicado duplicada triplicado subido",
    "OUT_ME": "sacarme saquenme sacadme quitenme quitadme quitarme borrarme borrenme borradme eliminarme eliminenme "
    "excluirme",
    "STILLQ": "todavia aun siguen",
    "RATHER": "preferiria prefiero",
    "CHECKV": "comprobar comprueben verificar revisar",
    "TIMES": "tercera_vez segunda_vez dos_veces tres_veces varias_veces",
    "ASKV": "pido pedi pedido solicito solicite solicitud escribo escribi escrito correo reclamo",
    "LOADV": "importe importar cargue cargar lea leer use usar",
    "PUBLISHED": "interview* clip* fragment* testimonial* video* entrevista*",
    # "despite my request of 3 March (you still …)": asked before and not honoured (shared frame)
    "DESPITE": "a_pesar_de pese_a",
    "PRIOR_ASK": "solicitud solicitudes peticion oposicion reclamacion carta correo requerimiento",
    # privacy concern (Art. 5(1)(c) minimisation, 12-14 transparency): what a company asks of the writer
    "PC_ASKV": "necesitan necesitais quieren quereis piden pedis exigen exigis recogen saber",
    "PC_PERSONAL": "fecha_de_nacimiento dni nie pasaporte carne_de_conducir seguridad_social estado_civil ingresos "
    "sueldo contactos agenda fotos camara microfono ubicacion localizacion cuestionario tarjeta matricula "
    "numero_de_movil movil telefono",
    "PC_UNWANTED": "llaman llamadas llamando llamado spam mensajes_no_deseados",
    "PC_AGREEMENT": "permiso consentimiento autorizacion",
    "WORRY": "intranquila intranquilo inquieta inquieto",
}

RULES = (
    spec("x.objection.leave_out", "objection", "dejen|dejad ~2 MY ~2 OBJ|DATA ~2 fuera", over="erasure"),
    spec("x.portability.new_can_load", "portability", "OTHER ~3 LOADV", "OTHER ~3 pueda ~1 LOADV", weak=True),
    spec(
        "x.withdraw_consent.prefer_not",
        "withdraw_consent",
        "RATHER ~2 que ~1 no ~1 lo|la|los? ~1 hicieran|usaran|utilizaran",
        need="CONSENTED|CONSENT",
        over="direct_marketing",
        neg=False,
    ),
    spec("x.access.still_have", "access", "STILLQ ~1 tienen|teneis|guardan ~4 MY|OBJ ~3 OBJ|DATA", alone=True),
    spec(
        "x.erasure.rather_not", "erasure", "RATHER ~2 que ~1 no ~1 guardaran|guarden|conservaran|conserven", neg=False
    ),
    spec("x.access.check_whether", "access", "CHECKV ~2 si ~6 MY ~2 DATA|OBJ|FIELD ~4 siguen|estan|todavia"),
    spec("question_about.how_do_i", "question_about", "como ~1 exporto|descargo|borro|elimino|cambio|quito|bajo"),
    spec("x.erasure.no_reason", "erasure", "ningun|no ~2 motivo|razon ~3 para ~1 KEEP2", neg=False),
    spec("x.access.copy_of_that", "access", "gustaria|quiero|quisiera ~2 tener? ~1 una ~1 copia", need="RECORDED"),
    spec(
        "x.access.curious",
        "access",
        "curiosidad|curioso|curiosa ~4 saber ~2 que ~10 sobre ~1 MY|mi",
        "puedo ~1 verlo|verla|verlos",
    ),
    spec("x.portability.their_format", "portability", "formato ~3 que ~1 THEY ~1 usen|utilicen|lean", weak=True),
    spec("x.rectification.replace", "rectification", "REPLACE ~3 por ~2 @EMAIL|@NUM|FIELD"),
    spec(
        "x.repeated_request.nth",
        "repeated_request",
        "ORDINAL ~1 MAILN",
        "llevo ~3 semanas|meses ~2 esperando",
        "espero ~2 desde_hace ~3 semanas|meses",
    ),
    spec(
        "x.direct_marketing.unsolicited",
        "direct_marketing",
        "nunca ~2 me? ~1 SIGNED",
        need="MKT",
        neg=False,
        alone=True,
    ),
    spec("x.direct_marketing.enough", "direct_marketing", "ENOUGH ~3 MKT|llamadas", neg=False),
    spec("x.restriction.nothing_until", "restriction", "nada ~6 hasta|mientras", neg=False),
    spec("x.privacy_concern.why_need", "privacy_concern", "por_que ~3 necesitan|necesitais|quieren|piden|pedis ~4 MY"),
    spec(
        "b.rectification", "rectification", "FIX2|CORRECT ~15 FIELD", "FIELD ~15 FIX2|CORRECT", need="WRONG", alone=True
    ),
    spec("cancellation.number_porting", "cancellation", "portabilidad ~3 numero|linea", "PORTNUM"),
    spec("question_about.third_person", "question_about", "puede ~1 un ~1 cliente|usuario|consumidor"),
    spec(
        "x.access.linked",
        "access",
        "DATA ~3 esta|estan ~1 LINKED ~2 a ~2 MY",
        "saber ~2 que ~4 COLLECT ~3 sobre|de ~1 mi",
        "siguen|seguis ~1 guardando|teniendo ~3 DATA",
    ),
    spec(
        "x.direct_marketing.no_more",
        "direct_marketing",
        "ni ~1 un|una ~2 MKT|MSG ~2 mas",
        "ni ~1 un|una ~1 MSG ~1 publicitario|publicitaria ~1 mas",
        neg=False,
    ),
    spec("x.erasure.forget", "erasure", "se ~1 olviden ~8 mi|conmigo", "DEL ~3 cualquier|todo ~1 TRACE"),
    spec(
        "x.restriction.before",
        "restriction",
        "NEG ~3 STOPUSE ~12 UNTIL2",
        "NEG ~1 pasen|den|cedan|envien ~8 UNTIL2",
        neg=False,
    ),
    spec(
        "x.portability.transfer",
        "portability",
        "TRANSFER ~6 OTHER ~2 SERVICE2",
        "recuperar ~3 MY ~2 DATA ~6 OTHER",
        weak=True,
    ),
    spec("x.objection.not_accept", "objection", "NEG ~1 acepto ~2 que ~6 PROFILING", neg=False),
    spec("x.access.whether", "access", "saber ~2 si ~1 HOLDV ~4 DATA ~3 sobre|de ~1 mi"),
    spec("x.access.see_file", "access", "SEEV ~3 MY ~2 OBJ|DATA", "GETV ~2 una ~1 COPY ~2 de ~2 MY", need="REQ"),
    spec("x.access.purposes", "access", "PURPOSE ~6 MY ~2 DATA|OBJ|FIELD"),
    spec(
        "x.privacy_concern.safe",
        "privacy_concern",
        "que ~1 hacen ~1 con ~2 MY ~2 DATA|OBJ|FIELD",
        "estan ~1 MY ~2 DATA ~2 SAFE",
    ),
    spec(
        "x.direct_marketing.not_contacted",
        "direct_marketing",
        "NEG ~2 quiero ~1 que ~1 me ~1 contacten|llamen|escriban|molesten",
        neg=False,
    ),
    spec("x.erasure.anon", "erasure", "ANON ~3 MY ~2 DATA|OBJ"),
    spec(
        "x.objection.not_used",
        "objection",
        "NEG ~1 quiero ~2 que ~4 USEDV ~4 DATA|OBJ ~4 PROFILING",
        "NEG ~1 quiero ~2 que ~4 DATA|OBJ ~3 se? ~1 USEDV ~4 PROFILING",
        neg=False,
    ),
    spec(
        "x.direct_marketing.not_used", "direct_marketing", "NEG ~1 quiero ~2 que ~4 USEDV ~4 DATA|OBJ ~4 MKT", neg=False
    ),
    # ---- privacy concern (Art. 5, 12-14): questions and worries about handling, no right exercised
    # "¿para qué necesitan mi fecha de nacimiento?", "¿por qué me piden otra vez una foto de mi DNI?"
    spec(
        "x.privacy_concern.what_for",
        "privacy_concern",
        "para_que|por_que ~3 PC_ASKV ~6 MY ~3 DATA|FIELD|PC_PERSONAL|OBJ",
        "por_que ~3 aparece|aparecen|sale|salen|figura ~2 MY ~2 DATA|FIELD|PC_PERSONAL",
        q=False,
    ),
    # "¿quién en su empresa puede leer el cuestionario médico?": internal access to the writer's data
    spec(
        "x.privacy_concern.who_reads",
        "privacy_concern",
        "quien|quienes ~4 puede|pueden|podra|podran ~1 ver|acceder|leer|consultar",
        need="DATA|FIELD|PC_PERSONAL|OBJ",
        q=False,
    ),
    # "¿a quién le han pasado mis datos?": recipients asked with evident worry = access + privacy_concern
    spec(
        "x.privacy_concern.to_whom",
        "privacy_concern",
        "a_quien|a_quienes ~3 han|habeis ~1 pasado|dado|vendido|cedido|enviado ~2 MY",
        need="PC_UNWANTED",  # a bare "¿a quién han pasado mis datos?" is access alone
        q=False,
    ),
    # "nunca he dado mi permiso para eso": a use the writer never agreed to (not a charge)
    spec(
        "x.privacy_concern.never_agreed",
        "privacy_concern",
        "nunca ~3 dado|di ~2 mi ~1 PC_AGREEMENT",
        "sin ~1 mi ~1 PC_AGREEMENT",
        alone=True,
        neg=False,
    ),
    # "me inquieta un poco" after a question about the writer's card data; a parcel is no data worry
    spec(
        "x.privacy_concern.unsettles",
        "privacy_concern",
        "me ~1 inquieta|intranquiliza",
        need="DATA|FIELD|PC_PERSONAL|OBJ",
        alone=True,
    ),
    # "¿venden mis datos a empresas de publicidad?": a question on disclosure, no right exercised (Art. 13-14)
    spec(
        "x.privacy_concern.do_you_sell",
        "privacy_concern",
        "venden|vendeis|comparten|compartis|ceden|cedeis|pasan|pasais|alquilan ~4 DATA|FIELD|PC_PERSONAL",
        alone=True,
        q=False,
    ),
    # "¿quién más de la plantilla sabe lo que tomo?": who else knows the writer's data
    spec(
        "x.privacy_concern.who_else_knows",
        "privacy_concern",
        "quien|quienes ~1 mas ~4 sabe|saben|sabra|conoce|conocen",
        need="DATA|FIELD|PC_PERSONAL|OBJ|SENSITIVE",
        q=False,
    ),
    *SHARED_RULES,
)
