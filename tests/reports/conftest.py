"""Fixtures for the report tests: a ledger generated from the scenarios, with a signed checkpoint.

`ledger_log` is built once per session and must not be written to; tests that append (the CLI's
`log record`, the HTTP routes' audit reads) or tamper use `fresh_log`, generated anew (a fraction of a
second).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from plugin.ledger.checkpoint import CheckpointSigner, NoteSigner
from plugin.ledger.store import Ledger, StoredCheckpoint
from plugin.storage.db import Database
from tests.reports.scenario import HORIZON, Generated, generate, local

ORIGIN = "reports.example.eu/gdpr-desk"
SIGNED_AT = local(HORIZON + timedelta(days=1), 8)


@dataclass
class GeneratedLog:
    url: str
    ledger: Ledger
    signer: CheckpointSigner
    checkpoint: StoredCheckpoint
    gen: Generated


def build_log(url: str, signer: CheckpointSigner) -> GeneratedLog:
    ledger = Ledger(Database(url))
    ledger.ensure_schema()
    gen = generate(ledger)
    checkpoint = ledger.checkpoint(signer, time=SIGNED_AT)
    return GeneratedLog(url, ledger, signer, checkpoint, gen)


@pytest.fixture(scope="session")
def report_signer() -> CheckpointSigner:
    return CheckpointSigner(ORIGIN, NoteSigner.generate(ORIGIN))


@pytest.fixture(scope="session")
def ledger_log(tmp_path_factory: pytest.TempPathFactory, report_signer: CheckpointSigner) -> Iterator[GeneratedLog]:
    path = tmp_path_factory.mktemp("reports") / "gdpr-desk.sqlite3"
    log = build_log(f"sqlite:///{path}", report_signer)
    yield log
    log.ledger.db.close_thread_connection()


@pytest.fixture
def fresh_log(tmp_path: Path, report_signer: CheckpointSigner) -> Iterator[GeneratedLog]:
    log = build_log(f"sqlite:///{tmp_path / 'data' / 'gdpr-desk.sqlite3'}", report_signer)
    yield log
    log.ledger.db.close_thread_connection()
