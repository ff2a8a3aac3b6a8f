"""RFC 6962/9162 hashing and proofs against the published Certificate Transparency test vectors.

Vectors: the eight-leaf tree used by google/certificate-transparency and transparency-dev/merkle
(proof/verify_test.go: roots, inclusionProofs, consistencyProofs; rfc6962/rfc6962_test.go: hashes).
"""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plugin.ledger import merkle

LEAVES = [
    bytes.fromhex(h)
    for h in (
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f",
    )
]
# ROOTS[i] is the root of the first i + 1 leaves.
ROOTS = [
    bytes.fromhex(h)
    for h in (
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    )
]
EMPTY = bytes.fromhex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
SOME_HASH = bytes.fromhex("abacaba000000000000000000000000000000000000000000060061e00123456")


def h(*hexes: str) -> list[bytes]:
    return [bytes.fromhex(x) for x in hexes]


# (leaf index, tree size, proof) — the Go vectors list the leaf 1-based; converted here.
INCLUSION = [
    (0, 1, []),
    (
        0,
        8,
        h(
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ),
    ),
    (
        5,
        8,
        h(
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ),
    ),
    (2, 3, h("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")),
    (
        1,
        5,
        h(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        ),
    ),
]
CONSISTENCY = [
    (1, 1, []),
    (
        1,
        8,
        h(
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ),
    ),
    (
        6,
        8,
        h(
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ),
    ),
    (
        2,
        5,
        h(
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        ),
    ),
    (
        6,
        7,
        h(
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ),
    ),
]


def test_hashes_match_rfc6962_vectors() -> None:
    assert merkle.root([]) == EMPTY == merkle.EMPTY_ROOT
    assert merkle.leaf_hash(b"") == ROOTS[0]
    assert merkle.leaf_hash(b"L123456").hex() == "395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56"
    assert merkle.node_hash(b"N123", b"N456").hex() == (
        "aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb"
    )


@pytest.mark.parametrize("size", range(1, 9))
def test_roots_match_vectors(size: int) -> None:
    assert merkle.root(LEAVES[:size]) == ROOTS[size - 1]


@pytest.mark.parametrize(("index", "size", "proof"), INCLUSION)
def test_inclusion_proofs_match_vectors(index: int, size: int, proof: list[bytes]) -> None:
    assert merkle.inclusion_proof(index, LEAVES[:size]) == proof
    assert merkle.verify_inclusion(merkle.leaf_hash(LEAVES[index]), index, size, proof, ROOTS[size - 1])


@pytest.mark.parametrize(("old", "new", "proof"), CONSISTENCY)
def test_consistency_proofs_match_vectors(old: int, new: int, proof: list[bytes]) -> None:
    assert merkle.consistency_proof(old, LEAVES[:new]) == proof
    assert merkle.verify_consistency(old, new, ROOTS[old - 1], ROOTS[new - 1], proof)


