"""Spanish (Spain and Latin America) word classes and rules (see `plugin.core.rulematch`).

Imperatives carry their pronouns ("Borrad", "Mandadme", "actualícenla"): verb stems are prefixes.
"Dar(se) de baja" is cancellation or unsubscribing depending on its object.
"""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "es"
SUFFIXES = ("", "ar", "ad", "en", "an", "o", "a", "e", "eis", "ir", "ado", "ada", "cion", "ciones")
FUZZY = ("DEL", "DATA", "ACCOUNT", "MKT", "CONSENT", "CORRECT", "PORT", "OBJECT", "WITHDRAW")

CLASSES = {
    "ME": "me mi",
    "MY": "mi mis mio mia mios mias me nuestro nuestra",
    "MINE": "mi mis mio mia mios mias me",
    "POSS": "mi mis",
    "IF": "si en_caso_de",
    "YOU": "usted ustedes vosotros os su sus vuestro vuestra vuestros vuestras te tu tus",
    "HIS": "su sus suyo suya suyos suyas",
    "NEG": "no nunca jamas ni tampoco en_lugar_de en_vez_de",
    "NECESSARY": "necesario necesarios necesaria necesarias",
    "PLEASE": "por_favor porfa les_ruego ruego solicito les_pido pido exijo quiero quisiera me_gustaria kiero",
    "STILL": "todavia aun sigo_sin por_que siguen",
    "HARD": "encuentro encontrar consigo como donde se entiendo",
    "WHAT": "que cuales cual",
    "ABOUT_ME": "sobre_mi de_mi mios mias suyos suyas sobre_el sobre_ella",
    "EVERYTHING": "todo todos todas",
    "DATA": "datos dato informacion datos_personales registros expediente ficha historial grabaciones fotos "
    "imagenes informes",
    "ACCOUNT": "cuenta perfil usuario cuenta_de_usuario",
    "FIELD": "nombre apellido apellidos segundo_apellido direccion direccion_fiscal correo email correo_electronico "
    "telefono movil celular numero dni nie fecha_de_nacimiento nacimiento sexo genero fecha",
    "SYSTEM": "sistema sistemas base_de_datos fichero ficheros servidores registros archivo",
    "MKT": "mercadotecnia publicidad publicitari* promocion* ofertas oferta newsletter* boletin* "
    "comunicaciones_comerciales "
    "comercial* marketing folleto* catalogo* spam",
    "MSG": "correos correo mails mail emails email sms mensajes llamadas whatsapp cartas notificaciones",
    "LIST": "lista_robinson lista_de_correo lista_de_distribucion newsletter boletin",
    "CONSENT": "consentim* autorizacion permiso",
    "ORDER": "pedido* entrega* paquete* carrito reserva*",
    "CONTRACT": "suscripcion* contrato* servicio plan tarifa abono gimnasio cuenta_corriente membresia revista",
    "INVOICE": "factura* recibo*",
    "PROFILING": "perfiles elaboracion_de_perfiles perfilado estadistic* estudios analisis seguimiento rastreo "
    "entrenar inteligencia_artificial personaliza* investigacion",
    "HUMAN": "persona una_persona humano humana empleado gestor de_carne_y_hueso manualmente agente",
    "AUTO": "automatic* automatizad* algoritmo* sistema maquina menos_de_un_minuto herramienta tarificador",
    "DECISION": "decision denegad* denego rechaz* desactiv* bloque*",
    "DEL": "borr* elimin* supri* quit* destrui*",
    "STOP": "dejen_de dejad_de deje_de dejar_de basta paren parad",
    "SEND": "mandar mand* enviar envi* llamar llam* escribir contactar",
    "RECEIVE": "recibir recib*",
    "OBJECT": "opongo oponerme oposicion",
    "WITHDRAW": "retiro retirar retirada revoco revocar revocacion",
    "CORRECT": "corregir corrijan corrigieran correg* rectific* actualic* actualiz* modific* cambiadlo cambienlo "
    "poned_bien pongan_bien",
    "WRONG": "mal erroneo erronea erroneos incorrect* equivocad* no_es_mio desactualizad* antigua antiguo",
    "REPL": "lo_correcto la_correcta el_correcto el_actual la_actual y_es debe_ser",
    "COPY": "copia copias listado",
    "GIVE": "envien* enviad* envieme* mandenme mandad* facilit* entreguen proporcion* pasenme",
    "HOLD": "tienen teneis tengais guardado guardados guardan conservan almacenan tratan saben recopil* usan",
    "EXPORT": "export* descarg* llevarme",
    "PORT": "portabilidad csv json xml excel ofx lectura_mecanica legible_por_maquina formato_estructurado",
    "USE": "usar useis usen utilic* utiliz* compart* ceder cesion tratar",
    "WORRY": "preocupa* no_me_quedo_tranquila no_me_quedo_tranquilo",
    "AUTH_BODY": "policia guardia_civil comisaria mossos juzgado diligencias hacienda agencia_tributaria sat "
    "fiscalia requerimiento_judicial",
    "ACCESS_N": "derecho_de_acceso solicitud_de_acceso",
    "LAWYER": "abogad* letrad* demanda* juzgado tribunal* acciones_legales via_judicial burofax "
    "en_nombre_y_representacion mi_representado procurador",
    "CHILD": "hijo hija hijos hijas nino nina",
    "MINOR": "menor menores menor_de_edad",
    "SENSITIVE": "salud fisioterap* historia_clinica "
    "medico medica medicos medicas medicina medicamento* medicacion enfermedad* diagnostic* "
    "incapacidad traumatologo psicolog* menstrual embaraz* discapacidad huella* biometric* religion* religios* "
    "evangelic* catolic* musulman* etnic* orientacion_sexual sindical* sindicato antecedentes_penales",
    "RELATIVE": "marido esposo esposa mujer pareja madre padre mama papa hermano hermana amigo amiga vecino vecina "
    "padres abuelo abuela suegra",
    "BREACH": "filtracion* filtrad* hackead* hacke* brecha de_otra_persona de_otra_clienta de_otro_cliente",
    "MEDIA": "periodista* redactor* a_la_prensa consulta_de_prensa periodico programa_de_consumidores radio "
    "television reportaje",
    "REPEAT": "segunda_solicitud recordatorio sin_respuesta sigo_sin les_reitero reitero mas_de_un_mes les_pedi "
    "os_pedi ya_solicite",
    "B2B": "encargado_del_tratamiento subencargad* nuestra_empresa area_legal licencia",
    "SPAM": "oferta_exclusiva base_de_datos_actualizada muestra_gratuita siguiente_enlace antes_de_48_horas "
    "confirme_sus_datos",
    "OOO": "respuesta_automatica fuera_de_la_oficina estare_fuera",
    "QGENERIC": "pregunta_general por_curiosidad una_duda trabajo_para_clase trabajo_de_fin solo_quiero_saberlo",
    "PAYMENT": "cuenta_bancaria iban metodo_de_pago tarjeta_de_credito datos_bancarios",
    "PUBLISHED": "resena resenas comentario comentarios foto fotos publicacion anuncio",
    "DONE": "borrado eliminado quitado dado_de_baja",
}

