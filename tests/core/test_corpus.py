"""The labelled message corpus keeps its rules: format, label consistency and per-language coverage.

Every ``tests/data/corpus/<lang>.jsonl`` file is checked for format and coverage (enough positives and hard
negatives, every right and escalation code represented, enough multi-right or escalated positives);
``tests/data/holdout/<lang>.jsonl`` files are checked for format and label consistency only, never counts.
Codes come from the rights catalogue, so the corpus and the classifier speak the same vocabulary.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from plugin.core.rights import ESCALATION_CODES, LANGUAGES, RIGHT_CODES

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
CORPUS_DIR = DATA_DIR / "corpus"
HOLDOUT_DIR = DATA_DIR / "holdout"

REQUIRED_KEYS: dict[str, type] = {
    "id": str,
    "language": str,
    "subject": str,
    "body": str,
    "is_request": bool,
    "rights": list,
    "escalation_reasons": list,
    "note": str,
}

# Floors from the issue (the corpus writers aim higher; these are what must never be broken).
MIN_POSITIVES = 45
MIN_NEGATIVES = 35
MIN_PER_RIGHT = 3
MIN_PER_ESCALATION = 1
MIN_RICH_SHARE = Fraction(1, 3)  # positives with two or more rights, or any escalation reason
MIN_TOTAL_ALL_LANGUAGES = 480

# json.dumps(..., ensure_ascii=False) writes real characters; an escape of a non-ASCII code point
# means the file was written with ensure_ascii=True and is unreadable in review.
_UNICODE_ESCAPE = re.compile(r"(?<!\\)\\u([0-9a-fA-F]{4})")


def _escapes_non_ascii(line: str) -> bool:
    return any(int(code, 16) >= 0x80 for code in _UNICODE_ESCAPE.findall(line))


def _files(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.jsonl"))


CORPUS_FILES = _files(CORPUS_DIR)
HOLDOUT_FILES = _files(HOLDOUT_DIR)


def _id_pattern(language: str, holdout: bool) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(language)}-h\d{{2,}}" if holdout else rf"{re.escape(language)}-\d{{3,}}")


def record_problems(record: Any, language: str, *, holdout: bool = False) -> list[str]:
    """Every way one parsed line breaks the format or the label rules (empty when it is sound)."""
    if not isinstance(record, dict):
        return [f"not a JSON object: {type(record).__name__}"]
    problems = []
    missing = sorted(set(REQUIRED_KEYS) - set(record))
    if missing:
        problems.append(f"missing keys {missing}")
    for key, kind in REQUIRED_KEYS.items():
        if key in record and not isinstance(record[key], kind):
            problems.append(f"{key} must be {kind.__name__}, got {type(record[key]).__name__}")
    if problems:
        return problems
    if not _id_pattern(language, holdout).fullmatch(record["id"]):
        problems.append(f"id {record['id']!r} does not match {_id_pattern(language, holdout).pattern}")
    if record["language"] != language:
        problems.append(f"language {record['language']!r} differs from the file name {language!r}")
    if not record["body"].strip() and not record["subject"].strip():
        problems.append("subject and body are both empty")
    for key, valid in (("rights", RIGHT_CODES), ("escalation_reasons", ESCALATION_CODES)):
        values = record[key]
        unknown = [v for v in values if v not in valid]
        if unknown:
            problems.append(f"unknown {key} codes {unknown}")
        if len(set(map(str, values))) != len(values):
            problems.append(f"repeated {key} codes {values}")
    if record["is_request"] and not record["rights"]:
        problems.append("is_request is true but rights is empty")
    if not record["is_request"] and record["rights"]:
        problems.append(f"is_request is false but rights is {record['rights']}")
    return problems


def read_file(path: Path, *, holdout: bool) -> tuple[list[dict[str, Any]], list[str]]:
    """The records of one JSONL file and the problems found, each prefixed with file and line."""
    language = path.stem
    records: list[dict[str, Any]] = []
    problems: list[str] = []
    if language not in LANGUAGES:
        problems.append(f"{path.name}: file name is not one of the languages {LANGUAGES}")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return [], [f"{path.name}: not UTF-8: {exc}"]
    for number, line in enumerate(text.splitlines(), start=1):
        where = f"{path.name}:{number}"
        if not line.strip():
            problems.append(f"{where}: blank line (one JSON object per line)")
            continue
        if _escapes_non_ascii(line):
            problems.append(f"{where}: \\u escape of a non-ASCII character (write with ensure_ascii=False)")
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: invalid JSON: {exc}")
            continue
        found = record_problems(record, language, holdout=holdout)
        problems.extend(f"{where}: {p}" for p in found)
        if not found:
            records.append(record)
    return records, problems


def _is_rich(record: dict[str, Any]) -> bool:
    return len(record["rights"]) > 1 or bool(record["escalation_reasons"])


def coverage_problems(records: Iterable[dict[str, Any]]) -> list[str]:
    """Where one language's corpus falls below the floors of the issue (empty when it is enough)."""
    records = list(records)
    positives = [r for r in records if r["is_request"]]
    negatives = [r for r in records if not r["is_request"]]
    problems = []
    if len(positives) < MIN_POSITIVES:
        problems.append(f"{len(positives)} positives, need at least {MIN_POSITIVES}")
    if len(negatives) < MIN_NEGATIVES:
        problems.append(f"{len(negatives)} hard negatives, need at least {MIN_NEGATIVES}")
    rights = Counter(code for r in positives for code in r["rights"])
    thin_rights = {code: rights[code] for code in RIGHT_CODES if rights[code] < MIN_PER_RIGHT}
    if thin_rights:
        problems.append(f"rights below {MIN_PER_RIGHT} positives: {thin_rights}")
    reasons = Counter(code for r in records for code in r["escalation_reasons"])
    absent = [code for code in ESCALATION_CODES if reasons[code] < MIN_PER_ESCALATION]
    if absent:
        problems.append(f"escalation codes never used: {absent}")
    rich = sum(1 for r in positives if _is_rich(r))
    if positives and Fraction(rich, len(positives)) < MIN_RICH_SHARE:
        problems.append(f"only {rich}/{len(positives)} positives are multi-right or escalated, need {MIN_RICH_SHARE}")
    return problems


