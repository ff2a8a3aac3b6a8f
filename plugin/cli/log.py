"""`gdpr-desk log …`: record, checkpoint, verify, export and prove the accountability log.

    log record --kind K --summary S [--data JSON]   one organisational measure or manual decision
    log record --jsonl < records.jsonl              many, one JSON object per line, one transaction
    log checkpoint                                  sign and print the latest checkpoint
    log verify [--key VKEY]… [--checkpoint FILE]…   recompute everything; non-zero naming the first bad seq
    log export [--since SEQ] [--out FILE]           JSON lines, then {"checkpoint": "<signed note>"}
    log prove --seq N [--size M]                    inclusion proof (JSON, base64 hashes)
    log prove --from M [--to N]                     consistency proof (JSON, base64 hashes)
    log public-key                                  the checkpoint verifier key, note format

Formats are described in docs/ledger.md.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from plugin.cli import CliError
from plugin.config import load_settings
from plugin.ledger.checkpoint import CheckpointSigner, NoteError, NoteVerifier
from plugin.ledger.entry import EntryError, canonical_json, check_kind, export_record
from plugin.ledger.keys import KeyFileError, checkpoint_signer
from plugin.ledger.store import Ledger, LedgerError, StoredCheckpoint
from plugin.ledger.verify import verify_ledger
from plugin.storage.db import Database

# A manual record is written by a person: refuse what looks like a direct identifier.
EMAIL = re.compile(r"[^\s@\"]+@[^\s@\"]+\.[^\s@\"]{2,}")
PROGRESS_MIN_ENTRIES = 20_000


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "log",
        help="record, checkpoint, verify, export and prove the accountability log",
        description="The append-only accountability log (RFC 6962 Merkle tree, C2SP signed checkpoints).",
    )
    commands = parser.add_subparsers(dest="log_command", metavar="ACTION", required=True)

    record = commands.add_parser(
        "record",
        help="record organisational measures and manual decisions",
        description="Append an entry such as a training held, a processor contract reviewed or a spot check "
        "done. Never put names or e-mail addresses in it: use case numbers or pseudonyms.",
    )
    record.add_argument("--kind", help="entry kind, e.g. training_held, contract_reviewed, spot_check")
    record.add_argument("--summary", help="what was done, in one sentence")
    record.add_argument("--data", help="extra fields as a JSON object")
    record.add_argument(
        "--jsonl",
        action="store_true",
        help='read records from stdin, one JSON object per line: {"kind", "summary", "data"?}',
    )
    record.set_defaults(handler=run_record)

    checkpoint = commands.add_parser("checkpoint", help="sign and print the latest checkpoint")
    checkpoint.set_defaults(handler=run_checkpoint)

    verify = commands.add_parser(
        "verify",
        help="recompute the log and check it against every signed checkpoint",
        description="Recompute every leaf hash, tree node and checkpoint root from the stored entries. "
        "Exit status 1 names the first bad sequence number.",
    )
    verify.add_argument(
        "--key",
        action="append",
        default=[],
        metavar="VKEY",
        help="verifier key to trust (note format; repeatable); default: this service's own key",
    )
    verify.add_argument(
        "--checkpoint",
        action="append",
        default=[],
        type=Path,
        metavar="FILE",
        help="also check against a signed checkpoint kept elsewhere (a signed note, or an export's last line)",
    )
    verify.set_defaults(handler=run_verify)

    export = commands.add_parser("export", help="write the log as JSON lines followed by a signed checkpoint")
    export.add_argument("--since", type=int, default=0, metavar="SEQ", help="first sequence number (default 0)")
    export.add_argument("--out", type=Path, metavar="FILE", help="write to FILE instead of stdout")
    export.set_defaults(handler=run_export)

    prove = commands.add_parser("prove", help="print an inclusion or consistency proof as JSON")
    prove.add_argument("--seq", type=int, help="entry to prove included")
    prove.add_argument("--size", type=int, help="tree size for --seq (default: the latest checkpoint)")
    prove.add_argument("--from", dest="old", type=int, metavar="M", help="older tree size")
    prove.add_argument("--to", dest="new", type=int, metavar="N", help="newer tree size (default: latest checkpoint)")
    prove.set_defaults(handler=run_prove)

    public_key = commands.add_parser("public-key", help="print the checkpoint verifier key (note format)")
    public_key.set_defaults(handler=run_public_key)


# -- composition ----------------------------------------------------------------------------------
@contextmanager
def _opened() -> Iterator[tuple[Ledger, CheckpointSigner]]:
    settings = load_settings()
    try:
        signer = checkpoint_signer(settings)
    except KeyFileError as exc:
        raise CliError(str(exc)) from None
    db = Database(settings.effective_database_url)
    ledger = Ledger(db)
    try:
        ledger.ensure_schema()
        yield ledger, signer
    except LedgerError as exc:
        raise CliError(str(exc), code=1) from None
    finally:
        db.close_thread_connection()


def _now() -> datetime:
    return datetime.now(UTC)


def _b64(data: bytes) -> str:
    import base64

    return base64.b64encode(data).decode("ascii")


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


# -- record ---------------------------------------------------------------------------------------
def _manual_record(kind: Any, summary: Any, data: Any, where: str) -> tuple[str, dict[str, Any]]:
    if not isinstance(kind, str) or not isinstance(summary, str) or not summary.strip():
        raise CliError(f"{where}: a kind and a non-empty summary are required")
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise CliError(f"{where}: data must be a JSON object")
    if "summary" in data:
        raise CliError(f"{where}: give the summary once, not also inside data")
    try:
        check_kind(kind)
        fields = {**data, "summary": summary.strip()}
        text = canonical_json(fields).decode("utf-8")
    except EntryError as exc:
        raise CliError(f"{where}: {exc}") from None
    if EMAIL.search(text):
        raise CliError(f"{where}: looks like it contains an e-mail address; the log must not hold direct identifiers")
    return kind, fields


def run_record(args: argparse.Namespace) -> int:
    if args.jsonl:
        if args.kind or args.summary or args.data:
            raise CliError("--jsonl reads everything from stdin; do not combine it with --kind/--summary/--data")
        records = []
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError as exc:
                raise CliError(f"stdin line {number}: not JSON: {exc}") from None
            if not isinstance(item, dict) or set(item) - {"kind", "summary", "data"}:
                raise CliError(f"stdin line {number}: expected an object with kind, summary and optional data")
            records.append(_manual_record(item.get("kind"), item.get("summary"), item.get("data"), f"line {number}"))
        if not records:
            raise CliError("no records on stdin")
    else:
        try:
            data = json.loads(args.data) if args.data else None
        except ValueError as exc:
            raise CliError(f"--data is not JSON: {exc}") from None
        records = [_manual_record(args.kind, args.summary, data, "record")]
    now = _now()
    with _opened() as (ledger, _signer), ledger.db.transaction() as tx:
        entries = ledger.append_many(tx, [(kind, fields, now) for kind, fields in records])
    _print_json(
        {"count": len(entries), "first_seq": entries[0].seq, "last_seq": entries[-1].seq, "time": entries[0].time}
    )
    return 0


# -- checkpoint, public key -----------------------------------------------------------------------
def run_checkpoint(args: argparse.Namespace) -> int:
    with _opened() as (ledger, signer):
        stored = ledger.checkpoint(signer, time=_now())
    sys.stdout.write(stored.note)
    return 0


def run_public_key(args: argparse.Namespace) -> int:
    settings = load_settings()
    try:
        print(checkpoint_signer(settings).verifier_key)
    except KeyFileError as exc:
        raise CliError(str(exc)) from None
    return 0


# -- verify ---------------------------------------------------------------------------------------
def _external_checkpoint(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror}") from None
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and lines[-1].lstrip().startswith("{"):  # an export: its last line holds the checkpoint
        try:
            return str(json.loads(lines[-1])["checkpoint"])
        except (ValueError, KeyError, TypeError):
            raise CliError(f"{path}: the last line is not a checkpoint line") from None
    return text


class _Progress:
    """A one-line progress bar on stderr, only for a terminal and a large log."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if total < PROGRESS_MIN_ENTRIES:
            return
        width = 30
        filled = width * done // total
        self.stream.write(f"\rverifying [{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,}")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


