"""The macro texts are data: every macro in every language, same variables, same agent placeholders."""

from __future__ import annotations

import re

import pytest

from plugin.core.rights import DEADLINE_TAGS, LANGUAGES, LIFECYCLE_TAGS, MARKER_TAGS, RIGHT_CODES
from plugin.templates import VARIABLES, MacroTemplate, TemplateError, load_macros, render
from tests.templates._helpers import english_words, placeholder_keys

MACROS = load_macros()
BY_ID = {m.id: m for m in MACROS}
OTHER_LANGUAGES = [lang for lang in LANGUAGES if lang != "en"]

# How each language tells the agent that a macro changes the ticket status (Zendesk's own status names).
STATUS_MARKERS = {
    "solved": {
        "en": "(sets status: solved)",
        "fr": "(passe au statut : résolu)",
        "nl": "(zet status op: opgelost)",
        "de": "(setzt Status: gelöst)",
        "es": "(cambia el estado a: resuelto)",
        "it": "(imposta lo stato: risolto)",
    },
    "pending": {
        "en": "(sets status: pending)",
        "fr": "(passe au statut : en attente)",
        "nl": "(zet status op: in afwachting)",
        "de": "(setzt Status: wartend)",
        "es": "(cambia el estado a: pendiente)",
        "it": "(imposta lo stato: in attesa)",
    },
}

# Words that name the judicial remedy in each language (Art. 12(4): "seek a judicial remedy").
JUDICIAL_REMEDY = {
    "en": "judicial remedy",
    "fr": "recours devant les juridictions",
    "nl": "naar de rechter",
    "de": "gerichtlichen Rechtsbehelf",
    "es": "acciones judiciales",
    "it": "ricorso all'autorità giudiziaria",
}

PROCESS_IDS = {"acknowledge", "request_identification", "request_clarification", "extend_deadline", "refuse"}


def each_macro_language() -> list[tuple[MacroTemplate, str]]:
    return [(m, lang) for m in MACROS for lang in LANGUAGES]


def _id(param: object) -> str:
    if isinstance(param, MacroTemplate):
        return param.id
    return str(param)


def test_the_expected_macros_exist_sorted_by_id() -> None:
    expected = PROCESS_IDS | {f"reply_{code}" for code in RIGHT_CODES}
    assert {m.id for m in MACROS} == expected
    assert [m.id for m in MACROS] == sorted(m.id for m in MACROS)


@pytest.mark.parametrize("macro", MACROS, ids=_id)
def test_every_language_has_a_title_and_a_body(macro: MacroTemplate) -> None:
    assert set(macro.titles) == set(LANGUAGES)
    assert set(macro.bodies) == set(LANGUAGES)
    assert all(macro.titles[lang].strip() and macro.bodies[lang].strip() for lang in LANGUAGES)
    assert len(set(macro.titles.values())) == len(LANGUAGES), "titles look untranslated"
    assert len(set(macro.bodies.values())) == len(LANGUAGES), "bodies look untranslated"


@pytest.mark.parametrize("macro", MACROS, ids=_id)
def test_same_variables_in_every_language(macro: MacroTemplate) -> None:
    english = macro.variables("en")
    assert english <= VARIABLES
    for lang in OTHER_LANGUAGES:
        assert macro.variables(lang) == english, lang


@pytest.mark.parametrize("macro", MACROS, ids=_id)
def test_same_agent_placeholders_in_every_language(macro: MacroTemplate) -> None:
    english = placeholder_keys(macro.bodies["en"], "en")
    assert english, "a macro without agent placeholders"
    assert not [k for k in english if k.startswith("?")], english
    for lang in OTHER_LANGUAGES:
        assert placeholder_keys(macro.bodies[lang], lang) == english, lang


@pytest.mark.parametrize("macro", MACROS, ids=_id)
def test_same_zendesk_placeholders_in_every_language(macro: MacroTemplate) -> None:
    zendesk = {lang: set(re.findall(r"\{\{[^}]+\}\}", macro.bodies[lang])) for lang in LANGUAGES}
    assert "{{current_user.first_name}}" in zendesk["en"]
    for lang in LANGUAGES:
        assert zendesk[lang] <= {
            "{{ticket.requester.first_name}}",
            "{{ticket.requester.name}}",
            "{{current_user.first_name}}",
        }, lang
        assert any(p.startswith("{{ticket.requester.") for p in zendesk[lang]), f"{lang}: no greeting by name"


@pytest.mark.parametrize(("macro", "lang"), each_macro_language(), ids=_id)
def test_every_public_macro_has_the_concern_placeholder(macro: MacroTemplate, lang: str) -> None:
    assert macro.public
    assert "concern" in placeholder_keys(macro.bodies[lang], lang)


