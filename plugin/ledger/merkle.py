"""RFC 6962 / RFC 9162 Merkle tree hashing, inclusion and consistency proofs (pure, no I/O).

Hashing (RFC 9162 §2.1.1): leaf = SHA-256(0x00 || data), node = SHA-256(0x01 || left || right),
the empty tree hashes to SHA-256 of nothing. Proofs are produced the RFC 6962 §2.1.1/§2.1.2 way and
verified with the RFC 9162 §2.1.3.2 / §2.1.4.2 algorithms, strictly: wrong hash lengths, surplus or
missing proof elements and non-empty proofs for trivial cases are all rejected.

Proof *shapes* are computed separately from hashes: `inclusion_ranges` and `consistency_ranges` name
the leaf ranges whose subtree hashes make up a proof, and `subtree_nodes` maps such a range to the
complete subtrees (level, index) it consists of. The in-memory functions below and the database
store (store.py), which keeps every complete subtree hash, share that one definition.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

HASH_SIZE = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()

Range = tuple[int, int]  # leaf indices [start, end)
NodeId = tuple[int, int]  # (level, index): the complete subtree over leaves [index << level, (index + 1) << level)


def leaf_hash(data: bytes) -> bytes:
    """RFC 6962 leaf hash: SHA-256(0x00 || data)."""
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """RFC 6962 interior node hash: SHA-256(0x01 || left || right)."""
    return hashlib.sha256(b"\x01" + left + right).digest()


def root_from_hashes(hashes: Sequence[bytes]) -> bytes:
    """MTH of a list of leaf hashes, bottom-up (an unpaired last node moves up unchanged)."""
    if not hashes:
        return EMPTY_ROOT
    level = list(hashes)
    sha256 = hashlib.sha256
    while len(level) > 1:
        pairs = iter(level)
        odd = level[-1] if len(level) % 2 else None
        level = [sha256(b"\x01" + left + right).digest() for left, right in zip(pairs, pairs, strict=False)]
        if odd is not None:
            level.append(odd)
    return level[0]


def root(leaves: Sequence[bytes]) -> bytes:
    """RFC 6962 Merkle Tree Hash of the leaf byte strings (empty tree: SHA-256 of nothing)."""
    return root_from_hashes([leaf_hash(leaf) for leaf in leaves])


# -- proof shapes --------------------------------------------------------------------------------
def _split(size: int) -> int:
    """The largest power of two strictly smaller than size (size >= 2)."""
    return 1 << ((size - 1).bit_length() - 1)


def inclusion_ranges(index: int, size: int) -> list[Range]:
    """Leaf ranges whose subtree hashes form the audit path of leaf `index` in a tree of `size`."""
    if not 0 <= index < size:
        raise ValueError(f"leaf index {index} is outside a tree of size {size}")
    out: list[Range] = []
    lo, hi = 0, size
    while hi - lo > 1:  # RFC 6962 §2.1.1 PATH(m, D[n]), unrolled; collected root-first, returned leaf-first
        k = _split(hi - lo)
        if index < lo + k:
            out.append((lo + k, hi))
            hi = lo + k
        else:
            out.append((lo, lo + k))
            lo = lo + k
    out.reverse()
    return out


def consistency_ranges(old_size: int, new_size: int) -> list[Range]:
    """Leaf ranges whose subtree hashes form the consistency proof from old_size to new_size."""
    if not 0 <= old_size <= new_size:
        raise ValueError(f"no consistency proof from size {old_size} to size {new_size}")
    if old_size in (0, new_size):
        return []
    out: list[Range] = []
    lo, hi, m, complete = 0, new_size, old_size, True
    while True:  # RFC 6962 §2.1.2 SUBPROOF(m, D[lo:hi], b), unrolled
        if m == hi - lo:
            if not complete:
                out.append((lo, hi))
            break
        k = _split(hi - lo)
        if m <= k:
            out.append((lo + k, hi))
            hi = lo + k
        else:
            out.append((lo, lo + k))
            lo, m, complete = lo + k, m - k, False
    out.reverse()
    return out


def subtree_nodes(start: int, end: int) -> list[NodeId]:
    """The complete subtrees, left to right, whose right-to-left fold is MTH(D[start:end]).

    Valid for the ranges that proofs and roots use (each piece is aligned to its own size).
    """
    if not 0 <= start < end:
        raise ValueError(f"empty or negative leaf range [{start}, {end})")
    nodes: list[NodeId] = []
    position, length = start, end - start
    for level in range(length.bit_length() - 1, -1, -1):
        if length >> level & 1:
            if position & ((1 << level) - 1):
                raise ValueError(f"leaf range [{start}, {end}) is not a Merkle subtree range")
            nodes.append((level, position >> level))
            position += 1 << level
    return nodes


def fold(hashes: Sequence[bytes]) -> bytes:
    """Combine the hashes of consecutive complete subtrees (as from subtree_nodes) into one MTH."""
    if not hashes:
        raise ValueError("nothing to fold")
    acc = hashes[-1]
    for left in reversed(hashes[:-1]):
        acc = node_hash(left, acc)
    return acc


def proof_from_ranges(ranges: Sequence[Range], subtree_hash: Callable[[int, int], bytes]) -> list[bytes]:
    return [subtree_hash(start, end) for start, end in ranges]


# -- proofs over an in-memory list of leaves -----------------------------------------------------
def _subtree_hasher(leaves: Sequence[bytes]) -> Callable[[int, int], bytes]:
    hashes = [leaf_hash(leaf) for leaf in leaves]
    return lambda start, end: root_from_hashes(hashes[start:end])


def inclusion_proof(index: int, leaves: Sequence[bytes]) -> list[bytes]:
    """RFC 6962 audit path for leaf `index` in the tree of all `leaves`."""
    return proof_from_ranges(inclusion_ranges(index, len(leaves)), _subtree_hasher(leaves))


def consistency_proof(old_size: int, leaves: Sequence[bytes]) -> list[bytes]:
    """RFC 6962 consistency proof between the first `old_size` leaves and all `leaves`."""
    return proof_from_ranges(consistency_ranges(old_size, len(leaves)), _subtree_hasher(leaves))


# -- verification (RFC 9162) ---------------------------------------------------------------------
def _hashes_ok(*hashes: bytes) -> bool:
    return all(isinstance(h, bytes) and len(h) == HASH_SIZE for h in hashes)


def root_from_inclusion_proof(leaf_hash: bytes, index: int, size: int, proof: Sequence[bytes]) -> bytes | None:
    """The root implied by an audit path (RFC 9162 §2.1.3.2 steps 1–3), or None if it is malformed."""
    if not (0 <= index < size) or not _hashes_ok(leaf_hash, *proof):
        return None
    fn, sn, r = index, size - 1, leaf_hash
    for p in proof:
        if sn == 0:
            return None  # a proof element too many
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return r if sn == 0 else None


def verify_inclusion(leaf_hash: bytes, index: int, size: int, proof: Sequence[bytes], root: bytes) -> bool:
    """True iff `proof` shows the leaf with `leaf_hash` at `index` in the tree of `size` with `root`."""
    if not _hashes_ok(root):
        return False
    computed = root_from_inclusion_proof(leaf_hash, index, size, proof)
    return computed is not None and computed == root


def verify_consistency(old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]) -> bool:
    """True iff `proof` shows the tree (old_size, old_root) is a prefix of (new_size, new_root)."""
    if not (0 <= old_size <= new_size) or not _hashes_ok(*proof):
        return False
    if old_size == new_size:
        return not proof and old_root == new_root
    if old_size == 0:
        return not proof  # the empty tree is a prefix of every tree
    if not proof or not _hashes_ok(old_root, new_root):
        return False
    path = list(proof)
    if old_size & (old_size - 1) == 0:  # a power of two: the old root is itself a node of the new tree
        path.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == old_root and sr == new_root and sn == 0


# -- incremental tree state ----------------------------------------------------------------------
class CompactRange:
    """The right edge of a growing tree: one complete subtree hash per set bit of `size`.

    Appending is O(1) amortised and reports every subtree completed on the way, so the store can
    persist interior nodes and the verifier can compare them; `root()` folds the edge in O(log n).
    """

    __slots__ = ("hashes", "levels", "size")

    def __init__(self, size: int = 0, hashes: Sequence[bytes] = ()) -> None:
        levels = [lvl for lvl in range(size.bit_length() - 1, -1, -1) if size >> lvl & 1]
        if len(levels) != len(hashes):
            raise ValueError(f"a tree of size {size} has {len(levels)} edge subtrees, got {len(hashes)}")
        self.size = size
        self.levels = levels
        self.hashes = list(hashes)

    @staticmethod
    def edge(size: int) -> list[NodeId]:
        """The (level, index) of each edge subtree of a tree of `size`, left to right."""
        return subtree_nodes(0, size) if size else []

    def copy(self) -> CompactRange:
        twin = CompactRange.__new__(CompactRange)
        twin.size, twin.levels, twin.hashes = self.size, list(self.levels), list(self.hashes)
        return twin

    def append(self, leaf_hash: bytes, completed: list[tuple[int, int, bytes]] | None = None) -> None:
        """Add the next leaf; interior nodes it completes are appended to `completed` as (level, index, hash)."""
        if self.size & 1:
            self.add_subtree(0, leaf_hash, completed)
        else:  # even size: nothing to merge (the common half of appends, kept cheap)
            self.size += 1
            self.levels.append(0)
            self.hashes.append(leaf_hash)

    def add_subtree(self, level: int, hash_: bytes, completed: list[tuple[int, int, bytes]] | None = None) -> None:
        """Add a complete subtree of 2**level leaves starting at the current size (which it must be aligned to)."""
        if self.size & ((1 << level) - 1):
            raise ValueError(f"a level-{level} subtree cannot start at leaf {self.size}")
        index = self.size >> level
        self.size += 1 << level
        levels, hashes = self.levels, self.hashes
        while levels and levels[-1] == level:
            levels.pop()
            hash_ = node_hash(hashes.pop(), hash_)
            level += 1
            index >>= 1
            if completed is not None:
                completed.append((level, index, hash_))
        levels.append(level)
        hashes.append(hash_)

    def root(self) -> bytes:
        return fold(self.hashes) if self.hashes else EMPTY_ROOT
