"""`gdpr-desk deadline`: the JSON contract and the one-line errors through the real command (a
subprocess); how options and settings combine through `main()` in-process, which is faster.

Expected dates are worked out by hand (see tests/core/test_deadlines.py for the reasoning style).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from plugin.cli import main

REPO = Path(__file__).resolve().parents[2]


def run(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The command in an empty directory (no .env), with only the GDPR_DESK_* settings given here."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("GDPR_DESK_")}
    clean["PYTHONPATH"] = str(REPO)
    return subprocess.run(
        [sys.executable, "-m", "plugin", "deadline", *args],
        cwd=tmp_path,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def ok(tmp_path: Path, *args: str, **env: str) -> dict[str, Any]:
    result = run(tmp_path, *args, **env)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    data: dict[str, Any] = json.loads(result.stdout)
    return data


Cli = Callable[..., dict[str, Any]]


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    """`main(["deadline", *args])` in an empty directory with only the given GDPR_DESK_* settings."""
    monkeypatch.chdir(tmp_path)
    for name in [k for k in os.environ if k.startswith("GDPR_DESK_")]:
        monkeypatch.delenv(name)

    def call(*args: str, **env: str) -> dict[str, Any]:
        with monkeypatch.context() as patch:
            for name, value in env.items():
                patch.setenv(name, value)
            code = main(["deadline", *args])
        out = capsys.readouterr()
        assert code == 0, out.err
        data: dict[str, Any] = json.loads(out.out)
        return data

    return call


def test_contract(tmp_path: Path) -> None:
    # Thu 5 March 2026 in BE → Sun 5 April (Easter Sunday) → Easter Monday → Tuesday 7 April;
    # extended: 5 March + 3 months = Friday 5 June.
    data = ok(tmp_path, "--received", "2026-03-05T10:00:00+01:00", "--country", "BE")
    assert data["received_on"] == "2026-03-05"
    assert data["due_on"] == "2026-04-07"
    assert data["extended_due_on"] == "2026-06-05"
    assert data["rules"]["timezone"] == "Europe/Brussels"
    basis = data["basis"]
    assert isinstance(basis, list)
    assert [step["rule"] for step in basis] == [
        "receipt_local_date",
        "one_month_same_date",
        "weekend",
        "public_holiday",
        "extension_receipt_plus_3_months",
    ]
    assert set(basis[0]) == {"rule", "target", "before", "after", "explanation"}
    assert "2026-04-06 is Easter Monday (BE)" in basis[3]["explanation"]


def test_date_alone_is_the_local_date(cli: Cli) -> None:
    # 30 Nov 2026 → 30 Dec 2026 (Wed), whatever the zone.
    data = cli("--received", "2026-11-30", "--country", "NZ", "--timezone", "Pacific/Auckland")
    assert (data["received_on"], data["due_on"]) == ("2026-11-30", "2026-12-30")


@pytest.mark.parametrize(
    ("args", "env", "received_on", "zone"),
    [
        # Settings default BE/Europe/Brussels: 23:30 UTC on 29 Nov is 30 Nov in Brussels.
        ((), {}, "2026-11-30", "Europe/Brussels"),
        # A time zone set in the environment is used when no country is given: 29 Nov in Lisbon.
        ((), {"GDPR_DESK_TIMEZONE": "Europe/Lisbon"}, "2026-11-29", "Europe/Lisbon"),
        # --country alone brings its capital's zone, over the environment's.
        (("--country", "BE"), {"GDPR_DESK_TIMEZONE": "Europe/Lisbon"}, "2026-11-30", "Europe/Brussels"),
        (("--country", "IE"), {}, "2026-11-29", "Europe/Dublin"),
        # --timezone wins over everything.
        (("--country", "BE", "--timezone", "Europe/London"), {}, "2026-11-29", "Europe/London"),
    ],
)
def test_receipt_zone_comes_from_options_then_settings(
    cli: Cli, args: tuple[str, ...], env: dict[str, str], received_on: str, zone: str
) -> None:
    data = cli("--received", "2026-11-29T23:30:00Z", *args, **env)
    assert data["received_on"] == received_on
    assert data["rules"]["timezone"] == zone


def test_country_and_region_from_settings(cli: Cli) -> None:
    # DE-BY from the environment, zone Europe/Berlin by default: 4 May 2026 → 4 June, Corpus Christi in
    # Bavaria (Thu) → Friday 5 June.
    env = {"GDPR_DESK_COUNTRY": "DE", "GDPR_DESK_SUBDIVISION": "BY", "GDPR_DESK_EXTENSION_RULE": "due_plus_2_months"}
    data = cli("--received", "2026-05-04", **env)
    assert data["due_on"] == "2026-06-05"
    assert data["rules"] == {
        "country": "DE",
        "subdivision": "BY",
        "timezone": "Europe/Berlin",
        "extension_rule": "due_plus_2_months",
        "calendar": "DE-BY",
    }
    # Another country on the command line does not inherit the settings' region: 4 June is a working day in FR.
    assert cli("--received", "2026-05-04", "--country", "FR", **env)["due_on"] == "2026-06-04"


def test_naive_time_is_local_time(cli: Cli) -> None:
    # 00:30 without offset in Brussels is 30 Nov; in London 23:30 without offset is 29 Nov.
    assert cli("--received", "2026-11-30T00:30:00", "--country", "BE")["received_on"] == "2026-11-30"
    assert cli("--received", "2026-11-29T23:30:00", "--country", "GB")["received_on"] == "2026-11-29"


def test_extension_rule_option(cli: Cli) -> None:
    # 31 Jan 2026: first deadline 28 Feb (Sat) → Mon 2 March; + 2 months → 28 April (Tue).
    data = cli("--received", "2026-01-31", "--country", "BE", "--extension-rule", "due_plus_2_months")
    assert (data["due_on"], data["extended_due_on"]) == ("2026-03-02", "2026-04-28")


def test_suspensions(cli: Cli) -> None:
    # 5 March 2026 + 1 month = 5 April; 3 + 4 suspended days → 12 April (Sun) → Monday 13 April.
    data = cli(
        "--received", "2026-03-05", "--country", "BE",
        "--suspended", "2026-03-06:2026-03-09", "--suspended", "2026-03-20:2026-03-24",
    )  # fmt: skip
    assert (data["due_on"], data["suspended_days"]) == ("2026-04-13", 7)
    # Still waiting since 20 March: the clock is stopped, no due date.
    data = cli("--received", "2026-03-05", "--country", "BE", "--suspended", "2026-03-20:")
    assert (data["due_on"], data["extended_due_on"], data["suspended_since"]) == (None, None, "2026-03-20")
    assert data["basis"][-1]["rule"] == "suspended_open"


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (("--received", "2026-03-05", "--country", "XX"), {}, "unknown country 'XX'"),
        (("--received", "2026-03-05", "--country", "DE", "--subdivision", "ZZ"), {}, "unknown subdivision 'ZZ'"),
        (("--received", "5/3/2026"), {}, "--received: not an ISO 8601 date or time"),
        (("--received", "2026-02-30"), {}, "--received: not an ISO 8601 date or time"),
        (("--received", "2026-03-05", "--timezone", "Mars/Olympus"), {}, "unknown time zone 'Mars/Olympus'"),
        (("--received", "2026-03-05", "--country", "US"), {}, "no default time zone for country 'US'"),
        (("--received", "2026-03-05", "--suspended", "2026-03-10:soon"), {}, "--suspended: expected FROM:TO"),
        (("--received", "2026-03-05", "--suspended", "2026-03-01:2026-03-09"), {}, "before receipt"),
        (("--received", "2026-03-05"), {"GDPR_DESK_COUNTRY": "Belgium"}, "GDPR_DESK_COUNTRY"),
    ],
)
def test_bad_input_is_one_line_and_non_zero(
    tmp_path: Path, args: tuple[str, ...], env: dict[str, str], message: str
) -> None:
    result = run(tmp_path, *args, **env)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("gdpr-desk: ")
    assert message in lines[0]
