"""The stored timestamp format: UTC, microseconds, `Z`, fixed width (text order = time order)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from plugin.timeutil import iso, parse_iso


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2026, 11, 28, 15, 21, 44, 123456, tzinfo=UTC), "2026-11-28T15:21:44.123456Z"),
        (datetime(2026, 11, 28, 15, 21, 44, tzinfo=UTC), "2026-11-28T15:21:44.000000Z"),
        (datetime(2026, 11, 28, 16, 21, 44, tzinfo=timezone(timedelta(hours=1))), "2026-11-28T15:21:44.000000Z"),
        (datetime(2026, 3, 29, 3, 30, tzinfo=ZoneInfo("Europe/Brussels")), "2026-03-29T01:30:00.000000Z"),
        (datetime(2026, 11, 30, 0, 30, tzinfo=ZoneInfo("Europe/Brussels")), "2026-11-29T23:30:00.000000Z"),
    ],
)
def test_iso_is_utc_with_microseconds_and_z(moment: datetime, expected: str) -> None:
    assert iso(moment) == expected
    assert parse_iso(expected) == moment


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        iso(datetime(2026, 11, 28, 15, 21, 44))


def test_text_order_is_time_order() -> None:
    base = datetime(2026, 11, 28, 23, 59, 59, 999999, tzinfo=UTC)
    moments = [base + timedelta(microseconds=n * 7919) for n in range(-50, 50)]
    assert sorted(iso(m) for m in moments) == [iso(m) for m in sorted(moments)]
