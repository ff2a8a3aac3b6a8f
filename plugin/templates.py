"""Macro templates: load the per-language macro texts from templates/ and render their [[variables]].

Layout (data, checked by tests/templates):
    templates/macros/<id>/macro.toml   id, kind, right, add_tags, remove_tags, status, public, [titles]
    templates/macros/<id>/<lang>.md    the body in that language, one file per language in LANGUAGES
    templates/placeholders.toml        the localised labels of the agent placeholders (optional)

Three kinds of placeholder live in a body:
- ``[[name]]``: a variable the installer resolves (``render``); only the names in VARIABLES are allowed.
- ``{{ticket.requester.first_name}}`` and other Zendesk placeholders: left untouched for Zendesk.
- ``>>> [Label: hint] <<<``: visible text the agent must replace before sending (AGENT_PLACEHOLDER).

Errors: every problem is a ``TemplateError`` whose message names the file and the problem.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from plugin.core.rights import DEADLINE_TAGS, LANGUAGES, LIFECYCLE_TAGS, MARKER_TAGS, RIGHT_CODES

__all__ = [
    "AGENT_PLACEHOLDER",
    "KINDS",
    "STATUSES",
    "TEMPLATES_DIR",
    "VARIABLES",
    "MacroTemplate",
    "TemplateError",
    "agent_placeholder_labels",
    "agent_placeholders",
    "load_macros",
    "render",
]

TEMPLATES_DIR: Final[Path] = Path(__file__).resolve().parent.parent / "templates"

KINDS: Final = ("process", "reply")
STATUSES: Final = ("open", "pending", "solved")
MACRO_TAGS: Final = LIFECYCLE_TAGS + DEADLINE_TAGS + MARKER_TAGS

# The variables the installer resolves: dates become Zendesk ticket-field placeholders, the authority
# comes from the controller's country (plugin.authorities), the company name from the settings.
VARIABLES: Final[frozenset[str]] = frozenset(
    {
        "received_on",
        "due_on",
        "extended_due_on",
        "authority_name",
        "authority_website",
        "authority_complaint_url",
        "company_name",
    }
)

VARIABLE: Final = re.compile(r"\[\[\s*([A-Za-z0-9_]+)\s*\]\]")
# ">>> [Label: hint] <<<" — the label is the text before the first colon (French spacing allowed).
AGENT_PLACEHOLDER: Final = re.compile(r">>> \[(?P<inner>[^\]\n]+)\] <<<")


class TemplateError(Exception):
    """A template file is missing or invalid, or a variable cannot be rendered."""


@dataclass(frozen=True)
class MacroTemplate:
    """One macro in every language: its texts, and the tags/status/visibility it applies."""

    id: str
    kind: str
    right: str | None
    titles: Mapping[str, str]
    bodies: Mapping[str, str]
    add_tags: tuple[str, ...] = ()
    remove_tags: tuple[str, ...] = ()
    status: str | None = None
    public: bool = True

    def variables(self, language: str) -> frozenset[str]:
        """The [[variable]] names used in the title and body of that language."""
        if language not in self.bodies:
            raise KeyError(f"macro {self.id!r} has no {language!r} text")
        return frozenset(VARIABLE.findall(self.titles.get(language, "") + "\n" + self.bodies[language]))


def render(text: str, values: Mapping[str, str]) -> str:
    """Substitute every [[name]] in text with values[name]; a name without a value is a TemplateError."""
    missing = sorted({name for name in VARIABLE.findall(text) if name not in values})
    if missing:
        raise TemplateError(f"no value for template variable(s): {', '.join(missing)}")
    return VARIABLE.sub(lambda m: str(values[m.group(1)]), text)


def agent_placeholders(text: str) -> list[tuple[str, str]]:
    """The (label, hint) of every ``>>> [Label: hint] <<<`` in text, in order."""
    found = []
    for match in AGENT_PLACEHOLDER.finditer(text):
        label, _, hint = match.group("inner").partition(":")
        found.append((label.strip(), hint.strip()))
    return found


def agent_placeholder_labels(directory: Path = TEMPLATES_DIR) -> dict[str, dict[str, str]]:
    """key -> {language: label} from placeholders.toml (empty if the file does not exist)."""
    path = directory / "placeholders.toml"
    if not path.exists():
        return {}
    data = _read_toml(path)
    labels: dict[str, dict[str, str]] = {}
    for key, per_language in data.items():
        if not isinstance(per_language, dict):
            raise TemplateError(f"{path}: [{key}] must be a table of language = label")
        _require_languages(path, f"[{key}]", per_language)
        labels[key] = {lang: str(per_language[lang]) for lang in LANGUAGES}
    return labels


def load_macros(directory: Path = TEMPLATES_DIR) -> list[MacroTemplate]:
    """Every macro under directory/macros, sorted by id; a missing or invalid file is a TemplateError."""
    macros_dir = directory / "macros"
    if not macros_dir.is_dir():
        raise TemplateError(f"{macros_dir}: macro directory not found")
    labels = agent_placeholder_labels(directory)
    known_labels = {lang: {per[lang]: key for key, per in labels.items()} for lang in LANGUAGES}
    macros = [
        _load_macro(path, known_labels if labels else None)
        for path in sorted(p for p in macros_dir.iterdir() if p.is_dir())
    ]
    if not macros:
        raise TemplateError(f"{macros_dir}: no macros found")
    return sorted(macros, key=lambda m: m.id)


@lru_cache(maxsize=4)
def cached_macros(directory: Path = TEMPLATES_DIR) -> tuple[MacroTemplate, ...]:
    """load_macros, read once per directory (the texts are data shipped with the code)."""
    return tuple(load_macros(directory))


def _load_macro(macro_dir: Path, known_labels: dict[str, dict[str, str]] | None) -> MacroTemplate:
    meta_path = macro_dir / "macro.toml"
    if not meta_path.exists():
        raise TemplateError(f"{meta_path}: missing macro.toml")
    meta = _read_toml(meta_path)

    def fail(problem: str) -> TemplateError:
        return TemplateError(f"{meta_path}: {problem}")

    unknown = set(meta) - {"id", "kind", "right", "add_tags", "remove_tags", "status", "public", "titles"}
    if unknown:
        raise fail(f"unknown key(s): {', '.join(sorted(unknown))}")
    macro_id = meta.get("id")
    if not isinstance(macro_id, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", macro_id):
        raise fail("'id' must be a lower-case identifier")
    if macro_id != macro_dir.name:
        raise fail(f"id {macro_id!r} does not match its directory name {macro_dir.name!r}")
    kind = meta.get("kind")
    if kind not in KINDS:
        raise fail(f"'kind' must be one of {', '.join(KINDS)}, not {kind!r}")
    right = meta.get("right")
    if kind == "reply" and right not in RIGHT_CODES:
        raise fail(f"a reply needs 'right' among {', '.join(RIGHT_CODES)}, not {right!r}")
    if kind == "process" and right is not None:
        raise fail("a process macro has no 'right'")
    add_tags = _tags(meta, "add_tags", fail)
    remove_tags = _tags(meta, "remove_tags", fail)
    status = meta.get("status", "none")
    if status not in (*STATUSES, "none"):
        raise fail(f"'status' must be one of {', '.join(STATUSES)} or none, not {status!r}")
    public = meta.get("public")
    if not isinstance(public, bool):
        raise fail("'public' must be true or false")
    titles = meta.get("titles")
    if not isinstance(titles, dict):
        raise fail("missing [titles] table")
    _require_languages(meta_path, "[titles]", titles)

    bodies: dict[str, str] = {}
    for lang in LANGUAGES:
        body_path = macro_dir / f"{lang}.md"
        if not body_path.exists():
            raise TemplateError(f"{body_path}: missing {lang!r} text of macro {macro_id!r}")
        try:
            body = body_path.read_text(encoding="utf-8").strip() + "\n"
        except UnicodeDecodeError as exc:
            raise TemplateError(f"{body_path}: not UTF-8 ({exc})") from exc
        if not body.strip():
            raise TemplateError(f"{body_path}: empty text")
        unknown_vars = sorted(set(VARIABLE.findall(body + titles[lang])) - VARIABLES)
        if unknown_vars:
            raise TemplateError(f"{body_path}: unknown variable(s) {', '.join(unknown_vars)}")
        if known_labels is not None:
            for label, _hint in agent_placeholders(body):
                if label not in known_labels[lang]:
                    raise TemplateError(f"{body_path}: agent placeholder label {label!r} is not in placeholders.toml")
        bodies[lang] = body

    return MacroTemplate(
        id=macro_id,
        kind=kind,
        right=right,
        titles=MappingProxyType({lang: str(titles[lang]) for lang in LANGUAGES}),
        bodies=MappingProxyType(bodies),
        add_tags=add_tags,
        remove_tags=remove_tags,
        status=None if status == "none" else status,
        public=public,
    )


def _tags(meta: Mapping[str, Any], key: str, fail: Any) -> tuple[str, ...]:
    tags = meta.get(key, [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise fail(f"'{key}' must be a list of strings")
    bad = [t for t in tags if t not in MACRO_TAGS]
    if bad:
        raise fail(f"'{key}' has unknown tag(s) {', '.join(bad)} (allowed, without prefix: {', '.join(MACRO_TAGS)})")
    return tuple(tags)


def _require_languages(path: Path, where: str, table: Mapping[str, Any]) -> None:
    missing = [lang for lang in LANGUAGES if not isinstance(table.get(lang), str) or not table[lang].strip()]
    if missing:
        raise TemplateError(f"{path}: {where} is missing language(s) {', '.join(missing)}")


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"{path}: invalid TOML: {exc}") from exc
    except OSError as exc:
        raise TemplateError(f"{path}: cannot read: {exc}") from exc
