"""Word classes and token-sequence rules: the small pattern language the lexicons are written in.

A lexicon defines *word classes* per language (``"DEL": "delete* erase* remov* get_rid_of"``: a
trailing ``*`` is a stem matched as a word prefix, ``_`` joins a multi-word entry) and *rules*: slots
separated by spaces, each a class name (``DEL``), inline words (``me|us``), a gap ``~3`` (0-3 words)
or ``~1-3``; a slot ending in ``?`` is optional. A rule matches inside one sentence. Matching works on
tokens: each token is looked up once (exact form, stems, then edit distance 1 for long keywords) and
rules are tried only from positions where their first class occurs, so the cost grows with the
number of hits, not with the size of the lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import product
from typing import Final

from plugin.core.textnorm import collapse_word

Slot = tuple[str, int, int]  # (class, min gap before, max gap before)
Span = tuple[int, int]  # token [start, end)


@dataclass(frozen=True, slots=True)
class Rule:
    """One compiled rule: alternatives of slot sequences, all emitting the same code."""

    id: str
    lang: str
    kind: str
    code: str
    alts: tuple[tuple[Slot, ...], ...]
    neg: bool = True  # a negation in scope cancels it
    question: bool = True  # a question *about* the right cancels it
    suppress: tuple[str, ...] = ()  # codes of overlapping matches this rule overrides
    weak: bool = False  # an object phrase only: yields to another right's verb in the same sentence
    need: tuple[tuple[str, ...], ...] = ()  # groups of classes: one class of every group occurs in the message
    alone: bool = False  # counts only when no other right is exercised
    native: bool = False  # only in text detected as this rule's language (a word other languages share)
    anaphor: bool = False  # its object is a pronoun: needs a data object of the writer named before it


@dataclass(frozen=True, slots=True)
class RuleSpec:
    """A rule as written in a lexicon module (compiled by `Lexicon`)."""

    name: str
    code: str
    patterns: tuple[str, ...]
    neg: bool = True
    question: bool = True
    suppress: tuple[str, ...] = ()
    weak: bool = False
    need: str = ""
    alone: bool = False
    native: bool = False
    anaphor: bool = False


def spec(
    name: str,
    code: str,
    *patterns: str,
    neg: bool = True,
    q: bool = True,
    over: str = "",
    weak: bool = False,
    need: str = "",
    alone: bool = False,
    native: bool = False,
    anaphor: bool = False,
) -> RuleSpec:
    """A rule: `neg`/`q` say whether negation/questions cancel it, `over` the codes it overrides when
    overlapping, `weak` that it yields to other rights in its sentence, `need` classes ("A|B", "A|B&C")
    of which one (of every `&` group) must occur somewhere in the message, `alone` that it counts only
    when no other right does, `anaphor` that its pronoun object needs an antecedent (a `my_object` match before it)."""
    return RuleSpec(name, code, patterns, neg, q, tuple(over.split()), weak, need, alone, native, anaphor)


_GAP: Final = re.compile(r"~(\d+)(?:-(\d+))?$")
_SPLIT: Final = re.compile(r"[_\W]+")


def _entry_atoms(entry: str) -> tuple[tuple[str, bool], ...]:
    """`get_rid_of` -> 3 atoms; `else's` -> `else`, `s` (tokens never hold apostrophes); `x*` = prefix."""
    prefix = entry.endswith("*")
    words = [collapse_word(w) for w in _SPLIT.split(entry.rstrip("*"))]
    words = [w for w in words if w]
    return tuple((w, prefix and i == len(words) - 1) for i, w in enumerate(words))


@dataclass
class Lexicon:
    """All classes and rules of all languages, compiled into lookup tables."""

    exact: dict[str, set[str]] = field(default_factory=dict)
    prefix: dict[str, set[str]] = field(default_factory=dict)
    prefix_lengths: tuple[int, ...] = ()
    multi: list[tuple[tuple[tuple[str, bool], ...], tuple[str, ...]]] = field(default_factory=list)
    fuzzy: dict[str, str] = field(default_factory=dict)
    rules: dict[str, list[Rule]] = field(default_factory=dict)
    first: dict[str, dict[str, tuple[int, ...]]] = field(default_factory=dict)  # lang -> class -> rule indexes
    shape_unions: dict[str, set[str]] = field(default_factory=dict)
    _entries: dict[tuple[tuple[str, bool], ...], list[str]] = field(default_factory=dict)
    _names: set[str] = field(default_factory=set)
    _members: dict[str, list[tuple[tuple[str, bool], ...]]] = field(default_factory=dict)
    suffix: dict[str, set[str]] = field(default_factory=dict)
    suffix_lengths: tuple[int, ...] = ()
    _suffix_members: dict[str, list[str]] = field(default_factory=dict)

    def add_class(self, name: str, entries: str) -> None:
        self._names.add(name)
        for entry in entries.split():
            if entry.startswith("*") and len(entry) > 4:  # compound head: "*gegevens" in persoonsgegevens
                self.suffix.setdefault(collapse_word(entry[1:]), set()).add(name)
                self._suffix_members.setdefault(name, []).append(collapse_word(entry[1:]))
                continue
            atoms = _entry_atoms(entry)
            if atoms:
                self._add_entry(name, atoms)

    def _add_entry(self, name: str, atoms: tuple[tuple[str, bool], ...]) -> None:
        names = self._entries.setdefault(atoms, [])
        if name not in names:
            names.append(name)
            self._members.setdefault(name, []).append(atoms)

    def has_class(self, name: str) -> bool:
        return name in self._names

    def _union(self, name: str, members: Sequence[str]) -> None:
        self._names.add(name)
        for member in members:
            if member in SHAPE_CLASSES:
                self.shape_unions.setdefault(member, set()).add(name)
                continue
            for atoms in list(self._members.get(member, ())):
                self._add_entry(name, atoms)
            for word in list(self._suffix_members.get(member, ())):
                self.suffix.setdefault(word, set()).add(name)
                self._suffix_members.setdefault(name, []).append(word)

    def candidates(self, lang: str, present: Iterable[str]) -> list[Rule]:
        """The rules of `lang` whose first class is among the classes present, in lexicon order."""
        index = self.first.get(lang, {})
        found: set[int] = set()
        for name in present:
            hit = index.get(name)
            if hit:
                found.update(hit)
        rules = self.rules[lang]
        return [rules[i] for i in sorted(found)]

    def finish_rules(self) -> None:
        for lang, rules in self.rules.items():
            index: dict[str, list[int]] = {}
            for number, rule in enumerate(rules):
                for name in {alt[0][0] for alt in rule.alts}:
                    index.setdefault(name, []).append(number)
            self.first[lang] = {name: tuple(numbers) for name, numbers in index.items()}

    def finish_classes(self, fuzzy_classes: Iterable[str], suffixes: Mapping[str, Sequence[str]]) -> None:
        fuzzy_set = set(fuzzy_classes)
        lengths: set[int] = set()
        multi: dict[tuple[tuple[str, bool], ...], list[str]] = {}
        for atoms, names in self._entries.items():
            if len(atoms) > 1:
                multi.setdefault(atoms, []).extend(names)
                continue
            word, is_prefix = atoms[0]
            target = self.prefix if is_prefix else self.exact
            target.setdefault(word, set()).update(names)
            if is_prefix:
                lengths.add(len(word))
        for number, (atoms, names) in enumerate(sorted(multi.items())):
            self.multi.append((atoms, tuple(sorted(set(names)))))
            word, is_prefix = atoms[0]
            (self.prefix if is_prefix else self.exact).setdefault(word, set()).add(f"#mw{number}")
            if is_prefix:
                lengths.add(len(word))
        self.prefix_lengths = tuple(sorted(lengths))
        self.suffix_lengths = tuple(sorted({len(word) for word in self.suffix}))
        forms: list[str] = []
        for atoms, names in sorted(self._entries.items()):
            if len(atoms) != 1 or not fuzzy_set.intersection(names):
                continue
            word, is_prefix = atoms[0]
            if not is_prefix:
                forms.append(word)
                continue
            langs = {name.split(":", 1)[0] for name in names}
            for lang in sorted(langs):
                forms.extend(collapse_word(word + suffix) for suffix in suffixes.get(lang, ("",)))
        for form in forms:
            if len(form) < 6 or not form.isalpha():
                continue
            for variant in (form, *(form[:i] + form[i + 1 :] for i in range(len(form)))):
                self.fuzzy.setdefault(variant, form)

    def add_rule(self, lang: str, rule_spec: RuleSpec, kind: str) -> None:
        alts: list[tuple[Slot, ...]] = []
        for pattern in rule_spec.patterns:
            alts.extend(self._compile(lang, pattern))
        rule = Rule(
            f"{lang}.{rule_spec.name}",
            lang,
            kind,
            rule_spec.code,
            tuple(alts),
            rule_spec.neg,
            rule_spec.question,
            rule_spec.suppress,
            rule_spec.weak,
            tuple(
                tuple(self._resolve(lang, item) for item in group.split("|") if item)
                for group in rule_spec.need.split("&")
                if group
            ),
            rule_spec.alone,
            rule_spec.native,
            rule_spec.anaphor,
        )
        self.rules.setdefault(lang, []).append(rule)

    def _class_name(self, lang: str, item: str) -> str:
        for name in (f"{lang}:{item}", f"*:{item.lstrip('@')}"):
            if self.has_class(name) or name in SHAPE_CLASSES:
                return name
        raise ValueError(f"unknown class {item!r} in {lang}")

    def _resolve(self, lang: str, item: str) -> str:
        parts = item.split("|")
        is_class = [p.isupper() or p.startswith("@") for p in parts]
        if len(parts) == 1 and is_class[0]:
            return self._class_name(lang, item)
        name = f"{lang}:{{{item}}}"
        if not self.has_class(name):
            self.add_class(name, " ".join(p for p, c in zip(parts, is_class, strict=True) if not c))
            classes = [self._class_name(lang, p) for p, c in zip(parts, is_class, strict=True) if c]
            if classes:
                self._union(name, classes)
        return name

    def _compile(self, lang: str, pattern: str) -> list[tuple[Slot, ...]]:
        # Each slot: (class or None for a gap, optional, gap range)
        slots: list[tuple[str | None, bool, int, int]] = []
        for item in pattern.split():
            gap = _GAP.match(item)
            if gap:
                low, high = int(gap.group(1)), int(gap.group(2) or gap.group(1))
                if not gap.group(2):
                    low = 0
                slots.append((None, False, low, high))
                continue
            optional = item.endswith("?")
            slots.append((self._resolve(lang, item.rstrip("?")), optional, 0, 0))
        optional_indexes = [i for i, s in enumerate(slots) if s[1]]
        out: list[tuple[Slot, ...]] = []
        for keep in product((True, False), repeat=len(optional_indexes)):
            dropped = {i for i, k in zip(optional_indexes, keep, strict=True) if not k}
            seq: list[Slot] = []
            low = high = 0
            for i, (name, _, g_low, g_high) in enumerate(slots):
                if i in dropped:
                    continue
                if name is None:
                    low, high = low + g_low, high + g_high
                    continue
                seq.append((name, low, high))
                low = high = 0
            if seq:
                out.append(tuple(seq))
        return out


SHAPE_CLASSES: Final = frozenset({"*:EMAIL", "*:NUM", "*:DIGITS"})
