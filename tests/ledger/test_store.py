"""The Ledger store on SQLite and PostgreSQL: appends, roots, proofs, immutability, checkpoints."""

from __future__ import annotations

import json
import threading
from datetime import datetime

import pytest

from plugin.ledger import Ledger, LedgerCorrupt, OutOfRange, merkle
from plugin.ledger.checkpoint import Checkpoint, CheckpointSigner
from plugin.ledger.entry import EntryError, canonical_json
from plugin.storage import Database

from .conftest import T0, at


def _circular() -> dict[str, object]:
    data: dict[str, object] = {}
    data["self"] = data
    return data


def _fill(ledger: Ledger, count: int, *, start: int = 0) -> list[bytes]:
    with ledger.db.transaction() as tx:
        for i in range(start, start + count):
            ledger.append(tx, "test_event", {"n": i, "note": "Grüße"}, time=at(i))
    return [e.leaf for e in ledger.entries(0, ledger.size())]


def test_append_assigns_sequence_numbers_and_canonical_leaves(ledger: Ledger) -> None:
    with ledger.db.transaction() as tx:
        first = ledger.append(tx, "webhook_received", {"ticket": 42, "rights": ["access"]}, time=T0)
        second = ledger.append(tx, "decision", {"ticket": 42, "z": None, "a": 1.5}, time=at(1))
    assert (first.seq, second.seq) == (0, 1)
    assert first.leaf == (
        b'{"data":{"rights":["access"],"ticket":42},"kind":"webhook_received","seq":0,'
        b'"time":"2026-11-28T15:21:44.123456Z","v":1}'
    )
    assert first.leaf == canonical_json(
        {"v": 1, "time": first.time, "seq": 0, "kind": "webhook_received", "data": first.data}
    )
    assert first.leaf_hash == merkle.leaf_hash(first.leaf)
    stored = list(ledger.entries(0, 2))
    assert [(e.seq, e.kind, e.time, e.data, e.leaf, e.leaf_hash) for e in stored] == [
        (
            0,
            "webhook_received",
            "2026-11-28T15:21:44.123456Z",
            {"rights": ["access"], "ticket": 42},
            first.leaf,
            first.leaf_hash,
        ),
        (
            1,
            "decision",
            "2026-11-28T15:21:45.123456Z",
            {"a": 1.5, "ticket": 42, "z": None},
            second.leaf,
            second.leaf_hash,
        ),
    ]


def test_time_and_kind_are_queryable_from_the_leaf(ledger: Ledger) -> None:
    ledger.append_one("spot_check", {"n": 1}, time=T0)
    with ledger.db.transaction(write=False) as tx:
        assert tx.execute("SELECT time, kind FROM ledger_entries_view WHERE seq = 0").fetchone() == (
            "2026-11-28T15:21:44.123456Z",
            "spot_check",
        )
        count = "SELECT COUNT(*) FROM ledger_entries_view WHERE kind = ? AND time >= ?"
        assert tx.scalar(count, ("spot_check", "2026")) == 1


def test_leaf_is_utf8_without_escapes(ledger: Ledger) -> None:
    entry = ledger.append_one("note", {"text_lang": "ελληνικά", "emoji": "✓"}, time=T0)
    assert "ελληνικά".encode() in entry.leaf
    assert json.loads(entry.leaf)["data"]["emoji"] == "✓"


@pytest.mark.parametrize(
    ("kind", "data", "time"),
    [
        ("Bad Kind", {}, T0),
        ("ok", {"x": float("nan")}, T0),
        ("ok", {1: "int key"}, T0),
        ("ok", ["not", "a", "mapping"], T0),
        ("ok", {"x": object()}, T0),
        ("ok", _circular(), T0),
        ("ok", {}, datetime(2026, 1, 1)),  # naive
    ],
)
def test_unencodable_entries_are_refused(ledger: Ledger, kind: str, data: object, time: datetime) -> None:
    with pytest.raises(EntryError):
        ledger.append_one(kind, data, time=time)  # type: ignore[arg-type]
    assert ledger.size() == 0


