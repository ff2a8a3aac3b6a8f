"""The Zendesk app in manifests/zendesk/: generate requirements.json, check the app, build the zip.

`build_requirements()` turns what `plugin.helpdesk.definitions` describes (ticket fields, the macros
rendered from templates/, the triggers carrying the webhook body template, the webhook) into the
app's requirements.json; `check_app()` applies the Zendesk Apps framework rules of shared
ZENDESK.md (zendesk_apps_support's validators) and lists every violation under a rule name;
`package_app()` writes the zip an admin uploads.

References between requirements. Zendesk creates the requirements when the app is installed, so
their ids are unknown when the file is written. The sources at hand (Zendesk's "Specifying apps
requirements" page, the Resource Collections API, zendesk_apps_support's validator and fixtures)
document identifiers as the keys of each resource type and nothing more: no placeholder syntax for
one requirement to name another was found. The rule chosen, in one place (`requirement_ref`):
wherever Zendesk needs the id of another requirement, the file holds that requirement's identifier —
the trigger's `notification_webhook` names `gdpr_desk_webhook`, and macro texts show dates as
`{{ticket.ticket_field_gdpr_desk_field_due_on}}`. Identifiers all start `gdpr_desk_` so that a
substitution cannot hit anything else. Per-installation values use the app settings,
`{{setting.service_url}}` (the webhook endpoint). Both are unverified against a live account:
`gdpr-desk install`, which provisions through the API with real ids, is the verified path, and the
installation instructions tell the admin to check the webhook after installing the app.
Values an app install cannot know (the data protection authority of the controller's country) are
left as agent placeholders `>>> [Label] <<<` the agent fills in; the company is `{{ticket.account}}`.
"""

from __future__ import annotations

import dataclasses
import json
import re
import struct
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from plugin import __version__
from plugin.core.rights import DEFAULT_TAG_PREFIX, LANGUAGES

APP_DIR: Final = Path(__file__).resolve().parent.parent / "manifests" / "zendesk"
REQUIREMENTS_FILE: Final = "requirements.json"
IDENT_PREFIX: Final = "gdpr_desk_"
WEBHOOK_REQUIREMENT: Final = IDENT_PREFIX + "webhook"
SERVICE_URL_SETTING: Final = "service_url"

# zendesk_apps_support: AppRequirement::TYPES, plus webhooks (ZENDESK.md).
REQUIREMENT_TYPES: Final = frozenset(
    {"automations", "channel_integrations", "custom_objects", "macros", "organization_fields", "targets",
     "ticket_fields", "triggers", "user_fields", "views", "webhooks"}
)  # fmt: skip
UNTITLED_TYPES: Final = frozenset({"webhooks", "channel_integrations", "custom_objects"})
WEBHOOK_FIELDS: Final = ("name", "status", "endpoint", "http_method", "request_format")
MAX_REQUIREMENTS: Final = 5000
PARAMETER_TYPES: Final = frozenset({"text", "checkbox", "url", "number", "multiline", "hidden", "oauth"})
MANIFEST_KEYS: Final = ("name", "author", "defaultLocale", "private", "location", "version", "frameworkVersion")
LOGOS: Final = {"assets/logo.png": (320, 320), "assets/logo-small.png": (128, 128)}
TRANSLATION_KEYS: Final = ("name", "short_description", "description", "installation_instructions")
SECRET_WORDS: Final = ("secret", "token", "password", "api_key", "apikey", "private_key")
PACKAGE_ROOTS: Final = ("manifest.json", REQUIREMENTS_FILE, "translations/", "assets/")

