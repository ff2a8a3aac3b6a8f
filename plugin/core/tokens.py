"""Tokens of a normalised text, their word classes, sentence structure, and rule matching on them.

`tokenize` looks each token up once in the compiled `Lexicon` (exact form, stem prefixes, compound
heads, then edit distance 1 for long keywords), records sentence and clause boundaries (for rule
scope and negation scope) and indexes class -> positions, so `match` tries a rule only where its
first class occurs.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from plugin.core.rulematch import Lexicon, Rule, Slot, Span

_TOKEN: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\w+")
_UMLAUT_SPELLING: Final = re.compile(r"([aou])e")  # ae/oe/ue: the ASCII spelling of ä/ö/ü


@dataclass(frozen=True, slots=True)
class Tokens:
    """One field's tokens with classes, sentence/clause ids and the class -> positions index."""

    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    classes: tuple[frozenset[str], ...]
    sentence: tuple[int, ...]
    clause: tuple[int, ...]
    question: frozenset[int]  # ids of sentences ending with "?"
    where: Mapping[str, tuple[list[int], list[Span]]]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ABBREVIATIONS: Final = _words(
    "art artt nr no n mr mrs ms dr st eg ie etc z b bzw ca cf vs abs lid al par tel ref p pp sr sra sig dott "
    "avv mme mlle m hr fr zb vgl inkl ggf u a co ltd inc gmbh bv"
)
# "No. 5" abbreviates a number; "para estudios, no. Me opongo." ends a sentence.
_NUMBER_ABBR: Final = _words("no nr")
# German writes day ordinals with a dot ("vom 10. Januar"): not a sentence end before a month.
_MONTHS_AFTER_ORDINAL: Final = _words(
    "januar janner jaenner februar feber marz maerz april mai juni juli august september oktober november dezember"
)
_CONTRAST: Final = _words(
    "but however instead just only rather mais cependant toutefois plutot seulement juste maar echter alleen "
    "enkel aber sondern jedoch nur lieber pero sino solo solamente ma invece soltanto bensi"
)


@lru_cache(maxsize=65536)
def _lookup_cached(lexicon_id: int, word: str) -> frozenset[str]:
    lexicon = _LEXICONS[lexicon_id]
    return _lookup(lexicon, word)


_LEXICONS: dict[int, Lexicon] = {}


def _lookup(lexicon: Lexicon, word: str) -> frozenset[str]:
    found: set[str] = set()
    hit = lexicon.exact.get(word)
    if hit:
        found.update(hit)
    size = len(word)
    for length in lexicon.prefix_lengths:
        if length > size:
            break
        hit = lexicon.prefix.get(word[:length])
        if hit:
            found.update(hit)
    for length in lexicon.suffix_lengths:
        if length >= size:
            break
        hit = lexicon.suffix.get(word[-length:])
        if hit:
            found.update(hit)
    shapes: list[str] = []
    if "@" in word:
        shapes.append("*:EMAIL")
    elif any(c.isdigit() for c in word):
        shapes.append("*:NUM")
        if word.isdigit():
            shapes.append("*:DIGITS")
    for shape in shapes:
        found.add(shape)
        found.update(lexicon.shape_unions.get(shape, ()))
    if not found and _UMLAUT_SPELLING.search(word) and "qu" not in word:
        # German typed without umlauts ("ueber", "koennt", "loeschen"): the lexicon spells the folded
        # umlaut ("uber"), so look up that form, for German classes only ("que", "due" are other words).
        german = frozenset(c for c in _lookup(lexicon, _UMLAUT_SPELLING.sub(r"\1", word)) if c.startswith("de:"))
        if german:
            return german
    if not found and 5 <= size <= 24 and word.isalpha():
        for variant in (word, *(word[:i] + word[i + 1 :] for i in range(1, size))):
            form = lexicon.fuzzy.get(variant)
            if form is not None and form[0] == word[0] and form != word and _within_one(word, form):
                return _lookup(lexicon, form)
    return frozenset(found)


