"""What the log may say about people: keyed pseudonyms and text digests, never the data itself.

pseudonym(key, value) = "<key id>:<hex HMAC-SHA256(key, value)>". The key id (first 4 bytes of
SHA-256 of the key, hex) tells which key made a pseudonym, so after a key rotation old entries stay
recognisable: they keep their old pseudonyms, and whoever still holds the old key can re-link them.
Values are hashed exactly as given; callers normalise first (see normalise_email).
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import unicodedata


@functools.lru_cache(maxsize=16)
def key_id(key: bytes) -> str:
    """Short public identifier of a pseudonym key (8 hex digits)."""
    return hashlib.sha256(key).hexdigest()[:8]


def pseudonym(key: bytes, value: str) -> str:
    """Keyed pseudonym of a value (requester e-mail, user id): "<key id>:<64 hex>"."""
    if not key:
        raise ValueError("pseudonym key must not be empty")
    digest = hmac.digest(key, value.encode("utf-8"), "sha256").hex()  # one-shot: no HMAC object
    return f"{key_id(key)}:{digest}"


def text_digest(text: str) -> str:
    """SHA-256 hex of a text (UTF-8), standing in for a message body in the log."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalise_email(address: str) -> str:
    """The form of an e-mail address to pseudonymise: NFC, trimmed, case-folded."""
    return unicodedata.normalize("NFC", address).strip().casefold()