def _all_records() -> list[tuple[str, dict[str, Any]]]:
    loaded = []
    for path, holdout in [(p, False) for p in CORPUS_FILES] + [(p, True) for p in HOLDOUT_FILES]:
        records, _ = read_file(path, holdout=holdout)
        loaded.extend((f"{path.parent.name}/{path.name}", r) for r in records)
    return loaded


def _normalised(text: str) -> str:
    return " ".join(text.casefold().split())


# --- the data ---------------------------------------------------------------------------------------


def test_corpus_directory_has_language_files() -> None:
    assert CORPUS_FILES, f"no *.jsonl files in {CORPUS_DIR}"
    strays = [p.name for p in CORPUS_FILES + HOLDOUT_FILES if p.stem not in LANGUAGES]
    assert not strays, f"files not named after a language {LANGUAGES}: {strays}"


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: f"corpus/{p.name}")
def test_corpus_file_format(path: Path) -> None:
    _, problems = read_file(path, holdout=False)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", HOLDOUT_FILES, ids=lambda p: f"holdout/{p.name}")
def test_holdout_file_format(path: Path) -> None:
    _, problems = read_file(path, holdout=True)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: f"corpus/{p.name}")
def test_corpus_file_coverage(path: Path) -> None:
    records, format_problems = read_file(path, holdout=False)
    assert not format_problems, "fix the format first:\n" + "\n".join(format_problems)
    problems = coverage_problems(records)
    assert not problems, f"{path.name}: " + "; ".join(problems)


def test_ids_unique_across_all_files() -> None:
    seen: dict[str, str] = {}
    clashes = []
    for where, record in _all_records():
        if record["id"] in seen:
            clashes.append(f"{record['id']} in {seen[record['id']]} and {where}")
        seen.setdefault(record["id"], where)
    assert not clashes, "\n".join(clashes)


