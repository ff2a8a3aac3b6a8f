"""Score the classifier on labelled corpora and time it against a lowercase-and-tokenise baseline.

    python bench/corpus.py [--corpus DIR_OR_FILE ...] [--split all|tune|val|both] [--json] [--check]
                           [--errors] [--repeat N] [--no-model]

Prints per language and overall: detection precision/recall, exact right-set accuracy (predicted set
== gold set, over positives and negatives), escalation precision/recall (per message and reason), a
confusion table of rights (gold code -> predicted codes, "none" when nothing was predicted) and
timing: mean and p99 time per message and throughput as a ratio against a baseline that only
lowercases and tokenises the same texts, both measured in this run (best of --repeat runs).
--no-model scores the rules alone (without the learned layer of `plugin.core.learned`).
With --check the exit status is 1 when a target is missed (in any corpus reported).

Each --corpus argument is scored and reported on its own (a directory: every *.jsonl under it, also in
subdirectories). --split cuts every file into a tuning part and a validation part: every 4th message by
id is validation -- the id's trailing number divisible by 4 ("en-d004", "fr-x012"), so the cut of a
message never moves while a file grows; files whose ids carry no number are cut by position in id
order. `tune`, `val` or `both` report those parts; with a split, --errors never lists validation
messages, so the validation part stays unseen (without --split every message is listed).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from plugin.core.classify import RULES_VERSION, Classification, classify_with  # noqa: E402
from plugin.core.learned import Model, default_model  # noqa: E402

DEFAULT_CORPUS = ROOT / "tests" / "data" / "corpus"
TARGETS = {
    "detection_precision": 0.97,
    "detection_recall": 0.97,
    "exact_rights_accuracy": 0.92,
    "escalation_recall": 0.95,
}
MAX_MEAN_MS = 1.0
VAL_EVERY = 4  # every 4th message (in id order, per file) is validation
SPLITS = ("all", "tune", "val", "both")
_BASELINE_TOKEN = re.compile(r"\w+")
_ID_NUMBER = re.compile(r"(\d+)\D*$")


def load(paths: Iterable[Path], split: str = "all") -> list[dict[str, Any]]:
    """Records of every *.jsonl file under the given directories (or the files themselves).

    `split` "tune"/"val" keeps only that part of every file (see `is_validation`)."""
    records: list[dict[str, Any]] = []
    for path in paths:
        files = sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]
        for file in files:
            in_file: list[dict[str, Any]] = []
            with file.open(encoding="utf-8") as handle:
                for number, line in enumerate(handle, 1):
                    if line.strip():
                        record = json.loads(line)
                        record.setdefault("language", file.stem)
                        record["_where"] = f"{file.relative_to(path) if path.is_dir() else file.name}:{number}"
                        in_file.append(record)
            ordered = sorted(in_file, key=lambda r: str(r.get("id", r["_where"])))
            numbered = all(_ID_NUMBER.search(str(r.get("id", ""))) for r in ordered)
            for position, record in enumerate(ordered):
                record["_val"] = is_validation(_id_number(record) if numbered else position + 1)
            records.extend(r for r in in_file if split == "all" or r["_val"] == (split == "val"))
    return records


def _id_number(record: dict[str, Any]) -> int:
    found = _ID_NUMBER.search(str(record.get("id", "")))
    return int(found.group(1)) if found else 0


def is_validation(number: int) -> bool:
    """The message with this id number (or 1-based position in id order) belongs to the validation part."""
    return number % VAL_EVERY == 0


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def score(records: Sequence[dict[str, Any]], predictions: Sequence[Classification]) -> dict[str, Any]:
    """Quality metrics of predictions against the gold labels of records."""
    tp = fp = fn = exact = language = 0
    esc_tp = esc_fp = esc_fn = 0
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    for record, pred in zip(records, predictions, strict=True):
        gold_req = bool(record["is_request"])
        tp += gold_req and pred.is_request
        fp += (not gold_req) and pred.is_request
        fn += gold_req and not pred.is_request
        gold = set(record["rights"])
        got = set(pred.rights)
        exact += gold == got
        language += pred.language == record.get("language")
        for code in sorted(gold):
            if code in got:
                confusion[code][code] += 1
            else:
                for other in sorted(got - gold) or ["none"]:
                    confusion[code][other] += 1
        if not gold:
            for other in sorted(got) or ["none"]:
                confusion["none"][other] += 1
        gold_esc = set(record["escalation_reasons"])
        got_esc = set(pred.escalation_reasons)
        esc_tp += len(gold_esc & got_esc)
        esc_fp += len(got_esc - gold_esc)
        esc_fn += len(gold_esc - got_esc)
    return {
        "messages": len(records),
        "detection_precision": _ratio(tp, tp + fp),
        "detection_recall": _ratio(tp, tp + fn),
        "exact_rights_accuracy": _ratio(exact, len(records)),
        "escalation_precision": _ratio(esc_tp, esc_tp + esc_fp),
        "escalation_recall": _ratio(esc_tp, esc_tp + esc_fn),
        "language_accuracy": _ratio(language, len(records)),
        "confusion": {gold: dict(sorted(row.items())) for gold, row in sorted(confusion.items())},
    }


def timing(records: Sequence[dict[str, Any]], repeat: int, model: Model | None = None) -> dict[str, float]:
    """Per-message time of classify (best of `repeat` per message) and throughput vs the baseline."""
    texts = [(str(r.get("subject", "")), str(r.get("body", "")), r.get("language")) for r in records]
    per_message = [float("inf")] * len(texts)
    best_total = best_base = float("inf")
    for _ in range(max(1, repeat)):
        start_all = time.perf_counter()
        for i, (subject, body, _lang) in enumerate(texts):
            start = time.perf_counter()
            classify_with(subject, body, None, model)
            per_message[i] = min(per_message[i], time.perf_counter() - start)
        best_total = min(best_total, time.perf_counter() - start_all)
        start_all = time.perf_counter()
        for subject, body, _lang in texts:
            _BASELINE_TOKEN.findall(subject.lower())
            _BASELINE_TOKEN.findall(body.lower())
        best_base = min(best_base, time.perf_counter() - start_all)
    ordered = sorted(per_message)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))] if ordered else 0.0
    count = max(1, len(texts))
    return {
        "mean_ms": 1000 * sum(per_message) / count,
        "p99_ms": 1000 * p99,
        "messages_per_second": count / best_total if best_total else 0.0,
        "baseline_messages_per_second": count / best_base if best_base else 0.0,
        "slowdown_vs_baseline": best_total / best_base if best_base else 0.0,
    }


def misses(records: Sequence[dict[str, Any]], predictions: Sequence[Classification]) -> list[str]:
    out = []
    hidden = 0
    for record, pred in zip(records, predictions, strict=True):
        if record.get("_val") and record.get("_split") != "all":
            hidden += 1
            continue
        gold, got = set(record["rights"]), set(pred.rights)
        gold_esc, got_esc = set(record["escalation_reasons"]), set(pred.escalation_reasons)
        if gold != got or gold_esc != got_esc or bool(record["is_request"]) != pred.is_request:
            rules = ", ".join(f"{e.rule}={e.text!r}" for e in pred.evidence)
            out.append(
                f"{record.get('id', record['_where'])}: gold {sorted(gold)} {sorted(gold_esc)} "
                f"got {sorted(got)} {sorted(got_esc)} [{pred.language}] | {rules}"
            )
    if hidden:
        out.append(f"({hidden} validation messages not listed)")
    return out


def run(
    paths: Sequence[Path], repeat: int, split: str = "all", use_model: bool = True
) -> tuple[dict[str, Any], list[str]]:
    model = default_model() if use_model else None
    records = load(paths, split)
    for record in records:
        record["_split"] = split
    predictions = [classify_with(str(r.get("subject", "")), str(r.get("body", "")), None, model) for r in records]
    by_language: dict[str, list[int]] = defaultdict(list)
    for i, record in enumerate(records):
        by_language[str(record["language"])].append(i)
    report: dict[str, Any] = {"rules_version": RULES_VERSION + ("" if model else " (rules only)"), "languages": {}}
    for language, indexes in sorted(by_language.items()):
        report["languages"][language] = score([records[i] for i in indexes], [predictions[i] for i in indexes])
    report["overall"] = score(records, predictions)
    report["timing"] = timing(records, repeat, model)
    failed = [
        f"{name} {report['overall'][name]:.3f} < {target}"
        for name, target in TARGETS.items()
        if report["overall"][name] < target
    ]
    if report["timing"]["mean_ms"] >= MAX_MEAN_MS:
        failed.append(f"mean time {report['timing']['mean_ms']:.3f} ms >= {MAX_MEAN_MS} ms")
    report["failed_targets"] = failed
    return report, misses(records, predictions)


def _print(report: dict[str, Any], title: str = "") -> None:
    header = f"{'language':<9} {'n':>4} {'det.P':>6} {'det.R':>6} {'exact':>6} {'esc.P':>6} {'esc.R':>6} {'lang':>6}"
    heading = f"gdpr-desk classifier {report['rules_version']}" + (f" -- {title}" if title else "")
    print(f"{heading}\n\n{header}")
    rows = [*report["languages"].items(), ("overall", report["overall"])]
    for language, m in rows:
        print(
            f"{language:<9} {m['messages']:>4} {m['detection_precision']:>6.3f} {m['detection_recall']:>6.3f} "
            f"{m['exact_rights_accuracy']:>6.3f} {m['escalation_precision']:>6.3f} {m['escalation_recall']:>6.3f} "
            f"{m['language_accuracy']:>6.3f}"
        )
    print("\nconfusion (gold -> predicted: count)")
    for gold, row in report["overall"]["confusion"].items():
        print(f"  {gold:<19} " + ", ".join(f"{code}: {n}" for code, n in row.items()))
    t = report["timing"]
    print(
        f"\ntiming: mean {t['mean_ms']:.3f} ms, p99 {t['p99_ms']:.3f} ms per message; "
        f"{t['messages_per_second']:.0f} msg/s vs baseline {t['baseline_messages_per_second']:.0f} msg/s "
        f"(baseline is {t['slowdown_vs_baseline']:.1f}x faster)"
    )
    targets = ", ".join(f"{k} >= {v}" for k, v in TARGETS.items())
    print(f"\ntargets: {targets}, mean < {MAX_MEAN_MS} ms")
    print("all targets met" if not report["failed_targets"] else "MISSED: " + "; ".join(report["failed_targets"]))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", nargs="+", type=Path, default=[DEFAULT_CORPUS], help="directories or files")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--errors", action="store_true", help="also list misclassified messages")
    parser.add_argument("--repeat", type=int, default=5, help="timing repetitions (best-of)")
    parser.add_argument("--no-model", action="store_true", help="the rules alone, without the learned layer")
    parser.add_argument("--split", choices=SPLITS, default="all", help="tuning/validation part (every 4th by id)")
    args = parser.parse_args(argv)
    splits = ("tune", "val") if args.split == "both" else (args.split,)
    jobs = [(path, split) for path in args.corpus for split in splits]
    several = len(jobs) > 1
    reports = []
    failed = False
    try:
        for number, (path, split) in enumerate(jobs):
            report, errors = run([path], args.repeat, split, not args.no_model)
            failed = failed or bool(report["failed_targets"])
            title = f"{path}" + ("" if split == "all" else f" [{split}]") if several or split != "all" else ""
            if args.json:
                reports.append({"corpus": str(path), "split": split, **report} if several else report)
            else:
                if number:
                    print("\n" + "=" * 78 + "\n")
                _print(report, title)
            if args.errors:
                lines = ["", f"{len(errors)} messages differ:", *errors]
                print("\n".join(lines), file=sys.stderr if args.json else sys.stdout)
        if args.json:
            print(json.dumps({"reports": reports} if several else reports[0], indent=2, sort_keys=True))
    except BrokenPipeError:  # output piped into `head`
        sys.stderr.close()
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
