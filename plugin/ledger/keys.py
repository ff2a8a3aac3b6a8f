"""Secrets the ledger needs, from settings or from key files generated on first use (mode 0600).

- the pseudonym key (HMAC key for requester references): GDPR_DESK_PSEUDONYM_KEY, else
  `<data_dir>/pseudonym.key`;
- the checkpoint signing key (note format "PRIVATE+KEY+<name>+<hash>+<base64>"):
  GDPR_DESK_LOG_SIGNING_KEY, else `<data_dir>/log-signing.key`, named after GDPR_DESK_LOG_ORIGIN.

A key file is created atomically (written to a private temporary file, then hard-linked into place),
so processes starting together agree on one key. An existing key file readable by group or others
is refused rather than silently used.
"""

from __future__ import annotations

import base64
import contextlib
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path

from plugin.config import Settings
from plugin.ledger.checkpoint import CheckpointSigner, NoteError, NoteSigner

PSEUDONYM_KEY_FILE = "pseudonym.key"
SIGNING_KEY_FILE = "log-signing.key"


class KeyFileError(Exception):
    """A key file is unreadable, malformed or has unsafe permissions."""


def load_or_create_secret(path: Path, generate: Callable[[], str]) -> str:
    """The secret stored in `path`, creating the file with `generate()` and mode 0600 if absent."""
    try:
        return _read_secret(path)
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(generate().strip() + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileExistsError):  # another process won the race: use its key
            os.link(temporary, path)  # atomic
    finally:
        temporary.unlink(missing_ok=True)
    return _read_secret(path)


def _read_secret(path: Path) -> str:
    info = path.stat()
    if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise KeyFileError(f"{path} is accessible by group or others; run: chmod 600 {path}")
    value = path.read_text(encoding="utf-8").strip()
    if not value:
        raise KeyFileError(f"{path} is empty")
    return value


def pseudonym_key(settings: Settings) -> bytes:
    """The HMAC key for pseudonymous references (the setting, else the generated key file)."""
    if settings.pseudonym_key is not None and settings.pseudonym_key.get_secret_value():
        return settings.pseudonym_key.get_secret_value().encode("utf-8")
    path = settings.data_dir / PSEUDONYM_KEY_FILE
    return load_or_create_secret(path, lambda: base64.b64encode(secrets.token_bytes(32)).decode()).encode("utf-8")


def note_signer(settings: Settings) -> NoteSigner:
    """The checkpoint signing key (the setting, else the generated key file)."""
    if settings.log_signing_key is not None and settings.log_signing_key.get_secret_value():
        source, value = "GDPR_DESK_LOG_SIGNING_KEY", settings.log_signing_key.get_secret_value()
    else:
        path = settings.data_dir / SIGNING_KEY_FILE
        source = str(path)
        value = load_or_create_secret(path, lambda: NoteSigner.generate(key_name(settings.log_origin)).private_key)
    try:
        return NoteSigner.from_private_key(value)
    except NoteError as exc:
        raise KeyFileError(f"{source}: {exc}") from None


def checkpoint_signer(settings: Settings) -> CheckpointSigner:
    return CheckpointSigner(settings.log_origin, note_signer(settings))


def key_name(origin: str) -> str:
    """A note key name for a log origin (C2SP recommends the origin itself)."""
    name = "".join(ch for ch in origin if not ch.isspace() and ch != "+")
    return name or "gdpr-desk"
