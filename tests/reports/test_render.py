"""Renderings: self-contained HTML, a CSV that round-trips the figures, Markdown with every section,
and docs/reports.md's stdlib-only recompute script agreeing with the report."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from plugin.ledger.entry import export_record
from plugin.reports.monthly import MonthlyReport
from plugin.reports.render import render_monthly
from tests.reports.conftest import GeneratedLog
from tests.reports.test_monthly import report_for
from tests.reports.test_sampling import spot_check

DOCS = Path(__file__).resolve().parents[2] / "docs" / "reports.md"


@pytest.fixture(scope="module")
def february(ledger_log: GeneratedLog) -> MonthlyReport:
    return report_for(ledger_log, "2026-02")


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_self_contained_with_charts_and_the_checkpoint(february: MonthlyReport) -> None:
    page = render_monthly(february, "html")
    parser = Tags()
    parser.feed(page)
    names = [tag for tag, _ in parser.tags]
    assert "script" not in names and "link" not in names and "iframe" not in names and "img" not in names
    assert names.count("svg") >= 4
    assert not any(name.startswith("on") for _, attrs in parser.tags for name in attrs)
    # The only URL is the SVG namespace, which is a name, never fetched.
    assert set(re.findall(r"https?://[^\s\"'<>)]+", page)) == {"http://www.w3.org/2000/svg"}
    assert "@import" not in page and "url(" not in page and "@font-face" not in page
    text = "".join(parser.text)
    cp = february.checkpoint
    for value in (cp.origin, str(cp.size), cp.root.hex(), cp.note.split("\n")[2]):
        assert value in text
    assert "— " + cp.origin in text  # the signature line of the signed note
    for ref in [r.ticket for r in february.overdue] + [r.ticket for r in february.refusals]:
        assert ref in text


def test_html_escapes_what_people_recorded(february: MonthlyReport) -> None:
    from dataclasses import replace

    from plugin.reports.monthly import MeasureRow

    evil = MeasureRow(1, "2026-02-10T10:00:00.000000Z", "training", "<script>alert(1)</script>", {"x": "</td>"})
    page = render_monthly(replace(february, measures=[evil]), "html")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page and '</td>"' not in page


def test_csv_round_trips_the_figures(february: MonthlyReport) -> None:
    rows = list(csv.DictReader(io.StringIO(render_monthly(february, "csv"))))
    assert set(rows[0]) == {"scope", "section", "metric", "key", "value"}

    def value(scope: str, section: str, metric: str, key: str = "") -> str:
        found = [
            r["value"]
            for r in rows
            if (r["scope"], r["section"], r["metric"], r["key"]) == (scope, section, metric, key)
        ]
        assert len(found) == 1, (scope, section, metric, key)
        return found[0]

    data = february.to_json()
    for cohort in ("received", "answered"):
        for metric, figure in data[cohort].items():
            if isinstance(figure, dict):
                for key, count in figure.items():
                    assert value("all", cohort, metric, key) == str(count)
            else:
                assert value("all", cohort, metric) == ("" if figure is None else str(figure))
    for name, group in data["groups"].items():
        assert value(f"group:{name}", "received", "cases") == str(group["received"]["cases"])
        assert value(f"group:{name}", "month", "overdue_at_month_end") == str(group["overdue_at_month_end"])
    overdue = [r for r in rows if r["section"] == "overdue"]
    assert [r["key"] for r in overdue] == [o["ticket"] for o in data["overdue"]]
    assert json.loads(overdue[0]["value"])["deadline"] == data["overdue"][0]["deadline"]
    assert value("all", "checkpoint", "note") == february.checkpoint.note


def test_markdown_has_every_section(february: MonthlyReport) -> None:
    md = render_monthly(february, "md")
    for heading in (
        "Checkpoint",
        "Summary",
        "Requests per right",
        "Requests per language",
        "Escalations by reason",
        "Extensions decided in the month",
        "Refusals in the month",
        "Overdue at month end",
        "Per agent group",
        "Organisational measures and spot checks recorded in the month",
        "Processing",
    ):
        assert f"\n## {heading}\n" in md
    assert "| not recorded |" in md  # extension reasons the records lack
    assert "| processor_review | Annual review of partner B's processing agreement |" in md
    assert f"| cases | {february.received.cases} | {february.answered.cases} |" in md


def test_group_report_keeps_only_that_group(ledger_log: GeneratedLog) -> None:
    report = report_for(ledger_log, "2026-02", "202")
    assert list(report.groups) == ["202"]
    assert {r.group for r in (*report.overdue, *report.extensions, *report.refusals)} == {"202"}
    assert "— group 202" in render_monthly(report, "md").splitlines()[0]


def test_the_documented_recompute_script_agrees(ledger_log: GeneratedLog, tmp_path: Path) -> None:
    """docs/reports.md's stdlib-only script, run on an export, gives the report's figures and sample."""
    script = re.search(r"```python\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    assert script is not None
    (tmp_path / "recompute.py").write_text(script.group(1), encoding="utf-8")
    export = tmp_path / "log.jsonl"
    with export.open("w", encoding="utf-8") as out:
        for entry in ledger_log.ledger.entries(0, ledger_log.checkpoint.size):
            out.write(json.dumps(export_record(entry), ensure_ascii=False) + "\n")
        out.write(json.dumps({"checkpoint": ledger_log.checkpoint.note}) + "\n")
    for month in ("2026-02", "2026-03"):
        done = subprocess.run(
            [sys.executable, str(tmp_path / "recompute.py"), str(export), month, "7"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        got = json.loads(done.stdout)
        report = report_for(ledger_log, month)
        assert got == {
            "received": report.received.cases,
            "answered": report.answered.cases,
            "on_time": report.answered.on_time,
            "on_time_rate": report.answered.on_time_rate,
            "median_days_to_answer": report.answered.median_days_to_answer,
            "p90_days_to_answer": report.answered.p90_days_to_answer,
            "sample": [case.ticket for case in spot_check(ledger_log, month, 7).cases],
        }
