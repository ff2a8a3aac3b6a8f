"""`gdpr-desk demo` shows the whole story on a fresh machine: run it as a newcomer would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_demo_runs_end_to_end_and_verifies_the_log(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GDPR_DESK_")}
    result = subprocess.run(
        [sys.executable, "-m", "plugin", "demo", "--json", "--keep", str(tmp_path / "demo")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    out = result.stdout
    for step in ("[1/5]", "[2/5]", "[3/5]", "[4/5]", "[5/5]"):
        assert step in out  # progress is visible while it runs
    report = json.loads(out[out.index("\n{") + 1 :])
    tickets = {t["ticket"]: t for t in report["tickets"]}
    assert report["log"]["ok"] is True and report["log"]["entries"] >= 24
    assert len(tickets) == 12
    assert {t["language"] for t in tickets.values()} == {"en", "fr", "nl", "de", "es", "it"}
    parcel = next(t for t in tickets.values() if t["language"] == "en" and not t["rights"])
    assert parcel["notes"] == 0 and parcel["tags"] == []
    requests = [t for t in tickets.values() if t["rights"]]
    assert len(requests) >= 9
    worked = {1, 3, 4}  # tickets the demo's agents act on: they get lifecycle notes too
    for ticket in requests:
        assert ticket["notes"] == (1 if ticket["ticket"] not in worked else ticket["notes"]), ticket
        assert ticket["notes"] >= 1
        assert ticket["note_language"] == ticket["language"]
        assert ticket["due_on"] and "gdpr_request" in ticket["tags"]
    first = tickets[min(tickets)]
    assert first["rights"] == ["access"] and "identity_doubt" in first["escalations"]
    assert first["notes"] == 3  # guidance, clock suspended, clock running again
    assert (tmp_path / "demo" / "gdpr-desk.sqlite3").exists()
