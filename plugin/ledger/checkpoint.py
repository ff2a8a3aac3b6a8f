"""C2SP checkpoints signed as C2SP signed notes with Ed25519.

Checkpoint body (https://c2sp.org/tlog-checkpoint): three lines, each ending in "\\n" — the origin,
the tree size in decimal, the base64 root hash. Signed note (https://c2sp.org/signed-note): the text,
an empty line, then one line per signature: "— <key name> <base64(key id || signature)>" (em dash).
The key id is the first 4 bytes of SHA-256(name || 0x0A || 0x01 || public key), 0x01 meaning Ed25519.

Key strings use the golang.org/x/mod/sumdb/note formats:
  verifier  "<name>+<key id hex>+<base64(0x01 || public key)>"
  signer    "PRIVATE+KEY+<name>+<key id hex>+<base64(0x01 || private seed)>"

Errors: NoteError (malformed key, note or checkpoint, or a signature that does not verify).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

ALG_ED25519 = 0x01
SIGNATURE_PREFIX = "— "  # U+2014 EM DASH, then a space
_NAME = re.compile(r"[^\s+]+")
_DECIMAL = re.compile(r"0|[1-9][0-9]*")


class NoteError(ValueError):
    """A key, note or checkpoint is malformed, or its signature does not verify."""


def _b64decode(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise NoteError("invalid base64") from None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _check_name(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise NoteError(f"invalid key name {name!r}: must be non-empty, without spaces or '+'")
    return name


def key_id(name: str, public_key: bytes) -> bytes:
    """The 4-byte key id of an Ed25519 key: SHA-256(name || 0x0A || 0x01 || key)[:4]."""
    return hashlib.sha256(name.encode("utf-8") + b"\n" + bytes([ALG_ED25519]) + public_key).digest()[:4]


@dataclass(frozen=True)
class NoteVerifier:
    """Checks signatures by one named Ed25519 key."""

    name: str
    key_id: bytes
    public_key: Ed25519PublicKey

    @classmethod
    def from_verifier_key(cls, vkey: str) -> NoteVerifier:
        parts = vkey.strip().split("+", 2)  # base64 may contain "+"
        if len(parts) != 3:
            raise NoteError("verifier key must be <name>+<hash>+<base64 key>")
        name, hash_hex, encoded = parts
        _check_name(name)
        raw = _b64decode(encoded)
        if len(raw) != 33 or raw[0] != ALG_ED25519:
            raise NoteError("verifier key is not an Ed25519 key")
        kid = key_id(name, raw[1:])
        if not re.fullmatch(r"[0-9a-f]{8}", hash_hex) or bytes.fromhex(hash_hex) != kid:
            raise NoteError("verifier key hash does not match the key")
        return cls(name, kid, Ed25519PublicKey.from_public_bytes(raw[1:]))

    @property
    def verifier_key(self) -> str:
        raw = self.public_key.public_bytes_raw()
        return f"{self.name}+{self.key_id.hex()}+{_b64(bytes([ALG_ED25519]) + raw)}"

    def verify_signature(self, message: bytes, signature: bytes) -> bool:
        try:
            self.public_key.verify(signature, message)
        except InvalidSignature:
            return False
        return True

    def open(self, note: str) -> str:
        """Return the text of a signed note that carries a valid signature by this key."""
        text, signatures = split_note(note)
        found = False
        for name, blob in signatures:
            if name != self.name or blob[:4] != self.key_id:
                continue
            if not self.verify_signature(text.encode("utf-8"), blob[4:]):
                raise NoteError(f"invalid signature for key {self.name}+{self.key_id.hex()}")
            found = True
        if not found:
            raise NoteError(f"note has no signature by {self.name}+{self.key_id.hex()}")
        return text


class NoteSigner(NoteVerifier):
    """Signs notes with a named Ed25519 key."""

    def __init__(self, name: str, private_key: Ed25519PrivateKey) -> None:
        public = private_key.public_key()
        super().__init__(_check_name(name), key_id(name, public.public_bytes_raw()), public)
        object.__setattr__(self, "_private", private_key)

    @classmethod
    def generate(cls, name: str) -> NoteSigner:
        return cls(name, Ed25519PrivateKey.generate())

    @classmethod
    def from_private_key(cls, skey: str) -> NoteSigner:
        parts = skey.strip().split("+", 4)  # base64 may contain "+"
        if len(parts) != 5 or parts[:2] != ["PRIVATE", "KEY"]:
            raise NoteError("signing key must be PRIVATE+KEY+<name>+<hash>+<base64 key>")
        name, hash_hex, encoded = parts[2:]
        _check_name(name)
        raw = _b64decode(encoded)
        if len(raw) != 33 or raw[0] != ALG_ED25519:
            raise NoteError("signing key is not an Ed25519 key")
        signer = cls(name, Ed25519PrivateKey.from_private_bytes(raw[1:]))
        if hash_hex != signer.key_id.hex():
            raise NoteError("signing key hash does not match the key")
        return signer

    @property
    def private_key(self) -> str:
        seed = self._private.private_bytes_raw()
        return f"PRIVATE+KEY+{self.name}+{self.key_id.hex()}+{_b64(bytes([ALG_ED25519]) + seed)}"

    def verifier(self) -> NoteVerifier:
        return NoteVerifier(self.name, self.key_id, self.public_key)

    def sign(self, text: str) -> str:
        """The signed note: text, a blank line, and this key's signature line."""
        check_note_text(text)
        signature = self._private.sign(text.encode("utf-8"))
        return f"{text}\n{SIGNATURE_PREFIX}{self.name} {_b64(self.key_id + signature)}\n"

    _private: Ed25519PrivateKey


