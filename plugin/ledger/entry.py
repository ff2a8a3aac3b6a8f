"""Ledger entries and their canonical bytes (the Merkle leaves).

A leaf is the canonical JSON of {"data": {...}, "kind": "...", "seq": N, "time": "...Z", "v": 1}:
UTF-8, keys sorted, separators "," and ":", no whitespace, no NaN/Infinity. Carrying `seq` inside
the leaf makes a reordering of entries evident to anyone who recomputes the tree.
"""

from __future__ import annotations

import base64
import json
import json.encoder
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from plugin.timeutil import iso

ENTRY_VERSION = 1
KIND_PATTERN = re.compile(r"[a-z][a-z0-9_.-]{0,63}")
TIME_PATTERN = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")

_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, sort_keys=True, separators=(",", ":"))
# The C encoder behind JSONEncoder.encode, made once: encode() rebuilds it on every call, which
# costs a third of encoding an entry. Same output (tested); without it, the pure-Python path.
_make_c_encoder = getattr(json.encoder, "c_make_encoder", None)
_C_ENCODER = (
    _make_c_encoder(None, _ENCODER.default, json.encoder.encode_basestring, None, ":", ",", True, False, False)
    if _make_c_encoder is not None
    else None
)


_STR_ONLY = frozenset({str})


def _encode_json(value: Any) -> str:
    if _C_ENCODER is not None:
        return "".join(_C_ENCODER(value, 0))
    return _ENCODER.encode(value)  # pragma: no cover - interpreters without the C accelerator


class EntryError(ValueError):
    """An entry cannot be encoded, or stored bytes are not a canonical entry."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One log entry as stored: `leaf` is its canonical JSON, `leaf_hash` the RFC 6962 leaf hash."""

    seq: int
    time: str
    kind: str
    data: dict[str, Any]
    leaf: bytes
    leaf_hash: bytes


def canonical_json(value: Any) -> bytes:
    """The canonical JSON bytes of a value (sorted keys, compact separators, UTF-8)."""
    try:
        return _encode_json(value).encode("utf-8")
    except (TypeError, ValueError, RecursionError) as exc:
        raise EntryError(f"not canonical-JSON encodable: {exc}") from None


def format_time(time: datetime) -> str:
    """UTC with microseconds and a Z (the stored time format, `timeutil.iso`). Naive datetimes are refused."""
    try:
        return iso(time)
    except ValueError:
        raise EntryError("entry time must be timezone-aware") from None


def check_kind(kind: str) -> str:
    if not isinstance(kind, str) or not KIND_PATTERN.fullmatch(kind):
        raise EntryError(f"entry kind must match {KIND_PATTERN.pattern}, got {kind!r}")
    return kind


def encode_data(data: Mapping[str, Any]) -> bytes:
    """Canonical JSON of an entry's data object."""
    if not isinstance(data, dict):
        if not isinstance(data, Mapping):
            raise EntryError("entry data must be a JSON object")
        data = dict(data)
    if not _STR_ONLY.issuperset(map(type, data)):
        raise EntryError("entry data keys must be strings")
    try:
        if _C_ENCODER is not None:
            return "".join(_C_ENCODER(data, 0)).encode("utf-8")
        return _encode_json(data).encode("utf-8")  # pragma: no cover
    except (TypeError, ValueError, RecursionError) as exc:
        raise EntryError(f"entry data is not canonical-JSON encodable: {exc}") from None


def encode_leaf(seq: int, time: str, kind: str, data_json: bytes) -> bytes:
    """The canonical leaf from canonical data JSON, a checked kind and a formatted time."""
    # Assembled in sorted key order; equal to canonical_json of the whole entry (tested). `kind`
    # matches KIND_PATTERN and `time` TIME_PATTERN, so neither needs JSON escaping.
    return b'{"data":%b,"kind":"%b","seq":%d,"time":"%b","v":1}' % (
        data_json,
        kind.encode("ascii"),
        seq,
        time.encode("ascii"),
    )


def export_record(entry: Entry) -> dict[str, Any]:
    """One line of `gdpr-desk log export` (and of /audit/entries): seq, the leaf bytes, the entry."""
    return {"seq": entry.seq, "leaf_b64": base64.b64encode(entry.leaf).decode("ascii"), "entry": json.loads(entry.leaf)}


def decode_leaf(leaf: bytes) -> dict[str, Any]:
    """Parse stored leaf bytes and check they are exactly a canonical version-1 entry."""
    try:
        value = json.loads(leaf.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise EntryError(f"leaf is not UTF-8 JSON: {exc}") from None
    if not isinstance(value, dict) or set(value) != {"data", "kind", "seq", "time", "v"}:
        raise EntryError("leaf does not have exactly the fields data, kind, seq, time, v")
    if value["v"] != ENTRY_VERSION or not isinstance(value["data"], dict):
        raise EntryError("leaf has an unknown version or non-object data")
    if not isinstance(value["seq"], int) or isinstance(value["seq"], bool) or value["seq"] < 0:
        raise EntryError("leaf seq is not a non-negative integer")
    if not isinstance(value["time"], str) or not TIME_PATTERN.fullmatch(value["time"]):
        raise EntryError("leaf time is not of the form YYYY-MM-DDTHH:MM:SS.ffffffZ")
    check_kind(value["kind"])
    if canonical_json(value) != leaf:
        raise EntryError("leaf bytes are not in canonical form")
    return value