def _within_one(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance of a and b is at most 1."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :] or (a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :])
    if len(a) > len(b):
        a, b = b, a
    return a[i:] == b[i + 1 :]


def register(lexicon: Lexicon) -> int:
    key = id(lexicon)
    _LEXICONS[key] = lexicon
    return key


_BREAK: Final = re.compile(r"[!?;]|\n[ ]*\n|\.(?:\s|$)")
_HARD_BREAK: Final = re.compile(r"[!?;]|\n[ ]*\n")
_CLAUSE: Final = re.compile(r"[,:()\[\]\"]|\s-\s|--")


def tokenize(lexicon_key: int, text: str) -> Tokens:
    """Tokens of a normalised text with their classes and sentence structure."""
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    classes: list[frozenset[str]] = []
    sentence: list[int] = []
    clause: list[int] = []
    questions: set[int] = set()
    sid = cid = 0
    prev_end = 0
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        word = match.group()
        if words:
            gap = text[prev_end:start]
            if gap == " ":
                if word in _CONTRAST:
                    cid += 1
            elif _BREAK.search(gap) and not (
                "." in gap
                and not _HARD_BREAK.search(gap)
                and (
                    (words[-1] in _ABBREVIATIONS and (words[-1] not in _NUMBER_ABBR or word[0].isdigit()))
                    or len(words[-1]) == 1
                    or word[0].isdigit()
                    or (word in _MONTHS_AFTER_ORDINAL and words[-1].isdigit())
                )
            ):
                if "?" in gap:
                    questions.add(sid)
                sid += 1
                cid += 1
            elif _CLAUSE.search(gap) or word in _CONTRAST:
                cid += 1
        words.append(word)
        starts.append(start)
        ends.append(end)
        classes.append(_lookup_cached(lexicon_key, word))
        sentence.append(sid)
        clause.append(cid)
        prev_end = end
    if words and "?" in text[prev_end:]:
        questions.add(sid)
    where: dict[str, tuple[list[int], list[Span]]] = {}
    lexicon = _LEXICONS[lexicon_key]
    extra: dict[int, set[str]] = {}
    for i, token_classes in enumerate(classes):
        for name in token_classes:
            if name[0] == "#":
                atoms, targets = lexicon.multi[int(name[3:])]
                end_i = _match_multi(atoms, words, sentence, i)
                if end_i is not None:
                    for target in targets:
                        _add(where, target, i, end_i)
                    for j in range(i, end_i):
                        extra.setdefault(j, set()).update(targets)
            else:
                _add(where, name, i, i + 1)
    for j, names in extra.items():
        classes[j] = classes[j] | names
    for starts_list, spans in where.values():
        if len(spans) > 1:
            spans.sort()
            starts_list[:] = [s for s, _ in spans]
    return Tokens(
        tuple(words),
        tuple(starts),
        tuple(ends),
        tuple(classes),
        tuple(sentence),
        tuple(clause),
        frozenset(questions),
        where,
    )


def _add(where: dict[str, tuple[list[int], list[Span]]], name: str, start: int, end: int) -> None:
    entry = where.get(name)
    if entry is None:
        where[name] = ([start], [(start, end)])
    else:
        entry[0].append(start)
        entry[1].append((start, end))


def _match_multi(
    atoms: tuple[tuple[str, bool], ...], words: Sequence[str], sentence: Sequence[int], i: int
) -> int | None:
    j = i + 1
    for word, is_prefix in atoms[1:]:
        if j >= len(words) or sentence[j] != sentence[i]:
            return None
        token = words[j]
        if not (token.startswith(word) if is_prefix else token == word):
            return None
        j += 1
    return j


def match(rule: Rule, tokens: Tokens) -> list[Span]:
    """Token spans where the rule matches: the first end for each start of each alternative.

    Overlapping spans are all kept: the judge decides which reading stands (a negated reading of one
    alternative must not hide a positive reading of another)."""
    found: set[Span] = set()
    where = tokens.where
    for alt in rule.alts:
        first = where.get(alt[0][0])
        if first is None:
            continue
        for start, end in first[1]:
            stop = _extend(alt, 1, end, tokens.sentence[start], tokens)
            if stop is not None:
                found.add((start, stop))
    return sorted(found)


def _extend(alt: tuple[Slot, ...], k: int, end: int, sid: int, tokens: Tokens) -> int | None:
    if k == len(alt):
        return end
    name, low, high = alt[k]
    entry = tokens.where.get(name)
    if entry is None:
        return None
    starts, spans = entry
    i = bisect_left(starts, end + low)
    sentence = tokens.sentence
    while i < len(spans):
        start, stop = spans[i]
        if start > end + high:
            break
        if sentence[start] == sid and sentence[stop - 1] == sid and sentence[end - 1] == sid:
            result = _extend(alt, k + 1, stop, sid, tokens)
            if result is not None:
                return result
        i += 1
    return None