def check_note_text(text: str) -> None:
    if not text.endswith("\n") or "\n\n" in text or text.startswith("\n"):
        raise NoteError("malformed note text: must be non-empty lines, each ending in a newline")
    if any(ord(ch) < 0x20 and ch != "\n" for ch in text):
        raise NoteError("malformed note text: control characters")


def split_note(note: str) -> tuple[str, list[tuple[str, bytes]]]:
    """Split a signed note into its text and its (key name, key id || signature) lines."""
    cut = note.rfind("\n\n")
    if cut < 0 or not note.endswith("\n"):
        raise NoteError("malformed note: no signature block")
    text, block = note[: cut + 1], note[cut + 2 :]
    check_note_text(text)
    signatures: list[tuple[str, bytes]] = []
    for line in block.split("\n")[:-1]:
        if not line.startswith(SIGNATURE_PREFIX):
            raise NoteError("malformed note: signature line must start with an em dash")
        fields = line[len(SIGNATURE_PREFIX) :].split(" ")
        if len(fields) != 2:
            raise NoteError("malformed note: signature line must be '— <name> <signature>'")
        name, blob = _check_name(fields[0]), _b64decode(fields[1])
        if len(blob) < 5:
            raise NoteError("malformed note: signature too short")
        signatures.append((name, blob))
    if not signatures:
        raise NoteError("malformed note: no signatures")
    return text, signatures


@dataclass(frozen=True)
class Checkpoint:
    """A tlog-checkpoint body: origin, tree size, root hash."""

    origin: str
    size: int
    root: bytes

    def body(self) -> str:
        if not self.origin or "\n" in self.origin or len(self.root) != 32 or self.size < 0:
            raise NoteError("invalid checkpoint")
        return f"{self.origin}\n{self.size}\n{_b64(self.root)}\n"

    @classmethod
    def parse(cls, text: str) -> Checkpoint:
        lines = text.split("\n")
        if len(lines) < 4 or lines[-1] != "":
            raise NoteError("malformed checkpoint: needs origin, size and root lines")
        origin, size, root = lines[0], lines[1], lines[2]
        if not origin or not _DECIMAL.fullmatch(size):
            raise NoteError("malformed checkpoint: bad origin or size")
        raw = _b64decode(root)
        if len(raw) != 32:
            raise NoteError("malformed checkpoint: root hash is not 32 bytes")
        return cls(origin, int(size), raw)


@dataclass(frozen=True)
class CheckpointSigner:
    """Signs checkpoints of one log (origin) with one note key."""

    origin: str
    signer: NoteSigner

    @property
    def verifier_key(self) -> str:
        return self.signer.verifier_key

    def sign(self, size: int, root: bytes) -> str:
        return self.signer.sign(Checkpoint(self.origin, size, root).body())


def open_checkpoint(note: str, verifiers: list[NoteVerifier], origin: str | None = None) -> Checkpoint:
    """Verify a signed checkpoint against any of the given keys and parse it."""
    errors: list[str] = []
    for verifier in verifiers:
        try:
            checkpoint = Checkpoint.parse(verifier.open(note))
        except NoteError as exc:
            errors.append(str(exc))
            continue
        if origin is not None and checkpoint.origin != origin:
            raise NoteError(f"checkpoint is for origin {checkpoint.origin!r}, expected {origin!r}")
        return checkpoint
    raise NoteError("; ".join(errors) or "no verifier keys given")
