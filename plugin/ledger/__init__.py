"""The accountability log: an append-only RFC 6962 Merkle log with signed C2SP checkpoints.

merkle.py (pure hashing and proofs) · entry.py (canonical leaves) · store.py (the Ledger in the
service database) · checkpoint.py (signed notes) · verify.py (recompute and compare) · keys.py
(key files) · privacy.py (pseudonyms and digests) · tokens.py (auditor bearer tokens).
"""

from plugin.ledger.entry import Entry
from plugin.ledger.store import Ledger, LedgerCorrupt, LedgerError, OutOfRange, StoredCheckpoint

__all__ = ["Entry", "Ledger", "LedgerCorrupt", "LedgerError", "OutOfRange", "StoredCheckpoint"]
