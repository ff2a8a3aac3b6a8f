"""Headless Chromium for the browser tests (sidebar, HTML report): find it, run it, keep screenshots.

Tests skip with the reason when Chromium is absent, except under CI=true (.ci/run installs Debian's
`chromium`), where they fail. The flags keep it offline and quiet on a machine with no network.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import IN_CI

OUTPUT = Path(__file__).resolve().parent.parent / "test-output"  # git-ignored; screenshots for reviewers
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
)  # fmt: skip


def find_chromium() -> str:
    found = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
    if found is None:
        reason = "headless Chromium not found (Debian: apt-get install -y chromium)"
        if IN_CI:
            pytest.fail(f"CI=true and {reason}", pytrace=False)
        pytest.skip(reason)
    return found


def run_chromium(binary: str, url: str, profile: Path, *extra: str, timeout: float = 120) -> str:
    """Load `url` headless with `extra` flags; return stdout (the DOM with --dump-dom)."""
    args = [binary, *FLAGS, f"--user-data-dir={profile}", *extra, url]
    done = subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False)
    assert done.returncode == 0, f"chromium exited {done.returncode}: {done.stderr[-2000:]}"
    return done.stdout
