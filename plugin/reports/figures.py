"""The figures of one cohort of cases at month end, and the order statistics they use (pure)."""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from plugin.reports.cases import CaseAt


def median(values: Sequence[int]) -> float | None:
    """The middle value; for an even count the mean of the two middle values."""
    return float(statistics.median(values)) if values else None


def percentile(values: Sequence[int], p: int) -> int | None:
    """Nearest-rank percentile: the value at rank ceil(p/100 · n) of the ascending values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(p * len(ordered) / 100))
    return ordered[rank - 1]


def rate(part: int, whole: int) -> float | None:
    """part / whole rounded to four decimals (None when whole is 0)."""
    return round(part / whole, 4) if whole else None


def _sorted_counts(counter: Counter[str]) -> dict[str, int]:
    return dict(sorted(counter.items(), key=lambda item: (-item[1], item[0])))


def is_overdue(state: CaseAt, month_end: date) -> bool:
    """Open at the end of `month_end` (not answered by then) and past its deadline."""
    if state.answered_on is not None and state.answered_on <= month_end:
        return False
    deadline = state.deadline
    return deadline is not None and deadline <= month_end


@dataclass
class CohortFigures:
    """Figures of one set of cases, each case taken in its state at the end of the month."""

    cases: int = 0
    by_right: dict[str, int] = field(default_factory=dict)
    by_language: dict[str, int] = field(default_factory=dict)
    answered: int = 0
    open_at_month_end: int = 0
    overdue_at_month_end: int = 0
    on_time: int = 0
    late: int = 0
    on_time_rate: float | None = None
    median_days_to_answer: float | None = None
    p90_days_to_answer: int | None = None
    extended: int = 0
    extended_in_time: int = 0
    refused: int = 0
    refused_with_authority_notice: int = 0
    escalated: int = 0
    by_escalation: dict[str, int] = field(default_factory=dict)
    days_to_answer: dict[str, int] = field(default_factory=dict)  # days -> answered cases

    def days(self) -> list[int]:
        """Every answered case's days to answer, ascending."""
        return [int(d) for d, n in self.days_to_answer.items() for _ in range(n)]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def cohort_figures(states: Iterable[CaseAt], month_end: date) -> CohortFigures:
    """Figures of cases given in their month-end state (answers after `month_end` do not count)."""
    rights: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    escalations: Counter[str] = Counter()
    out = CohortFigures()
    days: list[int] = []
    for state in states:
        out.cases += 1
        rights.update(set(state.rights))
        languages[state.language] += 1
        if state.escalations:
            out.escalated += 1
            escalations.update(set(state.escalations))
        if state.extended_on is not None and state.extended_on <= month_end:
            out.extended += 1
            out.extended_in_time += state.extension_in_time is True
        if state.refused_on is not None and state.refused_on <= month_end:
            out.refused += 1
            out.refused_with_authority_notice += state.refusal_notice is True
        if state.answered_on is not None and state.answered_on <= month_end:
            out.answered += 1
            if state.on_time:
                out.on_time += 1
            else:
                out.late += 1
            days.append(state.days_to_answer or 0)
        else:
            out.open_at_month_end += 1
            out.overdue_at_month_end += is_overdue(state, month_end)
    out.by_right = _sorted_counts(rights)
    out.by_language = _sorted_counts(languages)
    out.by_escalation = _sorted_counts(escalations)
    out.days_to_answer = {str(d): n for d, n in sorted(Counter(days).items())}
    out.on_time_rate = rate(out.on_time, out.answered)
    out.median_days_to_answer = median(days)
    out.p90_days_to_answer = percentile(days, 90)
    return out