# Agent placeholders for the authority in app-installed macros, per language (see the docstring).
AUTHORITY_PLACEHOLDERS: Final[Mapping[str, Mapping[str, str]]] = {
    "en": {"name": "name of the supervisory authority", "website": "its website", "complaint": "its complaint page"},
    "fr": {"name": "nom de l'autorité de contrôle", "website": "son site web", "complaint": "sa page de plainte"},
    "nl": {"name": "naam van de toezichthouder", "website": "de website", "complaint": "de klachtenpagina"},
    "de": {"name": "Name der Aufsichtsbehörde", "website": "ihre Website", "complaint": "ihre Beschwerdeseite"},
    "es": {"name": "nombre de la autoridad de control", "website": "su sitio web",
           "complaint": "su página de reclamaciones"},
    "it": {"name": "nome dell'autorità di controllo", "website": "il suo sito web",
           "complaint": "la sua pagina dei reclami"},
}  # fmt: skip
COMPANY_PLACEHOLDER: Final = "{{ticket.account}}"  # Zendesk: the account's name


class ManifestError(Exception):
    """The app directory cannot be read or built (the message names the file)."""


@dataclass(frozen=True)
class Violation:
    """One broken rule: `rule` is a stable name tests and admins can grep for."""

    rule: str
    message: str

    def __str__(self) -> str:
        return f"[{self.rule}] {self.message}"


# ------------------------------------------------------------------------------------------------
# requirements.json
# ------------------------------------------------------------------------------------------------
def requirement_id(kind: str, key: str) -> str:
    """The identifier of a requirement: `gdpr_desk_<kind>_<key>`, lower case, [a-z0-9_]."""
    return IDENT_PREFIX + re.sub(r"[^a-z0-9_]", "_", f"{kind}_{key}".lower())


def requirement_ref(identifier: str) -> str:
    """How one requirement names another one's id (see the module docstring): its identifier."""
    return identifier


def setting_ref(name: str) -> str:
    """How a requirement uses an app setting."""
    return "{{setting." + name + "}}"


def _macro_values(language: str, field_ids: Mapping[str, str]) -> dict[str, str]:
    from plugin.helpdesk import definitions as defs

    labels = AUTHORITY_PLACEHOLDERS[language]
    authority = {key: f">>> [{label}] <<<" for key, label in labels.items()}
    return defs.macro_values(
        field_ids=field_ids,
        authority={"name": authority["name"], "website": authority["website"], "complaint_url": authority["complaint"]},
        company_name=COMPANY_PLACEHOLDER,
    )


def build_requirements(templates: Iterable[Any] | None = None, prefix: str = DEFAULT_TAG_PREFIX) -> dict[str, Any]:
    """requirements.json as a dict: ticket fields, the webhook, triggers, then macros (stable order)."""
    from plugin.helpdesk import definitions as defs
    from plugin.templates import load_macros, render
    from plugin.webhooks import trigger_body_template

    fields = defs.ticket_fields(prefix)
    field_ids = {f.key: requirement_ref(requirement_id("field", f.key)) for f in fields}
    webhook = {"title": defs.WEBHOOK_NAME, **defs.webhook(setting_ref(SERVICE_URL_SETTING))}
    triggers = {
        requirement_id("trigger", t.key): t.payload(
            requirement_ref(WEBHOOK_REQUIREMENT), trigger_body_template(t.event)
        )
        for t in defs.triggers(prefix)
    }
    macros: dict[str, Any] = {}
    for template in templates if templates is not None else load_macros():
        for language in sorted(template.bodies):
            # One language at a time: the agent placeholders are in the macro's language.
            single = dataclasses.replace(template, bodies={language: template.bodies[language]})
            for macro in defs.macros([single], _macro_values(language, field_ids), render, prefix):
                macros[requirement_id("macro", macro.key)] = macro.payload()
    return {
        "ticket_fields": {requirement_id("field", f.key): f.payload() for f in fields},
        "webhooks": {WEBHOOK_REQUIREMENT: webhook},
        "triggers": triggers,
        "macros": macros,
    }