def test_root_and_proofs_equal_the_pure_tree_for_every_size(ledger: Ledger) -> None:
    leaves = _fill(ledger, 37)
    for size in range(0, 38):
        assert ledger.root(size) == merkle.root(leaves[:size])
        for index in range(size):
            assert ledger.inclusion_proof(index, size) == merkle.inclusion_proof(index, leaves[:size])
        for old in range(1, size + 1):
            assert ledger.consistency_proof(old, size) == merkle.consistency_proof(old, leaves[:size])
    assert ledger.root() == merkle.root(leaves)
    assert ledger.consistency_proof(0, 37) == []


def test_proofs_beyond_the_log_are_out_of_range(ledger: Ledger) -> None:
    _fill(ledger, 5)
    for call in (
        lambda: ledger.root(6),
        lambda: ledger.inclusion_proof(5, 5),
        lambda: ledger.inclusion_proof(0, 6),
        lambda: ledger.inclusion_proof(-1, 3),
        lambda: ledger.consistency_proof(4, 6),
        lambda: ledger.consistency_proof(4, 3),
        lambda: list(ledger.entries(3, 1)),
    ):
        with pytest.raises(OutOfRange):
            call()
    assert [e.seq for e in ledger.entries(3, 100)] == [3, 4]


def test_rolled_back_transaction_leaves_no_trace(ledger: Ledger) -> None:
    _fill(ledger, 3)
    with pytest.raises(RuntimeError), ledger.db.transaction() as tx:
        ledger.append(tx, "lost", {}, time=T0)
        raise RuntimeError("caller failed after appending")
    assert ledger.size() == 3
    assert ledger.append_one("kept", {}, time=T0).seq == 3


def test_rolled_back_savepoint_inside_a_batch_does_not_fork_the_tree(ledger: Ledger) -> None:
    with ledger.db.transaction() as tx:
        for i in range(20):  # a group commit where every third webhook fails after its append
            try:
                with tx.savepoint():
                    ledger.append(tx, "webhook_received", {"i": i}, time=at(i))
                    if i % 3 == 0:
                        raise ValueError("duplicate delivery")
            except ValueError:
                pass
    entries = list(ledger.entries(0, ledger.size()))
    assert [e.data["i"] for e in entries] == [i for i in range(20) if i % 3]
    assert ledger.root() == merkle.root([e.leaf for e in entries])
    leaves = [e.leaf for e in entries]
    assert ledger.inclusion_proof(5, len(leaves)) == merkle.inclusion_proof(5, leaves)


def test_append_many_equals_single_appends(database: Database, tmp_path: object) -> None:
    ledger = Ledger(database)
    ledger.ensure_schema()
    with database.transaction() as tx:
        batch = ledger.append_many(tx, [("batch", {"i": i}, at(i)) for i in range(40)])
        more = ledger.append(tx, "single", {"i": 40}, time=at(40))
    assert [e.seq for e in batch] == list(range(40)) and more.seq == 40
    leaves = [e.leaf for e in ledger.entries(0, 41)]
    assert ledger.root() == merkle.root(leaves)
    database.close_thread_connection()


def test_large_log_stores_few_nodes_and_answers_from_them(ledger: Ledger) -> None:
    with ledger.db.transaction() as tx:
        ledger.append_many(tx, [("bulk", {"i": i}, T0) for i in range(1000)])
    leaves = [e.leaf for e in ledger.entries(0, 1000)]
    with ledger.db.transaction(write=False) as tx:
        stored = tx.scalar("SELECT COUNT(*) FROM ledger_nodes")
    assert stored == sum(1000 >> level for level in range(4, 10))  # complete subtrees of 16+ leaves
    for index in (0, 15, 16, 511, 999):
        assert merkle.verify_inclusion(
            merkle.leaf_hash(leaves[index]), index, 1000, ledger.inclusion_proof(index, 1000), ledger.root()
        )
    assert ledger.consistency_proof(300, 1000) == merkle.consistency_proof(300, leaves)


