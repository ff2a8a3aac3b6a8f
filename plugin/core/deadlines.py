"""The legal deadline of a data-subject request: receipt → due date, extension, suspension (pure).

Sources: GDPR Art. 12(3) and 12(6); Regulation (EEC, Euratom) No 1182/71 Art. 2–3
(https://eur-lex.europa.eu/eli/reg/1971/1182/oj); EDPB Guidelines 01/2022 on the right of access
§§157–164. No clock, env, disk or network: the receipt time, the rules and the calendar come in.

Rules applied, in this order, each recorded as a `Step` in `Deadline.basis`:
1. Receipt is the local date in the controller's zone; the day of receipt is not counted (Art. 3(1)).
2. One month ends on the same date of the next month; if that date does not exist, on the last day
   of that month (Art. 3(2)(c); EDPB §160).
3. Suspensions (Art. 12(6); EDPB §159): the days between asking for identification/clarification
   and receiving it are added, before the working-day rule: `end - start` days (like receipt, the day
   of asking is not counted). Overlapping intervals count once; one asked after the deadline then
   running is ignored (recorded). An interval still open stops the clock: the due date is unknown
   (None) until the answer arrives.
4. A Saturday, Sunday or public holiday moves the end to the following working day, repeatedly
   (Art. 3(4); EDPB §161).
5. Extension by two further months (Art. 12(3); EDPB §§162–164), by the configured rule:
   `receipt_plus_3_months` (default) = receipt + 3 months + suspended days; `due_plus_2_months` =
   the first deadline *before* its working-day shift (suspensions included) + 2 months, so a shift is
   never compounded. Then the same end-of-month and working-day rules.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Final, Literal, get_args
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from plugin.core.calendars import (
    Calendar,
    FixedCalendar,
    HolidayCalendar,
    default_timezone,
    holiday_calendar,
)

__all__ = [
    "Calendar",
    "Deadline",
    "DeadlineRules",
    "ExtensionRule",
    "FixedCalendar",
    "HolidayCalendar",
    "Step",
    "Suspension",
    "add_months",
    "compute_deadline",
    "days_left",
    "default_timezone",
    "extension_announced_in_time",
    "holiday_calendar",
    "is_working_day",
]

ExtensionRule = Literal["receipt_plus_3_months", "due_plus_2_months"]
Target = Literal["receipt", "due", "extended"]

EXTENSION_RULES: Final[tuple[str, ...]] = get_args(ExtensionRule)
_WEEKEND: Final = {5: "Saturday", 6: "Sunday"}
# More non-working days in a row than any real calendar has: a calendar that never ends is a bug.
_MAX_NON_WORKING_RUN: Final = 60


@dataclass(frozen=True, slots=True)
class DeadlineRules:
    """Where the controller acts: country (ISO 3166-1), region, time zone and the extension rule."""

    country: str
    subdivision: str | None
    timezone: str
    extension_rule: ExtensionRule = "receipt_plus_3_months"

    def __post_init__(self) -> None:
        object.__setattr__(self, "country", self.country.strip().upper())
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {self.timezone!r}") from None
        if self.extension_rule not in EXTENSION_RULES:
            raise ValueError(f"unknown extension rule {self.extension_rule!r} (one of {', '.join(EXTENSION_RULES)})")

    @classmethod
    def for_country(
        cls,
        country: str,
        subdivision: str | None = None,
        extension_rule: ExtensionRule = "receipt_plus_3_months",
    ) -> DeadlineRules:
        """Rules in the country's (or region's) default zone: the capital's, e.g. BE → Europe/Brussels."""
        return cls(country, subdivision, default_timezone(country, subdivision), extension_rule)


@dataclass(frozen=True, slots=True)
class Suspension:
    """The clock stopped from `start` (information asked) to `end` (received); `end=None`: still waiting."""

    start: date
    end: date | None = None


@dataclass(frozen=True, slots=True)
class Step:
    """One rule applied: its id, the date it applies to, the date before and after, and why."""

    rule: str
    target: Target
    before: date | None
    after: date | None
    explanation: str

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "target": self.target,
            "before": _iso(self.before),
            "after": _iso(self.after),
            "explanation": self.explanation,
        }


