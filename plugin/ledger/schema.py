"""Schema of the ledger: entries, complete-subtree hashes, the head row and signed checkpoints.

The entries table holds only seq, leaf and leaf hash; the view `ledger_entries_view` adds `time`
and `kind` read from the leaf, for queries — so they cannot disagree with what the leaf hash covers,
and cost nothing when appending (a generated column would cost SQLite a JSON parse per insert).

The database itself refuses to change history:
- SQLite: BEFORE UPDATE / BEFORE DELETE triggers abort; a BEFORE INSERT trigger refuses any entry
  that is not exactly the next sequence number and any insert that would collide with an existing
  row, so `INSERT OR REPLACE` cannot silently swap a row (REPLACE's implicit delete does not fire
  delete triggers unless recursive_triggers is on). DELETE without WHERE cannot take the truncate
  shortcut on a table with triggers.
- PostgreSQL: statement-level BEFORE UPDATE/DELETE/TRUNCATE triggers and a row-level in-order
  INSERT check, all `ENABLE ALWAYS` so they also fire under session_replication_role = replica;
  UPDATE, DELETE and TRUNCATE are additionally REVOKEd from PUBLIC and from the migrating role.
  A superuser bypasses privileges (the triggers still stop it until it drops them) and the owner
  can re-grant them: neither database can stop its owner, which is why the Merkle tree and signed
  checkpoints held by others make any such change *evident* (docs/ledger.md).
`ledger_head` keeps UPDATE privilege because `SELECT … FOR UPDATE` needs it; its trigger still
refuses real updates.
"""

from __future__ import annotations

from plugin.storage.db import Tx
from plugin.storage.migrate import Migration

APPEND_ONLY_TABLES = ("ledger_entries", "ledger_nodes", "ledger_head", "ledger_checkpoints")


def _sqlite_v1(tx: Tx) -> None:
    statements = [
        "CREATE TABLE ledger_entries ("
        " seq INTEGER PRIMARY KEY CHECK (seq >= 0),"
        " leaf BLOB NOT NULL,"
        " leaf_hash BLOB NOT NULL CHECK (length(leaf_hash) = 32))",
        "CREATE VIEW ledger_entries_view AS SELECT seq,"
        " json_extract(CAST(leaf AS TEXT), '$.time') AS time, json_extract(CAST(leaf AS TEXT), '$.kind') AS kind,"
        " leaf, leaf_hash FROM ledger_entries",
        "CREATE TABLE ledger_nodes ("
        " level INTEGER NOT NULL CHECK (level >= 4),"
        " idx INTEGER NOT NULL CHECK (idx >= 0),"
        " hash BLOB NOT NULL CHECK (length(hash) = 32),"
        " PRIMARY KEY (level, idx)) WITHOUT ROWID",
        "CREATE TABLE ledger_head (id INTEGER PRIMARY KEY CHECK (id = 1))",
        "INSERT INTO ledger_head (id) VALUES (1)",
        "CREATE TABLE ledger_checkpoints ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " size INTEGER NOT NULL CHECK (size >= 0),"
        " root BLOB NOT NULL CHECK (length(root) = 32),"
        " key TEXT NOT NULL,"
        " note TEXT NOT NULL,"
        " created_at TEXT NOT NULL)",
        "CREATE TRIGGER ledger_entries_in_order BEFORE INSERT ON ledger_entries"
        " WHEN NEW.seq IS NOT COALESCE((SELECT MAX(seq) FROM ledger_entries), -1) + 1"
        " BEGIN SELECT RAISE(ABORT, 'ledger_entries is append-only: only the next seq may be inserted'); END",
        "CREATE TRIGGER ledger_nodes_no_replace BEFORE INSERT ON ledger_nodes"
        " WHEN EXISTS (SELECT 1 FROM ledger_nodes WHERE level = NEW.level AND idx = NEW.idx)"
        " BEGIN SELECT RAISE(ABORT, 'ledger_nodes is append-only: node exists'); END",
        "CREATE TRIGGER ledger_head_no_replace BEFORE INSERT ON ledger_head"
        " WHEN EXISTS (SELECT 1 FROM ledger_head WHERE id = NEW.id)"
        " BEGIN SELECT RAISE(ABORT, 'ledger_head is append-only: row exists'); END",
        "CREATE TRIGGER ledger_checkpoints_no_replace BEFORE INSERT ON ledger_checkpoints"
        " WHEN EXISTS (SELECT 1 FROM ledger_checkpoints WHERE id = NEW.id)"
        " BEGIN SELECT RAISE(ABORT, 'ledger_checkpoints is append-only: row exists'); END",
    ]
    for table in APPEND_ONLY_TABLES:
        for op in ("UPDATE", "DELETE"):
            statements.append(
                f"CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table}"
                f" BEGIN SELECT RAISE(ABORT, '{table} is append-only: {op} refused'); END"
            )
    for statement in statements:
        tx.execute(statement)


