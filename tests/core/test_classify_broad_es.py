"""Second round of generalisation probes in Spanish: everyday phrasings of every right, written blind to
the rules (no labelled set consulted), plus look-alike non-requests.

Each row: subject, body, expected rights ("" = not a request), expected escalations (None = not checked).
"""

from __future__ import annotations

import pytest

from plugin.core.classify import classify

PROBES: list[tuple[str, str, str, str | None]] = [
    ("", "Quiero que borren toda la información que tienen sobre mí.", "erasure", None),
    ("", "Eliminen las grabaciones de mis llamadas, no quiero que las guarden.", "erasure", None),
    ("", "¿Me pueden decir qué datos tienen sobre mí y con quién los han compartido?", "access", None),
    ("", "Solicito una copia de todos los datos personales que conservan sobre mí.", "access", None),
    (
        "",
        "Mi correo electrónico está mal en su sistema, el correcto es luis@example.es. Por favor corríjanlo.",
        "rectification",
        None,
    ),
    ("", "Dejen de llamarme para ofrecerme cosas.", "direct_marketing", None),
    ("", "No quiero recibir más publicidad ni boletines.", "direct_marketing", None),
    ("", "Me cambio de compañía. ¿Pueden enviar mis datos a la nueva en un formato estándar?", "portability", None),
    ("", "Mientras se resuelve mi reclamación, no utilicen mis datos para nada más.", "restriction", None),
    ("", "No quiero que analicen mis compras para recomendarme productos.", "objection", None),
    ("", "Mi solicitud fue rechazada automáticamente. Quiero que una persona la revise.", "automated_decision", None),
    ("", "Retiro mi consentimiento para el uso de mi foto.", "withdraw_consent", None),
    ("", "Ya les he pedido tres veces que borren mi cuenta. Háganlo ya.", "erasure", "repeated_request"),
    ("", "¿Cómo cambio la dirección de entrega de mi pedido?", "", None),
    ("", "Quiero darme de baja del gimnasio el mes que viene.", "", None),
    ("", "¿Qué información está vinculada a mi tarjeta de cliente?", "access", None),
    ("", "Quiero saber qué recoge su aplicación sobre mí.", "access", None),
    ("", "Ni un SMS publicitario más, por favor.", "direct_marketing", None),
    ("", "Quiero que se olviden de todo lo que tiene que ver conmigo.", "erasure", None),
    ("", "No pasen mi expediente a la agencia de cobros antes de que se corrija el error.", "restriction", None),
    ("", "Quiero recuperar mis datos para pasarlos a otro servicio.", "portability", None),
    ("", "No acepto que su aplicación analice mi comportamiento.", "objection", None),
    (
        "",
        "Me bloquearon la cuenta de forma automática. Exijo una revisión manual por parte de un empleado.",
        "automated_decision",
        None,
    ),
    ("", "¿Por qué necesitan mi fecha de nacimiento para venderme un café?", "privacy_concern", None),
    ("", "¿Venden ustedes mis datos a otras empresas?", "privacy_concern", None),
    ("", "No me parece bien que hayan dado mi número al transportista sin preguntarme.", "privacy_concern", None),
    (
        "",
        "Conserven mi expediente pero no hagan nada con él hasta que decida el defensor del cliente.",
        "restriction",
        None,
    ),
    ("", "Basta ya de llamadas comerciales.", "direct_marketing", None),
    ("", "Es mi tercer correo para que borren mi cuenta. Bórrenla.", "erasure", "repeated_request"),
    (
        "",
        "Llevo seis semanas esperando respuesta a mi solicitud de acceso. Envíenme mis datos.",
        "access",
        "repeated_request",
    ),
    ("", "Borren mi cuenta o lo contaré a la prensa.", "erasure", "media"),
    ("", "Borren mi cuenta o iré a los tribunales.", "erasure", "legal_action"),
    ("", "Borren el perfil de mi hija, solo tiene 12 años.", "erasure", "child_data"),
    (
        "",
        "En marzo me cambié de gimnasio. Ya no tienen motivo para conservar mi foto de socio ni mi historial de "
        "entradas.",
        "erasure",
        None,
    ),
    (
        "",
        "Tengo curiosidad por saber qué envía su contador inteligente sobre mi casa cada media hora. ¿Puedo verlo?",
        "access",
        None,
    ),
    ("", "Todo lo que grabaron de mis llamadas el invierno pasado, me gustaría tener una copia.", "access", None),
    (
        "",
        "Me he cambiado de comercializadora. Pásenles mi historial de lecturas en el formato que ellos usen.",
        "portability",
        None,
    ),
    (
        "",
        "Mi antiguo correo del trabajo sigue en mi cuenta. Sustitúyanlo por anna.k@example.com, por favor.",
        "rectification",
        None,
    ),
    (
        "",
        "Al registrarme marqué la casilla de ofertas de socios. Fue un error, consideren que la he desmarcado.",
        "withdraw_consent direct_marketing",
        None,
    ),
    (
        "",
        "La app de fidelidad registra cada tienda en la que entro. Los puntos sí, que me sigan no.",
        "objection",
        None,
    ),
    (
        "",
        "Su app me puso una calificación de riesgo sin explicación y mi prima se ha duplicado. Que lo mire una "
        "persona.",
        "automated_decision",
        None,
    ),
    ("", "Esos correos de «te echamos de menos» cada viernes me sobran.", "direct_marketing", None),
    ("", "Me preocupa que cualquiera en recepción pueda consultar mis notas médicas.", "privacy_concern", None),
    (
        "",
        "Mientras no se resuelva la disputa de facturación, mis datos no deben pasar a ninguna agencia de cobros.",
        "restriction",
        None,
    ),
    ("", "¿Pueden quitar la batidora de mi lista de deseos? La compré en otro sitio.", "", None),
    ("", "Quiero cambiar la tarjeta con la que pago.", "", None),
    ("", "¿Me pueden mandar la factura del mes pasado en PDF?", "", None),
    ("", "¿Cómo exporto mis contactos a mi nuevo móvil? No encuentro la opción.", "", None),
    ("", "Quiero darme de baja del gimnasio a partir del mes que viene.", "", None),
    ("", "¿Pueden cambiar la fecha de entrega del pedido 66231?", "", None),
    ("", "¿Todavía tienen el escaneo de mi pasaporte de 2019?", "access", None),
    ("", "Preferiría que no guardaran más mis huellas ahora que he dejado el gimnasio.", "erasure", None),
    ("", "Asegúrense de que no quede nada mío en sus sistemas.", "erasure", None),
    ("", "¿Podrían comprobar si mis datos siguen en su base de datos?", "access", None),
    ("", "La verdad, pueden tirar mi currículum, ya he encontrado trabajo.", "erasure", None),
    (
        "",
        "La app del gimnasio ahora calcula mi grasa corporal a partir de mis fotos. No lo pedí: dejen mis fotos "
        "fuera de eso.",
        "objection",
        None,
    ),
    (
        "",
        "Me cambio de banco. ¿Puedo sacar de una vez el historial de movimientos de su app para que el nuevo banco "
        "lo importe?",
        "portability",
        None,
    ),
    (
        "",
        "La primavera pasada acepté que usaran mi entrevista en sus anuncios. Ahora preferiría que no lo hicieran.",
        "withdraw_consent",
        None,
    ),
]


@pytest.mark.parametrize(("subject", "body", "rights", "escalations"), PROBES)
def test_probe(subject: str, body: str, rights: str, escalations: str | None) -> None:
    result = classify(subject, body, "es")
    assert sorted(result.rights) == sorted(rights.split()), result.evidence
    if escalations is not None:
        assert sorted(result.escalation_reasons) == sorted(escalations.split()), result.evidence
    if rights:
        assert any(e.kind == "right" for e in result.evidence)