def dumps(document: Any) -> str:
    """The committed JSON form: two-space indent, UTF-8 text, trailing newline."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def write_requirements(app_dir: Path = APP_DIR) -> Path:
    path = app_dir / REQUIREMENTS_FILE
    path.write_text(dumps(build_requirements()), encoding="utf-8")
    return path


# ------------------------------------------------------------------------------------------------
# Checks
# ------------------------------------------------------------------------------------------------
def png_size(path: Path) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR chunk; ManifestError when the file is not a PNG."""
    head = path.read_bytes()[:24]
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        raise ManifestError(f"{path.name}: not a PNG file")
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def _load_json(path: Path, rule: str, out: list[Violation]) -> Any:
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in pairs]
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        if dupes:
            out.append(Violation(rule, f"{path.name}: duplicate key(s) {', '.join(dupes)}"))
        return dict(pairs)

    try:
        return json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=no_duplicates)
    except FileNotFoundError:
        out.append(Violation(rule, f"{path.name} is missing"))
    except (ValueError, UnicodeDecodeError) as exc:
        out.append(Violation(rule, f"{path.name} is not valid JSON: {exc}"))
    return None


def _url_allowed(url: str, app_dir: Path) -> bool:
    if url.startswith("assets/"):
        return (app_dir / url).is_file()
    return url.startswith("https://") or re.match(r"^http://localhost(:\d+)?(/|$)", url) is not None


def _check_manifest(app_dir: Path, manifest: dict[str, Any], out: list[Violation]) -> None:
    for key in MANIFEST_KEYS:
        if key not in manifest:
            out.append(Violation("manifest-keys", f"manifest.json lacks {key!r}"))
    if manifest.get("frameworkVersion") != "2.0":
        out.append(
            Violation("framework-version", f'frameworkVersion must be "2.0", not {manifest.get("frameworkVersion")!r}')
        )
    author = manifest.get("author")
    if not isinstance(author, dict) or not author.get("name") or not author.get("email"):
        out.append(Violation("author", "author needs a name and an email"))
    if manifest.get("private") is not True:
        out.append(Violation("private", 'the app is private: "private": true'))
    if manifest.get("version") != __version__:
        out.append(Violation("version", f"version {manifest.get('version')!r} differs from gdpr-desk {__version__}"))
    location = manifest.get("location")
    sidebar = location.get("support", {}).get("ticket_sidebar") if isinstance(location, dict) else None
    if not sidebar:
        out.append(Violation("location", "location.support.ticket_sidebar is missing"))
    for product, places in (location or {}).items() if isinstance(location, dict) else ():
        for place, spec in (places or {}).items():
            url = spec.get("url") if isinstance(spec, dict) else spec
            if not isinstance(url, str) or not _url_allowed(url, app_dir):
                out.append(Violation("location-url", f"{product}.{place}: {url!r} must be https://, "
                                     "http://localhost or an existing assets/ file"))  # fmt: skip
    _check_parameters(manifest.get("parameters", []), out)


def _check_parameters(parameters: Any, out: list[Violation]) -> None:
    if not isinstance(parameters, list):
        out.append(Violation("parameters", "parameters must be a list"))
        return
    names = [p.get("name") for p in parameters if isinstance(p, dict)]
    for dupe in sorted({n for n in names if names.count(n) > 1 and n}):
        out.append(Violation("parameters", f"parameter {dupe!r} is declared twice"))
    for param in parameters:
        name = param.get("name") if isinstance(param, dict) else None
        if not isinstance(name, str) or not name:
            out.append(Violation("parameters", f"a parameter has no name: {param!r}"))
            continue
        if name == "name":
            out.append(Violation("parameter-name", 'a parameter may not be called "name" (reserved by Zendesk)'))
        if param.get("type") not in PARAMETER_TYPES:
            out.append(Violation("parameter-type", f"{name}: type {param.get('type')!r} is not one of "
                                 f"{', '.join(sorted(PARAMETER_TYPES))}"))  # fmt: skip
        if any(word in name.lower() for word in SECRET_WORDS) and param.get("secure") is not True:
            out.append(Violation("secure-secret", f'{name}: a secret must be "secure": true'))
    if SERVICE_URL_SETTING not in names:
        out.append(Violation("parameters", f"the {SERVICE_URL_SETTING!r} parameter (type url, required) is missing"))
    for param in parameters:
        service_url = isinstance(param, dict) and param.get("name") == SERVICE_URL_SETTING
        if service_url and (param.get("type") != "url" or param.get("required") is not True):
            out.append(Violation("parameters", f"{SERVICE_URL_SETTING} must be of type url and required"))


