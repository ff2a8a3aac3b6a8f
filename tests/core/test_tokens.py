"""Sentence structure of normalised text: where a dot ends a sentence and where it does not."""

from __future__ import annotations

import pytest

from plugin.core.classify import LEXICON_KEY
from plugin.core.textnorm import normalize
from plugin.core.tokens import tokenize


def sentences(text: str) -> list[str]:
    tokens = tokenize(LEXICON_KEY, normalize(text).text)
    out: dict[int, list[str]] = {}
    for word, sid in zip(tokens.words, tokens.sentence, strict=True):
        out.setdefault(sid, []).append(word)
    return [" ".join(words) for words in out.values()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German day ordinals carry a dot: the date stays inside its sentence.
        (
            "Mein Schreiben vom 10. März 2026 blieb unbeantwortet. Löschen Sie meine Daten.",
            ["Mein Schreiben vom 10 März 2026 blieb unbeantwortet", "Löschen Sie meine Daten"],
        ),
        ("Seit dem 3. Januar warte ich.", ["Seit dem 3 Januar warte ich"]),
        # A number that ends a sentence still ends it when no month follows.
        ("Ich habe 10. Bitte löschen Sie alles.", ["Ich habe 10", "Bitte löschen Sie alles"]),
        # Abbreviations do not end sentences; "no." before a word does.
        ("Gemäß Art. 17 DSGVO bitte löschen.", ["Gemäß Art 17 DSGVO bitte löschen"]),
        ("para estudios, no. Me opongo.", ["para estudios no", "Me opongo"]),
    ],
)
def test_sentence_breaks(text: str, expected: list[str]) -> None:
    # `expected` holds the sentences as written, without their dots; each alone is one sentence.
    assert sentences(text) == [sentences(piece)[0] for piece in expected]
    assert all(len(sentences(piece)) == 1 for piece in expected)
