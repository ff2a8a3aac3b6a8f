"""Generalisation probes in Spanish: requests in words the corpus never used, and look-alike non-requests.

Each row: subject, body, expected rights ("" = not a request), expected escalations (None = not
checked). Sentences written for these tests, not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from plugin.core.classify import classify

PROBES: list[tuple[str, str, str, str | None]] = [
    ("", "Quiero que me saquen de su lista de mailing.", "direct_marketing", ""),
    ("", "Tienen todavía una copia de mi DNI. Destrúyanla por favor.", "erasure", ""),
    ("", "Borren mi historial de compras y mi perfil, ya no soy cliente.", "erasure", ""),
    ("", "Por favor eliminen todas las fotos que subí a su web.", "erasure", ""),
    ("", "Quisiera que mi currículum desaparezca de su base de candidatos.", "erasure", ""),
    ("", "Favor de eliminar mis grabaciones de voz de sus servidores.", "erasure", ""),
    ("", "Mi apellido está mal escrito, es Gómez y no Gomes. ¿Pueden corregirlo?", "rectification", ""),
    ("", "Por favor cambien mi correo a ana.lopez@example.es.", "rectification", ""),
    ("", "Me gustaría saber qué datos tienen sobre mí.", "access", ""),
    ("", "Envíenme una copia de toda la información personal que guardan sobre mí.", "access", ""),
    ("", "¿A quién le han pasado mis datos?", "access", ""),
    ("", "Dejen de enviarme publicidad por SMS.", "direct_marketing", ""),
    ("", "No quiero recibir más folletos en casa.", "direct_marketing", ""),
    ("", "No me llamen más para ofrecerme cosas.", "direct_marketing", ""),
    ("", "Necesito mis datos de consumo en un archivo para llevarlos a mi nueva compañía.", "portability", ""),
    ("", "No borren mi expediente, pero no lo usen mientras se resuelve mi reclamación.", "restriction", ""),
    ("", "Me opongo a que analicen mis compras para hacerme un perfil.", "objection", ""),
    (
        "",
        "Su sistema rechazó mi solicitud automáticamente. Quiero que una persona la revise.",
        "automated_decision",
        "",
    ),
    ("", "Retiro mi consentimiento para el uso de mi imagen.", "withdraw_consent", ""),
    ("", "¿Cómo consiguieron mi número de teléfono?", "privacy_concern", ""),
    ("", "Mi hija de 13 años abrió una cuenta. Bórrenla, por favor.", "erasure", "child_data"),
    ("", "Ya les pedí dos veces que borraran mis datos y no han contestado.", "erasure", "repeated_request"),
    ("", "Mi abogado me ha aconsejado pedirles una copia de mis datos.", "access", "legal_action"),
    ("", "Quiero darme de baja del gimnasio.", "", ""),
    ("", "No puedo entrar en mi cuenta, olvidé la contraseña.", "", ""),
    ("", "¿Pueden cambiar la dirección de entrega del pedido 5512?", "", ""),
    ("", "Necesito una copia de la factura de enero.", "", ""),
    ("", "Gracias por borrar mi cuenta tan rápido.", "", ""),
]


@pytest.mark.parametrize(("subject", "body", "rights", "escalations"), PROBES)
def test_probe(subject: str, body: str, rights: str, escalations: str | None) -> None:
    result = classify(subject, body, "es")
    assert sorted(result.rights) == sorted(rights.split()), result.evidence
    assert result.is_request == bool(rights)
    if escalations is not None:
        assert sorted(result.escalation_reasons) == sorted(escalations.split()), result.evidence
    if rights:
        assert any(e.kind == "right" for e in result.evidence)