def _lookup(tree: Any, dotted: str) -> Any:
    """A translation by dotted key, nested (`{"app": {"name": …}}`) or flat (`{"app.name": …}`)."""
    if isinstance(tree, dict) and dotted in tree:
        return tree[dotted]
    head, _, rest = dotted.partition(".")
    if not rest or not isinstance(tree, dict):
        return None
    return _lookup(tree.get(head), rest)


def _check_translations(app_dir: Path, manifest: dict[str, Any], out: list[Violation]) -> None:
    default = manifest.get("defaultLocale")
    if not isinstance(default, str) or not default:
        out.append(Violation("translations", "defaultLocale is missing"))
        return
    params = [p["name"] for p in manifest.get("parameters", []) if isinstance(p, dict) and p.get("name")]
    for language in dict.fromkeys([default, *LANGUAGES]):
        path = app_dir / "translations" / f"{language}.json"
        if not path.is_file():
            rule = "translations" if language == default else "translation-languages"
            out.append(Violation(rule, f"translations/{language}.json is missing"))
            continue
        tree = _load_json(path, "translations", out)
        if tree is None:
            continue
        for key in TRANSLATION_KEYS:
            if not isinstance(_lookup(tree, f"app.{key}"), str) or not _lookup(tree, f"app.{key}").strip():
                out.append(Violation("translation-keys", f"translations/{language}.json lacks app.{key}"))
        for name in params:
            if not isinstance(_lookup(tree, f"app.parameters.{name}.label"), str):
                out.append(Violation("translation-parameters",
                                     f"translations/{language}.json lacks app.parameters.{name}.label"))  # fmt: skip


def _check_assets(app_dir: Path, out: list[Violation]) -> None:
    for name, size in LOGOS.items():
        path = app_dir / name
        if not path.is_file():
            out.append(Violation("logo", f"{name} is missing"))
            continue
        try:
            actual = png_size(path)
        except ManifestError as exc:
            out.append(Violation("logo", str(exc)))
            continue
        if actual != size:
            out.append(Violation("logo", f"{name} is {actual[0]}×{actual[1]}, must be {size[0]}×{size[1]}"))


def _check_requirements(app_dir: Path, manifest: dict[str, Any], out: list[Violation]) -> None:
    path = app_dir / REQUIREMENTS_FILE
    requirements = _load_json(path, "requirements-json", out)
    if requirements is None:
        return
    if not isinstance(requirements, dict):
        out.append(Violation("requirements-json", "requirements.json must be an object"))
        return
    for kind in sorted(set(requirements) - REQUIREMENT_TYPES):
        out.append(Violation("requirements-types", f"{kind!r} is not a requirement type"))
    count = sum(len(v) for v in requirements.values() if isinstance(v, dict))
    if count > MAX_REQUIREMENTS:
        out.append(Violation("requirements-count", f"{count} requirements, at most {MAX_REQUIREMENTS}"))
    for kind, items in requirements.items():
        if not isinstance(items, dict):
            out.append(Violation("requirements-json", f"{kind} must map identifiers to objects"))
            continue
        for ident, payload in items.items():
            if not isinstance(payload, dict):
                out.append(Violation("requirements-json", f"{kind}.{ident} must be an object"))
            elif kind == "webhooks":
                missing = [f for f in WEBHOOK_FIELDS if not payload.get(f)]
                if missing:
                    out.append(Violation("webhook-fields", f"webhooks.{ident} lacks {', '.join(missing)}"))
            elif kind not in UNTITLED_TYPES and not payload.get("title"):
                out.append(Violation("requirement-title", f"{kind}.{ident} has no title"))
    _check_references(requirements, manifest, out)
    try:
        expected = dumps(build_requirements())
    except Exception as exc:  # the generator's own inputs are broken: say so, do not crash the check
        out.append(Violation("requirements-generated", f"cannot build requirements.json: {exc}"))
        return
    if path.read_text(encoding="utf-8") != expected:
        message = "requirements.json differs from what `gdpr-desk manifest build` produces; run it"
        out.append(Violation("requirements-generated", message))


