"""Agent guidance notes: per language and right, the request, the due date and the next macro."""

from __future__ import annotations

import tomllib
from datetime import date

import pytest

from plugin.core.rights import ESCALATION_CODES, LANGUAGES, PROCESS_ESCALATIONS, RIGHT_CODES, RIGHTS_BY_CODE
from plugin.guidance import (
    GUIDANCE_DIR,
    REFERENCE_PREFIX,
    due_soon_note,
    format_date,
    guidance_note,
    next_macro_id,
    overdue_note,
)
from plugin.templates import load_macros
from tests.templates._helpers import english_words

TITLES = {m.id: m.titles for m in load_macros()}
RECEIVED = date(2026, 3, 5)
DUE = date(2026, 4, 7)


def _note(language: str, rights: list[str], **kwargs: object) -> str:
    args: dict = {"received_on": RECEIVED, "due_on": DUE, "escalation_reasons": ()} | kwargs
    return guidance_note(language=language, rights=rights, **args)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("code", RIGHT_CODES)
def test_note_names_the_right_the_due_date_and_the_next_macro(lang: str, code: str) -> None:
    note = _note(lang, [code])
    assert RIGHTS_BY_CODE[code].name(lang) in note
    assert format_date(DUE, lang) in note
    assert format_date(RECEIVED, lang) in note
    assert TITLES[next_macro_id([code])][lang] in note
    assert TITLES[f"reply_{code}"][lang] in note  # the reply is always named


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("en", "5 April 2026"),
        ("fr", "5 avril 2026"),
        ("nl", "5 april 2026"),
        ("de", "5. April 2026"),
        ("es", "5 de abril de 2026"),
        ("it", "5 aprile 2026"),
        ("xx", "5 April 2026"),
        ("pt-BR", "5 April 2026"),
    ],
)
def test_format_date(day: str, expected: str) -> None:
    assert format_date(date(2026, 4, 5), day) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "1 March 2026"),
        ("fr", "1er mars 2026"),
        ("de", "1. März 2026"),
        ("es", "1 de marzo de 2026"),
        ("it", "1º marzo 2026"),
        ("nl", "1 maart 2026"),
    ],
)
def test_format_date_first_of_the_month(lang: str, expected: str) -> None:
    assert format_date(date(2026, 3, 1), lang) == expected


def test_unknown_language_falls_back_to_english_and_locales_are_reduced() -> None:
    assert _note("xx", ["access"]) == _note("en", ["access"])
    assert _note("fr-BE", ["access"]) == _note("fr", ["access"])
    assert _note("NL_nl", ["erasure"]) == _note("nl", ["erasure"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_reference_is_the_verbatim_last_line(lang: str) -> None:
    for note in (
        _note(lang, ["access"], reference="d-42"),
        due_soon_note(language=lang, due_on=DUE, days_left=3, reference="d-42"),
        overdue_note(language=lang, due_on=DUE, days_overdue=2, reference="d-42"),
    ):
        assert note.splitlines()[-1] == f"{REFERENCE_PREFIX}d-42"
    assert REFERENCE_PREFIX.strip() not in _note(lang, ["access"])


def test_next_macro() -> None:
    assert next_macro_id(["access"]) == "acknowledge"
    assert next_macro_id(["direct_marketing"]) == "reply_direct_marketing"
    assert next_macro_id(["privacy_concern", "withdraw_consent"]) == "reply_withdraw_consent"
    assert next_macro_id(["direct_marketing", "erasure"]) == "acknowledge"
    assert next_macro_id([]) == "acknowledge"
    assert set(TITLES) >= {next_macro_id([c]) for c in RIGHT_CODES}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_escalations_are_listed_with_their_names(lang: str) -> None:
    from plugin.core.rights import ESCALATIONS_BY_CODE

    note = _note(lang, ["access"], escalation_reasons=list(ESCALATION_CODES), process_escalations=PROCESS_ESCALATIONS)
    for code in ESCALATION_CODES:
        assert ESCALATIONS_BY_CODE[code].name(lang) in note
    plain = _note(lang, ["access"])
    assert len(note.splitlines()) == len(plain.splitlines()) + 2 + len(ESCALATION_CODES) + len(PROCESS_ESCALATIONS)


def test_unknown_escalation_codes_do_not_break_the_note() -> None:
    assert "- new_signal: " in _note("en", ["access"], escalation_reasons=["new_signal"])


def test_unknown_right_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown right code"):
        _note("en", ["teleportation"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_due_date_on_hold_and_extension(lang: str) -> None:
    on_hold = _note(lang, ["access"], due_on=None)
    assert format_date(DUE, lang) not in on_hold
    extended = _note(lang, ["access"], extended_due_on=date(2026, 6, 5))
    assert format_date(date(2026, 6, 5), lang) in extended


@pytest.mark.parametrize("lang", LANGUAGES)
def test_identity_rule_is_in_every_note(lang: str) -> None:
    words = {
        "en": "ID document",
        "fr": "pièce d'identité",
        "nl": "identiteitsbewijs",
        "de": "Ausweiskopie",
        "es": "documento de identidad",
        "it": "documento d'identità",
    }
    assert words[lang] in _note(lang, ["access"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_deadline_notes(lang: str) -> None:
    soon = due_soon_note(language=lang, due_on=DUE, days_left=3)
    assert format_date(DUE, lang) in soon and "3" in soon
    assert due_soon_note(language=lang, due_on=DUE, days_left=1) != due_soon_note(
        language=lang, due_on=DUE, days_left=2
    )
    late = overdue_note(language=lang, due_on=DUE, days_overdue=4)
    assert format_date(DUE, lang) in late and "4" in late


def _keys(table: dict, prefix: str = "") -> set[str]:
    out = set()
    for key, value in table.items():
        out |= _keys(value, f"{prefix}{key}.") if isinstance(value, dict) else {f"{prefix}{key}"}
    return out


def _load(lang: str) -> dict:
    with (GUIDANCE_DIR / f"{lang}.toml").open("rb") as f:
        return tomllib.load(f)


def test_guidance_files_have_the_same_keys() -> None:
    english = _keys(_load("en")) - {"date.first_day"}
    for lang in LANGUAGES:
        assert _keys(_load(lang)) - {"date.first_day"} == english, lang
    assert {f"rights.{c}" for c in RIGHT_CODES} <= english
    assert {f"escalation.{c}" for c in ESCALATION_CODES} <= english
    assert {f"process.{c}" for c in PROCESS_ESCALATIONS} <= english


def _strings(table: dict) -> list[str]:
    out: list[str] = []
    for value in table.values():
        if isinstance(value, dict):
            out += _strings(value)
        elif isinstance(value, str):
            out.append(value)
        elif isinstance(value, list):
            out += [v for v in value if isinstance(v, str)]
    return out


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_no_english_in_translated_guidance(lang: str) -> None:
    found = english_words("\n".join(_strings(_load(lang))))
    assert not found, f"{lang}: {sorted(found)}"
    assert english_words("\n".join(_strings(_load("en"))))