# -- the database refuses to change history ---------------------------------------------------------
def _refused(database: Database, sql: str, params: tuple[object, ...] = ()) -> bool:
    try:
        with database.transaction() as tx:
            tx.execute(sql, params)
    except Exception as exc:
        return (
            "append-only" in str(exc)
            or "permission denied" in str(exc)
            or "UNIQUE" in str(exc)
            or ("duplicate key" in str(exc))
        )
    return False


def test_update_delete_and_replace_are_refused(ledger: Ledger) -> None:
    _fill(ledger, 20)
    db = ledger.db
    root = ledger.root()
    statements = [
        ("UPDATE ledger_entries SET leaf = ? WHERE seq = 3", (b'{"forged":1}',)),
        ("DELETE FROM ledger_entries WHERE seq = 19", ()),
        ("DELETE FROM ledger_entries", ()),
        ("UPDATE ledger_nodes SET hash = hash", ()),
        ("DELETE FROM ledger_nodes", ()),
        ("DELETE FROM ledger_head", ()),
        ("UPDATE ledger_head SET id = 1", ()),
        (
            "INSERT INTO ledger_entries (seq, leaf, leaf_hash) VALUES (?, ?, ?)",
            (3, b"{}", merkle.leaf_hash(b"{}")),
        ),
        (
            "INSERT INTO ledger_entries (seq, leaf, leaf_hash) VALUES (?, ?, ?)",
            (25, b"{}", merkle.leaf_hash(b"{}")),
        ),  # a gap
        ("INSERT INTO ledger_nodes (level, idx, hash) VALUES (4, 0, ?)", (b"\0" * 32,)),
    ]
    if db.dialect == "sqlite":
        statements += [
            (
                "INSERT OR REPLACE INTO ledger_entries (seq, leaf, leaf_hash) VALUES (?, ?, ?)",
                (3, b"{}", merkle.leaf_hash(b"{}")),
            ),
            ("REPLACE INTO ledger_nodes (level, idx, hash) VALUES (4, 0, ?)", (b"\0" * 32,)),
            ("INSERT OR REPLACE INTO ledger_head (id) VALUES (1)", ()),
        ]
    else:
        statements += [
            ("UPDATE ledger_entries SET leaf = leaf WHERE seq = 999", ()),  # statement-level: even a no-op
            ("TRUNCATE ledger_entries", ()),
            ("TRUNCATE ledger_nodes, ledger_checkpoints", ()),
            (
                "INSERT INTO ledger_entries (seq, leaf, leaf_hash) VALUES (?, ?, ?)"
                " ON CONFLICT (seq) DO UPDATE SET leaf = excluded.leaf",
                (3, b"{}", merkle.leaf_hash(b"{}")),
            ),
        ]
    for sql, params in statements:
        assert _refused(db, sql, params), sql
    assert ledger.size() == 20 and ledger.root() == root
    assert [e.kind for e in ledger.entries(3, 4)] == ["test_event"]


@pytest.mark.postgres
def test_postgres_triggers_fire_even_in_replica_mode(postgres_url: str) -> None:
    db = Database(postgres_url)
    ledger = Ledger(db)
    ledger.ensure_schema()
    ledger.append_one("x", {}, time=T0)
    for sql in ("UPDATE ledger_entries SET leaf = leaf", "DELETE FROM ledger_entries", "TRUNCATE ledger_entries"):
        with pytest.raises(Exception, match="append-only"), db.transaction() as tx:
            tx.execute("SET LOCAL session_replication_role = replica")
            tx.execute(sql)
    with db.transaction(write=False) as tx:
        modes = dict(
            tx.execute(
                "SELECT tgname, tgenabled FROM pg_trigger"
                " WHERE tgrelid = 'ledger_entries'::regclass AND NOT tgisinternal"
            ).fetchall()
        )
    assert set(modes.values()) == {"A"}  # ENABLE ALWAYS
    db.close_thread_connection()


