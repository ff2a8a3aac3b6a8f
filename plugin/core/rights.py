"""The catalogue of data-subject rights and escalation reasons (codes as in shared LEGAL.md)."""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

LANGUAGES: Final = ("en", "fr", "nl", "de", "es", "it")

DEFAULT_TAG_PREFIX: Final = "gdpr_"


@dataclass(frozen=True, slots=True)
class Right:
    """One right a customer may exercise: its code, GDPR article and display names per language."""

    code: str
    article: str
    names: MappingProxyType[str, str]

    def tag(self, prefix: str = DEFAULT_TAG_PREFIX) -> str:
        return f"{prefix}{self.code}"

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["en"]


def _right(code: str, article: str, **names: str) -> Right:
    assert set(names) == set(LANGUAGES), code
    return Right(code, article, MappingProxyType(names))


RIGHTS: Final[tuple[Right, ...]] = (
    _right(
        "access",
        "15",
        en="Right of access",
        fr="Droit d'accès",
        nl="Recht op inzage",
        de="Auskunftsrecht",
        es="Derecho de acceso",
        it="Diritto di accesso",
    ),
    _right(
        "rectification",
        "16",
        en="Right to rectification",
        fr="Droit de rectification",
        nl="Recht op rectificatie",
        de="Recht auf Berichtigung",
        es="Derecho de rectificación",
        it="Diritto di rettifica",
    ),
    _right(
        "erasure",
        "17",
        en="Right to erasure",
        fr="Droit à l'effacement",
        nl="Recht op gegevenswissing",
        de="Recht auf Löschung",
        es="Derecho de supresión",
        it="Diritto alla cancellazione",
    ),
    _right(
        "restriction",
        "18",
        en="Right to restriction of processing",
        fr="Droit à la limitation du traitement",
        nl="Recht op beperking van de verwerking",
        de="Recht auf Einschränkung der Verarbeitung",
        es="Derecho a la limitación del tratamiento",
        it="Diritto di limitazione di trattamento",
    ),
    _right(
        "portability",
        "20",
        en="Right to data portability",
        fr="Droit à la portabilité des données",
        nl="Recht op overdraagbaarheid van gegevens",
        de="Recht auf Datenübertragbarkeit",
        es="Derecho a la portabilidad de los datos",
        it="Diritto alla portabilità dei dati",
    ),
    _right(
        "objection",
        "21(1)",
        en="Right to object",
        fr="Droit d'opposition",
        nl="Recht van bezwaar",
        de="Widerspruchsrecht",
        es="Derecho de oposición",
        it="Diritto di opposizione",
    ),
    _right(
        "direct_marketing",
        "21(2)",
        en="Objection to direct marketing",
        fr="Opposition à la prospection commerciale",
        nl="Bezwaar tegen direct marketing",
        de="Widerspruch gegen Direktwerbung",
        es="Oposición a la mercadotecnia directa",
        it="Opposizione al marketing diretto",
    ),
    _right(
        "automated_decision",
        "22",
        en="Human review of an automated decision",
        fr="Réexamen humain d'une décision automatisée",
        nl="Menselijke beoordeling van een geautomatiseerd besluit",
        de="Menschliche Überprüfung einer automatisierten Entscheidung",
        es="Revisión humana de una decisión automatizada",
        it="Revisione umana di una decisione automatizzata",
    ),
    _right(
        "withdraw_consent",
        "7(3)",
        en="Withdrawal of consent",
        fr="Retrait du consentement",
        nl="Intrekking van toestemming",
        de="Widerruf der Einwilligung",
        es="Retirada del consentimiento",
        it="Revoca del consenso",
    ),
    _right(
        "privacy_concern",
        "5, 12-14, 77",
        en="Privacy concern",
        fr="Préoccupation relative à la vie privée",
        nl="Privacyvraag of -zorg",
        de="Datenschutzanliegen",
        es="Inquietud sobre privacidad",
        it="Segnalazione sulla privacy",
    ),
)

RIGHTS_BY_CODE: Final = MappingProxyType({r.code: r for r in RIGHTS})
RIGHT_CODES: Final[tuple[str, ...]] = tuple(r.code for r in RIGHTS)


@dataclass(frozen=True, slots=True)
class EscalationReason:
    """A signal that legal or the DPO must be involved (LEGAL.md, escalation codes)."""

    code: str
    names: MappingProxyType[str, str]

    def tag(self, prefix: str = DEFAULT_TAG_PREFIX) -> str:
        return f"{prefix}esc_{self.code}"

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["en"]