RULES = (
    # ---- access
    spec(
        "access.what_hold",
        "access",
        "WHAT ~3 DATA ~5 HOLD ~3 ABOUT_ME",
        "WHAT ~3 HOLD ~3 ABOUT_ME",
        "todo ~2 lo ~2 que ~2 HOLD ~3 ABOUT_ME|MY",
        "WHAT ~3 DATA ~2 ABOUT_ME",
        weak=True,
    ),
    spec("access.know_what", "access", "saber ~3 WHAT ~3 DATA|llamadas|informes"),
    spec("access.exposed", "access", "que ~2 DATA ~3 expuestos|afectados|robados|filtrados"),
    spec("access.noun", "access", "ACCESS_N", "acceso ~1 a ~4 DATA"),
    spec("access.copy", "access", "COPY ~3 de ~2 MY? ~1 DATA"),
    spec(
        "access.recipients",
        "access",
        "a_quien|a_quienes ~4 pasado|dado|cedido|remitido|enviado|remitieron",
        "a_que_empresas",
        "quien ~3 ha ~1 dado",
    ),
    spec("access.source", "access", "saber|digan|decirme|indiquen|informen ~3 de_donde"),
    spec("access.source_noun", "access", "saber|digan|decirme|indiquen|informen ~3 origen|fuente ~2 de ~3 DATA"),
    spec("access.retention", "access", "hasta_cuando|cuanto_tiempo ~4 guardar*|conservar*|guardan|conservan|piensan"),
    spec(
        "access.logic",
        "access",
        "que ~1 criterios",
        "que ~3 DATA ~4 usasteis|usaron|utilizaron|usaban",
        "para_que ~2 los? ~1 usan|utilizan",
    ),
    # ---- rectification
    spec("rectification.verb_field", "rectification", "CORRECT ~4 MY|el|la|lo|los|las ~2 FIELD|DATA|ficha|perfil"),
    spec(
        "rectification.clitic",
        "rectification",
        "lo|la|me ~2 corregir|corrijan|corrigieran|actualicen",
        "cambiadlo|cambienlo|actualicenla|actualicenlo|corrijanlo|poned_bien|pongan_bien",
        need="FIELD|WRONG",
    ),
    spec(
        "rectification.field_wrong", "rectification", "FIELD ~4 WRONG", "WRONG ~3 FIELD", neg=False, need="CORRECT|REPL"
    ),
    spec("rectification.noun", "rectification", "rectificacion"),
    spec("rectification.new_value", "rectification", "MY ~1 nuevo|nueva ~1 FIELD"),
    # ---- erasure
    spec("erasure.verb_obj", "erasure", "DEL ~4 DATA|ACCOUNT|EVERYTHING|FIELD|me|fotos"),
    spec("erasure.passive", "erasure", "que ~2 se ~1 DEL ~2 todo|DATA"),
    spec(
        "erasure.from_system",
        "erasure",
        "DEL ~3 de ~2 su|vuestro|sus|vuestros ~1 SYSTEM",
        "DEL ~4 del|de ~2 SYSTEM",
        "desaparecido ~3 SYSTEM",
    ),
    spec("erasure.noun", "erasure", "supresion|derecho_de_supresion|derecho_al_olvido", "baja ~2 de ~1 DATA"),
    # ---- restriction
    spec("restriction.verb", "restriction", "limite|limitar|limitacion|limiten ~3 tratamiento|uso", "bloque* ~3 DATA"),
    spec(
        "restriction.until",
        "restriction",
        "mientras|hasta_que ~10 NEG ~6 USE",
        "NEG ~6 USE ~8 hasta_que|mientras",
        neg=False,
    ),
    # ---- portability
    spec("portability.format", "portability", "PORT"),
    spec(
        "portability.export",
        "portability",
        "exportacion|exportar ~3 completa|MY|todo|todos",
        "importar|importarlos|subirlos ~3 otra|otro",
        "llevarme ~3 a ~1 otro|otra",
    ),
    # ---- objection
    spec(
        "objection.object",
        "objection",
        "me ~1 opongo",
        "oponerme|oposicion",
        "NEG ~1 autorizo",
        "excluyais|excluyan|excluirme",
    ),
    spec("objection.profiling", "objection", "NEG ~4 DATA ~3 USE ~3 para ~2 PROFILING", neg=False),
    # ---- direct marketing
    spec("direct_marketing.unsubscribe", "direct_marketing", "baja ~4 MKT|LIST", "desuscrib*", over="erasure"),
    spec(
        "direct_marketing.stop",
        "direct_marketing",
        "STOP ~3 SEND",
        "STOP ~3 MKT|MSG",
        "no ~1 me|le ~1 llamen|llameis|manden|mandeis|envien|envieis ~3 mas",
        "no ~1 me ~1 vuelvan ~1 a ~1 llamar",
        "NEG ~3 RECEIVE ~3 MKT|MSG",
        "siguen ~1 mandandome|enviandome ~2 MKT|MSG",
        neg=False,
    ),
    spec("direct_marketing.object", "direct_marketing", "OBJECT|WITHDRAW ~12 MKT", over="objection", neg=False),
    # ---- automated decision
    spec(
        "automated_decision.human",
        "automated_decision",
        "HUMAN ~5 revise|revisen|revisar|examine|valore",
        "revise|revisen ~3 alguien|HUMAN",
        "intervencion ~3 persona|humana",
        need="AUTO|DECISION",
    ),
    # ---- consent
    spec("withdraw_consent.verb", "withdraw_consent", "WITHDRAW ~3 CONSENT"),
    # ---- privacy concern
    spec("privacy_concern.why_have", "privacy_concern", "por_que ~3 tienen|teneis ~2 MY"),
    spec(
        "privacy_concern.where_from",
        "privacy_concern",
        "de_donde ~4 sacado|obtenido|sacaron|obtuvieron",
        "quien ~3 ha ~1 dado",
    ),
    spec(
        "privacy_concern.normal",
        "privacy_concern",
        "parece ~1 normal",
        "es ~1 eso ~1 normal",
        "WORRY",
        "parece ~2 grave",
    ),
    # "me preocupa mi paquete": a worry about a delivery is a service matter, not about data
    spec("service_contact.parcel_worry", "service_contact", "WORRY ~4 paquete|paquetes|pedido|entrega|envio|reembolso"),
    spec("access.send_me", "access", "GIVE ~3 todos|MY ~3 DATA", weak=True),
    spec("access.get_to", "access", "acced* ~1 a ~3 DATA"),
    spec("objection.not_used", "objection", "NEG ~4 USE ~3 DATA ~3 para ~3 PROFILING", neg=False),
    spec("erasure.published", "erasure", "DEL ~3 PUBLISHED"),
    spec(
        "direct_marketing.no_more",
        "direct_marketing",
        "NEG ~2 mas ~3 MKT",
        "NEG ~1 quiero|kiero ~1 mas ~3 MKT|MSG",
        neg=False,
    ),
    # ---- escalations
    spec("dpa_complaint.aaip", "dpa_complaint", "aaip|agencia_de_proteccion_de_datos"),
    spec("legal_action.lawyer", "legal_action", "LAWYER"),
    spec("child_data.child", "child_data", "MY ~1 CHILD", "MINOR", "CHILD ~3 @NUM ~1 anos"),
    spec("special_category.sensitive", "special_category", "SENSITIVE"),
    spec("third_party_data.relative", "third_party_data", "MY ~1 RELATIVE", need="HIS"),
    spec("third_party_data.behalf", "third_party_data", "en_nombre_de ~1 MY ~1 RELATIVE", "fallecid*"),
    spec(
        "data_breach.leak",
        "data_breach",
        "BREACH",
        "alguien ~2 entro ~2 en ~1 MY",
        "robado|robaron ~3 DATA|cuenta|identidad",
    ),
    spec("authority_request.police", "authority_request", "AUTH_BODY"),
    spec("media.journalist", "media", "MEDIA"),
    spec(
        "repeated_request.again",
        "repeated_request",
        "REPEAT",
        "llevo ~4 pidiendo|solicitando",
        "ha_transcurrido ~3 mes",
        "plazo ~3 vencido|transcurrido|superado",
    ),
    # ---- hard negatives
    spec(
        "cancellation.contract",
        "cancellation",
        "baja ~4 CONTRACT",
        "cancelar ~3 CONTRACT",
        "portabilidad ~3 numero|linea|movil",
    ),
    spec(
        "account_access.login",
        "account_access",
        "contrasena|usuario_bloqueado|desbloquear|restablecer",
        "no ~1 puedo ~1 entrar",
    ),
    spec(
        "order_change.order", "order_change", "ORDER ~1 @NUM|n", "del|de_la|en_la|el ~2 ORDER", "direccion_de_entrega"
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
        "como ~2 elimino|borro|puedo|hago|pido",
        "puedo ~2 pedir|solicitar",
        "tengo ~1 derecho",
        "hay_que_pedirlo",
    ),
    spec("question_general.curious", "question_general", "QGENERIC"),
    spec("hypothetical.if_i", "hypothetical", "si ~2 me|yo|algun_dia"),
    spec("past_self.done", "past_self", "he|hemos ~2 DONE"),
    spec("past_self.thanks", "past_self", "gracias ~1 por ~1 DEL|CORRECT"),
    spec("please.marker", "please", "PLEASE"),
    spec("replacement.value", "replacement", "REPL", "nuevo|nueva ~1 FIELD"),
    spec(
        "keep.keep", "keep", "conservar*|guardar* ~2 como ~1 prueba", "la_necesito|lo_necesito", "NEG ~2 DEL", "prueba"
    ),
    spec(
        "stop_use.stop", "stop_use", "no ~1 lo|la|los|las ~1 useis|usen|utilicen ~1 mas", "NEG ~3 USE ~4 para ~1 nada"
    ),
)
