"""Render a monthly report or a spot check in a named format, with its media type."""

from __future__ import annotations

import json
from typing import Any

from plugin.reports.monthly import MonthlyReport
from plugin.reports.render_csv import monthly_csv
from plugin.reports.render_html import monthly_html
from plugin.reports.render_md import monthly_markdown, spot_check_markdown
from plugin.reports.sampling import SpotCheck

MONTHLY_FORMATS = ("md", "html", "csv", "json")
SPOT_CHECK_FORMATS = ("md", "json")
MEDIA_TYPES = {
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
}


def to_json_text(value: dict[str, Any]) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def render_monthly(report: MonthlyReport, fmt: str) -> str:
    if fmt == "md":
        return monthly_markdown(report)
    if fmt == "html":
        return monthly_html(report)
    if fmt == "csv":
        return monthly_csv(report)
    if fmt == "json":
        return to_json_text(report.to_json())
    raise ValueError(f"format must be one of {', '.join(MONTHLY_FORMATS)}")


def render_spot_check(check: SpotCheck, fmt: str) -> str:
    if fmt == "md":
        return spot_check_markdown(check)
    if fmt == "json":
        return to_json_text(check.to_json())
    raise ValueError(f"format must be one of {', '.join(SPOT_CHECK_FORMATS)}")
