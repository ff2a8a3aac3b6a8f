"""README.md stays honest: every setting documented with its default, the two Quick-start commands."""

from __future__ import annotations

import re
from pathlib import Path

from plugin.config import Settings

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
CI_RUN = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")


def settings_rows() -> dict[str, str]:
    rows = {}
    for match in re.finditer(r"^\| `(GDPR_DESK_[A-Z0-9_]+)` \| ([^|]+) \|", README, re.MULTILINE):
        rows[match.group(1)] = match.group(2).strip()
    return rows


def test_every_setting_is_documented_with_its_default() -> None:
    rows = settings_rows()
    fields = {f"GDPR_DESK_{name.upper()}": field for name, field in Settings.model_fields.items()}
    assert set(rows) == set(fields), f"undocumented: {set(fields) - set(rows)}; stale: {set(rows) - set(fields)}"
    for name, field in fields.items():
        if field.default is not None:
            assert f"`{field.default}`" in rows[name], f"{name}: README says {rows[name]}, code {field.default!r}"


def test_quick_start_has_exactly_two_commands_and_ci_runs_the_test_one() -> None:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, re.DOTALL)
    commands = [line for block in blocks for line in block.splitlines() if line and not line.startswith("#")]
    assert len(commands) == 2, commands
    assert "pytest" in commands[1]
    assert commands[1] in CI_RUN
