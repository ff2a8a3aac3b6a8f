"""Canonical entry bytes: sorted keys, compact separators, UTF-8, and the hand-assembled leaf."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plugin.ledger.entry import (
    EntryError,
    canonical_json,
    decode_leaf,
    encode_data,
    encode_leaf,
    format_time,
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=12,
)
kinds = st.from_regex(r"[a-z][a-z0-9_.-]{0,20}", fullmatch=True)
times = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2999, 12, 31), timezones=st.just(UTC))


@settings(max_examples=150, deadline=None)
@given(value=json_values)
def test_canonical_json_is_sorted_compact_utf8(value: object) -> None:
    expected = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    assert canonical_json(value) == expected.encode("utf-8")


@settings(max_examples=150, deadline=None)
@given(data=st.dictionaries(st.text(), json_values, max_size=5), kind=kinds, seq=st.integers(0, 10**12), when=times)
def test_leaf_equals_canonical_json_of_the_whole_entry(
    data: dict[str, object], kind: str, seq: int, when: datetime
) -> None:
    time = format_time(when)
    leaf = encode_leaf(seq, time, kind, encode_data(data))
    assert leaf == canonical_json({"data": data, "kind": kind, "seq": seq, "time": time, "v": 1})
    assert decode_leaf(leaf) == {
        "data": json.loads(canonical_json(data)),
        "kind": kind,
        "seq": seq,
        "time": time,
        "v": 1,
    }


def test_time_is_utc_with_microseconds() -> None:
    brussels = timezone(timedelta(hours=1))
    assert format_time(datetime(2026, 11, 28, 16, 21, 44, 123456, tzinfo=brussels)) == "2026-11-28T15:21:44.123456Z"
    assert format_time(datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)) == "2026-01-02T03:04:05.000000Z"
    with pytest.raises(EntryError):
        format_time(datetime(2026, 1, 2))


@pytest.mark.parametrize(
    "leaf",
    [
        b'{"data":{},"kind":"x","seq":1,"time":"2026-11-28T15:21:44.123456Z","v":1} ',
        b'{"kind":"x","data":{},"seq":1,"time":"2026-11-28T15:21:44.123456Z","v":1}',
        b'{"data":{},"kind":"x","seq":1,"time":"2026-11-28T15:21:44Z","v":1}',
        b'{"data":{},"kind":"x","seq":1,"time":"2026-11-28T15:21:44.123456Z","v":2}',
        b'{"data":{},"kind":"x","seq":-1,"time":"2026-11-28T15:21:44.123456Z","v":1}',
        b'{"data":{},"kind":"X","seq":1,"time":"2026-11-28T15:21:44.123456Z","v":1}',
        b'{"data":[],"kind":"x","seq":1,"time":"2026-11-28T15:21:44.123456Z","v":1}',
        b'{"data":{"a":"\\u00e9"},"kind":"x","seq":1,"time":"2026-11-28T15:21:44.123456Z","v":1}',
        b'{"data":{},"kind":"x","seq":1,"time":"2026-11-28T15:21:44.123456Z","v":1,"x":0}',
        b"\xff",
    ],
)
def test_non_canonical_leaves_are_rejected(leaf: bytes) -> None:
    with pytest.raises(EntryError):
        decode_leaf(leaf)