@dataclass(frozen=True, slots=True)
class Deadline:
    """The computed dates; `due_on`/`extended_due_on` are None while a suspension is open."""

    received_on: date
    due_on: date | None
    extended_due_on: date | None
    suspended_since: date | None
    suspended_days: int
    rules: DeadlineRules
    calendar: str
    basis: tuple[Step, ...]

    @property
    def suspended(self) -> bool:
        return self.suspended_since is not None

    def to_json(self) -> dict[str, Any]:
        """A JSON-serialisable dict: ISO dates, the rules applied and the basis steps in order."""
        return {
            "received_on": self.received_on.isoformat(),
            "due_on": _iso(self.due_on),
            "extended_due_on": _iso(self.extended_due_on),
            "suspended_since": _iso(self.suspended_since),
            "suspended_days": self.suspended_days,
            "rules": {
                "country": self.rules.country,
                "subdivision": self.rules.subdivision,
                "timezone": self.rules.timezone,
                "extension_rule": self.rules.extension_rule,
                "calendar": self.calendar,
            },
            "basis": [step.to_json() for step in self.basis],
        }


def compute_deadline(
    received_at: datetime | date,
    rules: DeadlineRules,
    calendar: Calendar | None = None,
    suspensions: Iterable[Suspension] = (),
) -> Deadline:
    """The deadline of a request received at `received_at` (tz-aware, or a date already local).

    `calendar` defaults to the holidays of `rules.country`/`rules.subdivision`, built on each call: a
    long-running caller builds it once with `holiday_calendar` and passes it. ValueError on a naive
    datetime, a suspension starting before receipt or ending before it starts.
    """
    cal = calendar if calendar is not None else holiday_calendar(rules.country, rules.subdivision)
    received_on, receipt = _receipt(received_at, rules.timezone)
    basis: list[Step] = [receipt]

    nominal, clamped = add_months(received_on, 1)
    basis.append(_month_step(received_on, nominal, clamped))

    # Suspensions, in order; one asked after the (current) deadline cannot stop a clock that has run out.
    stopped = 0
    for interval in _merged(suspensions, received_on):
        running = nominal + timedelta(days=stopped)
        current_end = _roll(running, cal, "due")[0]
        if interval.start > current_end:
            basis.append(
                Step(
                    "suspension_after_deadline",
                    "due",
                    running,
                    running,
                    f"information asked on {interval.start}, after the deadline {current_end}: "
                    "the clock was no longer running, nothing is added (EDPB 01/2022 §159)",
                )
            )
            continue
        if interval.end is None:
            basis.append(
                Step(
                    "suspended_open",
                    "due",
                    running,
                    None,
                    f"clock stopped since {interval.start} awaiting identification/clarification "
                    f"(GDPR Art. 12(6); EDPB 01/2022 §159): the period's end, {running} before the wait and before "
                    "the working-day rule, moves by the days until the answer arrives; unknown until then",
                )
            )
            return Deadline(received_on, None, None, interval.start, stopped, rules, cal.label, tuple(basis))
        days = (interval.end - interval.start).days
        stopped += days
        basis.append(
            Step(
                "suspension",
                "due",
                running,
                running + timedelta(days=days),
                f"clock stopped {days} day(s) from {interval.start} (information asked) to {interval.end} "
                "(received); they are added (GDPR Art. 12(6); EDPB 01/2022 §159)",
            )
        )

    due_on, shifts = _roll(nominal + timedelta(days=stopped), cal, "due")
    basis.extend(shifts)

    if rules.extension_rule == "receipt_plus_3_months":
        extended, clamped = add_months(received_on, 3)
        basis.append(
            Step(
                "extension_receipt_plus_3_months",
                "extended",
                received_on,
                extended,
                f"extension by two further months (GDPR Art. 12(3)): receipt {received_on} + 3 months"
                + _clamp_note(received_on, extended, clamped),
            )
        )
        if stopped:
            basis.append(
                Step(
                    "suspension",
                    "extended",
                    extended,
                    extended + timedelta(days=stopped),
                    f"the {stopped} suspended day(s) are added to the extended period too",
                )
            )
            extended += timedelta(days=stopped)
    else:
        first = nominal + timedelta(days=stopped)
        extended, clamped = add_months(first, 2)
        basis.append(
            Step(
                "extension_due_plus_2_months",
                "extended",
                first,
                extended,
                f"extension by two further months (GDPR Art. 12(3)): first deadline {first} "
                "(before the working-day rule) + 2 months" + _clamp_note(first, extended, clamped),
            )
        )
    extended_due_on, shifts = _roll(extended, cal, "extended")
    basis.extend(shifts)
    return Deadline(received_on, due_on, extended_due_on, None, stopped, rules, cal.label, tuple(basis))


def add_months(day: date, months: int) -> tuple[date, bool]:
    """The same date `months` later, or that month's last day when the date does not exist (clamped=True)."""
    carry, month_index = divmod(day.month - 1 + months, 12)
    year, month = day.year + carry, month_index + 1
    last = monthrange(year, month)[1]
    return date(year, month, min(day.day, last)), day.day > last


