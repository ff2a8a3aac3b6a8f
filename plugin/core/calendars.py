"""Holiday calendars and default time zones of the controller's country (pure: stdlib + holidays).

Public holidays are those of the member state where the action is taken, national plus regional
where they differ (Reg. 1182/71 Art. 2(1)); the `holidays` package supplies them. A calendar is any
object with a `label` and `holiday_name(day)`, so tests and callers can pass a fixed one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Final, Protocol

import holidays

# Capital's zone per country: EU-27, EEA (IS, LI, NO), the United Kingdom (GB, alias UK) and CH.
TIMEZONES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "AT": "Europe/Vienna",
        "BE": "Europe/Brussels",
        "BG": "Europe/Sofia",
        "CY": "Asia/Nicosia",
        "CZ": "Europe/Prague",
        "DE": "Europe/Berlin",
        "DK": "Europe/Copenhagen",
        "EE": "Europe/Tallinn",
        "ES": "Europe/Madrid",
        "FI": "Europe/Helsinki",
        "FR": "Europe/Paris",
        "GR": "Europe/Athens",
        "HR": "Europe/Zagreb",
        "HU": "Europe/Budapest",
        "IE": "Europe/Dublin",
        "IT": "Europe/Rome",
        "LT": "Europe/Vilnius",
        "LU": "Europe/Luxembourg",
        "LV": "Europe/Riga",
        "MT": "Europe/Malta",
        "NL": "Europe/Amsterdam",
        "PL": "Europe/Warsaw",
        "PT": "Europe/Lisbon",
        "RO": "Europe/Bucharest",
        "SE": "Europe/Stockholm",
        "SI": "Europe/Ljubljana",
        "SK": "Europe/Bratislava",
        "IS": "Atlantic/Reykjavik",
        "LI": "Europe/Vaduz",
        "NO": "Europe/Oslo",
        "GB": "Europe/London",
        "UK": "Europe/London",
        "CH": "Europe/Zurich",
    }
)

# Regions (holidays-package subdivision codes) whose clock differs from the capital's.
SUBDIVISION_TIMEZONES: Final[Mapping[tuple[str, str], str]] = MappingProxyType(
    {
        ("ES", "CN"): "Atlantic/Canary",
        ("PT", "20"): "Atlantic/Azores",
        ("PT", "30"): "Atlantic/Madeira",
        ("FR", "971"): "America/Guadeloupe",
        ("FR", "972"): "America/Martinique",
        ("FR", "973"): "America/Cayenne",
        ("FR", "974"): "Indian/Reunion",
        ("FR", "976"): "Indian/Mayotte",
    }
)


class Calendar(Protocol):
    """Public holidays of one place; `label` names it in explanations ("BE", "DE-BY")."""

    @property
    def label(self) -> str: ...

    def holiday_name(self, day: date) -> str | None:
        """The holiday's name on this day, or None on an ordinary day (weekends are not holidays)."""
        ...


@dataclass(frozen=True, slots=True)
class HolidayCalendar:
    """A `holidays` package calendar (national + the subdivision's), names in English where offered."""

    label: str
    table: holidays.HolidayBase = field(repr=False, compare=False)

    def holiday_name(self, day: date) -> str | None:
        return self.table.get(day)


@dataclass(frozen=True, slots=True)
class FixedCalendar:
    """A calendar given as a table of dates and names (tests, or a controller's own list)."""

    label: str
    days: Mapping[date, str] = field(default_factory=dict)

    def holiday_name(self, day: date) -> str | None:
        return self.days.get(day)


def holiday_calendar(country: str, subdivision: str | None = None, years: Iterable[int] = ()) -> HolidayCalendar:
    """The public holidays of `country` (ISO 3166-1) and `subdivision`; ValueError names a bad code.

    Years outside `years` are filled in on first use. Observed (substitute) days count: in the UK a
    "Boxing Day (observed)" Monday is a bank holiday like any other.
    """
    code = country.strip().upper()
    probe = _probe(code)
    subdiv = canonical_subdivision(code, subdivision)
    language = "en_US" if "en_US" in probe.supported_languages else None
    table = holidays.country_holidays(code, subdiv=subdiv, years=list(years), language=language)
    return HolidayCalendar(f"{code}-{subdiv}" if subdiv else code, table)


def canonical_subdivision(country: str, subdivision: str | None) -> str | None:
    """The holidays-package code of a subdivision (code or name, any case); ValueError if unknown."""
    code = country.strip().upper()
    probe = _probe(code)
    if subdivision is None or not subdivision.strip():
        return None
    wanted = subdivision.strip().casefold()
    for known in probe.subdivisions:
        if known.casefold() == wanted:
            return str(known)
    for alias, known in probe.subdivisions_aliases.items():
        if alias.casefold() == wanted:
            return str(known)
    listed = ", ".join(probe.subdivisions) or "none"
    raise ValueError(f"unknown subdivision {subdivision!r} of {code} (known: {listed})")


def default_timezone(country: str, subdivision: str | None = None) -> str:
    """The controller's zone when only the country (and region) is known: the capital's, or the region's."""
    code = country.strip().upper()
    if subdivision and code in {c for c, _ in SUBDIVISION_TIMEZONES}:
        regional = SUBDIVISION_TIMEZONES.get((code, canonical_subdivision(code, subdivision) or ""))
        if regional:
            return regional
    try:
        return TIMEZONES[code]
    except KeyError:
        raise ValueError(f"no default time zone for country {country!r}: give the time zone explicitly") from None


def _probe(code: str) -> holidays.HolidayBase:
    """An empty calendar of the country, for its metadata; ValueError if the package does not know it."""
    if code not in holidays.list_supported_countries():
        raise ValueError(f"unknown country {code!r}: no holiday calendar for it (use ISO 3166-1, e.g. BE)")
    return holidays.country_holidays(code)