def run_verify(args: argparse.Namespace) -> int:
    with _opened() as (ledger, signer):
        try:
            verifiers = [NoteVerifier.from_verifier_key(key) for key in args.key] or [signer.signer.verifier()]
        except NoteError as exc:
            raise CliError(f"--key: {exc}") from None
        extra = [(str(path), _external_checkpoint(path)) for path in args.checkpoint]
        progress = _Progress(sys.stderr) if sys.stderr.isatty() else None
        try:
            result = verify_ledger(ledger, verifiers, extra_checkpoints=extra, progress=progress)
        finally:
            if progress is not None:
                progress.close()
    if result.problem is not None:
        raise CliError(f"verification failed: {result.problem}", code=1)
    latest = max((c.size for c in result.checkpoints), default=None)
    covered = f"{len(result.checkpoints)} signed checkpoint(s) match" + (
        f", the latest at size {latest}" if latest else ""
    )
    print(f"ok: {result.size} entries, root {_b64(result.root)}; {covered}")
    return 0


# -- export ---------------------------------------------------------------------------------------
def run_export(args: argparse.Namespace) -> int:
    if args.since < 0:
        raise CliError("--since must be >= 0")
    with _opened() as (ledger, signer):
        stored = ledger.checkpoint(signer, time=_now())
        if args.since > stored.size:
            raise CliError(f"--since {args.since} is beyond the log ({stored.size} entries)")
        out = args.out.open("w", encoding="utf-8", newline="\n") if args.out else sys.stdout
        try:
            for entry in ledger.entries(args.since, stored.size):
                out.write(json.dumps(export_record(entry), ensure_ascii=False, separators=(",", ":")) + "\n")
            out.write(json.dumps({"checkpoint": stored.note}, ensure_ascii=False) + "\n")
        finally:
            if args.out:
                out.close()
    if args.out:
        print(
            f"exported entries {args.since}..{stored.size - 1} and the checkpoint of size {stored.size} to {args.out}",
            file=sys.stderr,
        )
    return 0


