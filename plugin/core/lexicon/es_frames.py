"""Spanish semantic frames (see `plugin.core.lexicon.en_frames`): the frames of each right over broad
classes (quisiera/me gustaría/les agradecería, "ya no", nominal requests, "sobre mí"), and the
escalation frames of a request already made and of data gone astray."""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "es"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    "F_WISH": "quisiera quiero me_gustaria gustaria desearia deseo solicito pido les_agradeceria agradeceria "
    "os_agradeceria podrian pueden ruego",
    "F_OVERVIEW": "resumen listado lista relacion copia detalle inventario extracto informe",
    "F_ONME": "sobre_mi de_mi a_mi_nombre que_me_conciernen que_me_concierne relativos_a_mi me_afectan",
    "F_THERE": "tienen teneis guardan guardais conservan almacenan tratan constan figuran registrados "
    "guardados almacenados recopilado recopilados",
    "F_KNOWV": "saber conocer entender curiosidad",
    "F_STAY": "queden quede sigan sigue guardados guardadas almacenados conservados",
    "F_WRONGV": "mal erroneo erronea incorrecto incorrecta equivocado equivocada desactualizado antiguo antigua "
    "mal_escrito",
    "F_RIGHTCUE": "correcto correcta bueno buena realmente deberia debe es_ahora ahora en_lugar_de no_es",
    "F_OLDV": "antigua antiguo anterior vieja viejo",
    "F_MOVE": "transfieran transferir trasladen trasladar envien enviar pasen pasar",
    "F_NEWP": "nuevo nueva",
    "F_AGREE": "de_acuerdo conforme",
    "F_OFTEN": "constantemente continuamente todos_los_dias sin_parar cada_dia",
    "F_MSGN": "sms mensajes correos emails llamadas cartas folletos",
    "F_NOASK": "nunca_pedi nunca_solicite nunca_me_suscribi nunca_me_apunte paren basta dejen",
    "F_ALLOWEDQ": "es_legal es_licito esta_permitido es_normal",
    "F_THIRD": "terceros otras_empresas socios",
    "F_CUSTDATA": "datos_de_clientes datos",
    "F_HUMANADJ": "humana humano manual personal personalizada individual",
    "F_REVIEWN": "revision evaluacion valoracion examen reevaluacion intervencion",
    "F_AGAIN": "ya sin_respuesta",
    "F_ASKED": "escribi pedi solicite envie reclame contacte",
    "F_WRONGTO": "por_error persona_equivocada otra_persona otro_cliente otra_clienta destinatario_equivocado",
}

RULES = (
    spec(
        "f.access.overview",
        "access",
        "F_OVERVIEW ~4 EVERYTHING|DATA|OBJ|OBJ2 ~8 F_ONME|F_THERE|ABOUT_ME",
        "F_OVERVIEW ~3 MY ~2 DATA",
        need="F_WISH|REQ|PLEASE",
        weak=True,
    ),
    spec(
        "f.access.what_on_me",
        "access",
        "WHAT|EVERYTHING ~6 F_ONME|ABOUT_ME ~6 F_THERE",
        "WHAT|EVERYTHING ~4 F_THERE ~4 F_ONME|ABOUT_ME",
        "F_KNOWV ~4 WHAT|quien|quienes ~10 F_ONME|ABOUT_ME",
        "F_KNOWV ~4 que|cuales ~2 DATA ~6 F_THERE",
        q=False,
        alone=True,
    ),
    spec(
        "f.erasure.not_stay",
        "erasure",
        "NEG ~2 quiero|deseo ~1 que ~4 MY ~3 DATA|OBJ|OBJ2 ~4 F_STAY",
        "ya ~1 no ~2 quiero|deseo ~1 que ~4 MY ~3 DATA|OBJ|OBJ2 ~6 F_STAY|KEEP_V",
        neg=False,
    ),
    spec(
        "f.rectification.wrong_value",
        "rectification",
        "FIELD ~8 F_WRONGV ~12 F_RIGHTCUE",
        "F_WRONGV ~3 FIELD ~12 F_RIGHTCUE",
        "siguen|sigue ~3 F_OLDV|teniendo ~3 F_OLDV",
        need="FIELD",
        alone=True,
    ),
    spec("f.portability.to_new", "portability", "F_MOVE ~2 MY ~3 DATA|OBJ|OBJ2 ~3 a|al ~3 MY? ~1 F_NEWP", weak=True),
    spec(
        "f.objection.not_agree",
        "objection",
        "no ~2 estoy ~1 F_AGREE ~6 con? ~1 que? ~4 MY ~4 DATA|OBJ|OBJ2",
        need="PROFILING|USEDV",
        neg=False,
        alone=True,
    ),
    spec(
        "f.direct_marketing.keep_getting",
        "direct_marketing",
        "recibo ~2 F_OFTEN ~3 F_MSGN",
        need="F_NOASK|STOP",
        alone=True,
    ),
    spec(
        "f.direct_marketing.no_more",
        "direct_marketing",
        "no ~1 me ~1 SEND|llamen|escriban|contacten ~2 mas ~4 MKT",
        need="MKT",
        neg=False,
    ),
    spec(
        "f.automated_decision.human_review",
        "automated_decision",
        "F_REVIEWN ~1 F_HUMANADJ",
        need="AUTO2|AUTO&DECISION2|DECISION",
        neg=False,
    ),
    spec(
        "f.privacy_concern.handling",
        "privacy_concern",
        "F_ALLOWEDQ",
        "venden|ceden|pasan ~3 F_CUSTDATA ~3 a ~1 F_THIRD",
        need="DATA|F_CUSTDATA",
        neg=False,
        q=False,
        alone=True,
    ),
    spec(
        "f.repeated_request.asked_before",
        "repeated_request",
        "ya ~2 les|os ~1 F_ASKED",
        "les|os ~1 F_ASKED ~4 hace ~2 semanas|meses|mes",
        "todavia|aun ~2 no ~2 he ~1 recibido ~3 respuesta",
        "sigo ~1 esperando",
    ),
    spec("f.data_breach.wrong_person", "data_breach", "enviado|enviada|enviados|mandado|llegado ~4 F_WRONGTO"),
    spec(
        "f.repeated_request.deadline",
        "repeated_request",
        "plazo ~4 vencido|vencio|transcurrido|pasado|expirado|superado",
        "vencido ~3 plazo",
        "vuelvo ~1 a ~1 solicitar|pedir|reclamar",
        "reitero ~3 solicitud|peticion",
        "hace ~3 semanas|meses|mes ~6 F_ASKED|envie",
        "no ~2 han ~1 hecho ~1 nada",
    ),
)
