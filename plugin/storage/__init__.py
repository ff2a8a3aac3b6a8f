"""Database access shared by the inbox, the ledger and the case records (SQLite or PostgreSQL)."""

from plugin.storage.db import Database, Dialect, StorageError, Tx

__all__ = ["Database", "Dialect", "StorageError", "Tx"]
