"""The sidebar's texts are data: every language has every key and placeholder, and every code has a text."""

from __future__ import annotations

import re
from typing import Any

import pytest

from plugin.core.rights import LANGUAGES, PROCESS_ESCALATIONS
from plugin.sidebar import entry_summary, i18n, language_of
from plugin.webhooks import HANDLED_EVENT_TYPES

PLACEHOLDER = re.compile(r"\{(\w+)\}")
DECISION_KINDS = ("opened", "escalated", "not_request", "lifecycle", "unchanged", "due_soon", "overdue")
LIFECYCLE_CHANGES = (
    "resumed",
    "id_requested",
    "extended",
    "refused",
    "completed",
    "escalation_added",
    "reopened",
    "rights_added",
)


def flatten(value: Any, prefix: str = "") -> dict[str, str]:
    if isinstance(value, dict):
        return {k: v for key, item in value.items() for k, v in flatten(item, f"{prefix}{key}.").items()}
    return {prefix.rstrip("."): value}


def test_the_languages_are_the_services() -> None:
    assert tuple(i18n()) == LANGUAGES


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_every_language_has_the_english_keys_and_placeholders(lang: str) -> None:
    english, other = flatten(i18n()["en"]), flatten(i18n()[lang])
    assert set(other) == set(english)
    for key, text in english.items():
        assert isinstance(other[key], str) and other[key].strip(), (lang, key)
        assert sorted(PLACEHOLDER.findall(other[key])) == sorted(PLACEHOLDER.findall(text)), (lang, key)


def test_every_code_the_pipeline_produces_has_a_text() -> None:
    en = i18n()["en"]
    assert set(PROCESS_ESCALATIONS) <= set(en["process_escalations"])
    assert set(HANDLED_EVENT_TYPES) | {"ticket.updated", "sweep.due_soon", "sweep.overdue"} <= set(en["events"])
    assert set(DECISION_KINDS) | {"closed_in_helpdesk", "other"} <= set(en["summaries"]["decisions"])
    assert set(LIFECYCLE_CHANGES) <= set(en["changes"])
    assert {"open", "id_requested", "extended", "refused", "completed"} <= set(en["states"])


@pytest.mark.parametrize(
    ("kind", "data", "lang", "expected"),
    [
        ("webhook_received", {"event": "ticket.comment_added"}, "nl", "Gebeurtenis ontvangen: nieuwe reactie"),
        (
            "dead_letter",
            {"reason": "HelpdeskError", "attempts": 12},
            "en",
            "Processing failed: HelpdeskError after 12 attempts",
        ),
        ("decision", {"decision": "lifecycle", "changes": ["extended"]}, "es", "Caso actualizado: plazo prorrogado"),
        (
            "decision",
            {"decision": "escalated", "classification": {"escalations": ["media", "legal_action"]}},
            "it",
            "Escalation: Giornalista o media coinvolti, Azione legale o diffida",
        ),
        (
            "decision",
            {"decision": "overdue", "actions": {"note": True}, "outcome": {"applied": True}},
            "de",
            "Frist abgelaufen: eskaliert · interne Notiz gesetzt",
        ),
        ("decision", {"decision": "something_new"}, "en", "Decision: something_new"),
        ("checkpoint_made", {}, "fr", "checkpoint_made"),
    ],
)
def test_entry_summaries(kind: str, data: dict[str, Any], lang: str, expected: str) -> None:
    assert entry_summary(kind, data, lang) == expected


@pytest.mark.parametrize(
    ("requested", "case", "expected"),
    [(None, "fr", "fr"), ("de-AT", "fr", "de"), ("pt_BR", "nl", "nl"), ("", "", "en"), ("xx", None, "en")],
)
def test_language_of(requested: str | None, case: str | None, expected: str) -> None:
    assert language_of(requested, case) == expected