def test_no_duplicate_messages_across_all_files() -> None:
    """No two (subject, body) pairs are the same, ignoring case and whitespace; holdout included."""
    seen: dict[tuple[str, str], str] = {}
    duplicates = []
    for _, record in _all_records():
        key = (_normalised(record["subject"]), _normalised(record["body"]))
        if key in seen:
            duplicates.append(f"{record['id']} repeats {seen[key]}")
        seen.setdefault(key, record["id"])
    assert not duplicates, "\n".join(duplicates)


def test_total_corpus_size_when_all_languages_present() -> None:
    present = {p.stem for p in CORPUS_FILES}
    missing = [lang for lang in LANGUAGES if lang not in present]
    if missing:
        pytest.skip(f"total of {MIN_TOTAL_ALL_LANGUAGES} applies once all six languages exist; missing {missing}")
    total = sum(len(read_file(p, holdout=False)[0]) for p in CORPUS_FILES)
    assert total >= MIN_TOTAL_ALL_LANGUAGES, f"{total} corpus messages, need at least {MIN_TOTAL_ALL_LANGUAGES}"


# --- the checks themselves can fail ------------------------------------------------------------------

_GOOD = {
    "id": "en-001",
    "language": "en",
    "subject": "My data",
    "body": "What do you know about me?",
    "is_request": True,
    "rights": ["access"],
    "escalation_reasons": [],
    "note": "access without legal words",
}


def test_a_sound_record_has_no_problems() -> None:
    assert record_problems(_GOOD, "en") == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"id": "fr-001"}, "does not match"),
        ({"id": "en-h01"}, "does not match"),
        ({"language": "nl"}, "differs from the file name"),
        ({"rights": ["forget_me"]}, "unknown rights"),
        ({"escalation_reasons": ["angry"]}, "unknown escalation_reasons"),
        ({"rights": []}, "rights is empty"),
        ({"is_request": False}, "is_request is false"),
        ({"is_request": "yes"}, "must be bool"),
        ({"rights": ["access", "access"]}, "repeated rights"),
        ({"note": None}, "must be str"),
    ],
)
def test_record_checker_flags_broken_records(change: dict[str, Any], expected: str) -> None:
    problems = record_problems(_GOOD | change, "en")
    assert any(expected in p for p in problems), problems


def test_record_checker_flags_missing_keys() -> None:
    broken = {k: v for k, v in _GOOD.items() if k != "escalation_reasons"}
    assert record_problems(broken, "en") == ["missing keys ['escalation_reasons']"]


def test_read_file_flags_escapes_blank_lines_and_bad_json(tmp_path: Path) -> None:
    path = tmp_path / "fr.jsonl"
    good = _GOOD | {"id": "fr-001", "language": "fr", "body": "Supprimez mes données."}
    escaped = good | {"id": "fr-002", "body": "Accès à mes données"}
    path.write_text(
        json.dumps(good, ensure_ascii=False) + "\n\n" + json.dumps(escaped) + "\n{not json\n", encoding="utf-8"
    )
    records, problems = read_file(path, holdout=False)
    assert [r["id"] for r in records] == ["fr-001", "fr-002"]
    assert [p.split(": ", 1)[0] for p in problems] == ["fr.jsonl:2", "fr.jsonl:3", "fr.jsonl:4"]


def test_coverage_checker_flags_a_thin_file() -> None:
    positives = [_GOOD | {"id": f"en-{i:03}"} for i in range(50)]
    negatives = [_GOOD | {"id": f"en-{i:03}", "is_request": False, "rights": []} for i in range(50, 90)]
    problems = coverage_problems(positives + negatives)
    assert any("rights below" in p and "erasure" in p for p in problems)
    assert any("escalation codes never used" in p for p in problems)
    assert any("multi-right or escalated" in p for p in problems)
    assert not any("positives, need" in p or "negatives, need" in p for p in problems)