@pytest.mark.parametrize(("index", "size", "proof"), [v for v in INCLUSION if v[2]])
def test_corrupted_inclusion_proofs_fail(index: int, size: int, proof: list[bytes]) -> None:
    """The probes of transparency-dev/merkle corruptInclusionProof."""
    leaf, root = merkle.leaf_hash(LEAVES[index]), ROOTS[size - 1]
    probes = [
        (index - 1, size, root, leaf, proof),
        (index + 1, size, root, leaf, proof),
        (index ^ 2, size, root, leaf, proof),
        (index, size * 2, root, leaf, proof),
        (index, size // 2, root, leaf, proof),
        (index, size, root, b"WrongLeaf", proof),
        (index, size, EMPTY, leaf, proof),
        (index, size, SOME_HASH, leaf, proof),
        (index, size, root, leaf, [*proof, b""]),
        (index, size, root, leaf, [*proof, root]),
        (index, size, root, leaf, [b"", *proof]),
        (index, size, root, leaf, [root, *proof]),
        (index, size, root, leaf, proof[:-1]),
        (index, size, root, leaf, [proof[0], SOME_HASH, *proof[1:]]),
    ]
    for i in range(len(proof)):
        flipped = list(proof)
        flipped[i] = bytes([flipped[i][0] ^ 8]) + flipped[i][1:]
        probes.append((index, size, root, leaf, flipped))
    for p_index, p_size, p_root, p_leaf, p_proof in probes:
        assert not merkle.verify_inclusion(p_leaf, p_index, p_size, p_proof, p_root), (p_index, p_size)


@pytest.mark.parametrize(("old", "new", "proof"), [v for v in CONSISTENCY if v[2]])
def test_corrupted_consistency_proofs_fail(old: int, new: int, proof: list[bytes]) -> None:
    """The probes of transparency-dev/merkle corruptConsistencyProof."""
    r1, r2 = ROOTS[old - 1], ROOTS[new - 1]
    probes = [
        (old - 1, new, r1, r2, proof),
        (old + 1, new, r1, r2, proof),
        (old ^ 2, new, r1, r2, proof),
        (old, new * 2, r1, r2, proof),
        (old, new // 2, r1, r2, proof),
        (old, new, b"WrongRoot", r2, proof),
        (old, new, r1, b"WrongRoot", proof),
        (old, new, r2, r1, proof),
        (old, new, r1, r2, []),
        (old, new, r1, r2, [*proof, b""]),
        (old, new, r1, r2, [*proof, r1]),
        (old, new, r1, r2, [*proof, r2]),
        (old, new, r1, r2, [b"", *proof]),
        (old, new, r1, r2, [r1, *proof]),
        (old, new, r1, r2, [r2, *proof]),
        (old, new, r1, r2, [proof[0], *proof]),
        (old, new, r1, r2, proof[:-1]),
    ]
    for i in range(len(proof)):
        flipped = list(proof)
        flipped[i] = bytes([flipped[i][0] ^ 16]) + flipped[i][1:]
        probes.append((old, new, r1, r2, flipped))
    for p_old, p_new, p_r1, p_r2, p_proof in probes:
        assert not merkle.verify_consistency(p_old, p_new, p_r1, p_r2, p_proof), (p_old, p_new)


@pytest.mark.parametrize(
    ("old", "new", "root1", "root2", "proof", "ok"),
    [  # transparency-dev/merkle TestVerifyConsistency: trivial cases are strict
        (0, 0, b"don't care 1", b"don't care 2", [], False),
        (1, 1, b"don't care 1", b"don't care 2", [], False),
        (0, 0, b"don't care 1", b"don't care 1", [], True),
        (0, 1, b"don't care 1", b"don't care 2", [], True),
        (1, 1, b"don't care 2", b"don't care 2", [], True),
        (1, 0, b"don't care 1", b"don't care 2", [], False),
        (2, 1, b"don't care 1", b"don't care 2", [], False),
        (1, 2, b"don't care 1", b"don't care 2", [], False),
        (0, 0, EMPTY, b"don't care 2", [], False),
        (1, 1, EMPTY, b"don't care 2", [], False),
        (0, 0, EMPTY, EMPTY, [EMPTY], False),
        (0, 1, EMPTY, EMPTY, [EMPTY], False),
        (1, 1, EMPTY, EMPTY, [EMPTY], False),
    ],
)
def test_trivial_consistency_cases(
    old: int, new: int, root1: bytes, root2: bytes, proof: list[bytes], ok: bool
) -> None:
    assert merkle.verify_consistency(old, new, root1, root2, proof) is ok


def test_trivial_inclusion_cases() -> None:
    leaf = merkle.leaf_hash(b"data")
    assert merkle.verify_inclusion(leaf, 0, 1, [], leaf)
    assert not merkle.verify_inclusion(leaf, 0, 1, [leaf], leaf)  # non-empty proof for a one-leaf tree
    assert not merkle.verify_inclusion(b"", 0, 1, [], leaf)
    assert not merkle.verify_inclusion(leaf, 0, 1, [], b"")
    for index, size in [(0, 0), (1, 0), (2, 1)]:
        assert not merkle.verify_inclusion(SOME_HASH, index, size, [], EMPTY)


@pytest.mark.parametrize(
    ("index", "size", "nodes"),
    [  # transparency-dev/merkle proof_test.go TestInclusion, (level, index) ids per proof element
        (0, 7, [[(0, 1)], [(1, 1)], [(1, 2), (0, 6)]]),
        (4, 7, [[(0, 5)], [(0, 6)], [(2, 0)]]),
        (6, 7, [[(1, 2)], [(2, 0)]]),
        (3, 6, [[(0, 2)], [(1, 0)], [(1, 2)]]),
        (10, 15, [[(0, 11)], [(1, 4)], [(1, 6), (0, 14)], [(3, 0)]]),
        (81, 95, [[(0, 80)], [(1, 41)], [(2, 21)], [(2, 22), (1, 46), (0, 94)], [(4, 4)], [(6, 0)]]),
    ],
)
def test_inclusion_shapes_use_stored_subtrees(index: int, size: int, nodes: list[list[tuple[int, int]]]) -> None:
    shapes = [merkle.subtree_nodes(a, b) for a, b in merkle.inclusion_ranges(index, size)]
    assert shapes == nodes


def test_consistency_shape_5_to_7() -> None:
    """transparency-dev/merkle TestConsistency: 5 → 7 is nodes e, f, j, k."""
    shapes = [merkle.subtree_nodes(a, b) for a, b in merkle.consistency_ranges(5, 7)]
    assert shapes == [[(0, 4)], [(0, 5)], [(0, 6)], [(2, 0)]]


def test_compact_range_matches_root_and_reports_completed_nodes() -> None:
    edge = merkle.CompactRange()
    completed: list[tuple[int, int, bytes]] = []
    for i, leaf in enumerate(LEAVES):
        edge.append(merkle.leaf_hash(leaf), completed)
        assert edge.root() == ROOTS[i]
    assert [(lvl, idx) for lvl, idx, _ in completed] == [(1, 0), (1, 1), (2, 0), (1, 2), (1, 3), (2, 1), (3, 0)]
    assert completed[-1][2] == ROOTS[7]
    restored = merkle.CompactRange(6, [merkle.root(LEAVES[:4]), merkle.root(LEAVES[4:6])])
    restored.append(merkle.leaf_hash(LEAVES[6]))
    assert restored.root() == ROOTS[6]


# -- properties ------------------------------------------------------------------------------------
leaf_lists = st.lists(st.binary(max_size=12), min_size=1, max_size=40)


def _flip(data: bytes, position: int) -> bytes:
    position %= len(data)
    return data[:position] + bytes([data[position] ^ 0x01]) + data[position + 1 :]


@settings(max_examples=60, deadline=None)
@given(leaves=leaf_lists, data=st.data())
def test_every_inclusion_proof_verifies_and_any_changed_byte_fails(leaves: list[bytes], data: st.DataObject) -> None:
    size = len(leaves)
    index = data.draw(st.integers(0, size - 1))
    root = merkle.root(leaves)
    leaf = merkle.leaf_hash(leaves[index])
    proof = merkle.inclusion_proof(index, leaves)
    assert merkle.verify_inclusion(leaf, index, size, proof, root)
    position = data.draw(st.integers(0, 10_000))
    assert not merkle.verify_inclusion(_flip(leaf, position), index, size, proof, root)
    assert not merkle.verify_inclusion(leaf, index, size, proof, _flip(root, position))
    if proof:
        which = data.draw(st.integers(0, len(proof) - 1))
        bad = list(proof)
        bad[which] = _flip(bad[which], position)
        assert not merkle.verify_inclusion(leaf, index, size, bad, root)
    other = data.draw(st.integers(0, size - 1))
    if other != index and leaves[other] != leaves[index]:
        assert not merkle.verify_inclusion(leaf, other, size, proof, root)


@settings(max_examples=60, deadline=None)
@given(leaves=leaf_lists, data=st.data())
def test_every_consistency_proof_verifies_and_any_changed_byte_fails(leaves: list[bytes], data: st.DataObject) -> None:
    new = len(leaves)
    old = data.draw(st.integers(1, new))
    old_root, new_root = merkle.root(leaves[:old]), merkle.root(leaves)
    proof = merkle.consistency_proof(old, leaves)
    assert merkle.verify_consistency(old, new, old_root, new_root, proof)
    position = data.draw(st.integers(0, 10_000))
    assert not merkle.verify_consistency(old, new, _flip(old_root, position), new_root, proof)
    assert not merkle.verify_consistency(old, new, old_root, _flip(new_root, position), proof)
    if proof:
        which = data.draw(st.integers(0, len(proof) - 1))
        bad = list(proof)
        bad[which] = _flip(bad[which], position)
        assert not merkle.verify_consistency(old, new, old_root, new_root, bad)
    if old < new:
        # A tree that differs in its first `old` leaves is not a prefix.
        changed = [_flip(leaves[0], 0) if leaves[0] else b"x", *leaves[1:old]]
        assert not merkle.verify_consistency(old, new, merkle.root(changed), new_root, proof)


@settings(max_examples=40, deadline=None)
@given(leaves=leaf_lists)
def test_bottom_up_root_equals_recursive_definition(leaves: list[bytes]) -> None:
    def mth(items: list[bytes]) -> bytes:  # RFC 6962 §2.1, literally
        if len(items) == 1:
            return hashlib.sha256(b"\x00" + items[0]).digest()
        k = 1 << ((len(items) - 1).bit_length() - 1)
        return hashlib.sha256(b"\x01" + mth(items[:k]) + mth(items[k:])).digest()

    assert merkle.root(leaves) == mth(leaves)
