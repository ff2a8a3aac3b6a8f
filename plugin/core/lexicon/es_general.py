"""Spanish general rules (see `plugin.core.lexicon`): broad concept classes, generic request shapes.

Imperatives carry their object pronoun ("bórrenla", "eliminadlos", "sáquenme"): the forms are listed
by stem x ending x pronoun. "Favor de" + infinitive is the Latin American polite request.
"""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "es"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()


def _clitics(stems: str, endings: str, pronouns: str = "lo la los las") -> str:
    return " ".join(s + e + p for s in stems.split() for e in endings.split() for p in pronouns.split())


CLASSES = {
    "OBJ": "cv curriculum curriculo hoja_de_vida pasaporte* dni nie copia copias escaneo* documento* carnet* "
    "cedula* licencia grabacion* video* foto* imagen* imagenes selfie* historial* registro* ubicacion* "
    "localizacion* busquedas resena* comentario* publicacion* expediente* archivo* fichero* ficha* nota* perfil* "
    "cuenta* huella* album* contactos agenda conversacion* chat* anuncio* candidatura* datos informacion",
    "DEL": "destruy* destrui* borr* elimin* supri* tir*",
    "DEL_CL": _clitics("borr elimin suprim quit destruy", "en ad an ar")
    + " "
    + _clitics("borr elimin suprim quit destruy", "en ad an", "me nos"),
    "GONE": "desaparezca desaparezcan desaparecer desaparecido desaparecidos",
    "OUT": "saquen sacar sacarme saquenme sacadme quitar quiten quitenme quitadme quitarme borrarme borrenme "
    "borradme eliminarme eliminenme excluyan excluirme",
    "LIST": "lista listas lista_de_mailing mailing mailings base_de_datos_de_publicidad",
    "MKT": "folletos folleto propaganda buzoneo catalogos cupones descuentos llamadas_comerciales publicidad "
    "mensajes_publicitarios sms_publicitarios promos promo rebajas ofertas_personalizadas",
    "FIX": "cambien cambiar cambiad cambie cambienme arreglen arreglar arreglad ajusten ajustar",
    "FMT": "archivo fichero formato csv json excel hoja_de_calculo exportacion descarga zip",
    "OTHER": "otra otro nueva nuevo",
    "PROV2": "compania empresa proveedor* operador* comercializadora banco aseguradora plataforma app aplicacion "
    "servicio",
    "OBJ2": "impago impagos anotacion anotaciones valoracion valoraciones deuda registros_de_entrada movimientos "
    "canciones listas grabaciones",
    "DEL_SUBJ": "borre borren borreis elimine eliminen elimineis suprima supriman quite quiten borrados borradas "
    "eliminados eliminadas suprimidos suprimidas",
    "KEEP_V": "queden quede guarden guardando guardar conserven conservando conservar tengan tener almacenen "
    "almacenando sigan_guardando sigan_teniendo",
    "FORGET": "olvidense olvidaos olvidadme olvidenme olvidarme olvidarse",
    "SHARE_V": "enviaron enviado enviasteis pasaron pasado pasasteis dieron dado disteis cedieron cedido "
    "facilitaron facilitado comunicaron comunicado entregaron entregado guardaron guardado registro registraron "
    "registrado vendieron vendido mostraron ensenaron",
    "ASK_TELL": "saber digan diganme decirme indiquen indicar informen informarme conocer",
    "FIX2": "cambieis cambien cambiar cambiad cambiadlo corrijan corregir corrijais corregidlo actualicen "
    "actualizar actualiceis modifiquen modificar completen completar anadir anadan anadid anadirlo anadidlo "
    "anadanlo pongan poner ponerlo dejarlo dejarla dejen rectifiquen rectificar",
    "FIELD": "tlf telefono direccion apellidos nombre importe formacion titulo estado_civil",
    "UNTIL": "mientras hasta_que hasta_q en_tanto hasta_la hasta_el hasta_resolver",
    "STOPUSE": "comuniquen comunicar usen useis usar usarlos utilicen utilizar traten tratar reporten reportar "
    "reportarlos toqueis toquen tocar cedan ceder pasen pasar envien enviar",
    "FREEZE": "en_suspenso congelen congelar congelad bloqueen bloquear bloquead suspendan suspender",
    "PROFILING": "seguimiento sigais sigan medicion entrenamiento entrenar aprendan estudios estadisticas ranking "
    "analicen analizar analizan perfil perfiles",
    "EXCLUDE": "quitadme quitenme sacadme sacadlas sacadlos sacadla sacadlo excluidme excluyanme sacarme quitarme "
    "quitenlas quitenlos",
    "CONSENTED": "acepte acepto firme di_mi_consentimiento di_permiso os_di_permiso les_di_permiso "
    "estaba_de_acuerdo me_apunte autorice marque",
    "HUMAN2": "persona humano humana analista alguien empleado empleada gestor agente responsable tecnico gestora "
    "asesor asesora de_carne_y_hueso",
    "REVIEW2": "revise revisen revisar lea lean leer examine examinen examinar valore valoren revision reexamine "
    "reexaminar reconsidere reconsiderar valorar evalue evaluar estudie estudiar mire mirar compruebe decida "
    "recurrir impugnar miren",
    "AUTO2": "sistema sistemas automatico automaticos automatica automaticamente algoritmo programa maquina "
    "herramienta automatizado automatizada ordenador inteligencia_artificial ia app aplicacion plataforma "
    "puntuacion scoring segundos minutos web formulario_online inmediatamente al_instante en_segundos",
    "DECISION2": "rechazo rechazado rechazada denegado denegada denegaron cerraron cerrado bloqueado dice_que_no "
    "filtro filtraron descartado descartada bloqueada suspendido decision resultado subida",
    "FMT2": "archivo fichero formato comprimido zip vcard ical csv excel",
    "CARRY": "importar importarlas importarlos llevar llevarme llevarlos llevarlas meter meterlos subir subirlos "
    "presentarlo cargar cargarlos",
    "LAWFUL": "legal normal licito",
    "WORRY": "incomoda incomodo fatal",
    "PRICE": "subida aumento tarifa precio cuota recargo",
    "GOT": "consiguieron conseguido obtuvieron obtenido sacaron sacado tienen tuvieron",
    # ---- escalation vocabulary (merged with the base classes)
    "SENSITIVE": "fisio endodoncia ortodoncia odontolog* dentista* "  # care that reveals a condition
    "medico medica doctor* clinica hospital* cancer tumor asma epilep* alergi* analisis_de_sangre fiv "
    "fertilidad aborto ansiedad depresion psiquiatr* silla_de_ruedas cirugia vih covid vacun* mezquita iglesia "
    "sinagoga templo musulman* judio* judia cristian* protestante hindu budista bisexual lgtb* lgbt* transexual "
    "transgenero vida_sexual afiliado* partido_politico reconocimiento_facial datos_biometricos detencion carcel "
    "condena* adiccion alcoholismo menstruacion sintoma* baja_medica incapacidad_temporal mutua alergico alergica "
    "alergia consultas reintegros prepaga cardio* glucosa diabet* migrana dental implante",
    "MINOR": "adolescente* anos_de_edad alumno* alumna* patria_potestad tutor tutora",
    "AGE": "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17",
    "LAWYER": "abogada abogados letrada demandar via_judicial indemnizacion reclamacion_judicial",
    "MEDIA": "periodico periodicos redes_sociales hacerlo_publico redaccion seguidores",
    "REPEAT": "reitero mi_anterior_correo solicitud_anterior nadie_responde ya_les_pedi ya_os_pedi ya_lo_pedi "
    "ya_escribi les_escribi sin_contestar no_han_contestado no_contestan sigue_activa",
    "ADULT": "18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 "
    "52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 "
    "89 90 91 92 93 94 95 96 97 98 99",
    "AUTH_BODY": "dgt direccion_general_de_trafico",
    "BREACH": "a_la_vista en_copia direcciones_de_todos",
    "INTERVENE": "intervencion_humana revision_manual revision_humana no_una_maquina no_un_ordenador",
    "CONTEST": "impugno impugnar recurro recurrir contesto",
    "PORT": "formato_estandar formato_abierto formato_comun formato_legible_por formato_digital",
    "COOKIE": "cookie*",
    "STRUCT2": "excel* xlsx hoja_de_calculo csv",
    "TAKEWITH": "llevarme llevarmelos llevarmelas",
    "POSS": "mio mia mios mias",
}

