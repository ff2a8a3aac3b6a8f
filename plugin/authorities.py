"""Data protection supervisory authorities (Art. 51 GDPR), read from plugin/data/authorities.json.

A refusal must tell the customer they may complain to a supervisory authority (Art. 12(4), Art. 77);
the macros name the authority of the controller's country through [[authority_name]],
[[authority_website]] and [[authority_complaint_url]] — ``Authority.variables(language)`` gives them.

``authority_for`` answers for a company (the controller), so it picks the authority that supervises the
private sector: in Bavaria BayLDA, not BayLfD; in Catalonia or the Basque Country the AEPD, not the
regional authorities, which cover public bodies. Germany without a Land falls back to the federal BfDI,
which passes complaints on to the competent Land authority — set the subdivision to name the right one.

Errors: ``UnknownAuthority`` (a KeyError and a ValueError) names the unknown country or subdivision.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Final

__all__ = ["COUNTRY_ALIASES", "Authority", "UnknownAuthority", "all_authorities", "authority_for"]

# Common non-ISO spellings: the EU writes EL for Greece; "UK" for the United Kingdom (ISO: GB).
COUNTRY_ALIASES: Final = MappingProxyType({"UK": "GB", "EL": "GR"})
_COMPANY_SECTORS: Final = ("all", "private")


def _empty() -> Mapping[str, str]:
    return MappingProxyType({})


class UnknownAuthority(KeyError, ValueError):
    """No supervisory authority is known for that country or subdivision."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True)
class Authority:
    """One supervisory authority: names, website and complaint page (https URLs)."""

    country: str
    subdivision: str | None
    name_local: str
    name_en: str
    website: str
    complaint_url: str
    sector: str = "all"
    names: Mapping[str, str] = field(default_factory=_empty, compare=False)
    websites: Mapping[str, str] = field(default_factory=_empty, compare=False)
    complaint_urls: Mapping[str, str] = field(default_factory=_empty, compare=False)
    note: str = field(default="", compare=False)

    @property
    def name(self) -> str:
        """The official name (local language); per-language texts should use name_for / variables."""
        return self.name_local

    def name_for(self, language: str) -> str:
        """The name to print in a text in that language: its own name in that language if it has one,
        the English name in English, otherwise the official local name (a proper noun)."""
        return self.names.get(language) or (self.name_en if language == "en" else self.name_local)

    def website_for(self, language: str) -> str:
        return self.websites.get(language) or self.website

    def complaint_url_for(self, language: str) -> str:
        return self.complaint_urls.get(language) or self.complaint_url

    def variables(self, language: str) -> dict[str, str]:
        """The [[authority_*]] template variables for a text in that language."""
        return {
            "authority_name": self.name_for(language),
            "authority_website": self.website_for(language),
            "authority_complaint_url": self.complaint_url_for(language),
        }


def all_authorities() -> tuple[Authority, ...]:
    """Every authority in the data file, in file order."""
    return _load()


def authority_for(country: str, subdivision: str | None = None) -> Authority:
    """The authority that supervises a company established in country (and subdivision, where it matters)."""
    code = _country_code(country)
    candidates = [a for a in _load() if a.country == code]
    if not candidates:
        known = ", ".join(sorted({a.country for a in _load()}))
        raise UnknownAuthority(f"no supervisory authority known for country {country!r} (known: {known})")
    regional = {a.subdivision for a in candidates if a.subdivision}
    sub = subdivision.strip().upper() if subdivision and subdivision.strip() else None
    if sub and "-" in sub:  # accept full ISO 3166-2 codes such as "DE-BY"
        prefix, _, rest = sub.partition("-")
        sub = rest if prefix == code else sub
    if code == "DE" and sub is not None and sub not in regional:
        raise UnknownAuthority(
            f"unknown German Land {subdivision!r}: use one of {', '.join(sorted(regional))} (ISO 3166-2:DE)"
        )
    if sub in regional:
        for a in candidates:
            if a.subdivision == sub and a.sector in _COMPANY_SECTORS:
                return a
    # National authority: regional ones that cover only public bodies do not supervise a company.
    for a in candidates:
        if a.subdivision is None:
            return a
    raise UnknownAuthority(f"no national supervisory authority known for country {code!r}")  # pragma: no cover


def _country_code(country: str) -> str:
    code = (country or "").strip().upper()
    return COUNTRY_ALIASES.get(code, code)


@lru_cache(maxsize=1)
def _load() -> tuple[Authority, ...]:
    raw = resources.files("plugin").joinpath("data", "authorities.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    out = []
    for entry in data["authorities"]:
        website = entry["website"]
        out.append(
            Authority(
                country=entry["country"],
                subdivision=entry.get("subdivision"),
                name_local=entry["name_local"],
                name_en=entry["name_en"],
                website=website,
                complaint_url=entry.get("complaint_url") or website,
                sector=entry.get("sector", "all"),
                names=MappingProxyType(dict(entry.get("names", {}))),
                websites=MappingProxyType(dict(entry.get("websites", {}))),
                complaint_urls=MappingProxyType(dict(entry.get("complaint_urls", {}))),
                note=entry.get("note", ""),
            )
        )
    return tuple(out)
