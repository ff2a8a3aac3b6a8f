"""C2SP signed notes and checkpoints, against the golang.org/x/mod/sumdb/note test vectors."""

from __future__ import annotations

import base64
import hashlib

import pytest

from plugin.ledger.checkpoint import (
    Checkpoint,
    CheckpointSigner,
    NoteError,
    NoteSigner,
    NoteVerifier,
    key_id,
    open_checkpoint,
)

# golang.org/x/mod/sumdb/note note_test.go: TestNewVerifier, TestNewSigner, TestSign, TestOpen.
PETER_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
PETER_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
ENOCH_VKEY = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop"
TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
PETER_SIG = (
    "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
)
ENOCH_SIG = "— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n"


def test_sign_reproduces_the_go_example_byte_for_byte() -> None:
    signer = NoteSigner.from_private_key(PETER_SKEY)
    note = signer.sign(TEXT)
    assert note == TEXT + "\n" + PETER_SIG
    assert note.encode("utf-8") == (TEXT + "\n" + PETER_SIG).encode("utf-8")
    assert signer.verifier_key == PETER_VKEY
    assert signer.private_key == PETER_SKEY
    assert signer.key_id.hex() == "c74f20a3"


def test_key_id_is_sha256_of_name_newline_alg_key() -> None:
    public = base64.b64decode(PETER_VKEY.split("+", 2)[2])[1:]
    expected = hashlib.sha256(b"PeterNeumann\n\x01" + public).digest()[:4]
    assert key_id("PeterNeumann", public) == expected == bytes.fromhex("c74f20a3")


def test_open_verifies_our_signature_and_ignores_others() -> None:
    peter = NoteVerifier.from_verifier_key(PETER_VKEY)
    enoch = NoteVerifier.from_verifier_key(ENOCH_VKEY)
    both = TEXT + "\n" + PETER_SIG + ENOCH_SIG
    assert peter.open(both) == TEXT
    assert enoch.open(both) == TEXT
    with pytest.raises(NoteError, match="no signature by EnochRoot"):
        enoch.open(TEXT + "\n" + PETER_SIG)
    bad = TEXT + "\n" + PETER_SIG[:60] + "ABCD" + PETER_SIG[60:]
    with pytest.raises(NoteError, match="invalid signature for key PeterNeumann"):
        peter.open(bad)


@pytest.mark.parametrize(
    "message",
    [  # note_test.go TestOpen badMsgs
        TEXT,
        TEXT + "\n",
        TEXT + "\n" + PETER_SIG[:-1],
        "\x01" + TEXT + "\n" + PETER_SIG,
        TEXT
        + "\n"
        + "— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=",
        TEXT + "\n" + PETER_SIG + "Unexpected line.\n",
    ],
)
def test_malformed_notes_are_rejected(message: str) -> None:
    with pytest.raises(NoteError):
        NoteVerifier.from_verifier_key(PETER_VKEY).open(message)


def test_mangled_keys_are_rejected() -> None:
    """Like TestNewVerifier/TestNewSigner: every single-character change of a key is refused."""
    for key, parse in ((PETER_VKEY, NoteVerifier.from_verifier_key), (PETER_SKEY, NoteSigner.from_private_key)):
        for i in range(len(key)):
            mangled = key[:i] + chr(ord(key[i]) + 1) + key[i + 1 :]
            with pytest.raises(NoteError):
                parse(mangled)
        for cut in (1, len(key) // 2, len(key) - 1):
            with pytest.raises(NoteError):
                parse(key[:cut])
    with pytest.raises(NoteError):  # unknown algorithm, hash adjusted (from the Go test)
        NoteVerifier.from_verifier_key("PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")


def test_checkpoint_body_round_trips_and_is_strict() -> None:
    root = hashlib.sha256(b"").digest()
    body = Checkpoint("example.eu/log", 42, root).body()
    assert body == "example.eu/log\n42\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n"
    assert Checkpoint.parse(body) == Checkpoint("example.eu/log", 42, root)
    for bad in (
        "example.eu/log\n042\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n",
        "example.eu/log\n42\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSu==\n",
        "example.eu/log\n42\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
        "\n42\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n",
        "example.eu/log\n-1\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n",
    ):
        with pytest.raises(NoteError):
            Checkpoint.parse(bad)


def test_signed_checkpoint_opens_with_its_key_only() -> None:
    signer = CheckpointSigner("example.eu/log", NoteSigner.generate("example.eu/log"))
    root = hashlib.sha256(b"x").digest()
    note = signer.sign(7, root)
    assert note.startswith("example.eu/log\n7\n") and "\n\n— example.eu/log " in note
    verifier = NoteVerifier.from_verifier_key(signer.verifier_key)
    assert open_checkpoint(note, [verifier]) == Checkpoint("example.eu/log", 7, root)
    with pytest.raises(NoteError, match="origin"):
        open_checkpoint(note, [verifier], origin="other.example/log")
    with pytest.raises(NoteError):
        open_checkpoint(note, [NoteVerifier.from_verifier_key(PETER_VKEY)])
