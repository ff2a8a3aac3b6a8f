"""Supervisory authorities: every EU/EEA country and the UK, https URLs, the company's authority."""

from __future__ import annotations

import pytest

from plugin.authorities import Authority, UnknownAuthority, all_authorities, authority_for
from plugin.core.rights import LANGUAGES

EU27 = [
    "AT",
    "BE",
    "BG",
    "HR",
    "CY",
    "CZ",
    "DK",
    "EE",
    "FI",
    "FR",
    "DE",
    "GR",
    "HU",
    "IE",
    "IT",
    "LV",
    "LT",
    "LU",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SK",
    "SI",
    "ES",
    "SE",
]
EEA = ["IS", "LI", "NO"]
DE_LANDER = ["BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"]


@pytest.mark.parametrize("country", [*EU27, *EEA, "GB"])
def test_every_country_has_a_national_authority(country: str) -> None:
    authority = authority_for(country)
    assert authority.country == country
    assert authority.subdivision is None
    assert authority.name_local and authority.name_en


def test_no_other_countries() -> None:
    assert {a.country for a in all_authorities()} == {*EU27, *EEA, "GB"}


@pytest.mark.parametrize("authority", all_authorities(), ids=lambda a: f"{a.country}-{a.subdivision or ''}")
def test_urls_are_https(authority: Authority) -> None:
    urls = [
        authority.website,
        authority.complaint_url,
        *authority.websites.values(),
        *authority.complaint_urls.values(),
    ]
    assert all(url.startswith("https://") and " " not in url for url in urls), urls


def test_german_lander_are_complete_and_bavaria_has_two() -> None:
    german = [a for a in all_authorities() if a.country == "DE" and a.subdivision]
    assert {a.subdivision for a in german} == set(DE_LANDER)
    bavaria = {a.sector: a for a in german if a.subdivision == "BY"}
    assert set(bavaria) == {"private", "public"}


@pytest.mark.parametrize("land", DE_LANDER)
def test_a_company_in_a_german_land_gets_that_land(land: str) -> None:
    authority = authority_for("DE", land)
    assert (authority.subdivision, authority.sector in ("all", "private")) == (land, True)


def test_bavaria_means_baylda_for_a_company() -> None:
    assert "BayLDA" in authority_for("DE", "BY").name_local
    assert authority_for("de", "DE-BY") == authority_for("DE", "BY")


def test_germany_without_a_land_falls_back_to_the_federal_authority() -> None:
    assert "BfDI" in authority_for("DE").name_local


@pytest.mark.parametrize("region", ["CT", "PV", "AN", "MD", None])
def test_a_spanish_company_goes_to_the_aepd(region: str | None) -> None:
    assert "AEPD" in authority_for("ES", region).name_local
    regional = [a for a in all_authorities() if a.country == "ES" and a.subdivision]
    assert {a.subdivision for a in regional} >= {"CT", "PV"}
    assert all(a.sector == "public" for a in regional)


def test_aliases() -> None:
    assert authority_for("UK") == authority_for("gb")
    assert authority_for("EL") == authority_for("GR")


@pytest.mark.parametrize(("country", "subdivision"), [("US", None), ("", None), ("DE", "XX")])
def test_unknown_country_or_land_is_a_clear_error(country: str, subdivision: str | None) -> None:
    with pytest.raises(UnknownAuthority) as err:
        authority_for(country, subdivision)
    assert isinstance(err.value, KeyError) and isinstance(err.value, ValueError)
    assert repr(country) in str(err.value) or repr(subdivision) in str(err.value)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_template_variables_for_belgium_follow_the_language(lang: str) -> None:
    variables = authority_for("BE").variables(lang)
    assert set(variables) == {"authority_name", "authority_website", "authority_complaint_url"}
    expected_site = {
        "nl": "gegevensbeschermingsautoriteit.be",
        "fr": "autoriteprotectiondonnees.be",
        "en": "dataprotectionauthority.be",
    }.get(lang)
    if expected_site:
        assert expected_site in variables["authority_website"]


def test_names_by_language() -> None:
    cnil = authority_for("FR")
    assert cnil.name_for("en") == cnil.name_en
    assert cnil.name_for("de") == cnil.name_local  # a proper noun, not an English paraphrase


def test_name_is_the_official_local_name() -> None:
    # plugin.helpdesk.definitions reads .name, .website and .complaint_url.
    nl = authority_for("NL")
    assert (nl.name, nl.website, nl.complaint_url) == (
        "Autoriteit Persoonsgegevens (AP)",
        "https://www.autoriteitpersoonsgegevens.nl/",
        "https://www.autoriteitpersoonsgegevens.nl/een-tip-of-klacht-indienen-bij-de-ap",
    )
