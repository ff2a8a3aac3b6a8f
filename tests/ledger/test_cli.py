"""`gdpr-desk log …` and `gdpr-desk token …` through the real CLI entry point."""

from __future__ import annotations

import base64
import io
import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import plugin.cli
from plugin.ledger import merkle
from plugin.ledger.checkpoint import Checkpoint, NoteVerifier

ROOT = Path(__file__).resolve().parents[2]
VERIFY_EXPORT = ROOT / "docs" / "verify_export.py"


class Cli:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
        self.monkeypatch, self.capsys = monkeypatch, capsys

    def __call__(self, *argv: str, stdin: str = "") -> tuple[int, str, str]:
        self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = plugin.cli.main(list(argv))
        captured = self.capsys.readouterr()
        return code, captured.out, captured.err


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path, database_url: str) -> Cli:
    monkeypatch.setattr(plugin.cli, "COMMAND_MODULES", ("plugin.cli.log", "plugin.cli.token"))
    monkeypatch.chdir(tmp_path)  # no stray .env
    for name in ("GDPR_DESK_PSEUDONYM_KEY", "GDPR_DESK_LOG_SIGNING_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GDPR_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GDPR_DESK_DATABASE_URL", database_url)
    monkeypatch.setenv("GDPR_DESK_LOG_ORIGIN", "example.eu/gdpr-desk")
    return Cli(monkeypatch, capsys)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'data' / 'gdpr-desk.sqlite3'}"
    return str(request.getfixturevalue("postgres_url"))


def _record_some(cli: Cli) -> None:
    code, out, _ = cli("log", "record", "--kind", "training_held", "--summary", "GDPR training for the support team")
    assert code == 0 and json.loads(out)["first_seq"] == 0
    lines = "\n".join(
        json.dumps(r)
        for r in [
            {"kind": "contract_reviewed", "summary": "Processor contract with the BPO partner reviewed"},
            {"kind": "spot_check", "summary": "Monthly spot check", "data": {"cases": 12, "findings": 0}},
        ]
    )
    code, out, _ = cli("log", "record", "--jsonl", stdin=lines + "\n")
    assert code == 0 and json.loads(out) == {**json.loads(out), "count": 2, "first_seq": 1, "last_seq": 2}


def test_record_checkpoint_and_public_key(cli: Cli, tmp_path: Path) -> None:
    _record_some(cli)
    code, note, _ = cli("log", "checkpoint")
    assert code == 0
    code, vkey, _ = cli("log", "public-key")
    assert code == 0 and vkey.startswith("example.eu/gdpr-desk+")
    checkpoint = Checkpoint.parse(NoteVerifier.from_verifier_key(vkey.strip()).open(note))
    assert (checkpoint.origin, checkpoint.size) == ("example.eu/gdpr-desk", 3)
    key_file = tmp_path / "data" / "log-signing.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert key_file.read_text().startswith("PRIVATE+KEY+example.eu/gdpr-desk+")


@pytest.mark.parametrize(
    ("argv", "stdin", "message"),
    [
        (["--kind", "spot_check", "--summary", "called anna.schmidt@example.de back"], "", "e-mail"),
        (["--kind", "Spot Check", "--summary", "x"], "", "kind"),
        (["--kind", "spot_check"], "", "summary"),
        (["--kind", "x", "--summary", "y", "--data", "[1]"], "", "object"),
        (["--kind", "x", "--summary", "y", "--data", "{nope"], "", "not JSON"),
        (["--jsonl"], '{"kind": "x", "summary": "y", "extra": 1}\n', "line 1"),
        (["--jsonl"], '{"kind": "x", "summary": "ok"}\n{"kind": "x"}\n', "line 2"),
        (["--jsonl"], "", "no records"),
    ],
)
def test_bad_records_are_refused_and_nothing_is_written(cli: Cli, argv: list[str], stdin: str, message: str) -> None:
    code, _, err = cli("log", "record", *argv, stdin=stdin)
    assert code == 2 and message in err
    code, out, _ = cli("log", "export")
    assert code == 0 and len(out.splitlines()) == 1  # only the checkpoint line