# convert_from is only STABLE (it depends on the database encoding, which never changes for a
# database); declared IMMUTABLE so that an expression index on a field can be added later.
_PG_LEAF_TEXT = """
CREATE OR REPLACE FUNCTION ledger_leaf_field(leaf BYTEA, field TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT convert_from(leaf, 'UTF8')::jsonb ->> field $$
"""

_PG_REFUSE = """
CREATE OR REPLACE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$
"""

_PG_IN_ORDER = """
CREATE OR REPLACE FUNCTION ledger_entries_in_order() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    expected BIGINT;
BEGIN
    SELECT COALESCE(MAX(seq) + 1, 0) INTO expected FROM ledger_entries;
    IF NEW.seq IS DISTINCT FROM expected THEN
        RAISE EXCEPTION 'ledger_entries is append-only: seq % inserted, % expected', NEW.seq, expected
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$
"""


def _postgresql_v1(tx: Tx) -> None:
    statements = [
        _PG_LEAF_TEXT,
        "CREATE TABLE ledger_entries ("
        " seq BIGINT PRIMARY KEY CHECK (seq >= 0),"
        " leaf BYTEA NOT NULL,"
        " leaf_hash BYTEA NOT NULL CHECK (octet_length(leaf_hash) = 32))",
        "CREATE VIEW ledger_entries_view AS SELECT seq,"
        " ledger_leaf_field(leaf, 'time') AS time, ledger_leaf_field(leaf, 'kind') AS kind,"
        " leaf, leaf_hash FROM ledger_entries",
        "CREATE TABLE ledger_nodes ("
        " level INTEGER NOT NULL CHECK (level >= 4),"
        " idx BIGINT NOT NULL CHECK (idx >= 0),"
        " hash BYTEA NOT NULL CHECK (octet_length(hash) = 32),"
        " PRIMARY KEY (level, idx))",
        "CREATE TABLE ledger_head (id INTEGER PRIMARY KEY CHECK (id = 1))",
        "INSERT INTO ledger_head (id) VALUES (1)",
        "CREATE TABLE ledger_checkpoints ("
        " id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
        " size BIGINT NOT NULL CHECK (size >= 0),"
        " root BYTEA NOT NULL CHECK (octet_length(root) = 32),"
        " key TEXT NOT NULL,"
        " note TEXT NOT NULL,"
        " created_at TEXT NOT NULL)",
        _PG_REFUSE,
        _PG_IN_ORDER,
        "CREATE TRIGGER ledger_entries_in_order BEFORE INSERT ON ledger_entries"
        " FOR EACH ROW EXECUTE FUNCTION ledger_entries_in_order()",
        "ALTER TABLE ledger_entries ENABLE ALWAYS TRIGGER ledger_entries_in_order",
    ]
    for table in APPEND_ONLY_TABLES:
        statements += [
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON {table}"
            " FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change()",
            f"ALTER TABLE {table} ENABLE ALWAYS TRIGGER {table}_append_only",
        ]
    # Defence in depth where the role allows it (no effect on a superuser; see module docstring).
    statements += [
        "REVOKE UPDATE, DELETE, TRUNCATE ON ledger_entries, ledger_nodes, ledger_checkpoints FROM PUBLIC, CURRENT_USER",
        "REVOKE DELETE, TRUNCATE ON ledger_head FROM PUBLIC, CURRENT_USER",
    ]
    for statement in statements:
        tx.execute(statement)


def _v1(tx: Tx) -> None:
    if tx.dialect == "postgresql":
        _postgresql_v1(tx)
    else:
        _sqlite_v1(tx)


MIGRATIONS = [
    Migration(1, "entries, subtree hashes, head row, checkpoints; append-only triggers", _v1),
]
