"""The HTML report rendered once in headless Chromium, offline; the screenshot is kept as test output.

Skips with the reason when Chromium is absent, except under CI=true (.ci/run installs it), where it fails.
"""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest

from plugin.reports.render import render_monthly
from tests.browser import OUTPUT, find_chromium, run_chromium
from tests.reports.conftest import GeneratedLog
from tests.reports.test_monthly import report_for

WIDTH, HEIGHT = 1280, 2000


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.browser
def test_html_report_renders_in_chromium(ledger_log: GeneratedLog, tmp_path: Path) -> None:
    binary = find_chromium()
    page = tmp_path / "monthly-2026-02.html"
    page.write_text(render_monthly(report_for(ledger_log, "2026-02"), "html"), encoding="utf-8")
    screenshot = tmp_path / "monthly-2026-02.png"
    run_chromium(
        binary,
        page.as_uri(),
        tmp_path / "profile",
        f"--screenshot={screenshot}",
        f"--window-size={WIDTH},{HEIGHT}",
        "--hide-scrollbars",
    )
    data = screenshot.read_bytes()
    assert png_size(data) == (WIDTH, HEIGHT)
    assert len(data) > 50_000  # text, tables and charts, not a blank page
    OUTPUT.mkdir(exist_ok=True)
    kept = OUTPUT / "report-monthly-2026-02.png"
    shutil.copyfile(screenshot, kept)
    print(f"\nHTML report screenshot: {screenshot} (copy: {kept})")
