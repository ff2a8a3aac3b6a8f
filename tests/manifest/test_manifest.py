"""The Zendesk app: requirements.json is generated, `manifest check` enforces the ZAF rules (and
names the rule it finds broken), and `manifest package` writes the zip an admin uploads."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from plugin.cli import main
from plugin.helpdesk.oas import load_spec
from plugin.helpdesk.standin import StandinState, create_standin_app, standin_client
from plugin.manifest import (
    APP_DIR,
    LOGOS,
    WEBHOOK_REQUIREMENT,
    ManifestError,
    build_requirements,
    check_app,
    dumps,
    package_app,
    png_size,
)


@pytest.fixture
def app_copy(tmp_path: Path) -> Path:
    target = tmp_path / "zendesk"
    shutil.copytree(APP_DIR, target)
    return target


def load_make_logos() -> Any:
    spec = importlib.util.spec_from_file_location("make_logos", APP_DIR / "make_logos.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def edit_json(path: Path, change: Callable[[Any], None]) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# --- generation ------------------------------------------------------------------------------------
def test_committed_requirements_equal_what_build_produces():
    assert (APP_DIR / "requirements.json").read_text(encoding="utf-8") == dumps(build_requirements())


def test_build_command_regenerates_requirements(app_copy: Path, capsys):
    (app_copy / "requirements.json").write_text("{}\n", encoding="utf-8")
    assert main(["manifest", "build", "--app-dir", str(app_copy)]) == 0
    assert (app_copy / "requirements.json").read_text(encoding="utf-8") == dumps(build_requirements())
    assert "requirements.json" in capsys.readouterr().out


def test_requirements_cover_fields_webhook_triggers_and_every_macro_language():
    from plugin.core.rights import LANGUAGES
    from plugin.templates import load_macros

    requirements = build_requirements()
    assert set(requirements) == {"ticket_fields", "webhooks", "triggers", "macros"}
    assert len(requirements["macros"]) == len(load_macros()) * len(LANGUAGES)
    webhook = requirements["webhooks"][WEBHOOK_REQUIREMENT]
    assert webhook["endpoint"] == "{{setting.service_url}}/webhooks/zendesk"
    assert webhook["subscriptions"] == ["conditional_ticket_events"]
    for trigger in requirements["triggers"].values():
        (action,) = trigger["actions"]
        assert action["field"] == "notification_webhook" and action["value"][0] == WEBHOOK_REQUIREMENT
        assert json.loads(action["value"][1])["ticket"]["id"] == "{{ticket.id}}"


def test_macro_texts_reference_field_requirements_and_leave_the_authority_to_the_agent():
    macros = build_requirements()["macros"]
    refuse = {a["field"]: a["value"] for a in macros["gdpr_desk_macro_refuse_fr"]["actions"]}
    text = refuse["comment_value"]
    assert "{{ticket.ticket_field_gdpr_desk_field_received_on}}" in text
    assert ">>> [nom de l'autorité de contrôle] <<<" in text
    assert "[[" not in text  # every template variable was rendered
    assert all(v["title"].startswith("GDPR · ") for v in macros.values())
    assert all(isinstance(a["value"], str) for m in macros.values() for a in m["actions"])


# --- check -----------------------------------------------------------------------------------------
def test_check_passes_on_the_committed_app(capsys):
    assert check_app() == []
    assert main(["manifest", "check"]) == 0
    assert "passes" in capsys.readouterr().out


def _small_png(size: int) -> bytes:
    return load_make_logos().png(size)


def _set_parameter_name(app: Path) -> None:
    edit_json(app / "manifest.json", lambda m: m["parameters"].append({"name": "name", "type": "text"}))


def _http_location(app: Path) -> None:
    def change(m: dict[str, Any]) -> None:
        m["location"]["support"]["ticket_sidebar"]["url"] = "http://gdpr-desk.example.com/app/sidebar"

    edit_json(app / "manifest.json", change)


def _unsecure_secret(app: Path) -> None:
    edit_json(app / "manifest.json", lambda m: m["parameters"][1].pop("secure"))


def _untitled_macro(app: Path) -> None:
    edit_json(app / "requirements.json", lambda r: r["macros"]["gdpr_desk_macro_acknowledge_en"].pop("title"))


def _webhook_without_endpoint(app: Path) -> None:
    edit_json(app / "requirements.json", lambda r: r["webhooks"][WEBHOOK_REQUIREMENT].pop("endpoint"))


def _unknown_webhook(app: Path) -> None:
    def change(r: dict[str, Any]) -> None:
        r["triggers"]["gdpr_desk_trigger_ticket_created"]["actions"][0]["value"][0] = "some_other_hook"

    edit_json(app / "requirements.json", change)


def manifest_edit(change: Callable[[dict[str, Any]], Any]) -> Callable[[Path], None]:
    return lambda app: edit_json(app / "manifest.json", change)


def requirements_edit(change: Callable[[dict[str, Any]], Any]) -> Callable[[Path], None]:
    return lambda app: edit_json(app / "requirements.json", change)


BROKEN: list[tuple[str, Callable[[Path], None], str]] = [
    ("missing logo", lambda app: (app / "assets/logo.png").unlink(), "logo"),
    ("wrong logo size", lambda app: (app / "assets/logo-small.png").write_bytes(_small_png(64)), "logo"),
    ("logo not a png", lambda app: (app / "assets/logo.png").write_bytes(b"GIF89a" + bytes(40)), "logo"),
    ("parameter named name", _set_parameter_name, "parameter-name"),
    ("non-https location", _http_location, "location-url"),
    ("missing asset of the location", lambda app: (app / "assets/iframe.html").unlink(), "location-url"),
    ("missing default translation", lambda app: (app / "translations/en.json").unlink(), "translations"),
    ("missing language", lambda app: (app / "translations/nl.json").unlink(), "translation-languages"),
    (
        "translation without description",
        lambda app: edit_json(app / "translations/de.json", lambda t: t["app"].pop("installation_instructions")),
        "translation-keys",
    ),
    (
        "untranslated parameter",
        lambda app: edit_json(app / "translations/es.json", lambda t: t["app"]["parameters"].pop("shared_secret")),
        "translation-parameters",
    ),
    ("secret not secure", _unsecure_secret, "secure-secret"),
    ("framework version", manifest_edit(lambda m: m.update(frameworkVersion="1.0")), "framework-version"),
    ("no author", manifest_edit(lambda m: m.pop("author")), "manifest-keys"),
    ("public app", manifest_edit(lambda m: m.update(private=False)), "private"),
    ("requirement without title", _untitled_macro, "requirement-title"),
    ("webhook without endpoint", _webhook_without_endpoint, "webhook-fields"),
    ("trigger calls an unknown webhook", _unknown_webhook, "requirement-reference"),
    ("unknown requirement type", requirements_edit(lambda r: r.update(apps={})), "requirements-types"),
    ("hand-edited requirements", requirements_edit(lambda r: r["macros"].popitem()), "requirements-generated"),
    ("requirements not json", lambda app: (app / "requirements.json").write_text("{"), "requirements-json"),
]  # fmt: skip


@pytest.mark.parametrize(("breakage", "expected_rule"), [(b, r) for _, b, r in BROKEN], ids=[n for n, _, _ in BROKEN])
def test_check_fails_on_a_broken_copy_naming_the_rule(app_copy: Path, breakage, expected_rule: str, capsys):
    breakage(app_copy)
    rules = {v.rule for v in check_app(app_copy)}
    assert expected_rule in rules
    assert main(["manifest", "check", "--app-dir", str(app_copy)]) == 1
    assert f"[{expected_rule}]" in capsys.readouterr().err


def test_duplicate_keys_in_requirements_are_reported(app_copy: Path):
    path = app_copy / "requirements.json"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('"ticket_fields": {', '"ticket_fields": {\n    "x": {"title": "x"},\n    "x": {"title": "y"},', 1)
    )
    messages = [str(v) for v in check_app(app_copy)]
    assert any("duplicate key(s) x" in m for m in messages)


def test_logos_have_the_sizes_zendesk_requires():
    for name, size in LOGOS.items():
        assert png_size(APP_DIR / name) == size


def test_png_size_refuses_other_files(tmp_path: Path):
    path = tmp_path / "logo.png"
    path.write_bytes(b"not a png at all, not at all")
    with pytest.raises(ManifestError, match="not a PNG"):
        png_size(path)


def test_the_small_logo_is_what_make_logos_draws():
    assert (APP_DIR / "assets/logo-small.png").read_bytes() == load_make_logos().png(128)


# --- package ---------------------------------------------------------------------------------------
def test_package_holds_the_app_at_the_zip_root(tmp_path: Path, capsys):
    out = tmp_path / "dist" / "app.zip"
    assert main(["manifest", "package", "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        assert names[:2] == ["manifest.json", "requirements.json"]
        assert sorted(n for n in names if n.startswith("translations/")) == [
            f"translations/{lang}.json" for lang in ("de", "en", "es", "fr", "it", "nl")
        ]
        assert {"assets/logo.png", "assets/logo-small.png", "assets/iframe.html"} <= set(names)
        assert all(re.fullmatch(r"(manifest|requirements)\.json|(translations|assets)/[^/]+", n) for n in names)
        assert archive.read("requirements.json") == (APP_DIR / "requirements.json").read_bytes()
        assert json.loads(archive.read("manifest.json"))["location"]["support"]["ticket_sidebar"]["url"] == (
            "assets/iframe.html"
        )
    assert "make_logos.py" not in names and "README.md" not in names


def test_package_is_reproducible(tmp_path: Path):
    first = package_app(APP_DIR, tmp_path / "a.zip").read_bytes()
    second = package_app(APP_DIR, tmp_path / "b.zip").read_bytes()
    assert first == second


def test_package_refuses_a_broken_app(app_copy: Path, tmp_path: Path, capsys):
    (app_copy / "assets/logo.png").unlink()
    out = tmp_path / "app.zip"
    assert main(["manifest", "package", "--app-dir", str(app_copy), "--out", str(out)]) == 1
    assert "[logo]" in capsys.readouterr().err and not out.exists()


# --- the requirements are bodies Zendesk accepts ---------------------------------------------------
@pytest.mark.skipif(load_spec() is None, reason="Zendesk OpenAPI spec or PyYAML not available")
async def test_every_requirement_is_accepted_by_the_stand_in_and_the_spec():
    """Create each requirement through the stand-in (spec-validated), substituting ids as an install would."""
    requirements = build_requirements()
    state = StandinState()
    ids: dict[str, str] = {}
    async with standin_client(create_standin_app(state)) as client:
        for ident, field in requirements["ticket_fields"].items():
            r = await client.post("/api/v2/ticket_fields.json", json={"ticket_field": field})
            assert r.status_code == 201, r.json()
            ids[ident] = str(r.json()["ticket_field"]["id"])
        hook = dict(requirements["webhooks"][WEBHOOK_REQUIREMENT])
        hook.pop("title")
        hook["endpoint"] = hook["endpoint"].replace("{{setting.service_url}}", "https://gdpr-desk.example.com")
        r = await client.post("/api/v2/webhooks", json={"webhook": hook})
        assert r.status_code == 201, r.json()
        ids[WEBHOOK_REQUIREMENT] = r.json()["webhook"]["id"]
        for trigger in requirements["triggers"].values():
            body = json.loads(json.dumps(trigger).replace(f'"{WEBHOOK_REQUIREMENT}"', f'"{ids[WEBHOOK_REQUIREMENT]}"'))
            r = await client.post("/api/v2/triggers.json", json={"trigger": body})
            assert r.status_code == 201, r.json()
        for macro in requirements["macros"].values():
            text = json.dumps(macro)
            for ident, real in ids.items():
                text = text.replace(f"ticket_field_{ident}", f"ticket_field_{real}")
            r = await client.post("/api/v2/macros.json", json={"macro": json.loads(text)})
            assert r.status_code == 201, r.json()
    assert state.spec_violations == []