@pytest.mark.parametrize(("macro", "lang"), [(m, lang) for m, lang in each_macro_language() if lang != "en"], ids=_id)
def test_no_english_left_in_other_languages(macro: MacroTemplate, lang: str) -> None:
    found = english_words(macro.titles[lang] + "\n" + macro.bodies[lang])
    assert not found, f"{macro.id}/{lang}: English words {sorted(found)}"


@pytest.mark.parametrize(("macro", "lang"), each_macro_language(), ids=_id)
def test_status_changing_macros_say_so_in_their_title(macro: MacroTemplate, lang: str) -> None:
    if macro.status is None:
        assert not any(marker[lang] in macro.titles[lang] for marker in STATUS_MARKERS.values())
    else:
        assert STATUS_MARKERS[macro.status][lang] in macro.titles[lang]


@pytest.mark.parametrize("macro", MACROS, ids=_id)
def test_tags_and_status_are_from_the_vocabulary(macro: MacroTemplate) -> None:
    assert set(macro.add_tags) <= set(LIFECYCLE_TAGS) | set(MARKER_TAGS)
    assert set(macro.remove_tags) <= set(LIFECYCLE_TAGS) | set(DEADLINE_TAGS)
    assert not set(macro.add_tags) & set(macro.remove_tags)
    assert macro.status in (None, "open", "pending", "solved")
    assert macro.kind == ("reply" if macro.id.startswith("reply_") else "process")


@pytest.mark.parametrize("code", RIGHT_CODES)
def test_one_completing_reply_per_right(code: str) -> None:
    reply = BY_ID[f"reply_{code}"]
    assert (reply.kind, reply.right, reply.status, reply.add_tags) == ("reply", code, "solved", ("completed",))


def test_lifecycle_tags_of_the_process_macros() -> None:
    assert BY_ID["request_identification"].add_tags == ("id_requested",)
    assert BY_ID["request_identification"].status == "pending"
    assert BY_ID["request_clarification"].status == "pending"
    assert BY_ID["extend_deadline"].add_tags == ("extended",)
    # The marker tag tells the service the refusal went out with the authority notice (Art. 12(4)).
    assert BY_ID["refuse"].add_tags == ("refused", "authority_notice")
    assert BY_ID["acknowledge"].status is None and not BY_ID["acknowledge"].add_tags


@pytest.mark.parametrize("lang", LANGUAGES)
def test_acknowledgement_states_receipt_and_due_dates(lang: str) -> None:
    assert {"received_on", "due_on"} <= BY_ID["acknowledge"].variables(lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_extension_gives_the_new_date_and_reasons(lang: str) -> None:
    macro = BY_ID["extend_deadline"]
    assert "extended_due_on" in macro.variables(lang)
    assert "reasons" in placeholder_keys(macro.bodies[lang], lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_refusal_names_the_authority_and_the_judicial_remedy(lang: str) -> None:
    macro = BY_ID["refuse"]
    assert {"authority_name", "authority_website", "authority_complaint_url"} <= macro.variables(lang)
    assert "reasons" in placeholder_keys(macro.bodies[lang], lang)
    assert JUDICIAL_REMEDY[lang] in macro.bodies[lang]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_access_reply_lists_the_article_15_items(lang: str) -> None:
    macro = BY_ID["reply_access"]
    keys = placeholder_keys(macro.bodies[lang], lang)
    assert keys.count("fill") >= 6  # purposes, categories, recipients, retention, source, automated decisions
    assert "delivery" in keys
    assert {"authority_name", "authority_website"} <= macro.variables(lang)  # Art. 15(1)(f)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_portability_names_a_machine_readable_format(lang: str) -> None:
    body = BY_ID["reply_portability"].bodies[lang]
    assert "CSV" in body and "JSON" in body


def test_identification_never_asks_logged_in_customers_for_an_id_copy() -> None:
    # The hint must tell the agent so, in every language (EDPB 01/2022 §§73-74).
    words = {
        "en": "logged in",
        "fr": "connecté",
        "nl": "ingelogd",
        "de": "eingeloggt",
        "es": "iniciado sesión",
        "it": "effettuato l'accesso",
    }
    for lang, word in words.items():
        assert word in BY_ID["request_identification"].bodies[lang], lang


def test_render_substitutes_variables_and_keeps_zendesk_placeholders() -> None:
    values = {name: f"<{name}>" for name in VARIABLES}
    text = render(BY_ID["refuse"].bodies["fr"], values)
    assert "[[" not in text and "<authority_name>" in text
    assert "{{ticket.requester.first_name}}" in text and ">>> [" in text


def test_render_unknown_variable_is_an_error() -> None:
    with pytest.raises(TemplateError, match="due_on"):
        render("Answer by [[due_on]]", {"received_on": "x"})


@pytest.mark.parametrize("macro", MACROS, ids=_id)
def test_english_heuristic_does_flag_the_english_texts(macro: MacroTemplate) -> None:
    # Guards the heuristic above: it must find English where English is.
    assert english_words(macro.bodies["en"])