def extension_announced_in_time(announced_on: date, deadline: Deadline) -> bool:
    """Whether an extension told on `announced_on` came within the first month (on or before due_on).

    While a suspension is open the first month has not run out, so any announcement is in time.
    ValueError if announced before receipt.
    """
    if announced_on < deadline.received_on:
        raise ValueError(f"extension announced on {announced_on}, before receipt on {deadline.received_on}")
    return deadline.due_on is None or announced_on <= deadline.due_on


def is_working_day(day: date, calendar: Calendar) -> bool:
    """Neither a Saturday, a Sunday nor a public holiday of the calendar (Reg. 1182/71 Art. 2(2))."""
    return day.weekday() < 5 and calendar.holiday_name(day) is None


def days_left(today: date, due_on: date) -> int:
    """Calendar days until the period ends (at the end of `due_on`): 0 on the day, negative when overdue."""
    return (due_on - today).days


# --- helpers ------------------------------------------------------------------------------------


def _receipt(received_at: datetime | date, timezone: str) -> tuple[date, Step]:
    if not isinstance(received_at, datetime):
        return received_at, Step(
            "receipt_local_date",
            "receipt",
            received_at,
            received_at,
            f"received on {received_at} (local date in {timezone}); the day of receipt is not counted "
            "(Reg. 1182/71 Art. 3(1))",
        )
    if received_at.tzinfo is None or received_at.utcoffset() is None:
        raise ValueError("the receipt time must carry a time zone (or be given as a local date)")
    local = received_at.astimezone(ZoneInfo(timezone))
    when = f"received {received_at.isoformat()}"
    if local.utcoffset() != received_at.utcoffset():
        when += f", which is {local.isoformat()}"
    return local.date(), Step(
        "receipt_local_date",
        "receipt",
        received_at.date(),
        local.date(),
        f"{when} in {timezone}: local date {local.date()}; the day of receipt is not counted (Reg. 1182/71 Art. 3(1))",
    )


def _month_step(received_on: date, nominal: date, clamped: bool) -> Step:
    if clamped:
        return Step(
            "month_end",
            "due",
            received_on,
            nominal,
            f"one month from {received_on}: that date does not exist in {nominal:%Y-%m}, so the period ends "
            f"on the last day of that month, {nominal} (Reg. 1182/71 Art. 3(2)(c); EDPB 01/2022 §160)",
        )
    return Step(
        "one_month_same_date",
        "due",
        received_on,
        nominal,
        f"one month from {received_on} ends on the same date of the next month, {nominal} "
        "(Reg. 1182/71 Art. 3(2)(c); EDPB 01/2022 §160)",
    )


def _clamp_note(start: date, end: date, clamped: bool) -> str:
    if clamped:
        return f" = {end}, the last day of that month since day {start.day} does not exist in it"
    return f" = {end}"


def _roll(day: date, cal: Calendar, target: Target) -> tuple[date, list[Step]]:
    """The first working day on or after `day`, with one step per day skipped (Reg. 1182/71 Art. 3(4))."""
    steps: list[Step] = []
    for _ in range(_MAX_NON_WORKING_RUN):
        holiday = cal.holiday_name(day)
        weekday = _WEEKEND.get(day.weekday())
        if weekday is None and holiday is None:
            return day, steps
        following = day + timedelta(days=1)
        if weekday is not None:
            rule, what = "weekend", f"a {weekday}" + (f" and {holiday} ({cal.label})" if holiday else "")
        else:
            rule, what = "public_holiday", f"{holiday} ({cal.label})"
        steps.append(
            Step(
                rule,
                target,
                day,
                following,
                f"{day} is {what}: the period ends on the following working day (Reg. 1182/71 Art. 3(4); "
                "EDPB 01/2022 §161)",
            )
        )
        day = following
    raise ValueError(f"calendar {cal.label} has no working day within {_MAX_NON_WORKING_RUN} days of {day}")


def _merged(suspensions: Iterable[Suspension], received_on: date) -> list[Suspension]:
    """The suspensions sorted and overlapping ones joined, so no day is counted twice."""
    ordered = sorted(suspensions, key=lambda s: s.start)
    merged: list[Suspension] = []
    for interval in ordered:
        if interval.start < received_on:
            raise ValueError(f"suspension starts on {interval.start}, before receipt on {received_on}")
        if interval.end is not None and interval.end < interval.start:
            raise ValueError(f"suspension ends on {interval.end}, before it starts on {interval.start}")
        last = merged[-1] if merged else None
        if last is not None and (last.end is None or interval.start <= last.end):
            end = None if last.end is None or interval.end is None else max(last.end, interval.end)
            merged[-1] = Suspension(last.start, end)
        else:
            merged.append(interval)
    return merged


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None
