"""Spanish escalation signals said without the keyword (LEGAL.md escalation codes), and the contexts
that cancel an escalation word: the writer's own profession, a physical leak, the writer's own hearing."""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "es"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    # staff who had the customer's number for the job and used it for themselves (unauthorised use = breach)
    "STAFF": "repartidor repartidora tecnico tecnica instalador instaladora conductor conductora mensajero "
    "empleado empleada fontanero electricista",
    "PRIVCH": "whatsapp privado instagram facebook snapchat tiktok messenger",
    "PRIVCUE": "privado privada personal tomar_algo cita soltera soltero cenar salir mi_numero",
    "BREACH": "para_otro_cliente para_otra_clienta",
    "SENSITIVE": "quimio quimioterapia oncolog* afiliado afiliada cuota_sindical",
    "LAWYER": "los_tribunales",
    "MEDIA": "seguidores",
    "CLIENT": "mi_cliente mi_clienta mis_clientes mi_representado mi_representada en_representacion represento",
    "PHYS": "agua tuberia tuberias techo grifo lavadora lavavajillas nevera frigorifico radiador caldera rueda "
    "aceite gas ducha fregadero",
    "HEARING": "juicio vista",
    "DEADLINE": "plazo mes",
    # "for the Nth time" counts the writer's requests only when the request follows it ("for the third time: stop")
    "NTHACT": "dejad dejen borrad borren pido solicito escribo os les",
    "BEFORE": "antes_de dentro_del dentro_de en_el_plazo",
}

RULES = (
    spec("s.data_breach.staff_private", "data_breach", "STAFF ~14 PRIVCH", need="PRIVCUE"),
    spec("s.repeated_request.since", "repeated_request", "por ~1 ORDINAL ~1 vez ~2 NTHACT"),
    spec("s.third_party_data.for_them", "third_party_data", "escribo ~3 por ~1 ella|el", need="RELATIVE"),
    spec("profession.lawyer", "profession", "soy ~0 LAWYER", "trabajo ~2 como ~1 LAWYER"),
    spec("physical.leak", "physical", "PHYS"),
    spec("own_hearing.court", "own_hearing", "MY|tengo ~3 HEARING"),
)