# -- prove ----------------------------------------------------------------------------------------
def _checkpoint_of(ledger: Ledger, signer: CheckpointSigner, size: int | None) -> tuple[int, str | None]:
    """The requested size (default: a fresh checkpoint's) and a stored checkpoint note of that size."""
    if size is None:
        stored: StoredCheckpoint | None = ledger.checkpoint(signer, time=_now())
        assert stored is not None
        return stored.size, stored.note
    match = [c for c in ledger.checkpoints() if c.size == size and c.key == signer.verifier_key]
    return size, match[-1].note if match else None


def run_prove(args: argparse.Namespace) -> int:
    inclusion = args.seq is not None
    if inclusion == (args.old is not None) or (inclusion and args.new is not None) or (not inclusion and args.size):
        raise CliError("use either --seq N [--size M] or --from M [--to N]")
    with _opened() as (ledger, signer):
        try:
            if inclusion:
                size, note = _checkpoint_of(ledger, signer, args.size)
                proof = ledger.inclusion_proof(args.seq, size)
                entry = next(ledger.entries(args.seq, args.seq + 1))
                result: dict[str, Any] = {
                    "seq": args.seq,
                    "size": size,
                    "leaf_hash": _b64(entry.leaf_hash),
                    "leaf_b64": _b64(entry.leaf),
                    "root": _b64(ledger.root(size)),
                    "proof": [_b64(p) for p in proof],
                    "checkpoint": note,
                }
            else:
                size, note = _checkpoint_of(ledger, signer, args.new)
                proof = ledger.consistency_proof(args.old, size)
                result = {
                    "from": args.old,
                    "to": size,
                    "from_root": _b64(ledger.root(args.old)),
                    "to_root": _b64(ledger.root(size)),
                    "proof": [_b64(p) for p in proof],
                    "checkpoint": note,
                }
        except ValueError as exc:
            raise CliError(str(exc)) from None
    _print_json(result)
    return 0