def _reason(code: str, **names: str) -> EscalationReason:
    assert set(names) == set(LANGUAGES), code
    return EscalationReason(code, MappingProxyType(names))


ESCALATION_REASONS: Final[tuple[EscalationReason, ...]] = (
    _reason(
        "dpa_complaint",
        en="Complaint to a data protection authority",
        fr="Plainte auprès d'une autorité de contrôle",
        nl="Klacht bij een toezichthouder",
        de="Beschwerde bei einer Aufsichtsbehörde",
        es="Reclamación ante una autoridad de control",
        it="Reclamo all'autorità di controllo",
    ),
    _reason(
        "legal_action",
        en="Legal action or formal notice",
        fr="Action en justice ou mise en demeure",
        nl="Juridische stappen of ingebrekestelling",
        de="Rechtliche Schritte oder Abmahnung",
        es="Acciones legales o requerimiento formal",
        it="Azione legale o diffida",
    ),
    _reason(
        "child_data",
        en="Data of a minor",
        fr="Données d'un mineur",
        nl="Gegevens van een minderjarige",
        de="Daten eines Minderjährigen",
        es="Datos de un menor",
        it="Dati di un minore",
    ),
    _reason(
        "special_category",
        en="Special-category or criminal data",
        fr="Données sensibles ou pénales",
        nl="Bijzondere of strafrechtelijke gegevens",
        de="Besondere Kategorien oder Strafdaten",
        es="Categorías especiales o datos penales",
        it="Categorie particolari o dati giudiziari",
    ),
    _reason(
        "third_party_data",
        en="Someone else's data or unclear mandate",
        fr="Données d'un tiers ou mandat incertain",
        nl="Gegevens van een derde of onduidelijk mandaat",
        de="Daten Dritter oder unklare Vollmacht",
        es="Datos de terceros o mandato dudoso",
        it="Dati di terzi o mandato incerto",
    ),
    _reason(
        "data_breach",
        en="Possible data breach (72 hours)",
        fr="Violation de données possible (72 heures)",
        nl="Mogelijk datalek (72 uur)",
        de="Mögliche Datenpanne (72 Stunden)",
        es="Posible brecha de datos (72 horas)",
        it="Possibile violazione dei dati (72 ore)",
    ),
    _reason(
        "authority_request",
        en="Request from police or an authority",
        fr="Demande de la police ou d'une autorité",
        nl="Verzoek van politie of een overheid",
        de="Anfrage von Polizei oder Behörde",
        es="Solicitud de la policía o una autoridad",
        it="Richiesta di polizia o autorità",
    ),
    _reason(
        "media",
        en="Journalist or media involved",
        fr="Journaliste ou média impliqué",
        nl="Journalist of media betrokken",
        de="Journalist oder Medien beteiligt",
        es="Periodista o medios implicados",
        it="Giornalista o media coinvolti",
    ),
    _reason(
        "repeated_request",
        en="Repeated or overdue request",
        fr="Demande répétée ou en retard",
        nl="Herhaald of te laat beantwoord verzoek",
        de="Wiederholte oder überfällige Anfrage",
        es="Solicitud reiterada o vencida",
        it="Richiesta ripetuta o scaduta",
    ),
)

ESCALATIONS_BY_CODE: Final = MappingProxyType({e.code: e for e in ESCALATION_REASONS})
ESCALATION_CODES: Final[tuple[str, ...]] = tuple(e.code for e in ESCALATION_REASONS)

# Process escalations (LEGAL.md: "always escalated by process, not by text"). They are not text
# signals, so they carry their own codes beside the nine above.
PROCESS_ESCALATIONS: Final[tuple[str, ...]] = (
    "refusal",
    "extension",
    "objection_balancing",
    "identity_doubt",
    "overdue",
)

# Lifecycle tags set by macros (DESIGN.md, tag vocabulary), without prefix.
LIFECYCLE_TAGS: Final[tuple[str, ...]] = ("id_requested", "extended", "refused", "completed")
DEADLINE_TAGS: Final[tuple[str, ...]] = ("due_soon", "overdue")
# Marker tags: evidence of how a lifecycle step was taken. The refusal macro adds `authority_notice`,
# so the service can tell a refusal that told the customer of the complaint right (Art. 12(4)) from
# one tagged by hand.
MARKER_TAGS: Final[tuple[str, ...]] = ("authority_notice",)


def right(code: str) -> Right:
    """The right with this code; KeyError names the unknown code."""
    return RIGHTS_BY_CODE[code]