def test_export_is_verifiable_by_the_independent_script(cli: Cli, tmp_path: Path) -> None:
    _record_some(cli)
    export = tmp_path / "export.jsonl"
    code, _, _ = cli("log", "export", "--out", str(export))
    assert code == 0
    lines = export.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines[:-1]]
    assert [r["seq"] for r in records] == [0, 1, 2]
    assert records[2]["entry"]["data"] == {"cases": 12, "findings": 0, "summary": "Monthly spot check"}
    assert base64.b64decode(records[0]["leaf_b64"]) == merkle_canonical(records[0]["entry"])
    assert set(json.loads(lines[-1])) == {"checkpoint"}
    _, vkey, _ = cli("log", "public-key")
    done = subprocess.run(
        [sys.executable, str(VERIFY_EXPORT), str(export), "--key", vkey.strip()],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "ok: example.eu/gdpr-desk, 3 entries" in done.stdout and "signature verified" in done.stdout

    # Incremental: a later export --since 3 plus the first one verify together.
    cli("log", "record", "--kind", "training_held", "--summary", "Refresher")
    later = tmp_path / "later.jsonl"
    assert cli("log", "export", "--since", "3", "--out", str(later))[0] == 0
    done = subprocess.run([sys.executable, str(VERIFY_EXPORT), str(later)], capture_output=True, text=True, check=False)
    assert done.returncode != 0 and "missing seq 0" in done.stderr
    done = subprocess.run(
        [sys.executable, str(VERIFY_EXPORT), str(export), str(later)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and "4 entries" in done.stdout

    # A doctored export fails the script.
    doctored = tmp_path / "doctored.jsonl"
    text = export.read_text(encoding="utf-8")
    leaf = base64.b64decode(records[1]["leaf_b64"]).replace(b"reviewed", b"REVIEWED")
    forged = {**records[1], "leaf_b64": base64.b64encode(leaf).decode(), "entry": json.loads(leaf)}
    doctored.write_text(text.replace(lines[1], json.dumps(forged)), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(VERIFY_EXPORT), str(doctored)], capture_output=True, text=True, check=False
    )
    assert done.returncode != 0 and "MISMATCH" in done.stderr


def merkle_canonical(entry: dict[str, object]) -> bytes:
    return json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def test_verify_passes_then_names_the_tampered_seq(cli: Cli, database_url: str) -> None:
    _record_some(cli)
    cli("log", "checkpoint")
    code, out, _ = cli("log", "verify")
    assert code == 0 and out.startswith("ok: 3 entries") and "1 signed checkpoint(s) match" in out

    from plugin.storage import Database

    db = Database(database_url)
    with db.transaction() as tx:
        if tx.dialect == "sqlite":
            tx.execute("DROP TRIGGER ledger_entries_no_update")
        else:
            tx.execute("DROP TRIGGER ledger_entries_append_only ON ledger_entries")
        tx.execute("UPDATE ledger_entries SET leaf = ? WHERE seq = 1", (b'{"forged":true}',))
    code, _, err = cli("log", "verify")
    assert code == 1 and "verification failed: seq 1:" in err


def test_verify_with_an_externally_kept_checkpoint_and_foreign_key(cli: Cli, tmp_path: Path) -> None:
    _record_some(cli)
    _, note, _ = cli("log", "checkpoint")
    kept = tmp_path / "kept.note"
    kept.write_text(note, encoding="utf-8")
    assert cli("log", "verify", "--checkpoint", str(kept))[0] == 0
    other = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
    code, _, err = cli("log", "verify", "--key", other)
    assert code == 1 and "no signature by PeterNeumann" in err
    code, _, err = cli("log", "verify", "--key", "not-a-key")
    assert code == 2 and "--key" in err


def test_prove_inclusion_and_consistency(cli: Cli) -> None:
    _record_some(cli)
    cli("log", "checkpoint")
    cli("log", "record", "--kind", "spot_check", "--summary", "Second spot check")
    code, out, _ = cli("log", "prove", "--seq", "1")
    assert code == 0
    proof = json.loads(out)
    assert proof["size"] == 4 and proof["checkpoint"].startswith("example.eu/gdpr-desk\n4\n")
    b = base64.b64decode
    assert merkle.verify_inclusion(b(proof["leaf_hash"]), 1, 4, [b(p) for p in proof["proof"]], b(proof["root"]))
    assert merkle.leaf_hash(b(proof["leaf_b64"])) == b(proof["leaf_hash"])

    code, out, _ = cli("log", "prove", "--from", "3", "--to", "4")
    consistency = json.loads(out)
    assert code == 0 and consistency["checkpoint"] is not None
    assert merkle.verify_consistency(
        3, 4, b(consistency["from_root"]), b(consistency["to_root"]), [b(p) for p in consistency["proof"]]
    )
    code, out, _ = cli("log", "prove", "--seq", "0", "--size", "2")
    assert code == 0 and json.loads(out)["checkpoint"] is None  # no checkpoint was signed at size 2
    assert cli("log", "prove", "--seq", "9")[0] == 2
    assert cli("log", "prove", "--seq", "1", "--from", "1")[0] == 2


def test_tokens_create_list_revoke(cli: Cli) -> None:
    code, token, err = cli("token", "create", "--role", "auditor", "--label", "external auditor 2026")
    assert code == 0 and token.startswith("gdt_") and "shown only this once" in err
    token_id = token.strip().split("_")[1]
    code, out, _ = cli("token", "list")
    assert token_id in out and "auditor" in out and "active" in out and token.strip() not in out
    assert cli("token", "revoke", token_id)[0] == 0
    assert "revoked" in cli("token", "list")[1]
    assert cli("token", "revoke", token_id)[0] == 1
    code, out, _ = cli("log", "export")
    kinds = [json.loads(line)["entry"]["kind"] for line in out.splitlines()[:-1]]
    assert kinds == ["token_created", "token_revoked"]
    assert token.strip() not in out and "external auditor" not in out


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_verify_shows_progress_on_a_terminal_only(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import plugin.cli.log as log_cli
    from plugin.ledger import verify

    _record_some(cli)
    monkeypatch.setattr(log_cli, "PROGRESS_MIN_ENTRIES", 1)
    monkeypatch.setattr(verify, "CHUNK", 2)
    captured = sys.stderr
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert plugin.cli.main(["log", "verify"]) == 0
    assert "\rverifying [" in terminal.getvalue() and "3/3" in terminal.getvalue()
    monkeypatch.setattr(sys, "stderr", captured)
    code, _, err = cli("log", "verify")  # captured stderr is not a terminal
    assert code == 0 and "verifying" not in err
