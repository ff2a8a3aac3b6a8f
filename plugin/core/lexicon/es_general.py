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
    "mensajes_publicitarios sms_publicitarios",
    "FIX": "cambien cambiar cambiad cambie cambienme arreglen arreglar arreglad ajusten ajustar",
    "FMT": "archivo fichero formato csv json excel hoja_de_calculo exportacion descarga zip",
    "OTHER": "otra otro nueva nuevo",
    "PROV2": "compania empresa proveedor* operador* comercializadora banco aseguradora plataforma app aplicacion "
    "servicio",
    "GOT": "consiguieron conseguido obtuvieron obtenido sacaron sacado tienen tuvieron",
    # ---- escalation vocabulary (merged with the base classes)
    "SENSITIVE": "medico medica doctor* clinica hospital* cancer tumor asma epilep* alergi* analisis_de_sangre fiv "
    "fertilidad aborto ansiedad depresion psiquiatr* silla_de_ruedas cirugia vih covid vacun* mezquita iglesia "
    "sinagoga templo musulman* judio* judia cristian* protestante hindu budista bisexual lgtb* lgbt* transexual "
    "transgenero vida_sexual afiliado* partido_politico reconocimiento_facial datos_biometricos detencion carcel "
    "condena* adiccion alcoholismo menstruacion sintoma* baja_medica incapacidad_temporal mutua",
    "MINOR": "adolescente* anos_de_edad alumno* alumna* patria_potestad tutor tutora",
    "AGE": "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17",
    "LAWYER": "abogada abogados letrada demandar via_judicial indemnizacion reclamacion_judicial",
    "MEDIA": "periodico periodicos redes_sociales hacerlo_publico",
    "REPEAT": "dos_veces tres_veces varias_veces reitero mi_anterior_correo solicitud_anterior nadie_responde "
    "ya_les_pedi ya_os_pedi ya_lo_pedi ya_escribi les_escribi sin_contestar no_han_contestado no_contestan",
}

RULES = (
    # ---- erasure
    spec("g.erasure.object", "erasure", "DEL ~4 OBJ", "OBJ ~6 se? ~1 DEL"),
    spec("g.erasure.clitic", "erasure", "DEL_CL", need="OBJ"),
    spec("g.erasure.gone", "erasure", "OBJ ~4 GONE", "GONE ~3 OBJ"),
    # ---- direct marketing: take me off the list
    spec(
        "g.direct_marketing.off_list",
        "direct_marketing",
        "OUT ~4 de|del ~3 LIST|MKT",
        "me ~1 OUT ~4 de|del ~3 LIST|MKT",
        over="erasure",
    ),
    # ---- rectification
    spec("g.rectification.change", "rectification", "FIX ~3 MY|el|la ~2 FIELD"),
    # ---- portability
    spec("g.portability.other", "portability", "FMT ~8 OTHER ~2 PROV2", weak=True),
    # ---- privacy concern
    spec("g.privacy_concern.how_got", "privacy_concern", "como|donde ~2 GOT ~3 MY ~2 FIELD|DATA"),
    # ---- escalations
    spec("child_data.age", "child_data", "CHILD ~3 AGE ~1 anos?"),
)