RULES = (
    spec(
        "g.portability.as_file",
        "portability",
        "en|como ~3 STRUCT2",
        "TAKEWITH ~6 DATA|OBJ",
        "DATA|OBJ ~6 TAKEWITH",
        "directamente ~3 a ~1 ellos|ellas|la|el|mi",
        weak=True,
    ),
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
    # ---- erasure
    spec("my_object.mine", "my_object", "MINE|HIS ~3 OBJ|OBJ2|FIELD|DATA|ACCOUNT"),
    spec(
        "g.erasure.object",
        "erasure",
        "DEL ~4 OBJ|OBJ2",
        "que ~3 se ~1 DEL_SUBJ",
        "que ~6 OBJ ~2 sean|sea ~1 DEL_SUBJ",
        "saquen|quiten|sacad|quitad ~2 MY ~2 OBJ|FIELD",
    ),
    spec(
        "g.erasure.dont_keep",
        "erasure",
        "NEG ~1 quiero ~2 que ~4 KEEP_V",
        "que ~1 no ~1 quede ~2 nada",
        neg=False,
    ),
    spec("g.erasure.forget", "erasure", "FORGET", "todo ~1 fuera"),
    spec("g.erasure.data_off", "erasure", "baja ~3 MY? ~1 DATA", "derecho|derechos ~2 cancelacion|arco", need="DATA"),
    spec("g.erasure.vanish", "erasure", "desaparecer ~2 de ~2 la|su|vuestra|vuestro ~1 app|web|plataforma|sistema"),
    spec("g.erasure.clitic", "erasure", "DEL_CL", need="OBJ"),
    spec("g.erasure.gone", "erasure", "OBJ ~4 GONE", "GONE ~3 OBJ"),
    # ---- direct marketing: take me off the list
    spec(
        "g.direct_marketing.off_list",
        "direct_marketing",
        "OUT_ME ~4 de|del ~3 LIST|MKT",
        "me ~1 OUT ~4 de|del ~3 LIST|MKT",
        over="erasure",
    ),
    spec(
        "g.direct_marketing.number_off_list",
        "direct_marketing",
        "saquen|quiten|borren|eliminen ~4 MY ~2 FIELD|OBJ ~4 de|del ~3 LIST|listado|llamadas",
    ),
    spec("g.direct_marketing.no_more", "direct_marketing", "no_mas|nada_mas ~3 MKT|MSG", neg=False),
    spec("g.direct_marketing.stop_it", "direct_marketing", "parad|paren|basta ~1 ya", need="MKT", neg=False),
    # ---- access
    spec(
        "g.access.what_sent",
        "access",
        "que ~2 DATA|OBJ|OBJ2 ~3 mios|mias? ~3 SHARE_V",
        "ASK_TELL ~3 que ~4 SHARE_V|pudo_ver|vio",
        "pedir|pedirles|solicitar|solicito ~4 todos|todas ~2 los|las ~1 DATA|OBJ",
        "en ~1 que ~1 se ~1 basa|basan",
        "saber|conocer ~2 la ~1 fuente|origen|procedencia",
    ),
    # ---- rectification
    spec("g.rectification.change", "rectification", "FIX ~3 MY|el|la ~2 FIELD"),
    spec("g.rectification.fix", "rectification", "FIX2 ~4 MY|el|la|lo|FIELD|como", need="FIELD|WRONG"),
    spec(
        "g.rectification.ask",
        "rectification",
        "solicito|pido|exijo|quiero ~2 que ~1 lo|la|los ~1 corrijan|cambien|actualicen|rectifiquen|modifiquen",
        "tengo|teneis|tienen ~2 mi ~1 FIELD ~1 mal",
        "anadirlo|anadidlo|anadanlo|anadir",
        need="FIELD|WRONG|falta",
    ),
    # ---- restriction
    spec(
        "g.restriction.until",
        "restriction",
        "UNTIL ~10 NEG|sin ~3 STOPUSE",
        "NEG ~4 STOPUSE ~14 UNTIL",
        "KEEP_V|conserven ~10 y|pero ~2 NEG ~2 los|las? ~1 STOPUSE",
        "ningun ~1 otro ~1 fin",
        neg=False,
    ),
    spec("g.restriction.freeze", "restriction", "FREEZE ~4 DATA|OBJ|OBJ2", "dejen ~3 DATA ~1 en_suspenso"),
    # ---- objection
    spec(
        "g.objection.not_want",
        "objection",
        "NEG ~1 quiero ~2 que ~4 PROFILING",
        "NEG ~1 quiero ~1 aparecer ~3 PROFILING",
    ),
    spec("g.objection.exclude", "objection", "EXCLUDE ~4 PROFILING", over="erasure"),
    # ---- automated decision
    spec(
        "g.automated_decision.human",
        "automated_decision",
        "HUMAN2 ~8 REVIEW2",
        "REVIEW2 ~4 por ~3 HUMAN2",
        need="AUTO2&DECISION2",
        neg=False,
    ),
    # ---- consent
    spec(
        "g.withdraw_consent.changed_mind",
        "withdraw_consent",
        "lo|la ~1 retiro|revoco|quito",
        "ya ~1 no ~1 estoy ~1 de_acuerdo",
        "me ~1 echo ~1 para_atras|atras",
        "ya ~1 no ~2 dejo|doy",
        "CONSENT ~3 ya ~1 no",
        need="CONSENTED|CONSENT",
        over="erasure",
        neg=False,
    ),
    spec("g.withdraw_consent.remove", "withdraw_consent", "quito|quitad|quiten ~2 el|ese|mi|esa ~1 CONSENT"),
    # ---- portability
    spec("g.portability.other", "portability", "FMT ~8 OTHER ~2 PROV2", weak=True),
    spec("g.portability.carry", "portability", "FMT2 ~10 CARRY", "CARRY ~6 otro|otra|nuevo|nueva|alli", weak=True),
    # ---- privacy concern
    spec("g.privacy_concern.how_got", "privacy_concern", "como|donde ~2 GOT ~3 MY ~2 FIELD|DATA"),
    spec("g.privacy_concern.lawful", "privacy_concern", "es ~1 LAWFUL", need="OBJ|OBJ2|FIELD|DATA|SENSITIVE"),
    spec(
        "g.privacy_concern.who_sees",
        "privacy_concern",
        "quien|quienes ~2 puede|pueden ~1 ver|acceder|leer",
        "donde ~2 se ~1 guarda|guardan|almacena",
        "como ~2 puede ~1 pasar|ser",
        "no ~2 les ~1 parece ~1 un ~1 problema",
    ),
    spec("g.privacy_concern.feel", "privacy_concern", "me ~1 siento|siento ~1 WORRY", "estoy ~2 WORRY", alone=True),
    # ---- hard negatives and modifiers
    spec("question_about.how_is", "question_about", "como ~1 se ~1 borra|elimina|quita|cambia|hace"),
    spec("past_self.changed", "past_self", "he|hemos ~1 cambiado|actualizado|modificado|borrado"),
    spec("price_dispute.increase", "price_dispute", "PRICE"),
    # ---- escalations
    spec("third_party_data.adult_child", "third_party_data", "CHILD ~3 ADULT ~1 anos?"),
    spec("child_data.age", "child_data", "CHILD ~3 AGE ~1 anos?"),
    # "¿Dónde se cambia la dirección en la app?": a how-to question about the interface.
    spec(
        "ui_help.where",
        "ui_help",
        "donde|como ~1 se ~1 cambia|modifica|borra|elimina|quita",
        "donde ~2 puedo ~1 cambiar|modificar|borrar|eliminar",
    ),
    # Tracking / delivery messages are service messages, not marketing or profiling.
    spec(
        "service_contact.delivery_notice",
        "service_contact",
        "sms|notificaciones|avisos|mensajes|correos ~3 de ~1 seguimiento|entrega|envio|reparto",
    ),
    # "Quiero que me digáis a quién se han mandado mis documentos": recipients (Art. 15(1)(c)).
    spec(
        "g.access.who_received",
        "access",
        "saber|decir|digais|diga|digan ~3 quien|quienes|a_quien|a_quienes ~5 recibido|visto|mandado|enviado|llegado",
    ),
    # "No quiero que me llaméis más": stop the (sales) calls.
    spec(
        "g.direct_marketing.dont_call",
        "direct_marketing",
        "NEG ~1 quiero ~1 que ~1 me ~1 llameis|llamen|llames ~1 mas",
        "NEG ~1 me ~1 llameis|llamen|llames ~1 mas",
        neg=False,
    ),
)
