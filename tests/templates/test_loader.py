"""load_macros fails with a message naming the file and the problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plugin.core.rights import LANGUAGES
from plugin.templates import TEMPLATES_DIR, TemplateError, load_macros

GOOD_TOML = """\
id = "acknowledge"
kind = "process"
add_tags = []
remove_tags = []
status = "none"
public = true

[titles]
en = "Acknowledge"
fr = "Accusé"
nl = "Ontvangst"
de = "Eingang"
es = "Acuse"
it = "Conferma"
"""


@pytest.fixture
def templates(tmp_path: Path) -> Path:
    """A minimal templates/ directory with one valid macro."""
    macro = tmp_path / "macros" / "acknowledge"
    macro.mkdir(parents=True)
    (macro / "macro.toml").write_text(GOOD_TOML, encoding="utf-8")
    for lang in LANGUAGES:
        (macro / f"{lang}.md").write_text(f"Text {lang} [[received_on]]\n", encoding="utf-8")
    return tmp_path


def test_minimal_directory_loads(templates: Path) -> None:
    [macro] = load_macros(templates)
    assert macro.id == "acknowledge" and macro.status is None and macro.public
    assert macro.variables("de") == {"received_on"}
    assert macro.bodies["fr"] == "Text fr [[received_on]]\n"


def test_bad_toml_names_the_file(templates: Path) -> None:
    path = templates / "macros" / "acknowledge" / "macro.toml"
    path.write_text('id = "acknowledge\nkind = ', encoding="utf-8")
    with pytest.raises(TemplateError, match=r"acknowledge[/\\]macro\.toml: invalid TOML"):
        load_macros(templates)


def test_missing_language_file_is_named(templates: Path) -> None:
    (templates / "macros" / "acknowledge" / "nl.md").unlink()
    with pytest.raises(TemplateError, match=r"nl\.md: missing 'nl' text of macro 'acknowledge'"):
        load_macros(templates)


def test_missing_title_language_is_named(templates: Path) -> None:
    path = templates / "macros" / "acknowledge" / "macro.toml"
    path.write_text(GOOD_TOML.replace('it = "Conferma"\n', ""), encoding="utf-8")
    with pytest.raises(TemplateError, match=r"macro\.toml: \[titles\] is missing language\(s\) it"):
        load_macros(templates)


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ('kind = "process"', 'kind = "letter"', "'kind' must be one of"),
        ('status = "none"', 'status = "closed"', "'status' must be one of"),
        ("public = true", 'public = "yes"', "'public' must be true or false"),
        ("add_tags = []", 'add_tags = ["gdpr_completed"]', "unknown tag"),
        ('id = "acknowledge"', 'id = "ack"', "does not match its directory name"),
        ('kind = "process"', 'kind = "reply"\nright = "teleportation"', "a reply needs 'right'"),
        ("public = true", "public = true\ncolour = 1", "unknown key"),
    ],
)
def test_invalid_front_matter_is_explained(templates: Path, old: str, new: str, problem: str) -> None:
    path = templates / "macros" / "acknowledge" / "macro.toml"
    path.write_text(GOOD_TOML.replace(old, new), encoding="utf-8")
    with pytest.raises(TemplateError, match=r"macro\.toml: .*") as err:
        load_macros(templates)
    assert problem in str(err.value)


def test_unknown_variable_is_named(templates: Path) -> None:
    (templates / "macros" / "acknowledge" / "de.md").write_text("Hallo [[customer_iban]]\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"de\.md: unknown variable\(s\) customer_iban"):
        load_macros(templates)


def test_unknown_agent_placeholder_label_is_named(templates: Path) -> None:
    shutil.copy(TEMPLATES_DIR / "placeholders.toml", templates / "placeholders.toml")
    (templates / "macros" / "acknowledge" / "es.md").write_text(">>> [Rellenar: algo] <<<\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"es\.md: agent placeholder label 'Rellenar'"):
        load_macros(templates)


def test_missing_macro_directory(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="macro directory not found"):
        load_macros(tmp_path)
