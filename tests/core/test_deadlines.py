"""Deadline engine: table-driven cases checked by hand against a printed calendar, plus properties.

Every expected date below was worked out with `python -m calendar YEAR MONTH` and the country's public
holidays, never by running the engine. The comment on each row gives the reasoning.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plugin.core.deadlines import (
    Deadline,
    DeadlineRules,
    ExtensionRule,
    FixedCalendar,
    HolidayCalendar,
    Suspension,
    add_months,
    compute_deadline,
    days_left,
    default_timezone,
    extension_announced_in_time,
    holiday_calendar,
    is_working_day,
)

D = date.fromisoformat


@cache
def cal(country: str, subdivision: str | None = None) -> HolidayCalendar:
    return holiday_calendar(country, subdivision)


def rules(
    country: str, subdivision: str | None = None, tz: str | None = None, ext: ExtensionRule | None = None
) -> DeadlineRules:
    base = DeadlineRules.for_country(country, subdivision)
    return DeadlineRules(base.country, subdivision, tz or base.timezone, ext or base.extension_rule)


def deadline_for(
    received: datetime | date,
    country: str,
    subdivision: str | None = None,
    tz: str | None = None,
    ext: ExtensionRule | None = None,
) -> Deadline:
    return compute_deadline(received, rules(country, subdivision, tz, ext), cal(country, subdivision))


# --- the one-month rule ------------------------------------------------------------------------

# (received local date, country, subdivision, due_on)
ONE_MONTH: list[tuple[str, str, str | None, str]] = [
    # EDPB §160: 5 March → 5 April. 2027-04-05 is a Monday, Easter Monday 2027 is 29 March: no shift.
    ("2027-03-05", "BE", None, "2027-04-05"),
    # EDPB §160: 31 August → 30 September (no 31 September); 2026-09-30 is a Wednesday.
    ("2026-08-31", "BE", None, "2026-09-30"),
    # 31 January, non-leap 2025 → 28 February 2025, a Friday.
    ("2025-01-31", "BE", None, "2025-02-28"),
    # 31 January, leap 2024 → 29 February 2024, a Thursday.
    ("2024-01-31", "BE", None, "2024-02-29"),
    # 30 January in a leap year → 29 February 2024 (Thu); in 2025 → 28 February (Fri).
    ("2024-01-30", "BE", None, "2024-02-29"),
    ("2025-01-29", "BE", None, "2025-02-28"),
    # 31 January 2026 → 28 February 2026, a Saturday → Monday 2 March.
    ("2026-01-31", "BE", None, "2026-03-02"),
    # 31 → 30-day months: 31 Mar → 30 Apr 2026 (Thu); 31 May → 30 Jun (Tue); 31 Oct → 30 Nov (Mon).
    ("2026-03-31", "BE", None, "2026-04-30"),
    ("2026-05-31", "BE", None, "2026-06-30"),
    ("2026-10-31", "BE", None, "2026-11-30"),
    # 30 → 30: 30 April → 30 May 2026 is a Saturday → Monday 1 June.
    ("2026-04-30", "BE", None, "2026-06-01"),
    # Leap day received: 29 Feb 2024 → 29 Mar 2024, a Friday (Good Friday is no holiday in BE).
    ("2024-02-29", "BE", None, "2024-03-29"),
    # 28 February 2026 → 28 March 2026, a Saturday → Monday 30 March.
    ("2026-02-28", "BE", None, "2026-03-30"),
    # Weekends: received on a Saturday, 5 Sep 2026 → Monday 5 Oct, no shift.
    ("2026-09-05", "BE", None, "2026-10-05"),
    # 3 Sep → 3 Oct 2026 Saturday → Monday 5 Oct; 4 Sep → 4 Oct Sunday → Monday 5 Oct.
    ("2026-09-03", "BE", None, "2026-10-05"),
    ("2026-09-04", "BE", None, "2026-10-05"),
    # Year boundaries: 30 Nov → 30 Dec 2026 (Wed).
    ("2026-11-30", "BE", None, "2026-12-30"),
    # 1 Dec 2025 → 1 Jan 2026 New Year (Thu) → Friday 2 January (a working day in BE).
    ("2025-12-01", "BE", None, "2026-01-02"),
    # 1 Dec 2026 → 1 Jan 2027 New Year (Fri) → Sat 2 → Sun 3 → Monday 4 January.
    ("2026-12-01", "BE", None, "2027-01-04"),
    # 31 Dec 2026 → 31 Jan 2027, a Sunday → Monday 1 February.
    ("2026-12-31", "BE", None, "2027-02-01"),
]

# National and regional public holidays.
HOLIDAYS: list[tuple[str, str, str | None, str]] = [
    # BE National Day, Tue 21 July 2026 → Wed 22.
    ("2026-06-21", "BE", None, "2026-07-22"),
    # BE Armistice, Wed 11 Nov 2026 → Thu 12.
    ("2026-10-11", "BE", None, "2026-11-12"),
    # BE: 5 Apr 2026 is Easter Sunday, 6 Apr Easter Monday → Tuesday 7 April.
    ("2026-03-05", "BE", None, "2026-04-07"),
    # FR: 14 July 2026 (Tue) → Wed 15.
    ("2026-06-14", "FR", None, "2026-07-15"),
    # FR: 8 May 2026 Victory Day is a Friday → Sat, Sun → Monday 11 May.
    ("2026-04-08", "FR", None, "2026-05-11"),
    # NL: King's Day Mon 27 April 2026 → Tue 28.
    ("2026-03-27", "NL", None, "2026-04-28"),
    # DE: German Unity Day Fri 3 Oct 2025 → Sat, Sun → Monday 6 October.
    ("2025-09-03", "DE", None, "2025-10-06"),
    # DE: Good Friday 3 Apr 2026, Sat, Easter Sunday, Easter Monday 6 Apr → Tuesday 7 April.
    ("2026-03-03", "DE", None, "2026-04-07"),
    # DE: 29 Feb 2024 → 29 Mar 2024 Good Friday → Sat, Easter Sunday, Easter Monday 1 Apr → Tue 2 Apr.
    ("2024-02-29", "DE", None, "2024-04-02"),
    # ES: Fiesta Nacional Mon 12 Oct 2026 → Tue 13.
    ("2026-09-12", "ES", None, "2026-10-13"),
    # IT: Festa della Repubblica Tue 2 June 2026 → Wed 3.
    ("2026-05-02", "IT", None, "2026-06-03"),
    # IE: St Patrick's Day Tue 17 March 2026 → Wed 18.
    ("2026-02-17", "IE", None, "2026-03-18"),
    # IE: Good Friday is not a public holiday in Ireland: 3 Apr 2026 (Fri) stays.
    ("2026-03-03", "IE", None, "2026-04-03"),
    # GB: Christmas Fri 25 Dec 2026, Boxing Day Sat 26, Sun 27, Boxing Day (observed) Mon 28 → Tue 29.
    ("2026-11-25", "GB", None, "2026-12-29"),
    ("2026-11-28", "GB", None, "2026-12-29"),
    # Regional, DE-BY: Epiphany Tue 6 Jan 2026 → Wed 7; not a holiday in Berlin nor nationally.
    ("2025-12-06", "DE", "BY", "2026-01-07"),
    ("2025-12-06", "DE", "BE", "2026-01-06"),
    ("2025-12-06", "DE", None, "2026-01-06"),
    # Regional, DE-BY: Corpus Christi Thu 4 June 2026 → Fri 5; a working day in Berlin.
    ("2026-05-04", "DE", "BY", "2026-06-05"),
    ("2026-05-04", "DE", "BE", "2026-06-04"),
    # Regional, ES-CT: Diada, Fri 11 Sep 2026 → Sat, Sun → Monday 14; nationally Friday 11 stays.
    ("2026-08-11", "ES", "CT", "2026-09-14"),
    ("2026-08-11", "ES", None, "2026-09-11"),
    # Regional, GB: Easter Monday 6 Apr 2026 is a bank holiday in England, not in Scotland.
    ("2026-03-06", "GB", "ENG", "2026-04-07"),
    ("2026-03-06", "GB", "SCT", "2026-04-06"),
]


@pytest.mark.parametrize(("received", "country", "subdivision", "due"), ONE_MONTH + HOLIDAYS)
def test_due_date(received: str, country: str, subdivision: str | None, due: str) -> None:
    deadline = deadline_for(D(received), country, subdivision)
    assert deadline.received_on == D(received)
    assert deadline.due_on == D(due)


def test_month_end_is_recorded_as_such() -> None:
    basis = deadline_for(D("2026-08-31"), "BE").basis
    assert [s.rule for s in basis if s.target == "due"] == ["month_end"]
    assert basis[1].before == D("2026-08-31") and basis[1].after == D("2026-09-30")


def test_chain_of_non_working_days_names_each_day() -> None:
    # Good Friday, Saturday, Easter Sunday, Easter Monday in Germany, 2026.
    deadline = deadline_for(D("2026-03-03"), "DE")
    due_steps = [s for s in deadline.basis if s.target == "due"]
    assert [s.rule for s in due_steps] == [
        "one_month_same_date",
        "public_holiday",
        "weekend",
        "weekend",
        "public_holiday",
    ]
    assert [s.before for s in due_steps[1:]] == [D("2026-04-03"), D("2026-04-04"), D("2026-04-05"), D("2026-04-06")]
    assert "2026-04-03 is Good Friday (DE)" in due_steps[1].explanation
    assert "2026-04-06 is Easter Monday (DE)" in due_steps[4].explanation


def test_holiday_explanation_names_the_calendar() -> None:
    deadline = deadline_for(D("2026-03-05"), "BE")
    texts = [s.explanation for s in deadline.basis]
    assert any("2026-04-06 is Easter Monday (BE)" in t for t in texts)
    assert any("2026-04-05 is a Sunday and Easter Sunday (BE)" in t for t in texts)
    assert deadline.calendar == "BE"


# --- receipt in the controller's time zone --------------------------------------------------------

# (receipt instant, controller zone, country, received_on, due_on)
RECEIPT = [
    # LEGAL.md: 23:30 UTC on 29 Nov is 00:30 on 30 Nov in Brussels (UTC+1) → due 30 Dec 2026 (Wed).
    ("2026-11-29T23:30:00+00:00", "Europe/Brussels", "BE", "2026-11-30", "2026-12-30"),
    # The same instant in Lisbon (UTC+0 in winter) is still 29 Nov → 29 Dec 2026 (Tue).
    ("2026-11-29T23:30:00+00:00", "Europe/Lisbon", "PT", "2026-11-29", "2026-12-29"),
    # Backwards: 00:30 in Paris (+01:00) on 15 Jan is 23:30 on 14 Jan in Lisbon → 14 Feb 2026 Saturday
    # → Monday 16 February.
    ("2026-01-15T00:30:00+01:00", "Europe/Lisbon", "PT", "2026-01-14", "2026-02-16"),
    # Backwards: 00:30 Brussels summer time (+02:00) on 1 May is 23:30 on 30 April in London (BST) →
    # 30 May 2026 Saturday → Monday 1 June (Spring bank holiday was 25 May).
    ("2026-05-01T00:30:00+02:00", "Europe/London", "GB", "2026-04-30", "2026-06-01"),
    # Forwards, summer time: 22:30 UTC on 31 March is 00:30 on 1 April in Brussels (CEST, +2) →
    # 1 May 2026 Labour Day (Fri) → Sat, Sun → Monday 4 May.
    ("2026-03-31T22:30:00Z", "Europe/Brussels", "BE", "2026-04-01", "2026-05-04"),
    # DST starts 29 Mar 2026 at 02:00 in Brussels. 23:30 UTC on the 28th is still CET (+1): 00:30 on
    # the 29th → 29 April (Wed).
    ("2026-03-28T23:30:00Z", "Europe/Brussels", "BE", "2026-03-29", "2026-04-29"),
    # 22:30 UTC on the 29th is CEST (+2): 00:30 on the 30th → 30 April (Thu). With +1 it would be the 29th.
    ("2026-03-29T22:30:00Z", "Europe/Brussels", "BE", "2026-03-30", "2026-04-30"),
    # DST ends 25 Oct 2026 at 03:00. 22:30 UTC on the 24th is CEST (+2): 00:30 on the 25th → 25 Nov (Wed).
    ("2026-10-24T22:30:00Z", "Europe/Brussels", "BE", "2026-10-25", "2026-11-25"),
    # 22:30 UTC on the 25th is CET (+1) again: 23:30, still the 25th → 25 Nov (Wed).
    ("2026-10-25T22:30:00Z", "Europe/Brussels", "BE", "2026-10-25", "2026-11-25"),
    # 23:30 UTC on the 25th → 00:30 on the 26th → 26 Nov (Thu).
    ("2026-10-25T23:30:00Z", "Europe/Brussels", "BE", "2026-10-26", "2026-11-26"),
]


@pytest.mark.parametrize(("instant", "zone", "country", "received_on", "due_on"), RECEIPT)
def test_receipt_is_the_local_date(instant: str, zone: str, country: str, received_on: str, due_on: str) -> None:
    deadline = deadline_for(datetime.fromisoformat(instant), country, tz=zone)
    assert deadline.received_on == D(received_on)
    assert deadline.due_on == D(due_on)
    assert deadline.basis[0].rule == "receipt_local_date"
    assert deadline.basis[0].after == D(received_on)


def test_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        compute_deadline(datetime(2026, 3, 5, 10, 0), rules("BE"), cal("BE"))


# --- extension -----------------------------------------------------------------------------------

# (received, country, rule, due_on, extended_due_on)
EXTENSIONS = [
    # 5 Mar 2026 → receipt + 3 months = 5 June (Fri). First deadline 5 April (before the shift to
    # 7 April) + 2 months = 5 June too.
    ("2026-03-05", "BE", "receipt_plus_3_months", "2026-04-07", "2026-06-05"),
    ("2026-03-05", "BE", "due_plus_2_months", "2026-04-07", "2026-06-05"),
    # 31 Jan 2026: first deadline 28 Feb (Sat) → due Mon 2 March. Receipt + 3 months = 30 April (Thu,
    # no 31 April). First deadline 28 Feb + 2 months = 28 April (Tue): the rules differ here.
    ("2026-01-31", "BE", "receipt_plus_3_months", "2026-03-02", "2026-04-30"),
    ("2026-01-31", "BE", "due_plus_2_months", "2026-03-02", "2026-04-28"),
    # EDPB example 31 August: + 3 months = 30 November (Mon); 30 Sep + 2 months = 30 November.
    ("2026-08-31", "BE", "receipt_plus_3_months", "2026-09-30", "2026-11-30"),
    ("2026-08-31", "BE", "due_plus_2_months", "2026-09-30", "2026-11-30"),
    # 30 Nov 2026 + 3 months: no 30 Feb 2027 → 28 Feb 2027, a Sunday → Monday 1 March. First deadline
    # 30 Dec + 2 months → 28 Feb 2027 as well → 1 March.
    ("2026-11-30", "BE", "receipt_plus_3_months", "2026-12-30", "2027-03-01"),
    ("2026-11-30", "BE", "due_plus_2_months", "2026-12-30", "2027-03-01"),
    # 3 Mar 2026 in DE-BY: + 3 months = 3 June (Wed); Corpus Christi is the 4th, not reached.
    ("2026-03-03", "DE", "receipt_plus_3_months", "2026-04-07", "2026-06-03"),
    # 4 Mar 2026 in DE-BY: + 3 months = 4 June, Corpus Christi (Thu) → Friday 5 June.
    ("2026-03-04", "DE", "receipt_plus_3_months", "2026-04-07", "2026-06-05"),
]


@pytest.mark.parametrize(("received", "country", "rule", "due", "extended"), EXTENSIONS)
def test_extension(received: str, country: str, rule: ExtensionRule, due: str, extended: str) -> None:
    subdivision = "BY" if country == "DE" else None
    deadline = deadline_for(D(received), country, subdivision, ext=rule)
    assert (deadline.due_on, deadline.extended_due_on) == (D(due), D(extended))
    assert any(s.rule == f"extension_{rule}" and s.target == "extended" for s in deadline.basis)


def test_extension_announced_in_time() -> None:
    deadline = deadline_for(D("2026-03-05"), "BE")  # due Tuesday 7 April 2026
    assert extension_announced_in_time(D("2026-03-20"), deadline)
    assert extension_announced_in_time(D("2026-04-07"), deadline)
    assert not extension_announced_in_time(D("2026-04-08"), deadline)
    with pytest.raises(ValueError, match="before receipt"):
        extension_announced_in_time(D("2026-03-04"), deadline)


def test_is_working_day() -> None:
    assert is_working_day(D("2026-04-07"), cal("BE"))  # Tuesday after Easter
    assert not is_working_day(D("2026-04-06"), cal("BE"))  # Easter Monday
    assert not is_working_day(D("2026-04-04"), FixedCalendar("none"))  # Saturday
    assert is_working_day(D("2026-04-06"), cal("GB", "SCT"))  # no Easter Monday in Scotland


def test_days_left() -> None:
    assert days_left(D("2026-04-01"), D("2026-04-07")) == 6
    assert days_left(D("2026-04-07"), D("2026-04-07")) == 0
    assert days_left(D("2026-04-09"), D("2026-04-07")) == -2


# --- suspension (Art. 12(6), EDPB §159) --------------------------------------------------------

# Received Thu 5 March 2026 in BE: one month → Sun 5 April (before the working-day rule).
# (suspensions, due_on, extended receipt+3, extended due+2)
SUSPENSIONS = [
    # 6 → 16 March: 10 days → 15 April (Wed). Extended 5 June + 10 = 15 June (Mon); 15 Apr + 2 = 15 June.
    ([("2026-03-06", "2026-03-16")], "2026-04-15", "2026-06-15", "2026-06-15"),
    # 3 + 4 days → 12 April (Sun) → Monday 13 April. 5 June + 7 = 12 June (Fri); 12 Apr + 2 = 12 June.
    ([("2026-03-06", "2026-03-09"), ("2026-03-20", "2026-03-24")], "2026-04-13", "2026-06-12", "2026-06-12"),
    # Overlapping 6→16 and 10→20 count once: 14 days → 19 April (Sun) → Monday 20 April.
    # 5 June + 14 = 19 June (Fri); 19 April + 2 months = 19 June.
    ([("2026-03-10", "2026-03-20"), ("2026-03-06", "2026-03-16")], "2026-04-20", "2026-06-19", "2026-06-19"),
    # Answered the same day: nothing added, due stays Tue 7 April (Easter Sunday, Easter Monday).
    ([("2026-03-06", "2026-03-06")], "2026-04-07", "2026-06-05", "2026-06-05"),
    # Asked on 8 April, after the deadline of 7 April: ignored.
    ([("2026-04-08", "2026-04-20")], "2026-04-07", "2026-06-05", "2026-06-05"),
]


@pytest.mark.parametrize(("intervals", "due", "ext_receipt", "ext_due"), SUSPENSIONS)
def test_closed_suspensions(intervals: list[tuple[str, str]], due: str, ext_receipt: str, ext_due: str) -> None:
    suspensions = [Suspension(D(a), D(b)) for a, b in intervals]
    cases: list[tuple[ExtensionRule, str]] = [("receipt_plus_3_months", ext_receipt), ("due_plus_2_months", ext_due)]
    for rule, extended in cases:
        deadline = compute_deadline(D("2026-03-05"), rules("BE", ext=rule), cal("BE"), suspensions)
        assert deadline.due_on == D(due), rule
        assert deadline.extended_due_on == D(extended), rule
        assert not deadline.suspended


def test_late_suspension_is_recorded_as_ignored() -> None:
    deadline = compute_deadline(D("2026-03-05"), rules("BE"), cal("BE"), [Suspension(D("2026-04-08"), D("2026-04-20"))])
    assert deadline.suspended_days == 0
    ignored = [s for s in deadline.basis if s.rule == "suspension_after_deadline"]
    assert len(ignored) == 1 and ignored[0].before == ignored[0].after == D("2026-04-05")
    assert "asked on 2026-04-08, after the deadline 2026-04-07" in ignored[0].explanation


def test_open_suspension_stops_the_clock() -> None:
    suspensions = [Suspension(D("2026-03-06"), D("2026-03-09")), Suspension(D("2026-03-20"))]
    deadline = compute_deadline(D("2026-03-05"), rules("BE"), cal("BE"), suspensions)
    assert deadline.due_on is None and deadline.extended_due_on is None
    assert deadline.suspended and deadline.suspended_since == D("2026-03-20")
    assert deadline.suspended_days == 3
    last = deadline.basis[-1]
    assert (last.rule, last.before, last.after) == ("suspended_open", D("2026-04-08"), None)
    # While the clock is stopped the first month has not run out.
    assert extension_announced_in_time(D("2026-05-01"), deadline)
    assert json.loads(json.dumps(deadline.to_json()))["due_on"] is None


@pytest.mark.parametrize(
    ("interval", "message"),
    [
        (Suspension(D("2026-03-04"), D("2026-03-10")), "before receipt"),
        (Suspension(D("2026-03-10"), D("2026-03-09")), "before it starts"),
    ],
)
def test_bad_suspension(interval: Suspension, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        compute_deadline(D("2026-03-05"), rules("BE"), cal("BE"), [interval])


# --- calendars, zones, rules ---------------------------------------------------------------------


def test_fixed_calendar_is_used_instead_of_the_country() -> None:
    # 5 March 2027 → Monday 5 April; a company holiday on the 5th and 6th → Wednesday 7 April.
    fixed = FixedCalendar("ACME", {D("2027-04-05"): "Founders' Day", D("2027-04-06"): "Founders' Day II"})
    deadline = compute_deadline(D("2027-03-05"), rules("BE"), fixed)
    assert deadline.due_on == D("2027-04-07")
    assert "2027-04-05 is Founders' Day (ACME)" in deadline.basis[2].explanation


def test_calendar_without_working_days_is_an_error() -> None:
    every_day = {D("2026-04-05") + timedelta(days=n): "closed" for n in range(400)}
    with pytest.raises(ValueError, match="no working day"):
        compute_deadline(D("2026-03-05"), rules("BE"), FixedCalendar("X", every_day))


@pytest.mark.parametrize(
    ("country", "subdivision", "label"),
    [("BE", None, "BE"), ("de", "by", "DE-BY"), ("DE", "Bayern", "DE-BY"), ("UK", "Scotland", "UK-SCT")],
)
def test_holiday_calendar_accepts_codes_and_names(country: str, subdivision: str | None, label: str) -> None:
    assert holiday_calendar(country, subdivision).label == label


@pytest.mark.parametrize(
    ("country", "subdivision", "message"),
    [("XX", None, "unknown country 'XX'"), ("DE", "ZZ", "unknown subdivision 'ZZ' of DE")],
)
def test_holiday_calendar_errors(country: str, subdivision: str | None, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        holiday_calendar(country, subdivision)


@pytest.mark.parametrize(
    ("country", "subdivision", "zone"),
    [
        ("BE", None, "Europe/Brussels"),
        ("ie", None, "Europe/Dublin"),
        ("UK", None, "Europe/London"),
        ("CH", None, "Europe/Zurich"),
        ("NO", None, "Europe/Oslo"),
        ("CY", None, "Asia/Nicosia"),
        ("ES", None, "Europe/Madrid"),
        ("ES", "CN", "Atlantic/Canary"),
        ("ES", "Canarias", "Atlantic/Canary"),
        ("PT", "20", "Atlantic/Azores"),
        ("DE", "BY", "Europe/Berlin"),
    ],
)
def test_default_timezone(country: str, subdivision: str | None, zone: str) -> None:
    assert default_timezone(country, subdivision) == zone


def test_default_timezone_unknown_country() -> None:
    with pytest.raises(ValueError, match="no default time zone"):
        default_timezone("US")


def test_rules_validation() -> None:
    assert DeadlineRules("be", None, "Europe/Brussels").country == "BE"
    with pytest.raises(ValueError, match="unknown time zone"):
        DeadlineRules("BE", None, "Europe/Bruxelles")
    with pytest.raises(ValueError, match="unknown extension rule"):
        DeadlineRules("BE", None, "Europe/Brussels", "plus_forever")  # type: ignore[arg-type]


def test_to_json_round_trips() -> None:
    deadline = deadline_for(D("2026-03-05"), "BE")
    data = json.loads(json.dumps(deadline.to_json()))
    assert data["received_on"] == "2026-03-05"
    assert data["due_on"] == "2026-04-07"
    assert data["extended_due_on"] == "2026-06-05"
    assert data["rules"] == {
        "country": "BE",
        "subdivision": None,
        "timezone": "Europe/Brussels",
        "extension_rule": "receipt_plus_3_months",
        "calendar": "BE",
    }
    assert [b["rule"] for b in data["basis"]] == [
        "receipt_local_date",
        "one_month_same_date",
        "weekend",
        "public_holiday",
        "extension_receipt_plus_3_months",
    ]


@pytest.mark.parametrize(
    ("day", "months", "expected", "clamped"),
    [
        ("2026-03-05", 1, "2026-04-05", False),
        ("2026-08-31", 1, "2026-09-30", True),
        ("2024-01-31", 1, "2024-02-29", True),
        ("2026-11-30", 3, "2027-02-28", True),
        ("2026-12-15", 1, "2027-01-15", False),
        ("2026-10-31", 3, "2027-01-31", False),
    ],
)
def test_add_months(day: str, months: int, expected: str, clamped: bool) -> None:
    assert add_months(D(day), months) == (D(expected), clamped)


# --- properties ----------------------------------------------------------------------------------

PLACES = [("BE", None), ("DE", "BY"), ("GB", "ENG"), ("FR", None), ("ES", "CT")]
receipts = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))
places = st.sampled_from(PLACES)
extension_rules = st.sampled_from(["receipt_plus_3_months", "due_plus_2_months"])


def working(day: date, country: str, subdivision: str | None) -> bool:
    return day.weekday() < 5 and cal(country, subdivision).holiday_name(day) is None


@settings(max_examples=300, deadline=None)
@given(received=receipts, place=places, rule=extension_rules)
def test_properties_without_suspension(received: date, place: tuple[str, str | None], rule: ExtensionRule) -> None:
    country, subdivision = place
    deadline = deadline_for(received, country, subdivision, ext=rule)
    assert deadline.due_on is not None and deadline.extended_due_on is not None
    assert working(deadline.due_on, country, subdivision)
    assert working(deadline.extended_due_on, country, subdivision)
    assert 28 <= (deadline.due_on - received).days <= 38
    assert deadline.extended_due_on >= deadline.due_on + timedelta(days=50)
    # The nominal month end is never later than the due date, and the shift only crosses non-working days.
    nominal = add_months(received, 1)[0]
    assert nominal <= deadline.due_on
    assert all(
        not working(nominal + timedelta(days=n), country, subdivision) for n in range((deadline.due_on - nominal).days)
    )


@settings(max_examples=200, deadline=None)
@given(received=receipts, later=st.integers(min_value=1, max_value=40), place=places)
def test_later_receipt_never_gives_earlier_deadline(received: date, later: int, place: tuple[str, str | None]) -> None:
    first = deadline_for(received, *place)
    second = deadline_for(received + timedelta(days=later), *place)
    assert first.due_on is not None and second.due_on is not None
    assert first.due_on <= second.due_on


@settings(max_examples=200, deadline=None)
@given(received=receipts, start=st.integers(min_value=0, max_value=20), length=st.integers(min_value=0, max_value=30))
def test_closed_suspension_only_ever_adds(received: date, start: int, length: int) -> None:
    asked = received + timedelta(days=start)
    plain = deadline_for(received, "BE")
    suspended = compute_deadline(received, rules("BE"), cal("BE"), [Suspension(asked, asked + timedelta(days=length))])
    assert plain.due_on is not None and suspended.due_on is not None
    assert plain.due_on <= suspended.due_on <= plain.due_on + timedelta(days=length + 7)
    assert working(suspended.due_on, "BE", None)
    assert suspended.suspended_days == length
