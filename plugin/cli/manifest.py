"""`gdpr-desk manifest build|check|package`: the Zendesk app in manifests/zendesk/."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "manifest",
        help="build, check and package the Zendesk app",
        description="The Zendesk app (ticket sidebar + requirements) in manifests/zendesk/.",
    )
    actions = parser.add_subparsers(dest="manifest_action", metavar="ACTION", required=True)

    build = actions.add_parser("build", help="regenerate requirements.json from templates/ and the definitions")
    build.set_defaults(handler=build_command)

    check = actions.add_parser("check", help="check the app against the Zendesk Apps framework rules")
    check.set_defaults(handler=check_command)

    package = actions.add_parser("package", help="write the zip an admin uploads to Zendesk")
    package.add_argument(
        "--out", type=Path, metavar="FILE", help="zip to write (default dist/gdpr-desk-zendesk-<version>.zip)"
    )
    package.set_defaults(handler=package_command)

    for sub in (build, check, package):
        sub.add_argument("--app-dir", type=Path, metavar="DIR", help="the app directory (default manifests/zendesk)")


def _app_dir(args: argparse.Namespace) -> Path:
    from plugin.manifest import APP_DIR

    return args.app_dir or APP_DIR


def build_command(args: argparse.Namespace) -> int:
    from plugin.cli import CliError
    from plugin.manifest import write_requirements
    from plugin.templates import TemplateError

    app_dir = _app_dir(args)
    if not app_dir.is_dir():
        raise CliError(f"{app_dir}: no such app directory")
    try:
        path = write_requirements(app_dir)
    except TemplateError as exc:
        raise CliError(f"cannot build requirements.json: {exc}") from exc
    print(f"wrote {path}")
    return 0


def check_command(args: argparse.Namespace) -> int:
    from plugin.manifest import check_app

    violations = check_app(_app_dir(args))
    for violation in violations:
        print(violation, file=sys.stderr)
    if violations:
        print(f"gdpr-desk: the app breaks {len(violations)} rule(s)", file=sys.stderr)
        return 1
    print("the Zendesk app passes every check")
    return 0


def package_command(args: argparse.Namespace) -> int:
    from plugin.cli import CliError
    from plugin.manifest import ManifestError, default_package_path, package_app

    try:
        path = package_app(_app_dir(args), args.out or default_package_path())
    except ManifestError as exc:
        raise CliError(str(exc), code=1) from exc
    print(f"wrote {path}")
    return 0
