"""Key files: generated once with mode 0600, shared by processes starting together, or from settings."""

from __future__ import annotations

import multiprocessing
import os
import stat
from pathlib import Path

import pytest
from pydantic import SecretStr

from plugin.config import Settings
from plugin.ledger import keys
from plugin.ledger.checkpoint import NoteSigner


def _settings(tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {"data_dir": tmp_path / "data", "pseudonym_key": None, "log_signing_key": None}
    return Settings(**{**values, **overrides})  # type: ignore[arg-type]


def test_generated_keys_are_private_files_reused_later(tmp_path: Path) -> None:
    settings = _settings(tmp_path, log_origin="example.eu/gdpr-desk")
    first = keys.pseudonym_key(settings)
    signer = keys.note_signer(settings)
    for name in (keys.PSEUDONYM_KEY_FILE, keys.SIGNING_KEY_FILE):
        assert stat.S_IMODE((tmp_path / "data" / name).stat().st_mode) == 0o600
    assert keys.pseudonym_key(settings) == first and len(first) >= 32
    assert keys.note_signer(settings).verifier_key == signer.verifier_key
    assert signer.name == "example.eu/gdpr-desk"
    assert keys.checkpoint_signer(settings).origin == "example.eu/gdpr-desk"
    assert not list((tmp_path / "data").glob(".*.tmp"))


def test_settings_take_precedence_over_files(tmp_path: Path) -> None:
    skey = NoteSigner.generate("configured").private_key
    settings = _settings(tmp_path, pseudonym_key=SecretStr("configured secret"), log_signing_key=SecretStr(skey))
    assert keys.pseudonym_key(settings) == b"configured secret"
    assert keys.note_signer(settings).private_key == skey
    assert not (tmp_path / "data").exists()


def test_bad_signing_key_setting_names_the_setting(tmp_path: Path) -> None:
    settings = _settings(tmp_path, log_signing_key=SecretStr("PRIVATE+KEY+x+00000000+AAAA"))
    with pytest.raises(keys.KeyFileError, match="GDPR_DESK_LOG_SIGNING_KEY"):
        keys.note_signer(settings)


def test_key_file_readable_by_others_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "secret.key"
    path.write_text("s3cret\n")
    os.chmod(path, 0o644)
    with pytest.raises(keys.KeyFileError, match="chmod 600"):
        keys.load_or_create_secret(path, lambda: "new")
    assert path.read_text() == "s3cret\n"


def _create(path: str, queue: multiprocessing.Queue[str]) -> None:
    import secrets

    queue.put(keys.load_or_create_secret(Path(path), lambda: secrets.token_hex(16)))


def test_processes_starting_together_agree_on_one_key(tmp_path: Path) -> None:
    context = multiprocessing.get_context("fork")
    queue: multiprocessing.Queue[str] = context.Queue()
    path = tmp_path / "data" / "shared.key"
    workers = [context.Process(target=_create, args=(str(path), queue)) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
    results = {queue.get(timeout=5) for _ in workers}
    assert results == {path.read_text().strip()}