def _check_references(requirements: dict[str, Any], manifest: dict[str, Any], out: list[Violation]) -> None:
    idents = {kind: set(items) for kind, items in requirements.items() if isinstance(items, dict)}
    settings = {p.get("name") for p in manifest.get("parameters", []) if isinstance(p, dict)}
    text = json.dumps(requirements, ensure_ascii=False)
    for name in sorted(set(re.findall(r"\{\{setting\.([A-Za-z0-9_]+)\}\}", text)) - settings):
        out.append(Violation("requirement-reference", f"{{{{setting.{name}}}}} names no app parameter"))
    for field in sorted(set(re.findall(r"\{\{ticket\.ticket_field_([A-Za-z_][A-Za-z0-9_]*)\}\}", text))):
        if field not in idents.get("ticket_fields", set()):
            out.append(Violation("requirement-reference", f"ticket_field_{field} names no ticket_fields requirement"))
    for kind in ("triggers", "automations"):
        for ident, payload in (requirements.get(kind) or {}).items():
            for action in payload.get("actions", []) if isinstance(payload, dict) else ():
                value = action.get("value") if isinstance(action, dict) else None
                calls = action.get("field") == "notification_webhook" and isinstance(value, list) and value
                if calls and value[0] not in idents.get("webhooks", set()) and not str(value[0]).isdigit():
                    message = f"{kind}.{ident} calls webhook {value[0]!r}, not a webhooks requirement"
                    out.append(Violation("requirement-reference", message))


def check_app(app_dir: Path = APP_DIR) -> list[Violation]:
    """Every rule the app breaks (empty: ready to package)."""
    out: list[Violation] = []
    manifest = _load_json(app_dir / "manifest.json", "manifest-json", out)
    if not isinstance(manifest, dict):
        if manifest is not None:
            out.append(Violation("manifest-json", "manifest.json must be an object"))
        manifest = {}
    else:
        _check_manifest(app_dir, manifest, out)
    _check_translations(app_dir, manifest, out)
    _check_assets(app_dir, out)
    _check_requirements(app_dir, manifest, out)
    return out


# ------------------------------------------------------------------------------------------------
# The zip
# ------------------------------------------------------------------------------------------------
def package_files(app_dir: Path = APP_DIR) -> list[str]:
    """The app's files as zip names: manifest.json, requirements.json, translations/, assets/."""
    names = [n for n in ("manifest.json", REQUIREMENTS_FILE) if (app_dir / n).is_file()]
    for folder in ("translations", "assets"):
        names += sorted(
            p.relative_to(app_dir).as_posix()
            for p in (app_dir / folder).rglob("*")
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(app_dir).parts)
        )
    return names


def package_app(app_dir: Path, out: Path) -> Path:
    """Write the upload zip (reproducible: fixed timestamps, sorted names); the app must pass check."""
    violations = check_app(app_dir)
    if violations:
        raise ManifestError("the app does not pass `gdpr-desk manifest check`:\n" + "\n".join(map(str, violations)))
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in package_files(app_dir):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, (app_dir / name).read_bytes())
    return out


def default_package_path() -> Path:
    return Path("dist") / f"gdpr-desk-zendesk-{__version__}.zip"