@pytest.mark.postgres
def test_postgres_revoke_applies_to_a_non_superuser_owner(postgres_url: str, postgres_server: str) -> None:
    """The test server's role is a superuser, which privileges cannot bind; a plain owner role is."""
    import uuid
    from urllib.parse import quote

    import psycopg

    role = f"ledger_owner_{uuid.uuid4().hex[:8]}"
    schema = postgres_url.split("search_path%3D")[-1]
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f'CREATE ROLE "{role}" NOLOGIN')
        admin.execute(f'GRANT USAGE, CREATE ON SCHEMA "{schema}" TO "{role}"')
    try:
        separator = "&" if "?" in postgres_server else "?"
        url = f"{postgres_server}{separator}options={quote(f'-csearch_path={schema} -crole={role}')}"
        db = Database(url)
        ledger = Ledger(db)
        ledger.ensure_schema()
        ledger.append_one("x", {}, time=T0)
        with db.transaction() as tx:  # the owner can switch its own triggers off …
            tx.execute("ALTER TABLE ledger_entries DISABLE TRIGGER USER")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied"), db.transaction() as tx:
            tx.execute("UPDATE ledger_entries SET leaf = leaf")  # … but the REVOKE still holds
        with pytest.raises(psycopg.errors.InsufficientPrivilege), db.transaction() as tx:
            tx.execute("DELETE FROM ledger_entries")
        assert ledger.append_one("y", {}, time=T0).seq == 1  # and appending still works
        db.close_thread_connection()
    finally:
        with psycopg.connect(postgres_server, autocommit=True) as admin:
            admin.execute(f'DROP OWNED BY "{role}" CASCADE')
            admin.execute(f'DROP ROLE "{role}"')


# -- checkpoints ------------------------------------------------------------------------------------
def test_checkpoint_signs_committed_root_and_is_stored_once(ledger: Ledger, signer: CheckpointSigner) -> None:
    assert ledger.latest_checkpoint() is None
    _fill(ledger, 9)
    first = ledger.checkpoint(signer, time=T0)
    assert (first.size, first.root) == (9, ledger.root(9))
    assert Checkpoint.parse(signer.signer.open(first.note)) == Checkpoint(signer.origin, 9, ledger.root(9))
    assert ledger.checkpoint(signer, time=at(1)) == first  # nothing new: the same checkpoint
    _fill(ledger, 3, start=9)
    second = ledger.checkpoint(signer, time=at(2))
    assert second.size == 12 and second.id != first.id
    assert [c.size for c in ledger.checkpoints()] == [9, 12]
    assert ledger.latest_checkpoint() == second
    assert _refused(ledger.db, "UPDATE ledger_checkpoints SET size = 1")
    assert _refused(ledger.db, "DELETE FROM ledger_checkpoints")


def test_checkpoint_never_covers_uncommitted_entries(ledger: Ledger, signer: CheckpointSigner) -> None:
    _fill(ledger, 4)
    result: list[object] = []
    conn = ledger.db.connect()
    try:
        with pytest.raises(RuntimeError), ledger.db.transaction(conn) as tx:
            ledger.append(tx, "in_flight", {}, time=T0)
            ledger.append(tx, "in_flight", {}, time=T0)
            worker = threading.Thread(target=lambda: result.append(ledger.checkpoint(signer, time=T0)))
            worker.start()
            worker.join(0.3)  # the checkpoint waits for (or ignores) the open transaction
            raise RuntimeError("the appender fails and rolls back")
        worker.join(30)
    finally:
        conn.close()
    assert len(result) == 1
    assert result[0].size == 4  # type: ignore[attr-defined]


def test_checkpoint_refuses_to_sign_over_a_changed_prefix(ledger: Ledger, signer: CheckpointSigner) -> None:
    _fill(ledger, 16)
    ledger.checkpoint(signer, time=T0)
    with ledger.db.transaction() as tx:  # an attacker rewrites the stored subtree hash of leaves 0..15
        if tx.dialect == "sqlite":
            tx.execute("DROP TRIGGER ledger_nodes_no_update")
        else:
            tx.execute("DROP TRIGGER ledger_nodes_append_only ON ledger_nodes")
        tx.execute("UPDATE ledger_nodes SET hash = ? WHERE level = 4 AND idx = 0", (b"\x01" * 32,))
    _fill(ledger, 1, start=16)
    with pytest.raises(LedgerCorrupt, match="no longer matches"):
        ledger.checkpoint(signer, time=at(1))
