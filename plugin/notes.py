"""The NoteWriter the decision uses: guidance notes (plugin.guidance) and lifecycle notes (templates/notes).

Texts are data in templates/; this module only picks the language and fills the values (dates in the
note's language, escalation reasons by their display name).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from plugin import guidance
from plugin.core.rights import ESCALATIONS_BY_CODE, LANGUAGES
from plugin.helpdesk.zendesk import ref_line
from plugin.templates import TEMPLATES_DIR

LIFECYCLE_FILE = "notes/lifecycle.toml"


def load_lifecycle_texts(directory: Path = TEMPLATES_DIR) -> dict[str, dict[str, str]]:
    """Lifecycle note texts per language; every language must have every kind English has."""
    with (directory / LIFECYCLE_FILE).open("rb") as handle:
        texts: dict[str, dict[str, str]] = tomllib.load(handle)
    kinds = set(texts["en"])
    for language in LANGUAGES:
        missing = kinds - set(texts.get(language, {}))
        if missing:
            raise ValueError(f"{LIFECYCLE_FILE}: [{language}] lacks {sorted(missing)}")
    return texts


class Notes:
    """Renders every internal note the service posts."""

    def __init__(self, texts: Mapping[str, Mapping[str, str]] | None = None) -> None:
        self.texts = texts or load_lifecycle_texts()

    def _language(self, language: str) -> str:
        return language if language in self.texts else "en"

    def guidance(
        self,
        *,
        language: str,
        rights: tuple[str, ...],
        received_on: date,
        due_on: date | None,
        escalation_reasons: tuple[str, ...],
        process_escalations: tuple[str, ...],
        extended_due_on: date | None,
        reference: str,
    ) -> str:
        return guidance.guidance_note(
            language=self._language(language),
            rights=rights,
            received_on=received_on,
            due_on=due_on,
            escalation_reasons=escalation_reasons,
            process_escalations=process_escalations,
            extended_due_on=extended_due_on,
            reference=reference,
        )

    def due_soon(self, *, language: str, due_on: date, days_left: int, reference: str) -> str:
        return guidance.due_soon_note(
            language=self._language(language), due_on=due_on, days_left=days_left, reference=reference
        )

    def overdue(self, *, language: str, due_on: date, days_overdue: int, reference: str) -> str:
        return guidance.overdue_note(
            language=self._language(language), due_on=due_on, days_overdue=days_overdue, reference=reference
        )

    def lifecycle(self, kind: str, *, language: str, reference: str, **values: Any) -> str:
        language = self._language(language)
        template = self.texts[language][kind]
        rendered: dict[str, str] = {}
        for name, value in values.items():
            if isinstance(value, date):
                rendered[name] = guidance.format_date(value, language)
            elif name == "reasons":
                rendered[name] = ", ".join(ESCALATIONS_BY_CODE[r].name(language) for r in value)
            else:
                rendered[name] = "—" if value is None else str(value)
        text = template.format(**rendered)
        return f"{text}\n\n{ref_line(reference)}" if reference else text
