"""Text normalisation with an offset map back to the original string (pure, stdlib only).

`normalize(text)` casefolds, strips accents, unifies quotes/dashes/spaces and collapses runs of the
same letter ("pleeease" -> "please", "supprimer" -> "suprimer"), so that the lexicons, written in the
same collapsed form, tolerate missing accents, doubled or undoubled letters and shouting. The result
keeps a way back: `Normalized.span(i, j)` gives the original offsets of normalised text[i:j].
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from typing import Final

_SPECIAL: Final[dict[str, str]] = {
    # Typographic variants people paste from word processors and phones.
    "\u2019": "'",
    "\u2018": "'",
    "\u201a": "'",
    "`": "'",
    "\u00b4": "'",
    "\u02bc": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\t": " ",
    "\r": " ",
    "\f": " ",
    "\v": " ",
    "\u00df": "s",
    "\u1e9e": "s",
    "\u00f8": "o",
    "\u00d8": "o",
    "\u0142": "l",
    "\u0141": "l",
}
_MULTI: Final[dict[str, str]] = {"\u00e6": "ae", "\u00c6": "ae", "\u0153": "oe", "\u0152": "oe"}


def _fold(char: str) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    if char in _MULTI:
        return _MULTI[char]
    decomposed = unicodedata.normalize("NFD", char.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")


def _build_tables() -> tuple[dict[int, str], str]:
    table: dict[int, str] = {}
    slow: list[str] = []
    for code in range(0x2500):
        char = chr(code)
        if unicodedata.category(char) == "Cs":
            continue
        folded = _fold(char)
        if len(folded) == 1:
            if folded != char:
                table[code] = folded
        elif char not in "\n":
            slow.append(char)
    for char in "\ufeff\u2060\u200b\u200c\u200d\u200e\u200f":
        slow.append(char)
    return table, "".join(slow)


_TABLE, _SLOW_CHARS = _build_tables()
_SLOW: Final = re.compile("[" + re.escape(_SLOW_CHARS) + "]")
_RUN: Final = re.compile(r"([a-z])\1+")


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text plus the map back to the original offsets."""

    text: str
    _length: int
    _stage_a: tuple[int, ...] | None  # folded index -> original index (None: identity)
    _run_pos: tuple[int, ...]  # normalised positions of collapsed letter runs
    _run_cum: tuple[int, ...]  # letters removed up to and including each run

    def _folded(self, pos: int) -> int:
        k = bisect_left(self._run_pos, pos)
        return pos + (self._run_cum[k - 1] if k else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the normalised slice text[start:end]."""
        a, b = self._folded(start), self._folded(end)
        if self._stage_a is not None:
            a, b = self._stage_a[a], self._stage_a[b]
        return a, min(b, self._length)


def fold(text: str) -> str:
    """Casefold + strip accents, one character per character where possible (no offset map)."""
    out = text.translate(_TABLE)
    if _SLOW.search(out):
        out = "".join(_fold(c) if c != "\n" else c for c in out)
    return out


def normalize(text: str) -> Normalized:
    """Fold then collapse letter runs; see the module docstring."""
    folded = text.translate(_TABLE)
    stage_a: tuple[int, ...] | None = None
    if _SLOW.search(folded):
        pieces: list[str] = []
        index: list[int] = []
        for i, char in enumerate(folded):
            piece = char if char == "\n" else (_fold(char) if _SLOW.match(char) else char)
            pieces.append(piece)
            index.extend([i] * len(piece))
        folded = "".join(pieces)
        index.append(len(text))
        stage_a = tuple(index)
    run_pos: list[int] = []
    run_cum: list[int] = []
    removed = 0
    if _RUN.search(folded):
        for match in _RUN.finditer(folded):
            start, end = match.span()
            run_pos.append(start - removed)
            removed += end - start - 1
            run_cum.append(removed)
        collapsed = _RUN.sub(r"\1", folded)
    else:
        collapsed = folded
    return Normalized(collapsed, len(text), stage_a, tuple(run_pos), tuple(run_cum))


def collapse_word(word: str) -> str:
    """The normalised form of a lexicon word (fold + collapse)."""
    return _RUN.sub(r"\1", fold(word))
