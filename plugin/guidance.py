"""Agent guidance: the internal notes gdpr-desk posts on a ticket, in the agent's language (pure).

The texts are data in templates/guidance/<lang>.toml; macro titles come from templates/macros. No clock,
env or network: dates, rights and escalations come in as arguments. An unknown language falls back to
English (a Zendesk locale such as "fr-BE" or "pt_BR" is reduced to its language first).

Every note ends with the decision reference, verbatim and never translated ("gdpr-desk ref: <ref>"), so
the service can recognise its own notes later (REFERENCE_PREFIX).
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection, Mapping
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from plugin.core.rights import ESCALATIONS_BY_CODE, LANGUAGES, RIGHT_CODES, RIGHTS_BY_CODE
from plugin.templates import TEMPLATES_DIR, TemplateError, cached_macros

__all__ = [
    "GUIDANCE_DIR",
    "QUICK_RIGHTS",
    "REFERENCE_PREFIX",
    "due_soon_note",
    "format_date",
    "guidance_note",
    "next_macro_id",
    "overdue_note",
    "reply_macro_id",
]

GUIDANCE_DIR: Final = TEMPLATES_DIR / "guidance"
REFERENCE_PREFIX: Final = "gdpr-desk ref: "
FALLBACK_LANGUAGE: Final = "en"

# Rights that are answered straight away with their reply, without an acknowledgement first:
# stopping marketing or a consent-based processing is immediate (Art. 21(3), Art. 7(3)), and a privacy
# question is simply answered. Every other request is acknowledged first (EDPB 01/2022 §57).
QUICK_RIGHTS: Final = frozenset({"direct_marketing", "withdraw_consent", "privacy_concern"})


def reply_macro_id(right: str) -> str:
    """The id of the macro that answers this right ("reply_<code>")."""
    return f"reply_{right}"


def next_macro_id(rights: Collection[str]) -> str:
    """The macro the agent should use next on a newly detected request."""
    codes = _ordered_rights(rights)
    if codes and all(code in QUICK_RIGHTS for code in codes):
        return reply_macro_id(codes[0])
    return "acknowledge"


def format_date(d: date, language: str) -> str:
    """A date the way that language writes it: "5 April 2026", "5. April 2026", "5 de abril de 2026"…"""
    texts = _texts(language)["date"]
    day = texts.get("first_day", "1") if d.day == 1 else str(d.day)
    return str(texts["format"]).format(day=day, month=texts["months"][d.month - 1], year=d.year)


def guidance_note(
    *,
    language: str,
    rights: Collection[str],
    received_on: date,
    due_on: date | None,
    escalation_reasons: Collection[str],
    process_escalations: Collection[str] = (),
    extended_due_on: date | None = None,
    reference: str = "",
) -> str:
    """The internal note for a detected request: type, dates, escalations, checklist, next macro."""
    lang = _language(language)
    t = _texts(lang)
    note = t["note"]
    codes = _ordered_rights(rights)
    titles = _macro_titles(lang)

    lines = [note["title"], ""]
    if codes:
        items = [
            note["right_item"].format(name=RIGHTS_BY_CODE[c].name(lang), article=RIGHTS_BY_CODE[c].article)
            for c in codes
        ]
        lines.append(note["request"].format(rights="; ".join(items)))
    else:
        lines.append(note["request_unclear"])
    lines.append(note["received"].format(date=format_date(received_on, lang)))
    lines.append(note["due"].format(date=format_date(due_on, lang)) if due_on else note["due_on_hold"])
    if extended_due_on:
        lines.append(note["extended"].format(date=format_date(extended_due_on, lang)))

    escalations = [
        f"- {ESCALATIONS_BY_CODE[r].name(lang)}: {t['escalation'][r]}"
        if r in ESCALATIONS_BY_CODE
        else f"- {r}: {t['escalation']['unknown']}"
        for r in _unique(escalation_reasons)
    ]
    escalations += [f"- {t['process'].get(p, t['process']['unknown'])}" for p in _unique(process_escalations)]
    if escalations:
        lines += ["", note["escalate_heading"], *escalations]

    checklist = [note["checklist_identity"]]
    checklist += [t["rights"][c] for c in codes]
    checklist += [note["checklist_concern"], note["checklist_refusal"]]
    if due_on and not extended_due_on:
        checklist.append(note["checklist_deadline"].format(date=format_date(due_on, lang)))
    checklist.append(note["checklist_escalate"])
    lines += ["", note["checklist_heading"], *(f"{i}. {item}" for i, item in enumerate(checklist, 1))]

    next_id = next_macro_id(codes)
    quote = note["macro_quote"]
    lines += ["", note["next_macro"].format(title=quote.format(title=titles[next_id]))]
    replies = [quote.format(title=titles[reply_macro_id(c)]) for c in codes if reply_macro_id(c) != next_id]
    if replies:
        lines.append(note["reply_macros"].format(titles="; ".join(replies)))
    return _finish(lines, reference)


def due_soon_note(*, language: str, due_on: date, days_left: int, reference: str = "") -> str:
    """The note the sweeper posts when the deadline is near."""
    lang = _language(language)
    t = _texts(lang)["due_soon"]
    days = t["days_today"] if days_left <= 0 else _plural(t, days_left)
    lines = [t["title"], "", t["text"].format(date=format_date(due_on, lang), days=days), t["action"]]
    return _finish(lines, reference)


def overdue_note(*, language: str, due_on: date, days_overdue: int, reference: str = "") -> str:
    """The note the sweeper posts when the deadline has passed."""
    lang = _language(language)
    t = _texts(lang)["overdue"]
    days = _plural(t, max(days_overdue, 1))
    lines = [t["title"], "", t["text"].format(date=format_date(due_on, lang), days=days), t["action"]]
    return _finish(lines, reference)


def _finish(lines: list[str], reference: str) -> str:
    if reference:
        lines += ["", f"{REFERENCE_PREFIX}{reference}"]
    return "\n".join(lines)


def _plural(texts: Mapping[str, Any], n: int) -> str:
    return str(texts["days_one"]) if n == 1 else str(texts["days_other"]).format(n=n)


def _language(language: str) -> str:
    base = (language or "").strip().lower().replace("_", "-").split("-")[0]
    return base if base in LANGUAGES else FALLBACK_LANGUAGE


def _ordered_rights(rights: Collection[str]) -> list[str]:
    unknown = sorted(set(rights) - set(RIGHT_CODES))
    if unknown:
        raise ValueError(f"unknown right code(s): {', '.join(unknown)} (known: {', '.join(RIGHT_CODES)})")
    return [code for code in RIGHT_CODES if code in set(rights)]


def _unique(codes: Collection[str]) -> list[str]:
    return list(dict.fromkeys(codes))


def _macro_titles(language: str) -> dict[str, str]:
    return {m.id: m.titles[language] for m in cached_macros()}


@lru_cache(maxsize=len(LANGUAGES) + 1)
def _texts(language: str, directory: Path = GUIDANCE_DIR) -> dict[str, Any]:
    lang = _language(language)
    path = directory / f"{lang}.toml"
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError as exc:
        raise TemplateError(f"{path}: missing guidance texts for {lang!r}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"{path}: invalid TOML: {exc}") from exc
