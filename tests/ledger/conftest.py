"""Fixtures for the ledger tests: a migrated Ledger on SQLite and PostgreSQL, a checkpoint signer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from plugin.ledger import Ledger
from plugin.ledger.checkpoint import CheckpointSigner, NoteSigner
from plugin.storage import Database

T0 = datetime(2026, 11, 28, 15, 21, 44, 123456, tzinfo=UTC)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


@pytest.fixture
def ledger(database: Database) -> Ledger:
    led = Ledger(database)
    led.ensure_schema()
    yield led
    database.close_thread_connection()


@pytest.fixture(scope="session")
def signer() -> CheckpointSigner:
    return CheckpointSigner("gdpr-desk.test/log", NoteSigner.generate("gdpr-desk.test/log"))
